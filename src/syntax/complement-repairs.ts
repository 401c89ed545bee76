import type { SentenceAnalysis } from './model.js';
import { FINITE_XPOS, NOMINAL_OPENING_UPOS, agentPhrase, hasToMark, NOMINAL_UPOS, POSSESSIVE_MARK, SUBJECT, childrenOf, clauseOpeningPrepositions, dominates, headOf, setHead, subtreeEnd, verbAbove, wordList } from './repair-tree.js';

// Parser repairs of a verb's complements and adverbial clauses (called from repair.ts).

/** Verb forms whose infinitive is their complement, not a clause of purpose (data/syntax/infinitive-complement-verbs.tsv). */
const infinitiveComplementVerbs = () => wordList('infinitive-complement-verbs.tsv');
/** Head words of phrases of time and of set adverbial phrases (data/syntax/adverbial-phrase-heads.tsv). */
const timeWords = () => wordList('adverbial-phrase-heads.tsv');
const TIME_PHRASE_UPOS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV']);
/** Verb forms whose object never does what their infinitive says (data/syntax/purpose-infinitive-verbs.tsv). */
const purposeInfinitiveVerbs = () => wordList('purpose-infinitive-verbs.tsv');

/**
 * "Iran vowed on Thursday to attack Israel", "Russia agreed last week to resume talks": with a phrase of time between
 * a verb that takes an infinitive and its infinitive, the greedy parser hangs the infinitive on the time word (acl)
 * or reads it as an adverbial clause of purpose, and the coder then reads the intended attack as done. UD English
 * makes the infinitive the verb's xcomp and the time phrase its oblique; repaired so when every word between the
 * verb and "to" is an adverb or belongs to a phrase headed by a time word (or "in principle", "in vain").
 */
export function repairInterruptedComplements(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let to = 2; to < forms.length - 1; to++) {
    if (forms[to]!.toLowerCase() !== 'to' || a.deprels[to] !== 'mark') continue;
    const infinitive = headOf(a, to);
    if (infinitive !== to + 1 || a.xpos[infinitive] !== 'VB' || a.deprels[infinitive] === 'xcomp') continue;
    // Back over the words between: adverbs and a phrase of time.
    let verb = to - 1;
    let time = -1;
    while (verb > 0 && TIME_PHRASE_UPOS.has(a.upos[verb]!) && to - verb <= 5) {
      if ((a.upos[verb] === 'NOUN' || a.upos[verb] === 'PROPN') && timeWords().has(forms[verb]!.toLowerCase())) time = verb;
      verb--;
    }
    if (a.upos[verb] !== 'VERB' || !infinitiveComplementVerbs().has(forms[verb]!.toLowerCase())) continue;
    if (verb + 1 < to && time < 0 && !forms.slice(verb + 1, to).every((_, k) => a.upos[verb + 1 + k] === 'ADV')) continue;
    // The infinitive hangs on the verb itself or on the time phrase between them.
    const on = headOf(a, infinitive);
    if (on !== verb && (on <= verb || on >= to)) continue;
    setHead(a, infinitive, verb, 'xcomp');
    if (time >= 0) {
      if (headOf(a, time) < verb || headOf(a, time) >= to) setHead(a, time, verb, 'obl');
      else if (headOf(a, time) === verb && a.deprels[time] !== 'obl') setHead(a, time, verb, a.deprels[time] === 'obl:unmarked' || a.deprels[time] === 'obl:tmod' ? a.deprels[time]! : 'obl');
      // "on Thursday": the preposition is the time word's case marker, not a particle of the verb.
      for (const k of childrenOf(a, verb)) if (k > verb && k < time && a.upos[k] === 'ADP' && a.deprels[k] === 'compound:prt') setHead(a, k, time, 'case');
      if (forms.slice(verb + 1, time).some((_, k) => a.upos[verb + 1 + k] === 'ADP' && headOf(a, verb + 1 + k) === time) && a.deprels[time] === 'obl:unmarked') setHead(a, time, verb, 'obl');
    }
    repaired++;
  }
  return repaired;
}


/**
 * "delayed their meeting after a hafling was reported on the pass": a preposition that also opens clauses, before a
 * noun phrase followed by a finite verb or auxiliary, opens that clause: the noun is the clause's subject. The greedy
 * parser hangs the noun on a noun of the main clause (nmod) and the verb on the main verb, so that the main verb
 * reaches into the other clause for its participants. UD English makes the preposition the mark of an adverbial
 * clause whose subject the noun is.
 */
export function repairPrepositionalClauses(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 1; p < forms.length - 2; p++) {
    if (a.deprels[p] !== 'case' || !clauseOpeningPrepositions().has(forms[p]!.toLowerCase())) continue;
    const noun = headOf(a, p);
    if (noun <= p || !['NOUN', 'PROPN', 'PRON'].includes(a.upos[noun]!)) continue;
    // ("after the man, armed with a rifle, killed …": a participle's aside in commas right after the noun is passed over.)
    const aside = participleAside(forms, a, noun);
    const next = aside ? aside.close + 1 : subtreeEnd(a, noun) + 1;
    if (next >= forms.length || !FINITE_XPOS.has(a.xpos[next]!) || !['AUX', 'VERB'].includes(a.upos[next]!)) continue;
    const verb = a.upos[next] === 'VERB' ? next : headOf(a, next);
    if (verb < next || a.upos[verb] !== 'VERB' || childrenOf(a, verb).some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // The clause hangs on the verb above the noun's old place; neither may lie below the other's new dependent.
    const governor = verbAbove(a, headOf(a, noun));
    if (governor < 0 || governor === verb || dominates(a, noun, verb) || dominates(a, verb, governor)) continue;
    const passive = childrenOf(a, verb).some((c) => a.deprels[c] === 'aux:pass');
    setHead(a, noun, verb, passive ? 'nsubj:pass' : 'nsubj');
    setHead(a, p, verb, 'mark');
    setHead(a, verb, governor, 'advcl');
    if (aside && !dominates(a, noun, aside.participle)) setHead(a, aside.participle, noun, 'acl');
    repaired++;
  }
  return repaired;
}

/** ", armed with a rifle," right after a noun: the participle and the closing comma, when no finite verb comes between. */
function participleAside(forms: readonly string[], a: SentenceAnalysis, noun: number): { participle: number; close: number } | null {
  const participle = noun + 2;
  if (forms[noun + 1] !== ',' || !['VBN', 'VBG'].includes(a.xpos[participle] ?? '')) return null;
  for (let k = participle + 1; k < forms.length; k++) {
    if (forms[k] === ',') return k > participle ? { participle, close: k } : null;
    if (FINITE_XPOS.has(a.xpos[k]!)) return null;
  }
  return null;
}

/**
 * "The United States and France, backed by the IMF, want the seven to agree": a past participle set off by commas
 * right after the subject, with an agent phrase ("by …") or an infinitive ("asked to fund …"), is a reduced passive relative clause of the subject, and
 * the finite verb after the closing comma is the main verb. The greedy parser makes the participle the root (a past
 * tense whose subject is the noun) and the main verb its adverbial clause, so the coder reads the United States as
 * backing the IMF. Repaired when the participle has no auxiliary and the later verb is finite with no subject of its
 * own: the later verb becomes the root with the noun as its subject, the participle an acl of the noun (VBN) and the
 * "by" phrase its obl:agent.
 */
export function repairParentheticalParticiples(forms: readonly string[], a: SentenceAnalysis): number {
  const participle = a.heads.indexOf(0);
  if (participle < 2 || forms[participle - 1] !== ',' || !['VBD', 'VBN'].includes(a.xpos[participle]!)) return 0;
  const children = childrenOf(a, participle);
  if (children.some((c) => a.deprels[c]!.startsWith('aux') || a.deprels[c] === 'cop' || a.deprels[c] === 'obj')) return 0;
  const subject = children.find((c) => c < participle && SUBJECT.test(a.deprels[c]!));
  const agent = agentPhrase(forms, a, children, participle);
  // ("European governments, asked to fund the programs, have said …": or with an infinitive of its own instead of an agent.)
  const infinitive = children.find((c) => c > participle && (a.deprels[c] === 'xcomp' || a.deprels[c] === 'advcl') && hasToMark(forms, a, c));
  if (subject === undefined || (agent === undefined && infinitive === undefined)) return 0;
  const closing = Math.max(agent !== undefined ? subtreeEnd(a, agent) : -1, infinitive !== undefined ? subtreeEnd(a, infinitive) : -1) + 1;
  const verb = children.find((c) => c > closing && ['advcl', 'conj', 'parataxis', 'ccomp'].includes(a.deprels[c]!));
  // (A base form with no "to" is a present tense the tagger misread: "want" after the subject's plural.)
  if (forms[closing] !== ',' || verb === undefined || !(FINITE_XPOS.has(a.xpos[verb]!) || a.xpos[verb] === 'VB' || childrenOf(a, verb).some((c) => a.deprels[c] === 'aux'))) return 0;
  if (childrenOf(a, verb).some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c] === 'mark')) return 0;
  setHead(a, verb, -1, 'root');
  setHead(a, subject, verb, a.deprels[subject]!);
  setHead(a, participle, subject, 'acl');
  a.xpos[participle] = 'VBN';
  if (agent !== undefined) a.deprels[agent] = 'obl:agent';
  // What the participle held after the main verb (the final stop) is the main verb's.
  for (const c of children) if (c > verb) setHead(a, c, verb, a.deprels[c]!);
  if (forms[closing] === ',' && headOf(a, closing) === participle) setHead(a, closing, participle, 'punct');
  return 1;
}

/**
 * "The provision on wheat to the Soviet Union, offered by Rep. Smith, does not require …": a past participle set off
 * by a comma after the subject, with no auxiliary, is a reduced passive relative clause of that subject. The greedy
 * parser makes the noun the participle's passive subject and the participle an adverbial clause (or the clausal
 * subject) of the main verb, which is left with no subject of its own, so the coder takes the nearest actor before it (the Soviet Union) as its doer.
 * Repaired when the main verb comes after the participle and has no subject of its own: the noun becomes its
 * subject, the participle an acl of the noun, a "by" phrase its obl:agent.
 */
export function repairSetOffParticiples(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let p = 2; p < forms.length; p++) {
    // (Or as its clausal subject.)
    if ((a.deprels[p] !== 'advcl' && a.deprels[p] !== 'csubj') || a.xpos[p] !== 'VBN' || forms[p - 1] !== ',') continue;
    const verb = headOf(a, p);
    if (verb <= p || childrenOf(a, verb).some((c) => c !== p && SUBJECT.test(a.deprels[c]!))) continue;
    const children = childrenOf(a, p);
    if (children.some((c) => a.deprels[c]!.startsWith('aux') || a.deprels[c] === 'cop' || a.deprels[c] === 'mark')) continue;
    const subject = children.find((c) => c < p && SUBJECT.test(a.deprels[c]!));
    if (subject === undefined || !NOMINAL_UPOS.has(a.upos[subject]!)) continue;
    setHead(a, subject, verb, 'nsubj');
    setHead(a, p, subject, 'acl');
    const agent = agentPhrase(forms, a, children, p);
    if (agent !== undefined) a.deprels[agent] = 'obl:agent';
    repaired++;
  }
  return repaired;
}

/**
 * "Blair said Labour would set out plans for tackling abuse and attacked the Tory plans": a past-tense verb with no
 * subject of its own, read as the conjunct of an -ing form or a bare infinitive, is the conjunct of the nearest
 * past-tense verb above it (coordinated predicates share their form), so that it shares that verb's subject.
 */
export function repairMismatchedConjuncts(a: SentenceAnalysis): number {
  const isPastVerb = (t: number) => a.xpos[t] === 'VBD' && a.upos[t] === 'VERB';
  let repaired = 0;
  for (let v = 1; v < a.heads.length; v++) {
    if (a.deprels[v] !== 'conj' || !isPastVerb(v)) continue;
    const head = headOf(a, v);
    if (a.xpos[head] !== 'VBG' && a.xpos[head] !== 'VB') continue;
    if (childrenOf(a, v).some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // ("provide missiles and associated hardware": a past form right before a bare noun may be its modifier.)
    if (a.upos[v + 1] === 'NOUN' || a.upos[v + 1] === 'ADJ') continue;
    let up = headOf(a, head);
    // (Bounded: a repair earlier in the chain may have left a cycle, which repairParse undoes.)
    for (let steps = 0; up > 0 && !isPastVerb(up) && steps <= a.heads.length; steps++) up = headOf(a, up);
    if (up <= 0 || up > v || !isPastVerb(up)) continue;
    setHead(a, v, up, 'conj');
    repaired++;
  }
  return repaired;
}


/**
 * "signed an agreement to end Portuguese rule over Macao and return it to Chinese control": a bare infinitive with no
 * subject or auxiliary of its own, read as the conjunct of a finite verb, is the conjunct of the nearest "to"-infinitive
 * between them that the finite verb governs (coordinated predicates share their form), so that it is that infinitive's
 * act and not the finite verb's.
 */
export function repairInfinitiveConjuncts(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v < a.heads.length; v++) {
    if (a.deprels[v] !== 'conj' || a.xpos[v] !== 'VB' || a.upos[v] !== 'VERB') continue;
    const head = headOf(a, v);
    if (head < 0 || head > v || !FINITE_XPOS.has(a.xpos[head]!) || a.xpos[head] === 'MD') continue;
    if (childrenOf(a, v).some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c]!.startsWith('aux'))) continue;
    let infinitive = -1;
    for (let t = v - 1; t > head && infinitive < 0; t--) if (a.xpos[t] === 'VB' && hasToMark(forms, a, t) && dominates(a, head, t)) infinitive = t;
    if (infinitive < 0) continue;
    setHead(a, v, infinitive, 'conj');
    repaired++;
  }
  return repaired;
}

/**
 * "has said Britain's anti-EU movement had parallels …": a noun marked as a possessor ('s) is never a verb's
 * subject or object; the greedy parser sometimes makes it so and leaves the noun it owns headless of it. It is the
 * possessor (nmod:poss) of the first noun after its mark, when only a nominal's words stand between.
 */
export function repairPossessiveArguments(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let s = 1; s < forms.length; s++) {
    if (!/^(nsubj|obj|iobj)/.test(a.deprels[s]!)) continue;
    const mark = childrenOf(a, s).find((c) => c === s + 1 && a.deprels[c] === 'case' && POSSESSIVE_MARK.test(forms[c]!));
    if (mark === undefined) continue;
    let owned = mark + 1;
    while (owned < forms.length && NOMINAL_OPENING_UPOS.has(a.upos[owned]!)) owned++;
    if (owned >= forms.length || !NOMINAL_UPOS.has(a.upos[owned]!) || dominates(a, s, owned)) continue;
    setHead(a, s, owned, 'nmod:poss');
    repaired++;
  }
  return repaired;
}

/**
 * "visited Washington to explain Brazil's move", "met Funaro to discuss": a "to"-infinitive after the object of a verb
 * whose object never does it (purpose-infinitive-verbs.tsv), read as its open complement, is the subject's purpose:
 * an adverbial clause (advcl), as UD writes it.
 */
export function repairPurposeInfinitives(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let n = 0; n < forms.length; n++) {
    if (a.deprels[n] !== 'xcomp' || a.xpos[n] !== 'VB') continue;
    const verb = headOf(a, n);
    if (verb < 0 || !purposeInfinitiveVerbs().has(forms[verb]!.toLowerCase())) continue;
    const children = childrenOf(a, n);
    if (!children.some((c) => c < n && forms[c]!.toLowerCase() === 'to' && a.deprels[c] === 'mark')) continue;
    if (!childrenOf(a, verb).some((c) => c < n && (a.deprels[c] === 'obj' || a.deprels[c] === 'iobj'))) continue;
    a.deprels[n] = 'advcl';
    repaired++;
  }
  return repaired;
}

/**
 * "Japan warned the United States it may take retaliatory measures if …": an open complement (xcomp) has no subject
 * of its own in UD, yet the greedy parser hangs a finite clause with its own subject on the verb as one; the coder
 * and the dates then read the clause as the main verb's own (its "if … on April 17" dating the warning). A verb read
 * as xcomp with a subject child, finite (or a past form with no "by" agent), is a clausal complement (ccomp). (With "to", the "subject" is
 * the main verb's object misread, "asked Japan to open", which repairObjectControl restores.)
 */
export function repairSubjectedOpenComplements(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 0; v < a.deprels.length; v++) {
    if (a.deprels[v] !== 'xcomp' || a.upos[v] !== 'VERB' || hasToMark(forms, a, v)) continue;
    const children = childrenOf(a, v);
    if (!children.some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // (A finite clause, its verb or an auxiliary finite, or a past form the tagger took for a participle ("as debate
    // … resumed after"); not a passive participle with its agent, "welcomed memos sent by Bree", a reduced relative the
    // parse gave the noun as subject.)
    const finite = FINITE_XPOS.has(a.xpos[v]!) || children.some((c) => a.deprels[c] === 'aux' && FINITE_XPOS.has(a.xpos[c]!));
    const pastForm = a.xpos[v] === 'VBN' && !children.some((c) => childrenOf(a, c).some((k) => a.deprels[k] === 'case' && forms[k]!.toLowerCase() === 'by'));
    if (!finite && !pastForm) continue;
    a.deprels[v] = 'ccomp';
    repaired++;
  }
  return repaired;
}

/**
 * "The only way out is for Washington to join forces with Moscow": the noun between "for" and "to" is the subject of
 * the infinitive (UD English: nsubj), which the greedy parser reads as an oblique; a subject the clause was given
 * before "for" is then its outer subject (nsubj:outer), what the clause is said of, not who acts.
 */
export function repairForToSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let x = 1; x + 1 < forms.length; x++) {
    const verb = headOf(a, x);
    if (a.deprels[x] !== 'obl' || !(NOMINAL_UPOS.has(a.upos[x]!) || a.upos[x] === 'PRON') || childrenOf(a, x).some((c) => a.deprels[c] === 'case')) continue;
    const children = childrenOf(a, verb);
    const forMark = children.find((c) => a.deprels[c] === 'mark' && forms[c]!.toLowerCase() === 'for' && c < x);
    const toMark = children.find((c) => a.deprels[c] === 'mark' && forms[c]!.toLowerCase() === 'to' && c > subtreeEnd(a, x) && c < verb);
    if (forMark === undefined || toMark === undefined || a.upos[verb] !== 'VERB') continue;
    // (The words between "for" and "to" are the noun's phrase.)
    if (!Array.from({ length: toMark - forMark - 1 }, (_, k) => forMark + 1 + k).every((k) => dominates(a, x, k))) continue;
    for (const c of children) if (SUBJECT.test(a.deprels[c]!) && c < forMark) setHead(a, c, verb, 'nsubj:outer');
    setHead(a, x, verb, 'nsubj');
    repaired++;
  }
  return repaired;
}

/**
 * "Ethiopia indicated it deplored Libya": after a verb, a pronoun followed by a past form with an object of its own is
 * that clause's subject, yet the greedy parser may read the pronoun as the first verb's object and the past form,
 * tagged a participle, as its open complement, so the clause's act has no doer. An object complement has no object
 * of its own ("found it closed", "had it repaired"); with one, the past form heads a clausal complement (ccomp) whose
 * subject the pronoun is.
 */
export function repairPronounClauseSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 2; v < forms.length; v++) {
    if (a.deprels[v] !== 'xcomp' || (a.xpos[v] !== 'VBN' && a.xpos[v] !== 'VBD')) continue;
    const pronoun = v - 1;
    const verb = headOf(a, v);
    if (a.upos[pronoun] !== 'PRON' || a.xpos[pronoun] !== 'PRP' || headOf(a, pronoun) !== verb || a.deprels[pronoun] !== 'obj' || verb >= pronoun) continue;
    if (!childrenOf(a, v).some((c) => c > v && a.deprels[c] === 'obj')) continue;
    setHead(a, pronoun, v, 'nsubj');
    a.deprels[v] = 'ccomp';
    repaired++;
  }
  return repaired;
}

/**
 * "Eriador expressed hopes that …", "voiced concerns over …": a plural noun right after a verb may be tagged a verb
 * of the third person and hung on that verb as its open complement, so the sentence has no object and what follows
 * the noun is read as a clause of its own. An open complement is never finite in UD; a present-tense verb right
 * after its verb, with no subject, auxiliary or marker, is the plural noun object, and its dependents the noun's.
 */
export function repairPluralNounComplements(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v < forms.length; v++) {
    const verb = v - 1;
    if (a.deprels[v] !== 'xcomp' || a.xpos[v] !== 'VBZ' || headOf(a, v) !== verb || a.upos[verb] !== 'VERB' || !/[a-z]s$/.test(forms[v]!)) continue;
    const children = childrenOf(a, v);
    if (children.some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c]!.startsWith('aux') || a.deprels[c] === 'mark' || a.deprels[c] === 'obj')) continue;
    if (childrenOf(a, verb).some((c) => a.deprels[c] === 'obj')) continue;
    a.upos[v] = 'NOUN';
    a.xpos[v] = 'NNS';
    a.deprels[v] = 'obj';
    for (const c of children) {
      if (a.deprels[c] === 'obl' || a.deprels[c]!.startsWith('obl:')) a.deprels[c] = a.deprels[c]!.replace(/^obl/, 'nmod');
      else if (a.deprels[c] === 'ccomp' || a.deprels[c] === 'advcl') a.deprels[c] = 'acl';
      else if (a.deprels[c] === 'advmod' && a.upos[c] === 'ADV') setHead(a, c, verb, 'advmod');
    }
    repaired++;
  }
  return repaired;
}
