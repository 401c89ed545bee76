import type { Span } from '../document/document.js';

// Bounds the work per sentence: the coder and the attribution rules look back and forth within a sentence
// (super-linear in its length), so a sentence longer than any real one (a run-on text, a page of "said
// that" clauses, a line with no spaces) is cut into pieces of at most MAX_SENTENCE_WORDS words and
// MAX_SENTENCE_CHARS characters, at the last clause break (; , :) or space before the limit. The
// sentence stage warns where it did so. A news sentence of 100 words is already long.

export const MAX_SENTENCE_WORDS = 150;
export const MAX_SENTENCE_CHARS = 1500;

const SPACE = /\s/;
const isSpace = (text: string, i: number) => SPACE.test(text[i]!);

/**
 * Where the `maxWords`-th word (run of non-space) starting at or after `from` ends, or -1 when fewer words
 * start before `limit`. A character loop bounded by `limit`: a regular expression for a word would run on to
 * the end of a text with no spaces at every piece, which made such texts quadratic.
 */
function endOfWord(text: string, from: number, limit: number, maxWords: number): number {
  let words = 0;
  let i = from;
  while (i < limit) {
    while (i < limit && isSpace(text, i)) i++;
    if (i >= limit) break;
    words++;
    while (i < limit && !isSpace(text, i)) i++;
    if (words === maxWords) return i;
  }
  return -1;
}

/** Where to end a piece of text[start, limit): after the last clause break, else the last space, else at limit. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  // Look back no further than half the piece, so that every piece keeps at least half the limit.
  const floor = start + Math.floor((limit - start) / 2);
  for (let i = limit - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */ || c === 44 /* , */ || c === 58 /* : */) {
      if (i + 1 < text.length && isSpace(text, i + 1)) return i + 1;
    } else if (space < 0 && isSpace(text, i)) space = i;
  }
  if (space > 0) return space;
  // No break at all: a hard cut, never inside a surrogate pair.
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/** The span as it is when within the bounds, else cut into pieces within them (trimmed of whitespace). */
export function boundSentence(text: string, span: Span): Span[] {
  if (span.end - span.start <= MAX_SENTENCE_CHARS && endOfWord(text, span.start, span.end, MAX_SENTENCE_WORDS + 1) < 0) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    let limit = Math.min(span.end, start + MAX_SENTENCE_CHARS);
    // The end of the MAX_SENTENCE_WORDS-th word, when it comes first.
    const wordLimit = endOfWord(text, start, limit, MAX_SENTENCE_WORDS);
    if (wordLimit >= 0) limit = Math.min(limit, wordLimit);
    const end = limit >= span.end ? span.end : cutPoint(text, start, limit);
    let trimmed = end;
    while (trimmed > start && isSpace(text, trimmed - 1)) trimmed--;
    if (trimmed > start) pieces.push({ start, end: trimmed });
    start = end;
    while (start < span.end && isSpace(text, start)) start++;
  }
  return pieces;
}
