import { type Word } from '../code/words.js';
import { NP_POS } from './phrases.js';
import { hasQuote } from './rules/quotations.js';

// Short noun phrases set off by commas before a cue ("..., a spokeswoman, Anna White, said"): the source of an
// inverted frame with no name after its cue. (Split from phrases.ts.)

/**
 * The start of the noun phrases set off by commas that end at word `end` ("..., a spokeswoman, Anna White,"):
 * short segments with no verb, walking back to a segment that has one (the content); null for none, or for a
 * single segment (a lone noun phrase after a comma is as often the content's own).
 */
export function appositiveSegmentsBefore(words: Word[], end: number): number | null {
  let start: number | null = null;
  let segments = 0;
  let k = end - 1;
  while (k > 0) {
    let first = k;
    while (first > 0 && !/[,;:]/.test(words[first]!.punctBefore) && !hasQuote(words[first]!.punctBefore)) first--;
    if (!words[first]!.punctBefore.includes(',') || first === 0) break;
    const segment = words.slice(first, k + 1);
    // (A title after a name may be longer: "Cheng Xizhong, Professor at the Charhar Institute and a former attache,".)
    const longTitle = segments === 0 && segment.length <= 12 && nameSegmentBefore(words, first);
    // ("Visiting Professor of Southwest University", "Acting President": a capitalised -ing word opening a title is no verb.)
    const titleWord = (w: Word, idx: number) => /^\p{Lu}\p{Ll}+ing$/u.test(w.raw) && /^\p{Lu}/u.test(segment[idx + 1]?.raw ?? '') && !segment[idx + 1]!.punctBefore;
    if ((segment.length > 6 && !longTitle) || !(NP_POS.has(segment[0]!.pos) || titleWord(segment[0]!, 0)) || segment.some((w, idx) => (w.pos === 'VERB' || w.pos === 'AUX') && !titleWord(w, idx))) break;
    start = first;
    segments++;
    k = first - 1;
  }
  return start !== null && segments >= 2 ? start : null;
}

/** The segment set off by commas that ends before word `k` is a name of two to four capitalised words. */
function nameSegmentBefore(words: Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && !words[j]!.punctBefore.trim()) j--;
  const name = words.slice(j, k);
  return words[j]!.punctBefore.includes(',') && name.length >= 2 && name.length <= 4 && name.every((w) => /^\p{Lu}/u.test(w.raw) && w.pos === 'PROPN');
}
