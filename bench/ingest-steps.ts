// Where an ingest's time goes, step by step on one thread (CPU time of this process, so the figures hold on a
// loaded machine better than wall-clock ones): reading the Reuters SGML, each pipeline stage, the structured
// clone of results between threads (v8.serialize + deserialize, what postMessage does), the syndication
// clusterer, and the SQLite store saving one article per transaction (as `annals ingest` does) and, for
// comparison, many articles per transaction.
//
//   node --import tsx bench/ingest-steps.ts                  # the first 5,000 Reuters stories
//   BENCH_STORIES=21578 node --import tsx bench/ingest-steps.ts
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serialize, deserialize } from 'node:v8';
import { walkRecords } from '../src/ingest/walk.js';
import { createDocument } from '../src/ingest/document.js';
import { ARTICLE_STAGES, ATTRIBUTION_STAGE, codeStage } from '../src/pipeline.js';
import { defaultDictionaries } from '../src/code/coder.js';
import { toResult, type AnalysisResult } from '../src/document/serialize.js';
import { SyndicationClusterer } from '../src/cluster/index.js';
import { SqliteStore } from '../src/store/index.js';
import type { AnalyzeInput } from '../src/ingest/records.js';

const shared = new URL('../../shared/data/', import.meta.url).pathname;
const wanted = Number(process.env.BENCH_STORIES ?? 5000);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times = new Map<string, number>();
const add = (step: string, ms: number) => times.set(step, (times.get(step) ?? 0) + ms);
const timed = <T>(step: string, run: () => T): T => {
  const t = cpu();
  const value = run();
  add(step, cpu() - t);
  return value;
};

// Reading: the walker's own records (SGML parsing included).
let t = cpu();
const records: { name: string; input: AnalyzeInput }[] = [];
for await (const item of walkRecords([join(shared, 'reuters21578')])) {
  if ('input' in item) records.push(item);
  if (records.length >= wanted) break;
}
add('read SGML (walkRecords)', cpu() - t);

const dictionaries = defaultDictionaries();
const code = codeStage(dictionaries);
const stages = [...ARTICLE_STAGES, code, ATTRIBUTION_STAGE];
const results: AnalysisResult[] = [];
timed('analysis: warm-up (dictionaries, wink model)', () => toResult(stages.reduce((doc, s) => (s.run(doc), doc), createDocument(records[0]!.input))));
for (const { name, input } of records) {
  try {
    const doc = timed('analysis: createDocument', () => createDocument(input, name));
    for (const stage of stages) timed(`analysis: ${stage.name}`, () => stage.run(doc));
    results.push(timed('analysis: toResult', () => toResult(doc)));
  } catch {
    // an input the pipeline rejects: as the ingest, skipped
  }
}
let cloneBytes = 0;
for (const result of results) {
  const bytes = timed('clone: v8.serialize (worker side)', () => serialize(result));
  cloneBytes += bytes.length;
  timed('clone: v8.deserialize (main thread)', () => deserialize(bytes));
}
const clusterer = new SyndicationClusterer();
const clusterIds = results.map((r, i) => timed('cluster: addAnalysis', () => clusterer.addAnalysis(r, String(i)).clusterId));

async function store(step: string, perTransaction: number): Promise<number> {
  const path = `/tmp/annals-ingest-steps-${process.pid}.db`;
  rmSync(path, { force: true });
  const store = new SqliteStore(path);
  const ids = new Map<string, number>();
  const batch = store.db.transaction((from: number) => {
    for (let i = from; i < Math.min(from + perTransaction, results.length); i++) {
      let id = ids.get(clusterIds[i]!);
      if (id === undefined) ids.set(clusterIds[i]!, (id = Number(store.db.prepare('INSERT INTO clusters (label) VALUES (?)').run(clusterIds[i]!).lastInsertRowid)));
      void store.saveArticle(results[i]!, { clusterId: id });
    }
  });
  const t = cpu();
  const wall = performance.now();
  for (let from = 0; from < results.length; from += perTransaction) {
    if (perTransaction === 1) {
      let id = ids.get(clusterIds[from]!);
      if (id === undefined) ids.set(clusterIds[from]!, (id = await store.createCluster(clusterIds[from]!)));
      await store.saveArticle(results[from]!, { clusterId: id });
    } else batch(from);
  }
  await store.close();
  add(step, cpu() - t);
  const size = statSync(path).size;
  console.log(`${step}: ${(performance.now() - wall).toFixed(0)} ms wall, database ${(size / 1048576).toFixed(1)} MB`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return size;
}
await store('store: saveArticle, 1 article per transaction (as ingest)', 1);
await store('store: saveArticle, 500 articles per transaction', 500);

const n = results.length;
console.log(`${records.length} Reuters stories read, ${n} analysed, ${results.reduce((s, r) => s + r.events.length, 0)} events, ${(cloneBytes / n / 1024).toFixed(1)} KB serialized per result`);
console.log(`${'step'.padEnd(62)} ${'CPU s'.padStart(7)} ${'ms/article'.padStart(10)}`);
for (const [step, ms] of times) console.log(`${step.padEnd(62)} ${(ms / 1000).toFixed(2).padStart(7)} ${(ms / n).toFixed(3).padStart(10)}`);
