import type { Span } from '../../document/document.js';
import type { LinkKind } from '../../document/annotations.js';
import type { Word } from '../../code/words.js';
import type { SyntaxLayer } from '../../syntax/layer.js';

// An attribution as the rules find it, before nesting and chains: spans of the document's text.

export interface RawAttribution {
  /** The source as written: a name, a pronoun, a relative pronoun ("which"). */
  source: Span | null;
  /** For a relative pronoun source, its antecedent ("the United States, which threatened ..."). */
  refersTo?: Span;
  cue: Span;
  content: Span[];
  kind: LinkKind;
  /** Index of the sentence holding the cue. */
  sentence: number;
  /** Set for "citing X": the attribution of the reporting verb it belongs to. */
  citedBy?: RawAttribution;
  /** Set for "X said, as quoted by Y": Y's attribution, which passed this one on (its parent in the chain). */
  relayedBy?: RawAttribution;
}

export interface AttributionOptions {
  /** False to leave WordNet's cue verbs out (bench:polnear --no-wordnet-cues measures what they add). */
  wordnetCues?: boolean;
}

/** What a rule reads of one sentence, and the attributions found so far in the document. */
export interface SentenceContext {
  text: string;
  sentence: Span;
  /** Index of the sentence in the document. */
  index: number;
  words: Word[];
  /** The quotations a frame of this sentence can reach. */
  quotes: Span[];
  /** The quotation holding a position, inside its marks. */
  inQuote: (at: number) => Span | undefined;
  /** Every attribution found so far; this sentence's from `from` on. */
  found: RawAttribution[];
  from: number;
  /** The document's syntax layer (parses a sentence on first use), when the pipeline has one. */
  syntax: SyntaxLayer | null;
}

/** The attributions this sentence's rules have found so far. */
export function sentenceAttributions(ctx: SentenceContext): RawAttribution[] {
  return ctx.found.slice(ctx.from).filter((a) => a.sentence === ctx.index);
}
