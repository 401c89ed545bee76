import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { clauseEndAfter, trimContent } from '../clauses.js';
import { POSSESSIVE_PRONOUNS, phraseAfter, wordSpan } from '../phrases.js';
import { inQuoteAt } from './quotations.js';
import { type RawAttribution } from './types.js';

// "Kyodo reported, citing Suzuki, that ...": the cited source nests in the reporter's attribution.

// What a report cites as its source when no name does: "citing sources", "citing a report by ...".
export const CITED_NOUNS = attributionWords('cited-nouns');

/**
 * "Kyodo reported, citing Suzuki, that ...": the cited source is a link of the reporter's chain. "He said, citing
 * low growth and unemployment": a reason, not a source; then "citing" is the reporter's own cue and the reason
 * its content. With no frame before it (undefined), it is read as any participle cue ("The firm ended the talks,
 * citing new tax rules": the firm cites them).
 */
export function citing(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, index: number, found: RawAttribution[], quotes: Span[]): RawAttribution | null | undefined {
  const reporter = citingReporter(found, index, words[i]!.start);
  if (!reporter) return undefined;
  const source = phraseAfter(words, cueEnd, words.length);
  // (A possessive only qualifies the thing cited: "citing Jo Smith's record", "citing her experience" cite reasons;
  // only the words after the last possessive tell.)
  let from = source?.start ?? 0;
  for (let k = from; source !== null && k < source.end; k++) if (words[k]!.possessive || POSSESSIVE_PRONOUNS.has(words[k]!.key)) from = k + 1;
  const named = source !== null && words.slice(from, source.end).some((w) => w.pos === 'PROPN' || w.pos === 'PRON' || CITED_NOUNS.has(w.key) || (w.raw !== w.raw.toLowerCase() && w !== words[0]));
  if (named) return { source: wordSpan(words, source.start, source.end), cue: wordSpan(words, i, cueEnd), content: reporter.content, kind: 'cited', sentence: index, citedBy: reporter };
  if (cueEnd >= words.length || words[cueEnd]!.punctBefore.trim()) return null;
  const end = clauseEndAfter(text, words, cueEnd, sentence, (at) => inQuoteAt(quotes, at));
  const content = trimContent(text, { start: words[cueEnd]!.start, end });
  if (content.end <= content.start) return null;
  return { source: reporter.source, cue: wordSpan(words, i, cueEnd), content: [content], kind: 'said', sentence: index };
}

/** The attribution of the sentence before a "citing" at `at` whose report it cites for (the last), if any. */
function citingReporter(found: RawAttribution[], index: number, at: number): RawAttribution | undefined {
  return [...found].reverse().find((a) => a.sentence === index && a.cue.end <= at);
}
