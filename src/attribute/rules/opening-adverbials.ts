import type { Span } from '../../document/document.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import { trimContent } from '../clauses.js';
import { attributionWords } from '../lexicon.js';
import { verbal } from '../phrases.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

// "In a year in which most voters say they distrust the mayor, even her allies questioned the deal": a cue inside
// the adverbial that opens a sentence (a clause, a phrase with a relative clause, "in addition to worrying that
// ...") says only what that adverbial holds. Its content ends at the comma before the main clause's subject,
// which the dependency tree gives (the root verb's own subject, after the cue); the main clause is the
// writer's, or another frame's.

const SUBJECT_RELATIONS = ['nsubj', 'nsubj:pass', 'csubj'];
const COMPLEMENTIZERS = attributionWords('complementizers');

/** Contents of cues in a sentence's opening adverbial end before the main clause's subject. */
export function openingAdverbials(ctx: SentenceContext): void {
  const layer = ctx.syntax;
  if (!layer) return;
  const { text, words } = ctx;
  // (A sentence that opens with an adverbial opens with a preposition, a subordinator or an adverb: "In a year in
  // which …", "Even as …". Checked first: the rule asks the tree, which parses the sentence, and most sentences are
  // never parsed otherwise; without the check attribution took twice as long on BBC News.)
  if (!words[0] || !['ADP', 'SCONJ', 'ADV'].includes(words[0].pos)) return;
  for (const a of sentenceAttributions(ctx)) {
    const last = a.content[a.content.length - 1];
    if (!last || last.start < a.cue.end || ctx.inQuote(last.start)) continue;
    // (Not a frame opening the sentence, "Rubio says win or lose, he stays", nor one whose content comes after a
    // comma, "According to the poll, X leads": the main clause is that frame's content.)
    const frameStart = Math.min(a.cue.start, a.source?.start ?? a.cue.start);
    if (!words.some((w) => w.end <= frameStart) || text.slice(a.cue.end, last.start).includes(',')) continue;
    // (Only a content with a comma in it can run past the adverbial; the tree is asked, and the sentence parsed, only then.)
    if (!text.slice(last.start, last.end).includes(',')) continue;
    const subject = mainSubjectAfterCue(layer, ctx.sentence, a.cue);
    if (!subject || subject.start <= last.start || subject.start >= last.end) continue;
    // The comma closing the adverbial: right before the subject, or before an adverb or two opening the main clause.
    const k = words.findIndex((w) => w.start >= subject.start);
    let comma = k;
    while (comma > 0 && comma > k - 3 && !words[comma]!.punctBefore.includes(',') && words[comma - 1]!.pos === 'ADV') comma--;
    if (comma < 1 || !words[comma]!.punctBefore.includes(',') || words[comma]!.start <= last.start || ctx.inQuote(words[comma]!.start)) continue;
    const kept = words.filter((w) => w.start >= last.start && w.end <= words[comma - 1]!.end);
    // (A clause opened by "that" keeps its verb: "not forget that without X, we ..." is the parser's misreading.)
    if (kept.length === 0 || (COMPLEMENTIZERS.has(kept[0]!.key) && !kept.slice(1).some(verbal))) continue;
    const span = trimContent(text, { start: last.start, end: words[comma - 1]!.end });
    if (span.end > span.start) a.content[a.content.length - 1] = span;
  }
}

/**
 * The subject phrase of the sentence's main verb (the root), when the cue's verb is not that verb and the subject
 * comes after the cue: the cue stands in what opens the sentence. Null otherwise.
 */
function mainSubjectAfterCue(layer: SyntaxLayer, sentence: Span, cue: Span): Span | null {
  const verb = layer.tokensWithin(sentence, cue).findLast((t) => /^(VERB|AUX)$/.test(layer.tag(t)));
  if (verb === undefined) return null;
  let root = verb;
  while (layer.head(root) >= 0) root = layer.head(root);
  if (root === verb) return null;
  const subject = layer.childrenBy(root, ...SUBJECT_RELATIONS)[0];
  if (subject === undefined) return null;
  const phrase = layer.phrase(subject);
  return phrase.start >= cue.end && layer.tokenStart(root) > phrase.start ? phrase : null;
}
