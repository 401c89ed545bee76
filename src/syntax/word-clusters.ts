import { readFileSync } from 'node:fs';
import { dataPath } from '../data/files.js';
import { hashString, seededRandom } from './hash.js';
import { normalForm } from './lexical.js';

// Word clusters learned from unlabelled news (Brown-cluster style features, built differently): each
// frequent word is described by the words seen just before and after it, reduced by a seeded random
// projection, and clustered by k-means into a tree, 16 × 4 × 16 leaves. A word's path in the tree is a
// bit string whose prefixes are features, so a word the treebanks never show ("Kishida", "airstrikes")
// still looks like the words it behaves like.

export const CLUSTER_FILE = 'syntax/word-clusters.tsv';
const LEVELS = [16, 4, 16]; // children per node at each level: 4 + 2 + 4 = 10 bits
const BITS = [4, 2, 4];

export interface ClusterOptions {
  minCount: number;
  contexts: number;
  dimensions: number;
  iterations: number;
  seed: number;
}

/** Word → 10-bit path, from tokenised sentences (arrays of word forms). */
export function buildClusters(sentences: Iterable<string[]>, options: ClusterOptions): Map<string, string> {
  const counts = new Map<string, number>();
  const corpus: string[][] = [];
  for (const sentence of sentences) {
    const words = sentence.map(normalForm);
    corpus.push(words);
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocabulary = byFrequency.filter(([, c]) => c >= options.minCount).map(([w]) => w);
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const contextIndex = new Map(byFrequency.slice(0, options.contexts).map(([w], i) => [w, i]));
  const width = 2 * options.contexts + 2; // left and right context words, plus sentence edges
  const cooc = new Float32Array(vocabulary.length * width);
  for (const words of corpus) {
    for (let i = 0; i < words.length; i++) {
      const row = index.get(words[i]!);
      if (row === undefined) continue;
      const left = i > 0 ? contextIndex.get(words[i - 1]!) : options.contexts;
      const right = i + 1 < words.length ? contextIndex.get(words[i + 1]!) : options.contexts;
      if (left !== undefined) cooc[row * width + left] = cooc[row * width + left]! + 1;
      if (right !== undefined) cooc[row * width + options.contexts + 1 + right] = cooc[row * width + options.contexts + 1 + right]! + 1;
    }
  }
  const vectors = project(ppmi(cooc, vocabulary.length, width), vocabulary.length, width, options);
  const paths = new Array<string>(vocabulary.length).fill('');
  const random = seededRandom(options.seed);
  const split = (members: number[], level: number) => {
    if (level >= LEVELS.length || members.length === 0) return;
    const k = Math.min(LEVELS[level]!, members.length);
    const assignment = kmeans(vectors, options.dimensions, members, k, options.iterations, random);
    for (let c = 0; c < k; c++) {
      const child = members.filter((_, m) => assignment[m] === c);
      for (const w of child) paths[w] = paths[w]! + c.toString(2).padStart(BITS[level]!, '0');
      split(child, level + 1);
    }
  };
  split(vocabulary.map((_, i) => i), 0);
  return new Map(vocabulary.map((w, i) => [w, paths[i]!.padEnd(10, '0')]));
}

function ppmi(cooc: Float32Array, rows: number, width: number): Float32Array {
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(width);
  let total = 0;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) {
      const v = cooc[r * width + c]!;
      rowSum[r] = rowSum[r]! + v;
      colSum[c] = colSum[c]! + v;
      total += v;
    }
  const out = new Float32Array(cooc.length);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < width; c++) {
      const v = cooc[r * width + c]!;
      if (v === 0) continue;
      // Context distribution smoothed (^0.75), as word2vec does, so rare contexts do not dominate.
      const pmi = Math.log((v * total) / (rowSum[r]! * Math.pow(colSum[c]!, 0.75) * Math.pow(total, 0.25)));
      if (pmi > 0) out[r * width + c] = pmi;
    }
  return out;
}

function project(matrix: Float32Array, rows: number, width: number, options: ClusterOptions): Float32Array {
  const random = seededRandom(options.seed ^ 0x5bd1e995);
  const d = options.dimensions;
  const basis = new Float32Array(width * d);
  for (let i = 0; i < basis.length; i++) basis[i] = random() < 0.5 ? -1 : 1;
  const out = new Float32Array(rows * d);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < width; c++) {
      const v = matrix[r * width + c]!;
      if (v === 0) continue;
      for (let k = 0; k < d; k++) out[r * d + k] = out[r * d + k]! + v * basis[c * d + k]!;
    }
    let norm = 0;
    for (let k = 0; k < d; k++) norm += out[r * d + k]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < d; k++) out[r * d + k] = out[r * d + k]! / norm;
  }
  return out;
}

/** Spherical k-means over the given rows; returns each member's cluster (0..k-1). */
function kmeans(vectors: Float32Array, d: number, members: number[], k: number, iterations: number, random: () => number): Int32Array {
  const centres = new Float32Array(k * d);
  // Seeds: the k most frequent members are spread by taking every (n/k)-th, so the choice is stable.
  for (let c = 0; c < k; c++) {
    const m = members[Math.floor((c * members.length) / k + random() * (members.length / k) * 0.5)]!;
    centres.set(vectors.subarray(m * d, m * d + d), c * d);
  }
  const assignment = new Int32Array(members.length);
  for (let it = 0; it < iterations; it++) {
    for (let m = 0; m < members.length; m++) {
      const row = members[m]! * d;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += vectors[row + j]! * centres[c * d + j]!;
        if (dot > bestScore) {
          bestScore = dot;
          best = c;
        }
      }
      assignment[m] = best;
    }
    centres.fill(0);
    for (let m = 0; m < members.length; m++) {
      const row = members[m]! * d;
      const c = assignment[m]!;
      for (let j = 0; j < d; j++) centres[c * d + j] = centres[c * d + j]! + vectors[row + j]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += centres[c * d + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centres[c * d + j] = centres[c * d + j]! / norm;
    }
  }
  return assignment;
}

/** Cluster features per word hash: the path's 4-, 6- and 10-bit prefixes, hashed. */
export interface ClusterTable {
  lookup(lowerHash: number): Uint32Array | undefined;
}

let shared: ClusterTable | null = null;

export function parseClusters(text: string, file: string): ClusterTable {
  const table = new Map<number, Uint32Array>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [word, path, extra] = line.split('\t');
    if (!word || !path || extra !== undefined || !/^[01]{10}$/.test(path)) throw new Error(`${file}:${i + 1}: expected "word<TAB>10-bit path", found "${line}"`);
    table.set(hashString(word), Uint32Array.of(hashString('4' + path.slice(0, 4)), hashString('6' + path.slice(0, 6)), hashString('10' + path)));
  });
  return { lookup: (h) => table.get(h) };
}

export function wordClusters(): ClusterTable {
  shared ??= parseClusters(readFileSync(dataPath(CLUSTER_FILE), 'utf8'), `data/${CLUSTER_FILE}`);
  return shared;
}
