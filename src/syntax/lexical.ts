import { hashString } from './hash.js';
import { wordClusters } from './word-clusters.js';
import { wordnetClass } from './wordnet-classes.js';

// What the tagger and parser know of a word by itself: hashes of its lower-cased form, its affixes and
// its shape, computed once per token so that feature extraction only mixes integers.

export interface LexicalFeatures {
  lower: Uint32Array;
  shape: Uint32Array;
  prefixes: Uint32Array; // 3 per token: lengths 1..3
  suffixes: Uint32Array; // 4 per token: lengths 1..4
  /** 3 per token: the word's cluster path prefixes (4, 6, 10 bits) hashed; 0 for a word with no cluster. */
  clusters: Uint32Array;
  /** Per token, the hash of its WordNet word classes; 0 when unknown (or not asked for). */
  wordnet: Uint32Array;
  hasWordnet: boolean;
  /** How much of the sentence is capitalised: 0 little, 1 some, 2 most (a title-case headline). */
  titleCase: number;
  /** Bit flags: 1 upper-case initial, 2 all upper, 4 has digit, 8 has hyphen, 16 all punctuation. */
  flags: Uint8Array;
  /**
   * The treebank (domain) the sentence comes from, for a tagger with domain-specific feature copies:
   * 0 the target domain (web text, what text is tagged as at run time), -1 no copies.
   */
  domain: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function shapeOf(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  return UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
}

/** The word's shape with runs collapsed past two: "Kishida" → "Xxx", "2022-01-12" → "dd-dd-dd". */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of form) {
    const c = shapeOf(ch);
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      last = c;
      run = 1;
    }
    shape += c;
    if (shape.length >= 8) break;
  }
  return shape;
}

function wordFlags(form: string): number {
  let flags = 0;
  const first = form[0] ?? '';
  if (UPPER.test(first)) flags |= 1;
  if (UPPER.test(form) && !LOWER.test(form)) flags |= 2;
  if (DIGIT.test(form)) flags |= 4;
  if (form.includes('-')) flags |= 8;
  if (!LETTER_OR_DIGIT.test(form)) flags |= 16;
  return flags;
}

/** Digits folded to 0 so that numbers share their features ("1956" and "2018" read as "0000"). */
export function normalForm(form: string): string {
  return form.toLowerCase().replace(/\d/g, '0');
}

// A word's features, packed: lower, shape, 3 prefixes, 4 suffixes, 3 clusters, WordNet class, flags.
const ENTRY = 14;
const PREFIXES = 2;
const SUFFIXES = 5;
const CLUSTERS = 9;
const WORDNET = 12;
const FLAGS = 13;
/** Words recur (news repeats its vocabulary), so each form's features are computed once, up to a bound. */
const CACHE_LIMIT = 200_000;
const caches = new Map<number, Map<string, Uint32Array>>(); // by which of clusters and WordNet are used

function computeEntry(form: string, useClusters: boolean, useWordnet: boolean): Uint32Array {
  const entry = new Uint32Array(ENTRY);
  const lowerForm = form.toLowerCase();
  const lower = lowerForm.replace(/\d/g, '0'); // normalForm(), lower-casing once for both uses
  entry[0] = hashString(lower);
  entry[1] = hashString(wordShape(form));
  for (let k = 1; k <= 3; k++) entry[PREFIXES + k - 1] = hashString(lower.slice(0, k));
  for (let k = 1; k <= 4; k++) entry[SUFFIXES + k - 1] = hashString(lower.slice(-k));
  entry[FLAGS] = wordFlags(form);
  if (useWordnet) entry[WORDNET] = wordnetClass(lowerForm);
  const cluster = useClusters ? wordClusters().lookup(entry[0]!) : undefined;
  if (cluster) entry.set(cluster, CLUSTERS);
  return entry;
}

function wordEntry(form: string, useClusters: boolean, useWordnet: boolean, cache: Map<string, Uint32Array>): Uint32Array {
  let entry = cache.get(form);
  if (entry) return entry;
  entry = computeEntry(form, useClusters, useWordnet);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, entry);
  return entry;
}

export function lexicalFeatures(forms: readonly string[], useClusters = true, useWordnet = false, domain = -1): LexicalFeatures {
  const n = forms.length;
  const out: LexicalFeatures = {
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    prefixes: new Uint32Array(n * 3),
    suffixes: new Uint32Array(n * 4),
    clusters: new Uint32Array(n * 3),
    wordnet: new Uint32Array(n),
    hasWordnet: useWordnet,
    flags: new Uint8Array(n),
    titleCase: 0,
    domain,
  };
  const options = (useClusters ? 1 : 0) | (useWordnet ? 2 : 0);
  let cache = caches.get(options);
  if (!cache) caches.set(options, (cache = new Map()));
  for (let i = 0; i < n; i++) {
    const entry = wordEntry(forms[i]!, useClusters, useWordnet, cache);
    out.lower[i] = entry[0]!;
    out.shape[i] = entry[1]!;
    for (let k = 0; k < 3; k++) out.prefixes[i * 3 + k] = entry[PREFIXES + k]!;
    for (let k = 0; k < 4; k++) out.suffixes[i * 4 + k] = entry[SUFFIXES + k]!;
    for (let k = 0; k < 3; k++) out.clusters[i * 3 + k] = entry[CLUSTERS + k]!;
    out.wordnet[i] = entry[WORDNET]!;
    out.flags[i] = entry[FLAGS]!;
  }
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < n; i++) {
    if (out.flags[i]! & 16 || out.flags[i]! & 4) continue;
    words++;
    if (out.flags[i]! & 1) capitalised++;
  }
  out.titleCase = words < 3 ? 0 : capitalised / words > 0.6 ? 2 : capitalised / words > 0.3 ? 1 : 0;
  return out;
}
