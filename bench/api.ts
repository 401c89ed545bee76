// The API's latency on the benchmark database: BENCH_EVENTS synthetic events (1,000,000 by default)
// made by the store bench's generator (bench/synthetic-events.ts) into a SQLite file, then the real
// server (startServer) on 127.0.0.1 in this process, and BENCH_RUNS
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
import { syntheticArticle } from './synthetic-events.js';
import { openStore, type SqliteStore } from '../src/store/index.js';
import { startServer } from '../src/serve/index.js';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_ARTICLE = Number(process.env.BENCH_EVENTS_PER_ARTICLE ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const BATCH = 100;
const ARTICLES = Math.ceil(TOTAL / PER_ARTICLE);

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
      for (let k = n; k < Math.min(ARTICLES, n + BATCH); k++) items.push({ result: syntheticArticle(k, PER_ARTICLE) });
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
    // The lists' first pages with their totals, the glossary, an export of a dyad, and the undated count a chart states.
    ['/api/events?limit=50 (with the total)', () => '/api/events?limit=50'],
    ['/api/events?sort=-date&limit=50', () => '/api/events?sort=-date&limit=50'],
    ['/api/events?dated=no&actor=JPN&limit=1', () => '/api/events?dated=no&actor=JPN&limit=1'],
    ['/api/articles?limit=50', () => '/api/articles?limit=50'],
    ['/api/clusters?limit=50', () => '/api/clusters?limit=50'],
    ['/api/glossary', () => '/api/glossary'],
    ['/api/export?format=csv&dyad=A:B', (i) => `/api/export?format=csv&dyad=${pick(i)}`],
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
