import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords, evidentialAdverbs as loadEvidentialAdverbs } from '../lexicon.js';
import { DURATION_NOUNS, clauseEndAfter, trimContent } from '../clauses.js';
import { cueStartOf, dashBefore, phraseBefore, verbal, wordSpan } from '../phrases.js';
import { inQuoteAt } from './quotations.js';
import type { RawAttribution, SentenceContext } from './types.js';

// The writer passes on or hedges a claim, naming nobody: "reportedly", "allegedly", "seems to", "appears".

export const EXPLETIVES = attributionWords('expletives');

export const EVIDENTIAL_ADVERBS = loadEvidentialAdverbs();

const AS_IF_WORDS = attributionWords('as-if-words');
const HEDGED_RELATIVES = attributionWords('hedged-relatives');
const HEDGE_TIMES = attributionWords('hedge-times');

/**
 * "Khoga was reportedly on that trip", "the gun he allegedly used": the writer passes on what others say,
 * naming nobody. The clause around the adverb (its subject and auxiliaries before, its predicate after) is
 * the content; there is no source, so the chain starts at the article's origin.
 */
export function evidentialAdverb(text: string, sentence: Span, words: Word[], k: number, index: number, quotes: Span[]): RawAttribution | null {
  let j = k;
  while (j > 0 && !words[j]!.punctBefore && (words[j - 1]!.pos === 'AUX' || words[j - 1]!.pos === 'PART')) j--;
  const subject = phraseBefore(words, j, 0);
  const next = words[k + 1];
  if (!subject || !next || next.punctBefore.trim() || words[k]!.punctBefore.trim()) return null;
  const end = clauseEndAfter(text, words, k + 1, sentence, (at) => inQuoteAt(quotes, at));
  const rest = trimContent(text, { start: next.start, end });
  if (rest.end <= rest.start) return null;
  return { source: null, cue: { start: words[k]!.start, end: words[k]!.end }, content: [wordSpan(words, subject.start, k), rest], kind: EVIDENTIAL_ADVERBS.get(words[k]!.key)!, sentence: index };
}

/**
 * "The plan seemed to be working", "Twitter appears heavily used", "It appears, though, that ...": the writer
 * hedges a state of the subject. The subject (unless an expletive "it") and the complement are the content;
 * nobody is named as the source, so the chain starts at the article's origin. Without a complement ("he
 * appeared on TV", "seemed right") there is nothing hedged.
 */
export function evidentialFrame(text: string, words: Word[], i: number, cueEnd: number, index: number, quotes: Span[], frameSubject?: Span | null): RawAttribution | null {
  let from = cueEnd;
  // "It appears, though, that ...": an adverb set off by commas before the complement.
  if (words[from]?.punctBefore.includes(',') && words[from + 1]?.punctBefore.includes(',')) from++;
  const next = words[from];
  if (!next || /[.;:]/.test(next.punctBefore) || (next.punctBefore.includes(',') && from === cueEnd)) return null;
  const complement =
    next.key === 'THAT' ||
    (next.key === 'TO' && verbal(words[from + 1])) ||
    next.key === 'LIKE' ||
    (next.key === 'AS' && AS_IF_WORDS.has(words[from + 1]?.key ?? '')) ||
    next.pos === 'ADJ' ||
    (next.pos === 'ADV' && words[from + 1]?.pos === 'ADJ' && !words[from + 1]!.punctBefore);
  if (!complement) return null;
  const cueStart = cueStartOf(words, i);
  const end = clauseEndAfter(text, words, from, { start: words[0]!.start, end: words[words.length - 1]!.end }, (at) => inQuoteAt(quotes, at));
  const content: Span[] = [];
  const subject = cueStart > 0 ? (phraseBefore(words, cueStart, 0) ?? subjectBeforeAside(words, cueStart)) : null;
  const pronoun = cueStart > 0 && HEDGED_RELATIVES.has(words[cueStart - 1]!.key) ? { start: cueStart - 1, end: cueStart } : null;
  const opening = pronoun ?? subject;
  // The subject as a verb frame reads it ("the politician with the outsized personality", "John Oliver, who
  // hosts a show,"), else the noun phrase right before the verb group.
  // ("It appeared to hold off the tide", "There seems to be more interest": before an infinitive "it" and "there"
  // are the subject of what is hedged; before "that" they are empty.)
  const expletive = opening !== null && opening.end - opening.start === 1 && EXPLETIVES.has(words[opening.start]!.key) && next.key !== 'TO';
  if (!pronoun && frameSubject && !expletive) content.push(frameSubject);
  else if (opening && !expletive) content.push(wordSpan(words, opening.start, opening.end));
  // A hedged state ends at its first comma, dash or colon ("seemed stable, but that could change"); not at a
  // hyphen inside a word ("seemed well-known", "ready for a no-holds-barred fight").
  // Nor does it go on into the time of the hedging ("seemed uneasy when asked about it", "appeared to rise after
  // the debate"; not "four days before", "as never before", nor inside a "that" clause).
  let stop = from + 1;
  const timed = (k: number) => next.key !== 'THAT' && HEDGE_TIMES.has(words[k]!.key) && !DURATION_NOUNS.has(words[k - 1]!.key) && (words[k + 1]?.start ?? end) < end;
  while (stop < words.length && words[stop]!.start < end && !(((/[,;:]/.test(words[stop]!.punctBefore) || dashBefore(words, stop)) && !inQuoteAt(quotes, words[stop]!.start)) || timed(stop))) stop++;
  const rest = trimContent(text, { start: words[from]!.start, end: Math.min(end, words[stop - 1]!.end) });
  if (rest.end <= rest.start) return null;
  content.push(rest);
  return { source: null, cue: wordSpan(words, cueStart, cueEnd), content, kind: 'said', sentence: index };
}

/** "The FBI is reportedly making arrangements ...": a hedging adverb that no cue verb took in. */
export function hedgingAdverbs(ctx: SentenceContext): void {
  const { words, found, index } = ctx;
  for (let k = 1; k < words.length; k++) {
    if (!EVIDENTIAL_ADVERBS.has(words[k]!.key) || ctx.inQuote(words[k]!.start)) continue;
    if (found.some((a) => a.sentence === index && a.cue.start <= words[k]!.start && words[k]!.end <= a.cue.end)) continue;
    const hedged = evidentialAdverb(ctx.text, ctx.sentence, words, k, index, ctx.quotes);
    if (hedged) found.push(hedged);
  }
}

/**
 * "The figures, compiled by a local group, appear to be wrong", "The economy, until recently, seemed immune": an
 * aside set off by commas right before the hedge; the noun phrase opening the sentence before it (past an opening
 * conjunction or adverb) is the subject, without the aside. Null when there is none.
 */
function subjectBeforeAside(words: Word[], cueStart: number): { start: number; end: number } | null {
  if (words[cueStart]!.punctBefore.trim() !== ',') return null;
  let j = cueStart - 1;
  while (j > 0 && j > cueStart - 20 && !/[,;:()]/.test(words[j]!.punctBefore) && !dashBefore(words, j)) j--;
  if (j <= 0 || words[j]!.punctBefore.trim() !== ',') return null;
  const subject = phraseBefore(words, j, 0, true);
  if (!subject) return null;
  const opener = words.slice(0, subject.start).every((w, k) => k < 2 && !w.punctBefore.trim() && /^(CCONJ|ADV)$/.test(w.pos));
  return opener ? subject : null;
}
