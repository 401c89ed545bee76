// Writes the full analyze() results of a fixed sample of real news as JSON lines, so a change meant to be
// a pure speed-up can be checked to change no output: dump before, dump after, `cmp` the two files.
// The sample: every Nth Reuters-21578 story (the ingest's own records), every Nth BBC News article, and the
// GigaWord sentences of the PETRARCH validation set.
//
//   node --import tsx bench/analysis-dump.ts /tmp/before.jsonl      # 1,500 Reuters, 300 BBC (defaults)
//   DUMP_REUTERS=3000 DUMP_BBC=600 node --import tsx bench/analysis-dump.ts /tmp/x.jsonl
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { walkRecords } from '../src/ingest/walk.js';
import type { AnalyzeInput } from '../src/ingest/records.js';

const shared = new URL('../../shared/data/', import.meta.url).pathname;
const out = process.argv[2];
if (!out) throw new Error('usage: analysis-dump.ts OUTPUT.jsonl');
const reutersWanted = Number(process.env.DUMP_REUTERS ?? 1500);
const bbcWanted = Number(process.env.DUMP_BBC ?? 300);

const inputs: { name: string; input: AnalyzeInput }[] = [];
const reuters: { name: string; input: AnalyzeInput }[] = [];
for await (const item of walkRecords([join(shared, 'reuters21578')])) if ('input' in item) reuters.push(item);
const reutersStep = Math.max(1, Math.floor(reuters.length / reutersWanted));
for (let i = 0; i < reuters.length && inputs.length < reutersWanted; i += reutersStep) inputs.push(reuters[i]!);

const bbcRoot = join(shared, 'bbc-news/bbc');
const bbc: { name: string; input: AnalyzeInput }[] = [];
for (const category of readdirSync(bbcRoot, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  for (const file of readdirSync(join(bbcRoot, category)).filter((f) => f.endsWith('.txt')).sort()) {
    const bytes = readFileSync(join(bbcRoot, category, file));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('latin1').decode(bytes);
    }
    bbc.push({ name: `${category}/${file}`, input: { text } });
  }
}
const bbcStep = Math.max(1, Math.floor(bbc.length / bbcWanted));
for (let i = 0, n = 0; i < bbc.length && n < bbcWanted; i += bbcStep, n++) inputs.push(bbc[i]!);

const gigaword = readFileSync(join(shared, 'petrarch-validation/GigaWord.sample.PETR.xml'), 'utf8');
for (const [, d, t] of gigaword.matchAll(/<Sentence\b[^>]*date\s*=\s*"(\d{8})"[^>]*>\s*<Text>([\s\S]*?)<\/Text>/g)) {
  const text = t!.replace(/\s+/g, ' ').trim();
  if (text) inputs.push({ name: 'gigaword', input: { text, title: '-', date: `${d!.slice(0, 4)}-${d!.slice(4, 6)}-${d!.slice(6, 8)}` } });
}

const stream = createWriteStream(out);
let events = 0;
for (const { name, input } of inputs) {
  let line: string;
  try {
    const result = analyze(input, { name });
    events += result.events.length;
    line = JSON.stringify({ name, result });
  } catch (error) {
    line = JSON.stringify({ name, error: (error as Error).message });
  }
  if (!stream.write(line + '\n')) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}
await new Promise<void>((resolve) => stream.end(() => resolve()));
console.log(`${inputs.length} analyses (${events} events) written to ${out}`);
