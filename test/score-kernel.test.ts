import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuantisedScorer } from '../src/syntax/perceptron.js';

// The quantised scorer (its WebAssembly kernel where it runs) against the plain definition: feature by
// feature, every class's weight times the row's scale added to a float32 sum.

function randomScorer(classes: number, buckets: number, seed: number): QuantisedScorer {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  // Rows of every magnitude, and empty ones (scale byte 0).
  const weights = Float32Array.from({ length: classes * buckets }, (_, i) => (Math.floor(i / classes) % 7 === 0 ? 0 : (next() - 0.5) * 10 ** Math.floor(next() * 6 - 3)));
  return QuantisedScorer.fromWeights(classes, buckets, weights);
}

function plainScores(scorer: QuantisedScorer, features: Uint32Array, start: Float32Array): Float32Array {
  const scores = Float32Array.from(start);
  const stride = scorer.classes + 1;
  const shift = 32 - Math.log2(scorer.buckets);
  for (const feature of features) {
    const row = (feature >>> shift) * stride;
    const e = scorer.rows[row]! + 128;
    if (e === 0) continue;
    const scale = Math.fround(Math.pow(2, (e - 128) / 8));
    for (let c = 0; c < scorer.classes; c++) scores[c] = scores[c]! + scorer.rows[row + 1 + c]! * scale;
  }
  return scores;
}

test('the quantised scorer gives the plain definition\'s scores bit for bit, for any number of classes', () => {
  for (const classes of [1, 3, 4, 5, 17, 49, 52]) {
    const scorer = randomScorer(classes, 1 << 10, classes);
    let state = classes;
    const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
    for (let trial = 0; trial < 200; trial++) {
      const features = Uint32Array.from({ length: 1 + (next() % 120) }, next);
      const start = Float32Array.from({ length: classes }, () => (next() % 1000) / 37 - 13);
      const scores = Float32Array.from(start);
      scorer.score(features, features.length, scores);
      assert.deepEqual(Array.from(scores, (s) => Object.is(s, -0) ? '-0' : s), Array.from(plainScores(scorer, features, start), (s) => Object.is(s, -0) ? '-0' : s), `${classes} classes, trial ${trial}`);
    }
  }
});
