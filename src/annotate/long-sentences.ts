import type { Span } from '../document/document.js';

// Bounds the work per sentence: the coder and the attribution rules look back and forth within a sentence
// (super-linear in its length), so a sentence longer than any real one (a run-on text, a page of "said
// that" clauses, a line with no spaces) is cut into pieces of at most MAX_SENTENCE_WORDS words and
// MAX_SENTENCE_CHARS characters, at the last clause break (; , :) or space before the limit. The
// sentence stage warns where it did so. A news sentence of 100 words is already long.

export const MAX_SENTENCE_WORDS = 150;
export const MAX_SENTENCE_CHARS = 1500;

const WORD = /\S+/g;

/** Where to end a piece of text[start, limit): after the last clause break, else the last space, else at limit. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  // Look back no further than half the piece, so that every piece keeps at least half the limit.
  const floor = start + Math.floor((limit - start) / 2);
  for (let i = limit - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 44 /* , */ || c === 58 /* : */) {
      if (/\s/.test(text[i + 1] ?? '')) return i + 1;
    } else if (space < 0 && /\s/.test(text[i]!)) space = i;
  }
  if (space > 0) return space;
  // No break at all: a hard cut, never inside a surrogate pair.
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/** The span as it is when within the bounds, else cut into pieces within them (trimmed of whitespace). */
export function boundSentence(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_CHARS && countWords(text, span, MAX_SENTENCE_WORDS + 1) <= MAX_SENTENCE_WORDS) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    let limit = Math.min(span.end, start + MAX_SENTENCE_CHARS);
    // The end of the MAX_SENTENCE_WORDS-th word, when it comes first.
    WORD.lastIndex = start;
    let words = 0;
    for (let m = WORD.exec(text); m && m.index < limit; m = WORD.exec(text)) {
      if (++words === MAX_SENTENCE_WORDS) {
        limit = Math.min(limit, m.index + m[0].length);
        break;
      }
    }
    const end = limit >= span.end ? span.end : cutPoint(text, start, limit);
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1]!)) trimmed--;
    if (trimmed > start) pieces.push({ start, end: trimmed });
    start = end;
    while (start < span.end && /\s/.test(text[start]!)) start++;
  }
  return pieces;
}

/** Words (runs of non-space) of text[span], counting no further than `stop`. */
function countWords(text: string, span: Span, stop: number): number {
  WORD.lastIndex = span.start;
  let n = 0;
  for (let m = WORD.exec(text); m && m.index < span.end && n < stop; m = WORD.exec(text)) n++;
  return n;
}
