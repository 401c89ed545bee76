// Throughput of sentence splitting + tokenising + POS tagging on ../shared/data/bbc-news, one core.
// Prints sentences/s and tokens/s. Not a test: figures depend on the machine and its load.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { tokenize } from '../src/annotate/tokens.js';

const root = new URL('../../shared/data/bbc-news/bbc/', import.meta.url).pathname;
const texts: string[] = [];
for (const category of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  for (const file of readdirSync(join(root, category)).filter((f) => f.endsWith(".txt"))) {
    const bytes = readFileSync(join(root, category, file));
    // One file is ISO-8859-1; read it as such rather than lose it.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('latin1').decode(bytes);
    }
    texts.push(text);
  }
}
const docs = texts.map((t) => analyze(t, { code: false }));
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
tokenize('Warm up the model.', 0, 18);
let tokens = 0;
const t0 = performance.now();
for (const d of docs) for (const s of d.sentences) tokens += tokenize(d.text, s.start, s.end).length;
const tokenSeconds = (performance.now() - t0) / 1000;
const t1 = performance.now();
for (const t of texts) analyze(t, { code: false });
const analyzeSeconds = (performance.now() - t1) / 1000;
console.log(`BBC News: ${texts.length} articles, ${sentences} sentences, ${tokens} tokens`);
console.log(`analyze (article + sentences)   ${(sentences / analyzeSeconds).toFixed(0)} sentences/s  (${analyzeSeconds.toFixed(2)} s)`);
console.log(`tokenize + POS per sentence     ${(sentences / tokenSeconds).toFixed(0)} sentences/s, ${(tokens / tokenSeconds).toFixed(0)} tokens/s  (${tokenSeconds.toFixed(2)} s)`);
console.log(`peak RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
