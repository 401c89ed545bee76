import { openStore } from '../store/index.js';
import type { EventFilter, Store, StoredEvent, StoredSignature } from '../store/types.js';
import { walkRecords } from '../ingest/walk.js';
import { InputError } from '../ingest/errors.js';
import { AnalyzePool } from '../parallel.js';
import { BoilerplateModel, SyndicationClusterer, type SyndicationResult } from '../cluster/index.js';
import type { AnalysisResult } from '../document/serialize.js';
import { claimOwner, inputKey, isGoneLocalOwner } from '../store/claims.js';
import { gdeltStoredExport, toTsv } from '../export/gdelt.js';
import { parseSize, UsageError } from './usage.js';
import type { FeedState } from '../ingest/fetch.js';

// The corpus commands: ingest into a store, then query it. Every command takes --db (default ./annals.db;
// postgres://... for PostgreSQL) and --format table|json|jsonl|csv|tsv.

export type Flags = Record<string, string | boolean | undefined>;

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

async function withStore<T>(flags: Flags, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(str(flags, 'db') ?? './annals.db');
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** `annals ingest <paths...>`: every record analysed on all cores, clustered with its copies, stored once. */
export async function runIngest(paths: string[], flags: Flags): Promise<number> {
  if (paths.length === 0) throw new UsageError('ingest needs at least one file or folder, or - for standard input');
  const jobs = str(flags, 'jobs') ? Number(str(flags, 'jobs')) : undefined;
  if (jobs !== undefined && !(jobs >= 1)) throw new UsageError('--jobs takes a number of workers, 1 or more');
  return withStore(flags, async (store) => {
    const owner = claimOwner();
    // Inputs left half-done by an ingest of this machine that was killed are free again.
    await store.reclaimInputs(isGoneLocalOwner);
    const clusterer = await StoreClusterer.open(store);
    const pool = new AnalyzePool(jobs);
    const claimed = new Set<string>();
    const counts = { read: 0, stored: 0, already: 0, elsewhere: 0, copies: 0, events: 0, errors: 0 };
    const started = performance.now();
    const tty = process.stderr.isTTY;
    const progress = () => {
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(
        `\r${counts.read} read, ${counts.stored} stored, ${counts.already} already stored, ${counts.copies} copies, ${counts.events} events, ` +
          `${counts.errors} errors, ${(counts.read / Math.max(seconds, 0.001)).toFixed(0)}/s`,
      );
    };
    // Analyses run ahead on the workers and may finish in any order; their results are clustered and
    // saved in input order (so the same ingest gives the same store every time: which of two copies is
    // stored first decides what the story's events are). On SQLite, articles
    // are saved a batch per transaction (a commit each costs more than the save itself); on PostgreSQL
    // one at a time, each under the clustering lock with the decision that placed it.
    let saving: Promise<void> = Promise.resolve();
    let nextSeq = 0;
    let nextToSave = 0;
    const finished = new Map<number, () => void>();
    /** Runs `save` once every input before `seq` has had its own run. */
    const inOrder = (seq: number, save: () => void) => {
      finished.set(seq, save);
      for (let next = finished.get(nextToSave); next; next = finished.get(nextToSave)) {
        finished.delete(nextToSave++);
        next();
      }
    };
    type Pending = { result: AnalysisResult; key: string; syndication: SyndicationResult; release: (error: unknown) => Promise<void> };
    const batchSize = store.backend === 'sqlite' ? 200 : 1;
    let batch: Pending[] = [];
    let batchStarted = performance.now();
    const saveBatch = async (items: Pending[]) => {
      const saved = await store.saveArticles(
        items.map((p) => {
          const clusterId = clusterer.storeClusterId(p.syndication.clusterId);
          return {
            result: p.result,
            options: {
              ...(clusterId !== undefined ? { clusterId } : { newClusterKey: p.syndication.clusterId }),
              claim: { key: p.key, owner },
              signature: { values: p.syndication.signature, shingles: p.syndication.shingles },
            },
          };
        }),
      );
      saved.forEach((r, i) => {
        const p = items[i]!;
        clusterer.saved(r.id, p.syndication.clusterId, r.clusterId);
        if (r.inserted) {
          counts.stored++;
          if (p.syndication.duplicateOf) counts.copies++;
          counts.events += p.result.events.length;
        } else counts.already++;
      });
    };
    const flush = async () => {
      const items = batch;
      batch = [];
      batchStarted = performance.now();
      if (items.length === 0) return;
      try {
        await saveBatch(items);
      } catch {
        // One bad article fails its whole batch: save them one by one, so only it is reported.
        for (const p of items) await saveBatch([p]).catch(p.release);
      }
      if (tty) progress();
    };
    const running = new Set<Promise<void>>();
    const fail = (error: unknown) => {
      counts.errors++;
      process.stderr.write(`${tty ? '\n' : ''}annals: ${error instanceof Error ? error.message : String(error)}\n`);
    };
    const encoding = str(flags, 'encoding');
    const maxBytes = str(flags, 'max-bytes');
    // A feed's ETag / Last-Modified are kept only once its entries are saved: kept earlier, a crash
    // in between would lose those entries (the next run's conditional request gets a 304).
    const feedStates = new Map<string, FeedState>();
    const walking = walkRecords(paths, {
      ...(encoding && { encoding }),
      ...(maxBytes !== undefined && { maxBytes: parseSize(maxBytes, '--max-bytes') }),
      allowPrivate: flags['allow-private'] === true,
      feedState: {
        get: async (url: string) => {
          const kept = await store.getSetting(`${FEED_STATE_SETTING}${url}`);
          return kept ? (JSON.parse(kept) as FeedState) : undefined;
        },
        set: async (url: string, state: FeedState) => void feedStates.set(url, state),
      },
    });
    for await (const item of walking) {
      counts.read++;
      if ('error' in item) {
        fail(item.error);
        continue;
      }
      // Claimed first, so that ingests sharing the store never analyse one input twice.
      const key = inputKey(item.input);
      // An input met twice in this run (a corpus holding one story twice) is already ours.
      const claim = claimed.has(key) ? 'done' : await store.claimInput(key, owner);
      if (claim === 'claimed') claimed.add(key);
      else {
        if (claim === 'done') counts.already++;
        else counts.elsewhere++;
        if (tty && counts.read % 500 === 0) progress();
        continue;
      }
      const release = (error: unknown) => {
        fail(error);
        return store.releaseInput(key, owner).catch(fail);
      };
      const seq = nextSeq++;
      const job = pool.analyze(item.input, item.name).then(
        (result) =>
          inOrder(seq, () => {
            saving = saving.then(() =>
              store.exclusive('clustering', async () => {
                // Another ingest sharing the store may have stored copies of this story meanwhile.
                await clusterer.catchUp(store);
                const syndication = clusterer.addAnalysis(result, item.name);
                batch.push({ result, key, syndication, release });
                if (batch.length >= batchSize || performance.now() - batchStarted > 1000) await flush();
              }),
            ).catch(release);
          }),
        (error: unknown) =>
          inOrder(seq, () => void release(error instanceof InputError ? error : new Error(`${item.name}: ${(error as Error).message}`))),
      );
      running.add(job);
      void job.finally(() => running.delete(job));
      // Workers get jobs well ahead (a batch save holds the main thread a while), and results waiting
      // for an earlier one stay bounded.
      while (running.size >= pool.capacity || nextSeq - nextToSave >= 2 * pool.capacity) await Promise.race(running);
    }
    await Promise.allSettled(running);
    await saving;
    await flush();
    await pool.close();
    await store.setSetting(BOILERPLATE_SETTING, JSON.stringify(clusterer.boilerplate.toJSON()));
    // Not after a run with errors: the next run must fetch those feeds whole again.
    if (counts.errors === 0) for (const [url, state] of feedStates) await store.setSetting(`${FEED_STATE_SETTING}${url}`, JSON.stringify(state));
    if (tty) progress();
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `${tty ? '\n' : ''}ingested ${counts.read} records in ${seconds.toFixed(1)} s: ${counts.stored} stored, ${counts.already} already stored, ` +
        `${counts.elsewhere ? `${counts.elsewhere} taken by another ingest, ` : ''}${counts.copies} syndicated copies, ${counts.events} events coded (a story's events are stored once), ${counts.errors} errors\n`,
    );
    return counts.errors > 0 ? 1 : 0;
  });
}

const BOILERPLATE_SETTING = 'cluster.boilerplate';
/** Followed by the feed's URL. */
const FEED_STATE_SETTING = 'feed.state:';

/**
 * The syndication clusterer of an ingest, kept in step with the store: it starts with what earlier
 * ingests clustered (their kept signatures, the outlets' boilerplate counts) and, before each decision,
 * takes in what other ingests sharing the store have saved since, so that copies join stored stories.
 */
class StoreClusterer extends SyndicationClusterer {
  /** Clusterer cluster ids → store cluster ids, and back. */
  private readonly toStore = new Map<string, number>();
  private readonly fromStore = new Map<number, string>();
  /** Articles this ingest saved (already in the clusterer under their input names). */
  private readonly own = new Set<number>();
  private lastSeen = 0;

  static async open(store: Store): Promise<StoreClusterer> {
    const state = await store.getSetting(BOILERPLATE_SETTING);
    const clusterer = new StoreClusterer(state ? { boilerplate: BoilerplateModel.fromJSON(JSON.parse(state)) } : {});
    clusterer.take(await store.signatures());
    return clusterer;
  }

  private take(signatures: StoredSignature[]): void {
    for (const s of signatures) {
      this.lastSeen = Math.max(this.lastSeen, s.articleId);
      if (s.clusterId === null || this.own.has(s.articleId)) continue;
      let key = this.fromStore.get(s.clusterId);
      if (key === undefined) {
        key = `stored-cluster:${s.clusterId}`;
        this.link(key, s.clusterId);
      }
      this.restore({ id: `stored-article:${s.articleId}`, clusterId: key, signature: s.signature, shingles: s.shingles, outlet: s.publisher, origin: s.origin, published: s.published });
    }
  }

  private link(key: string, id: number): void {
    this.toStore.set(key, id);
    if (!this.fromStore.has(id)) this.fromStore.set(id, key);
  }

  async catchUp(store: Store): Promise<void> {
    this.take(await store.signatures({ after: this.lastSeen }));
  }

  /** The store's id of a clusterer cluster; undefined until an article of it is saved. */
  storeClusterId(key: string): number | undefined {
    return this.toStore.get(key);
  }

  /** An article of cluster `key` was saved (in store cluster `clusterId`). */
  saved(articleId: number, key: string, clusterId: number | null): void {
    this.own.add(articleId);
    if (clusterId !== null && !this.toStore.has(key)) this.link(key, clusterId);
  }
}

function filterFrom(flags: Flags): EventFilter {
  const filter: EventFilter = {};
  const dyad = str(flags, 'dyad');
  if (dyad) {
    const [a, b] = dyad.split(':');
    if (!a || !b) throw new UsageError(`--dyad takes two actor codes such as JPN:RUS, not "${dyad}"`);
    filter.dyad = [a.toUpperCase(), b.toUpperCase()];
  }
  for (const key of ['actor', 'code', 'root', 'from', 'to', 'modality', 'text'] as const) {
    const value = str(flags, key);
    if (value !== undefined) filter[key] = key === 'actor' ? value.toUpperCase() : value;
  }
  const quad = str(flags, 'quad');
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) throw new UsageError(`--quad takes 1, 2, 3 or 4, not "${quad}"`);
    filter.quad = Number(quad);
  }
  const limit = str(flags, 'limit');
  if (limit !== undefined) filter.limit = Number(limit);
  return filter;
}

/** Rows printed in the chosen format. */
function print(rows: Record<string, unknown>[], flags: Flags): void {
  const format = str(flags, 'format') ?? (process.stdout.isTTY ? 'table' : 'json');
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  switch (format) {
    case 'json':
      process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      return;
    case 'jsonl':
      for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n');
      return;
    case 'csv': {
      const q = (v: unknown) => (/[",\n\r]/.test(cell(v)) ? `"${cell(v).replace(/"/g, '""')}"` : cell(v));
      process.stdout.write([columns.join(','), ...rows.map((r) => columns.map((c) => q(r[c])).join(','))].join('\n') + '\n');
      return;
    }
    case 'tsv':
      process.stdout.write([columns.join('\t'), ...rows.map((r) => columns.map((c) => cell(r[c]).replace(/[\t\r\n]+/g, ' ')).join('\t'))].join('\n') + '\n');
      return;
    case 'table': {
      const widths = columns.map((c) => Math.min(40, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
      const line = (values: string[]) => values.map((v, i) => v.slice(0, widths[i]).padEnd(widths[i]!)).join('  ');
      process.stdout.write([line(columns), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n') + '\n');
      return;
    }
    default:
      throw new UsageError(`--format takes table, json, jsonl, csv or tsv, not "${format}"`);
  }
}

const eventRow = (e: Awaited<ReturnType<Store['queryEvents']>>[number]) => ({
  id: e.id,
  date: e.date,
  code: e.code,
  name: e.name,
  source: e.source.actor,
  target: e.target.actor,
  modality: e.modality,
  goldstein: e.goldstein,
  quadClass: e.quadClass,
});

export async function runQuery(command: string, args: string[], flags: Flags): Promise<number> {
  return withStore(flags, async (store) => {
    switch (command) {
      case 'events':
      case 'timeline': {
        const events = await store.queryEvents(filterFrom(flags));
        const rows = events.map(eventRow);
        if (command === 'timeline') rows.sort((a, b) => String(a.date ?? '').localeCompare(String(b.date ?? '')));
        print(rows, flags);
        return 0;
      }
      case 'dyad': {
        const [pair] = args;
        const [a, b] = (pair ?? '').split(':');
        if (!a || !b) throw new UsageError('dyad takes two actor codes such as JPN:RUS');
        const by = (str(flags, 'by') ?? 'year') as 'year' | 'month' | 'day';
        if (!['year', 'month', 'day'].includes(by)) throw new UsageError('--by takes year, month or day');
        print((await store.dyadSeries(a.toUpperCase(), b.toUpperCase(), by)) as unknown as Record<string, unknown>[], flags);
        return 0;
      }
      case 'search': {
        if (!args[0]) throw new UsageError('search takes a query, such as "peace treaty"');
        print((await store.search(args.join(' '), Number(str(flags, 'limit') ?? 20))) as unknown as Record<string, unknown>[], flags);
        return 0;
      }
      case 'show': {
        const id = Number(args[0]);
        if (!Number.isInteger(id)) throw new UsageError('show takes an event id (a number)');
        const event = await store.event(id);
        if (!event) {
          process.stderr.write(`annals: no event ${id}\n`);
          return 1;
        }
        process.stdout.write(JSON.stringify(event, null, 2) + '\n');
        return 0;
      }
      case 'stats': {
        const stats = await store.stats();
        if ((str(flags, 'format') ?? 'table') === 'json') process.stdout.write(JSON.stringify(stats) + '\n');
        else print([stats as unknown as Record<string, unknown>], flags);
        return 0;
      }
      case 'export': {
        const format = str(flags, 'format') ?? 'jsonl';
        if (!['gdelt', 'csv', 'jsonl', 'json', 'tsv'].includes(format)) throw new UsageError(`export --format takes gdelt, csv, jsonl, json or tsv, not "${format}"`);
        const filter = filterFrom(flags);
        const wanted = filter.limit ?? Number.POSITIVE_INFINITY;
        // Every matching event, a page at a time (queries cap a page at 10,000).
        const events: StoredEvent[] = [];
        for (let offset = 0; events.length < wanted; ) {
          const page = await store.queryEvents({ ...filter, limit: Math.min(10_000, wanted - events.length), offset });
          events.push(...page);
          offset += page.length;
          if (page.length < 10_000) break;
        }
        if (format === 'gdelt') {
          // GDELT 2.0's 61 columns (docs/gdelt-export.md); events GDELT has no row for are named on stderr.
          const { rows, skipped } = gdeltStoredExport(events, { undated: str(flags, 'undated') === 'article' ? 'article' : 'skip' });
          process.stdout.write(toTsv(rows));
          if (skipped.length) process.stderr.write(`annals: ${skipped.length} of ${events.length} events left out of the GDELT export (undated, or negated/hypothetical); --format jsonl has them all\n`);
          return 0;
        }
        print(events as unknown as Record<string, unknown>[], { ...flags, format });
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  });
}
