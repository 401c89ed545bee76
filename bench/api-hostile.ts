// The API under hostile load (issue 16): READERS clients loop on /api/events and /api/search while
// POSTERS clients post ~1 MB hostile texts ("said that" clauses in one sentence) to /api/analyze, for
// SECONDS. Reports the read endpoints' errors (must be 0) and latency percentiles, the analyze answers by
// status, and whether the server still answers afterwards. A synthetic store of BENCH_EVENTS events.
// The server runs in a child process of its own, as it does for real clients: clients in the server's own
// event loop measured their own work as the server's, and there undici's aborted uploads left requests
// hanging for good. Every request has a time limit, so a stuck one is counted as an error, not waited for.
//
//   npm run bench:api-hostile                    # 50 readers, 10 posters, 30 s, 50,000 events
//   READERS=50 POSTERS=10 SECONDS=30 BENCH_EVENTS=50000 npm run bench:api-hostile

import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticArticle } from './synthetic-events.js';
import { openStore } from '../src/store/index.js';
import { startServer } from '../src/serve/index.js';
import { SHAPES } from '../test/support/hostile-shapes.js';

const READERS = Number(process.env.READERS ?? 50);
const POSTERS = Number(process.env.POSTERS ?? 10);
const SECONDS = Number(process.env.SECONDS ?? 30);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const PER_ARTICLE = 50;

const REQUEST_LIMIT_MS = 120_000;

/** The server's side: builds the store, serves it, sends its URL to the parent, closes on 'close'. */
async function serveStore(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'annals-api-hostile-'));
  const store = await openStore(join(dir, 'bench.db'));
  for (let n = 0; n < EVENTS / PER_ARTICLE; n += 100) {
    await store.saveArticles(Array.from({ length: Math.min(100, EVENTS / PER_ARTICLE - n) }, (_, k) => ({ result: syntheticArticle(n + k, PER_ARTICLE) })));
  }
  const stats = await store.stats();
  const server = await startServer(store, { host: '127.0.0.1', port: 0, webRoot: null });
  process.send!({ url: server.url, events: stats.events });
  process.on('message', async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
}

if (process.argv.includes('--serve')) await serveStore();
else await drive();

async function drive(): Promise<void> {
  console.log(`machine: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx', ...(process.env.SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.SERVER_PROF] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { url, events } = await new Promise<{ url: string; events: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { url: string; events: number }));
    child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before it listened`)));
  });
  const base = url.replace(/\/$/, '');
  const hostile = JSON.stringify({ text: SHAPES['said-that']!(990_000).text });
  const until = Date.now() + SECONDS * 1000;
  const reads: number[] = [];
  const readErrors: string[] = [];
  const analyzed = new Map<string, number>();
  const reader = async (i: number) => {
    for (let k = 0; Date.now() < until; k++) {
      const url = (i + k) % 2 ? `/api/events?limit=20&offset=${(i * 131 + k * 17) % 5000}` : '/api/search?q=peace%20treaty&limit=20';
      const t = performance.now();
      try {
        const res = await fetch(base + url, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
        await res.arrayBuffer();
        if (res.status !== 200) readErrors.push(`${url}: ${res.status}`);
        else reads.push(performance.now() - t);
      } catch (error) {
        readErrors.push(`${url}: ${(error as Error).message}${(error as Error).cause ? ` (${String((error as Error).cause)})` : ''} after ${(performance.now() - t).toFixed(0)} ms`);
      }
    }
  };
  const poster = async () => {
    while (Date.now() < until) {
      let status: string;
      try {
        const res = await fetch(`${base}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: hostile, signal: AbortSignal.timeout(Math.max(1, until - Date.now())) });
        await res.arrayBuffer();
        status = String(res.status);
        if (res.status === 503) await new Promise((r) => setTimeout(r, 250));
      } catch {
        status = 'gave up at the end of the run';
      }
      analyzed.set(status, (analyzed.get(status) ?? 0) + 1);
    }
  };
  console.log(`${READERS} readers (/api/events, /api/search) and ${POSTERS} posters of ${(hostile.length / 1e6).toFixed(2)} MB hostile texts for ${SECONDS} s; ${events} events stored; the server in its own process`);
  await Promise.all([...Array.from({ length: READERS }, (_, i) => reader(i)), ...Array.from({ length: POSTERS }, poster)]);
  reads.sort((a, b) => a - b);
  const at = (q: number) => reads[Math.min(reads.length - 1, Math.ceil(q * reads.length) - 1)] ?? NaN;
  console.log(`reads: ${reads.length} answered 200, ${readErrors.length} errors${readErrors.length ? ` (first: ${readErrors[0]})` : ''}; p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${reads[reads.length - 1]?.toFixed(1)} ms`);
  console.log(`analyze answers: ${[...analyzed].map(([s, n]) => `${s} ×${n}`).join(', ')}`);
  const after = await fetch(`${base}/api/stats`, { signal: AbortSignal.timeout(REQUEST_LIMIT_MS) });
  console.log(`after the run: /api/stats ${after.status} (the server is up)`);
  child.send('close');
  await new Promise((r) => child.once('exit', r));
  console.log(`machine: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
}
