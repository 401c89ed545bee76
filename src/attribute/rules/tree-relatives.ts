import { phraseBefore } from '../phrases.js';
import { attributionWords } from '../lexicon.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

const RELATIVE_SUBJECTS = attributionWords('relative-subjects');

// "Bill Maher, who is supporting Sanders, but has previously dismissed the story", "staff members, who review the
// material and determine whether ...": a verb coordinated inside a relative clause, or a participle hung on one, is
// said of the relative pronoun, however far back it stands.

/**
 * A cue whose subject on the tree (its own, a conjunct's, or the clause's for a participle) is a relative pronoun
 * before it has that pronoun for its source (and the phrase before it for its antecedent), in place of the phrase
 * the word rules took.
 */
export function relativeTreeSubjects(ctx: SentenceContext): void {
  if (!ctx.syntax) return;
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    if (!a.source || a.refersTo || a.source.end > a.cue.start) continue;
    // (Only where a relative pronoun stands between the source the rules found and the cue.)
    const pronounAt = words.findIndex((w) => w.end <= a.cue.start && RELATIVE_SUBJECTS.has(w.key) && /^\p{Ll}/u.test(w.raw) && w.start >= a.source!.end);
    // (Not a verb after a comma: "Trump, who X, tweeted" is the name's main verb, "..., saying" its clause's participle.)
    const first = words.find((w) => w.start >= a.cue.start);
    if (pronounAt < 0 || !first || first.punctBefore.includes(',')) continue;
    const layer = ctx.syntax;
    const verb = layer.tokensWithin(ctx.sentence, a.cue).findLast((t) => /^(VERB|AUX)$/.test(layer.tag(t)));
    if (verb === undefined) continue;
    const subject = layer.subjects(verb)[0];
    if (subject === undefined) continue;
    const k = words.findIndex((w) => w.start === layer.tokenStart(subject) && w.end === layer.tokenEnd(subject));
    if (k < 0 || !RELATIVE_SUBJECTS.has(words[k]!.key) || words[k]!.end > a.cue.start) continue;
    if (a.source.start === words[k]!.start && a.source.end === words[k]!.end) continue;
    const antecedent = phraseBefore(words, k, 0, true);
    a.source = { start: words[k]!.start, end: words[k]!.end };
    if (antecedent) a.refersTo = { start: words[antecedent.start]!.start, end: words[antecedent.end - 1]!.end };
  }
}
