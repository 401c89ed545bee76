// Near-duplicate (syndicated copy) benchmark of src/cluster/.
//
//   node --import tsx bench/near-duplicates.ts [--originals 300] [--scale 100000] [--seed 1] [--data DIR] [--pages FILE]
//
// 1. Labelled set. Every BBC News article (../shared/data/bbc-news/bbc/<category>/NNN.txt: headline on
//    the first line, then the body; read as UTF-8, latin1 when that fails) is an original. For a
//    seeded sample of `--originals` of them, 1–3 aggregator copies each are made with the edits seen
//    on real republications: a new headline; a dateline in the aggregator's style added to the first
//    paragraph ("LONDON (Pakistan Point News / BBC - 12th January, 2005)", "London, January 12
//    (ANI/BBC): ", ...); the first or the last paragraph dropped (half the copies with 3+ paragraphs);
//    a paragraph appended (the aggregator's own notice, the same one on all its copies, or a
//    paragraph of another BBC story); and 0–3 sentence-level edits (a sentence dropped, a number
//    changed, British → American spelling, "said" → "told reporters"). Every document (headline +
//    body) goes through `analyze()` (article stage only), so the clusterer gets the body, the
//    dateline, publisher and origin exactly as the pipeline finds them. Documents are added in a
//    seeded random order, so a copy often arrives before its original.
//
//    BBC News itself holds near-identical articles (the same story filed twice in the dataset). They
//    are found by brute force — exact 5-shingle Jaccard on every pair whose MinHash estimate is at
//    least 0.3 — and counted. Figures are given under two labellings: "strict", where only the
//    constructed copies are duplicates (so BBC's own near-identical pairs count as false positives),
//    and "with BBC twins", where BBC pairs with exact Jaccard ≥ the threshold are duplicates too.
//
//    Pairwise precision/recall: over pairs of documents in one predicted cluster vs one true group.
//    Cluster level: a true group (2+ documents) is "recovered" when one predicted cluster holds
//    exactly its documents, "together" when one cluster holds all of them (perhaps with others); a
//    predicted cluster (2+) is "pure" when all its documents are of one true group.
//
// 2. Speed: ms per article for the clusterer (dateline cut, boilerplate, shingles, signature, LSH
//    query and insert) apart from `analyze()`; and a run at `--scale` synthetic articles (BBC
//    sentences recombined into new articles, 10% of the words replaced, 5% of them light copies of an
//    earlier synthetic article), reporting time, memory and recall/false matches on those copies.
//
// 3. The four saved aggregator pages (../shared/data/aggregator-copies/pages.jsonl): which cluster
//    together, and the similarity of every pair.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.js';
import { SyndicationClusterer, inputFromAnalysis, type SyndicationInput } from '../src/cluster/index.js';
import { MinHasher, estimateJaccard, exactJaccard, shingleHashes } from '../src/cluster/minhash.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

const dataDir = option('data') ?? fileURLToPath(new URL('../../shared/data/bbc-news/bbc/', import.meta.url));
const pagesFile = option('pages') ?? fileURLToPath(new URL('../../shared/data/aggregator-copies/pages.jsonl', import.meta.url));
const ORIGINALS = Number(option('originals') ?? 300);
const SCALE = Number(option('scale') ?? 100_000);
const SEED = Number(option('seed') ?? 1);
const THRESHOLD = Number(option('threshold') ?? 0.5);
const BANDS = Number(option('bands') ?? 32);
const ROWS = Number(option('rows') ?? 4);
const CONTAINMENT: number | false = option('containment') === 'off' ? false : Number(option('containment') ?? 0.8);
const OPTIONS = { threshold: THRESHOLD, bands: BANDS, rows: ROWS, containment: CONTAINMENT };

// ---------------------------------------------------------------------------------------------
// Helpers

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const pick = <T>(xs: readonly T[], r = rand): T => xs[Math.floor(r() * xs.length)]!;
function shuffle<T>(xs: T[], r = rand): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function readText(path: string): string {
  const buf = readFileSync(path);
  try {
    return utf8.decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?]+(?:[.!?]+["”’']?|$)\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [paragraph];
}

// ---------------------------------------------------------------------------------------------
// 1. BBC originals

interface Doc {
  id: string;
  label: string;
  text: string;
  date: string;
  kind: 'original' | 'copy';
  edits?: string[];
}

interface Bbc {
  id: string;
  category: string;
  headline: string;
  paragraphs: string[];
}

const bbc: Bbc[] = [];
for (const category of readdirSync(dataDir).sort()) {
  const dir = join(dataDir, category);
  if (!statSync(dir).isDirectory()) continue;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const lines = readText(join(dir, file)).replace(/\r\n?/g, '\n').split('\n');
    const headline = lines.find((l) => l.trim())?.trim() ?? '';
    const rest = lines.slice(lines.findIndex((l) => l.trim()) + 1).join('\n');
    const paragraphs = rest.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    bbc.push({ id: `bbc/${category}/${file.replace(/\.txt$/, '')}`, category, headline, paragraphs });
  }
}
console.log(`BBC News: ${bbc.length} articles from ${dataDir}`);
console.log(`Parameters: 128 permutations, 5-word shingles, LSH ${BANDS} bands × ${ROWS} rows, Jaccard ≥ ${THRESHOLD}, containment ${CONTAINMENT === false ? 'off' : `≥ ${CONTAINMENT}`}, boilerplate K = 3`);

// BBC's own near-identical articles: brute force over MinHash estimates, exact Jaccard to confirm.
const hasher = new MinHasher();
const bbcShingles = bbc.map((a) => shingleHashes(a.paragraphs.join('\n')));
const bbcSigs = bbcShingles.map((s) => hasher.signatureOf(s));
const twins: { a: number; b: number; exact: number }[] = [];
for (let i = 0; i < bbc.length; i++) {
  for (let j = i + 1; j < bbc.length; j++) {
    if (estimateJaccard(bbcSigs[i]!, bbcSigs[j]!) >= 0.3) twins.push({ a: i, b: j, exact: exactJaccard(bbcShingles[i]!, bbcShingles[j]!) });
  }
}
const twinsAt = (t: number) => twins.filter((p) => p.exact >= t).length;
console.log(
  `BBC pairs with exact 5-shingle Jaccard ≥ 0.3: ${twinsAt(0.3)}, ≥ 0.5: ${twinsAt(THRESHOLD)}, ≥ 0.9: ${twinsAt(0.9)}, = 1: ${twinsAt(1)} (of ${((bbc.length * (bbc.length - 1)) / 2).toLocaleString('en')} pairs)`,
);

// Labels: strict (each BBC article its own group) and with BBC twins merged (union-find).
const parent = bbc.map((_, i) => i);
const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
for (const p of twins) if (p.exact >= THRESHOLD) parent[find(p.a)] = find(p.b);
const twinLabel = new Map(bbc.map((a, i) => [a.id, bbc[find(i)]!.id]));

// ---------------------------------------------------------------------------------------------
// Aggregator copies

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
const PLACES = ['LONDON', 'LONDON', 'LONDON', 'MANCHESTER', 'EDINBURGH', 'BRUSSELS', 'NEW YORK'];

interface Outlet {
  name: string;
  dateline(place: string, date: Date): string;
  notice: string;
}
const OUTLETS: Outlet[] = [
  {
    name: 'Pakistan Point News',
    dateline: (p, d) => `${p} (Pakistan Point News / BBC - ${ordinal(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()}) `,
    notice: 'Pakistan Point News brings you the latest news from Pakistan and the world, updated around the clock by our desk.',
  },
  {
    name: 'UrduPoint News',
    dateline: (p, d) => `${p} (UrduPoint News / BBC - ${ordinal(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()}) `,
    notice: 'Follow UrduPoint News for the latest headlines, analysis and updates from Pakistan and around the world.',
  },
  {
    name: 'Devdiscourse',
    dateline: (p, d) => `${p.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} (ANI/BBC): `,
    notice: '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)',
  },
  {
    name: 'Big News Network',
    dateline: (p, d) => `${p}, ${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${d.getUTCDate()} (BBC) - `,
    notice: 'Big News Network publishes news from around the world, syndicated from agencies and partner newspapers.',
  },
];

const SPELLINGS: [RegExp, string][] = [
  [/\borganisation/g, 'organization'],
  [/\bcentre\b/g, 'center'],
  [/\bper cent\b/g, 'percent'],
  [/\bdefence\b/g, 'defense'],
  [/\bprogramme/g, 'program'],
  [/\bfavour/g, 'favor'],
];

function editSentences(paragraphs: string[], edits: string[]): string[] {
  const out = [...paragraphs];
  const n = Math.floor(rand() * 4);
  for (let e = 0; e < n; e++) {
    const pi = Math.floor(rand() * out.length);
    const sentences = splitSentences(out[pi]!);
    const kind = rand();
    if (kind < 0.3 && sentences.length > 1) {
      sentences.splice(Math.floor(rand() * sentences.length), 1);
      edits.push('sentence dropped');
    } else if (kind < 0.5 && /\d/.test(out[pi]!)) {
      out[pi] = out[pi]!.replace(/\d+/, (d) => String(Number(d) + 1));
      edits.push('number changed');
      continue;
    } else if (kind < 0.75) {
      let p = out[pi]!;
      for (const [re, to] of SPELLINGS) p = p.replace(re, to);
      out[pi] = p.replace(/\bUK\b/g, 'Britain');
      edits.push('spelling');
      continue;
    } else {
      out[pi] = out[pi]!.replace(/\bsaid\b/, 'told reporters');
      edits.push('said → told reporters');
      continue;
    }
    out[pi] = sentences.join(' ');
  }
  return out;
}

function makeCopy(original: Bbc, outlet: Outlet, date: Date, edits: string[]): string {
  let paragraphs = [...original.paragraphs];
  if (paragraphs.length >= 3 && rand() < 0.5) {
    if (rand() < 0.5) {
      paragraphs = paragraphs.slice(1);
      edits.push('first paragraph dropped');
    } else {
      paragraphs = paragraphs.slice(0, -1);
      edits.push('last paragraph dropped');
    }
  }
  paragraphs = editSentences(paragraphs, edits);
  const a = rand();
  if (a < 0.5) {
    paragraphs.push(outlet.notice);
    edits.push('outlet notice appended');
  } else if (a < 0.7) {
    const other = pick(bbc.filter((b) => b.category === original.category && b.id !== original.id));
    paragraphs.push(pick(other.paragraphs));
    edits.push('foreign paragraph appended');
  }
  paragraphs[0] = outlet.dateline(pick(PLACES), date) + paragraphs[0];
  const headline = rand() < 0.5 ? `${original.headline} - Reports` : original.headline.replace(/\b\w/g, (c) => c.toUpperCase()) + ': Media';
  return `${headline}\n\n${paragraphs.join('\n\n')}\n`;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const docs: Doc[] = [];
const baseDate = Date.UTC(2005, 0, 1);
const dates = new Map<string, Date>();
for (const a of bbc) {
  const date = new Date(baseDate + Math.floor(rand() * 365) * 86400000);
  dates.set(a.id, date);
  docs.push({ id: a.id, label: a.id, text: `${a.headline}\n\n${a.paragraphs.join('\n\n')}\n`, date: day(date), kind: 'original' });
}
const sampled = shuffle([...bbc]).slice(0, ORIGINALS);
for (const original of sampled) {
  const outlets = shuffle([...OUTLETS]).slice(0, 1 + Math.floor(rand() * 3));
  outlets.forEach((outlet, k) => {
    const edits: string[] = [];
    const date = new Date(dates.get(original.id)!.getTime() + (k + Math.floor(rand() * 2)) * 86400000);
    docs.push({ id: `${original.id}~${outlet.name}`, label: original.id, text: makeCopy(original, outlet, date, edits), date: day(date), kind: 'copy', edits });
  });
}
shuffle(docs);
const copies = docs.filter((d) => d.kind === 'copy');
console.log(`Labelled set: ${docs.length} documents = ${bbc.length} originals + ${copies.length} copies of ${sampled.length} originals`);

// ---------------------------------------------------------------------------------------------
// Run

let analyzeMs = 0;
const inputs: SyndicationInput[] = docs.map((d) => {
  const t = performance.now();
  const result = analyze({ id: d.id, text: d.text, date: d.date }, { code: false });
  analyzeMs += performance.now() - t;
  return inputFromAnalysis(result);
});
const clusterer = new SyndicationClusterer(OPTIONS);
let t0 = performance.now();
for (const input of inputs) clusterer.addArticle(input);
const clusterMs = performance.now() - t0;

// Signature only (tokens, shingles, 128 minima) on the same bodies.
t0 = performance.now();
for (const input of inputs) hasher.signature(input.body);
const signatureMs = performance.now() - t0;

const docById = new Map(docs.map((d) => [d.id, d]));

function evaluate(name: string, labelOf: (id: string) => string): void {
  const clusters = clusterer.clusters();
  const trueGroups = new Map<string, string[]>();
  for (const d of docs) {
    const l = labelOf(d.id);
    const g = trueGroups.get(l);
    if (g) g.push(d.id);
    else trueGroups.set(l, [d.id]);
  }
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let truePairs = 0;
  for (const g of trueGroups.values()) truePairs += pairs(g.length);
  let predicted = 0;
  let correct = 0;
  let pure = 0;
  let multi = 0;
  const clusterOf = new Map<string, string>();
  for (const c of clusters) {
    predicted += pairs(c.members.length);
    const byLabel = new Map<string, number>();
    for (const m of c.members) {
      clusterOf.set(m.id, c.id);
      byLabel.set(labelOf(m.id), (byLabel.get(labelOf(m.id)) ?? 0) + 1);
    }
    for (const n of byLabel.values()) correct += pairs(n);
    if (c.members.length >= 2) {
      multi++;
      if (byLabel.size === 1) pure++;
    }
  }
  let groups = 0;
  let recovered = 0;
  let together = 0;
  for (const g of trueGroups.values()) {
    if (g.length < 2) continue;
    groups++;
    const cs = new Set(g.map((id) => clusterOf.get(id)));
    if (cs.size === 1) {
      together++;
      if (clusterer.cluster([...cs][0]!)!.members.length === g.length) recovered++;
    }
  }
  if (name.startsWith('with')) {
    for (const c of clusters.filter((k) => new Set(k.members.map((m) => labelOf(m.id))).size > 1).slice(0, 6)) {
      console.log(`  impure cluster: ${c.members.map((m) => `${m.id} (${m.similarity.toFixed(2)})`).join(' + ')}`);
    }
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = truePairs ? correct / truePairs : 1;
  console.log(`\n[${name}] true duplicate pairs ${truePairs}, predicted pairs ${predicted}, correct ${correct}`);
  console.log(`  pairwise precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct((2 * precision * recall) / (precision + recall || 1))}`);
  console.log(`  cluster level: ${groups} true groups; recovered exactly ${recovered} (${pct(recovered / groups)}), all together ${together} (${pct(together / groups)}); predicted clusters with 2+: ${multi}, pure ${pure} (${pct(pure / (multi || 1))})`);
}

console.log(
  `\nSpeed (${docs.length} documents): analyze() article stage ${(analyzeMs / docs.length).toFixed(2)} ms/article (not part of clustering); ` +
    `clusterer (dateline cut, boilerplate, signature, LSH query + insert) ${(clusterMs / docs.length).toFixed(3)} ms/article; signature alone ${(signatureMs / docs.length).toFixed(3)} ms/article`,
);
evaluate('strict: only constructed copies are duplicates', (id) => docById.get(id)!.label);
evaluate(`with BBC twins (exact J ≥ ${THRESHOLD}) as duplicates`, (id) => twinLabel.get(docById.get(id)!.label)!);

// Copies: recall by edit, and the copy → original link, earliest and origin.
{
  const byEdit = new Map<string, [number, number]>();
  let joined = 0;
  for (const d of copies) {
    const ok = clusterer.clusterOf(d.id)!.id === clusterer.clusterOf(d.label)!.id;
    if (ok) joined++;
    for (const e of new Set(d.edits!.length ? d.edits! : ['no body edit'])) {
      const s = byEdit.get(e) ?? [0, 0];
      s[0] += ok ? 1 : 0;
      s[1]++;
      byEdit.set(e, s);
    }
  }
  console.log(`\nCopies in their original's cluster: ${joined}/${copies.length} (${pct(joined / copies.length)}); by edit (a copy has several):`);
  for (const [e, [ok, n]] of [...byEdit].sort((a, b) => b[1][1] - a[1][1])) console.log(`  ${e.padEnd(28)} ${ok}/${n} ${pct(ok / n)}`);
  let earliestOk = 0;
  let earliestDay = 0;
  let originOk = 0;
  let clustersWithCopies = 0;
  for (const original of sampled) {
    const c = clusterer.clusterOf(original.id)!;
    if (c.members.length < 2) continue;
    clustersWithCopies++;
    if (c.earliest.id === original.id) earliestOk++;
    if (c.earliest.published === day(dates.get(original.id)!)) earliestDay++;
    if (c.origin === 'BBC') originOk++;
  }
  console.log(
    `Clusters of a sampled original with copies: ${clustersWithCopies}; earliest dated the original's day: ${earliestDay}, of which the original itself: ${earliestOk} ` +
      `(copies of the same day tie; a tie goes to the one added first); origin = BBC (from the copies' datelines): ${originOk}`,
  );
  const learnt = clusterer.boilerplate.outlets.map((o) => `${o} ${clusterer.boilerplate.boilerplateCount(o)}`).join(', ');
  console.log(`Boilerplate paragraphs learnt per outlet (K = ${clusterer.boilerplate.minStories}): ${learnt}`);
  // What the misses look like.
  const misses = copies.filter((d) => clusterer.clusterOf(d.id)!.id !== clusterer.clusterOf(d.label)!.id).slice(0, 8);
  for (const d of misses) {
    const a = inputs.find((i) => i.id === d.id)!;
    const b = inputs.find((i) => i.id === d.label)!;
    const sa = hasher.sign(clusterer.prepare(a).hashed.join('\n'));
    const sb = hasher.sign(clusterer.prepare(b).hashed.join('\n'));
    console.log(`  miss ${d.id}: est ${estimateJaccard(sa.signature, sb.signature).toFixed(2)}, exact ${exactJaccard(sa.shingles, sb.shingles).toFixed(2)}, shingles ${sa.shingles.length}/${sb.shingles.length}; ${d.edits!.join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Scale run

if (SCALE > 0) {
  const r = mulberry32(SEED + 1);
  const sentences = bbc.flatMap((a) => a.paragraphs.flatMap(splitSentences));
  const vocab = [...new Set(bbc.flatMap((a) => a.paragraphs.join(' ').split(/\s+/)))];
  const synth = (): string => {
    const n = 8 + Math.floor(r() * 16);
    const paragraphs: string[] = [];
    let cur: string[] = [];
    for (let i = 0; i < n; i++) {
      const words = pick(sentences, r).split(' ').map((w) => (r() < 0.1 ? pick(vocab, r) : w));
      cur.push(words.join(' '));
      if (cur.length >= 1 + Math.floor(r() * 3)) {
        paragraphs.push(cur.join(' '));
        cur = [];
      }
    }
    if (cur.length) paragraphs.push(cur.join(' '));
    return paragraphs.join('\n\n');
  };
  const lightCopy = (body: string): string => {
    const ps = body.split('\n\n');
    if (ps.length >= 3) ps.splice(r() < 0.5 ? 0 : ps.length - 1, 1);
    ps.push(pick(OUTLETS, r).notice);
    ps[0] = `LONDON (Pakistan Point News / Sputnik - 12th January, 2022) ${ps[0]}`;
    return ps.join('\n\n');
  };
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const big = new SyndicationClusterer(OPTIONS);
  const recent: { id: string; body: string }[] = [];
  let copiesMade = 0;
  let copiesFound = 0;
  let falseMatches = 0;
  let genMs = 0;
  const start = performance.now();
  for (let i = 0; i < SCALE; i++) {
    const g = performance.now();
    const isCopy = recent.length > 0 && r() < 0.05;
    const source = isCopy ? pick(recent, r) : null;
    const body = source ? lightCopy(source.body) : synth();
    const id = `s${i}`;
    const outlet = pick(OUTLETS, r).name;
    genMs += performance.now() - g;
    const res = big.addArticle({ id, body, outlet });
    if (source) {
      copiesMade++;
      if (big.clusterOf(source.id)!.id === res.clusterId) copiesFound++;
    } else if (res.duplicateOf !== undefined) falseMatches++;
    if (!source) {
      if (recent.length < 2000) recent.push({ id, body });
      else recent[Math.floor(r() * recent.length)] = { id, body };
    }
  }
  const total = performance.now() - start - genMs;
  gc?.();
  const after = process.memoryUsage();
  console.log(
    `\nScale: ${SCALE.toLocaleString('en')} synthetic articles (recombined BBC sentences, 10% of words replaced; ${copiesMade} light copies) in ${(total / 1000).toFixed(1)} s of clustering ` +
      `(${(total / SCALE).toFixed(3)} ms/article; text generation excluded)`,
  );
  console.log(
    `  memory: heap ${mb(after.heapUsed)} (+${mb(after.heapUsed - before.heapUsed)}), rss ${mb(after.rss)} (+${mb(after.rss - before.rss)})${gc ? '' : ' (run with --expose-gc for settled figures)'}; ` +
      `copies found ${copiesFound}/${copiesMade} (${pct(copiesFound / (copiesMade || 1))}); non-copies matched to something: ${falseMatches}; clusters with 2+: ${big.clusters(2).length}`,
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Saved aggregator pages

{
  const pages = readFileSync(pagesFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; url: string; text: string });
  const c = new SyndicationClusterer(OPTIONS);
  const prepared: { id: string; shingles: Uint32Array; signature: Uint32Array }[] = [];
  console.log(`\nAggregator pages (${pagesFile}):`);
  for (const p of pages) {
    const result = analyze({ id: p.id, text: p.text, url: p.url }, { code: false });
    const input = inputFromAnalysis(result);
    const res = c.addArticle(input);
    const { shingles, signature } = hasher.sign(c.prepare(input).hashed.join('\n'));
    prepared.push({ id: p.id, shingles, signature });
    console.log(
      `  ${p.id.padEnd(12)} publisher ${result.article.publisher ?? '-'}, origin ${result.article.origin ?? '-'}, dateline ${JSON.stringify(result.article.dateline?.text ?? null)}, ` +
        `${shingles.length} shingles → cluster ${res.clusterId}${res.duplicateOf ? ` (copy of ${res.duplicateOf})` : ''}`,
    );
  }
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      console.log(`  ${a.id} ~ ${b.id}: estimated J ${estimateJaccard(a.signature, b.signature).toFixed(3)}, exact J ${exactJaccard(a.shingles, b.shingles).toFixed(3)}`);
    }
  }
  console.log(`  clusters with 2+: ${c.clusters(2).map((k) => k.members.map((m) => m.id).join(' + ')).join('; ') || 'none'}`);
}
