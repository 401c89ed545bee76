import type { Span } from '../../document/document.js';
import { wordIndexesIn } from '../phrases.js';
import { tokenStartingAt } from '../tree-subjects.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

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
