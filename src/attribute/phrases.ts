import type { Span } from '../document/document.js';
import { type Word } from '../code/words.js';
import { attributionWords } from './lexicon.js';
import { LISTING_PARTICIPLES, clauseStart, situatingAdjunctEnd, timeBefore } from './clauses.js';
import { hasQuote } from './rules/quotations.js';

const SAYING_VENUES = attributionWords('saying-venues');
const DAY_WORDS = attributionWords('days');
const LISTENER_ENDS = attributionWords('wh-words');
const SUBORDINATING = attributionWords('subordinators');
const INDEFINITE_PRONOUNS = attributionWords('indefinite-pronouns');
const APPOSITIVE_PREPOSITIONS = attributionWords('appositive-prepositions');
const PHRASE_RELATIVES = attributionWords('phrase-relatives');
const GAP_QUANTIFIERS = attributionWords('gap-quantifiers');
const LINKING_ADVERBS = attributionWords('linking-adverbs');
const ROLE_TIME_ADVERBS = attributionWords('role-time-adverbs');
const LINKING_PREPOSITIONS = attributionWords('linking-prepositions');
const LINKING_NOUNS = attributionWords('linking-nouns');

/**
 * "Still, the plan will fail, he said", "In fact, turnout fell, the poll found": past a linking adverb (or a
 * preposition and a noun linking the same way: "in fact", "by contrast") and its comma opening the sentence, the
 * writer's; else `start` (a character offset).
 */
export function pastLinkingAdverb(words: Word[], start: number): number {
  const [first, second, third] = words;
  if (!first || !second || first.start > start + 1) return start;
  if (LINKING_ADVERBS.has(first.key) && second.punctBefore.trim() === ',') return second.start;
  const phrase = LINKING_PREPOSITIONS.has(first.key) && LINKING_NOUNS.has(second.key) && !second.punctBefore.trim();
  return phrase && third && third.punctBefore.trim() === ',' ? third.start : start;
}
/** Quantifiers that may stand alone as a subject ("Most said", "many believe"): attribution-words.tsv. */
export const STANDALONE_QUANTIFIERS = attributionWords('standalone-quantifiers');

// Noun phrases over a sentence's words: the source before a cue (with appositives and relative clauses), the
// source named after it, a listener, and a clause's subject.

export const QUANTIFIERS = attributionWords('quantifiers');

export const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);

export const AUX_OR_ADVERB = attributionWords('aux-or-adverb');

// Prepositions inside a source phrase: "Others in the community", "a number of members of Congress", "a study by X".
export const JOINING_PREPOSITIONS = attributionWords('joining-prepositions');

// Prepositions that go on a source named after its cue: "said the chief of staff to the mayor".
export const AFTER_CUE_PREPOSITIONS = attributionWords('after-cue-prepositions');

export const NOT_OBJECT = attributionWords('not-object');

export const SUBJECT_PRONOUNS = attributionWords('subject-pronouns');

/** The noun phrase ending at word `end - 1` (exclusive end), walking back; null when there is none. */
export const NOT_IN_PHRASE = attributionWords('not-in-phrase');

/** A dash between words ("WASHINGTON — Hillary Clinton", "Saturday -- Sanders"), not a hyphen inside one. */
export const dashBefore = (words: Word[], k: number) => {
  const p = words[k]?.punctBefore ?? '';
  return /[\u2013\u2014\u2015]|--/.test(p) || (p === '-' && k > 0 && words[k]!.start - words[k - 1]!.end > 1);
};

export const PERSONAL_PRONOUNS = attributionWords('personal-pronouns');

// Quantifiers that take "of" and a pronoun: "many of you", "most of them", "none of us".
const PARTITIVE_QUANTIFIERS = attributionWords('partitive-quantifiers');

// Adverbs that with "with" add a companion to a noun phrase: "X, along with Y,".
const COMPANION_ADVERBS = attributionWords('companion-adverbs');

export const POSSESSIVE_PRONOUNS = attributionWords('possessive-pronouns');

const FLOATING_QUANTIFIERS = attributionWords('floating-quantifiers');

// Adverbs that close a noun phrase rather than open the verb after it: "Growers here say", "farmers alike".
const POSTNOMINAL_ADVERBS = attributionWords('postnominal-adverbs');
export const postnominalAdverb = (words: Word[], k: number) =>
  k > 0 && POSTNOMINAL_ADVERBS.has(words[k]!.key) && /^(NOUN|PROPN)$/.test(words[k - 1]!.pos) && !words[k]!.punctBefore;

export function phraseBefore(words: Word[], end: number, floor: number, acrossComma = false): { start: number; end: number } | null {
  // (The phrase may start at the first word, never before it: a caller's floor of -1 read words[-1].)
  floor = Math.max(floor, 0);
  end = Math.min(end, words.length);
  let i = end;
  // "Japan and Russia", "Joel Pollak of Breitbart California": coordination and "of" between names.
  // a participle before its noun: "registered voters", "the remaining liberals"
  const attributive = (k: number) =>
    words[k]!.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && k + 1 < end && /^(NOUN|PROPN)$/.test(words[k + 1]!.pos) && !words[k + 1]!.punctBefore && !/^(NOUN|PROPN|PRON)$/.test(words[k - 1]?.pos ?? '');
  // "People briefed on the talks", "a poll conducted by X": a participle after its noun, then its preposition.
  const reduced = (k: number) =>
    k > floor && k + 2 < end && words[k]!.pos === 'VERB' && /(ED|EN|WN)$/.test(words[k]!.key) && /^(NOUN|PROPN)$/.test(words[k - 1]!.pos) && !words[k]!.punctBefore && words[k + 1]!.pos === 'ADP' && !words[k + 1]!.punctBefore && !words[k - 1]!.possessive;
  // ("a source familiar with …", "a group close to …": an adjective after its noun takes its preposition's phrase too.)
  const postAdjective = (k: number) => k - 1 > floor && words[k - 1]!.pos === 'ADJ' && NP_POS.has(words[k - 2]!.pos) && !words[k - 1]!.punctBefore && !words[k]!.punctBefore;
  const joins = (k: number) => k > floor && NP_POS.has(words[k - 1]!.pos) && (NP_POS.has(words[k + 1]?.pos ?? '') || (k + 1 < end && (attributive(k + 1) || compoundModifier(words, k + 1, end, floor))));
  // "those surveyed say", "voters polled said": a participle closing the phrase right before the verb.
  const closingParticiple = (k: number) =>
    k === end - 1 && k > floor && words[k]!.pos === 'VERB' && /(ED|EN|WN)$/.test(words[k]!.key) && !words[k]!.punctBefore && (words[k - 1]!.key === 'THOSE' || (words[k - 1]!.pos === 'NOUN' && /S$/.test(words[k - 1]!.key)));
  const inPhrase = (k: number) =>
    words[k] !== undefined &&
    (NP_POS.has(words[k]!.pos) ||
      closingParticiple(k) ||
      // "Most said", "...; many believe": a quantifier standing alone as the subject, whatever its tag
      (k === end - 1 && standsAlone(words, k, floor)) ||
      (k === end - 1 && k > floor && postnominalAdverb(words, k)) ||
      capitalisedName(words, k) ||
      words[k]!.possessive ||
      // a gerund after a possessive, a determiner or an adjective is a noun: "a source familiar with the senator's
      // thinking", "some careful polling shows" (and "Harbour polling found": the sentence's capitalised first word is
      // often tagged a noun)
      (words[k]!.pos === 'VERB' && /ING$/.test(words[k]!.key) && k > floor && !words[k]!.punctBefore &&
        (words[k - 1]!.possessive || /^(DET|ADJ)$/.test(words[k - 1]!.pos) || (k === 1 && k === end - 1 && /^(NOUN|PROPN)$/.test(words[0]!.pos)))) ||
      attributive(k) ||
      reduced(k) ||
      (words[k]!.pos === 'ADP' && reduced(k - 1) && NP_POS.has(words[k + 1]?.pos ?? '')) ||
      // the second half of a hyphenated word: "just-released", "water-carrying"
      (words[k]!.punctBefore === '-' && k > floor) ||
      phraseWordAnyTag(words, k, end, floor) ||
      compoundModifier(words, k, end, floor) ||
      ((words[k]!.key === 'AND' || words[k]!.key === 'OR' || (JOINING_PREPOSITIONS.has(words[k]!.key) && (words[k + 1]?.pos !== 'PRON' || ofPossessive(words, k)))) && joins(k)) ||
      ((words[k]!.key === 'WITH' || words[k]!.key === 'TO') && postAdjective(k) && NP_POS.has(words[k + 1]?.pos ?? ''))) &&
    !NOT_IN_PHRASE.has(words[k]!.key);
  // "Rep. Jason Chaffetz (R-Utah)": a parenthesis after a name is inside the phrase.
  const boundary = (k: number) =>
    /[,;:]/.test(words[k]?.punctBefore ?? '') ||
    (k < end && dashBefore(words, k)) || hasQuote(words[k]?.punctBefore ?? '') || ((words[k]?.punctBefore ?? '').includes('(') && words[k - 1]?.pos !== 'PROPN');
  // A list "A, B, and C" crosses its commas: only once the phrase has reached its "and".
  let listMode = false;
  // "something he denied", "Tuesday night he said": a personal pronoun takes no words before it.
  // ("Many of you", "most of them", "one of us": a quantity of the pronoun's people is the phrase.)
  if (end > floor && PERSONAL_PRONOUNS.has(words[end - 1]!.key) && words[end - 1]!.pos === 'PRON') return { start: partitiveStart(words, end, floor), end };
  // (A list's items are short names: "2007, a study by X and Y" and "the lapse, and the agency" are no lists.)
  const shortItem = (k: number) => {
    for (let j = k; j < end && j < k + 5; j++) {
      if (j > k && (words[j]!.punctBefore.includes(',') || words[j]!.key === 'AND' || words[j]!.key === 'OR')) return true;
      // (A name's word the tagger read as a verb is the item's: "Jim Webb, Ted Cruz and Rand Paul".)
      if (/^(ADP|VERB|AUX|SCONJ)$/.test(words[j]!.pos) && !capitalisedName(words, j) && !(j === k && (words[j]!.key === 'AND' || words[j]!.key === 'OR'))) return false;
    }
    return false;
  };
  const listComma = (k: number) => {
    if (!listMode || !/^,$/.test(words[k]!.punctBefore.trim())) return false;
    if (words[k]!.key !== 'AND' && words[k]!.key !== 'OR') return shortItem(k) && !timeBefore(words, k, floor);
    // ", and C": only after another item set off by a comma ("A, B, and C")
    let j = k - 1;
    while (j > floor && !words[j]!.punctBefore.includes(',') && j > k - 5) j--;
    return j > floor && words[j]!.punctBefore.includes(',') && shortItem(j);
  };
  // "the place Pentagon officials say", "something Republicans wanted": a noun phrase right after a noun is
  // the subject of a relative clause with no pronoun; the source starts there.
  const relativeGap = (k: number) =>
    k < end && !words[k]!.punctBefore && !words[k - 1]!.possessive &&
    ((words[k]!.pos === 'DET' && /^(NOUN|PROPN|PRON)$/.test(words[k - 1]!.pos)) || (words[k]!.pos === 'PRON' && words[k - 1]!.pos === 'NOUN') || (INDEFINITE_PRONOUNS.has(words[k - 1]!.key)) || objectGap(words, k, floor));
  while (i > floor && inPhrase(i - 1) && ((acrossComma && i === end) || !boundary(i) || listComma(i)) && !relativeGap(i)) {
    i--;
    if (words[i]!.key === 'AND' || words[i]!.key === 'OR') listMode = true;
    if (boundary(i) && !(listComma(i) && inPhrase(i - 1))) break;
  }
  if (listMode) i = pastOpeningItem(words, i, end, floor);
  // ", and the agency said", "— and the poll shows": a clause coordinated after punctuation starts after its conjunction.
  if (i < end - 1 && (words[i]!.key === 'AND' || words[i]!.key === 'OR') && (words[i]!.punctBefore.includes(',') || i === floor || !!words[i]!.punctBefore.trim())) i++;
  return i < end ? { start: i, end } : null;
}

/**
 * "On the trade side, the mayor and the governor said": a list's first item after a preposition (or opening with
 * one, or an adverb) is the phrase situating the clause, not one of the list's names; the phrase starts after its
 * comma. Else `start`.
 */
function pastOpeningItem(words: Word[], start: number, end: number, floor: number): number {
  let comma = start + 1;
  while (comma < end && !words[comma]!.punctBefore.includes(',')) comma++;
  if (comma >= end - 1) return start;
  const before = start > floor ? words[start - 1] : undefined;
  const situated = (before !== undefined && /^(ADP|SCONJ)$/.test(before.pos) && !before.punctBefore.includes(',')) || /^(ADP|ADV|SCONJ)$/.test(words[start]!.pos);
  // (A one common word is a list's item: "with labor, environmental and civic groups".)
  return situated && (comma - start >= 2 || words[start]!.pos === 'PROPN') ? comma : start;
}

/**
 * "the best friend Donald Trump always hoped to have", "an approach several candidates have embraced": a name or
 * an adjective's noun phrase right after a common noun that is a verb's or a preposition's object opens a
 * relative clause with no pronoun.
 */
function objectGap(words: Word[], k: number, floor: number): boolean {
  const w = words[k]!;
  const noun = words[k - 1]!;
  if (noun.pos !== 'NOUN' || noun.possessive || !(w.pos === 'PROPN' || (w.pos === 'ADJ' && /^(NOUN|PROPN|ADJ)$/.test(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore))) return false;
  // ("the kind of judge many voters fear": a quantifier with its noun after a noun subjects a clause wherever the noun stands.)
  if (GAP_QUANTIFIERS.has(w.key) && /^(NOUN|PROPN|ADJ)$/.test(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore) return true;
  let j = k - 1;
  while (j > floor && !words[j]!.punctBefore && /^(NOUN|ADJ|DET|NUM)$/.test(words[j - 1]!.pos) && !words[j - 1]!.possessive) j--;
  // (An adverb may stand between the verb and its object: "is now the place officials say".)
  let g = j - 1;
  while (g > floor && words[g]!.pos === 'ADV' && !words[g]!.punctBefore && !words[g + 1]!.punctBefore) g--;
  const governor = words[g];
  if (!governor || words[j]!.punctBefore || SUBORDINATING.has(governor.key) || !/^\p{Ll}/u.test(governor.raw) || joinedByHyphen(words, g)) return false;
  // (A preposition only when it opens the clause, "At the moment X learned"; inside a noun phrase it is a naming:
  // "a columnist for the site Pando said".)
  const opensClause = g === 0 || /[,;:]/.test(governor.punctBefore);
  // (Nor a gerund read as a verb: "Fight for $15 organizing director Kendall Fells said".)
  return (governor.pos === 'VERB' && !/ING$/.test(governor.key)) || governor.pos === 'AUX' || (governor.pos === 'ADP' && opensClause);
}

/**
 * Words of a noun phrase before a cue whatever their tags: the first half of a hyphenated word ("Right-wing
 * parties", "would-be voters", "well-known critics"), a participle after its noun with only a time after it ("A
 * poll released Sunday", "the report published last week"), a short particle of a name the tagger calls foreign
 * ("De Blasio").
 */
function phraseWordAnyTag(words: Word[], k: number, end: number, floor: number): boolean {
  const w = words[k]!;
  if (k + 1 < end && joinedByHyphen(words, k + 1)) return true;
  if (timedParticiple(words, k, floor) && k + 1 < end) {
    // ("A poll released Sunday by the Gazette": the time may come before the participle's agent.)
    const time = situatingAdjunctEnd(words, k + 1);
    if (time === end || (time > k + 1 && time < end && words[time]!.key === 'BY' && !words[time]!.punctBefore)) return true;
  }
  // ("A report issued earlier this year": the time's adverb after such a participle.)
  for (let j = k - 1; j > floor && j >= k - 3 && !words[j + 1]!.punctBefore; j--) if (timedParticiple(words, j, floor) && situatingAdjunctEnd(words, j + 1) > k) return true;
  // ("a new national poll", "a very large majority": an adverb or a word read as one between a determiner and the
  // noun; also before a participle, "a newly elected mayor", "the board's recently appointed chief"; not after
  // "that's", read as a possessive: "that's why the crew's plan failed".)
  const participle = (j: number) => words[j]!.pos === 'VERB' && /(ED|EN|WN)$/.test(words[j]!.key) && j + 1 < end && /^(NOUN|PROPN)$/.test(words[j + 1]!.pos) && !words[j + 1]!.punctBefore;
  if (w.pos === 'ADV' && k > floor && (words[k - 1]!.pos === 'DET' || (words[k - 1]!.possessive && /^(NOUN|PROPN)$/.test(words[k - 1]!.pos))) && k + 1 < end && (/^(ADJ|NOUN|PROPN)$/.test(words[k + 1]!.pos) || participle(k + 1)) && !w.punctBefore && !words[k + 1]!.punctBefore) return true;
  return w.pos === 'X' && /^\p{L}{1,3}$/u.test(w.raw) && words[k + 1]?.pos === 'PROPN' && !words[k + 1]!.punctBefore;
}

/** A participle after its noun ("A poll released", "the report issued"): it may take a time after it. */
const timedParticiple = (words: Word[], k: number, floor: number) =>
  k > floor && words[k]!.pos === 'VERB' && /(ED|EN|WN)$/.test(words[k]!.key) && /^(NOUN|PROPN)$/.test(words[k - 1]!.pos) && !words[k]!.punctBefore && !words[k - 1]!.possessive;

/** "Most said", "...; most believe", "But many think": a quantifier opening its clause (at `floor`, after punctuation or a conjunction) stands alone as a subject. */
export function standsAlone(words: Word[], k: number, floor = 0): boolean {
  return STANDALONE_QUANTIFIERS.has(words[k]!.key) && (k === floor || words[k]!.punctBefore.trim() !== '' || /^(CCONJ|SCONJ)$/.test(words[k - 1]?.pos ?? ''));
}

/**
 * "Hedge fund executives", "advocates for stem cell research": the first noun of a compound the tagger read as a
 * verb (its base form, before two nouns, at the phrase's start or after a determiner, adjective or preposition).
 */
function compoundModifier(words: Word[], k: number, end: number, floor: number): boolean {
  const w = words[k]!;
  if (w.pos !== 'VERB' || /(ED|ING|S)$/.test(w.key) || k + 1 >= end) return false;
  // ("stem cell research": between two nouns of one phrase, the last one before the verb)
  if (k + 2 === end && k > floor && words[k - 1]!.pos === 'NOUN' && words[k + 1]!.pos === 'NOUN' && !w.punctBefore && !words[k + 1]!.punctBefore) return true;
  if (k + 2 >= end) return false;
  const nouns = words[k + 1]!.pos === 'NOUN' && /^(NOUN|PROPN)$/.test(words[k + 2]!.pos) && !words[k + 1]!.punctBefore && !words[k + 2]!.punctBefore;
  return nouns && (k === floor || /^(DET|ADJ|ADP|SCONJ|NUM)$/.test(words[k - 1]!.pos) || words[k - 1]!.possessive || w.punctBefore.trim() !== '');
}

/** Where a personal pronoun's phrase ending at `end` starts: at a quantity of it ("many of you"), else at the pronoun. */
function partitiveStart(words: Word[], end: number, floor: number): number {
  const of = end - 2;
  const partitive = of - 1 >= floor && words[of]?.key === 'OF' && !words[of]!.punctBefore && !words[end - 1]!.punctBefore && (PARTITIVE_QUANTIFIERS.has(words[of - 1]!.key) || words[of - 1]!.pos === 'NUM');
  return partitive ? of - 1 : end - 1;
}

/**
 * "one of her ads", "most of his rivals", "members of their staff": a preposition before a possessive pronoun and
 * its noun joins the phrase (a pronoun after a preposition otherwise ends it: "told of them").
 */
const ofPossessive = (words: Word[], k: number) =>
  POSSESSIVE_PRONOUNS.has(words[k + 1]?.key ?? '') && /^(NOUN|PROPN|ADJ)$/.test(words[k + 2]?.pos ?? '') && !words[k + 1]!.punctBefore && !words[k + 2]!.punctBefore;

/** Word `k` is joined to the word before it by a hyphen with no space: "Right-wing". */
const joinedByHyphen = (words: Word[], k: number) => words[k]!.punctBefore === '-' && words[k]!.start - words[k - 1]!.end === 1;

/** A capitalised word inside a sentence that the tagger took for a verb ("Josh Earnest"): part of a name. */
export const capitalisedName = (words: Word[], k: number) =>
  /^[A-Z][a-z]/.test(words[k]!.raw) &&
  words[k]!.pos === 'VERB' &&
  (((k > 0 && (words[k + 1]?.pos === 'PROPN' || words[k - 1]!.pos === 'PROPN') && !words[k]!.punctBefore)) ||
    // opening the sentence or a clause after a comma, before a name: "Ted Cruz says", "In fact, Ted Cruz thinks"
    ((k === 0 || words[k]!.punctBefore.trim() === ',') && words[k + 1]?.pos === 'PROPN' && !words[k + 1]!.punctBefore) ||
    // right before the verb group: "“...,” Lynch said", "Cook said"
    ((words[k + 1]?.pos === 'VERB' || words[k + 1]?.pos === 'AUX') && !words[k + 1]!.punctBefore));

/** The noun phrase starting at word `start`, with "of"/"for" attachments and a following appositive title. */
/** "The Associated Press": a capitalised word the tagger read as a verb, after a capitalised word of the same phrase. */
// (Also opening the phrase inside a sentence, before a noun: "said Concord resident Jane Smith", the place read as a verb.)
const capitalisedInName = (words: Word[], i: number, start: number) =>
  (i === start && i > 0 && words[i]!.pos === 'VERB' && /^[A-Z][a-z]/.test(words[i]!.raw) && !hasQuote(words[i]!.punctBefore) && /^[a-z]/.test(words[i - 1]!.raw) && words[i + 1]?.pos === 'NOUN' && !words[i + 1]!.punctBefore && /^(NOUN|PROPN)$/.test(words[i + 2]?.pos ?? '')) ||
  i > start && words[i]!.pos === 'VERB' && /^[A-Z][a-z]/.test(words[i]!.raw) && /^[A-Z]/.test(words[i - 1]!.raw) && !words[i]!.punctBefore && NP_POS.has(words[i + 1]?.pos ?? '') && /^[A-Z]/.test(words[i + 1]?.raw ?? '');

/** "Florida-based strategist": the second half of a hyphenated word, before a noun, is the phrase's (whatever its tag). */
const hyphenated = (words: Word[], i: number, start: number) =>
  i > start && words[i]!.punctBefore === '-' && words[i]!.start - words[i - 1]!.end === 1 && NP_POS.has(words[i + 1]?.pos ?? '') && !words[i + 1]!.punctBefore;

export function phraseAfter(words: Word[], start: number, ceiling: number): { start: number; end: number } | null {
  let i = start;
  while (i < ceiling && (NP_POS.has(words[i]!.pos) || words[i]!.key === 'OF' || words[i]!.key === 'FOR' || capitalisedInName(words, i, start) || hyphenated(words, i, start)) && (i === start || !(/[,;:(]/.test(words[i]!.punctBefore) || hasQuote(words[i]!.punctBefore)))) i++;
  while (i > start && (words[i - 1]!.key === 'OF' || words[i - 1]!.key === 'FOR')) i--;
  return i > start ? { start, end: i } : null;
}

/**
 * The listener after a cue like "told": a noun phrase that stops where the content's own subject begins ("told
 * reporters he ...", "told the AP his firm ...": a subject pronoun, or a determiner, possessive or "that" after a noun).
 */
export function listenerAfter(words: Word[], start: number): { start: number; end: number } | null {
  const phrase = phraseAfter(words, start, words.length);
  // ("warned that it could ...": a "that" the tagger read as a pronoun opens the content, it names no listener.)
  if (!phrase || (words[start]!.key === 'THAT' && SUBJECT_PRONOUNS.has(words[start + 1]?.key ?? '') && !words[start + 1]!.punctBefore)) return null;
  // ("was asked what happened", "asked who would win": a question word right after the cue opens the content.)
  if (LISTENER_ENDS.has(words[start]!.key)) return null;
  for (let k = start + 1; k < phrase.end; k++) {
    const w = words[k]!;
    const afterNoun = /^(NOUN|PROPN|PRON)$/.test(words[k - 1]!.pos);
    // ("told reporters what she wanted": a question word opens the content.)
    if ((SUBJECT_PRONOUNS.has(w.key) && afterNoun) || (afterNoun && (w.pos === 'DET' || POSSESSIVE_PRONOUNS.has(w.key) || w.key === 'THAT' || LISTENER_ENDS.has(w.key)))) return { start, end: k };
  }
  return phrase;
}

export function wordSpan(words: Word[], from: number, to: number): Span {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** The indexes of the words inside a span of the text (a cue's, a content's), in order: wordSpan's inverse. */
export function wordIndexesIn(words: Word[], span: Span): number[] {
  const out: number[] = [];
  words.forEach((w, k) => {
    if (w.start >= span.start && w.end <= span.end) out.push(k);
  });
  return out;
}

/** The words of a span of the text, upper case, without punctuation: a cue's ("ACCORDING", "TO"), a source's. */
export function spanWords(text: string, span: Span): string[] {
  return text.slice(span.start, span.end).toUpperCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/** A verb or an auxiliary (a clause's verb group). */
export const verbal = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');

/** The first word of the verb group ending in word `i`: its auxiliaries and adverbs ("has also said"). */
export function cueStartOf(words: Word[], i: number): number {
  let k = i;
  while (k > 0 && !words[k]!.punctBefore && (words[k - 1]!.pos === 'AUX' || words[k - 1]!.pos === 'PART' || (words[k - 1]!.pos === 'ADV' && !postnominalAdverb(words, k - 1)))) k--;
  return k;
}

/**
 * The subject of the clause that word `end` ends, when a verb follows it: "Smith" in "On Tuesday, Smith
 * endorsed her, citing ...", the whole appositive phrase in "Jane Doe, a lawyer, filed the suit, saying ...".
 */
export function clauseSubject(text: string, words: Word[], end: number, coordinated = false): Span | null {
  const subject = clauseSubjectWords(text, words, end, coordinated);
  return subject && { start: words[subject.start]!.start, end: subject.sourceEnd ?? words[subject.end - 1]!.end };
}

/** clauseSubject's words (end exclusive) and, for an appositive phrase, where its closing comma ends. */
export function clauseSubjectWords(text: string, words: Word[], end: number, coordinated = false): { start: number; end: number; sourceEnd?: number } | null {
  const start = clauseStart(words, end);
  const subject = start === null ? null : phraseAfter(words, start, end);
  if (!subject || start === null) return null;
  // ("Jo Lee and Sam Cole campaigned ..., hoping", "Lee and other leaders spoke": a coordinated noun phrase, no comma;
  // asked for by a participle set off by a comma, whose clause is whole before it.)
  // (So does a prepositional phrase after the noun, not a time: "Senators on the panel seized on it, arguing".)
  const joining = (w: Word) => w.key === 'AND' || (w.pos === 'ADP' && situatingAdjunctEnd(words, subject.end) === subject.end);
  while (coordinated && words[subject.end] && joining(words[subject.end]!) && !words[subject.end]!.punctBefore && !words[subject.end + 1]?.punctBefore) {
    const more = phraseAfter(words, subject.end + 1, end);
    if (!more) break;
    subject.end = more.end;
  }
  // ("Lee and Cole both campaigned": a floating quantifier after the subject is none of it.)
  const floating = subject.end - subject.start > 1 && FLOATING_QUANTIFIERS.has(words[subject.end - 1]!.key) && /^(NOUN|PROPN)$/.test(words[subject.end - 2]!.pos);
  if (floating) subject.end--;
  const verbAt = (k: number) => {
    while (k < end && words[k]!.pos === 'ADV' && !words[k]!.punctBefore) k++;
    return words[k] !== undefined && (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX');
  };
  // ("The mayor on Friday held ...": a day between the subject and its verb.)
  if (!words[subject.end]?.punctBefore && verbAt(situatingAdjunctEnd(words, subject.end + (floating ? 1 : 0)))) return subject;
  if (!words[subject.end]?.punctBefore.includes(',')) return null;
  // "Jane Doe, a lawyer, filed ...": the appositives up to the comma the verb follows, that comma included.
  for (let k = subject.end + 1; k < end; k++) {
    if (!words[k]!.punctBefore.includes(',')) continue;
    if (verbAt(k) && appositive(words, start, k)) {
      // ("Clinton, clearly frustrated, responded ..., saying": an aside set off by commas is not the subject's.)
      const aside = asideAt(words, start, k);
      return aside !== null ? { start, end: aside } : { start, end: k, sourceEnd: text.lastIndexOf(',', words[k]!.start) + 1 };
    }
    break;
  }
  return null;
}

/**
 * The first phrase set off by commas inside a subject's appositives that is an aside rather than a title: an
 * adverb ("however", "meanwhile"), a participle ("speaking to reporters", "facing a challenge"), a
 * prepositional phrase ("in particular", "for example", "in a statement"; not "of", "from": "Jones, of
 * Ohio,"). The index of its first word, or null.
 */
export function asideAt(words: Word[], start: number, end: number): number | null {
  for (let k = start + 1; k < end; k++) {
    // (Not after a comma closing a quotation: "co-author of “Going Viral,” about the spread of news".)
    if (!words[k]!.punctBefore.includes(',') || hasQuote(words[k]!.punctBefore)) continue;
    const w = words[k]!;
    let next = k + 1;
    while (next < end && !words[next]!.punctBefore.includes(',')) next++;
    // ("Jo Lee, then 38, said": an age is the source's.)
    const adverb = w.pos === 'ADV' && next - k <= 2 && words[k + 1]?.pos !== 'NUM';
    // ("Jo Lee, when asked about it,", "Jo Lee, still stinging over the vote,", "Jo Lee, also campaigning there,": an
    // adverb or subordinator opening a clause, a participle or a prepositional phrase; not "then 38", "now a consultant",
    // a time adverb before a former or present post ("then at UBS") or a companion ("as well as her campaign"). A past
    // participle after an adverb describes the noun: "studies, often conducted by X,".
    const follower = words[k + 1];
    const companionAs = w.key === 'AS' && follower?.key === 'WELL';
    const opensClause =
      next - k > 1 && follower !== undefined && !companionAs &&
      (SUBORDINATING.has(w.key) || (w.pos === 'ADV' && ((follower.pos === 'VERB' && /ING$/.test(follower.key)) || (/^(ADP|SCONJ)$/.test(follower.pos) && !ROLE_TIME_ADVERBS.has(w.key)))));
    // ("Jo Lee, exasperated,", "Jo Lee, eager to win,": an adjective with no noun of its own; not a title, "chief of staff".)
    const adjective = w.pos === 'ADJ' && /^\p{Ll}/u.test(w.raw) && (next - k === 1 || (follower?.key === 'TO' && words[k + 2]?.pos === 'VERB'));
    // (Not a listing participle, "Several candidates, including Trump, said", nor a companion, "Fields, along with
    // a Post reporter, said": both name more of the source.)
    // (Nor a participle that is a title's adjective, right before its noun: "Jo Lee, managing director of ...".)
    const title = /^(NOUN|PROPN)$/.test(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore;
    const participle = w.pos === 'VERB' && /(ING|ED)$/.test(w.key) && !LISTING_PARTICIPLES.has(w.key) && !title;
    const companion = COMPANION_ADVERBS.has(w.key) && words[k + 1]?.key === 'WITH';
    const preposition = (w.pos === 'ADP' || w.pos === 'SCONJ') && !APPOSITIVE_PREPOSITIONS.has(w.key) && !companion;
    if (adverb || opensClause || adjective || participle || preposition || (w.key === 'OF' && words[k + 1]?.key === 'COURSE')) return k;
  }
  return null;
}

/**
 * Where a source named after its cue ends ("said a longtime adviser to both candidates", "wrote a reader who
 * runs a blog"), its noun phrase ending at `end`: on through prepositional phrases, a capitalised word the
 * tagger read as a verb, and a relative clause with no comma before it (to the next punctuation).
 */
export function sourceAfterCue(words: Word[], end: number): number {
  // (phraseAfter takes a relative pronoun for a noun phrase's word: "the man who".)
  if (end > 1 && PHRASE_RELATIVES.has(words[end - 1]!.key)) end--;
  while (end < words.length && !words[end]!.punctBefore) {
    const w = words[end]!;
    if (AFTER_CUE_PREPOSITIONS.has(w.key)) {
      const phrase = phraseAfter(words, end + 1, words.length);
      if (!phrase || words[end + 1]!.punctBefore) break;
      // ("said Mayor Don Guardian in a telephone interview", "said Smith on Tuesday": the saying's venue or time.)
      if (words.slice(phrase.start, phrase.end).some((x) => SAYING_VENUES.has(x.key) || DAY_WORDS.has(x.key))) break;
      end = phrase.end;
    } else if (/^[A-Z][a-z]/.test(w.raw) && w.pos === 'VERB' && words[end - 1]?.pos === 'PROPN') end++;
    else if ((w.key === 'WHO' || w.key === 'THAT')) {
      end++;
      while (end < words.length && !words[end]!.punctBefore.trim()) end++;
      break;
    } else break;
  }
  return end;
}

/** A name the tagger read as a verb ("said Sue Smith", "said Don Jones"): capitalised words from `start`. */
export function nameAt(words: Word[], start: number): { start: number; end: number } | null {
  let end = start;
  while (end < words.length && /^[A-Z][a-z]/.test(words[end]!.raw) && (end === start || !words[end]!.punctBefore)) end++;
  return end > start + 1 || (end > start && words[start]!.pos !== 'VERB' && words[start]!.pos !== 'AUX' && words[start]!.pos !== 'ADP') ? { start, end } : null;
}

/** "Sen. Ted Cruz": a capitalised word the tagger read as a verb between two capitalised words of a name. */
const nameWord = (words: Word[], k: number) =>
  k > 0 && /^[A-Z][a-z]/.test(words[k]!.raw) && /^[A-Z]/.test(words[k - 1]!.raw) && /^[A-Z]/.test(words[k + 1]?.raw ?? '') && !words[k]!.punctBefore && !words[k + 1]!.punctBefore;

/**
 * "“It’s a mess, and he knows it,” said Doe": words `start` to `end` open with a quotation mark and close with it
 * after their comma; what they are is a quotation, not a phrase naming someone.
 */
function quotedWhole(words: Word[], start: number, end: number): boolean {
  if (!/^,\s*(?:["\u201d]|'')/.test(words[end]?.punctBefore.trim() ?? '')) return false;
  // (The quotation may open a word or two before: "“Quite a week, and ...,” said")
  let k = start;
  while (k > 0 && !hasQuote(words[k]!.punctBefore)) k--;
  return /(?:["\u201c]|'')$/.test(words[k]!.punctBefore);
}

/** "Jane Doe, a spokeswoman for the agency, who ...,": a noun phrase with appositives; verbs only in a relative clause. */
export function appositive(words: Word[], start: number, end: number, needsComma = true): boolean {
  if (!NP_POS.has(words[start]!.pos) || (needsComma && !words.slice(start + 1, end).some((w) => w.punctBefore.includes(',')))) return false;
  if (quotedWhole(words, start, end)) return false;
  let relativeClause = false;
  let afterComma = false;
  for (let k = start; k < end; k++) {
    const w = words[k]!;
    if (k > start && w.punctBefore.includes(',')) afterComma = true;
    if (w.key === 'WHO' || w.key === 'WHICH' || w.key === 'WHOSE' || (!needsComma && w.key === 'THAT' && k > start)) relativeClause = true;
    // A verb before the first comma makes a clause ("Carter stopped the practice, ..."); after it, in a title
    // ("senior associate for education organizing"), it is most often the tagger's reading of a noun.
    if (!relativeClause && (w.pos === 'AUX' || (w.pos === 'VERB' && !afterComma && !nameWord(words, k)))) return false;
    if (k > start && (/[;:]/.test(w.punctBefore) || hasQuote(w.punctBefore))) return false;
  }
  return true;
}
