// Per-outlet boilerplate: paragraphs an outlet appends to many unrelated stories.
//
// Sputnik closes many stories with the same background paragraphs ("Relations between Russia and
// Japan have been marred for many years by the absence of a peace treaty. ..."), and aggregators
// append their own notices ("This story has not been edited by ... staff and is auto-generated from a
// syndicated feed."). Left in, they make unrelated stories of one outlet look alike to MinHash. The
// model counts, per outlet, in how many stories each paragraph occurs (a paragraph is keyed by a
// 53-bit hash of its lower-cased letter/digit tokens, so spacing, case and punctuation do not matter)
// and calls a paragraph boilerplate once it has occurred in at least `minStories` (K, default 3)
// stories of that outlet. It is incremental — `observe` one story at a time, as a corpus ingest
// does — and its counts can be exported and restored (`toJSON`, `fromJSON`).
//
// A story must be observed once: the same story observed K times makes all of its paragraphs
// boilerplate. The clusterer (index.ts) therefore does not observe an article that is a
// near-identical copy of one its outlet has already published. `strip` never strips every
// paragraph: when all of them are boilerplate (an outlet that republished one story K times), it
// keeps them all.

import { fmix32, mix, tokenize } from './minhash.js';

export const DEFAULT_MIN_STORIES = 3;

export interface BoilerplateOptions {
  /** Stories of one outlet a paragraph must occur in to be boilerplate (K); 3 by default. */
  minStories?: number;
}

export interface StripResult {
  /** The paragraphs that are not boilerplate, in order. */
  kept: string[];
  /** Indices (into the input) of the paragraphs removed as boilerplate. */
  removed: number[];
}

export interface BoilerplateState {
  minStories: number;
  /** outlet → [paragraph key, story count][] */
  outlets: Record<string, [number, number][]>;
}

/** A 53-bit key of the normalised paragraph (its lower-cased letter/digit tokens), or null when it has none. */
export function paragraphKey(paragraph: string): number | null {
  const tokens = tokenize(paragraph);
  if (tokens.length === 0) return null;
  let h1 = 0x3c6ef372;
  let h2 = 0x1b873593;
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      h1 = mix(h1, c);
      h2 = mix(h2, c ^ 0x5bd1e995);
    }
    h1 = mix(h1, 0x20);
    h2 = mix(h2, 0x20 ^ 0x5bd1e995);
  }
  return fmix32(h1 ^ tokens.length) * 0x200000 + (fmix32(h2) >>> 11);
}

export class BoilerplateModel {
  readonly minStories: number;
  private readonly counts = new Map<string, Map<number, number>>();

  constructor(options: BoilerplateOptions = {}) {
    this.minStories = options.minStories ?? DEFAULT_MIN_STORIES;
    if (!Number.isInteger(this.minStories) || this.minStories < 1) throw new RangeError(`minStories must be a positive integer, not ${this.minStories}`);
  }

  /** Counts one story of `outlet`: each distinct paragraph once. */
  observe(outlet: string, paragraphs: readonly string[]): void {
    let table = this.counts.get(outlet);
    if (!table) this.counts.set(outlet, (table = new Map()));
    const seen = new Set<number>();
    for (const p of paragraphs) {
      const key = paragraphKey(p);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      table.set(key, (table.get(key) ?? 0) + 1);
    }
  }

  /** In how many observed stories of `outlet` the paragraph occurs. */
  count(outlet: string, paragraph: string): number {
    const key = paragraphKey(paragraph);
    return key === null ? 0 : (this.counts.get(outlet)?.get(key) ?? 0);
  }

  isBoilerplate(outlet: string, paragraph: string): boolean {
    return this.count(outlet, paragraph) >= this.minStories;
  }

  /** The paragraphs of a story of `outlet` without its boilerplate (all of them when all are boilerplate). */
  strip(outlet: string | null | undefined, paragraphs: readonly string[]): StripResult {
    const table = outlet == null ? undefined : this.counts.get(outlet);
    if (!table) return { kept: [...paragraphs], removed: [] };
    const kept: string[] = [];
    const removed: number[] = [];
    paragraphs.forEach((p, i) => {
      const key = paragraphKey(p);
      if (key !== null && (table.get(key) ?? 0) >= this.minStories) removed.push(i);
      else kept.push(p);
    });
    if (kept.every((p) => paragraphKey(p) === null)) return { kept: [...paragraphs], removed: [] };
    return { kept, removed };
  }

  /** Number of distinct boilerplate paragraphs learnt for `outlet`. */
  boilerplateCount(outlet: string): number {
    let n = 0;
    for (const c of this.counts.get(outlet)?.values() ?? []) if (c >= this.minStories) n++;
    return n;
  }

  get outlets(): string[] {
    return [...this.counts.keys()];
  }

  toJSON(): BoilerplateState {
    const outlets: Record<string, [number, number][]> = {};
    for (const [outlet, table] of this.counts) outlets[outlet] = [...table];
    return { minStories: this.minStories, outlets };
  }

  static fromJSON(state: BoilerplateState): BoilerplateModel {
    const model = new BoilerplateModel({ minStories: state.minStories });
    for (const [outlet, entries] of Object.entries(state.outlets)) model.counts.set(outlet, new Map(entries));
    return model;
  }
}
