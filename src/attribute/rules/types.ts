import type { Span } from '../../document/document.js';
import type { LinkKind } from '../../document/annotations.js';

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
}

export interface AttributionOptions {
  /** False to leave WordNet's cue verbs out (bench:polnear --no-wordnet-cues measures what they add). */
  wordnetCues?: boolean;
}
