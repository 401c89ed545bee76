import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { clauseEndAfter, trimContent } from '../clauses.js';
import type { Span } from '../../document/document.js';
import { phraseAfter, spanWords, wordSpan } from '../phrases.js';
import { hasQuote } from './quotations.js';
import type { RawAttribution, SentenceContext } from './types.js';

// "<Trump leads by 12 points> in the latest CNN poll": a finding in a poll, survey, study or report.

// Singular: "in a poll" is one source, "in the polls" a standing in general.
export const FINDING_SOURCES = attributionWords('finding-sources');
const SAYING_VERBS = attributionWords('saying-verbs');
// Opening a sentence, the plural is a source too: "In exit polls, voters ...".
const PLURAL_FINDING_SOURCES = attributionWords('plural-finding-sources');

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

/**
 * "In a CNN poll released Monday, 79 percent of Democrats said they were satisfied": a finding opening its
 * sentence; the clause after the comma is the content, whatever frames it holds (the respondents' saying is
 * the poll's finding), the phrase up to the comma the source.
 */
export function openingFinding(text: string, words: Word[], sentence: Span, index: number): RawAttribution | null {
  const i = words[0]?.pos === 'CCONJ' ? 1 : 0;
  if (words[i]?.key !== 'IN') return null;
  // (a slash or hyphen inside the phrase joins its words: "a CNN/ORC poll", "an early-October poll")
  let comma = i + 1;
  while (comma < words.length && /^[/-]?$/.test(words[comma]!.punctBefore.trim())) comma++;
  const phrase = words.slice(i + 1, comma);
  if (comma >= words.length || words[comma]!.punctBefore.trim() !== ',' || phrase.length === 0 || phrase.length > 12) return null;
  // (a poll's phrase: a determiner, the finding noun before any participle, and no finite verb)
  const head = phrase.findIndex((w) => FINDING_SOURCES.has(w.key) || PLURAL_FINDING_SOURCES.has(w.key));
  if (head < 0 || !/^(DET|PRON|PROPN|ADJ|NUM|NOUN)$/.test(phrase[0]!.pos) || phrase.slice(0, head).some((w) => w.pos === 'VERB' || w.pos === 'AUX') || phrase.some((w) => w.pos === 'AUX' || (w.pos === 'VERB' && !/(ED|EN|ING)$/.test(w.key)))) return null;
  // ("In the latest poll, conducted in May, ...": a participle's phrase set off by commas is the source's; an
  // adverb so set off, "In a poll on Thursday, however, ...", is neither's.)
  let sourceEnd = comma;
  let from = comma;
  const next = segmentEnd(words, comma);
  if (next !== null && words[comma]!.pos === 'VERB' && /(ED|EN)$/.test(words[comma]!.key)) sourceEnd = from = next;
  else if (next !== null && next - comma === 1 && words[comma]!.pos === 'ADV') from = next;
  const content = trimContent(text, { start: words[from]!.start, end: clauseEndAfter(text, words, from, sentence) });
  if (content.end <= content.start) return null;
  return { source: wordSpan(words, i + 1, sourceEnd), cue: { start: words[i]!.start, end: words[i]!.end }, content: [content], kind: 'reported', sentence: index };
}

/** The word after the comma closing the segment that starts at word `k` (within a few words), else null. */
function segmentEnd(words: Word[], k: number): number | null {
  for (let j = k + 1; j < words.length && j <= k + 8; j++) {
    const p = words[j]!.punctBefore.trim();
    if (p === ',') return j;
    if (p) return null;
  }
  return null;
}

/** "<Trump leads by 12 points> in the latest CNN poll": a finding "in" a poll, when the sentence has no other frame. */
export function findings(ctx: SentenceContext): void {
  const opening = openingFinding(ctx.text, ctx.words, ctx.sentence, ctx.index);
  // (Not when the clause opens with a frame of another kind than a plain saying: "In a study, three economists
  // found that ..." is the economists' finding.)
  const own = opening && ctx.found.slice(ctx.from).find((a) => a.sentence === ctx.index && a.source?.start === opening.content[0]!.start);
  const ownIsSaying = !own || SAYING_VERBS.has(spanWords(ctx.text, own.cue).pop() ?? '');
  if (opening && ownIsSaying) {
    ctx.found.push(opening);
    return;
  }
  if (ctx.found.slice(ctx.from).some((a) => a.sentence === ctx.index)) return;
  const finding = inSourceAttribution(ctx.text, ctx.words, ctx.index, ctx.inQuote);
  if (finding) ctx.found.push(finding);
}
