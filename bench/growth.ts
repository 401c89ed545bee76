import { analyze } from '../src/pipeline.js';
import { SHAPES } from '../test/support/hostile-shapes.js';

// Time per hostile shape at 10 KB, 40 KB, 160 KB and 1 MB (issue 16): each 4x step should cost at most 6x the
// time. The last step is 6.25x in size, so each step is also given as its growth exponent
// (log time ratio / log size ratio; 6x per 4x is an exponent of 1.29) and as the ratio that exponent gives per 4x.
// Times are CPU time of the process. A size whose run is short is repeated until a second has passed and its fastest run is kept: single runs of a
// few milliseconds are mostly timer and garbage-collector noise. `npm run bench:growth [-- shape ...]`.

const SIZES = [10_000, 40_000, 160_000, 1_000_000];
const LIMIT_PER_4X = 6;
const wanted = process.argv.slice(2);

/** CPU seconds (user + system) of one analysis: on a shared machine, wall time mostly measures the neighbours. */
function timeOnce(input: ReturnType<(typeof SHAPES)[string]>, shape: string): number {
  const started = process.cpuUsage();
  try {
    analyze(input, { name: shape });
  } catch {
    // (A shape may hold no article; its time is what is measured.)
  }
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1e6;
}

function fastest(input: ReturnType<(typeof SHAPES)[string]>, shape: string): number {
  const runs = [timeOnce(input, shape)];
  let spent = runs[0]!;
  while (spent < 1 && runs.length < 50) {
    runs.push(timeOnce(input, shape));
    spent += runs.at(-1)!;
  }
  return Math.min(...runs);
}

analyze('Warm-up\n\nJapan said that Russia met China.');
console.log('shape\t' + SIZES.map((s) => `${s / 1000} KB`).join('\t') + '\tsteps: time ratio / size ratio (exponent, ratio per 4x)');
let failures = 0;
for (const [shape, make] of Object.entries(SHAPES)) {
  if (wanted.length && !wanted.includes(shape)) continue;
  timeOnce(make(SIZES[0]!), shape); // its own warm-up: the first HTML page pays for loading the HTML reader
  const times = SIZES.map((size) => fastest(make(size), shape));
  const steps = times.slice(1).map((t, i) => {
    const sizeRatio = SIZES[i + 1]! / SIZES[i]!;
    const ratio = t / times[i]!;
    const exponent = Math.log(ratio) / Math.log(sizeRatio);
    const per4x = 4 ** exponent;
    if (per4x > LIMIT_PER_4X) failures++;
    return `${ratio.toFixed(1)}x/${sizeRatio.toFixed(2)}x (${exponent.toFixed(2)}, ${per4x.toFixed(1)}x${per4x > LIMIT_PER_4X ? ' OVER' : ''})`;
  });
  console.log(`${shape}\t${times.map((t) => `${t.toFixed(3)} s`).join('\t')}\t${steps.join('  ')}`);
}
console.log(failures === 0 ? `every step within ${LIMIT_PER_4X}x per 4x` : `${failures} step(s) over ${LIMIT_PER_4X}x per 4x`);
