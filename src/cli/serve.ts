import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { walkRecords } from '../ingest/walk.js';
import { analyze } from '../pipeline.js';
import { SyndicationClusterer } from '../cluster/index.js';
import { isLoopback, startServer } from '../serve/index.js';
import { UsageError } from './usage.js';
import type { Flags } from './corpus.js';

// `annals serve`: the JSON API and the web UI on one port. `--example` serves the bundled example
// articles from ./annals-example.db, ingesting them first when that database is empty.

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));
export const EXAMPLE_DB = './annals-example.db';

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

/** Analyses and stores every article of `paths` (in this process: the examples are a handful). */
export async function ingestInProcess(store: Store, paths: string[]): Promise<{ stored: number; errors: string[] }> {
  const clusterer = new SyndicationClusterer();
  const clusterIds = new Map<string, number>();
  const errors: string[] = [];
  let stored = 0;
  for await (const item of walkRecords(paths)) {
    if ('error' in item) {
      errors.push(item.error.message);
      continue;
    }
    try {
      const result = analyze(item.input, { name: item.name });
      const syndication = clusterer.addAnalysis(result, item.name);
      let clusterId = clusterIds.get(syndication.clusterId);
      if (clusterId === undefined) clusterIds.set(syndication.clusterId, (clusterId = await store.createCluster(syndication.clusterId)));
      if ((await store.saveArticle(result, { clusterId })).inserted) stored++;
    } catch (error) {
      errors.push(`${item.name}: ${(error as Error).message}`);
    }
  }
  return { stored, errors };
}

export async function runServe(args: string[], flags: Flags): Promise<number> {
  if (args.length) throw new UsageError(`serve takes no file arguments (got "${args[0]}"); use annals ingest first, or --example`);
  const host = str(flags, 'host') ?? '127.0.0.1';
  const portText = str(flags, 'port') ?? '8080';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port takes a port number 0-65535, not "${portText}"`);
  const example = flags.example === true;
  const location = str(flags, 'db') ?? (example ? EXAMPLE_DB : './annals.db');
  const store = await openStore(location);
  let stats = await store.stats();
  if (example && stats.articles === 0) {
    process.stderr.write(`annals: storing the bundled examples (${EXAMPLES_DIR}) in ${location} ...\n`);
    const { stored, errors } = await ingestInProcess(store, [EXAMPLES_DIR]);
    for (const e of errors) process.stderr.write(`annals: ${e}\n`);
    process.stderr.write(`annals: stored ${stored} example article${stored === 1 ? '' : 's'}\n`);
    stats = await store.stats();
  }
  let server;
  try {
    server = await startServer(store, { host, port: Number(portText) });
  } catch (error) {
    await store.close();
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(`port ${portText} on ${host} is in use; pick another with --port`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new UsageError(`cannot listen on host "${host}"`);
    throw error;
  }
  const shownDb = /^postgres(ql)?:\/\//i.test(location) ? location.replace(/\/\/[^@/]*@/, '//…@') : location;
  process.stdout.write(
    `Annals is serving ${server.url} (the API at ${server.url}api, described at ${server.url}openapi.json)\n` +
      `  store: ${shownDb} — ${stats.articles} articles, ${stats.events} events, ${stats.clusters} clusters\n` +
      (stats.articles === 0 ? `  the store is empty: annals ingest <folder> --db ${shownDb}, or annals serve --example\n` : ''),
  );
  if (!isLoopback(host)) process.stderr.write(`annals: warning: listening on ${host}, reachable from other machines; the API has no authentication\n`);
  if (!existsSync(fileURLToPath(new URL('../../dist/web/index.html', import.meta.url)))) {
    process.stderr.write('annals: the web UI is not built; run npm run build (the API works without it)\n');
  }
  process.stdout.write('  press Ctrl-C to stop\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}
