import type { Span } from './document.js';

// The annotations later stages add to a document (entities, events, attributions), typed here so that
// every stage and the JSON result share one definition and no stage casts.

export type Modality = 'actual' | 'intent' | 'hypothetical' | 'negated';

export type LinkKind = 'said' | 'told' | 'reported' | 'cited' | 'republished';

export interface ChainLink {
  name: string;
  actor?: string;
  kind: LinkKind;
  span?: Span;
}

export interface EventActor {
  text: string;
  span: Span;
  actor: string | null;
  name?: string;
  /** How a reference was resolved: "pronoun \"he\"", "the country the story is about (GBR)". */
  refersTo?: string;
}

export interface EventPlace {
  name: string;
  span: Span;
  lat: number;
  lon: number;
  countries: string[];
}

export interface CodedEvent {
  id: string;
  code: string;
  root: string;
  name: string | null;
  goldstein: number | null;
  quadClass: number | null;
  plover: { type: string; mode: string | null } | null;
  modality: Modality;
  date: string | null;
  datePrecision: 'year' | 'month' | 'day' | null;
  source: EventActor;
  target: EventActor;
  location: EventPlace | null;
  /** Index into the document's sentences. */
  sentence: number;
  /** The trigger (the verb) as offsets into the text. */
  span: Span;
  evidence: {
    sentence: { start: number; end: number; text: string };
    trigger: { text: string; span: Span };
    verbBlock: string;
    pattern: { text: string; code: string; source: string } | null;
    dictionary: string[];
    date: string;
    modality: string;
    /** Why the dictionary's code was changed, when it was ("190 between political actors … is criticism (111)"). */
    recoded?: string;
    /** The grammatical relations that gave the source and target: "nsubj(met, Silva)", "obl:with(met, Okafor)". */
    roles?: string[];
  };
  /** For a mutual event coded both ways ("A and B held talks"): the id of the event in the other direction. */
  symmetricWith?: string;
  /** The chain of hands from the first speaker to the publisher (the attribution stage fills it). */
  provenance: ChainLink[];
  /** Every mention of the event when it is mentioned more than once (the headline restating the lede), this one included. */
  mentions?: { sentence: number; span: Span }[];
}

export interface Entity {
  text: string;
  span: Span;
  type: 'actor' | 'place';
  actor?: string | null;
  name?: string;
  refersTo?: string;
  sources: string[];
}

export interface ChainLink {
  name: string;
  actor?: string;
  kind: LinkKind;
  span?: Span;
}

export interface Attribution {
  id: string;
  source?: { text: string; span: Span; name?: string; actor?: string };
  cue: { text: string; span: Span };
  content: (Span & { text: string })[];
  parent?: string;
  chain: ChainLink[];
}

