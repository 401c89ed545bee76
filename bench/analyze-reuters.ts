// Analyses the first N Reuters-21578 stories on one thread and prints stories/s and sentences/s: the
// workload of one ingest worker, for profiling (node --cpu-prof --import tsx bench/analyze-reuters.ts).
//
//   BENCH_STORIES=2000 node --import tsx bench/analyze-reuters.ts
import { join } from 'node:path';
import { walkRecords } from '../src/ingest/walk.js';
import { analyze } from '../src/pipeline.js';
import { defaultDictionaries } from '../src/code/coder.js';
import type { AnalyzeInput } from '../src/ingest/records.js';

const shared = new URL('../../shared/data/', import.meta.url).pathname;
const wanted = Number(process.env.BENCH_STORIES ?? 2000);
const records: { name: string; input: AnalyzeInput }[] = [];
for await (const item of walkRecords([join(shared, 'reuters21578')])) {
  if ('input' in item) records.push(item);
  if (records.length >= wanted) break;
}
const dictionaries = defaultDictionaries();
analyze(records[0]!.input, { dictionaries }); // warm up: the wink model, chrono
const started = process.cpuUsage();
let sentences = 0;
let events = 0;
for (const { name, input } of records) {
  try {
    const result = analyze(input, { name, dictionaries });
    sentences += result.sentences.length;
    events += result.events.length;
  } catch {
    // rejected inputs are skipped, as in an ingest
  }
}
const used = process.cpuUsage(started);
const seconds = (used.user + used.system) / 1e6;
console.log(`${records.length} stories, ${sentences} sentences, ${events} events in ${seconds.toFixed(2)} s CPU: ${(records.length / seconds).toFixed(0)} stories/s, ${(sentences / seconds).toFixed(0)} sentences/s`);
