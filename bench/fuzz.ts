import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mutate, runTarget, seededRandom, seeds, TARGETS, type Finding, type Target } from './fuzz-targets.js';

// `npm run fuzz -- --seconds N [--target text|html|jsonl|feed|sgml|dictionary] [--seed S] [--out DIR]`:
// mutates the project's own fixtures and runs them through Annals, checking for internal errors, hangs
// (an input over 2 s at <= 100 KB is slow; one silent for 20 s is a hang and its worker is ended), span
// violations and output text that is not the input text. Every find is written to DIR (.fuzz-finds by
// default) as the input itself, named by target and kind, to become a regression test in
// test/fixtures/fuzz/. Exit status 1 when anything was found.

const SLOW_SECONDS = 2;
const SLOW_MAX_BYTES = 100_000;
const HANG_SECONDS = 20;

type FromWorker =
  | { type: 'begin'; target: Target; data: string }
  | { type: 'done'; target: Target; seconds: number; bytes: number; findings: Finding[] };

function work(): void {
  const { targets, seed, until } = workerData as { targets: Target[]; seed: number; until: number };
  const random = seededRandom(seed);
  const pools = new Map(targets.map((t) => [t, seeds(t)]));
  const recent = new Map<Target, string[]>(targets.map((t) => [t, []]));
  // Each target runs once before the clock starts: the first call loads the syntax model and the dictionaries
  // (a second or more on a busy machine), which is no slowness of any input.
  for (const target of targets) runTarget(target, pools.get(target)![0]!);
  for (let n = 0; Date.now() < until; n++) {
    const target = targets[n % targets.length]!;
    const base = pools.get(target)!;
    const mutants = recent.get(target)!;
    // Mostly a mutant of a seed, sometimes of an earlier mutant (mutations pile up), now and then a seed as is.
    const from = mutants.length && random() < 0.4 ? mutants[Math.floor(random() * mutants.length)]! : base[Math.floor(random() * base.length)]!;
    const data = n < targets.length * base.length ? base[Math.floor(n / targets.length) % base.length]! : mutate(from, random, base);
    if (mutants.push(data) > 50) mutants.shift();
    parentPort!.postMessage({ type: 'begin', target, data } satisfies FromWorker);
    const started = performance.now();
    const findings = runTarget(target, data);
    const seconds = (performance.now() - started) / 1000;
    parentPort!.postMessage({ type: 'done', target, seconds, bytes: Buffer.byteLength(data), findings } satisfies FromWorker);
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { seconds: { type: 'string' }, target: { type: 'string', multiple: true }, seed: { type: 'string' }, out: { type: 'string' } } });
  const seconds = Number(values.seconds ?? 60);
  if (!(seconds > 0)) throw new Error(`--seconds takes a number of seconds, not "${values.seconds}"`);
  const targets = (values.target ?? [...TARGETS]) as Target[];
  for (const t of targets) if (!TARGETS.includes(t)) throw new Error(`--target takes ${TARGETS.join(', ')}, not "${t}"`);
  const out = values.out ?? '.fuzz-finds';
  let seed = Number(values.seed ?? Date.now() % 1_000_000);
  const until = Date.now() + seconds * 1000;
  const counts = new Map<Target, number>(targets.map((t) => [t, 0]));
  const found = { crash: 0, span: 0, text: 0, slow: 0, hang: 0 };
  let slowest = { seconds: 0, bytes: 0, target: '' };
  const save = (target: string, kind: keyof typeof found, data: string, detail: string) => {
    found[kind]++;
    mkdirSync(out, { recursive: true });
    const name = `${target}-${kind}-${createHash('sha256').update(data).digest('hex').slice(0, 12)}`;
    writeFileSync(join(out, `${name}.input`), data);
    writeFileSync(join(out, `${name}.txt`), detail + '\n');
    process.stderr.write(`fuzz: ${kind} in ${target} (${Buffer.byteLength(data)} bytes): ${detail.split('\n')[0]} → ${join(out, name)}.input\n`);
  };
  process.stderr.write(`fuzz: ${targets.join(', ')} for ${seconds} s, seed ${seed}\n`);
  while (Date.now() < until) {
    // One worker at a time; a hang ends it and the next starts with the next seed.
    await new Promise<void>((resolve) => {
      const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
      const worker = new Worker(bootstrap, { eval: true, workerData: { targets, seed, until } });
      let current: { target: Target; data: string } | null = null;
      let watchdog = setTimeout(() => {}, 0);
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          if (current) save(current.target, 'hang', current.data, `no answer in ${HANG_SECONDS} s`);
          void worker.terminate();
        }, HANG_SECONDS * 1000);
      };
      arm();
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'begin') {
          current = { target: m.target, data: m.data };
          arm();
          return;
        }
        counts.set(m.target, counts.get(m.target)! + 1);
        if (m.seconds > slowest.seconds) slowest = { seconds: m.seconds, bytes: m.bytes, target: m.target };
        for (const f of m.findings) save(m.target, f.kind, current!.data, f.detail);
        if (m.seconds > SLOW_SECONDS && m.bytes <= SLOW_MAX_BYTES) save(m.target, 'slow', current!.data, `${m.seconds.toFixed(2)} s for ${m.bytes} bytes`);
        current = null;
      });
      worker.on('error', (error) => {
        if (current) save(current.target, 'crash', current.data, `the worker died: ${error.stack ?? error.message}`);
        else {
          process.stderr.write(`fuzz: the worker failed: ${error.stack ?? error.message}\n`);
          process.exit(2);
        }
      });
      worker.on('exit', () => {
        clearTimeout(watchdog);
        seed++;
        resolve();
      });
    });
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `fuzz: ${total} inputs in ${seconds} s (${[...counts].map(([t, n]) => `${t} ${n}`).join(', ')}): ` +
      `${found.crash} crashes, ${found.hang} hangs, ${found.slow} over ${SLOW_SECONDS} s at <= ${SLOW_MAX_BYTES / 1000} KB, ${found.span} span violations, ${found.text} text changes; ` +
      `slowest ${slowest.seconds.toFixed(2)} s (${slowest.target}, ${slowest.bytes} bytes)\n`,
  );
  return Object.values(found).some((n) => n > 0) ? 1 : 0;
}

if (isMainThread) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`fuzz: ${(error as Error).message}\n`);
      process.exitCode = 2;
    },
  );
} else work();
