import type { Span } from '../document/document.js';
import type { SyntaxLayer } from '../syntax/layer.js';

// Whether a date expression stands under a verb that is not in the past, for event-date.ts: there a day or month
// without a year is the nearest such day, not the latest before the article.

/** Auxiliaries of a verb that is not in the past (a modal, a future, a present form of "be"), and of one that is. */
const NOT_PAST_AUXILIARIES = new Set(['will', 'would', 'shall', 'should', "'ll", '’ll', 'wo', 'may', 'might', 'can', 'must', 'is', 'are', 'am']);
const PAST_AUXILIARIES = new Set(['did', 'had', 'has', 'have', 'was', 'were', "'d", '’d']);

/**
 * Whether the verb `head` is not in the past: "when he visits Washington April 29", "on April 17 he would raise
 * tariffs", "plans to visit in May". Such a clause's day without a year is the nearest one, not
 * the latest before the article (which past-tense news needs: "met on March 3").
 */
export function notPast(layer: SyntaxLayer, head: number): boolean {
  if (head < 0) return false;
  // An infinitive is as far in the past as the verb it complements ("was forced to resign in April"); on a noun it
  // looks ahead ("plans to visit in May").
  if (layer.isInfinitive(head)) {
    const governor = layer.head(head);
    return governor < 0 || !['VERB', 'AUX'].includes(layer.tag(governor)) || notPast(layer, governor);
  }
  const auxiliaries = layer.childrenBy(head, 'aux', 'aux:pass', 'cop').map((a) => layer.word(a).toLowerCase());
  // ("will follow up with a visit starting on April 11": a participle with no auxiliary is in its governor's time.)
  if (auxiliaries.length === 0 && layer.token(head).xpos === 'VBG') {
    let up = layer.head(head);
    while (up >= 0 && layer.tag(up) !== 'VERB' && layer.tag(up) !== 'AUX') up = layer.head(up);
    return notPast(layer, up);
  }
  if (auxiliaries.some((a) => PAST_AUXILIARIES.has(a))) return false;
  if (auxiliaries.some((a) => NOT_PAST_AUXILIARIES.has(a))) return true;
  const tag = layer.token(head).xpos;
  return tag === 'VBZ' || tag === 'VBP' || tag === 'MD';
}

/** The verb nearest above the token at offset `at` ("visits" for "April 29" in "when he visits Washington April 29"), or -1. */
export function verbAbove(layer: SyntaxLayer, sentence: Span, at: number): number {
  const { first, count } = layer.sentence(sentence);
  let t = -1;
  for (let k = first; k < first + count && t < 0; k++) if (layer.tokenStart(k) <= at && at < layer.tokenEnd(k)) t = k;
  while (t >= 0 && layer.tag(t) !== 'VERB' && layer.tag(t) !== 'AUX') t = layer.head(t);
  return t;
}
