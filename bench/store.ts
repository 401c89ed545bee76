// The store under a million events: generates synthetic articles (50 events each, one per sentence, by
// default) into a fresh SQLite file, and into a fresh PostgreSQL schema when DATABASE_URL is set, then
// prints the load time and the median latency of dyadSeries and of filtered queryEvents.
//
//   node --import tsx bench/store.ts                 # 1,000,000 events
//   BENCH_EVENTS=100000 node --import tsx bench/store.ts

import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { syntheticArticle } from './synthetic-events.js';
import { openStore, PostgresStore, SqliteStore, type Store } from '../src/store/index.js';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_ARTICLE = Number(process.env.BENCH_EVENTS_PER_ARTICLE ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const ARTICLES = Math.ceil(TOTAL / PER_ARTICLE);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time(label: string, fn: (i: number) => Promise<unknown>): Promise<void> {
  await fn(0); // warm-up
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const out = await fn(i);
    ms.push(performance.now() - t);
    rows += Array.isArray(out) ? out.length : out ? 1 : 0;
  }
  console.log(`  ${label.padEnd(64)} median ${median(ms).toFixed(2).padStart(8)} ms   (p90 ${[...ms].sort((a, b) => a - b)[Math.floor(ms.length * 0.9)]!.toFixed(2)} ms, ${Math.round(rows / RUNS)} rows)`);
}

async function bench(name: string, store: Store, concurrency: number, analyze: () => Promise<void>): Promise<void> {
  console.log(`${name}: ${ARTICLES.toLocaleString()} articles × ${PER_ARTICLE} events = ${(ARTICLES * PER_ARTICLE).toLocaleString()} events`);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ARTICLES) {
        const n = next++;
        await store.saveArticle(syntheticArticle(n, PER_ARTICLE));
        if (n > 0 && n % 5000 === 0) process.stdout.write(`  … ${n.toLocaleString()} articles\r`);
      }
    }),
  );
  const loadS = (performance.now() - t0) / 1000;
  await analyze();
  console.log(`  load ${loadS.toFixed(1)} s (${Math.round((ARTICLES * PER_ARTICLE) / loadS).toLocaleString()} events/s)   ${JSON.stringify(await store.stats())}`);
  const pairs = [['USA', 'RUS'], ['CHN', 'JPN'], ['IRN', 'ISR'], ['IND', 'PAK'], ['KOR', 'PRK']] as const;
  const pair = (i: number) => pairs[i % pairs.length]!;
  await time('dyadSeries(A, B, year)', (i) => store.dyadSeries(pair(i)[0], pair(i)[1], 'year'));
  await time('dyadSeries(A, B, month)', (i) => store.dyadSeries(pair(i)[0], pair(i)[1], 'month'));
  await time("actorSeries('JPN', month)", () => store.actorSeries('JPN', 'month'));
  await time("queryEvents({ actor: 'JPN', limit: 50 })", () => store.queryEvents({ actor: 'JPN', limit: 50 }));
  await time("queryEvents({ actor: 'JPN', from: '2015-04', to: '2015-04' })", () => store.queryEvents({ actor: 'JPN', from: '2015-04', to: '2015-04' }));
  await time('actors({ limit: 200 })', () => store.actors({ limit: 200 }));
  await time("queryEvents({ dyad, from: '2010', to: '2014', root: '04' })", (i) =>
    store.queryEvents({ dyad: [pair(i)[0], pair(i)[1]], from: '2010', to: '2014', root: '04' }),
  );
  await time("queryEvents({ actor: 'JPNGOV', quad: 4, modality: 'actual' })", () => store.queryEvents({ actor: 'JPNGOV', quad: 4, modality: 'actual' }));
  await time("queryEvents({ code: '193', from: '2020-03', to: '2020-03' })", () => store.queryEvents({ code: '193', from: '2020-03', to: '2020-03' }));
  await time("queryEvents({ actor: 'USA', text: 'ceasefire summit' })", () => store.queryEvents({ actor: 'USA', text: 'ceasefire summit' }));
  // A rare word: one article's number (the words above are in nearly every synthetic article).
  await time("queryEvents({ text: 'story <n>' })", (i) => store.queryEvents({ text: `story ${(i * 7919) % ARTICLES}` }));
  await time("search('peace treaty', 20)", () => store.search('peace treaty', 20));
  await time('event(id)', (i) => store.event(1 + ((i * 7919) % (ARTICLES * PER_ARTICLE))));
}

const dir = mkdtempSync(join(tmpdir(), 'annals-bench-'));
try {
  const path = join(dir, 'bench.db');
  const sqlite = await openStore(path);
  await bench('SQLite', sqlite, 1, async () => {
    (sqlite as SqliteStore).db.exec('ANALYZE');
  });
  await sqlite.close();
  console.log(`  file ${(statSync(path).size / 2 ** 20).toFixed(0)} MB (+ WAL)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env.DATABASE_URL;
if (url) {
  const schema = `annals_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const pg = await openStore(url, { schema, max: 8 });
    await bench('PostgreSQL', pg, 8, async () => {
      await (pg as PostgresStore).sql.unsafe('VACUUM ANALYZE');
    });
    await pg.close();
  } finally {
    await admin.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL: skipped (DATABASE_URL not set)');
}
