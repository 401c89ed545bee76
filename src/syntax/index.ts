import type { AnnalsDocument, Span } from '../document/document.js';
import { dataPath } from '../data/files.js';
import { splitSentences } from '../annotate/sentences.js';
import { SyntaxLayer, type SyntaxToken } from './layer.js';
import { SyntaxModel } from './model.js';

let shared: SyntaxModel | null = null;

export function defaultModelPath(): string {
  return dataPath('syntax/en-ud.model');
}

/** The shipped model, loaded on first use and kept for the process. */
export function syntaxModel(): SyntaxModel {
  shared ??= SyntaxModel.load(defaultModelPath());
  return shared;
}

/** The syntax stage: gives the document its (lazy) syntax layer; nothing is parsed until asked for. */
export function annotateSyntax(doc: AnnalsDocument): void {
  doc.syntax = new SyntaxLayer(doc.text, syntaxModel);
}

/** Sentences that have a parse: the headline's, then the body's, in text order. */
export function syntaxSentences(doc: AnnalsDocument): Span[] {
  const headline = doc.article?.headlineSpan;
  const spans: Span[] = doc.sentences.map((s) => ({ start: s.start, end: s.end }));
  // The headline's own sentences, unless the sentence stage already holds them.
  const covered = (h: Span) => spans.some((s) => s.start < h.end && h.start < s.end);
  if (headline) for (const h of splitSentences(doc.text, headline.start, headline.end)) if (!covered(h)) spans.push(h);
  return spans.sort((a, b) => a.start - b.start);
}

/** The JSON form of the syntax layer: every sentence parsed, its tokens as a range of `tokens`. */
export interface SyntaxResult {
  tokens: SyntaxToken[];
  sentences: { start: number; end: number; tokens: [number, number] }[];
}

export function syntaxResult(doc: AnnalsDocument): SyntaxResult {
  const layer = doc.syntax ?? new SyntaxLayer(doc.text, syntaxModel);
  const sentences = syntaxSentences(doc).map((span) => {
    const { first, count } = layer.sentence(span);
    return { start: span.start, end: span.end, first, count };
  });
  const tokens: SyntaxToken[] = [];
  const order = new Map<number, number>(); // layer index → index in `tokens`
  const out = sentences.map((s) => {
    const from = tokens.length;
    for (let k = 0; k < s.count; k++) {
      order.set(s.first + k, tokens.length);
      tokens.push(layer.token(s.first + k));
    }
    return { start: s.start, end: s.end, tokens: [from, tokens.length] as [number, number] };
  });
  for (const t of tokens) t.head = t.head < 0 ? -1 : order.get(t.head)!;
  return { tokens, sentences: out };
}
