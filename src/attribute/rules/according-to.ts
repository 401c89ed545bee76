import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { clauseEndAfter, situatingAdjunctEnd, trimContent } from '../clauses.js';
import { dashBefore, pastLinkingAdverb, verbal, wordSpan } from '../phrases.js';
import { hasQuote } from './quotations.js';
import { type RawAttribution } from './types.js';

// "According to X, <content>" and "<content>, according to X".

const APPOSITIVE_RELATIVES = attributionWords('appositive-relatives');

export function accordingTo(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, index: number): RawAttribution | null {
  // The source runs to the next punctuation: "according to exit polling data" (the tagger often reads the
  // noun after "to" as a verb), "according to reports through Jan. 31 that the campaign is filing".
  let sourceEnd = cueEnd;
  // (Nor over a dash: "according to the Tax Policy Center - half a percentage point of ...".)
  while (sourceEnd < words.length && (sourceEnd === cueEnd || (!/[,;:(]/.test(words[sourceEnd]!.punctBefore) && !dashBefore(words, sourceEnd))) && !hasQuote(words[sourceEnd]!.punctBefore)) sourceEnd++;
  // ("according to a congressional report on Wednesday", "a poll last week": a day closing the phrase after its noun
  // is when, not who; after a participle it is the participle's, "a poll conducted in February", and "in" a month
  // dates what is named, "a CNN poll in February".)
  for (let k = cueEnd + 2; k < sourceEnd; k++) {
    if (/^(NOUN|PROPN)$/.test(words[k - 1]!.pos) && words[k]!.key !== 'IN' && situatingAdjunctEnd(words, k) === sourceEnd) {
      sourceEnd = k;
      break;
    }
  }
  const source = sourceEnd > cueEnd ? { start: cueEnd, end: sourceEnd } : null;
  if (!source) return null;
  const cue = wordSpan(words, i, cueEnd);
  // "According to X, <content>" or "<content>, according to X."
  const opening = i === 0 || words[i]!.start - sentence.start < 2;
  // ("Still, turnout fell, according to X": a linking adverb opening the sentence is the writer's.)
  const content = opening ? trimContent(text, { start: words[source.end]?.start ?? sentence.end, end: sentence.end }) : trimContent(text, { start: pastLinkingAdverb(words, sentence.start), end: words[i]!.start });
  if (content.end <= content.start) return null;
  const { contents, sourceEnd: end } = opening ? { contents: [content], sourceEnd: source.end } : setInClause(text, sentence, words, i, source, content);
  const closing = !opening && end === source.end && contents.length === 1 ? closingAppositive(words, source.end) : end;
  return { source: wordSpan(words, source.start, closing), cue, content: contents, kind: 'cited', sentence: index };
}

/**
 * "At the heart of the dispute, according to X, was a loan", "Since May, according to the group, police have
 * killed 40": "according to" set in commas after a phrase with no verb; the clause goes on after it (past an
 * appositive of the source: "according to Jo Lee, a historian, was ..."), the second piece of the content. An
 * opening conjunction is no content ("But, according to the poll, most ..."). (After a whole clause, what
 * follows is most often the writer's: "..., according to a tally, but his path is narrowing".)
 */
function setInClause(text: string, sentence: Span, words: Word[], i: number, source: { start: number; end: number }, before: Span): { contents: Span[]; sourceEnd: number } {
  const unchanged = { contents: [before], sourceEnd: source.end };
  let after = source.end;
  if (!words[after] || words[after]!.punctBefore.trim() !== ',' || !words[i]!.punctBefore.includes(',')) return unchanged;
  const opener = words.slice(0, i);
  if (opener.some(verbal) || opener.some((w) => hasQuote(w.punctBefore))) return unchanged;
  let sourceEnd = source.end;
  let comma = after + 1;
  while (comma < words.length && comma < after + 10 && !words[comma]!.punctBefore.trim() && !verbal(words[comma])) comma++;
  if (comma < words.length && comma < after + 10 && words[comma]!.punctBefore.trim() === ',' && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(words[after]!.pos)) {
    sourceEnd = comma;
    after = comma;
  }
  const rest = trimContent(text, { start: words[after]!.start, end: clauseEndAfter(text, words, after, sentence) });
  if (rest.end <= rest.start) return unchanged;
  const first = opener.findIndex((w) => w.pos !== 'CCONJ');
  if (first < 0) return { contents: [rest], sourceEnd };
  return { contents: [trimContent(text, { start: opener[first]!.start, end: before.end }), rest], sourceEnd };
}

/**
 * "..., according to Jo Lee, an analyst at the bank." / "..., according to the group, which monitors ...": a
 * noun phrase or relative clause after the source's comma that runs to the sentence's end describes the source;
 * it is part of it. The end (a word index) of the source.
 */
function closingAppositive(words: Word[], end: number): number {
  const next = words[end];
  if (!next || next.punctBefore.trim() !== ',' || !(/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(next.pos) || APPOSITIVE_RELATIVES.has(next.key))) return end;
  let relative = APPOSITIVE_RELATIVES.has(next.key);
  for (let k = end + 1; k < words.length; k++) {
    const w = words[k]!;
    if (/[;:]/.test(w.punctBefore) || hasQuote(w.punctBefore)) return end;
    if (APPOSITIVE_RELATIVES.has(w.key)) relative = true;
    if (verbal(w) && !relative && !(w.pos === 'VERB' && /(ING|ED|EN)$/.test(w.key))) return end;
  }
  return words.length;
}
