import type { SyntaxLayer } from '../syntax/layer.js';
import { measureNounWords } from './dictionaries.js';
import { isObjectsComplement, isPlaceOfPart, isProposedAct, issuingVerb, isLinkingComplement, isThreatPhrase, namesParticipant } from './roles.js';
import { isRelationalNoun } from './sentence-tree.js';

// Whether a word the word order found after a verb is a participant the verb governs in the tree: the test that lets
// the word-order target stand where the tree's own reading names none (tree-reading.ts).

const OWN_CLAUSES = new Set(['ccomp', 'parataxis', 'advcl', 'acl:relcl', 'csubj', 'nsubj', 'nsubj:pass']);

/**
 * Whether `token` lies in the verb's subtree without entering a clause of its own, the subject, or a
 * phrase whose preposition names a place or a time ("talks in Togo", "cooperation within the Union").
 */
export function governs(layer: SyntaxLayer, verb: number, token: number, consultation = false): boolean {
  let owned = false;
  for (let t = token, depth = 0; t >= 0 && depth < 12; t = layer.head(t), depth++) {
    const rel = layer.relation(t);
    if (OWN_CLAUSES.has(rel)) return false;
    // ("was entitled to take military action and Francisco Fernandez Ordonez of Spain said …", "was resisting pressure
    // and was working closely with the U.S. Congress": a conjunct of the verb itself is a noun the parse hung there or
    // another clause, never the verb's participant; only a verb with no object of its own shares its conjunct's,
    // "attacked and destroyed an Iranian oil platform".)
    if (rel === 'conj' && layer.head(t) === verb && (layer.tag(t) !== 'VERB' || layer.childrenBy(t, 'nsubj', 'nsubj:pass').length > 0 || layer.objects(verb).length > 0)) return false;
    if ((rel.startsWith('obl') || rel.startsWith('nmod')) && rel !== 'nmod:poss' && !namesParticipant(layer, t)) return false;
    if (isThreatPhrase(layer, verb, t) || isLinkingComplement(layer, t)) return false;
    // ("can veto any plan to sell IMF gold": an infinitive on a noun is that thing's act; its participants are not the verb's.)
    if (isProposedAct(layer, t)) return false;
    // ("approved a resolution condemning X": nor are a participle's on an issued text, which acts for itself.)
    if (issuingVerb(layer, t) >= 0) return false;
    if (consultation && rel.startsWith('obl') && layer.childrenBy(t, 'case').some((c) => layer.word(c).toLowerCase() === 'at')) return false;
    // "to support the U.S. currency": a country naming the kind of a quantity or a market the verb acts on names no
    // participant. (Its owner does: "dismissed Gordon Brown's Budget"; measureNounWords, data/lexicon/measure-nouns.tsv.)
    if (rel === 'nmod:poss' || layer.childrenBy(t, 'case').some((c) => /^['\u2019]s?$/i.test(layer.word(c)))) owned = true;
    // ("urged Africa's development partners": the owner of a noun naming others is not among them.)
    if ((rel === 'nmod:poss' || rel === 'nmod') && layer.head(t) >= 0 && isRelationalNoun(layer, layer.head(t))) return false;
    // ("build a plant on the outskirts of Peking": a part of a place is of a place.)
    if (isPlaceOfPart(layer, t)) return false;
    // (Not what is asked for: "appealed for more U.S. investment" is asked of the United States.)
    const askedFor = layer.childrenBy(t, 'case').some((c) => layer.word(c).toLowerCase() === 'for');
    if (t !== token && !owned && !askedFor && layer.head(t) === verb && measureNounWords().has(layer.word(t).toUpperCase())) return false;
    // ("urged them to sign a treaty with China": an open complement after an object is the object's to do.)
    if (isObjectsComplement(layer, verb, t)) return false;
    if (layer.head(t) === verb) return true;
  }
  return false;
}
