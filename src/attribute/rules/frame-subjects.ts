import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords, type Cue } from '../lexicon.js';
import { BE_FORMS, COPULAS, DAYS, DURATION_NOUNS, MONTHS, TIME_NOUNS, clauseEndAfter, clauseStart, situatingAdjunctEnd, trimContent } from '../clauses.js';
import { AUX_OR_ADVERB, NP_POS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, appositive, asideAt, clauseSubjectWords, dashBefore, listenerAfter, phraseAfter, phraseBefore, postnominalAdverb, standsAlone, verbal, wordSpan } from '../phrases.js';
import { appositiveSegmentsBefore } from '../appositive-segments.js';
import { matchCue } from './cues.js';
import { hasQuote, inQuoteAt } from './quotations.js';
import { type RawAttribution } from './types.js';

const CALENDAR_UNITS = attributionWords('calendar-units');
const INDEFINITE_ARTICLES = attributionWords('indefinite-articles');
const TIME_DETERMINERS = attributionWords('time-determiners');
const GO_FORMS = attributionWords('go-forms');
const PUBLISHING_VERBS = attributionWords('publishing-verbs');
const FLOATING_QUANTIFIERS = attributionWords('floating-quantifiers');
const SUBORDINATORS = attributionWords('subordinators');
const QUESTION_WORDS = attributionWords('wh-words');
const RELATIVE_PRONOUNS = attributionWords('relative-pronouns');
// Words that end a passive's agent: a comparison, or the complement after it ("is seen by many as a leader").
const AGENT_ENDS = attributionWords('agent-ends');
const PASSIVE_COMPLEMENTS = attributionWords('passive-complements');
const QUESTIONING_VERBS = attributionWords('questioning-verbs');
const PREDICATE_CONJUNCTIONS = attributionWords('predicate-conjunctions');
const BACKGROUND_RELATIVES = attributionWords('background-relatives');
const OBJECT_CONTROL_VERBS = attributionWords('object-control-verbs');
const RELATIVE_SUBJECTS = attributionWords('relative-subjects');
const GERUND_PREPOSITIONS = attributionWords('gerund-prepositions');
const FRONTED_OBJECTS = attributionWords('fronted-objects');


// A verb frame's verb group (the cue span with its auxiliaries and adverbs), its subject (the source, with
// appositives, or the main clause's), what follows the cue, and the passive frames.

/** What the reading of one verb frame has found so far: the cue's verb group, its subject, what follows it. */
export interface Frame {
  text: string;
  sentence: Span;
  words: Word[];
  /** The cue's verb (its first word) and the word after the cue. */
  i: number;
  cueEnd: number;
  cue: Cue;
  index: number;
  quotes: Span[];
  subjectEnd: number;
  cueStart: number;
  cueSpan: Span;
  /** A relative pronoun before the verb group ("which said"). */
  relative: boolean;
  /** The subject's words, and where a subject with appositives ends (its closing comma). */
  before: WordRange | null;
  sourceEnd: number | null;
  /** The subject is the main clause's, past a comma or a coordination. */
  framed: boolean;
  objectPhrase: WordRange | null;
  commaBeforeSubject: boolean;
  /** Where the content may start (past a listener), the listener's first word, the word there. */
  from: number;
  listenerStart: number | null;
  next: Word | undefined;
  /** A "that", "to", "if" clause, a quotation or a colon, or a pronoun's bare clause follows. */
  complement: boolean;
}

export interface WordRange {
  start: number;
  end: number;
}

export function readFrame(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, cue: Cue, index: number, quotes: Span[]): Frame {
  const { subjectEnd, cueStart, cueSpan } = verbGroup(text, words, i, cueEnd);
  const f = { text, sentence, words, i, cueEnd, cue, index, quotes, subjectEnd, cueStart, cueSpan };
  const { relative, before, sourceEnd, framed, objectPhrase, commaBeforeSubject } = frameSubject(f);
  const { from, listenerStart, next, complement } = whatFollows(words, cueEnd, cue);
  // (One object literal with every field: spreads made it slow to build and to read, measured in bench:coder.)
  return { text, sentence, words, i, cueEnd, cue, index, quotes, subjectEnd, cueStart, cueSpan, relative, before, sourceEnd, framed, objectPhrase, commaBeforeSubject, from, listenerStart, next, complement };
}

/** The cue's verb group: the auxiliaries and adverbs before the verb, and where the subject ends. */
export function verbGroup(text: string, words: Word[], i: number, cueEnd: number): { subjectEnd: number; cueStart: number; cueSpan: Span } {
  // Subject: the noun phrase before the verb, past auxiliaries and adverbs ("has also said"). The
  // auxiliaries, negations and "-ly" adverbs right before the verb belong to the cue ("has said",
  // "reportedly told", "did not deny"), as attribution corpora span them.
  let subjectEnd = i;
  // ("Most said", "...; most believe": a quantifier opening its clause right before the verb stands as its subject.)
  // ("remain hopeful that": the copula before an adjective cue is its group's, as "be" is.)
  const copula = (w: Word) => words[i]!.pos === 'ADJ' && COPULAS.has(w.key);
  // (A sentence's first word read as a name is none: "Will urged", "Kindly told", see namesReadAsAdverbs.)
  const openingName = (k: number) => k === 0 && words[0]!.pos === 'PROPN';
  const modifier = (w: Word) => !(w === words[0] && openingName(0)) && (AUX_OR_ADVERB.has(w.key) || w.pos === 'ADV' || w.pos === 'AUX' || w.pos === 'PART' || copula(w)) && !(w === words[i - 1] && standsAlone(words, i - 1));
  // "The email went on to say": "go on to" before the verb is its group's ("went on to say" is the cue).
  const goOn = (k: number) => k > 2 && words[k - 1]!.key === 'TO' && words[k - 2]!.key === 'ON' && GO_FORMS.has(words[k - 3]!.key) && !words.slice(k - 2, k + 1).some((w) => w.punctBefore);
  if (goOn(subjectEnd)) subjectEnd -= 3;
  const published = publishedBefore(words, i);
  if (published !== null) subjectEnd = published;
  // ("X and Y have all attacked": a floating quantifier after an auxiliary is the group's too.)
  const floating = (k: number) => FLOATING_QUANTIFIERS.has(words[k]!.key) && k > 0 && words[k - 1]!.pos === 'AUX' && !words[k]!.punctBefore;
  // ("Growers here say", "farmers alike are asking": an adverb closing the noun phrase is the subject's.)
  while (subjectEnd > 0 && (modifier(words[subjectEnd - 1]!) || floating(subjectEnd - 1)) && !words[subjectEnd]!.punctBefore.includes(',') && !postnominalAdverb(words, subjectEnd - 1)) subjectEnd--;
  let cueStart = goOn(i) ? i - 3 : published ?? i;
  // "Richards and Menendez both stressed": a floating quantifier after the subject is the cue's.
  if (subjectEnd > 1 && FLOATING_QUANTIFIERS.has(words[subjectEnd - 1]!.key) && !words[subjectEnd - 1]!.punctBefore && /^(NOUN|PROPN|PRON)$/.test(words[subjectEnd - 2]!.pos) && !words[subjectEnd - 2]!.possessive) subjectEnd--;
  while (cueStart > subjectEnd && !words[cueStart]!.punctBefore && !openingName(cueStart - 1) && (words[cueStart - 1]!.pos === 'AUX' || words[cueStart - 1]!.pos === 'PART' || words[cueStart - 1]!.pos === 'ADV' || AUX_OR_ADVERB.has(words[cueStart - 1]!.key) || copula(words[cueStart - 1]!) || words[cueStart - 1]!.key === 'NOT' || words[cueStart - 1]!.key === 'NT' || (cueStart - 1 === subjectEnd && FLOATING_QUANTIFIERS.has(words[cueStart - 1]!.key)) || floating(cueStart - 1))) cueStart--;
  const cueSpan = wordSpan(words, cueStart, cueEnd);
  // "He’s also praising", "she's said": the tokenizer splits the contracted auxiliary off as a possessive mark;
  // like any auxiliary before the verb, it belongs to the cue.
  const contracted = cueStart > 0 && words[cueStart - 1]!.possessive && words[cueStart - 1]!.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(words[cueStart - 1]!.key) && cueStart === subjectEnd;
  const mark = contracted ? /^['\u2019]s(?=\s)/.exec(text.slice(words[cueStart - 1]!.end, words[cueStart]!.start)) : null;
  if (mark) cueSpan.start = words[cueStart - 1]!.end;
  // "Ted Cruz on Wednesday announced", "The White House Monday said": the day between subject and verb is
  // not the source (also after a party label, "Sen. Jane Doe (D-Vt.) on Saturday said").
  subjectEnd = pastDayBeforeVerb(words, subjectEnd);
  return { subjectEnd, cueStart, cueSpan };
}

/**
 * Where the subject ends before a day or time standing before the verb group that ends at word `subjectEnd`
 * ("Ted Cruz on Wednesday announced", "The White House Monday said", "this past week"); after an appositive's comma
 * ("Reince Priebus, the party chairman, this past week announced"), "and" ("and on Monday announced") or an
 * auxiliary ("Police had last month charged") too. `subjectEnd` when no day stands there.
 */
function pastDayBeforeVerb(words: Word[], subjectEnd: number): number {
  let k = subjectEnd;
  if (k > 1 && /^\d/.test(words[k - 1]!.raw) && MONTHS.has(words[k - 2]!.key)) k--;
  if (k > 2 && CALENDAR_UNITS.has(words[k - 1]!.key) && DAYS.has(words[k - 2]!.key)) k--;
  if (k > 1 && (DAYS.has(words[k - 1]!.key) || MONTHS.has(words[k - 1]!.key))) k--;
  else if (k > 2 && CALENDAR_UNITS.has(words[k - 1]!.key) && TIME_DETERMINERS.has(words[k - 2]!.key)) k -= 2;
  else if (k > 3 && CALENDAR_UNITS.has(words[k - 1]!.key) && words[k - 2]!.key === 'PAST' && TIME_DETERMINERS.has(words[k - 3]!.key)) k -= 3;
  if (k < subjectEnd && k > 1 && words[k - 1]!.key === 'ON') k--;
  if (k === subjectEnd || k === 0) return subjectEnd;
  const plain = (w: Word) => !w.punctBefore.trim() || w.punctBefore.trim() === '.';
  if (!words.slice(k + 1, subjectEnd + 1).every(plain)) return subjectEnd;
  const first = words[k]!.punctBefore.trim();
  if ((plain(words[k]!) || /^\.?\)$/.test(first)) && NP_POS.has(words[k - 1]!.pos)) return k;
  if (first === ',' && /^(NOUN|PROPN|NUM)$/.test(words[k - 1]!.pos)) return k;
  if (!plain(words[k]!)) return subjectEnd;
  if (PREDICATE_CONJUNCTIONS.has(words[k - 1]!.key)) return k;
  let j = k;
  // (lower case: a capitalised word read as an auxiliary is a name's, "columnist Ai Jun wrote")
  while (j > 1 && (words[j - 1]!.pos === 'AUX' || words[j - 1]!.pos === 'ADV') && /^\p{Ll}/u.test(words[j - 1]!.raw) && plain(words[j - 1]!)) j--;
  return j < k && /^(NOUN|PROPN|PRON)$/.test(words[j - 1]!.pos) ? j : subjectEnd;
}

/**
 * "issued a statement Tuesday saying", "released a new radio ad calling": the verb that published the text a
 * participle cue quotes, with that text between (nouns, a time, no other verb), opens the cue. Its index, or null.
 */
function publishedBefore(words: Word[], i: number): number | null {
  if (!/ING$/.test(words[i]!.key)) return null;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const w = words[k + 1]!;
    // (only the participle may follow a comma: "issued a statement Thursday, saying")
    if (w.punctBefore && !(k + 1 === i && w.punctBefore.trim() === ',')) return null;
    const x = words[k]!;
    if (PUBLISHING_VERBS.has(x.key)) return k < i - 2 && words.slice(k + 1, i).some((y) => y.pos === 'NOUN') ? k : null;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) && x.key !== 'OUT') return null;
  }
  return null;
}

export type FrameSubject = Pick<Frame, 'relative' | 'before' | 'sourceEnd' | 'framed' | 'objectPhrase' | 'commaBeforeSubject'>;

/** The subject of the verb group (the source), with its appositives, or the main clause's subject. */
export function frameSubject(f: Pick<Frame, 'text' | 'words' | 'i' | 'cueEnd' | 'subjectEnd' | 'cueStart'>): FrameSubject {
  const { text, words, i, cueEnd, subjectEnd, cueStart } = f;
  // "the United States, which threatened that ...": a relative pronoun stands for the phrase before it.
  const relative = subjectEnd > 0 && (words[subjectEnd - 1]!.key === 'WHICH' || words[subjectEnd - 1]!.key === 'WHO');
  let before = relative ? phraseBefore(words, subjectEnd - 1, 0, true) : phraseBefore(words, subjectEnd, 0);
  // After a comma with a clause following ("Jane Doe, a spokeswoman for X, said he ..."; "..., saying it
  // ..."), the cue's subject is the main clause's: the whole appositive phrase, or for a participle the
  // subject at the clause's start.
  let sourceEnd: number | null = null;
  let framed = false;
  const objectPhrase = phraseAfter(words, cueEnd, words.length);
  // "said parents still want ...": the phrase's verb may come after an adverb.
  if (objectPhrase && words[objectPhrase.end]?.pos === 'ADV' && !words[objectPhrase.end]!.punctBefore && verbal(words[objectPhrase.end + 1])) objectPhrase.end++;
  const clauseFollows =
    (SUBJECT_PRONOUNS.has(words[cueEnd]?.key ?? '') && verbal(words[cueEnd + 1])) ||
    (objectPhrase !== null && verbal(words[objectPhrase.end]) && !words[objectPhrase.end]!.punctBefore) ||
    words[cueEnd]?.key === 'THAT' ||
    hasQuote(words[cueEnd]?.punctBefore ?? '') ||
    /:/.test(words[cueEnd]?.punctBefore ?? '');
  // Or the frame goes on with no comma ("Ban Ki-moon, the secretary general, vowed not to ..."), unlike the
  // parenthetical "The plant, officials said, will close".
  // (Not a few words of time ending the sentence after a name and its title set off after other words: "<content>,
  // Cheng Xizhong, Visiting Professor …, said on Sunday." "Grant Young, a strategist, said on Sunday." stays framed.)
  const endsSoon = words.length - cueEnd <= 3 && !words.slice(cueEnd).some((w) => w.pos === 'VERB' || w.pos === 'AUX') && (appositiveSegmentsBefore(words, subjectEnd) ?? 0) > 0;
  const framesOn = words[cueEnd] !== undefined && !words[cueEnd]!.punctBefore && !endsSoon;
  // (The comma may close a quotation: "He vowed, “We will win,” adding that ...".)
  if (subjectEnd > 0 && /,(?:["\u201d]|'')?$/.test(words[subjectEnd]!.punctBefore.trim()) && (clauseFollows || framesOn) && !relative) {
    const start = clauseStart(words, subjectEnd);
    if (start !== null && /ING$/.test(words[i]!.key) && cueStart === i) {
      const subject = phraseAfter(words, start, subjectEnd);
      if (subject) before = subject;
      framed = true;
    } else if (start !== null && !appositive(words, start, subjectEnd) && asideWithClause(words, start, subjectEnd)) {
      // "Officials, speaking on condition of anonymity because they were not authorized to comment, said": an
      // aside with a clause of its own after the subject's phrase.
      before = { start, end: asideAt(words, start, subjectEnd)! };
      framed = true;
    } else if (start !== null && appositive(words, start, subjectEnd)) {
      before = { start, end: subjectEnd };
      framed = true;
      sourceEnd = text.lastIndexOf(',', words[subjectEnd]!.start) + 1;
      // "Curbelo, in particular, has slammed", "Carson, speaking to the board, called": the phrase set off
      // by commas that situates the saying is not the source's.
      const aside = asideAt(words, start, subjectEnd);
      if (aside !== null) {
        before = { start, end: aside };
        sourceEnd = null;
        // "Lindqvist, who has run the port since 2010, said": after a one-word name the relative clause adds
        // background, not who says it (annotated so more often than not; after a longer phrase it stays).
      } else if (words[start]!.pos === 'PROPN' && words[start + 1]?.punctBefore.includes(',') && BACKGROUND_RELATIVES.has(words[start + 1]!.key)) {
        before = { start, end: start + 1 };
        sourceEnd = null;
      }
    }
  }
  // "Wilson praised Rubio and said ...": a verb coordinated with an earlier one shares its subject.
  if (!before && subjectEnd > 0 && (words[subjectEnd - 1]!.key === 'AND' || words[subjectEnd - 1]!.key === 'BUT')) {
    // ("Weaver, who came out and endorsed Clinton": inside a relative clause, the relative pronoun.)
    const pronoun = relativeOfConjunct(words, subjectEnd - 1);
    const subject = pronoun !== null ? { start: pronoun, end: pronoun + 1 } : clauseSubjectWords(text, words, subjectEnd - 1);
    if (subject) {
      before = { start: subject.start, end: subject.end };
      if (subject.sourceEnd !== undefined) sourceEnd = subject.sourceEnd;
      framed = true;
    }
  }
  const gerund = before ? null : gerundSubject(text, words, i, cueStart, subjectEnd);
  if (gerund) {
    before = { start: gerund.start, end: gerund.end };
    if (gerund.sourceEnd !== undefined) sourceEnd = gerund.sourceEnd;
    framed = true;
  }
  // "Obama visited the court on Friday to view ...": before an infinitive of purpose the phrase is the main verb's
  // object; the source is the clause's subject.
  // "unusual for a judge to weigh in", "hard for voters to accept": the phrase after "for" is the infinitive's subject.
  const forSubject = before && !framed && !relative && words[cueStart]!.key === 'TO' ? infinitiveSubjectAfterFor(words, before) : null;
  if (forSubject) before = forSubject;
  // (Also after "have" or "be": "Officials have no evidence to suggest", "X was the first to argue". Not after a
  // verb whose object is the infinitive's subject: "The report led some voters to conclude ...".)
  if (before && !forSubject && !framed && !relative && words[cueStart]!.key === 'TO' && before.start > 0 && !words[before.start]!.punctBefore && /^(VERB|ADP|AUX)$/.test(words[before.start - 1]!.pos) && !OBJECT_CONTROL_VERBS.has(words[before.start - 1]!.key)) {
    const subject = clauseSubjectWords(text, words, before.start);
    if (subject && subject.end < before.start) {
      before = { start: subject.start, end: subject.end };
      if (subject.sourceEnd !== undefined) sourceEnd = subject.sourceEnd;
      framed = true;
    }
  }
  // The subject is the clause's whole opening noun phrase, with its prepositional phrases and relative clause:
  // "A slide from a presentation that the minister carries with him shows ...".
  if (before && !framed && !relative && before.end === subjectEnd && !PERSONAL_PRONOUNS.has(words[before.end - 1]!.key)) {
    const start = clauseStart(words, before.start);
    // ("A few weeks after Obama announced", "That's what my friend wrote", "It's clear that the insiders want": a
    // subordinator or a pronoun's contracted "is" opens another clause, not the subject's phrase.)
    const subordinate = words.slice(start ?? 0, before.start).some((w) => SUBORDINATORS.has(w.key) || (w.possessive && w.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(w.key)));
    if (start !== null && start < before.start && !subordinate && !/[,;:]/.test(words.slice(start + 1, subjectEnd + 1).map((w) => w.punctBefore).join('')) && appositive(words, start, subjectEnd, false)) before = { start, end: subjectEnd };
  }
  const commaBeforeSubject = before ? /,/.test(words[before.start]!.punctBefore) || (before.start > 0 && hasQuote(words[before.start]!.punctBefore)) : false;
  return { relative, before, sourceEnd, framed, objectPhrase, commaBeforeSubject };
}

/**
 * "Weaver, who came out and endorsed Clinton", "a pollster who worked with him for years and called him ...": the
 * relative pronoun ("who", "which") whose clause holds the first conjunct before the "and" at word `and` (a verb
 * between, no punctuation), or null.
 */
function relativeOfConjunct(words: Word[], and: number): number | null {
  for (let k = and - 1; k > 0; k--) {
    if (words[k + 1]!.punctBefore.trim()) return null;
    // (the pronoun the subject, its verb group right after it: not "which he both defended and minimized")
    if (RELATIVE_SUBJECTS.has(words[k]!.key)) return words[k]!.punctBefore.trim() === ',' && /^(VERB|AUX|ADV)$/.test(words[k + 1]!.pos) && words.slice(k + 1, and).some(verbal) && /^(NOUN|PROPN|PRON)$/.test(words[k - 1]!.pos) ? k : null;
  }
  return null;
}

/** The words from `start` to `end` are a noun phrase (with appositives) and an aside set off by commas that holds a verb of its own. */
function asideWithClause(words: Word[], start: number, end: number): boolean {
  const aside = asideAt(words, start, end);
  // (No verb in the phrase, no quotation anywhere: "“Education, at this point, is the driver,” said X" is an inverted frame.)
  if (aside === null || aside <= start || words.slice(start, aside).some(verbal) || !appositive(words, start, aside, false)) return false;
  return words.slice(aside, end).some(verbal) && !words.slice(start, end + 1).some((w) => /[;:]/.test(w.punctBefore) || hasQuote(w.punctBefore));
}

/** The phrase after the last "for" in (or right before) `phrase`, up to its end; null when none or punctuation between. */
function infinitiveSubjectAfterFor(words: Word[], phrase: WordRange): WordRange | null {
  let k = phrase.end - 1;
  while (k >= phrase.start && words[k]!.key !== 'FOR') k--;
  if (k < phrase.start && !(phrase.start > 0 && words[phrase.start - 1]!.key === 'FOR' && !words[phrase.start]!.punctBefore)) return null;
  const subject = k < phrase.start ? phrase : { start: k + 1, end: phrase.end };
  if (subject.start >= subject.end || words.slice(subject.start + 1, subject.end).some((w) => w.punctBefore.trim())) return null;
  // Someone who can say: a name, a pronoun, a plural noun or a quantifier ("for Clinton", "for voters", "for both");
  // not a thing or a time ("reached for a metaphor to describe", "waited for years to reveal").
  const head = words[subject.end - 1]!;
  const someone = head.pos === 'PROPN' || (head.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(head.key)) || (head.pos === 'NOUN' && /S$/.test(head.key) && !CALENDAR_UNITS.has(head.key) && !TIME_NOUNS.has(head.key) && !DURATION_NOUNS.has(head.key)) || standsAlone(words, subject.end - 1, subject.start);
  return someone && !words.slice(subject.start, subject.end).some((w) => w.possessive && w.pos === 'PRON') ? subject : null;
}

export function whatFollows(words: Word[], cueEnd: number, cue: Cue): Pick<Frame, 'from' | 'listenerStart' | 'next' | 'complement'> {
  // What follows the cue (past a listener: "told reporters"): a "that" clause, a "to" infinitive, a quotation.
  let from = cueEnd;
  let listenerStart: number | null = null;
  // (A preposition opens no listener: "warned of delays", "asked for a vote".)
  if (cue.object && words[from]?.pos !== 'ADP') {
    const listener = listenerAfter(words, from);
    if (listener && words[listener.end]?.key !== 'OF') {
      from = listener.end;
      listenerStart = listener.start;
    }
  }
  const next = words[from];
  const complement =
    next !== undefined &&
    (next.key === 'THAT' || (next.key === 'TO' && words[from + 1]?.pos === 'VERB') || /:/.test(next.punctBefore) || hasQuote(next.punctBefore) || next.key === 'IF' || next.key === 'WHETHER' ||
      // a bare clause: "agreed it was a plan", "believe he will win" (a subject pronoun then its verb)
      (!next.punctBefore && SUBJECT_PRONOUNS.has(next.key) && next.key !== 'YOU' && (next.key !== 'IT' || words[from + 1]?.pos === 'AUX' || /(S|ED)$/.test(words[from + 1]?.key ?? '')) && verbal(words[from + 1])));
  return { from, listenerStart, next, complement };
}

/** The passive frames: with an agent, the agent is the source; before an infinitive, there is none. */
export function passiveFrame(f: Frame): RawAttribution | undefined {
  const { text, sentence, words, i, cueEnd, cue, index, quotes, subjectEnd, cueStart, cueSpan, relative, before } = f;
  // Passive with its agent: "<content> was first reported by <source>", "<content> is opposed by <source>";
  // also past a time or an adverb ("was endorsed the day before by X", "was recommended most forcefully by X"),
  // and after a relative pronoun, the content ("which were claimed by the Islamic State").
  const at = agentAfter(words, cueEnd);
  // (Or a past participle right after the noun of a phrase set after a comma or dash that sums up the clause before
  // it, with no "be": "..., a practice criticized by civil rights groups", "— an allegation rejected by the panel".)
  const reduced = before !== null && before.end === cueStart && !relative && summingPhrase(words, before.start) && reducedPassive(words, cueStart, i);
  if (at !== null && before && (reduced || words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key)))) {
    const asking = QUESTIONING_VERBS.has(words[i]!.key);
    const end = agentEnd(words, at, asking);
    if (end > at + 1) {
      const agent = wordSpan(words, at + 1, end);
      const content = relative ? wordSpan(words, subjectEnd - 1, subjectEnd) : wordSpan(words, before.start, before.end);
      // ("Lee was asked by a reporter whether ...": the subject of a passive question is its listener; the question is the content.)
      const asked = asking && end < words.length && !words[end]!.punctBefore.trim() && isQuestionAt(words, end, at, asking);
      const contents = asked ? [trimContent(text, { start: words[end]!.start, end: clauseEndAfter(text, words, end, sentence, (at) => inQuoteAt(quotes, at)) })] : [content, ...agentComplement(f, end)];
      // (The "by" right after the verb is the cue's, "was first reported by"; not a reduced relative's, as annotated.)
      return { source: agent, cue: at === cueEnd && !reduced ? { start: cueSpan.start, end: words[cueEnd]!.end } : cueSpan, content: contents, kind: cue.kind, sentence: index };
    }
  }

  // "Trump is expected to win", "X was asked to name ...": a passive cue before an infinitive has no source;
  // its subject is part of the content, in two pieces around the cue. (Not when the infinitive is a cue of its
  // own: "The Times is expected to endorse X" is the Times endorsing.)
  // (The subject may stand before an aside set off by commas: "The board, under pressure, is expected to ...".)
  const asideAfter = before !== null && before.end < subjectEnd && words[before.end]!.punctBefore.includes(',') && words[subjectEnd]!.punctBefore.includes(',');
  if (before && (before.end === subjectEnd || asideAfter) && passiveBeforeInfinitive(words, cueStart, i, cueEnd)) {
    const subject = relative ? wordSpan(words, subjectEnd - 1, subjectEnd) : wordSpan(words, before.start, before.end);
    const end = clauseEndAfter(text, words, cueEnd, sentence, (at) => inQuoteAt(quotes, at));
    const infinitive = trimContent(text, { start: words[cueEnd]!.start, end });
    const agent = words.some((w, k) => k > cueEnd && w.key === 'BY' && w.start < end);
    if (infinitive.end > infinitive.start && !agent) return { source: null, cue: cueSpan, content: [subject, infinitive], kind: cue.kind, sentence: index };
  }
  return undefined;
}

/**
 * "was criticized by Lee for failing to act", "is seen by many as a threat", "was accused by the senator of lying":
 * a complement of the passive verb after its agent ("for", "as", "of") says what is said of the subject; it is the
 * content's second piece, to the clause's end. (Empty when none follows the agent ending at word `end`.)
 */
function agentComplement(f: Frame, end: number): Span[] {
  const { text, sentence, words, quotes } = f;
  const w = words[end];
  if (!w || w.punctBefore.trim() || !PASSIVE_COMPLEMENTS.has(w.key) || !words[end + 1] || words[end + 1]!.punctBefore.trim()) return [];
  const piece = trimContent(text, { start: w.start, end: clauseEndAfter(text, words, end, sentence, (at) => inQuoteAt(quotes, at)) });
  return piece.end > piece.start ? [piece] : [];
}

/**
 * Whether word `k` opens the question a passive verb of asking is asked after its agent (from word `at`): "whether",
 * "if", a question word past the agent's first word, and "about" after a verb of asking ("was pressed by the host about").
 */
function isQuestionAt(words: Word[], k: number, at: number, asking: boolean): boolean {
  const w = words[k]!;
  return w.key === 'WHETHER' || w.key === 'IF' || (QUESTION_WORDS.has(w.key) && !RELATIVE_PRONOUNS.has(w.key) && k > at + 1) || (w.key === 'ABOUT' && asking && k > at + 1);
}

/** Where the passive's agent after its "by" (word `at`) ends: at punctuation, a question it is asked, a second predicate. */
function agentEnd(words: Word[], at: number, asking: boolean): number {
  let end = at + 1;
  // (nor a second predicate or a comparison: "by X and was organized by Y", "by more voters than Clinton is")
  // (nor "of" and a gerund: "was accused by the senator of lying")
  const stop = (k: number) => AGENT_ENDS.has(words[k]!.key) || (PREDICATE_CONJUNCTIONS.has(words[k]!.key) && verbal(words[k + 1])) || (words[k]!.key === 'OF' && words[k + 1]?.pos === 'VERB' && /ING$/.test(words[k + 1]!.key));
  // (nor a day closing the sentence: "a call echoed by Japan on Saturday.")
  const closingDay = (k: number) => { const e = situatingAdjunctEnd(words, k); return e > k && e === words.length; };
  while (end < words.length && (end === at + 1 || !/[,;:(]/.test(words[end]!.punctBefore)) && !hasQuote(words[end]!.punctBefore) && words[end]!.key !== 'FOR' && !isQuestionAt(words, end, at, asking) && (end === at + 1 || (!stop(end) && !closingDay(end)))) end++;
  return end;
}

/** The verb group from `cueStart` to the verb at `i` is a past participle (after adverbs only) right after its noun: a reduced relative clause in the passive ("a measure strongly opposed by"). */
function reducedPassive(words: Word[], cueStart: number, i: number): boolean {
  const verb = words[i]!;
  if (cueStart < 1 || verb.pos !== 'VERB' || !/(ED|EN|WN)$/.test(verb.key) || words.slice(cueStart, i).some((w) => w.pos !== 'ADV')) return false;
  return !words[cueStart]!.punctBefore.trim() && words[cueStart - 1]!.pos === 'NOUN' && !words[cueStart - 1]!.possessive;
}

/** The phrase at word `start` opens with an indefinite article after a comma or a dash: "..., a move criticized by". */
const summingPhrase = (words: Word[], start: number) => start > 0 && INDEFINITE_ARTICLES.has(words[start]!.key) && (words[start]!.punctBefore.trim() === ',' || dashBefore(words, start));

/** The "by" of a passive's agent right after the cue or past a day or an adverb ("the day before", "last week", "first"), else null. */
function agentAfter(words: Word[], cueEnd: number): number | null {
  let k = cueEnd;
  for (let step = 0; step < 4 && k < words.length && words[k]!.key !== 'BY'; step++) {
    const w = words[k]!;
    if (w.punctBefore.trim()) return null;
    const past = situatingAdjunctEnd(words, k);
    if (past > k) k = past;
    else if (w.pos === 'ADV' || (TIME_DETERMINERS.has(w.key) && CALENDAR_UNITS.has(words[k + 1]?.key ?? ''))) k += w.pos === 'ADV' ? 1 : 2;
    else return null;
  }
  const by = words[k];
  // ("by" + a gerund is the means: "was criticized by saying ...")
  const next = words[k + 1];
  return by?.key === 'BY' && !by.punctBefore.trim() && next !== undefined && !(next.pos === 'VERB' && /ING$/.test(next.key)) ? k : null;
}

// Participles after "be" that describe their subject's mind ("is convinced that", "are worried about").
export const EXPERIENCER_PARTICIPLES = attributionWords('experiencer-participles');

// Participles that name the subject's own attitude ("is determined to win"), not what others say of it.
export const ATTITUDE_PARTICIPLES = attributionWords('attitude-participles');

/**
 * "is expected to pass", "was asked to name": the cue verb (word `i`, its group from `cueStart`) is a past
 * participle after a form of "be", followed by an infinitive that is no hand-written cue of its own ("is
 * expected to endorse", "is reported to have called" frame the inner verb).
 */
export function passiveBeforeInfinitive(words: Word[], cueStart: number, i: number, cueEnd: number): boolean {
  const verb = words[i]!;
  if (!/(ED|EN|WN|ID|GHT)$/.test(verb.key) || ATTITUDE_PARTICIPLES.has(verb.key) || !words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key))) return false;
  if (words[cueEnd]?.key !== 'TO' || words[cueEnd]!.punctBefore) return false;
  const inner = words[cueEnd + 1];
  const ownCue = (v: number) => words[v] !== undefined && matchCue(words, v)?.generated === false;
  if (inner?.key === 'HAVE' && ownCue(cueEnd + 2)) return false;
  return inner !== undefined && inner.pos === 'VERB' && !/ING$/.test(inner.key) && !ownCue(cueEnd + 1);
}

/**
 * "The mayor ended the meeting by mentioning the budget", "He left after praising the police": a gerund cue right
 * after a preposition of manner or time has the clause's subject (the words of clauseSubjectWords), or null.
 */
function gerundSubject(text: string, words: Word[], i: number, cueStart: number, subjectEnd: number): { start: number; end: number; sourceEnd?: number } | null {
  if (cueStart !== i || subjectEnd !== i || i < 2 || !/ING$/.test(words[i]!.key) || words[i]!.punctBefore || !GERUND_PREPOSITIONS.has(words[i - 1]!.key)) return null;
  const subject = clauseSubjectWords(text, words, i - 1);
  return subject && subject.end < i - 1 ? subject : null;
}

/**
 * "the plan, which she described as a gift", "whom he described as peaceful": the cue's object is the relative
 * pronoun fronted before its subject (`before`); the predicate "as ..." right after the cue (word `from`) is
 * what it is said to be.
 */
export function frontedObjectAs(words: Word[], before: { start: number } | null, from: number, cueEnd: number): boolean {
  return before !== null && from === cueEnd && words[from]?.key === 'AS' && !words[from]!.punctBefore.trim() && FRONTED_OBJECTS.has(words[before.start - 1]?.key ?? '') && !words[before.start]!.punctBefore.trim();
}
