// Locality-sensitive hashing over MinHash signatures: b bands of r rows each.
//
// Two signatures become candidates when all r values of at least one band agree. For a pair whose
// shingle sets have Jaccard similarity s, P(candidate) = 1 − (1 − s^r)^b: an S-curve whose steepest
// point is near (1/b)^(1/r). The default, b = 32 × r = 4 on 128 permutations, puts that point at
// 0.42, below the verification threshold of 0.5, so that pairs just above the threshold are rarely
// missed by the bands and verification (the estimated Jaccard over all 128 values) decides:
//
//   s            0.2    0.3    0.4    0.5    0.6    0.7    0.8
//   32 × 4       0.050  0.229  0.564  0.873  0.988  1.000  1.000   (default)
//   25 × 5       0.008  0.059  0.227  0.548  0.868  0.990  1.000
//   21 × 6       0.001  0.015  0.083  0.282  0.633  0.928  0.998
//   16 × 8       0.000  0.001  0.010  0.061  0.237  0.613  0.947
//
// Unrelated news stories share almost no 5-word shingles (s < 0.05 on BBC News), so the low-s tail
// of 32 × 4 costs few spurious candidates; each one costs one 128-value comparison.
//
// Each band's r values are hashed to a 53-bit number (two 32-bit MurmurHash3 mixes), the key of a
// per-band Map to the internal numbers of the signatures with that band; a key hit by one signature
// stores the number itself rather than an array, which halves the memory of a large index.

import { estimateJaccard, fmix32, mix } from './minhash.js';

export const DEFAULT_BANDS = 32;
export const DEFAULT_ROWS = 4;
export const DEFAULT_THRESHOLD = 0.5;

export interface LshOptions {
  bands?: number;
  rows?: number;
  /** Minimum estimated Jaccard similarity that `query` accepts; 0.5 by default. */
  threshold?: number;
}

export interface LshMatch {
  id: string;
  /** Estimated Jaccard similarity (share of equal signature values). */
  similarity: number;
}

/** Probability that a pair with Jaccard similarity `s` becomes a candidate. */
export function candidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}

export class LshIndex {
  readonly bands: number;
  readonly rows: number;
  readonly threshold: number;
  private readonly tables: Map<number, number | number[]>[];
  private readonly ids: string[] = [];
  private readonly signatures: Uint32Array[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(options: LshOptions = {}) {
    this.bands = options.bands ?? DEFAULT_BANDS;
    this.rows = options.rows ?? DEFAULT_ROWS;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    if (!Number.isInteger(this.bands) || this.bands < 1) throw new RangeError(`bands must be a positive integer, not ${this.bands}`);
    if (!Number.isInteger(this.rows) || this.rows < 1) throw new RangeError(`rows must be a positive integer, not ${this.rows}`);
    this.tables = Array.from({ length: this.bands }, () => new Map());
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** The signature stored under `id`. */
  signature(id: string): Uint32Array | undefined {
    const n = this.numbers.get(id);
    return n === undefined ? undefined : this.signatures[n];
  }

  private check(signature: Uint32Array): void {
    if (signature.length < this.bands * this.rows) {
      throw new RangeError(`a signature of ${signature.length} values cannot fill ${this.bands} bands of ${this.rows} rows`);
    }
  }

  private bandKey(signature: Uint32Array, band: number): number {
    let h1 = band;
    let h2 = ~band;
    const start = band * this.rows;
    for (let i = start; i < start + this.rows; i++) {
      const v = signature[i]!;
      h1 = mix(h1, v);
      h2 = mix(h2, v ^ 0x9e3779b9);
    }
    return fmix32(h1) * 0x200000 + (fmix32(h2) >>> 11);
  }

  /** Indexes `signature` under `id`. Throws if `id` is already indexed. */
  add(id: string, signature: Uint32Array): void {
    this.check(signature);
    if (this.numbers.has(id)) throw new Error(`id already indexed: ${id}`);
    const n = this.ids.length;
    this.ids.push(id);
    this.signatures.push(signature);
    this.numbers.set(id, n);
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b]!;
      const key = this.bandKey(signature, b);
      const bucket = table.get(key);
      if (bucket === undefined) table.set(key, n);
      else if (typeof bucket === 'number') table.set(key, [bucket, n]);
      else bucket.push(n);
    }
  }

  /** Internal numbers of the indexed signatures sharing at least one band with `signature`, ascending. */
  private candidateNumbers(signature: Uint32Array): number[] {
    this.check(signature);
    const found = new Set<number>();
    for (let b = 0; b < this.bands; b++) {
      const bucket = this.tables[b]!.get(this.bandKey(signature, b));
      if (bucket === undefined) continue;
      if (typeof bucket === 'number') found.add(bucket);
      else for (const n of bucket) found.add(n);
    }
    return [...found].sort((x, y) => x - y);
  }

  /** Ids of the indexed signatures sharing at least one band with `signature`, in insertion order. */
  candidates(signature: Uint32Array): string[] {
    return this.candidateNumbers(signature).map((n) => this.ids[n]!);
  }

  /**
   * The candidates whose estimated Jaccard similarity with `signature` reaches `threshold` (the
   * index's by default): best first, ties in insertion order. `all` returns every candidate with its
   * similarity, verified or not.
   */
  query(signature: Uint32Array, threshold = this.threshold, all = false): LshMatch[] {
    const out: LshMatch[] = [];
    for (const n of this.candidateNumbers(signature)) {
      const similarity = estimateJaccard(signature, this.signatures[n]!);
      if (all || similarity >= threshold) out.push({ id: this.ids[n]!, similarity });
    }
    // Stable sort: equal similarities stay in insertion order.
    return out.sort((a, b) => b.similarity - a.similarity);
  }
}
