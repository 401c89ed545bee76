import type { Group } from './sentence-actors.js';
import { isPersonGroup } from './named-people.js';
import { groupOfPhrase, type SentenceTree } from './sentence-tree.js';

// Whom a pronoun stands for in a sentence's tree, for the roles of a verb (roles.ts): "he" in what a person says is
// the speaker, "it" the speaker or the nearest fitting actor before it, "who" the noun its clause hangs on.

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);

export const THING_PRONOUNS = new Set(['it', 'they']);
export const FIRST_PERSON = new Set(['i', 'we']);
export const THIRD_PERSON = new Set(['he', 'she']);

/**
 * The subject of the verb whose complement `verb` is ("Mr Clarke said he recognised …": Mr Clarke), for a
 * "he"/"she" subject of `verb`. Such a pronoun is the speaker far more often than the last person named
 * before; when the speaker is nobody the dictionaries know, the clause has no source rather than a wrong one.
 */
export function complementSpeaker(tree: SentenceTree, verb: number): number | null {
  const { layer } = tree;
  if (layer.relation(verb) !== 'ccomp' || layer.head(verb) < 0) return null;
  const subject = layer.subjects(layer.head(verb))[0];
  if (subject === undefined) return null;
  const word = layer.word(subject).toLowerCase();
  return FIRST_PERSON.has(word) || THIRD_PERSON.has(word) ? null : subject;
}

/**
 * The speaker of the clause holding `verb`: the subject of the verb whose complement (ccomp) it is, or of a
 * frame hung on it ("…, he said": parataxis). Null when there is none with a subject.
 */
export function speakerOf(tree: SentenceTree, verb: number): number | null {
  const { layer } = tree;
  for (let t = verb, depth = 0; t >= 0 && depth < 6; t = layer.head(t), depth++) {
    for (const frame of layer.childrenBy(t, 'parataxis')) {
      const subject = layer.subjects(frame)[0];
      if (subject !== undefined && !FIRST_PERSON.has(layer.word(subject).toLowerCase())) return subject;
    }
    if (layer.relation(t) === 'ccomp' && layer.head(t) >= 0) {
      const subject = layer.subjects(layer.head(t))[0];
      if (subject !== undefined && !FIRST_PERSON.has(layer.word(subject).toLowerCase())) return subject;
    }
  }
  return null;
}

/**
 * What "it" or "they" refers to: the subject of the verb whose content it speaks in, else the nearest actor before it.
 * Null for "it" in what a person says ("Steeg said it would violate the GATT"): "it" is never the person, and the thing
 * is nobody the dictionaries know, nor the actor word order finds before it.
 */
export function pronounAntecedent(tree: SentenceTree, verb: number, pronoun: number): number | null {
  const { layer } = tree;
  const singular = layer.word(pronoun).toLowerCase() === 'it';
  if (['ccomp', 'parataxis', 'xcomp', 'advcl'].includes(layer.relation(verb)) && layer.head(verb) >= 0) {
    for (const s of layer.subjects(layer.head(verb))) {
      const g = groupOfPhrase(tree, s);
      if (g < 0) continue;
      if (singular && isPersonGroup(tree.groups[g]!)) return null;
      return s;
    }
  }
  return antecedentBefore(tree, pronoun) ?? pronoun;
}

function antecedentBefore(tree: SentenceTree, pronoun: number): number | null {
  const word = tree.tokenOfWord.indexOf(pronoun);
  let best: Group | null = null;
  for (const g of tree.groups) if (g.end <= word) best = g;
  if (best === null) return null;
  // ("MG Rover, which employs 6,000 people, …, though it hopes …": "it" stands for no plural noun, nor for a person;
  // nor then for an actor further back, past the words the nearest one names.)
  const singular = tree.layer.word(pronoun).toLowerCase() === 'it';
  if (singular && (tree.layer.token(tree.tokenOfWord[best.end - 1]!).xpos === 'NNS' || namesKnownPerson(best))) return null;
  return tree.tokenOfWord[best.end - 1]!;
}

/** Whether a group ends in a person the dictionaries or the story know (not a name of unknown kind: "Neste Oy"). */
function namesKnownPerson(g: Group): boolean {
  const last = g.mentions.reduce((a, m) => (m.end > a.end ? m : a));
  return last.kind === 'person-ref' || (last.kind === 'actor' && last.entry.kind === 'person');
}

const THING_RELATIVES = new Set(['that', 'which']);

/**
 * What a relative pronoun stands for: the noun its clause hangs on, or, when the parse attached the
 * clause elsewhere, the nearest actor before the pronoun.
 */
export function antecedent(tree: SentenceTree, verb: number, pronoun: number): number {
  const { layer } = tree;
  if (layer.relation(verb) === 'acl:relcl') return layer.head(verb);
  return thingRelativeNoun(layer, pronoun) ?? antecedentBefore(tree, pronoun) ?? pronoun;
}

/**
 * "arms that could be used … to threaten": the subject "that"/"which" of a relative clause on a common noun, a verb
 * further up, stands for that noun, or for the name the noun is in apposition to ("Deutsche Boerse, the German stock
 * exchange that is trying to buy …"). Undefined otherwise: "workers, thousands of whom who took to the streets",
 * "banks, many of which are refusing" keep the people or bodies named before.
 */
function thingRelativeNoun(layer: SentenceTree['layer'], pronoun: number): number | undefined {
  if (!layer.relation(pronoun).startsWith('nsubj') || !THING_RELATIVES.has(layer.word(pronoun).toLowerCase())) return undefined;
  const clause = layer.head(pronoun);
  const noun = clause >= 0 && layer.relation(clause) === 'acl:relcl' ? layer.head(clause) : -1;
  if (noun < 0 || layer.tag(noun) !== 'NOUN') return undefined;
  return layer.relation(noun) === 'appos' && layer.head(noun) >= 0 ? layer.head(noun) : noun;
}

