import type { Modality } from '../document/annotations.js';
import type { CoderDictionaries } from './dictionaries.js';
import type { SentenceTree } from './sentence-tree.js';
import type { Group, Slot } from './sentence-actors.js';
import type { ClauseView, PatternMatch, VerbForm } from './verb-patterns.js';
import type { Word } from './words.js';

// What the coder reads of one verb of the dictionary in its sentence: the code its pattern gives, who
// does it to whom, and how (modality). Two readers make it: from the dependency tree (tree-reading.ts),
// or, for a sentence that has no parse, from the words' order (linear-reading.ts).

export interface VerbHit {
  /** Word index of the verb, and the end of the verb phrase ("break down"). */
  at: number;
  end: number;
  form: VerbForm;
  /** An -ing form outside a progressive ("…, offering aid to"): a verb only where the parse reads one (the word tagger takes many for nouns). */
  participle?: boolean;
  /** A word the word tagger read as no verb ("mediated" as an adjective): a verb only where the parse reads one. */
  confirm?: boolean;
}

export interface Reading {
  hit: VerbHit;
  match: PatternMatch | null;
  /** Code for source → target, and for target → source ("042:043"); either may be empty. */
  forward: string;
  reverse: string | undefined;
  source: Slot;
  target: Slot | null;
  modality: Modality;
  /** Why the modality is what it is, for the evidence. */
  modalityWhy: string;
  /** Grammatical relations used for the roles (tree readings only). */
  relations: string[];
  /** The verb names its partner with "with" or "to" (tree readings): the subject's conjuncts are not each other's partners. */
  withPartner?: boolean;
  /** The verb's syntax token, -1 for a linear reading. */
  token: number;
  /** The syntax token of a verb whose reading this one replaces ("voiced" for "voiced readiness to meet"). */
  supersedes?: number;
  /** The country of the speaker whose statement reports this reading: a bare role in it is that country's. */
  speakerCountry?: string;
  /** The target is the subject of what the verb says ("Iran said its forces …"): a bare role there is the speaker's country's. */
  targetInContent?: boolean;
  /** For such a target: the speaker's country. */
  contentCountry?: string;
  /** Clause limits (word indexes) for the event's place. */
  clauseStart: number;
  clauseEnd: number;
}

/** A sentence as both readers see it. */
export interface SentenceContext {
  words: Word[];
  groups: Group[];
  slots: Slot[];
  slotAt: Map<number, Slot>;
  inSlot: (i: number) => boolean;
  view: ClauseView;
  dictionaries: CoderDictionaries;
  tree: SentenceTree | null;
}

/** The CAMEO "express intent to" code for an intended event of another root (CAMEO 03's sub-codes). */
const INTENT_CODES: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };

export function intentCode(code: string): string {
  return (code && INTENT_CODES[code.slice(0, 2)]) || code;
}

/** One participant made of the given groups (coordinated: "A and B"). */
export function slotOf(groups: Group[]): Slot {
  const sorted = [...groups].sort((a, b) => a.start - b.start);
  return { start: sorted[0]!.start, end: sorted[sorted.length - 1]!.end, groups: sorted };
}

export const MODALITY_WHY: Record<Modality, string> = {
  actual: 'no modal marker',
  intent: 'a word of intent governs the event (data/lexicon/modality.tsv)',
  negated: 'a negation precedes the verb',
  hypothetical: 'a condition or "would" governs the verb',
};
