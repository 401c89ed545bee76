import { mix, mix3, mix4 } from './hash.js';
import type { LexicalFeatures } from './lexical.js';
import { argmax, type Scorer } from './perceptron.js';

// A greedy left-to-right part-of-speech tagger (averaged perceptron): the word, its affixes and shape,
// its neighbours two either side, and the tags already chosen for the two before it. The same
// features, with the universal tags already chosen, predict the language-specific tag (XPOS).

export const TAGGER_FEATURES = 40;
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
  upos?: Uint8Array,
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
  if (upos) {
    out[f++] = mix(40, tagAround(upos, n, i));
    out[f++] = mix3(41, tagAround(upos, n, i), w0);
    out[f++] = mix3(42, tagAround(upos, n, i), lex.suffixes[i * 4 + 1]!);
    out[f++] = mix4(43, tagAround(upos, n, i - 1), tagAround(upos, n, i), tagAround(upos, n, i + 1));
    out[f++] = mix3(44, tagAround(upos, n, i), around(lex.lower, 1, 0, n, i + 1));
  }
  return f;
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
): Uint8Array {
  const n = lex.lower.length;
  const tags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const prev1 = i > 0 ? tags[i - 1]! + 1 : 0;
    const prev2 = i > 1 ? tags[i - 2]! + 1 : 0;
    const count = taggerFeatures(lex, i, prev1, prev2, features, upos);
    const allowed = upos && candidates ? candidates[upos[i]!] : undefined;
    if (allowed && allowed.length > 0) {
      if (allowed.length === 1) {
        tags[i] = allowed[0]!;
        continue;
      }
      scores.fill(-Infinity);
      for (const c of allowed) scores[c] = 0;
      scorer.scoreSome(features, count, scores, allowed);
    } else {
      scores.fill(0);
      scorer.score(features, count, scores);
    }
    tags[i] = Math.max(0, argmax(scores));
  }
  return tags;
}
