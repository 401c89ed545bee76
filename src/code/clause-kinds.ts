import type { SyntaxLayer } from '../syntax/layer.js';
import { FINITE_VERB_XPOS, wordList } from '../syntax/repair-tree.js';
import { intentCode } from './reading.js';
import { issuingVerb } from './roles.js';
import type { SentenceTree } from './sentence-tree.js';
import type { Slot } from './sentence-actors.js';

// What kind of clause or role a verb's reading stands in, on the tree (tree-reading.ts asks): an -ing clause told as
// an act, an infinitive an adjective judges, a phrase of the governing verb, a consultation's venue.

/** Whether a clause is introduced by the word ("to", "of", "by") as its mark. */
export function hasMark(layer: SyntaxLayer, clause: number, word: string): boolean {
  return layer.childrenBy(clause, 'mark').some((m) => layer.word(m).toLowerCase() === word);
}

/** An infinitive of purpose: an adverbial clause opened by "to" ("used the base to threaten", "ready to use force to protect"). */
export const isPurposeClause = (layer: SyntaxLayer, t: number): boolean => layer.relation(t) === 'advcl' && hasMark(layer, t, 'to');

/** Relations of a clause that has no subject of its own and shares its governor's ("…, seeking to mend ties"). */
export const SHARES_SUBJECT = new Set(['xcomp', 'advcl']);

/** A verb with a tense of its own: finite, or with auxiliaries ("and pressed", "but would have to coordinate"). */
export const hasOwnTense = (layer: SyntaxLayer, t: number): boolean => FINITE_VERB_XPOS.has(layer.token(t).xpos) || layer.childrenBy(t, 'aux', 'aux:pass').length > 0;

/** Where an -ing form heads a clause told as an act: an adverbial clause ("…, offering aid"), an open complement, a conjunct. */
const PARTICIPLE_RELATIONS = new Set(['advcl', 'xcomp', 'conj', 'root']);

/**
 * Whether an -ing form the parse reads as a verb heads a clause told as an act: not one on a noun ("a party marking
 * the anniversary"), not one under a preposition of topic or purpose ("worried about extending"), and not one
 * that introduces a condition ("providing the MPs would support him", which has a clause of its own under it).
 */
export function isParticipleClause(layer: SyntaxLayer, verb: number): boolean {
  const relation = layer.relation(verb);
  const onIssuedText = issuingVerb(layer, verb) >= 0;
  if (layer.tag(verb) !== 'VERB' || !(PARTICIPLE_RELATIONS.has(relation) || onIssuedText)) return false;
  if (layer.childrenBy(verb, 'ccomp').length > 0 && layer.childrenBy(verb, 'obj').length === 0) return false;
  // ("consider blocking the sale", "stop Japan selling chips": weighed or prevented, not done.)
  // (Nor, as the parser may hang it, one on an issued text: "issued a statement condemning X" condemns.)
  if (relation === 'xcomp' && !wordList('participle-complement-verbs.tsv').has(layer.word(layer.head(verb)).toLowerCase()) && !onIssuedText) return false;
  const marks = layer.childrenBy(verb, 'mark');
  // "a civil suit charging ADM with …", "an order prohibiting TWA from …": an -ing clause right after a noun, with no
  // comma and no subject of its own, is said of that noun, whatever the parse hangs it on.
  const own = layer.childrenBy(verb, 'nsubj', 'nsubj:pass').length > 0;
  // ("with the Iranians launching an offensive": an absolute clause's mark, only before a subject of its own.)
  const opens = (m: number) => wordList('participle-clause-marks.tsv').has(layer.word(m).toLowerCase()) || (own && wordList('absolute-clause-marks.tsv').has(layer.word(m).toLowerCase()));
  if (!marks.every(opens)) return false;
  // ("…have signed a protocol, allowing Egyptian goods free access", "…, leaving three dead": a result of what came
  // before, not another act of its subject; data/syntax/result-participles.tsv.)
  if (relation === 'advcl' && marks.length === 0 && !own && wordList('result-participles.tsv').has(layer.word(verb).toLowerCase())) return false;
  const before = verb > 0 ? verb - 1 : -1;
  return !(relation === 'advcl' && marks.length === 0 && !own && before >= 0 && ['NOUN', 'PROPN'].includes(layer.tag(before)));
}

/**
 * Whether the slot stands in an object or oblique of the verb that governs `verb`, a clause with no subject of its own
 * ("left for Washington to discuss": Washington is where the subject went, not who discusses).
 */
export function inGovernorComplement(tree: SentenceTree, verb: number, slot: Slot): boolean {
  const { layer } = tree;
  if (!SHARES_SUBJECT.has(layer.relation(verb)) || layer.childrenBy(verb, 'nsubj', 'nsubj:pass').length > 0) return false;
  const governor = layer.head(verb);
  const head = tree.tokenOfWord[slot.groups[0]!.start] ?? -1;
  for (let t = head, depth = 0; t >= 0 && depth < 8; t = layer.head(t), depth++) {
    if (layer.head(t) !== governor) continue;
    const rel = layer.relation(t);
    return rel === 'obj' || rel === 'iobj' || rel.startsWith('obl');
  }
  return false;
}

/** Whether the infinitive at `t` is what an adjective said of "it", or under a modal, judges ("it would be foolish for Japan to strike"). */
export function judgedByAdjective(layer: SyntaxLayer, t: number, kind: (token: number) => string | undefined): boolean {
  const adjective = layer.head(t);
  if (!['advcl', 'ccomp', 'csubj'].includes(layer.relation(t)) || adjective < 0 || layer.tag(adjective) !== 'ADJ') return false;
  if (!hasMark(layer, t, 'to') || kind(adjective) === 'intent') return false;
  const itSubject = layer.childrenBy(adjective, 'expl', 'nsubj').some((c) => layer.word(c).toLowerCase() === 'it');
  return itSubject || layer.childrenBy(adjective, 'aux').some((a) => kind(a) === 'hypothetical');
}

/** A role relation reached through "at" ("obl:at(met, House)", "obj/nmod:at(…)"): for a consultation, its venue. */
export const VENUE = /^(?:.*\/)?(?:obl|nmod):at\(/;

/** Whether a code is a consultation (04x) or the intent to meet (036): who is met is named by "with", not "at". */
export function isConsultation(code: string): boolean {
  return code.startsWith('04') || code === intentCode('040');
}
