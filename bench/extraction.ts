import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractHtml } from '../src/ingest/html.js';
import { analyze } from '../src/pipeline.js';

// Article-body extraction on the Article Extraction Benchmark (scrapinghub/article-extraction-benchmark,
// ../shared/data/aeb): 181 pages with a hand-made ground-truth body each. Scoring follows the benchmark's
// evaluate.py exactly: tokens are Python `\w+` runs (letters, digits, underscore; case kept), shingles of
// 4 tokens compared as multisets per page, each page's TP/FP/FN normalised to sum to 1, precision averaged
// over pages with TP+FP > 0, recall over pages with TP+FN > 0, F1 the harmonic mean of the two averages.
// A page an extractor fails on (throws) counts as an empty prediction.
//
// Speed is extraction time only (gunzip and file reading are done first, outside the clock), one core,
// after an untimed warm-up over the first pages; with --repeat N, the fastest of N passes.
//
//   npm run bench:extraction                       # all three systems
//   npm run bench:extraction -- --only html --worst 15   # the 15 lowest-scoring pages of one system
//   npm run bench:extraction -- --dump /tmp/aeb     # write each prediction to <dir>/<system>/<id>.txt
//   npm run bench:extraction -- --repeat 3          # speed: the fastest of 3 passes

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'data', 'aeb');

interface Page { id: string; url: string; html: string; truth: string }
interface System { name: string; label: string; extract(page: Page): string }

const SYSTEMS: System[] = [
  {
    name: 'html',
    label: '(a) extractHtml().body',
    extract: (page) => extractHtml(page.id, page.html).body,
  },
  {
    name: 'analyze',
    label: '(b) analyze().article.body',
    extract: (page) => analyze({ id: page.id, html: page.html, url: page.url }, { code: false }).article.body,
  },
  {
    name: 'readability',
    label: '(c) Readability textContent (baseline)',
    extract: (page) => {
      const { document } = parseHTML(page.html);
      const article = new Readability(document as never).parse();
      if (!article) throw new Error('no article');
      return article.textContent ?? '';
    },
  },
];

// ---- scoring (a transcription of evaluate.py) ----

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

type TpFpFn = [number, number, number];

export function shingleMatching(truth: string, prediction: string): TpFpFn {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [tp, fp, fn];
}

function precisionScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function metrics(scores: TpFpFn[]) {
  const precision = mean(scores.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
  const recall = mean(scores.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
  return { f1: (2 * precision * recall) / (precision + recall), precision, recall };
}

// ---- run ----

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
  const files = new Set(readdirSync(join(dataDir, 'html')));
  return Object.keys(truth).sort().map((id) => {
    const file = `${id}.html.gz`;
    if (!files.has(file)) throw new Error(`missing ${file}`);
    const html = gunzipSync(readFileSync(join(dataDir, 'html', file))).toString('utf8');
    return { id, url: truth[id]!.url ?? '', html, truth: truth[id]!.articleBody ?? '' };
  });
}

function run(system: System, pages: Page[]) {
  const WARMUP = 10;
  for (const page of pages.slice(0, WARMUP)) {
    try { system.extract(page); } catch { /* counted in the timed pass */ }
  }
  // --repeat N times the whole pass N times and keeps the fastest (the machine may be shared).
  const repeat = Math.max(1, Number(arg('repeat') ?? 1));
  let outputs: string[] = [];
  let failures: { id: string; error: string }[] = [];
  let elapsed = Infinity;
  for (let pass = 0; pass < repeat; pass++) {
    const passOutputs: string[] = [];
    const passFailures: { id: string; error: string }[] = [];
    let passElapsed = 0;
    for (const page of pages) {
      const start = performance.now();
      let out = '';
      try {
        out = system.extract(page);
      } catch (error) {
        passFailures.push({ id: page.id, error: (error as Error).message });
      }
      passElapsed += performance.now() - start;
      passOutputs.push(out);
    }
    outputs = passOutputs;
    failures = passFailures;
    elapsed = Math.min(elapsed, passElapsed);
  }
  const scores = pages.map((page, i) => shingleMatching(page.truth, outputs[i]!));
  return { outputs, failures, scores, pagesPerSecond: pages.length / (elapsed / 1000), ...metrics(scores) };
}

function main() {
  const pages = loadPages();
  const only = arg('only');
  const worst = Number(arg('worst') ?? 0);
  const dump = arg('dump');
  const systems = only ? SYSTEMS.filter((s) => only.split(',').includes(s.name)) : SYSTEMS;
  if (!systems.length) throw new Error(`--only takes ${SYSTEMS.map((s) => s.name).join(', ')}`);
  console.log(`Article extraction benchmark: ${pages.length} pages from ${dataDir}`);
  console.log(`${'system'.padEnd(40)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'pages/s'.padStart(8)} failed`);
  for (const system of systems) {
    const r = run(system, pages);
    console.log(
      `${system.label.padEnd(40)} ${r.f1.toFixed(3).padStart(6)} ${r.precision.toFixed(3).padStart(6)} ${r.recall.toFixed(3).padStart(6)} ${r.pagesPerSecond.toFixed(1).padStart(8)} ${r.failures.length}`,
    );
    for (const f of r.failures) console.log(`    failed ${f.id}: ${f.error}`);
    if (worst > 0) {
      const ranked = pages
        .map((page, i) => ({ page, p: precisionScore(r.scores[i]!), rc: recallScore(r.scores[i]!) }))
        .map((x) => ({ ...x, f: x.p + x.rc > 0 ? (2 * x.p * x.rc) / (x.p + x.rc) : 0 }))
        .sort((a, b) => a.f - b.f)
        .slice(0, worst);
      for (const x of ranked) console.log(`    F1 ${x.f.toFixed(3)}  P ${x.p.toFixed(3)}  R ${x.rc.toFixed(3)}  ${x.page.id.slice(0, 12)}  ${x.page.url}`);
    }
    if (dump) {
      const dir = join(dump, system.name);
      mkdirSync(dir, { recursive: true });
      pages.forEach((page, i) => writeFileSync(join(dir, `${page.id}.txt`), r.outputs[i]!));
      mkdirSync(join(dump, 'truth'), { recursive: true });
      pages.forEach((page) => writeFileSync(join(dump, 'truth', `${page.id}.txt`), page.truth));
    }
  }
}

main();
