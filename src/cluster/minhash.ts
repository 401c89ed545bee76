// MinHash over word shingles: the signature that lets N syndicated copies of one story be found
// without comparing every pair of texts.
//
// Text → tokens: lower-cased runs of letters and digits (`\p{L}\p{N}`), so punctuation, quotes,
// dashes and white space never matter. Tokens → shingles: every run of k consecutive tokens (k = 5
// by default), each hashed to 32 bits (MurmurHash3's mixing over 32-bit token hashes). A text with
// fewer than k tokens (but at least one) has one shingle: all its tokens.
//
// Shingles → signature: for each of `numPerm` (128 by default) hash functions h_i, the minimum of
// h_i over the shingle set. h_i(x) = fmix32(x XOR seed_i), seeds drawn from a fixed SplitMix32
// sequence, so signatures are identical across runs, processes and machines. The share of positions
// where two signatures agree estimates the Jaccard similarity of the two shingle sets; its standard
// error is sqrt(J(1 − J) / numPerm), 0.044 at J = 0.5 with 128 permutations.

export const DEFAULT_SHINGLE_SIZE = 5;
export const DEFAULT_NUM_PERM = 128;
const DEFAULT_SEED = 0x5eed_2022;

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-cased letter/digit word tokens of `text`. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** FNV-1a over UTF-16 code units, finished with fmix32. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** MurmurHash3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One MurmurHash3 block step: folds the 32-bit `k` into the running hash `h`. */
export function mix(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * The distinct 32-bit hashes of the k-token shingles of `tokens` (or of `text`, tokenised), in order
 * of first appearance.
 */
export function shingleHashes(input: string | readonly string[], k = DEFAULT_SHINGLE_SIZE): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle size must be a positive integer, not ${k}`);
  const tokens = typeof input === 'string' ? tokenize(input) : input;
  const n = tokens.length;
  if (n === 0) return new Uint32Array(0);
  const th = new Int32Array(n);
  for (let i = 0; i < n; i++) th[i] = hashString(tokens[i]!);
  const count = n >= k ? n - k + 1 : 1;
  const width = Math.min(k, n);
  const seen = new Set<number>();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    let h = width;
    for (let j = 0; j < width; j++) h = mix(h, th[i + j]!);
    const s = fmix32(h ^ width);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return Uint32Array.from(out);
}

/** SplitMix32: the deterministic seed sequence of the permutations. */
function seeds(count: number, seed: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed | 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}

export interface MinHasherOptions {
  /** Number of hash functions (signature length); 128 by default. */
  numPerm?: number;
  /** Words per shingle; 5 by default. */
  shingleSize?: number;
  /** Seed of the permutation seeds; fixed by default, so signatures are reproducible. */
  seed?: number;
}

/** Builds MinHash signatures with a fixed family of hash functions. */
export class MinHasher {
  readonly numPerm: number;
  readonly shingleSize: number;
  private readonly seeds: Uint32Array;

  constructor(options: MinHasherOptions = {}) {
    this.numPerm = options.numPerm ?? DEFAULT_NUM_PERM;
    this.shingleSize = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
    if (!Number.isInteger(this.numPerm) || this.numPerm < 1) throw new RangeError(`numPerm must be a positive integer, not ${this.numPerm}`);
    this.seeds = seeds(this.numPerm, options.seed ?? DEFAULT_SEED);
  }

  /** The signature of a set of 32-bit shingle hashes. An empty set gives all 0xFFFFFFFF. */
  signatureOf(shingles: Uint32Array): Uint32Array {
    const sig = new Uint32Array(this.numPerm).fill(0xffffffff);
    const seedsArr = this.seeds;
    const m = this.numPerm;
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s]!;
      for (let i = 0; i < m; i++) {
        // fmix32(x ^ seed_i), inlined: this loop is the whole cost of a signature.
        let h = x ^ seedsArr[i]!;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        h >>>= 0;
        if (h < sig[i]!) sig[i] = h;
      }
    }
    return sig;
  }

  /** Shingles of `text` (or of its tokens) and their signature. */
  sign(input: string | readonly string[]): { shingles: Uint32Array; signature: Uint32Array } {
    const shingles = shingleHashes(input, this.shingleSize);
    return { shingles, signature: this.signatureOf(shingles) };
  }

  /** The signature of `text` (or of its tokens). */
  signature(input: string | readonly string[]): Uint32Array {
    return this.sign(input).signature;
  }
}

/** Share of positions where the two signatures agree: the MinHash estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signatures differ in length (${a.length}, ${b.length})`);
  if (a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Exact Jaccard similarity of two shingle-hash sets (for verification and benchmarks). */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let inter = 0;
  for (const x of small) if (set.has(x)) inter++;
  return inter / (a.length + b.length - inter);
}

/**
 * Estimated containment of the smaller set in the larger, from the Jaccard estimate and the set
 * sizes: |A ∩ B| = J (|A| + |B|) / (1 + J). Near 1 when one text is an excerpt of the other.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const min = Math.min(sizeA, sizeB);
  if (min === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / min);
}
