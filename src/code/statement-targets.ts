import { ownedNounWords } from './dictionaries.js';
import type { SentenceTree } from './sentence-tree.js';

// A statement is about an actor only when that actor is the subject of what is said (bench/gold/README.md rule 4):
// "the EC will cut prices, the bank said" is about the EC; "aid from the EC helped investment, the bank said" and
// "the share capital of the bank comprises 3.2 mln shares" are about aid and capital, whoever's they are.

/**
 * Relations by which a word names the subject's own actor: "Japan's government", "the Japanese delegation", "Mr Smith".
 * (Not an apposition, which the parser also makes of an aside: "we, unlike the Germans, are not …".)
 */
const NAMES_THE_SUBJECT = new Set(['compound', 'amod', 'nmod:poss', 'det:poss', 'flat']);

/**
 * The groups among `groups` that the subject of the clause `content` (the agent of a passive) names itself: the
 * group of the subject's head word or of a word naming it (possessive, adjective, compound); not one
 * reached through a prepositional phrase of a subject that is a thing ("aid from the EC", "the length of the
 * sanctions"). (A role's phrase is one group with its head: "the foreign minister of Japan".)
 */
export function groupsTheSubjectNames(tree: SentenceTree, content: number, groups: number[], passive: boolean): number[] {
  const { layer } = tree;
  const heads = passive ? layer.agents(content) : layer.subjects(content);
  const named = new Set<number>();
  for (const head of heads) {
    const own = tree.groupOfToken.get(head);
    if (own !== undefined) named.add(own);
    // ("The plans of Gordon Brown are unfair": what an actor proposes or decides stands for its owner, owned-nouns.tsv.)
    const owned = ownedNounWords().has(layer.word(head).toUpperCase());
    for (const c of layer.children(head)) {
      const g = tree.groupOfToken.get(c);
      if (g !== undefined && (NAMES_THE_SUBJECT.has(layer.relation(c)) || isCloseApposition(tree, c) || (owned && layer.relation(c) === 'nmod' && OWNER_PREPOSITIONS.has(layer.preposition(c))))) named.add(g);
    }
  }
  return groups.filter((g) => named.has(g));
}


/**
 * An apposition right after its head with no punctuation between names the head ("an enlarged 25-member EU" read as
 * "member" with "EU" beside it); not an aside in commas or brackets, nor one the parser hung far from its head.
 */
function isCloseApposition(tree: SentenceTree, token: number): boolean {
  const { layer } = tree;
  if (layer.relation(token) !== 'appos') return false;
  const next = layer.head(token) + 1;
  return layer.phrase(token).start === layer.tokenStart(next) && layer.tag(next) !== 'PUNCT';
}

/** The prepositions of a plan's owner ("the plans of X", "the decision by X"). */
const OWNER_PREPOSITIONS = new Set(['of', 'by']);
