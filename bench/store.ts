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
import type { AnalysisResult } from '../src/document/serialize.js';
import type { CodedEvent } from '../src/code/coder.js';
import { openStore, PostgresStore, SqliteStore, type Store } from '../src/store/index.js';

const TOTAL = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const PER_ARTICLE = Number(process.env.BENCH_EVENTS_PER_ARTICLE ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const ARTICLES = Math.ceil(TOTAL / PER_ARTICLE);

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
        await store.saveArticle(article(n, PER_ARTICLE));
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
