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

/** A word with a possessive 's glued on, as wink sometimes returns it. */
const POSSESSIVE = /^([\p{L}\p{N}.&-]+)(['’][sS])$/u;

/** What POSSESSIVE needs, looked at without running it: three characters or more, ending in 's or ’s. */
function mayBePossessive(value: string): boolean {
  const n = value.length;
  if (n < 3) return false;
  const last = value.charCodeAt(n - 1);
  const mark = value.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019); // s or S after ' or ’
}

function pipeline() {
  // Sentence splitting is ours (offsets, abbreviations); wink tokenises and tags only.
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Tokens of text[start, end), located in the text so every token's span is exact. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, start, end, (at, to, pos, value) => tokens.push({ start: at, end: to, pos, normal: value.toLowerCase() }));
  return tokens;
}

/**
 * The tokens of text[start, end) handed one by one to `visit`, as tokenize() finds them, with no object
 * per token: the coder's hot path (a token's value is text.slice(start, end)).
 */
export function forEachToken(text: string, start: number, end: number, visit: (start: number, end: number, pos: string, value: string) => void): void {
  const nlp = pipeline();
  const tokens = nlp.readDoc(text.slice(start, end)).tokens();
  const values = tokens.out(nlp.its.value) as string[];
  const pos = tokens.out(nlp.its.pos) as string[];
  let cursor = start;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token whose value is not found as written (wink normalises a few) is left out rather than misplaced.
    if (at < 0 || at >= end) continue;
    // wink splits the possessive off ("Japan" + "'s") until a text has made it remember the whole form as
    // one word, after which it keeps "Japan's" whole: split it always, so that the same sentence gets the
    // same tokens whatever was read before it.
    const possessive = mayBePossessive(value) ? POSSESSIVE.exec(value) : null;
    if (possessive) {
      const base = possessive[1]!.length;
      visit(at, at + base, pos[i]!, value.slice(0, base));
      visit(at + base, at + value.length, 'PART', value.slice(base));
    } else visit(at, at + value.length, pos[i]!, value);
    cursor = at + value.length;
  }
}
