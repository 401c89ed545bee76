import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate, runTarget, seededRandom, seeds, TARGETS, type Target } from '../bench/fuzz-targets.js';

// Every input the fuzzer (npm run fuzz) found is a regression test here: test/fixtures/fuzz/<target>-*.input
// must run clean. And a short seeded round per target checks the span invariant (0 <= start <= end <= text
// length, each span's text the slice), that nothing throws an internal error, and that text stays text.

const DIR = fileURLToPath(new URL('./fixtures/fuzz/', import.meta.url));

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.input'))) {
  const target = file.split('-')[0] as Target;
  // (A time limit: a find that hangs again fails instead of stopping the run.)
  test(`fuzz find ${file} runs clean`, { timeout: 60_000 }, () => {
    assert.ok(TARGETS.includes(target), `${file}: no target "${target}"`);
    assert.deepEqual(runTarget(target, readFileSync(join(DIR, file), 'utf8')), []);
  });
}

const ROUND = 60;

for (const target of TARGETS) {
  test(`property: ${ROUND} seeded mutations of the ${target} fixtures keep every span in bounds and throw no internal error`, { timeout: 300_000 }, () => {
    const random = seededRandom(16 + TARGETS.indexOf(target));
    const base = seeds(target);
    let previous = base[0]!;
    for (let n = 0; n < ROUND; n++) {
      const from = n % 3 === 2 ? previous : base[n % base.length]!;
      const data = mutate(from, random, base);
      previous = data;
      const findings = runTarget(target, data);
      assert.deepEqual(findings, [], `input ${n}: ${JSON.stringify(data.slice(0, 300))}`);
    }
  });
}
