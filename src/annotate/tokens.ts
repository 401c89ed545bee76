import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../document/document.js';

// Tokens with their part of speech, as offsets into the document text. wink-nlp's English lite model
// ships inside its npm package (no download at run time) and tags about 19,000 sentences/s on one core.

export interface Token extends Span {
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADP, DET, ... */
  pos: string;
  /** Lower-cased form. */
  normal: string;
}

let nlp: ReturnType<typeof winkNLP> | null = null;

function pipeline() {
  // Sentence splitting is ours (offsets, abbreviations); wink tokenises and tags only.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Tokens of text[start, end), located in the text so every token's span is exact. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const its = pipeline().its;
  const doc = pipeline().readDoc(text.slice(start, end));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = start;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    // A token whose value is not found as written (wink normalises a few) is left out rather than misplaced.
    if (at < 0 || at >= end) return;
    tokens.push({ start: at, end: at + value.length, pos: pos[i]!, normal: value.toLowerCase() });
    cursor = at + value.length;
  });
  return tokens;
}
