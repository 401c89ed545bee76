import type { Span } from '../../document/document.js';
import type { Word } from '../../code/words.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import { clauseEndAfter, trimContent } from '../clauses.js';
import { verbal } from '../phrases.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

// The word rules end a content before ", and <clause>" / ", but <clause>": most often the writer's next clause
// ("Smith said the plan would fail, and the council voted it down"). When the dependency tree coordinates that
// clause with a verb inside the content, below the cue's verb, it is the content's own second half ("Smith said
// the plan would fail, and the council knew it"): the content goes on to the next boundary.

/** Contents cut before ", and/but <clause>" that the tree coordinates inside them go on. */
export function coordinatedContents(ctx: SentenceContext): void {
  const layer = ctx.syntax;
  if (!layer) return;
  const { text, words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const last = a.content[a.content.length - 1];
    if (!last || last.start < a.cue.end) continue;
    const k = words.findIndex((w) => w.start >= last.end);
    const w = words[k];
    const opener = w && (w.key === 'AND' || w.key === 'BUT');
    if (!w || k < 1 || !opener || !w.punctBefore.includes(',') || /["\u201c\u201d]/.test(text.slice(last.end, w.start))) continue;
    // (Only a clause content cut before a clause, as clauseEndAfter cuts: the parse is paid for these alone.)
    const inside = words.filter((x) => x.start >= last.start && x.end <= last.end);
    if (!inside.some(verbal) || !clauseFollows(words, k)) continue;
    if (!saidConjunct(layer, ctx.sentence, a.cue, last, w)) continue;
    const end = clauseEndAfter(text, words, k, ctx.sentence, ctx.inQuote);
    const span = trimContent(text, { start: last.start, end });
    if (span.end > last.end) a.content[a.content.length - 1] = span;
  }
}

/** A subject then its verb within a few words after the conjunction at `k`, before any punctuation. */
function clauseFollows(words: Word[], k: number): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + 6) && !words[j]!.punctBefore; j++) if (verbal(words[j]) && j > k + 1) return true;
  return false;
}

/** The clause that the conjunction `and` opens is coordinated with a verb of `content` that the cue's verb governs. */
function saidConjunct(layer: SyntaxLayer, sentence: Span, cue: Span, content: Span, and: Word): boolean {
  const { first, count } = layer.sentence(sentence);
  const at = (start: number, end: number) => {
    for (let t = first; t < first + count; t++) if (layer.tokenStart(t) < end && start < layer.tokenEnd(t)) return t;
    return -1;
  };
  // The clause the word opens hangs on the token above its topmost word (the first conjunct for "and").
  let top = at(and.start, and.end);
  if (top < 0) return false;
  while (layer.head(top) >= 0 && layer.tokenStart(layer.head(top)) >= and.start) top = layer.head(top);
  const firstConjunct = layer.head(top);
  if (firstConjunct < 0) return false;
  if (firstConjunct < 0 || layer.tokenStart(firstConjunct) < content.start || layer.tokenEnd(firstConjunct) > content.end) return false;
  let verb = -1;
  for (let t = first; t < first + count; t++) if (layer.tokenStart(t) >= cue.start && layer.tokenEnd(t) <= cue.end && /^(VERB|AUX)$/.test(layer.tag(t))) verb = t;
  if (verb < 0) return false;
  for (let t = layer.head(firstConjunct); t >= 0; t = layer.head(t)) if (t === verb) return true;
  return false;
}
