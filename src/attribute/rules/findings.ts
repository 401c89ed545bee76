import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { trimContent } from '../clauses.js';
import { phraseAfter, wordSpan } from '../phrases.js';
import { hasQuote } from './quotations.js';
import type { RawAttribution, SentenceContext } from './types.js';

// "<Trump leads by 12 points> in the latest CNN poll": a finding in a poll, survey, study or report.

// Singular: "in a poll" is one source, "in the polls" a standing in general.
export const FINDING_SOURCES = attributionWords('finding-sources');

/** "<content> in <a poll, survey, study, report>": the content is the clause before "in". */
export function inSourceAttribution(text: string, words: Word[], index: number, inQuote: (at: number) => unknown): RawAttribution | null {
  for (let i = 2; i < words.length; i++) {
    if (words[i]!.key !== 'IN' || words[i]!.pos !== 'ADP' || inQuote(words[i]!.start)) continue;
    const phrase = phraseAfter(words, i + 1, words.length);
    if (!phrase || !FINDING_SOURCES.has(words[phrase.end - 1]!.key)) continue;
    // the clause before: back to the sentence's start or a clause boundary, with a verb in it
    let start = i - 1;
    while (start > 0 && !/[;:,]/.test(words[start]!.punctBefore) && !hasQuote(words[start]!.punctBefore)) start--;
    if (!words.slice(start, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const content = trimContent(text, wordSpan(words, start, i));
    if (content.end <= content.start) continue;
    return { source: wordSpan(words, phrase.start, phrase.end), cue: { start: words[i]!.start, end: words[i]!.end }, content: [content], kind: 'reported', sentence: index };
  }
  return null;
}

/** "<Trump leads by 12 points> in the latest CNN poll": a finding "in" a poll, when the sentence has no other frame. */
export function findings(ctx: SentenceContext): void {
  if (ctx.found.slice(ctx.from).some((a) => a.sentence === ctx.index)) return;
  const finding = inSourceAttribution(ctx.text, ctx.words, ctx.index, ctx.inQuote);
  if (finding) ctx.found.push(finding);
}
