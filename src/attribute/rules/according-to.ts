import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { trimContent } from '../clauses.js';
import { wordSpan } from '../phrases.js';
import { hasQuote } from './quotations.js';
import { type RawAttribution } from './types.js';

// "According to X, <content>" and "<content>, according to X".

export function accordingTo(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, index: number): RawAttribution | null {
  // The source runs to the next punctuation: "according to exit polling data" (the tagger often reads the
  // noun after "to" as a verb), "according to reports through Jan. 31 that the campaign is filing".
  let sourceEnd = cueEnd;
  while (sourceEnd < words.length && (sourceEnd === cueEnd || !/[,;:(]/.test(words[sourceEnd]!.punctBefore)) && !hasQuote(words[sourceEnd]!.punctBefore)) sourceEnd++;
  const source = sourceEnd > cueEnd ? { start: cueEnd, end: sourceEnd } : null;
  if (!source) return null;
  const cue = wordSpan(words, i, cueEnd);
  // "According to X, <content>" or "<content>, according to X."
  const content =
    i === 0 || words[i]!.start - sentence.start < 2
      ? trimContent(text, { start: words[source.end]?.start ?? sentence.end, end: sentence.end })
      : trimContent(text, { start: sentence.start, end: words[i]!.start });
  if (content.end <= content.start) return null;
  return { source: wordSpan(words, source.start, source.end), cue, content: [content], kind: 'cited', sentence: index };
}
