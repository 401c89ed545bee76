import type { Span } from '../../document/document.js';
import type { Word } from '../../code/words.js';
import type { SyntaxLayer } from '../../syntax/layer.js';
import { clauseEndAfter, trimContent } from '../clauses.js';
import { verbal } from '../phrases.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

// The word rules end a content before ", and <clause>" / ", but <clause>": most often the writer's next clause
// ("Smith said the plan would fail, and the council voted it down"). When the dependency tree coordinates that
// clause with a verb inside the content, below the cue's verb, it is the content's own second half ("Officials
// said the river had risen, and residents should leave"): the content goes on to the next boundary.

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
    if (!w || k < 1 || !w.punctBefore.includes(',') || /["\u201c\u201d]/.test(text.slice(last.end, w.start))) continue;
    if (w.key !== 'AND' && w.key !== 'BUT') continue;
    // (Only a clause content cut before a clause, as clauseEndAfter cuts: the parse is paid for these alone.)
    const inside = words.filter((x) => x.start >= last.start && x.end <= last.end);
    if (!inside.some(verbal) || !clauseFollows(words, k)) continue;
    if (!new SentenceTree(layer, ctx.sentence).saidConjunct(a.cue, last, w)) continue;
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

/** One sentence's parse, read through character offsets. */
class SentenceTree {
  private readonly first: number;
  private readonly count: number;

  constructor(
    private readonly layer: SyntaxLayer,
    sentence: Span,
  ) {
    ({ first: this.first, count: this.count } = layer.sentence(sentence));
  }

  /** The token overlapping [start, end), or -1. */
  at(start: number, end: number): number {
    for (let t = this.first; t < this.first + this.count; t++) if (this.layer.tokenStart(t) < end && start < this.layer.tokenEnd(t)) return t;
    return -1;
  }

  within(t: number, span: Span): boolean {
    return t >= 0 && this.layer.tokenStart(t) >= span.start && this.layer.tokenEnd(t) <= span.end;
  }

  /** The token the clause opened by `word` hangs on: the head of the topmost token from `word` on (-1: none). */
  attachment(word: Word): number {
    let top = this.at(word.start, word.end);
    if (top < 0) return -1;
    while (this.layer.head(top) >= 0 && this.layer.tokenStart(this.layer.head(top)) >= word.start) top = this.layer.head(top);
    return this.layer.head(top);
  }

  /** The clause that the conjunction `and` opens is coordinated with a verb of `content` that the cue's verb governs. */
  saidConjunct(cue: Span, content: Span, and: Word): boolean {
    const firstConjunct = this.attachment(and);
    if (!this.within(firstConjunct, content)) return false;
    let verb = -1;
    for (let t = this.first; t < this.first + this.count; t++) if (this.within(t, cue) && /^(VERB|AUX)$/.test(this.layer.tag(t))) verb = t;
    if (verb < 0) return false;
    for (let t = this.layer.head(firstConjunct); t >= 0; t = this.layer.head(t)) if (t === verb) return true;
    return false;
  }
}
