import { analyze } from '../src/pipeline.js';
import { SHAPES } from '../test/support/hostile-shapes.js';

// Time per hostile shape at 10 KB, 40 KB, 160 KB and 1 MB (issue 16): each 4x step should cost at most
// 6x the time. `npm run bench:growth [-- shape ...]`. One run per size (the 1 MB runs are long).

const SIZES = [10_000, 40_000, 160_000, 1_000_000];
const wanted = process.argv.slice(2);
analyze('Warm-up\n\nJapan said that Russia met China.');
console.log('shape\t' + SIZES.map((s) => `${s / 1000} KB`).join('\t') + '\tsteps (time ratio per size ratio)');
for (const [shape, make] of Object.entries(SHAPES)) {
  if (wanted.length && !wanted.includes(shape)) continue;
  const times = SIZES.map((size) => {
    const input = make(size);
    const started = performance.now();
    try {
      analyze(input, { name: shape });
    } catch {
      // (A shape may hold no article; its time is what is measured.)
    }
    return (performance.now() - started) / 1000;
  });
  const steps = times.slice(1).map((t, i) => `${(t / times[i]!).toFixed(1)}x/${(SIZES[i + 1]! / SIZES[i]!).toFixed(2)}x`);
  console.log(`${shape}\t${times.map((t) => `${t.toFixed(2)} s`).join('\t')}\t${steps.join(' ')}`);
}
