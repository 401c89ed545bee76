// An averaged perceptron over hashed features (Collins 2002; the hashing trick): a feature is a 32-bit
// hash, its bucket holds one weight per class, so scoring a feature reads one contiguous row. Training
// keeps running sums for the average; the shipped model is the average quantised to int8 per class row.

export interface Scorer {
  readonly classes: number;
  readonly buckets: number;
  /** Adds every feature's row to `scores` (length `classes`, zeroed by the caller). */
  score(features: Uint32Array, count: number, scores: Float32Array): void;
}

export class AveragedPerceptron implements Scorer {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Uint32Array;
  private time = 1;
  readonly mask: number;

  constructor(
    readonly classes: number,
    readonly buckets: number,
  ) {
    if ((buckets & (buckets - 1)) !== 0) throw new Error('buckets must be a power of two');
    this.mask = buckets - 1;
    this.weights = new Float32Array(buckets * classes);
    this.totals = new Float64Array(buckets * classes);
    this.stamps = new Uint32Array(buckets * classes);
  }

  score(features: Uint32Array, count: number, scores: Float32Array): void {
    const { weights, classes, mask } = this;
    for (let f = 0; f < count; f++) {
      const row = (features[f]! & mask) * classes;
      for (let c = 0; c < classes; c++) scores[c] = scores[c]! + weights[row + c]!;
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
      const row = (features[f]! & this.mask) * this.classes;
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

/** Read-only weights as shipped: int8 with one scale per bucket row. */
export class QuantisedScorer implements Scorer {
  private readonly mask: number;
  constructor(
    readonly classes: number,
    readonly buckets: number,
    readonly values: Int8Array,
    readonly scales: Float32Array,
  ) {
    this.mask = buckets - 1;
  }

  static fromWeights(classes: number, buckets: number, weights: Float32Array): QuantisedScorer {
    const values = new Int8Array(weights.length);
    const scales = new Float32Array(buckets);
    for (let b = 0; b < buckets; b++) {
      const row = b * classes;
      let max = 0;
      for (let c = 0; c < classes; c++) max = Math.max(max, Math.abs(weights[row + c]!));
      const scale = max / 127;
      scales[b] = scale;
      if (scale === 0) continue;
      for (let c = 0; c < classes; c++) values[row + c] = Math.round(weights[row + c]! / scale);
    }
    return new QuantisedScorer(classes, buckets, values, scales);
  }

  score(features: Uint32Array, count: number, scores: Float32Array): void {
    const { values, scales, classes, mask } = this;
    for (let f = 0; f < count; f++) {
      const bucket = features[f]! & mask;
      const scale = scales[bucket]!;
      if (scale === 0) continue;
      const row = bucket * classes;
      for (let c = 0; c < classes; c++) scores[c] = scores[c]! + values[row + c]! * scale;
    }
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
