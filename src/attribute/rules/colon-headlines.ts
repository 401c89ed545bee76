import type { Sentence, Span } from '../../document/document.js';
import { attributionWords } from '../lexicon.js';
import { type Word } from '../../code/words.js';
import { trimContent } from '../clauses.js';
import { NP_POS, dashBefore, wordSpan } from '../phrases.js';
import { hasQuote, quoteMarkBefore } from './quotations.js';
import type { RawAttribution, SentenceContext } from './types.js';

const EDITOR_LABELS = attributionWords('editor-labels');
const HEADLINE_LABELS = attributionWords('headline-labels');
const LABEL_PREPOSITIONS = attributionWords('label-prepositions');

// A noun phrase and a colon before a clause or a quotation: "Minister: talks will resume" (headlines, mostly).

/**
 * "Kerry: <content>", "The headline reads: ..." is a verb cue; a bare noun phrase then a colon is its own cue.
 * `headline`: the sentence is a headline (or opens the text), where a name's colon needs no verb after it.
 */
export function colonAttribution(text: string, sentence: Span, words: Word[], index: number, headline = false): RawAttribution | null {
  const k = words.findIndex((w) => w.punctBefore.includes(':'));
  if (k <= 0) return null;
  // "POLLSTERS AGREE - Carl Bialik: “...”": a label after a dash, before a quotation.
  let first = 0;
  if (hasQuote(words[k]!.punctBefore)) for (let d = k - 1; d > 0 && d >= k - 6; d--) if (dashBefore(words, d)) { first = d; break; }
  // (In a headline's label a capitalised word the tagger read as a verb is a name's: "Lynch:", "Judicial Watch:".)
  const nameWord = (w: Word) => headline && k - first <= 4 && !(k - first === 1 && HEADLINE_LABELS.has(w.key)) && /^\p{Lu}\p{Ll}/u.test(w.raw) && w.pos === 'VERB' && !/ED$/.test(w.key);
  const end = headline ? labelNameEnd(words, first, k) : k;
  if (k - first > (end < k ? 12 : 8)) return null;
  if (!words.slice(first, end).every((w) => NP_POS.has(w.pos) || w.possessive || nameWord(w))) return null;
  // An interview's "Q:" and "A:" and an editor's "Note:", "Correction:", "Update:" label text, not a saying.
  if ((k === 1 && words[0]!.raw.length === 1) || EDITOR_LABELS.has(words[k - 1]!.key)) return null;
  const colon = text.lastIndexOf(':', words[k]!.start);
  if (colon < words[k - 1]!.end) return null;
  // What follows says something: a clause (with a verb) or a quotation, after a space ("width:100%", "11:06",
  // "Clinton: 547" are not sayings).
  const said = words.slice(k);
  // A headline says it without a verb too when a name speaks: "Lynch: No outside influence on FBI probe".
  const nominal = headline && end === k && said.length >= 3 && words.slice(0, k).every((w) => w.pos === 'PROPN' || nameWord(w));
  if ((!/\s/.test(text[colon + 1] ?? '') || !(hasQuote(words[k]!.punctBefore) || nominal || (said.length >= 3 && said.some((w) => w.pos === 'VERB' || w.pos === 'AUX'))))) return null;
  const content = trimContent(text, { start: words[k]!.start - quoteMarkBefore(text, words[k]!.start), end: sentence.end });
  return { source: wordSpan(words, first, end), cue: { start: colon, end: colon + 1 }, content: [content], kind: 'said', sentence: index };
}

/**
 * "Clinton to Planned Parenthood: Trump will reverse Roe", "Gillibrand on Hillary Releasing Her Speeches: ‘I Think
 * She Will.’": in a headline's label a name then a preposition and a title-case phrase; the name is the source.
 * The end of the name (a word index), or `k` (the colon's word) when the label is not of this kind.
 */
function labelNameEnd(words: Word[], first: number, k: number): number {
  const p = words.findIndex((w, j) => j > first && j < k && LABEL_PREPOSITIONS.has(w.key));
  if (p < 0 || !words.slice(first, p).every((w) => w.pos === 'PROPN')) return k;
  return words.slice(p, k).every((w) => /^[\p{Lu}\d]/u.test(w.raw) || LABEL_PREPOSITIONS.has(w.key) || w.pos === 'DET') ? p : k;
}

export function colonHeadline(ctx: SentenceContext): void {
  const frame = colonAttribution(ctx.text, ctx.sentence, ctx.words, ctx.index, (ctx.sentence as Sentence).headline === true || ctx.index === 0);
  if (frame) ctx.found.push(frame);
}
