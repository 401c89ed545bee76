import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import { SHAPES } from './support/hostile-shapes.js';

// Every stage linear in its input, whatever the input's shape (issue 16): for each hostile shape, the time
// at 4n over the time at n, both measured here (median of three runs), is at most 6. Quadratic work gives
// 16, cubic 64: before the fix "said that" clauses went 3.9 s → over 120 s from 10 KB to 40 KB.

const N = 10_000;
const RUNS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function seconds(input: ReturnType<(typeof SHAPES)[string]>): number {
  const started = performance.now();
  try {
    analyze(input, { name: 'shape' });
  } catch {
    // A shape may hold no article (it is its time that is measured).
  }
  return (performance.now() - started) / 1000;
}

analyze('Warm-up\n\nJapan said that Russia met China.');

for (const [shape, make] of Object.entries(SHAPES)) {
  test(`${shape}: time at 4n / time at n <= 6`, { timeout: 300_000 }, () => {
    const small = make(N);
    const large = make(4 * N);
    const ratios: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, so that a burst of load on the machine falls on both sizes alike.
      const a = seconds(small);
      const b = seconds(large);
      ratios.push(b / Math.max(a, 0.005));
    }
    const ratio = median(ratios);
    assert.ok(ratio <= 6, `${shape}: ${ratio.toFixed(2)}× the time for 4× the input (runs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`);
  });
}
