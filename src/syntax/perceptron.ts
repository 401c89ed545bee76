// An averaged perceptron over hashed features (Collins 2002; the hashing trick): a feature is a 32-bit
// hash, its bucket holds one weight per class, so scoring a feature reads one contiguous row. Training
// keeps running sums for the average; the shipped model is the average quantised to int8 per class row.

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
  constructor(
    readonly classes: number,
    readonly buckets: number,
    readonly rows: Int8Array,
  ) {
    this.shift = bucketShift(buckets);
    this.stride = classes + 1;
    if (rows.length !== buckets * this.stride) throw new Error(`weight table of ${rows.length} bytes, expected ${buckets * this.stride}`);
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

  score(features: Uint32Array, count: number, scores: Float32Array): void {
    const { rows, classes } = this;
    const starts = this.rowStarts(features, count);
    const scales = QuantisedScorer.SCALES;
    for (let f = 0; f < count; f++) {
      const row = starts[f]!;
      const e = rows[row]! + 128;
      if (e === 0) continue;
      const scale = scales[e]!;
      const base = row + 1;
      // Math.fround is the rounding the Float32Array store does anyway; stated, it compiles tighter.
      for (let c = 0; c < classes; c++) scores[c] = Math.fround(scores[c]! + rows[base + c]! * scale);
    }
  }

  /** Scores only the candidate classes (the rest of `scores` is left as it is). */
  scoreSome(features: Uint32Array, count: number, scores: Float32Array, candidates: readonly number[]): void {
    const { rows } = this;
    const starts = this.rowStarts(features, count);
    const scales = QuantisedScorer.SCALES;
    for (let f = 0; f < count; f++) {
      const row = starts[f]!;
      const e = rows[row]! + 128;
      if (e === 0) continue;
      const scale = scales[e]!;
      for (let k = 0; k < candidates.length; k++) {
        const c = candidates[k]!;
        scores[c] = Math.fround(scores[c]! + rows[row + 1 + c]! * scale);
      }
    }
  }

  private starts = new Int32Array(256);
  private touched = 0;

  /**
   * Each feature's row offset, reading the first and last byte of every row on the way: the rows are
   * scattered over megabytes, and these independent loads let the CPU fetch the cache lines in parallel
   * before the scoring loop, whose long inner loops would otherwise meet the misses one at a time.
   */
  private rowStarts(features: Uint32Array, count: number): Int32Array {
    if (this.starts.length < count) this.starts = new Int32Array(count * 2);
    const { rows, shift, stride, starts } = this;
    const last = stride - 1;
    let touched = 0;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! >>> shift) * stride;
      starts[f] = row;
      touched += rows[row]! + rows[row + last]!;
    }
    this.touched = touched; // kept so that the loads are not optimised away
    return starts;
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
