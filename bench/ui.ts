// The web UI's load time per view in Debian's Chromium, on a store you name:
//
//   node --import tsx bench/ui.ts --db annals.db            # after npm run build
//   BENCH_RUNS=5 node --import tsx bench/ui.ts --db /tmp/api-bench.db
//
// For each view: the time from navigation to ready (the view's heading is on the page and no part of it is
// still loading: no [aria-busy] left in <main>), median and max of BENCH_RUNS (3) loads after a warm-up.
// The routes use the store's own ids and busiest actor and dyad, so the same command works on any store.

import { existsSync } from 'node:fs';
import { uptime } from 'node:os';
import { chromium } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { startServer } from '../src/serve/index.js';

const at = process.argv.indexOf('--db');
const db = at >= 0 ? process.argv[at + 1] : undefined;
if (!db || !existsSync(db)) {
  console.error('usage: node --import tsx bench/ui.ts --db <an existing SQLite store>');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const store = await openStore(db);
const stats = await store.stats();
const [actor] = await store.actors({ limit: 1 });
const country = (actor?.actor ?? 'USA').slice(0, 3);
const event = (await store.queryEvents({ limit: 1 }))[0];
const article = (await store.articles({ limit: 1, sort: '-events' }))[0];
const cluster = (await store.clusters({ limit: 1 }))[0];
const partner = (await store.actors({ limit: 5 })).map((a) => a.actor.slice(0, 3)).find((c) => c !== country) ?? 'RUS';
const views: [string, string][] = [
  ['events', '#/events'],
  ['events, sorted by date', '#/events?sort=-date'],
  [`events of ${country}`, `#/events?actor=${country}`],
  ['event', `#/event/${event?.id ?? 1}`],
  [`dyad ${country}:${partner} by month`, `#/dyad?dyad=${country}:${partner}&by=month`],
  [`actor ${country}`, `#/actor?actor=${country}`],
  ['articles', '#/articles'],
  [`article (${article?.events ?? 0} events)`, `#/article/${article?.id ?? 1}`],
  ['stories', '#/clusters'],
  ...(cluster ? ([['story', `#/cluster/${cluster.id}`]] as [string, string][]) : []),
  ['glossary', '#/glossary'],
  [`map of ${country}`, `#/map?actor=${country}`],
  ['analyse', '#/analyze'],
];
const server = await startServer(store, { port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
console.log(`${db}: ${stats.articles.toLocaleString('en')} articles, ${stats.events.toLocaleString('en')} events; ${RUNS} loads per view after a warm-up`);
console.log(`  ${'view'.padEnd(36)} ${'median'.padStart(9)} ${'max'.padStart(9)}`);
try {
  for (const [name, route] of views) {
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await page.goto('about:blank');
      const started = performance.now();
      await page.goto(server.url + route);
      await page.locator('main h1').first().waitFor({ timeout: 120_000 });
      await page.waitForFunction(() => !(globalThis as any).document.querySelector('main [aria-busy="true"], main .state.loading'), undefined, { timeout: 120_000 });
      if (i) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const f = (x: number) => `${Math.round(x)} ms`.padStart(9);
    console.log(`  ${name.padEnd(36)} ${f(times[Math.floor((times.length - 1) / 2)]!)} ${f(times[times.length - 1]!)}`);
  }
} finally {
  await browser.close();
  await server.close();
  await store.close();
}
console.log(`machine: up ${Math.round(uptime() / 60)} min; load ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
