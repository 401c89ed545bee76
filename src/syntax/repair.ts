import type { SentenceAnalysis } from './model.js';
import { readNumberedDataRows } from '../data/files.js';
import { CLOSING_QUOTES, FINITE_VERB_XPOS, POSSESSIVE_MARK, agentPhrase, hasToMark, SUBJECT, childrenOf, clauseOpeningPrepositions, headOf, listenerFrameVerbs, reportingVerbs, setHead, subtreeEnd, verbAbove, wordList } from './repair-tree.js';
import { repairInterruptedComplements, repairMismatchedConjuncts, repairInfinitiveConjuncts, repairPurposeInfinitives, repairParentheticalParticiples, repairSetOffParticiples, repairPossessiveArguments, repairPrepositionalClauses, repairSubjectedOpenComplements, repairForToSubjects, repairPronounClauseSubjects, repairPluralNounComplements } from './complement-repairs.js';
import { hasAdjectiveObject, hasTwoSubjects, repairAdjectiveObjects, repairCoordinatedClauseSubjects, repairSecondSubjectNames, hasArticleParticiple, hasCaseOnModifier, hasCaseOnObject, hasElapsedTimeSubject, repairArticleParticiples, repairCaseOnModifiers, repairHyphenedParticiples, repairElapsedTimeSubjects, repairNominalConjunctRoots, repairObjectsWithPrepositions, repairVerbCompounds } from './nominal-repairs.js';
import { repairAppositiveSpeakers, repairStrandedFrameSubjects, repairInvertedFrames, repairListenerPhrases, repairListenerSubjects, repairQuotationFrames, repairReportedSubjects, repairTrailingFrames } from './frame-repairs.js';

// Repairs of the greedy parser's known, systematic errors, made on its output before any stage reads it. Each is
// checked to leave a tree. Here:
// - a subject stranded by its relative clause (repairStrandedSubjects);
// - a relative clause read as an adverbial clause, conjunct or parataxis (repairMisattachedRelatives);
// - a participle read as a relative clause (repairParticipleRelatives), a passive one after a noun as an adverbial
//   clause (repairPassiveAdverbials);
// - a hyphened phrase read as a clause (repairHyphenedPhrases);
// - an infinitive whose doer is a verb's object (or the noun after its preposition: "called on Israel to stop"), read
//   as the noun's (repairObjectControl); an infinitive of purpose after the object of a verb whose object never does
//   it ("visited Washington to explain") read as the verb's open complement (repairPurposeInfinitives, complement-repairs.ts);
// - a clause's subject read as the object or oblique before a conjunct verb with no coordinator
//   (repairUnlinkedConjuncts);
// - a subject after an opening phrase read as that phrase's conjunct (repairOpeningSubjects);
// - a headline's "Kishida, Putin confirm" whose first name is read as an oblique (repairHeadlineLists);
// - an infinitive after a phrase of time read as a clause of purpose or the time word's ("vowed on Thursday to
//   attack": repairInterruptedComplements, complement-repairs.ts);
// - a clause opened by a preposition ("after a hafling was reported") read as the preposition's noun phrase
//   (repairPrepositionalClauses, complement-repairs.ts);
// - a participle set off by commas after the subject ("X, backed by Y, want …") read as the main verb
//   (repairParentheticalParticiples, complement-repairs.ts), or as the main verb's adverbial clause with the subject
//   for its own ("The provision …, offered by X, does not require": repairSetOffParticiples);
// - a finite verb read as a reduced relative clause of a noun at the root (repairNominalRoots);
// - a past-tense verb read as the conjunct of an -ing form or an infinitive ("said … for tackling abuse and attacked
//   …": repairMismatchedConjuncts, complement-repairs.ts);
// - a possessor ('s) read as a verb's subject or object ("said Britain's movement had …": repairPossessiveArguments);
// - a listener joined to the reported subject ("told reporters major nations have …": repairListenerPhrases), or read
//   as a second subject of the clause reported ("told the Senate (upper house) he would …": repairListenerSubjects);
// - a preposition hung on a name's first word ("in Kuala Lumpur": repairCaseOnModifiers, nominal-repairs.ts);
// - a subject left as the root with its verb a conjunct and the verb's object its subject ("X, pointing to …, urged
//   Y to …": repairNominalConjunctRoots, nominal-repairs.ts);
// - a counted span of time read as a predicate with the verb's object for its subject ("deplored Libya almost five
//   years after …": repairElapsedTimeSubjects, nominal-repairs.ts);
// - a clause's pronoun subject read as the verb's object and its past verb as an open complement ("indicated it
//   deplored Libya": repairPronounClauseSubjects, complement-repairs.ts);
// - a plural noun tagged a present-tense verb and read as the open complement of the verb before it ("expressed
//   hopes that …": repairPluralNounComplements, complement-repairs.ts);
// - a participle after an article or possessive read as a verb with the noun it modifies for its object ("the
//   country's deposed President Ferdinand Marcos": repairArticleParticiples, nominal-repairs.ts), or one hyphened to
//   the word before it read as a clause ("fired U.S.-made missiles": repairHyphenedParticiples, nominal-repairs.ts).
// - an adjective before the subject read as the verb's object ("Chilean and Peruvian officials meet":
//   repairAdjectiveObjects, nominal-repairs.ts), and a clause's subject after "and" read as a noun's conjunct ("warned
//   against disunity and Tory leader Michael Howard may take up …": repairCoordinatedClauseSubjects, nominal-repairs.ts),
//   and a name after the subject's last noun read as a second subject ("his Spanish counterpart Miguel Moratinos
//   agreed": repairSecondSubjectNames, nominal-repairs.ts).
// Reporting frames ("…," said Mr Blair; "…, union officials said" whose speakers hang on what they report; "…, say the Tories"; ", he told MPs"; "…, Cheng Xizhong, a professor,
// said"; "said Brazil may flood …") are repaired in frame-repairs.ts.

const RELATIVE_PRONOUN_XPOS = new Set(['WP', 'WDT']);
const PARTICIPLE_XPOS = new Set(['VBG', 'VBN']);
/** How the parser misreads a clause these repairs restore: as a conjunct, an adverbial clause or a parataxis. */
const MISREAD = new Set(['conj', 'advcl', 'parataxis']);

/** Verb forms whose object does what their infinitive says (data/syntax/object-control-verbs.tsv). */
const objectControlVerbs = () => wordList('object-control-verbs.tsv');
/** Verb forms whose object after a preposition does what their infinitive says (data/syntax/prepositional-control-verbs.tsv). */
let prepositionalControl: Map<string, string> | null = null;
function prepositionalControlVerbs(): Map<string, string> {
  prepositionalControl ??= new Map(
    readNumberedDataRows('syntax/prepositional-control-verbs.tsv').map(({ cells, line }) => {
      if (cells.length !== 2 || !cells.every((c) => /^[a-z]+$/.test(c))) throw new Error(`data/syntax/prepositional-control-verbs.tsv:${line}: expected a lower-case verb form and a preposition, found "${cells.join('\t')}"`);
      return [cells[0]!, cells[1]!] as const;
    }),
  );
  return prepositionalControl;
}

/**
 * Whether a sentence holds what some repair starts at: a relative pronoun, a closing quotation mark, a hyphen, a
 * comma after the first word or before a reporting verb, a participle read as a relative clause, an infinitive
 * hung on a noun or a verb, or a conjunct. Sentences with none are not copied.
 */
function mayNeedRepair(forms: readonly string[], a: SentenceAnalysis): boolean {
  return (
    a.xpos.some((x) => RELATIVE_PRONOUN_XPOS.has(x)) ||
    hasCaseOnModifier(a) ||
    hasElapsedTimeSubject(forms, a) ||
    hasArticleParticiple(forms, a) ||
    a.deprels.some((_, k) => hasAdjectiveObject(a, k)) ||
    hasTwoSubjects(a) ||
    a.deprels.some((_, k) => hasCaseOnObject(a, k)) ||
    forms[1] === ',' ||
    a.deprels.some((d, k) => d === 'compound' && a.upos[a.heads[k]! - 1] === 'VERB') ||
    a.heads.some((h, i) => h === 0 && forms[i - 1] === ',') ||
    forms.some((f, i) => POSSESSIVE_MARK.test(f) && /^(nsubj|obj|iobj)/.test(a.deprels[a.heads[i]!] ?? '')) ||
    forms.some((f, i) => /^(nmod|compound)/.test(a.deprels[i + 1] ?? '') && listenerFrameVerbs().has(f.toLowerCase())) ||
    forms.some((f, i) => CLOSING_QUOTES.has(f) || f === '-' || (f === ',' && reportingVerbs().has(forms[i + 1]?.toLowerCase() ?? '')) || (a.deprels[i] === 'case' && clauseOpeningPrepositions().has(f.toLowerCase()))) ||
    // ("said Brazil may flood …": a noun after a reporting verb read as its subject or object.)
    forms.some((f, i) => reportingVerbs().has(f.toLowerCase()) && [1, 2, 3, 4].some((k) => a.heads[i + k] === i + 1 && (a.deprels[i + k] === 'obj' || a.deprels[i + k] === 'nsubj'))) ||
    a.deprels.some((d, i) => (d === 'acl:relcl' && PARTICIPLE_XPOS.has(a.xpos[i]!)) || ((d === 'acl' || d === 'advcl' || d === 'ccomp') && a.xpos[i] === 'VB') || d === 'xcomp' || d === 'conj' || (d === 'acl' && (FINITE_VERB_XPOS.has(a.xpos[i]!) || a.xpos[i] === 'VBN')) || (d === 'advcl' && a.xpos[i] === 'VBN'))
  );
}

/** Fixes the analysis in place; returns how many repairs were made. */
export function repairParse(forms: readonly string[], a: SentenceAnalysis): number {
  if (!mayNeedRepair(forms, a)) return 0;
  const heads = [...a.heads];
  const deprels = [...a.deprels];
  const repaired = repairStrandedSubjects(forms, a) + repairMisattachedRelatives(a) + repairQuotationFrames(forms, a) + repairParticipleRelatives(forms, a) + repairPassiveAdverbials(forms, a) + repairHyphenedPhrases(forms, a) + repairObjectControl(forms, a) + repairPurposeInfinitives(forms, a) + repairInvertedFrames(forms, a) + repairReportedSubjects(forms, a) + repairTrailingFrames(forms, a) + repairStrandedFrameSubjects(forms, a) + repairUnlinkedConjuncts(forms, a) + repairOpeningSubjects(a) + repairHeadlineLists(forms, a) + repairAppositiveSpeakers(forms, a) + repairInterruptedComplements(forms, a) + repairPrepositionalClauses(forms, a) + repairParentheticalParticiples(forms, a) + repairSetOffParticiples(forms, a) + repairNominalRoots(a) + repairMismatchedConjuncts(a) + repairInfinitiveConjuncts(forms, a) + repairPossessiveArguments(forms, a) + repairListenerPhrases(forms, a) + repairListenerSubjects(forms, a) + repairCaseOnModifiers(a) + repairObjectsWithPrepositions(forms, a) + repairNominalConjunctRoots(a) + repairSubjectedOpenComplements(forms, a) + repairForToSubjects(forms, a) + repairElapsedTimeSubjects(forms, a) + repairPronounClauseSubjects(forms, a) + repairPluralNounComplements(forms, a) + repairArticleParticiples(forms, a) + repairHyphenedParticiples(forms, a) + repairVerbCompounds(forms, a) + repairAdjectiveObjects(a) + repairCoordinatedClauseSubjects(forms, a) + repairSecondSubjectNames(a);
  // A repair must leave a tree: one root, no cycle. Where it would not, the parser's reading stays.
  if (repaired > 0 && !isTree(a.heads)) {
    a.heads.splice(0, a.heads.length, ...heads);
    a.deprels.splice(0, a.deprels.length, ...deprels);
    return 0;
  }
  return repaired;
}

/** Heads (0 root, else 1-based) that form one tree: a single root and every word reaching it. */
export function isTree(heads: readonly number[]): boolean {
  if (heads.filter((h) => h === 0).length !== 1) return false;
  for (let i = 0; i < heads.length; i++) {
    let t = i;
    for (let steps = 0; heads[t] !== 0; steps++) {
      if (steps > heads.length) return false;
      t = heads[t]! - 1;
    }
  }
  return true;
}


/** The noun a clause hangs on when its last word is `last`: up to the first word of a flat name; -1 when not nominal. */
function nounEndingAt(a: SentenceAnalysis, last: number): number {
  let noun = last;
  while (a.deprels[noun]!.startsWith('flat') && headOf(a, noun) >= 0 && headOf(a, noun) < noun) noun = headOf(a, noun);
  return ['NOUN', 'PROPN', 'PRON'].includes(a.upos[noun]!) ? noun : -1;
}

/**
 * "The president, who took office in 2019, signed the bill" is often parsed with the main verb as a conjunct of the
 * relative clause's verb ("signed" conj of "took") and the subject left as the root or a vocative; every stage then
 * reads the relative clause's time and words as the main clause's. When a relative pronoun right after a comma is
 * the subject of a verb V, V has a conjunct (or adverbial clause, or parataxis) C, a verb right after a comma (its
 * adverbs and auxiliaries aside) with no subject of its own, and the noun before the comma has no clause to be the
 * subject of (it is the root, a vocative, or hangs on V), then C is the main verb: the noun becomes C's subject
 * and V a relative clause (acl:relcl) of the noun.
 */
function repairStrandedSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  const head = (i: number) => headOf(a, i);
  const children = (i: number) => childrenOf(a, i);
  // "…, recently announced", "…, has also said": the verb's own adverbs and auxiliaries may stand between.
  const afterComma = (c: number) => {
    let k = c - 1;
    while (k > 0 && ['ADV', 'AUX', 'PART'].includes(a.upos[k]!)) k--;
    return forms[k] === ',';
  };
  for (let r = 2; r < forms.length; r++) {
    if (!RELATIVE_PRONOUN_XPOS.has(a.xpos[r]!) || forms[r - 1] !== ',' || !SUBJECT.test(a.deprels[r]!)) continue;
    const verb = head(r);
    if (verb <= r) continue;
    // The noun the clause hangs on: the last word before the comma.
    const noun = nounEndingAt(a, r - 2);
    if (noun < 0) continue;
    const nounRel = a.deprels[noun]!;
    const stranded = nounRel === 'root' || nounRel === 'vocative' || nounRel === 'dep' || head(noun) === verb;
    if (!stranded) continue;
    const main = children(verb).find((c) => c > verb && MISREAD.has(a.deprels[c]!) && a.upos[c] === 'VERB' && afterComma(c) && !children(c).some((k) => SUBJECT.test(a.deprels[k]!)));
    if (main === undefined) continue;
    // The main verb takes the place of the clause the noun was stranded in.
    const [mainHead, mainRel] = head(noun) === verb || nounRel === 'vocative' ? [head(verb), a.deprels[verb]!] : [head(noun), nounRel];
    setHead(a, main, mainHead, mainRel === 'vocative' ? 'root' : mainRel);
    const passive = children(main).some((k) => a.deprels[k] === 'aux:pass');
    setHead(a, noun, main, passive ? 'nsubj:pass' : 'nsubj');
    setHead(a, verb, noun, 'acl:relcl');
    // Punctuation after the relative clause (its closing comma, the full stop) belongs to the main clause.
    for (const k of children(verb)) if (k >= main - 1 && a.upos[k] === 'PUNCT') setHead(a, k, main, 'punct');
    for (const k of children(noun)) if (k > main && a.upos[k] === 'PUNCT') setHead(a, k, main, 'punct');
    repaired++;
  }
  return repaired;
}

/**
 * "a joint declaration in which Moscow agreed …", "Shinzo Abe, under whom ties were developed", "aid, which Moscow
 * rejected": a clause opened by a relative pronoun (after a preposition or not) is often read as an adverbial
 * clause, a conjunct or a parataxis. It is a relative clause of the noun before it (a comma aside).
 */
function repairMisattachedRelatives(a: SentenceAnalysis): number {
  let repaired = 0;
  const head = (i: number) => headOf(a, i);
  for (let r = 1; r < a.upos.length; r++) {
    if (!RELATIVE_PRONOUN_XPOS.has(a.xpos[r]!)) continue;
    const opening = a.upos[r - 1] === 'ADP' ? r - 1 : r;
    // The clause the pronoun's phrase belongs to: up from the pronoun to the first verb.
    const verb = verbAbove(a, head(r));
    if (verb <= r || !MISREAD.has(a.deprels[verb]!)) continue;
    const last = a.upos[opening - 1] === 'PUNCT' ? opening - 2 : opening - 1;
    const noun = last < 0 ? -1 : nounEndingAt(a, last);
    if (noun < 0) continue;
    setHead(a, verb, noun, 'acl:relcl');
    repaired++;
  }
  return repaired;
}

/**
 * "Sarkozy heads to Beijing for the opening of the Games, seeking to mend ties": a participle with no subject
 * and no relative pronoun is no relative clause (UD English writes a reduced relative as acl). After a comma it
 * is an adverbial clause of the verb whose clause holds the noun; without one, the noun's acl.
 */
function repairParticipleRelatives(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 0; p < forms.length; p++) {
    if (a.deprels[p] !== 'acl:relcl' || !PARTICIPLE_XPOS.has(a.xpos[p]!)) continue;
    const children = childrenOf(a, p);
    if (children.some((c) => SUBJECT.test(a.deprels[c]!) || RELATIVE_PRONOUN_XPOS.has(a.xpos[c]!) || a.deprels[c] === 'aux' || a.deprels[c] === 'aux:pass' || a.deprels[c] === 'cop')) continue;
    // The participle's first word (its comma aside): "…, then seeking".
    let first = p;
    while (first > 0 && children.includes(first - 1) && forms[first - 1] !== ',') first--;
    const noun = headOf(a, p);
    if (forms[first - 1] === ',' && noun >= 0) {
      const verb = verbAbove(a, headOf(a, noun));
      if (verb >= 0 && verb < p) {
        setHead(a, p, verb, 'advcl');
        repaired++;
        continue;
      }
    }
    a.deprels[p] = 'acl';
    repaired++;
  }
  return repaired;
}

/**
 * "bombing the airstrip in northern Chad captured by Chadian troops", "lift the sanctions imposed against Japan": a past
 * participle right after a noun phrase (no comma between), with an agent phrase ("by …") or another oblique and no
 * subject or auxiliary of its own, is a reduced passive
 * relative clause of that phrase's noun. The greedy parser reads it as an adverbial clause of the main verb, so that
 * the participle takes the main verb's subject as its doer ("Libyan forces … captured"). UD English makes it an acl
 * of the noun and the "by" phrase its obl:agent.
 */
function repairPassiveAdverbials(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 2; p < forms.length; p++) {
    if (a.deprels[p] !== 'advcl' || a.xpos[p] !== 'VBN' || forms[p - 1] === ',') continue;
    const children = childrenOf(a, p);
    if (children.some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c]!.startsWith('aux') || a.deprels[c] === 'mark' || a.deprels[c] === 'cop')) continue;
    const agent = agentPhrase(forms, a, children, p);
    // (Or with no agent but a phrase of its own after it: "lift the trade sanctions imposed against Japan".)
    const complement = agent ?? children.find((c) => c > p && a.deprels[c] === 'obl');
    if (complement === undefined || !['NOUN', 'PROPN', 'NUM'].includes(a.upos[p - 1]!)) continue;
    // The noun phrase's own noun: up from the word before through the nouns that hold it.
    let noun = p - 1;
    for (let steps = 0; steps < p && headOf(a, noun) >= 0 && headOf(a, noun) < p && ['nmod', 'compound', 'flat', 'nummod'].includes(a.deprels[noun]!.split(':')[0]!) && ['NOUN', 'PROPN'].includes(a.upos[headOf(a, noun)]!); steps++) noun = headOf(a, noun);
    if (!['NOUN', 'PROPN'].includes(a.upos[noun]!) || headOf(a, p) === noun) continue;
    setHead(a, p, noun, 'acl');
    if (agent !== undefined) a.deprels[agent] = 'obl:agent';
    repaired++;
  }
  return repaired;
}

/**
 * "held face-to-face talks with Kishida", "meet Kishida face-to-face": a phrase of a word, a preposition and a
 * word joined by hyphens (face-to-face, door-to-door, year-on-year) is one modifier, but the greedy parser reads
 * its preposition and second word as a clause of their own and derails the sentence. As UD writes it (GUM's
 * "floor-to-ceiling windows"): the first word heads the phrase, the second is its nmod with the preposition as
 * case. The phrase hangs on the noun right after it (compound), else where the parser hung it; words the parser
 * hung inside it hang on the phrase's governor instead, a subject after a preposition as its oblique.
 */
function repairHyphenedPhrases(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let w = 0; w + 4 < forms.length; w++) {
    if (forms[w + 1] !== '-' || forms[w + 3] !== '-' || (a.upos[w + 2] !== 'ADP' && a.xpos[w + 2] !== 'IN' && a.xpos[w + 2] !== 'TO')) continue;
    if (!/^\p{L}+$/u.test(forms[w]!) || !/^\p{L}+$/u.test(forms[w + 4]!)) continue;
    const span = [w, w + 1, w + 2, w + 3, w + 4];
    const inside = (t: number) => t >= w && t <= w + 4;
    // Where the phrase hangs: the noun right after it, else the nearest head outside it above its words.
    const next = w + 5 < forms.length && (a.upos[w + 5] === 'NOUN' || a.upos[w + 5] === 'PROPN') ? w + 5 : -1;
    const dependents = new Set(a.heads.flatMap((h, k) => (inside(h - 1) && !inside(k) ? [k] : [])));
    let governor = -1;
    let relation = 'obl';
    for (const t of span) {
      let h = headOf(a, t);
      let rel = a.deprels[t]!;
      let steps = 0;
      while (h >= 0 && inside(h) && steps++ < 6) {
        rel = a.deprels[h]!;
        h = headOf(a, h);
      }
      // (Not a word the parser hung on the phrase itself: "with Kishida face-to-face" read as a clause.)
      if (!inside(h) && !dependents.has(h) && (governor < 0 || t === w)) {
        governor = h;
        relation = rel;
      }
    }
    // ("Kishida face-to-face": the first word read as part of the name before it.)
    if (next < 0 && relation === 'flat' && governor >= 0 && headOf(a, governor) >= 0) {
      governor = headOf(a, governor);
      relation = 'obl';
    }
    if (governor < 0 && next < 0) continue;
    // The parser's dependents of the phrase's words, outside it, go to the phrase's governor.
    const outside = [...dependents];
    const newGovernor = next >= 0 ? (inside(headOf(a, next)) ? governor : headOf(a, next)) : governor;
    for (const k of outside) {
      if (k === next) continue;
      if (SUBJECT.test(a.deprels[k]!) && a.upos[k - 1] === 'ADP' && outside.includes(k - 1)) {
        setHead(a, k, newGovernor, 'obl');
        setHead(a, k - 1, k, 'case');
      } else if (!(a.upos[k] === 'ADP' && SUBJECT.test(a.deprels[k + 1] ?? '') && outside.includes(k + 1))) setHead(a, k, newGovernor, a.deprels[k]!);
    }
    if (next >= 0) {
      if (inside(headOf(a, next))) setHead(a, next, governor, relation === 'obl' ? 'obj' : relation);
      setHead(a, w, next, 'compound');
    } else setHead(a, w, governor, relation === 'root' ? 'obl' : relation);
    setHead(a, w + 1, w + 2, 'punct');
    setHead(a, w + 2, w + 4, 'case');
    setHead(a, w + 3, w + 2, 'punct');
    setHead(a, w + 4, w, 'nmod');
    repaired++;
    w += 4;
  }
  return repaired;
}

/**
 * "ordered British troops to march", "urged Egypt to remove obstacles": an infinitive hung on the object of a
 * verb of ordering, asking or allowing is that verb's open complement (xcomp), as UD writes it, so that the object
 * is its doer; hung on the noun (acl) it would be the verb's subject's to do.
 */
function repairObjectControl(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  // "urged Egypt to attack Israel" read with Egypt as the infinitive's subject: UD makes it the verb's object.
  for (let n = 0; n < forms.length; n++) {
    if (a.deprels[n] !== 'nsubj') continue;
    const infinitive = headOf(a, n);
    const verb = infinitive >= 0 ? headOf(a, infinitive) : -1;
    if (verb < 0 || a.deprels[infinitive] !== 'xcomp' || !(verb < n && n < infinitive)) continue;
    if (!hasToMark(forms, a, infinitive, n)) continue;
    if (!objectControlVerbs().has(forms[verb]!.toLowerCase()) || childrenOf(a, verb).some((c) => a.deprels[c] === 'obj')) continue;
    setHead(a, n, verb, 'obj');
    repaired++;
  }
  // "called on Israel to stop", "appealed to Russia to end": the noun after the verb's preposition is its oblique,
  // the infinitive (read as the noun's clause, or as an adverbial clause with the noun its subject) the verb's xcomp.
  for (let verb = 0; verb + 4 < forms.length; verb++) {
    const preposition = prepositionalControlVerbs().get(forms[verb]!.toLowerCase());
    if (preposition === undefined || forms[verb + 1]!.toLowerCase() !== preposition || a.upos[verb] !== 'VERB') continue;
    // The noun phrase after the preposition, then "to" and the infinitive.
    let to = verb + 2;
    while (to < forms.length && to - verb <= 7 && forms[to]!.toLowerCase() !== 'to' && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON'].includes(a.upos[to]!)) to++;
    const infinitive = to + 1;
    if (forms[to]?.toLowerCase() !== 'to' || a.xpos[infinitive] !== 'VB' || to === verb + 2) continue;
    let noun = to - 1;
    for (let steps = 0; steps < to && headOf(a, noun) > verb + 1 && headOf(a, noun) < to && headOf(a, noun) !== noun; steps++) noun = headOf(a, noun);
    if (!['NOUN', 'PROPN', 'PRON'].includes(a.upos[noun]!)) continue;
    setHead(a, noun, verb, 'obl');
    setHead(a, verb + 1, noun, 'case');
    setHead(a, infinitive, verb, 'xcomp');
    repaired++;
  }
  for (let t = 0; t < forms.length; t++) {
    if (a.deprels[t] !== 'acl' || a.xpos[t] !== 'VB') continue;
    const noun = headOf(a, t);
    if (noun < 0 || a.deprels[noun] !== 'obj' || noun > t) continue;
    if (!hasToMark(forms, a, t)) continue;
    const verb = headOf(a, noun);
    if (verb < 0 || !objectControlVerbs().has(forms[verb]!.toLowerCase())) continue;
    setHead(a, t, verb, 'xcomp');
    repaired++;
  }
  // "forcing them last September to grant Mexico generous terms", "urged them on Monday to sign": an infinitive read as
  // an adverbial clause or a clausal complement of such a verb, after its object, is its open complement too.
  for (let t = 0; t < forms.length; t++) {
    if ((a.deprels[t] !== 'advcl' && a.deprels[t] !== 'ccomp') || a.xpos[t] !== 'VB' || !hasToMark(forms, a, t)) continue;
    if (childrenOf(a, t).some((c) => a.deprels[c]!.startsWith('nsubj'))) continue;
    const verb = headOf(a, t);
    if (verb < 0 || verb > t || !objectControlVerbs().has(forms[verb]!.toLowerCase())) continue;
    // (An object that can act: not a sum, "authorized 2.0 mln dlrs in credit guarantees to cover sales", a purpose.)
    if (!childrenOf(a, verb).some((c) => a.deprels[c] === 'obj' && c < t && !childrenOf(a, c).some((n) => a.deprels[n] === 'nummod'))) continue;
    // (Not a question's infinitive: "pressed Mr Younger on how to avoid losing voters".)
    if (childrenOf(a, t).some((c) => a.xpos[c] === 'WRB' || a.xpos[c] === 'WP' || (a.deprels[c] === 'mark' && a.xpos[c] !== 'TO'))) continue;
    setHead(a, t, verb, 'xcomp');
    repaired++;
  }
  return repaired;
}

/**
 * "argued detention powers had helped prevent attacks", "after the Court of Appeal backed the plan": a verb read as a
 * conjunct with no coordinator and no comma before it, right after a noun phrase, is that noun's predicate. The
 * greedy parser takes the noun for the object of the verb before it (or for a preposition's noun) and the verb for
 * a conjunct of an earlier one, which hands the verb a subject from another clause. UD English makes the noun the
 * verb's subject and the verb the complement of the verb that took the noun as object (ccomp), or, after a
 * preposition that also opens clauses, an adverbial clause marked by it.
 */
function repairUnlinkedConjuncts(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v < forms.length; v++) {
    if (a.deprels[v] !== 'conj' || a.upos[v] !== 'VERB' || headOf(a, v) > v) continue;
    const children = childrenOf(a, v);
    if (children.some((c) => a.deprels[c] === 'cc' || SUBJECT.test(a.deprels[c]!) || (c < v && a.upos[c] === 'PUNCT'))) continue;
    // A finite verb: an auxiliary, a present tense, or an object of its own ("ties frayed by a threat" is a participle).
    const finite = a.xpos[v] === 'VBZ' || a.xpos[v] === 'VBP' || children.some((c) => a.deprels[c] === 'aux' || a.deprels[c] === 'obj');
    if (!finite) continue;
    // The verb's first word: its auxiliaries, negation and adverbs before it.
    let first = v;
    while (first > 0 && headOf(a, first - 1) === v && ['aux', 'aux:pass', 'advmod'].includes(a.deprels[first - 1]!)) first--;
    if (first === 0 || a.upos[first - 1] === 'PUNCT') continue;
    // The head of the noun phrase that ends right before it ("the Court of Appeal": "Court").
    let noun = nounEndingAt(a, first - 1);
    while (noun >= 0 && ['nmod', 'flat', 'compound'].includes(a.deprels[noun]!) && headOf(a, noun) >= 0 && headOf(a, noun) < noun && subtreeEnd(a, headOf(a, noun)) === first - 1) noun = headOf(a, noun);
    if (noun < 0 || !['NOUN', 'PROPN'].includes(a.upos[noun]!)) continue;
    const nounHead = headOf(a, noun);
    if (nounHead < 0 || nounHead >= noun) continue;
    const passive = children.some((c) => a.deprels[c] === 'aux:pass');
    // ("The unions which met Mr Prescott want …": after a relative clause's object comes the main verb.)
    if (a.deprels[nounHead] === 'acl:relcl' || childrenOf(a, nounHead).some((c) => RELATIVE_PRONOUN_XPOS.has(a.xpos[c]!))) continue;
    if (a.deprels[noun] === 'obj' && a.upos[nounHead] === 'VERB') {
      setHead(a, v, nounHead, 'ccomp');
    } else if (a.deprels[noun] === 'obl') {
      const opener = childrenOf(a, noun).find((c) => a.deprels[c] === 'case' && clauseOpeningPrepositions().has(forms[c]!.toLowerCase()));
      if (opener === undefined) continue;
      setHead(a, v, nounHead, 'advcl');
      setHead(a, opener, v, 'mark');
    } else continue;
    setHead(a, noun, v, passive ? 'nsubj:pass' : 'nsubj');
    repaired++;
  }
  return repaired;
}

/**
 * "The joint committee of Taiwan soybean importers awarded a contract to …": when the sentence's root is a noun and a
 * finite verb (tagged past or present, or a participle with an object) with no subject, marker or relative pronoun of its own hangs
 * on that noun's phrase as a reduced relative clause (acl), the verb is the main verb and the noun its subject. A
 * reduced relative is a participle ("importers awarded contracts last year"); the tagger's finite tag and a
 * sentence with no verb at its root say the parser read a garden path.
 */
function repairNominalRoots(a: SentenceAnalysis): number {
  const root = a.heads.indexOf(0);
  if (root < 0 || (a.upos[root] !== 'NOUN' && a.upos[root] !== 'PROPN')) return 0;
  // A participle with a direct object is no reduced passive relative either ("Turkish jets bombed PKK positions").
  const verb = a.heads.findIndex((_, v) => v > root && a.deprels[v] === 'acl' && a.upos[v] === 'VERB' && (FINITE_VERB_XPOS.has(a.xpos[v]!) || (a.xpos[v] === 'VBN' && childrenOf(a, v).some((c) => a.deprels[c] === 'obj'))));
  if (verb < 0 || childrenOf(a, verb).some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c] === 'mark' || RELATIVE_PRONOUN_XPOS.has(a.xpos[c]!))) return 0;
  // The verb hangs on the root's own phrase: up from it only through nouns' modifiers.
  // (Bounded: a repair earlier in the chain may have left a cycle, which repairParse undoes.)
  for (let h = headOf(a, verb), steps = 0; h !== root; h = headOf(a, h), steps++) if (h < 0 || steps > a.heads.length || !['nmod', 'compound', 'flat', 'appos'].includes(a.deprels[h]!.split(':')[0]!)) return 0;
  setHead(a, verb, -1, 'root');
  setHead(a, root, verb, 'nsubj');
  // What the noun held after the verb (the final stop, a frame) belongs to the verb now.
  for (const c of childrenOf(a, root)) if (c > verb) setHead(a, c, verb, a.deprels[c]!);
  return 1;
}

/**
 * "On Thursday, Kishida, who took office this week, held talks with Putin": a name after an opening phrase and a
 * comma is often read as a conjunct of that phrase ("Thursday … Kishida"), which leaves the main verb without a
 * subject. When the verb has none, and a noun with no coordinator of its own is a conjunct of one of the verb's
 * obliques before it, right after a comma, the noun is the verb's subject.
 */
function repairOpeningSubjects(a: SentenceAnalysis): number {
  let repaired = 0;
  // One pass over the words (the verbs to look at are few): a noun that is an oblique's conjunct right after a comma.
  for (let noun = 2; noun < a.heads.length; noun++) {
    if (a.deprels[noun] !== 'conj' || !['PROPN', 'NOUN'].includes(a.upos[noun]!) || a.upos[noun - 1] !== 'PUNCT') continue;
    const oblique = headOf(a, noun);
    const verb = oblique >= 0 ? headOf(a, oblique) : -1;
    if (verb <= noun || !a.deprels[oblique]!.startsWith('obl') || a.upos[verb] !== 'VERB') continue;
    const children = childrenOf(a, verb);
    if (children.some((c) => SUBJECT.test(a.deprels[c]!)) || childrenOf(a, noun).some((c) => a.deprels[c] === 'cc')) continue;
    setHead(a, noun, verb, 'nsubj');
    repaired++;
  }
  return repaired;
}

/**
 * "Kishida, Putin Confirm Commitment …": a headline writes "A and B" as "A, B". When the sentence opens with a name,
 * a comma and a second name that is a verb's subject, and the first name is not a subject itself, the two are the
 * verb's coordinated subject: as UD English writes it, the first is the subject and the second its conjunct.
 */
function repairHeadlineLists(forms: readonly string[], a: SentenceAnalysis): number {
  if (forms[1] !== ',' || a.upos[0] !== 'PROPN' || SUBJECT.test(a.deprels[0]!) || a.deprels[0] === 'root') return 0;
  // The second name: its head word, past a flat name ("Vladimir Putin").
  let second = 2;
  while (second + 1 < forms.length && a.deprels[second] === 'flat' && headOf(a, second) > second) second = headOf(a, second);
  while (a.deprels[second + 1] === 'flat' && headOf(a, second + 1) === second) second++;
  const name = [...Array(second + 1).keys()].slice(2).find((k) => SUBJECT.test(a.deprels[k]!) && a.upos[k] === 'PROPN');
  if (name === undefined) return 0;
  const verb = headOf(a, name);
  if (verb < 0 || a.upos[verb] !== 'VERB' || childrenOf(a, 0).some((c) => a.deprels[c] !== 'punct')) return 0;
  setHead(a, 0, verb, a.deprels[name]!);
  setHead(a, name, 0, 'conj');
  setHead(a, 1, name, 'punct');
  return 1;
}

