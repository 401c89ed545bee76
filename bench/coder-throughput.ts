// Coder throughput, one core: raw text to coded events (article stage, sentence splitting, tokenising and
// tagging, actor matching, verb patterns, dates, places), on the 76 GigaWord sentences of
// ../shared/data/petrarch-validation and on the 2,225 BBC News articles. Prints sentences/s, events
// found, and peak memory. Not a test: the figures depend on the machine and its load.
//
//   npm run bench:coder [-- --cold]
//
// First, untimed, the 1,000 Reuters stories of reut2-000.sgm (other news than either measured set): the steady
// state a long-running ingest works in, the JIT's code compiled and the heap's pages in use. On a virtual machine
// just booted, a first pass over memory no process has touched pays the host's first touch of every page: there the
// first pass over BBC ran at about 2,700 sentences/s, and at 4,400 once another process had allocated and freed
// 12 GB, the code the same (session of 2026-12-06). `--cold` leaves the warm-up out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, ARTICLE_STAGES, ATTRIBUTION_STAGE, codeStage, runStages } from '../src/pipeline.js';
import { createDocument } from '../src/ingest/document.js';
import { defaultDictionaries } from '../src/code/coder.js';
import { reutersRecords } from '../src/ingest/reuters-sgml.js';

const shared = new URL('../../shared/data/', import.meta.url).pathname;
const dictionaries = defaultDictionaries();
let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

function run(label: string, inputs: { text: string; date?: string }[], repeat: number) {
  analyze(inputs[0]!, { dictionaries }); // warm up
  let sentences = 0;
  let events = 0;
  const started = performance.now();
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const result = analyze(input, { dictionaries });
      sentences += result.sentences.length;
      events += result.events.length;
    }
    sample();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${label.padEnd(22)} ${String(sentences / repeat).padStart(6)} sentences  ${(sentences / seconds).toFixed(0).padStart(7)} sentences/s  ${events / repeat} events`);
}

if (!process.argv.includes('--cold')) {
  const path = join(shared, 'reuters21578/reut2-000.sgm');
  const started = performance.now();
  let sentences = 0;
  for (const item of reutersRecords(path, readFileSync(path, 'latin1'))) if ('input' in item && item.input) sentences += analyze(item.input, { dictionaries }).sentences.length;
  console.log(`warm-up (not timed): reut2-000.sgm, ${sentences} sentences in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  sample();
}

const gigaword = [...readFileSync(join(shared, 'petrarch-validation/GigaWord.sample.PETR.xml'), 'utf8').matchAll(/<Sentence\b[^>]*date\s*=\s*"(\d{8})"[^>]*>\s*<Text>([\s\S]*?)<\/Text>/g)].map(
  ([, d, t]) => ({ text: t!.replace(/\s+/g, ' ').trim(), title: '-', date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}` }),
).filter((s) => s.text !== ''); // nine records of the sample have an empty <Text>
run('GigaWord sample (x20)', gigaword, 20);

const bbcRoot = join(shared, 'bbc-news/bbc');
const bbc: { text: string }[] = [];
for (const category of readdirSync(bbcRoot, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  for (const file of readdirSync(join(bbcRoot, category.name)).filter((f) => f.endsWith('.txt'))) {
    const bytes = readFileSync(join(bbcRoot, category.name, file));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('latin1').decode(bytes); // sport/199.txt is ISO-8859-1
    }
    bbc.push({ text });
  }
}
run('BBC News', bbc, 1);

// The attribution stage's share: the same documents through article + code, then through attribution too.
{
  const code = codeStage(dictionaries);
  let codeMs = 0;
  let attributeMs = 0;
  for (const input of bbc) {
    const doc = createDocument(input);
    runStages(doc, ARTICLE_STAGES);
    let t = performance.now();
    code.run(doc);
    codeMs += performance.now() - t;
    t = performance.now();
    ATTRIBUTION_STAGE.run(doc);
    attributeMs += performance.now() - t;
  }
  console.log(`BBC News: coding ${(codeMs / 1000).toFixed(2)} s, attribution ${(attributeMs / 1000).toFixed(2)} s (${((100 * attributeMs) / codeMs).toFixed(0)}% of coding)`);
}
console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MB`);
