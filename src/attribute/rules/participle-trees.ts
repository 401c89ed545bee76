import type { Span } from '../../document/document.js';
import { wordIndexesIn } from '../phrases.js';
import { attributionWords } from '../lexicon.js';
import { tokenStartingAt } from '../tree-subjects.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

const PARTITIVE_QUANTIFIERS = attributionWords('partitive-quantifiers');
const COLLECTIVE_NOUNS = attributionWords('collective-nouns');

// "Speaking at a rally in Salem, New Hampshire, Trump went after Bush, calling him ...": the word rules take the place
// after the comma for the clause's subject a participle shares; the tree hangs the participle on the clause's verb,
// whose subject comes later.

/**
 * A participle cue set off by a comma whose source the word rules took from before a later comma of the clause: the
 * tree's subject of the clause the participle hangs on, when it starts after that source and ends before the cue.
 */
export function participleClauseSubjects(ctx: SentenceContext): void {
  if (!ctx.syntax) return;
  const { text } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    if (!source || source.end > a.cue.start || a.refersTo) continue;
    // (only a source followed by a comma and more of the clause: "..., New Hampshire, Trump went after Bush, calling")
    if (!/^\s*,/.test(text.slice(source.end, source.end + 3))) continue;
    const subject = clauseSubjectOfParticiple(ctx, a.cue);
    if (subject && subject.start > source.end) a.source = subject;
  }
}

/**
 * "On Sunday Mr. Lee made a third attempt to deflect the criticism, writing on Twitter that ...": a participle cue set
 * off by a comma to which the word rules gave no source takes the tree's subject of the clause it hangs on (advcl),
 * when that subject stands before the cue.
 */
export function participleTreeSubjects(ctx: SentenceContext): void {
  if (!ctx.syntax) return;
  for (const a of sentenceAttributions(ctx)) {
    if (a.source) continue;
    const subject = clauseSubjectOfParticiple(ctx, a.cue);
    if (subject) a.source = subject;
  }
}

/**
 * For a cue that is one participle in -ing set off by a comma and hung on a clause (advcl), the tree's subject of that
 * clause as a span of whole words, when it ends before the cue; else null.
 */
function clauseSubjectOfParticiple(ctx: SentenceContext, cue: Span): Span | null {
  const { words } = ctx;
  const layer = ctx.syntax;
  if (!layer) return null;
  const cueWords = wordIndexesIn(words, cue).map((k) => words[k]!);
  const verbWord = cueWords[0];
  if (cueWords.length !== 1 || !verbWord || !/ING$/.test(verbWord.key) || !verbWord.punctBefore.includes(',')) return null;
  const verb = tokenStartingAt(layer, ctx.sentence, verbWord);
  if (verb === undefined || layer.relation(verb) !== 'advcl') return null;
  const subject = layer.subjects(verb)[0];
  if (subject === undefined) return null;
  const phrase = layer.phrase(subject);
  if (phrase.end > cue.start) return null;
  const start = words.find((w) => w.start === phrase.start);
  const end = words.findLast((w) => w.end === phrase.end);
  return start && end ? { start: start.start, end: end.end } : null;
}

/**
 * "The share of pilots saying the quay is unsafe", "the rhetoric of candidates blasting the plan": a participle cue
 * right after a source "<noun> of <phrase>" (no comma) says what the "of" phrase's people say; the source is that
 * phrase. Not after a quantity or a collective ("30 percent of voters saying", "one of the groups urging", "a
 * family of funds backing": those name the sayers themselves), nor after a name ("the Federation of Teachers calling").
 */
export function participlesAfterOfPhrases(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    const inCue = wordIndexesIn(words, a.cue);
    const i = inCue[0];
    if (!source || a.refersTo || inCue.length !== 1 || i === undefined || i < 3) continue;
    const w = words[i]!;
    if (w.pos !== 'VERB' || !/ING$/.test(w.key) || w.punctBefore.trim() || words[i - 1]!.end !== source.end) continue;
    const inside = wordIndexesIn(words, source);
    const of = inside.findLast((k) => words[k]!.key === 'OF');
    if (of === undefined || of <= inside[0]! || of + 1 >= i || inside.some((k) => words[k]!.punctBefore.trim())) continue;
    const head = words[of - 1]!;
    if (head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.raw) || PARTITIVE_QUANTIFIERS.has(head.key) || COLLECTIVE_NOUNS.has(head.key)) continue;
    if (inside.slice(0, of - inside[0]!).some((k) => words[k]!.pos === 'NUM' || words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX')) continue;
    a.source = { start: words[of + 1]!.start, end: source.end };
  }
}
