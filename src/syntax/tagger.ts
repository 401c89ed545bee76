import { mix, mix3, mix4 } from './hash.js';
import type { LexicalFeatures } from './lexical.js';
import { argmax, scoreAllowed, type Scorer } from './perceptron.js';

// A greedy left-to-right part-of-speech tagger (averaged perceptron): the word, its affixes and shape,
// its neighbours two either side, and the tags already chosen for the two before it. The same
// features, with the universal tags already chosen, predict the language-specific tag (XPOS).

/** Room for every template, twice over when each feature has a domain-specific copy. */
export const TAGGER_FEATURES = 96;
const DOMAIN = 0x3c6ef372;
const NONE = 0x51ed270b;
const START = 0x2b7e1516;

/** column[k * stride + offset] for token k, or a start / end marker outside the sentence. */
function around(column: Uint32Array, stride: number, offset: number, n: number, k: number): number {
  return k < 0 ? START : k >= n ? NONE : column[k * stride + offset]!;
}

function tagAround(tags: Uint8Array, n: number, k: number): number {
  return k < 0 || k >= n ? 0 : tags[k]! + 1;
}

/** Feature hashes of token i given the tags before it (`prev1`, `prev2`: tag index + 1, 0 for none). */
export function taggerFeatures(
  lex: LexicalFeatures,
  i: number,
  prev1: number,
  prev2: number,
  out: Uint32Array,
): number {
  const n = lex.lower.length;
  const w0 = around(lex.lower, 1, 0, n, i);
  let f = 0;
  out[f++] = mix(1, 0);
  out[f++] = mix(2, w0);
  for (let k = 0; k < 4; k++) out[f++] = mix(3 + k, lex.suffixes[i * 4 + k]!);
  for (let k = 0; k < 3; k++) out[f++] = mix(7 + k, lex.prefixes[i * 3 + k]!);
  out[f++] = mix(10, lex.shape[i]!);
  out[f++] = mix(11, around(lex.lower, 1, 0, n, i - 1));
  out[f++] = mix(12, around(lex.lower, 1, 0, n, i + 1));
  out[f++] = mix(13, around(lex.lower, 1, 0, n, i - 2));
  out[f++] = mix(14, around(lex.lower, 1, 0, n, i + 2));
  out[f++] = mix(15, around(lex.suffixes, 4, 2, n, i - 1));
  out[f++] = mix(16, around(lex.suffixes, 4, 2, n, i + 1));
  out[f++] = mix(17, around(lex.shape, 1, 0, n, i + 1));
  out[f++] = mix(18, prev1);
  out[f++] = mix3(19, prev2, prev1);
  out[f++] = mix3(20, prev1, w0);
  out[f++] = mix3(21, around(lex.lower, 1, 0, n, i - 1), w0);
  out[f++] = mix3(22, w0, around(lex.lower, 1, 0, n, i + 1));
  out[f++] = mix3(23, prev1, around(lex.lower, 1, 0, n, i + 1));
  out[f++] = mix3(24, i === 0 ? 1 : 0, lex.shape[i]!);
  out[f++] = mix(25, lex.flags[i]!);
  out[f++] = mix3(26, lex.flags[i]!, around(lex.suffixes, 4, 2, n, i));
  out[f++] = mix3(27, around(lex.suffixes, 4, 2, n, i), around(lex.lower, 1, 0, n, i + 1));
  out[f++] = mix4(28, prev1, around(lex.suffixes, 4, 2, n, i), around(lex.shape, 1, 0, n, i + 1));
  out[f++] = mix3(29, around(lex.shape, 1, 0, n, i - 1), lex.shape[i]!);
  out[f++] = mix(30, lex.clusters[i * 3]!);
  out[f++] = mix(31, lex.clusters[i * 3 + 1]!);
  out[f++] = mix(32, lex.clusters[i * 3 + 2]!);
  out[f++] = mix(33, around(lex.clusters, 3, 1, n, i - 1));
  out[f++] = mix(34, around(lex.clusters, 3, 1, n, i + 1));
  out[f++] = mix3(35, prev1, lex.clusters[i * 3 + 2]!);
  out[f++] = mix3(36, lex.clusters[i * 3 + 1]!, around(lex.clusters, 3, 1, n, i + 1));
  // Capitalisation in context: names run together, and a title-case line (a headline) capitalises every word.
  const caps = (k: number) => (k < 0 ? 8 : k >= n ? 9 : lex.flags[k]! & 3);
  out[f++] = mix4(37, caps(i - 1), caps(i), caps(i + 1));
  out[f++] = mix4(38, lex.titleCase, lex.flags[i]! & 3, i === 0 ? 1 : 0);
  out[f++] = mix4(39, lex.titleCase, w0, lex.flags[i]! & 3);
  out[f++] = mix3(52, w0, lex.flags[i]! & 3);
  const wn = lex.wordnet[i]!;
  if (lex.hasWordnet) {
    out[f++] = mix(53, wn);
    out[f++] = mix3(54, wn, lex.suffixes[i * 4 + 1]!);
    out[f++] = mix3(55, wn, prev1);
    out[f++] = mix(56, around(lex.wordnet, 1, 0, n, i - 1));
    out[f++] = mix(57, around(lex.wordnet, 1, 0, n, i + 1));
    out[f++] = mix3(58, wn, lex.flags[i]! & 3);
  }
  // Frustratingly easy domain adaptation (Daumé 2007): each feature again, specific to the treebank, so
  // that the shared copy learns what the treebanks agree on and the specific one their conventions.
  if (lex.domain >= 0) {
    const general = f;
    const domain = mix(DOMAIN, lex.domain);
    for (let k = 0; k < general; k++) out[f++] = mix(out[k]!, domain);
  }
  return f;
}

/**
 * Features for the XPOS tag given the UPOS already chosen: the PTB tag inside a universal one is
 * morphology (NN or NNS, VBD or VBN), so the word, its endings and its neighbours' tags suffice.
 */
export function xposFeatures(lex: LexicalFeatures, i: number, upos: Uint8Array, out: Uint32Array): number {
  const n = lex.lower.length;
  const t0 = tagAround(upos, n, i);
  const w0 = lex.lower[i]!;
  let f = 0;
  out[f++] = mix(40, t0);
  out[f++] = mix3(41, t0, w0);
  out[f++] = mix3(42, t0, lex.suffixes[i * 4]!);
  out[f++] = mix3(43, t0, lex.suffixes[i * 4 + 1]!);
  out[f++] = mix3(44, t0, lex.suffixes[i * 4 + 2]!);
  out[f++] = mix4(45, tagAround(upos, n, i - 1), t0, tagAround(upos, n, i + 1));
  out[f++] = mix3(46, t0, around(lex.lower, 1, 0, n, i - 1));
  out[f++] = mix3(47, t0, around(lex.lower, 1, 0, n, i + 1));
  out[f++] = mix3(48, t0, lex.flags[i]!);
  out[f++] = mix3(49, t0, around(lex.lower, 1, 0, n, i - 2));
  out[f++] = mix4(50, tagAround(upos, n, i - 2), tagAround(upos, n, i - 1), t0);
  out[f++] = mix3(51, t0, lex.shape[i]!);
  return f;
}

/** What a caller asks of the tagger beyond its model, per token (-1: nothing asked of that token). */
export interface TagConstraints {
  /** A class the token may not take (a lower-case word is no proper noun in edited prose). */
  excluded?: Int16Array;
  /** A class the token must take (the predicate of a sentence the tagger found no verb in). */
  forced?: Int16Array;
  /** Filled with how far class `watch` scored below the class chosen for each token (0 when it was chosen). */
  margins?: { watch: number; out: Float32Array };
}

/**
 * Tags a sentence greedily; `scores` has one slot per class. For XPOS, `upos` holds the universal tags
 * chosen and `candidates[upos]` the XPOS tags seen with each (all classes when empty).
 */
export function tagSentence(
  scorer: Scorer,
  lex: LexicalFeatures,
  features: Uint32Array,
  scores: Float32Array,
  upos?: Uint8Array,
  candidates?: readonly number[][],
  constraints: TagConstraints = {},
): Uint8Array {
  const { excluded, forced, margins } = constraints;
  const n = lex.lower.length;
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? tags[i - 1]! + 1 : 0;
    const prev2 = i > 1 ? tags[i - 2]! + 1 : 0;
    const count = upos ? xposFeatures(lex, i, upos, features) : taggerFeatures(lex, i, prev1, prev2, features);
    const allowed = upos && candidates ? candidates[upos[i]!] : undefined;
    if (allowed?.length === 1) {
      tags[i] = allowed[0]!;
      continue;
    }
    const must = forced?.[i] ?? -1;
    if (must >= 0) {
      tags[i] = must;
      continue;
    }
    scoreAllowed(scorer, features, count, scores, allowed);
    const not = excluded?.[i] ?? -1;
    tags[i] = Math.max(0, not >= 0 ? argmax(scores, (c) => c !== not) : argmax(scores));
    if (margins) margins.out[i] = scores[tags[i]!]! - scores[margins.watch]!;
  }
  return tags;
}
