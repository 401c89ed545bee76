// The ingest benchmark of issue 5: `annals ingest` (the built CLI, dist/: run `npm run build` first) of
// Reuters-21578 (21,578 stories) and of BBC News (2,225 articles), each into a new SQLite file. Prints
// records read, articles stored, events, wall-clock seconds, articles/s, events/s, the process's CPU time
// (all threads), peak RSS and the database size, with the load average before and after: on a shared
// machine wall-clock time depends on the load, CPU time much less. Goal: Reuters in <= 15 s on 2 cores.
//
//   npm run build && node --import tsx bench/ingest.ts            # both corpora
//   node --import tsx bench/ingest.ts reuters21578                # one (a folder of ../shared/data)
//   BENCH_JOBS=1 node --import tsx bench/ingest.ts                # --jobs for the ingest
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const shared = new URL('../../shared/data/', import.meta.url).pathname;
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) throw new Error('dist/cli/main.js is missing: run npm run build first');
const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['reuters21578', 'bbc-news'];

// Loaded into the CLI process: its own peak RSS and CPU time (every thread), written at exit.
const REPORT = 'ANNALS_BENCH_USAGE';
const preload = `data:text/javascript,${encodeURIComponent(
  `import { isMainThread } from 'node:worker_threads';
   if (isMainThread) process.on('exit', () => { const u = process.resourceUsage();
     process.stderr.write('${REPORT} ' + JSON.stringify({ maxRssKb: u.maxRSS, cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6 }) + '\\n'); });`,
)}`;

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`${'corpus'.padEnd(14)} ${'read'.padStart(6)} ${'stored'.padStart(6)} ${'events'.padStart(6)} ${'wall s'.padStart(7)} ${'art/s'.padStart(6)} ${'events/s'.padStart(8)} ${'CPU s'.padStart(6)} ${'peak RSS'.padStart(9)} ${'db size'.padStart(8)}  load avg before -> after`);
for (const corpus of corpora) {
  const dir = mkdtempSync(join(tmpdir(), 'annals-bench-ingest-'));
  const db = join(dir, 'corpus.db');
  try {
    const before = load();
    const jobs = process.env.BENCH_JOBS ? ['--jobs', process.env.BENCH_JOBS] : [];
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', preload, cli, 'ingest', join(shared, corpus), '--db', db, ...jobs], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (performance.now() - started) / 1000;
    const after = load();
    const usageLine = run.stderr.split('\n').find((l) => l.startsWith(REPORT));
    const summary = run.stderr.split('\n').find((l) => l.startsWith('ingested '));
    if (!usageLine || !summary) throw new Error(`ingest of ${corpus} failed (status ${run.status}):\n${run.stderr.slice(-2000)}`);
    const usage = JSON.parse(usageLine.slice(REPORT.length + 1)) as { maxRssKb: number; cpuSeconds: number };
    const stats = spawnSync(process.execPath, [cli, 'stats', '--format', 'json', '--db', db], { encoding: 'utf8' });
    const { articles, events } = JSON.parse(stats.stdout) as { articles: number; events: number };
    const read = Number(/^ingested (\d+) records/.exec(summary)![1]);
    const size = ['', '-wal', '-shm'].reduce((n, suffix) => n + (existsSync(db + suffix) ? statSync(db + suffix).size : 0), 0);
    console.log(
      `${corpus.padEnd(14)} ${String(read).padStart(6)} ${String(articles).padStart(6)} ${String(events).padStart(6)} ${seconds.toFixed(1).padStart(7)} ${(articles / seconds).toFixed(0).padStart(6)} ${(events / seconds).toFixed(0).padStart(8)} ${usage.cpuSeconds.toFixed(1).padStart(6)} ${`${(usage.maxRssKb / 1024).toFixed(0)} MB`.padStart(9)} ${`${(size / 1048576).toFixed(0)} MB`.padStart(8)}  ${before} -> ${after}`,
    );
    console.log(`  ${summary}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
