// The API's latency on the benchmark database: BENCH_EVENTS synthetic events (1,000,000 by default)
// made by bench/store.ts's generator (copied below, unchanged, since bench/store.ts runs when imported)
// into a SQLite file, then the real server (startServer) on 127.0.0.1 in this process, and BENCH_RUNS
// sequential requests per endpoint (after one warm-up), each timed from fetch() to the whole body read.
// Prints the median and p90. Every answer must be 200, else the run fails.
//
//   npm run bench:api                                   # 1,000,000 events
//   BENCH_EVENTS=100000 BENCH_RUNS=51 npm run bench:api
//   BENCH_DB=/tmp/api-bench.db npm run bench:api        # keep the database, and reuse it next time

import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalysisResult } from '../src/document/serialize.js';
import type { CodedEvent } from '../src/code/coder.js';
import { openStore, type SqliteStore } from '../src/store/index.js';
import { startServer } from '../src/serve/index.js';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_ARTICLE = Number(process.env.BENCH_EVENTS_PER_ARTICLE ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const BATCH = 100;
const ARTICLES = Math.ceil(TOTAL / PER_ARTICLE);

// ---- bench/store.ts's generator ----------------------------------------------------------------------

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['USA', 'RUS', 'JPN', 'CHN', 'GBR', 'FRA', 'DEU', 'IND', 'IRN', 'ISR', 'UKR', 'SYR', 'TUR', 'PAK', 'KOR', 'PRK', 'BRA', 'EGY', 'SAU', 'NGA'];
const AGENTS = ['', '', 'GOV', 'GOV', 'MIL', 'LEG', 'MED', 'BUS', 'OPP', 'REB'];
const CODES: [string, number, number][] = [
  ['010', 0, 1], ['020', 3, 1], ['036', 4, 1], ['040', 1, 1], ['042', 1.9, 1], ['043', 2.8, 1], ['057', 8, 1],
  ['061', 6.4, 2], ['071', 7.4, 2], ['080', 5, 2], ['111', -2, 3], ['112', -2, 3], ['130', -4.4, 3], ['138', -7, 3],
  ['141', -6.5, 4], ['173', -5, 4], ['190', -10, 4], ['193', -10, 4], ['195', -10, 4],
];
const WORDS = 'minister talks treaty border sanctions troops summit ceasefire trade oil gas election protest embassy envoy islands peace missile aid visit'.split(' ');
const MODALITIES = ['actual', 'actual', 'actual', 'actual', 'intent', 'hypothetical', 'negated'] as const;

function article(n: number, events: number): AnalysisResult {
  const rand = mulberry32(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const actor = () => pick(COUNTRIES) + pick(AGENTS);
  const year = 1990 + Math.floor(rand() * 35);
  const published = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const headline = `Article ${n}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
  const sentences: AnalysisResult['sentences'] = [];
  const coded: CodedEvent[] = [];
  let text = `${headline}\n\n`;
  const bodyStart = text.length;
  for (let i = 0; i < events; i++) {
    const source = actor();
    const target = actor();
    const [code, goldstein, quad] = pick(CODES);
    const sentence = `${source} ${pick(WORDS)} ${pick(WORDS)} with ${target} over ${pick(WORDS)} and ${pick(WORDS)} in story ${n}.`;
    const start = text.length;
    text += sentence + ' ';
    const r = rand();
    const [date, datePrecision] =
      r < 0.8 ? [published, 'day' as const] : r < 0.9 ? [published.slice(0, 7), 'month' as const] : r < 0.97 ? [String(year - Math.floor(rand() * 60)), 'year' as const] : [null, null];
    const span = { start, end: start + source.length };
    coded.push({
      id: `e${i + 1}`, code, root: code.slice(0, 2), name: null, goldstein, quadClass: quad, plover: null, modality: pick(MODALITIES),
      date, datePrecision,
      source: { text: source, span, actor: source },
      target: { text: target, span: { start: start + sentence.indexOf(' with ') + 6, end: start + sentence.indexOf(' over ') }, actor: target },
      location: null, sentence: i, span: { start: span.end + 1, end: span.end + 5 },
      evidence: { sentence: { start, end: start + sentence.length, text: sentence }, trigger: { text: 'verb', span }, verbBlock: 'SYNTHETIC', pattern: null, dictionary: [], date: 'synthetic', modality: 'synthetic' },
      provenance: [{ name: 'Synthetic Wire', kind: 'reported' }],
    });
    sentences.push({ start, end: start + sentence.length, text: sentence, paragraph: 0 });
  }
  const body = text.slice(bodyStart).trimEnd();
  return {
    text,
    input: { origin: `synthetic-${n}`, format: 'text' },
    page: null,
    article: {
      headline, headlineSpan: { start: 0, end: headline.length }, body, bodySpans: [{ start: bodyStart, end: bodyStart + body.length }],
      removed: [], frontMatter: [], dateline: null, publisher: `Outlet ${n % 50}`, origin: `Agency ${n % 7}`, published, url: `https://example.com/${n}`, byline: null,
    },
    paragraphs: [], sentences, entities: [], events: coded, attributions: [], warnings: [],
  } as unknown as AnalysisResult;
}

// ---- the API bench ---------------------------------------------------------------------------------------

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const keep = process.env.BENCH_DB;
const dir = keep ? null : mkdtempSync(join(tmpdir(), 'annals-api-bench-'));
const path = keep ?? join(dir!, 'bench.db');

try {
  console.log(`machine: ${uptime()}`);
  const fresh = !existsSync(path);
  const store = await openStore(path);
  const before = await store.stats();
  if (!fresh && before.articles === ARTICLES && before.events > 0) {
    console.log(`reusing ${path}: ${JSON.stringify(before)}`);
  } else {
    if (before.articles) throw new Error(`${path} holds ${before.articles} articles, not ${ARTICLES}: remove it or pick another BENCH_DB`);
    console.log(`SQLite ${path}: ${ARTICLES.toLocaleString()} articles × ${PER_ARTICLE} events = ${(ARTICLES * PER_ARTICLE).toLocaleString()} events, saved ${BATCH} articles per transaction`);
    const t0 = performance.now();
    for (let n = 0; n < ARTICLES; n += BATCH) {
      const items = [];
      for (let k = n; k < Math.min(ARTICLES, n + BATCH); k++) items.push({ result: article(k, PER_ARTICLE) });
      await store.saveArticles(items);
      if (n % 2000 === 0 && n) process.stdout.write(`  … ${n.toLocaleString()} articles, ${((performance.now() - t0) / 1000).toFixed(0)} s\r`);
    }
    (store as SqliteStore).db.exec('ANALYZE');
    const loadS = (performance.now() - t0) / 1000;
    console.log(`  load ${loadS.toFixed(1)} s (${Math.round((ARTICLES * PER_ARTICLE) / loadS).toLocaleString()} events/s)`);
  }
  const stats = await store.stats();
  console.log(`  ${JSON.stringify(stats)}; file ${(statSync(path).size / 2 ** 20).toFixed(0)} MB (+ WAL)`);

  const server = await startServer(store, { host: '127.0.0.1', port: 0, webRoot: null });
  const base = server.url.replace(/\/$/, '');
  const pairs = ['USA:RUS', 'CHN:JPN', 'IRN:ISR', 'IND:PAK', 'KOR:PRK'];
  const pick = (i: number) => pairs[i % pairs.length]!;
  const spread = (i: number, n: number) => 1 + ((i * 7919) % n);
  const endpoints: [string, (i: number) => string][] = [
    ['/api/events?dyad=A:B', (i) => `/api/events?dyad=${pick(i)}`],
    ['/api/events?dyad=A:B&from=2010&to=2014&root=04', (i) => `/api/events?dyad=${pick(i)}&from=2010&to=2014&root=04`],
    ['/api/events?actor=JPNGOV&quad=4&modality=actual', () => '/api/events?actor=JPNGOV&quad=4&modality=actual'],
    ['/api/search?q=peace treaty', () => '/api/search?q=peace%20treaty'],
    ['/api/events/{id}', (i) => `/api/events/${spread(i, stats.events)}`],
    ['/api/articles/{id}', (i) => `/api/articles/${spread(i, stats.articles)}`],
    ['/api/stats', () => '/api/stats'],
    ['/api/dyads/JPN:RUS?by=month', () => '/api/dyads/JPN:RUS?by=month'],
    ['/api/actors?limit=200', () => '/api/actors?limit=200'],
    ['/api/actors/JPN/series?by=year', () => '/api/actors/JPN/series?by=year'],
    // What the actor timeline asks besides the series: a page of the actor's events, all or of one month.
    ['/api/events?actor=JPN&limit=50', () => '/api/events?actor=JPN&limit=50'],
    ['/api/events?actor=JPN&from=2015-04&to=2015-04&limit=50', () => '/api/events?actor=JPN&from=2015-04&to=2015-04&limit=50'],
  ];
  const request = async (url: string): Promise<number> => {
    const res = await fetch(base + url);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 200)}`);
    return body.byteLength;
  };
  console.log(`\n${RUNS} sequential requests per endpoint after one warm-up, to ${base} (${stats.events.toLocaleString()} events)`);
  console.log(`  ${'endpoint'.padEnd(56)} ${'median'.padStart(10)} ${'p90'.padStart(10)} ${'max'.padStart(10)}   body`);
  try {
    for (const [label, url] of endpoints) {
      await request(url(RUNS));
      const ms: number[] = [];
      let bytes = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        bytes += await request(url(i));
        ms.push(performance.now() - t);
      }
      ms.sort((a, b) => a - b);
      const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!;
      const f = (x: number) => `${x.toFixed(1)} ms`.padStart(10);
      console.log(`  ${label.padEnd(56)} ${f(at(0.5))} ${f(at(0.9))} ${f(ms[ms.length - 1]!)}   ${Math.round(bytes / RUNS / 1024)} KB`);
    }
  } finally {
    await server.close();
    await store.close();
  }
  console.log(`machine: ${uptime()}`);
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
