import type { Modality } from '../document/annotations.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { canonicalWord } from './lexicon.js';
import { demandNounWords, requestVerbWords } from './dictionaries.js';
import { hasMark, hasOwnTense, isPurposeClause, judgedByAdjective } from './clause-kinds.js';
import { FINITE_VERB_XPOS } from '../syntax/repair-tree.js';
import type { SentenceContext } from './reading.js';

// The modality of a verb read on the tree (tree-reading.ts): a modal, a negation, a condition, an intention, what is
// asked for or judged, from the verb and the verbs it is a complement, conjunct or purpose of, with the words of
// data/lexicon/ (modality.tsv, demand-nouns.tsv, request-verbs.tsv).

export function isIntent(dictionaries: SentenceContext['dictionaries'], word: string): boolean {
  // (A verb of trying governs an intended act too: "tried to meet".)
  const kind = dictionaries.modality.get(canonicalWord(word));
  return kind === 'intent' || kind === 'attempt';
}

/** A negation word of data/lexicon/modality.tsv ("not", "n't", "never", "no"). */
export function isNegationWord(dictionaries: SentenceContext['dictionaries'], word: string): boolean {
  return dictionaries.modality.get(canonicalWord(word)) === 'negation';
}

/** "is due to fly", "ready to meet": an infinitive the parser hangs on an adjective as an adverbial clause, a clausal complement or a modifier is its (open) complement. */
export function adjectiveComplement(layer: SyntaxLayer, t: number): boolean {
  return ['advcl', 'ccomp', 'acl'].includes(layer.relation(t)) && layer.head(t) >= 0 && layer.tag(layer.head(t)) === 'ADJ' && hasMark(layer, t, 'to');
}

/** An intent verb up a chain of open complements and their conjuncts: "I intend to continue working to … and to conclude". */
export function intentAbove(layer: SyntaxLayer, dictionaries: SentenceContext['dictionaries'], complement: number): boolean {
  // ("is ready to use force to protect the tankers": through a clause of purpose too.)
  for (let t = complement, depth = 0; depth < 5 && (['xcomp', 'conj'].includes(layer.relation(t)) || adjectiveComplement(layer, t) || isPurposeClause(layer, t)) && layer.head(t) >= 0; depth++) {
    t = layer.head(t);
    if (isIntent(dictionaries, layer.word(t))) return true;
  }
  return false;
}

/** The modality of the verb from the tree and data/lexicon/modality.tsv. */
export function treeModality(layer: SyntaxLayer, verb: number, governor: number, ctx: SentenceContext, intended: boolean): { modality: Modality; why: string; future: boolean } {
  const kind = (token: number) => ctx.dictionaries.modality.get(canonicalWord(layer.word(token)));
  // The verb and the verbs it is a complement, conjunct or purpose of: "could use the base to threaten"
  // puts the threat under "could".
  const heads = [verb];
  for (let t = verb, depth = 0; depth < 3; depth++) {
    const rel = layer.relation(t);
    const purpose = isPurposeClause(layer, t);
    // ("may switch to the Lib Dems, allowing the Tories to win": an -ing clause sharing its governor's subject is under its modal.)
    const sharing = rel === 'advcl' && layer.childrenBy(t, 'nsubj', 'nsubj:pass').length === 0 && /ing$/i.test(layer.word(t));
    if (!(rel === 'xcomp' || rel === 'conj' || purpose || sharing || adjectiveComplement(layer, t)) || layer.head(t) < 0) break;
    // ("was not satisfied with the cuts and pressed for more", "could not go it alone, but would have to coordinate": a
    // conjunct with a tense or auxiliaries of its own is not under its first conjunct's negation or modal.)
    if (rel === 'conj' && hasOwnTense(layer, t)) break;
    t = layer.head(t);
    heads.push(t);
  }
  if (governor >= 0 && !heads.includes(governor)) heads.push(governor);
  // "it would be foolish for Japan to strike back", "it is vital to agree": what an adjective judges, said of "it" or
  // under a modal, is not told as done ("he was wrong to sell arms" was done; "ready to meet" is an intention).
  const judged = heads.find((h) => judgedByAdjective(layer, h, kind));
  if (judged !== undefined) return { modality: 'hypothetical', why: `judged "${layer.word(layer.head(judged))}", not told as done`, future: false };
  // "under pressure to soften his barbs", "an ultimatum to withdraw": asked for, not done (data/lexicon/demand-nouns.tsv).
  // ("their request that the administration offer subsidized wheat": a "that" clause on such a noun too.)
  // ("rejected suggestions the U.S. and EC agree a freeze": a bare clause in the base form, the mandative subjunctive, too.)
  const subjunctive = (h: number) => layer.token(h).xpos === 'VB' && layer.childrenBy(h, 'nsubj').length > 0;
  const onDemandNoun = (h: number) => ['acl', 'ccomp', 'acl:relcl'].includes(layer.relation(h)) && (hasMark(layer, h, 'to') || hasMark(layer, h, 'that') || subjunctive(h));
  const asked = heads.find((h) => onDemandNoun(h) && demandNounWords().has(layer.word(layer.head(h)).toUpperCase()));
  if (asked !== undefined) return { modality: 'hypothetical', why: `asked for ("${layer.word(layer.head(asked))} to"), not told as done`, future: false };
  // "asked to fund the programs", "urged the banks to lend": a verb of asking's infinitive (data/lexicon/request-verbs.tsv).
  // (The parser may hang the infinitive as a clause of purpose: "called for President Reagan immediately to force Japan …".)
  // (Not a finite verb, which no infinitive holds: "called for Hain to make a statement and said …" misparsed.)
  const finite = FINITE_VERB_XPOS.has(layer.token(verb).xpos);
  // (Or as a clausal complement with the subject of "for X to …": "asked four countries for use of their tankers to protect
  // Kuwaiti shipments" read as "the U.S. … to protect".)
  const requested = finite ? undefined : heads.find((h) => ['xcomp', 'advcl', 'ccomp'].includes(layer.relation(h)) && hasMark(layer, h, 'to') && requestVerbWords().has(layer.word(layer.head(h)).toUpperCase()));
  if (requested !== undefined) return { modality: 'hypothetical', why: `asked for ("${layer.word(layer.head(requested))} … to"), not told as done`, future: false };
  // "if Japan agreed, ...": a conditional clause, the verb's own or one it stands in. (Before negation: "if the
  // Japanese do not permit …" is a condition, not an act told as not done.)
  for (let t = verb, depth = 0; t >= 0 && depth < 4; depth++) {
    const mark = layer.childrenBy(t, 'mark').find((m) => kind(m) === 'hypothetical' || kind(m) === 'open');
    if (mark !== undefined) return { modality: 'hypothetical', why: kind(mark) === 'open' ? `an open question ("${layer.word(mark)}")` : `the condition "${layer.word(mark)}"`, future: false };
    if (!['xcomp', 'conj'].includes(layer.relation(t))) break;
    t = layer.head(t);
  }
  // A negation word hanging on `token` by one of `relations` ("not", "never", "no", "n't").
  const negationOn = (token: number, relations: readonly string[]) => layer.children(token).find((c) => kind(c) === 'negation' && relations.includes(layer.relation(c).split(':')[0]!));
  const negation = heads.map((h) => negationOn(h, ['advmod', 'det', 'cc', 'aux'])).find((n) => n !== undefined);
  if (negation !== undefined) return { modality: 'negated', why: `negated by "${layer.word(negation)}"`, future: false };
  // "has no plans to meet Sanders": a clause on a noun that "no" negates.
  const noun = layer.relation(verb) === 'acl' ? layer.head(verb) : -1;
  const nounNegation = noun >= 0 ? negationOn(noun, ['det']) : undefined;
  if (nounNegation !== undefined) return { modality: 'negated', why: `negated by "${layer.word(nounNegation)} ${layer.word(noun)}"`, future: false };
  // "the withdrawal did not mean that Libya had cut its ties", "has not said that …": what a negated verb
  // says or implies is not asserted.
  for (const h of heads) {
    const governing = layer.relation(h) === 'ccomp' ? layer.head(h) : -1;
    const denial = governing >= 0 ? negationOn(governing, ['advmod', 'aux']) : undefined;
    if (denial !== undefined) return { modality: 'hypothetical', why: `not asserted: the content of "${layer.word(denial)} ${layer.word(governing)}"`, future: false };
  }
  // "Washington is likely to announce sanctions": an adjective of likelihood governing the verb (modality.tsv).
  const likely = heads.find((h) => h !== verb && layer.tag(h) === 'ADJ' && kind(h) === 'hypothetical');
  if (likely !== undefined) return { modality: 'hypothetical', why: `"${layer.word(likely)} to": expected, not told as done`, future: false };
  const modals = heads.flatMap((h) => layer.childrenBy(h, 'aux'));
  // "would free the prisoners if Hamas agreed": a condition hung on the verb governs it too.
  // (Or on its object, where the parser often hangs it: "free the prisoners if …" read as the noun's acl.)
  // (Only beside a modal: "asked people if they would …" asks, it sets no condition.)
  const modalBeside = modals.some((m) => kind(m) === 'hypothetical' || kind(m) === 'future');
  const clausesOn = (h: number) => [...layer.childrenBy(h, 'advcl'), ...(modalBeside ? layer.childrenBy(h, 'obj').flatMap((o) => layer.childrenBy(o, 'acl')) : [])];
  // ("asked people if they would …", "wondered if …": after a verb of asking, "if" asks whether.)
  // (A past tense with no modal is told as done, its "if" what it is about: "warned Iran of countermeasures if the
  // escalation continued", "agreed to pay if the tariffs were cut".)
  const toldAsDone = !modalBeside && layer.token(verb).xpos === 'VBD';
  const conditionOn = toldAsDone ? undefined : heads.filter((h) => kind(h) !== 'question').flatMap(clausesOn).flatMap((c) => layer.childrenBy(c, 'mark')).find((m) => kind(m) === 'hypothetical');
  if (conditionOn !== undefined) return { modality: 'hypothetical', why: `the condition "${layer.word(conditionOn)}"`, future: false };
  const hypotheticalModal = modals.find((m) => kind(m) === 'hypothetical');
  // "Israel announced it would free 150 prisoners": "would" in what an announcement reports is its "will".
  const announcedBy = hypotheticalModal !== undefined && layer.word(hypotheticalModal).toLowerCase() === 'would' ? heads.map((h) => (layer.relation(h) === 'ccomp' ? layer.head(h) : -1)).find((g) => g >= 0 && (kind(g) === 'announcement' || kind(g) === 'intent')) : undefined;
  if (announcedBy !== undefined) return { modality: 'intent', why: `told as coming ("would" in what "${layer.word(announcedBy)}" reports)`, future: true };
  if (hypotheticalModal !== undefined) return { modality: 'hypothetical', why: `the modal "${layer.word(hypotheticalModal)}"`, future: false };
  // "were unable to agree", "failed to meet": the complement of a word of failure did not happen (under a
  // condition or a modal it is still hypothetical: "if they fail to agree").
  // ("was unwilling to give": an adjective's infinitive the parser hangs as an adverbial clause counts too.)
  const failedBy = heads.map((h) => (['xcomp', 'acl'].includes(layer.relation(h)) || adjectiveComplement(layer, h) ? layer.head(h) : -1)).find((g) => g >= 0 && kind(g) === 'failure');
  if (failedBy !== undefined) return { modality: 'negated', why: `not done: the complement of "${layer.word(failedBy)}"`, future: false };
  if (intended) return { modality: 'intent', why: 'a word of intent governs the event (data/lexicon/modality.tsv)', future: false };
  // "the right to strike", "time for Japan to sign", "a race to ally with Fiat": an infinitive on a noun (not one of
  // intent, above: "plans to meet") tells what could or should be done, not what was ("the first leader to visit
  // Havana" did: data/lexicon/modality.tsv, ordinal; an adjective's infinitive is judged above: "was wrong to sell").
  const onNoun = heads.find((h) => layer.relation(h) === 'acl' && hasMark(layer, h, 'to') && ['NOUN', 'PROPN', 'PRON'].includes(layer.tag(layer.head(h))) && !ranked(layer, layer.head(h), kind));
  if (onNoun !== undefined) return { modality: 'hypothetical', why: `an infinitive on "${layer.word(layer.head(onNoun))}", not told as done`, future: false };
  const future = modals.find((m) => kind(m) === 'future');
  if (future !== undefined) return { modality: 'intent', why: `told as coming ("${layer.word(future)}")`, future: true };
  // "Kishida is to meet Putin on Friday": "be" and a "to"-infinitive tell the event as arranged.
  const scheduled = heads.flatMap((h) => (hasMark(layer, h, 'to') ? layer.childrenBy(h, 'cop', 'aux') : [])).find((c) => kind(c) === 'scheduled');
  if (scheduled !== undefined) return { modality: 'intent', why: `told as arranged ("${layer.word(scheduled)} to")`, future: true };
  // "will raise it when he meets Putin next week": a clause of time under a verb told as coming is coming too.
  const timeMark = heads.filter((h) => layer.relation(h) === 'advcl').flatMap((h) => layer.childrenBy(h, 'mark', 'advmod').filter((m) => kind(m) === 'time').map((m) => [m, layer.head(h)] as const)).find(([, g]) => g >= 0 && layer.childrenBy(g, 'aux').some((a) => kind(a) === 'future'));
  if (timeMark !== undefined) return { modality: 'intent', why: `a clause of time ("${layer.word(timeMark[0])}") under a verb told as coming ("${layer.word(timeMark[1])}")`, future: true };
  // "comes a day before Sarkozy heads to Beijing": in a clause of time English tells what is to come in the present
  // tense; what was done takes the past ("before he left").
  const presentTimeMark = presentInTimeClause(layer, verb, kind);
  if (presentTimeMark !== undefined) return { modality: 'intent', why: `the present tense in a clause of time ("${layer.word(presentTimeMark)}"): what is to come`, future: true };
  return { modality: 'actual', why: 'no modal marker', future: false };
}

/**
 * The time word ("before", "when") opening the clause of `verb`, when the verb is in the simple present with no
 * auxiliary: the third person's "-s" only, as the tagger reads some irregular pasts as presents ("overran" VBZ, VBP).
 */
export function presentInTimeClause(layer: SyntaxLayer, verb: number, kind: (token: number) => string | undefined): number | undefined {
  if (verb < 0 || layer.relation(verb) !== 'advcl' || layer.token(verb).xpos !== 'VBZ' || !/s$/i.test(layer.word(verb)) || layer.childrenBy(verb, 'aux', 'aux:pass').length > 0) return undefined;
  return layer.childrenBy(verb, 'mark', 'advmod').find((m) => kind(m) === 'time' && m < verb);
}

/** Whether a noun is ranked by an ordinal or a superlative ("the first leader", "the only country", "the biggest firm"), or is one ("the first to …"). */
function ranked(layer: SyntaxLayer, noun: number, kind: (t: number) => string | undefined): boolean {
  const ranks = (t: number) => kind(t) === 'ordinal' || layer.token(t).xpos === 'JJS' || layer.token(t).xpos === 'RBS';
  return ranks(noun) || layer.children(noun).some((c) => ['amod', 'nummod', 'advmod', 'det'].includes(layer.relation(c)) && ranks(c));
}
