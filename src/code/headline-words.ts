import type { Sentence } from '../document/document.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import type { Word } from './words.js';

// The word tagger, like the parser's, reads a headline's verb as a noun ("Venezuela and China sign oil deal",
// "Howard rejects BNP's claim"): headlines drop the articles and auxiliaries it leans on. The syntax layer tags the
// predicate of a verbless sentence (src/syntax/verbless-sentences.ts); a headline whose words show no verb takes
// the layer's verbs, so that the coder finds the verb the parse already has.

/** The headline's words with the parse's verbs, or `words` itself when it is no headline or has a verb already. */
export function headlineWords(words: Word[], sentence: Sentence, layer: SyntaxLayer): Word[] {
  if (sentence.headline !== true || words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return words;
  const { first, count } = layer.sentence(sentence);
  const verbStarts = new Set<number>();
  for (let t = first; t < first + count; t++) if (layer.tag(t) === 'VERB') verbStarts.add(layer.tokenStart(t));
  if (verbStarts.size === 0) return words;
  return words.map((w) => (verbStarts.has(w.start) ? { ...w, pos: 'VERB' } : w));
}
