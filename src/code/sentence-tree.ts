import type { Span } from '../document/document.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import type { Group } from './sentence-actors.js';
import type { Word } from './words.js';
import { measureNounWords, relationalNounWords } from './dictionaries.js';

// A sentence's coder words and actor groups tied to its parse, and the actor group a phrase of the tree stands for:
// what roles.ts, pronoun-referents.ts and tree-reading.ts read roles from.

/** The coder's words and actor groups of one sentence, tied to the parse. */
export interface SentenceTree {
  layer: SyntaxLayer;
  /** Syntax token of each coder word (-1 when none covers it). */
  tokenOfWord: Int32Array;
  /** Actor group of each syntax token of the sentence (index into `groups`; -1 for none). */
  groupOfToken: Map<number, number>;
  groups: Group[];
  /** A headline: its past participles without an auxiliary are passives ("Labour attacked over poster"). */
  headline: boolean;
}

export function sentenceTree(layer: SyntaxLayer, span: Span, words: Word[], groups: Group[], headline = false): SentenceTree {
  const { first, count } = layer.sentence(span);
  const tokenOfWord = new Int32Array(words.length).fill(-1);
  let t = first;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    while (t < first + count && layer.tokenEnd(t) <= word.start) t++;
    if (t < first + count && layer.tokenStart(t) < word.end) tokenOfWord[w] = t;
  }
  const groupOfToken = new Map<number, number>();
  groups.forEach((g, k) => {
    for (let w = g.start; w < g.end; w++) {
      const token = tokenOfWord[w]!;
      if (token >= 0 && !groupOfToken.has(token)) groupOfToken.set(token, k);
    }
  });
  return { layer, tokenOfWord, groupOfToken, groups, headline };
}

const NONE: ReadonlySet<string> = new Set();

/** Relations by which a noun's own words name who it is: "Japan's prime minister", "the US-led coalition". */
const NAMING = new Set(['compound', 'amod', 'nmod:poss', 'flat', 'appos', 'nmod', 'det:poss', 'nummod']);

/**
 * The actor group a phrase's head token stands for: the group the token is part of, else the nearest
 * group among the words that name the head ("the foreign minister of Japan", "Japan's navy").
 */
export function groupOfPhrase(tree: SentenceTree, head: number, named: ReadonlySet<string> = NONE): number {
  const { layer } = tree;
  // ("joined forces with FMC": a word the verb's pattern names is part of the act, not an actor.)
  const direct = tree.groupOfToken.get(head);
  if (direct !== undefined) return named.has(layer.word(head).toUpperCase()) ? -1 : direct;
  // "Taiwan's trade surplus hit a record": a quantity or a market is nobody, whoever's it is (unless the verb's
  // pattern names it: "DEATH TOLL * [223]" reads "Eriador's death toll has risen" as Eriador's).
  const word = layer.word(head).toUpperCase();
  if (measureNounWords().has(word) && !named.has(word)) return -1;
  let frontier = [head];
  for (let depth = 0; depth < 2 && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const t of frontier) {
      for (const c of layer.children(t)) {
        const rel = layer.relation(c);
        if (!NAMING.has(rel)) continue;
        // "talks in Cairo", "cooperation within the Union": a place or a frame, not who the noun is.
        if (rel === 'nmod' && !['of', 'from'].includes(layer.preposition(c))) continue;
        // ("Volcker's successor", "the partners of Africa": the owner is not who the noun names.)
        if ((rel === 'nmod:poss' || rel === 'nmod') && isRelationalNoun(layer, t)) continue;
        const g = tree.groupOfToken.get(c);
        if (g !== undefined) return g;
        // ("the exchange value of the U.S. dollar": nor is a quantity's owner below it.)
        if (!measureNounWords().has(layer.word(c).toUpperCase())) next.push(c);
      }
    }
    frontier = next;
  }
  return -1;
}

/** A noun naming someone by a relation to another: "successor", "partners" (data/lexicon/relational-nouns.tsv). */
export function isRelationalNoun(layer: SyntaxLayer, token: number): boolean {
  return relationalNounWords().has(layer.word(token).toUpperCase());
}
