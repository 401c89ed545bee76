import type { SentenceAnalysis } from './model.js';
import { FINITE_VERB_XPOS, NOMINAL_UPOS, POSSESSIVE_MARK, SUBJECT, childrenOf, dominates, headOf, phraseStart, setHead, subtreeEnd, verbAbove, wordList } from './repair-tree.js';

// Parser repairs inside noun phrases (called from repair.ts).

/**
 * "rumours of race riots in Kuala Lumpur": the parser sometimes hangs a preposition on the first word of a
 * multi-word name ("in" on "Kuala", itself a compound of "Lumpur"), so the name's head has no preposition and every
 * stage reads it as a bare noun: a participant where it is a place. UD hangs the case marker on the phrase's head:
 * a preposition before its compound modifier moves to the noun the modifier hangs on.
 */
export function repairCaseOnModifiers(a: SentenceAnalysis): number {
  let repaired = 0;
  for (let k = 0; k < a.heads.length; k++) {
    if (a.deprels[k] !== 'case') continue;
    let head = headOf(a, k);
    // (Up the modifiers that stand before their noun: "in Kuala Lumpur", "at the New York Stock Exchange".)
    for (let steps = 0; head > k && a.deprels[head] === 'compound' && headOf(a, head) > head && steps < 4; steps++) head = headOf(a, head);
    if (head !== headOf(a, k) && NOMINAL_UPOS.has(a.upos[head]!)) {
      setHead(a, k, head, 'case');
      repaired++;
    }
  }
  return repaired;
}

/** Whether some preposition hangs on a compound modifier before its noun (what repairCaseOnModifiers mends). */
export function hasCaseOnModifier(a: SentenceAnalysis): boolean {
  return a.deprels.some((d, k) => d === 'case' && a.deprels[headOf(a, k)] === 'compound' && headOf(a, headOf(a, k)) > headOf(a, k));
}

/**
 * "Senate Democratic leader Robert Byrd, pointing to panic selling on Wall Street, urged President Reagan to join
 * Congress": after a long subject set off by a participle clause, the parser may leave the subject as the root, hang
 * the finite verb on it as a conjunct with no coordinator, and take the noun after the verb for its subject. When the
 * root is a noun with such a conjunct, a past or present tense with no subject before it, no coordinator and one
 * subject after it, the verb is the root, the noun its subject, and the noun after it its object.
 */
export function repairNominalConjunctRoots(a: SentenceAnalysis): number {
  const root = a.heads.indexOf(0);
  if (root < 0 || !NOMINAL_UPOS.has(a.upos[root]!)) return 0;
  const verb = childrenOf(a, root).find((v) => v > root && a.deprels[v] === 'conj' && a.upos[v] === 'VERB' && FINITE_VERB_XPOS.has(a.xpos[v]!));
  if (verb === undefined) return 0;
  const children = childrenOf(a, verb);
  if (children.some((c) => a.deprels[c] === 'cc' || (c < verb && SUBJECT.test(a.deprels[c]!)))) return 0;
  const after = children.filter((c) => c > verb && SUBJECT.test(a.deprels[c]!));
  if (after.length !== 1 || !NOMINAL_UPOS.has(a.upos[after[0]!]!)) return 0;
  setHead(a, verb, -1, 'root');
  setHead(a, root, verb, 'nsubj');
  setHead(a, after[0]!, verb, 'obj');
  // What the noun held after the verb (the final stop) belongs to the verb now.
  for (const c of childrenOf(a, root)) if (c > verb) setHead(a, c, verb, a.deprels[c]!);
  return 1;
}

/**
 * "a measure passed two years ago but vetoed by President Reagan": the parser may label a noun that has its own
 * preposition as the verb's object, and every stage then reads the agent as the one acted on. UD never gives an
 * object a preposition: the noun is an oblique, the agent (obl:agent) when "by" marks it on a past participle.
 */
export function repairObjectsWithPrepositions(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let k = 0; k < a.heads.length; k++) {
    const preposition = caseOnObject(a, k);
    if (preposition < 0) continue;
    const verb = headOf(a, k);
    // (The preposition hangs on the noun's head, as UD has it: "by President Reagan" had it on "President".)
    setHead(a, preposition, k, 'case');
    const agent = forms[preposition]!.toLowerCase() === 'by' && a.xpos[verb] === 'VBN';
    setHead(a, k, verb, agent ? 'obl:agent' : 'obl');
    repaired++;
  }
  return repaired;
}

/** Whether word k is labelled an object (obj, iobj) yet its phrase opens with a preposition of its own. */
export function hasCaseOnObject(a: SentenceAnalysis, k: number): boolean {
  return caseOnObject(a, k) >= 0;
}

/** The preposition that opens the phrase of word k labelled an object, or -1. */
function caseOnObject(a: SentenceAnalysis, k: number): number {
  if ((a.deprels[k] !== 'obj' && a.deprels[k] !== 'iobj') || !NOMINAL_UPOS.has(a.upos[k]!)) return -1;
  const first = phraseStart(a, k);
  return first < k && a.deprels[first] === 'case' && a.upos[first] === 'ADP' ? first : -1;
}

/** Counted spans of time and the words that place them ("five years after", "two days ago"): data/syntax/. */
const elapsedTimeNouns = () => wordList('elapsed-time-nouns.tsv');
const timeOrderWords = () => wordList('time-order-words.tsv');

/**
 * "Ethiopia deplored Libya almost five years after crowds trashed its embassy": the greedy parser may read the counted
 * span of time as a predicate and the noun before it as its subject ("Libya … years"), so the verb loses its object
 * and every stage its target. A span of time followed by "after", "before", "ago" … says when (UD: an unmarked
 * oblique); the noun the parser gave it as subject goes back to the verb before it, as its object or, with a
 * preposition of its own ("act with Libya"), its oblique.
 */
export function repairElapsedTimeSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let span = 1; span < forms.length - 1; span++) {
    if (!elapsedTimeNouns().has(forms[span]!.toLowerCase()) || !timeOrderWords().has(forms[span + 1]!.toLowerCase())) continue;
    if (a.heads[span] === 0) continue;
    const subject = childrenOf(a, span).find((c) => c < span && SUBJECT.test(a.deprels[c]!) && NOMINAL_UPOS.has(a.upos[c]!));
    if (subject === undefined) continue;
    let verb = phraseStart(a, subject) - 1;
    while (verb >= 0 && a.upos[verb] !== 'VERB') verb--;
    if (verb < 0 || dominates(a, span, verb)) continue;
    const hasPreposition = childrenOf(a, subject).some((c) => c < subject && a.deprels[c] === 'case');
    const hasObject = childrenOf(a, verb).some((c) => a.deprels[c] === 'obj');
    if (!hasPreposition && hasObject) continue;
    setHead(a, subject, verb, hasPreposition ? 'obl' : 'obj');
    setHead(a, span, verb, 'obl:unmarked');
    repaired++;
  }
  return repaired;
}

/** Whether some counted span of time has a subject before it (what repairElapsedTimeSubjects mends). */
export function hasElapsedTimeSubject(forms: readonly string[], a: SentenceAnalysis): boolean {
  return forms.some((f, k) => a.deprels[k] !== undefined && SUBJECT.test(a.deprels[k]!) && headOf(a, k) > k && elapsedTimeNouns().has(forms[headOf(a, k)]!.toLowerCase()));
}

/** Whether word p is a past form (participle or past tense: the tagger confuses the two). */
const isPastForm = (a: SentenceAnalysis, p: number) => a.xpos[p] === 'VBN' || a.xpos[p] === 'VBD';

/** The noun a participle stands before: the word at `first`, or the head of the name it opens ("President Ferdinand Marcos"). */
function nominalHeadFrom(a: SentenceAnalysis, first: number): number {
  let noun = first;
  while (headOf(a, noun) > noun && headOf(a, noun) <= noun + 3 && NOMINAL_UPOS.has(a.upos[headOf(a, noun)]!)) noun = headOf(a, noun);
  return noun;
}

/** Words after which a participle is a noun's modifier, never a verb: articles and possessive pronouns (data/syntax/modifier-openers.tsv). */
const modifierOpeners = () => wordList('modifier-openers.tsv');
/**
 * Whether word k opens a noun phrase a participle may modify: an article, a possessive pronoun (by form as well as
 * tag: the tagger may tag a plural abbreviation "PRP$", "MPs criticised Blair") or a possessive 's.
 */
const opensModifiedPhrase = (forms: readonly string[], a: SentenceAnalysis, k: number) =>
  (modifierOpeners().has(forms[k]!.toLowerCase()) && (a.upos[k] === 'DET' || a.xpos[k] === 'PRP$')) || (a.xpos[k] === 'POS' && POSSESSIVE_MARK.test(forms[k]!));
/** Whether word k is an article ("the", "a"): a determiner of the list, not a possessive pronoun. */
const isArticle = (forms: readonly string[], a: SentenceAnalysis, k: number) => modifierOpeners().has(forms[k]!.toLowerCase()) && a.xpos[k] !== 'PRP$';

/**
 * "linked with the country's deposed President Ferdinand Marcos", "the ousted leader": a past participle after an
 * article or a possessive and before the noun of the same phrase modifies that noun (amod), yet the greedy parser may
 * read it as a verb with the noun for its object, and the coder then has the word before it depose the president.
 */
export function repairArticleParticiples(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 1; p + 1 < forms.length; p++) {
    if (!isPastForm(a, p) || !opensModifiedPhrase(forms, a, p - 1)) continue;
    if (!NOMINAL_UPOS.has(a.upos[p + 1]!)) continue;
    const noun = nominalHeadFrom(a, p + 1);
    const object = childrenOf(a, p).find((c) => c > p && (a.deprels[c] === 'obj' || a.deprels[c] === 'nsubj'));
    if (object === undefined) continue;
    if (object !== noun && !dominates(a, object, noun) && !dominates(a, noun, object)) continue;
    const top = dominates(a, object, noun) ? object : noun;
    // The phrase takes the participle's place in the sentence (a clause's place as an oblique or a noun's modifier),
    // the participle its modifier, and a preposition before the phrase its case marker.
    const over = headOf(a, p);
    const clausal = /^(acl|advcl|ccomp|xcomp)/.test(a.deprels[p]!);
    const before = childrenOf(a, p).filter((c) => c < p);
    setHead(a, top, over, clausal ? (over >= 0 && a.upos[over] === 'VERB' ? 'obl' : 'nmod') : a.deprels[p]!);
    setHead(a, p, top, 'amod');
    // What stood before the participle belongs to the noun's phrase: the article or possessor, a preposition its case.
    for (const c of before) setHead(a, c, top, a.deprels[c] === 'mark' ? 'case' : isArticle(forms, a, c) ? 'det' : a.deprels[c]!);
    repaired++;
  }
  return repaired;
}

/** Whether some past participle after an article or possessive has an object (what repairArticleParticiples mends). */
export function hasArticleParticiple(forms: readonly string[], a: SentenceAnalysis): boolean {
  return a.xpos.some((_, p) => isPastForm(a, p) && p > 0 && opensModifiedPhrase(forms, a, p - 1));
}

/** How a noun phrase takes the place of a participle the parser made a clause: an object for a complement, an oblique for an adjunct. */
const CLAUSE_TO_NOMINAL: Record<string, string> = { ccomp: 'obj', xcomp: 'obj', advcl: 'obl', acl: 'nmod', 'acl:relcl': 'nmod', parataxis: 'obj' };

/**
 * "Iran fired U.S.-made missiles at Iraq", "the Russian-backed rebels": a word hyphened to a past participle before a
 * noun modifies that noun (UD: the participle an amod, the word its obl:npmod), yet the greedy parser may read the
 * word as the participle's subject and the noun as its object, a clause, so that the country of origin becomes a
 * participant. The noun phrase takes the participle's place and the participle modifies it.
 */
export function repairHyphenedParticiples(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 2; p + 1 < forms.length; p++) {
    // (Not a participle the parser made the root: the sentence's own verb is then misread too, and the noun would not
    // be a better root.)
    if (forms[p - 1] !== '-' || !isPastForm(a, p) || !NOMINAL_UPOS.has(a.upos[p + 1]!) || a.heads[p] === 0) continue;
    const noun = nominalHeadFrom(a, p + 1);
    const object = childrenOf(a, p).find((c) => c > p && dominates(a, c, noun));
    if (object === undefined) continue;
    const over = headOf(a, p);
    const relation = a.deprels[p]!;
    const others = childrenOf(a, p).filter((c) => c !== object && c !== p - 1 && c !== p - 2);
    // ("bombarded a government-held part": where the word before the hyphen was another verb's object, the phrase is.)
    const first = headOf(a, p - 2);
    // (That verb may hang on the participle itself; it goes with the participle's other dependents, below.)
    const takesFirstsPlace = first >= 0 && first !== p && /^(obj|iobj|obl|nmod)/.test(a.deprels[p - 2]!) && (!dominates(a, p, first) || others.includes(first));
    if (takesFirstsPlace) setHead(a, object, first, a.deprels[p - 2]!);
    else setHead(a, object, over, CLAUSE_TO_NOMINAL[relation] ?? relation);
    setHead(a, p, object, 'amod');
    setHead(a, p - 1, p, 'punct');
    setHead(a, p - 2, p, 'obl:npmod');
    // What else hung on the participle ("at Iraq") belongs to the clause the phrase now stands in.
    for (const c of others) setHead(a, c, over >= 0 ? over : object, a.deprels[c]!);
    repaired++;
  }
  return repaired;
}

/**
 * "if Iraq attacked Kuwait": the greedy parser may hang a name right before a verb on that verb as a compound, a
 * relation UD English gives verbs only for particles (compound:prt). The verb then has no subject and takes its
 * governor's ("Japan agreed to pay Iran if Iraq attacked Kuwait" made Japan the attacker). A noun, name or pronoun
 * so hung before a verb with no subject is its subject (nsubj:pass beside a passive auxiliary).
 */
export function repairVerbCompounds(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let k = 0; k < a.heads.length; k++) {
    if (a.deprels[k] !== 'compound' || !['NOUN', 'PROPN', 'PRON'].includes(a.upos[k]!)) continue;
    const verb = headOf(a, k);
    // (Not in capitals, where the tags are guesses: "U.S. EXPORTERS REPORT 100,000 TONNES CORN SOLD TO ALGERIA".)
    if (verb <= k || a.upos[verb] !== 'VERB' || !/[a-z]/.test(forms[verb]!) || childrenOf(a, verb).some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // (Not a phrase with a preposition, which is no subject: "The U.S. in July proposed".)
    if (childrenOf(a, k).some((c) => a.deprels[c] === 'case')) continue;
    // (Only the name's last word: "Saudi Arabia attacked" keeps "Saudi" on "Arabia".)
    if (childrenOf(a, verb).some((c) => c > k && c < verb && a.deprels[c] === 'compound')) continue;
    const passive = childrenOf(a, verb).some((c) => a.deprels[c] === 'aux:pass');
    a.deprels[k] = passive ? 'nsubj:pass' : 'nsubj';
    for (const c of childrenOf(a, verb)) if (c < k && a.deprels[c] === 'compound') setHead(a, c, k, 'compound');
    repaired++;
  }
  return repaired;
}

/**
 * "Chilean and Peruvian officials meet tomorrow": an adjective before the subject read as the verb's object (English
 * objects follow their verb) is the subject's modifier when its phrase runs into the subject's.
 */
export function repairAdjectiveObjects(a: SentenceAnalysis): number {
  let repaired = 0;
  for (let o = 0; o < a.upos.length; o++) {
    if (!hasAdjectiveObject(a, o)) continue;
    const verb = headOf(a, o);
    const subject = childrenOf(a, verb).find((c) => SUBJECT.test(a.deprels[c]!) && c > o && NOMINAL_UPOS.has(a.upos[c]!));
    // Only its own conjuncts and the subject's modifiers stand between: "Chilean and Peruvian officials".
    const end = subtreeEnd(a, o);
    if (subject === undefined || end >= subject) continue;
    if (![...Array(subject - end - 1).keys()].every((k) => dominates(a, subject, end + 1 + k))) continue;
    setHead(a, o, subject, 'amod');
    repaired++;
  }
  return repaired;
}

export function hasAdjectiveObject(a: SentenceAnalysis, o: number): boolean {
  return a.deprels[o] === 'obj' && a.upos[o] === 'ADJ' && headOf(a, o) > o;
}

/**
 * "warned against disunity and Tory leader Michael Howard may take up the theme": a noun phrase joined by "and" or "but"
 * to a noun of the clause before, and followed by a finite verb (or its modal) with no subject, is that verb's subject,
 * and the verb a conjunct of the clause before. The greedy parser joins the two nouns and leaves the verb without a
 * subject, so that the first clause's verb reaches the second clause's subject.
 */
export function repairCoordinatedClauseSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 3; v < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || childrenOf(a, v).some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c] === 'expl')) continue;
    const start = phraseStart(a, v);
    const left = childrenOf(a, v).filter((c) => c < v);
    if (!FINITE_VERB_XPOS.has(a.xpos[v]!) && !left.some((c) => a.xpos[c] === 'MD' || FINITE_VERB_XPOS.has(a.xpos[c]!))) continue;
    if (left.some((c) => !['aux', 'aux:pass', 'advmod'].includes(a.deprels[c]!))) continue;
    // The noun whose phrase ends right before the verb's, a conjunct with its coordinator.
    let noun = start - 1;
    if (noun < 0 || !NOMINAL_UPOS.has(a.upos[noun]!)) continue;
    while (a.deprels[noun] === 'flat' || a.deprels[noun] === 'appos') noun = headOf(a, noun);
    const coordinator = childrenOf(a, noun).find((c) => a.deprels[c] === 'cc' && c < noun && ['and', 'but'].includes(forms[c]!.toLowerCase()));
    if (a.deprels[noun] !== 'conj' || coordinator === undefined || subtreeEnd(a, noun) !== start - 1) continue;
    const governor = verbAbove(a, headOf(a, noun));
    if (governor < 0 || governor === v || dominates(a, v, governor)) continue;
    // ("… and riot police were used to install …": a passive's subject.)
    setHead(a, noun, v, left.some((c) => a.deprels[c] === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
    setHead(a, coordinator, v, 'cc');
    setHead(a, v, governor, 'conj');
    repaired++;
  }
  return repaired;
}

/**
 * "Jack Straw and his Spanish counterpart Miguel Moratinos agreed": a name right after the common noun that ends a
 * verb's subject, read as a second subject of the same verb, names that noun (its apposition). A verb has one subject;
 * the greedy parser gives it two when a title-like noun ("counterpart", "envoy") runs into the name.
 */
export function repairSecondSubjectNames(a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 0; v < a.upos.length; v++) {
    if (a.upos[v] !== 'VERB' && a.upos[v] !== 'AUX') continue;
    const subjects = childrenOf(a, v).filter((c) => a.deprels[c] === 'nsubj');
    if (subjects.length !== 2) continue;
    const [first, name] = subjects as [number, number];
    const end = subtreeEnd(a, first);
    if (a.upos[name] !== 'PROPN' || phraseStart(a, name) !== end + 1 || a.upos[end] !== 'NOUN' || name > v) continue;
    setHead(a, name, end, 'appos');
    repaired++;
  }
  return repaired;
}

/** Whether some word has exactly two nsubj dependents (one pass over the sentence: the gate runs on every parse). */
export function hasTwoSubjects(a: SentenceAnalysis): boolean {
  const subjects = new Array<number>(a.heads.length + 1).fill(0);
  for (let k = 0; k < a.heads.length; k++) if (a.deprels[k] === 'nsubj') subjects[a.heads[k]!]!++;
  return subjects.some((n, head) => head > 0 && n === 2);
}
