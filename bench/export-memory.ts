// The server's peak memory while it streams GET /api/export of a whole store: the server runs in a child
// process (startServer on the store at BENCH_DB), this process downloads the export once per format and
// encoding, and the child's peak RSS (VmHWM in /proc) is read before and after each download.
//
//   BENCH_DB=/tmp/export.db BENCH_EVENTS=300000 node --import tsx bench/export-memory.ts
//   BENCH_FORMATS=csv,jsonl+gzip BENCH_SLOW_MS=2 ...   # formats (+encoding) to fetch; a slow client
//
// The database is made by the store bench's generator (bench/synthetic-events.ts) when missing.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { syntheticArticle } from './synthetic-events.js';
import { openStore, type SqliteStore } from '../src/store/index.js';
import { startServer } from '../src/serve/index.js';

const path = process.env.BENCH_DB ?? '/tmp/annals-export-bench.db';
const TOTAL = Number(process.env.BENCH_EVENTS ?? 300_000);
const PER_ARTICLE = 50;
const slowMs = Number(process.env.BENCH_SLOW_MS ?? 0);

if (process.env.EXPORT_BENCH_SERVER) {
  const store = await openStore(path);
  const server = await startServer(store, { host: '127.0.0.1', port: 0, webRoot: null });
  process.stdout.write(`${server.port}\n`);
} else {
  if (!existsSync(path)) {
    const store = await openStore(path);
    for (let n = 0; n < TOTAL / PER_ARTICLE; n += 100) {
      const items = [];
      for (let k = n; k < Math.min(TOTAL / PER_ARTICLE, n + 100); k++) items.push({ result: syntheticArticle(k, PER_ARTICLE) });
      await store.saveArticles(items);
    }
    (store as SqliteStore).db.exec('ANALYZE');
    await store.close();
  }
  const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname], { env: { ...process.env, EXPORT_BENCH_SERVER: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout.once('data', (d) => resolve(Number(String(d).trim()))));
  const kb = (field: string) => Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+)`))![1]) / 1024;
  const download = (query: string, encoding: string | null) =>
    new Promise<{ bytes: number; ms: number }>((resolve, reject) => {
      const t0 = performance.now();
      const req = request({ host: '127.0.0.1', port, path: `/api/export?${query}`, headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        let bytes = 0;
        res.on('data', (d: Buffer) => {
          bytes += d.length;
          // BENCH_SLOW_MS: a slow client, pausing that long after each chunk (the server must wait, not buffer).
          if (slowMs) (res.pause(), setTimeout(() => res.resume(), slowMs));
        });
        res.on('end', () => resolve({ bytes, ms: performance.now() - t0 }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  console.log(`store ${path}; server pid ${child.pid}; RSS at start ${kb('VmRSS').toFixed(0)} MB`);
  const runs = (process.env.BENCH_FORMATS ?? 'csv,csv+gzip,jsonl+gzip,gdelt').split(',').map((r) => [`format=${r.split('+')[0]}`, r.split('+')[1] ?? null] as const);
  for (const [query, encoding] of runs) {
    // The server's RSS sampled every 250 ms during the download: flat, or growing with what was sent.
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(kb('VmRSS')), 250);
    const { bytes, ms } = await download(query, encoding);
    clearInterval(timer);
    const q = (f: number) => samples[Math.min(samples.length - 1, Math.floor(f * samples.length))]?.toFixed(0) ?? '-';
    console.log(`${query.padEnd(14)} ${(encoding ?? 'identity').padEnd(9)} ${(bytes / 2 ** 20).toFixed(0).padStart(5)} MB in ${(ms / 1000).toFixed(1).padStart(5)} s; server RSS now ${kb('VmRSS').toFixed(0)} MB, peak so far ${kb('VmHWM').toFixed(0)} MB; during: ${q(0.1)} ${q(0.3)} ${q(0.5)} ${q(0.7)} ${q(0.9)} MB at 10/30/50/70/90%`);
  }
  child.kill();
}
