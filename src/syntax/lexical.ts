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
  const clusters = useClusters ? wordClusters() : null;
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lowerForm = form.toLowerCase();
    const lower = lowerForm.replace(/\d/g, '0'); // normalForm(), lower-casing once for both uses
    out.lower[i] = hashString(lower);
    out.shape[i] = hashString(wordShape(form));
    for (let k = 1; k <= 3; k++) out.prefixes[i * 3 + k - 1] = hashString(lower.slice(0, k));
    for (let k = 1; k <= 4; k++) out.suffixes[i * 4 + k - 1] = hashString(lower.slice(-k));
    out.flags[i] = wordFlags(form);
    if (useWordnet) out.wordnet[i] = wordnetClass(lowerForm);
    const cluster = clusters?.lookup(out.lower[i]!);
    if (cluster) out.clusters.set(cluster, i * 3);
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
