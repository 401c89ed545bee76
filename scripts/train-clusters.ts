// npm run train:clusters: word clusters for the tagger and parser from unlabelled news in ../shared
// (BBC News 2004–05 and Reuters-21578; never PolNeAR, whose text may not be learned from for shipping).
// Deterministic: the same files and seed give the same data/syntax/word-clusters.tsv.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReutersSgml } from '../src/ingest/reuters-sgml.js';
import { splitSentences } from '../src/annotate/sentences.js';
import { tokenizeSpan } from '../src/syntax/tokenize.js';
import { buildClusters, CLUSTER_FILE } from '../src/syntax/word-clusters.js';
import { dataPath } from '../src/data/files.js';

const shared = process.argv[2] ?? '../shared/data';
const texts: string[] = [];
const bbc = join(shared, 'bbc-news/bbc');
for (const category of readdirSync(bbc).sort()) {
  const dir = join(bbc, category);
  if (!/^[a-z]+$/.test(category)) continue;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (!text.includes('\ufffd')) texts.push(text); // the one Latin-1 file is left out
  }
}
const reuters = join(shared, 'reuters21578');
for (const file of readdirSync(reuters).sort()) {
  if (!file.endsWith('.sgm')) continue;
  for (const story of parseReutersSgml(readFileSync(join(reuters, file), 'latin1'))) if (story.body) texts.push(story.body);
}
function* sentences() {
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n|\n(?=\s)/)) {
      for (const s of splitSentences(paragraph, 0, paragraph.length)) {
        yield tokenizeSpan(paragraph, s.start, s.end).map((t) => paragraph.slice(t.start, t.end));
      }
    }
  }
}
const started = Date.now();
const clusters = buildClusters(sentences(), { minCount: 5, contexts: 800, dimensions: 160, iterations: 12, seed: 20260101 });
const header = [
  '# Word clusters for the tagger and parser: lower-cased word (digits as 0) <TAB> 10-bit path in a 16 × 4 × 16 cluster tree.',
  '# Built by `npm run train:clusters` (scripts/train-clusters.ts) from BBC News 2004–05 and Reuters-21578 text in ../shared.',
];
const lines = [...clusters].map(([w, p]) => `${w}\t${p}`).filter((l) => !/[\t\r\n]/.test(l.split('\t')[0]!));
writeFileSync(dataPath(CLUSTER_FILE), header.join('\n') + '\n' + lines.join('\n') + '\n');
console.error(`${clusters.size} words from ${texts.length} texts in ${((Date.now() - started) / 1000).toFixed(1)} s → data/${CLUSTER_FILE}`);
