import type { Store } from '../store/types.js';
import { walkRecords } from '../ingest/walk.js';
import { AnalyzePool } from '../parallel.js';
import type { DictionaryFiles } from '../code/coder.js';
import type { SyndicationResult } from '../cluster/index.js';
import type { AnalysisResult } from '../document/serialize.js';
import { claimOwner, inputKey, isGoneLocalOwner } from '../store/claims.js';
import type { FeedState } from '../ingest/fetch.js';
import { BOILERPLATE_SETTING, FEED_STATE_SETTING, StoreClusterer } from './clusterer.js';

// Ingest as a library: every record of the sources analysed on all cores, clustered with its copies
// (those already stored too), and stored once. The CLI (src/cli/corpus.ts) only parses flags and draws.

export interface IngestOptions {
  /** Analysis workers; every core by default. */
  jobs?: number;
  /** The inputs' encoding when not UTF-8. */
  encoding?: string;
  /** Largest input (or JSON line) accepted, in bytes. */
  maxBytes?: number;
  /** Fetch feeds and pages from private and loopback addresses too. */
  allowPrivate?: boolean;
  /** PETRARCH-format dictionaries replacing the built-in ones, as for `annals analyze`. */
  dictionaries?: DictionaryFiles;
  /** Time budget of one analysis in milliseconds (30 s by default); an input past it is reported failed. */
  timeoutMs?: number;
  /** Called for each input that failed (an Error naming it); the ingest goes on. */
  onError?: (error: Error) => void;
}

export interface IngestCounts {
  read: number;
  stored: number;
  already: number;
  elsewhere: number;
  copies: number;
  events: number;
  errors: number;
}

export interface IngestProgress extends IngestCounts {
  /** Seconds since the ingest started. */
  seconds: number;
}

export type ProgressListener = (progress: IngestProgress) => void;

type Ready = { result: AnalysisResult; key: string; name: string; release: (error: unknown) => Promise<void> };
type Pending = Omit<Ready, 'name'> & { syndication: SyndicationResult };

/** Ingests `sources` (files, folders, URLs, "-") into `store`; resolves with the counts once all are stored or reported. */
export async function ingest(store: Store, sources: string[], options: IngestOptions = {}, onProgress?: ProgressListener): Promise<IngestProgress> {
  const owner = claimOwner();
  // Inputs left half-done by an ingest of this machine that was killed are free again.
  await store.reclaimInputs(isGoneLocalOwner);
  const clusterer = await StoreClusterer.open(store);
  const pool = new AnalyzePool({ ...(options.jobs !== undefined && { size: options.jobs }), ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }), ...(options.dictionaries && { dictionaries: options.dictionaries }) });
  const claimed = new Set<string>();
  const counts: IngestCounts = { read: 0, stored: 0, already: 0, elsewhere: 0, copies: 0, events: 0, errors: 0 };
  const started = performance.now();
  const snapshot = (): IngestProgress => ({ ...counts, seconds: (performance.now() - started) / 1000 });
  const progress = () => onProgress?.(snapshot());
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
  const batchSize = store.backend === 'sqlite' ? 200 : 1;
  let ready: Ready[] = [];
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
  // A batch's clustering decisions and its save are one step under the store's clustering lock (an
  // advisory lock on PostgreSQL, a write transaction on SQLite): another ingest sharing the store sees
  // either none of the batch or all of it, so copies it stores meanwhile join the same stories.
  const flush = async () => {
    const items = ready;
    ready = [];
    batchStarted = performance.now();
    if (items.length === 0) return;
    try {
      await store.exclusive('clustering', async () => {
        // Another ingest sharing the store may have stored copies of these stories meanwhile.
        await clusterer.catchUp(store);
        const pending = items.map((r): Pending => ({ result: r.result, key: r.key, syndication: clusterer.addAnalysis(r.result, r.name), release: r.release }));
        try {
          await saveBatch(pending);
        } catch {
          // One bad article fails its whole batch: save them one by one, so only it is reported.
          for (const p of pending) await saveBatch([p]).catch(p.release);
        }
      });
    } catch (error) {
      for (const r of items) await r.release(error);
    }
    progress();
  };
  const running = new Set<Promise<void>>();
  const fail = (error: unknown) => {
    counts.errors++;
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  };
  // A feed's ETag / Last-Modified are kept only once its entries are saved: kept earlier, a crash
  // in between would lose those entries (the next run's conditional request gets a 304).
  const feedStates = new Map<string, FeedState>();
  const walking = walkRecords(sources, {
    ...(options.encoding && { encoding: options.encoding }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    allowPrivate: options.allowPrivate === true,
    feedState: {
      get: async (url: string) => {
        const kept = await store.getSetting(`${FEED_STATE_SETTING}${url}`);
        return kept ? (JSON.parse(kept) as FeedState) : undefined;
      },
      set: async (url: string, state: FeedState) => void feedStates.set(url, state),
    },
  });
  try {
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
        if (counts.read % 500 === 0) progress();
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
            saving = saving
              .then(async () => {
                ready.push({ result, key, name: item.name, release });
                if (ready.length >= batchSize || performance.now() - batchStarted > 1000) await flush();
              })
              .catch(release);
          }),
        // (The pool's errors name the input: an InputError, or "<name>: internal error: ...".)
        (error: unknown) => inOrder(seq, () => void release(error)),
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
  } finally {
    await pool.close();
  }
  await store.setSetting(BOILERPLATE_SETTING, JSON.stringify(clusterer.boilerplate.toJSON()));
  // Not after a run with errors: the next run must fetch those feeds whole again.
  if (counts.errors === 0) for (const [url, state] of feedStates) await store.setSetting(`${FEED_STATE_SETTING}${url}`, JSON.stringify(state));
  progress();
  return snapshot();
}
