// An averaged perceptron over hashed features (Collins 2002; the hashing trick): a feature is a 32-bit
// hash, its bucket holds one weight per class, so scoring a feature reads one contiguous row. Training
// keeps running sums for the average; the shipped model is the average quantised to int8 per class row.

import { KERNEL_MAX_CLASSES, KERNEL_MAX_FEATURES, ScoreKernel } from './score-kernel.js';

export interface Scorer {
  readonly classes: number;
  readonly buckets: number;
  /** Adds every feature's row to `scores` (length `classes`, zeroed by the caller). */
  score(features: Uint32Array, count: number, scores: Float32Array): void;
  /** Adds the rows' entries for the candidate classes only. */
  scoreSome(features: Uint32Array, count: number, scores: Float32Array, candidates: readonly number[]): void;
}

export class AveragedPerceptron implements Scorer {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Uint32Array;
  private time = 1;
  /** A feature's bucket is its hash's top bits: hash >>> shift. */
  readonly shift: number;

  constructor(
    readonly classes: number,
    readonly buckets: number,
  ) {
    this.shift = bucketShift(buckets);
    this.weights = new Float32Array(buckets * classes);
    this.totals = new Float64Array(buckets * classes);
    this.stamps = new Uint32Array(buckets * classes);
  }

  score(features: Uint32Array, count: number, scores: Float32Array): void {
    const { weights, classes, shift } = this;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! >>> shift) * classes;
      for (let c = 0; c < classes; c++) scores[c] = scores[c]! + weights[row + c]!;
    }
  }

  scoreSome(features: Uint32Array, count: number, scores: Float32Array, candidates: readonly number[]): void {
    const { weights, classes, shift } = this;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! >>> shift) * classes;
      for (let k = 0; k < candidates.length; k++) scores[candidates[k]!] = scores[candidates[k]!]! + weights[row + candidates[k]!]!;
    }
  }

  /** One step of time: call once per training decision. */
  tick(): void {
    this.time++;
  }

  /** Moves weight from the predicted class to the right one on every feature. */
  update(features: Uint32Array, count: number, truth: number, guess: number, amount = 1): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! >>> this.shift) * this.classes;
      this.bump(row + truth, amount);
      this.bump(row + guess, -amount);
    }
  }

  private bump(i: number, delta: number): void {
    this.totals[i] = this.totals[i]! + (this.time - this.stamps[i]!) * this.weights[i]!;
    this.stamps[i] = this.time;
    this.weights[i] = this.weights[i]! + delta;
  }

  /** The averaged weights. */
  average(): Float32Array {
    const out = new Float32Array(this.weights.length);
    for (let i = 0; i < out.length; i++) {
      const total = this.totals[i]! + (this.time - this.stamps[i]!) * this.weights[i]!;
      out[i] = total / this.time;
    }
    return out;
  }
}

/**
 * Read-only weights as shipped: each bucket's row is one exponent byte (the row's scale,
 * 2^((e - 128) / 8)) followed by one int8 per class, so scoring a feature touches one cache line.
 */
export class QuantisedScorer implements Scorer {
  private readonly shift: number;
  private readonly stride: number;
  private static readonly SCALES = Float32Array.from({ length: 256 }, (_, e) => (e === 0 ? 0 : Math.pow(2, (e - 128) / 8)));
  /** score() in WebAssembly SIMD (score-kernel.ts), which then holds the rows; null where it cannot run. */
  private readonly kernel: ScoreKernel | null;
  constructor(
    readonly classes: number,
    readonly buckets: number,
    readonly rows: Int8Array,
  ) {
    this.shift = bucketShift(buckets);
    this.stride = classes + 1;
    if (rows.length !== buckets * this.stride) throw new Error(`weight table of ${rows.length} bytes, expected ${buckets * this.stride}`);
    this.kernel = classes <= KERNEL_MAX_CLASSES ? ScoreKernel.over(rows, QuantisedScorer.SCALES) : null;
    if (this.kernel) this.rows = this.kernel.rows;
  }

  static fromWeights(classes: number, buckets: number, weights: Float32Array): QuantisedScorer {
    const stride = classes + 1;
    const rows = new Int8Array(buckets * stride);
    for (let b = 0; b < buckets; b++) {
      let max = 0;
      for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights[b * classes + c]!));
      if (max === 0) continue;
      // The smallest exponent whose scale keeps the row's largest weight within ±127.
      const e = Math.min(255, Math.max(1, Math.ceil(8 * Math.log2(max / 127)) + 128));
      const scale = QuantisedScorer.SCALES[e]!;
      rows[b * stride] = e - 128;
      for (let c = 0; c < classes; c++) rows[b * stride + 1 + c] = Math.max(-127, Math.min(127, Math.round(weights[b * classes + c]! / scale)));
    }
    return new QuantisedScorer(classes, buckets, rows);
  }

  /**
   * Class by class, four at a time, over the gathered rows: each class's sum runs over the features in the
   * same order and with the same float32 rounding (Math.fround, what a Float32Array store does) as
   * feature by feature would, so the scores are bit-identical, but the partial sums stay in registers.
   */
  score(features: Uint32Array, count: number, scores: Float32Array): void {
    if (this.kernel && count <= KERNEL_MAX_FEATURES) return this.kernel.score(features, count, scores, this.classes, this.shift, this.stride);
    const m = this.gatherRows(features, count);
    const classes = this.classes;
    let c = 0;
    for (; c + 4 <= classes; c += 4) this.sumFour(m, c, c + 1, c + 2, c + 3, scores);
    // The last one to three classes in one pass too (the transition classifier has three).
    if (c + 3 === classes) this.sumThree(m, c, c + 1, c + 2, scores);
    else for (; c < classes; c++) scores[c] = this.sumClass(m, c, scores[c]!);
  }

  /** Scores only the candidate classes (the rest of `scores` is left as it is), four at a time. */
  scoreSome(features: Uint32Array, count: number, scores: Float32Array, candidates: readonly number[]): void {
    const m = this.gatherRows(features, count);
    let k = 0;
    for (; k + 4 <= candidates.length; k += 4) this.sumFour(m, candidates[k]!, candidates[k + 1]!, candidates[k + 2]!, candidates[k + 3]!, scores);
    for (; k < candidates.length; k++) {
      const c = candidates[k]!;
      scores[c] = this.sumClass(m, c, scores[c]!);
    }
  }

  /** Four classes' scores in one pass over the gathered rows, each summed as sumClass() sums it. */
  private sumFour(m: number, c0: number, c1: number, c2: number, c3: number, scores: Float32Array): void {
    const { rows, offsets, rowScales } = this;
    let a0 = scores[c0]!, a1 = scores[c1]!, a2 = scores[c2]!, a3 = scores[c3]!;
    for (let k = 0; k < m; k++) {
      const at = offsets[k]!;
      const scale = rowScales[k]!;
      a0 = Math.fround(a0 + rows[at + c0]! * scale);
      a1 = Math.fround(a1 + rows[at + c1]! * scale);
      a2 = Math.fround(a2 + rows[at + c2]! * scale);
      a3 = Math.fround(a3 + rows[at + c3]! * scale);
    }
    scores[c0] = a0;
    scores[c1] = a1;
    scores[c2] = a2;
    scores[c3] = a3;
  }

  /** Three classes' scores in one pass (the transition classifier has three), unrolled as sumFour() for the hot path. */
  private sumThree(m: number, c0: number, c1: number, c2: number, scores: Float32Array): void {
    const { rows, offsets, rowScales } = this;
    let a0 = scores[c0]!, a1 = scores[c1]!, a2 = scores[c2]!;
    for (let k = 0; k < m; k++) {
      const at = offsets[k]!;
      const scale = rowScales[k]!;
      a0 = Math.fround(a0 + rows[at + c0]! * scale);
      a1 = Math.fround(a1 + rows[at + c1]! * scale);
      a2 = Math.fround(a2 + rows[at + c2]! * scale);
    }
    scores[c0] = a0;
    scores[c1] = a1;
    scores[c2] = a2;
  }

  /** Class c's score: `start` plus its weight in each of the first m gathered rows, in order. */
  private sumClass(m: number, c: number, start: number): number {
    const { rows, offsets, rowScales } = this;
    let sum = start;
    for (let k = 0; k < m; k++) sum = Math.fround(sum + rows[offsets[k]! + c]! * rowScales[k]!);
    return sum;
  }

  /** Per scored row, in feature order: where its weights start, and its scale. */
  private offsets = new Int32Array(256);
  private rowScales = new Float64Array(256);
  private touched = 0;

  /**
   * Gathers the non-empty rows of the features (a row of exponent 0 scores nothing) and returns how many.
   * It also reads each row's last byte: the rows are scattered over megabytes, and these independent loads
   * let the CPU fetch the cache lines in parallel before scoring, instead of meeting the misses one by one.
   */
  private gatherRows(features: Uint32Array, count: number): number {
    if (this.offsets.length < count) {
      this.offsets = new Int32Array(count * 2);
      this.rowScales = new Float64Array(count * 2);
    }
    const { rows, shift, stride, offsets, rowScales } = this;
    const scales = QuantisedScorer.SCALES;
    const last = stride - 1;
    let touched = 0;
    let m = 0;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! >>> shift) * stride;
      const e = rows[row]! + 128;
      touched += rows[row + last]!;
      if (e === 0) continue;
      offsets[m] = row + 1;
      rowScales[m++] = scales[e]!;
    }
    this.touched = touched; // kept so that the loads are not optimised away
    return m;
  }
}

/** For a power-of-two number of buckets, the shift that keeps a 32-bit hash's top bits. */
function bucketShift(buckets: number): number {
  const bits = Math.log2(buckets);
  if (!Number.isInteger(bits) || bits < 1 || bits > 30) throw new Error(`buckets must be a power of two, not ${buckets}`);
  return 32 - bits;
}

/**
 * Scores the features into `scores`: among the allowed classes only (the others stay -Infinity) when a
 * non-empty list is given, else every class.
 */
export function scoreAllowed(scorer: Scorer, features: Uint32Array, count: number, scores: Float32Array, allowed?: readonly number[]): void {
  if (allowed && allowed.length > 0) {
    scores.fill(-Infinity);
    for (const c of allowed) scores[c] = 0;
    scorer.scoreSome(features, count, scores, allowed);
  } else {
    scores.fill(0);
    scorer.score(features, count, scores);
  }
}

/** Index of the highest score among the allowed classes (all when `allowed` is omitted); -1 if none. */
export function argmax(scores: Float32Array, allowed?: (c: number) => boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}
