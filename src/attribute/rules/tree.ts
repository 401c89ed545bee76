import type { Span } from '../../document/document.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

// The tree's reading of a verb frame: the cue verb's token, its clausal complement (the content) and its
// subject's noun phrase (the source). The parse is ~73 LAS, so each is used only where measured better
// than the rules (bench:polnear; see bench/polnear.ts).

/** The token of the sentence's parse that holds character `at`, or -1. */
export function tokenAt(layer: SyntaxLayer, sentence: Span, at: number): number {
  const { first, count } = layer.sentence(sentence);
  for (let t = first; t < first + count; t++) {
    const tok = layer.token(t);
    if (tok.start <= at && at < tok.end) return t;
  }
  return -1;
}

const PUNCT_END = /[\s,;:.!?\u2014\u2013-]+$/;

/** A span trimmed of the sentence punctuation at its end (a closing quotation mark stays). */
function trimEnd(text: string, span: Span): Span {
  const m = PUNCT_END.exec(text.slice(span.start, span.end));
  return m ? { start: span.start, end: span.end - m[0].length } : span;
}

/** The clausal complement of a cue verb after it (ccomp, else parataxis), as its subtree's span. */
export function complementAfter(layer: SyntaxLayer, text: string, verb: number, after: number): Span | null {
  const comps = layer.childrenBy(verb, 'ccomp').filter((c) => layer.token(c).start >= after);
  const c = comps[0];
  if (c === undefined) return null;
  return trimEnd(text, layer.phrase(c));
}

/** The subject of a verb (its own, a conjoined verb's, a relative clause's noun) as its noun phrase's subtree. */
export function subjectPhrase(layer: SyntaxLayer, text: string, verb: number): Span | null {
  const own = layer.childrenBy(verb, 'nsubj');
  const s = own[0] ?? layer.subjects(verb)[0];
  if (s === undefined) return null;
  return trimEnd(text, layer.phrase(s));
}

/** The object of a cue verb after it, as its subtree's span. */
export function objectAfter(layer: SyntaxLayer, text: string, verb: number, after: number): Span | null {
  const o = layer.childrenBy(verb, 'obj').find((c) => layer.token(c).start >= after);
  if (o === undefined) return null;
  return trimEnd(text, layer.phrase(o));
}
