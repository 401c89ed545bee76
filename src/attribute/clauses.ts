import type { Span } from '../document/document.js';
import { type Word } from '../code/words.js';
import { attributionWords } from './lexicon.js';
import { NOT_IN_PHRASE, NP_POS, SUBJECT_PRONOUNS, capitalisedName, dashBefore, verbal } from './phrases.js';
import { hasQuote, inQuoteAt } from './rules/quotations.js';
import { matchCue, participleAfterDeterminer, participleTaggedNoun } from './rules/cues.js';
import { finishedClause, participleInContent } from './rules/content-participles.js';

export const TIME_PREPOSITIONS = attributionWords('time-prepositions');
const SITUATING_ADVERBS = attributionWords('situating-adverbs');
const TIME_MODIFIERS = attributionWords('time-modifiers');
const BARE_TIME_OPENERS = attributionWords('bare-time-openers');
const COMPARISON_PREPOSITIONS = attributionWords('comparison-prepositions');
const COMPLEMENTIZERS = attributionWords('complementizers');
const RELATIVE_TIME_ADVERBS = attributionWords('relative-time-adverbs');
const PREDICATE_CONJUNCTIONS = attributionWords('predicate-conjunctions');
const PLACE_ABBREVIATIONS = attributionWords('place-abbreviations');

// Clause boundaries over a sentence's words: where a content ends (clauseEndAfter), where a clause starts past
// an opening adverbial, and the time and channel phrases that situate a saying.

export const DAYS = attributionWords('days');

export const MONTHS = attributionWords('months');

// Time phrases: "last week", "earlier this month", "on Tuesday", "at the same time".
export const TIME_NOUNS = attributionWords('time-nouns');

// Words of a time phrase: the time nouns, these, and numbers ("last week", "at the same time", "on March 3").
export const TIME_WORDS = attributionWords('time-words');

const YEAR = /^(?:1[5-9]|20)\d\d$/;
export const timeWord = (key: string) => TIME_NOUNS.has(key) || TIME_WORDS.has(key) || /^\d+$/.test(key);

/** "At the same time, Smith and Jones said": the words before the comma at `k` are a time phrase. */
export function timeBefore(words: Word[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j > floor && !words[j]!.punctBefore.includes(',') && timeWord(words[j]!.key)) j--;
  // (Before the sentence's first word there is no time phrase: a fuzzed text reached it.)
  if (j < 0 || !words[j]) return false;
  const phrase = words.slice(j, k);
  // ("In 2018, Japan and Russia agreed": a year is a time, no item of a list.)
  return (j === floor || words[j]!.punctBefore.includes(',')) && timeWord(words[j]!.key) && phrase.some((w) => TIME_NOUNS.has(w.key) || YEAR.test(w.key));
}

export const BE_FORMS = attributionWords('be-forms');

/** Verbs that link a subject to an adjective as "be" does ("remain hopeful that"): attribution-words.tsv. */
export const COPULAS = attributionWords('copulas');

export const CONCESSIVE = attributionWords('concessive');

// Participles that work as prepositions (", including X"): they go on with the content, not the frame.
export const LISTING_PARTICIPLES = attributionWords('listing-participles');

export const CONTENT_PREPOSITIONS = attributionWords('content-prepositions');

/** Trims a span of whitespace and of sentence-final punctuation outside quotation marks (also "?" and "!": "wants to know what that entails?"). */
export function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:\u2014\u2013-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.?!\u2014\u2013-]/.test(text[end - 1]!)) end--;
  // "(He said that the timing was unrelated.)": a parenthesis closing after the content, opened before it, is no part of it.
  if (text[end - 1] === ')' && countOf(text, start, end, ')') > countOf(text, start, end, '(')) {
    end--;
    while (end > start && /[\s,;:.\u2014\u2013-]/.test(text[end - 1]!)) end--;
  }
  // An abbreviation's full stop stays ("entering the U.S.", "at 7 p.m."): it ends the word, whatever else it ends.
  if (text[end] === '.' && /(?:\b(?:[A-Z]\.)+[A-Z]|\b[ap]\.m|\b(?:Jr|Sr|Inc|Ltd|Corp))$/.test(text.slice(Math.max(start, end - 12), end))) end++;
  // (So does a state's after a place and its comma: "in San Bernardino, Calif.")
  const place = /, ([A-Z][a-z]{1,4})$/.exec(text.slice(Math.max(start, end - 8), end));
  if (text[end] === '.' && place && PLACE_ABBREVIATIONS.has(place[1]!.toUpperCase())) end++;
  // A quotation opened in the content closes in it, with the punctuation inside its marks ("a “terrible situation,”").
  const inside = text.slice(start, end);
  const opened = (inside.match(/\u201c/g)?.length ?? 0) > (inside.match(/\u201d/g)?.length ?? 0) || (inside.match(/"/g)?.length ?? 0) % 2 === 1 || (inside.match(/''/g)?.length ?? 0) % 2 === 1;
  const close = opened ? /^[,.!?]?(?:["\u201d]|'')/.exec(text.slice(end, end + 3)) : null;
  if (close) end += close[0].length;
  return { start, end };
}

/** How many times `mark` occurs in text[start, end). */
function countOf(text: string, start: number, end: number, mark: string): number {
  let n = 0;
  for (let k = text.indexOf(mark, start); k >= 0 && k < end; k = text.indexOf(mark, k + 1)) n++;
  return n;
}

export const WH_WORDS = attributionWords('wh-words');

export const PARTS_OF_DAY = attributionWords('parts-of-day');

export const DURATION_NOUNS = attributionWords('duration-nouns');

// Where a saying is published, not what it says about: "said on Twitter", "told viewers on television".
export const CHANNELS = attributionWords('channels');

/**
 * The end of the time and channel adjuncts starting at word `k` ("on Monday", "Tuesday night", "last week",
 * "for weeks", "over the weekend", "on Feb. 3", "on Twitter"); `k` itself when there is none.
 */
export function situatingAdjunctEnd(words: Word[], k: number): number {
  for (;;) {
    let j = k;
    const preposition = TIME_PREPOSITIONS.has(words[j]?.key ?? '');
    if (preposition) j++;
    if (preposition && words[k]!.key === 'ON' && CHANNELS.has(words[j]?.key ?? '') && !words[j]!.punctBefore) {
      k = j + 1;
      continue;
    }
    // (without a preposition only "last week", "this month" ...: "said the year had begun well" has a subject)
    while (j < words.length && !words[j]!.punctBefore && ((preposition ? TIME_MODIFIERS : BARE_TIME_OPENERS).has(words[j]!.key) || (words[j]!.pos === 'NUM' && j > k))) j++;
    const w = words[j];
    if (!w || w.possessive || (j > k && w.punctBefore) || !(DAYS.has(w.key) || MONTHS.has(w.key) || (j > k && DURATION_NOUNS.has(w.key)))) break;
    j++;
    // "Monday night", "Feb. 3", "Feb. 3, 2016"
    while (j < words.length && (words[j]!.punctBefore === '' || (words[j]!.punctBefore === '.' && words[j]!.pos === 'NUM')) && (words[j]!.pos === 'NUM' || PARTS_OF_DAY.has(words[j]!.key))) j++;
    k = j;
  }
  return k;
}

/** A word that opens what situates a saying (a preposition, a day, "earlier"): "said on Friday that ...". */
export function isSituating(w: Word | undefined): boolean {
  return w !== undefined && ((w.pos === 'ADP' && w.key !== 'OF' && w.key !== 'THAT') || DAYS.has(w.key) || SITUATING_ADVERBS.has(w.key));
}

export const SUBORDINATORS = attributionWords('subordinators');

/** The sentence opens with a subordinate clause ("While ...", "But as ...") holding the word at `at`: no comma yet. */
export function openingSubordinate(words: Word[], at: number): boolean {
  let k = 0;
  if (words[k]?.pos === 'CCONJ' || words[k]?.key === 'EVEN') k++;
  k = pastOpeningPhrase(words, k, at);
  k = measureOfTime(words, k, at);
  // "Asked if he thought ..., Devine said": a participle opens the clause too (the frame's own verb at `at` aside).
  const participle = words[k]?.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && k < at;
  if ((!SUBORDINATORS.has(words[k]?.key ?? '') && !participle) || k >= at) return false;
  return !words.slice(k + 1, at + 1).some((w) => /[,;:]/.test(w.punctBefore) || hasQuote(w.punctBefore));
}

/**
 * "In a September debate, while ...", "Last year, when ...": past a short verbless phrase set off by a comma, the
 * subordinator after it (past a conjunction) opens the clause; else `k`.
 */
function pastOpeningPhrase(words: Word[], k: number, at: number): number {
  if (SUBORDINATORS.has(words[k]?.key ?? '')) return k;
  for (let j = k + 1; j < at && j <= k + 6; j++) {
    if (words[j - 1]!.pos === 'VERB' || words[j - 1]!.pos === 'AUX') return k;
    if (!words[j]!.punctBefore.trim()) continue;
    if (words[j]!.punctBefore.trim() !== ',') return k;
    const next = words[j]!.pos === 'CCONJ' ? j + 1 : j;
    return SUBORDINATORS.has(words[next]?.key ?? '') && next < at ? next : k;
  }
  return k;
}

/**
 * "Years after ...", "A few weeks before ...", "Shortly after ...": past a measure of time (a short phrase of
 * determiners, numbers and adjectives ending in a duration noun, or one adverb) right before a subordinator, the
 * subordinator's index; else `k`.
 */
function measureOfTime(words: Word[], k: number, at: number): number {
  for (let j = k + 1; j <= k + 4 && j < at; j++) {
    if (words[j]!.punctBefore.trim()) return k;
    if (!SUBORDINATORS.has(words[j]!.key)) continue;
    const phrase = words.slice(k, j);
    const adverb = phrase.length === 1 && phrase[0]!.pos === 'ADV';
    const measure = DURATION_NOUNS.has(phrase[phrase.length - 1]!.key) && phrase.slice(0, -1).every((w) => /^(DET|NUM|ADJ)$/.test(w.pos));
    return adverb || measure ? j : k;
  }
  return k;
}

/** Where the clause holding word `end` starts: past an opening adverbial ("In August, ", "But when ..., "). */
export function clauseStart(words: Word[], end: number): number | null {
  let k = 0;
  // "WASHINGTON — Hillary Clinton argued": a dateline before a dash.
  for (let d = 1; d <= Math.min(end, 5); d++) {
    if (words.slice(0, d).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) break;
    if (dashBefore(words, d) && words[d - 1]!.raw === words[d - 1]!.raw.toUpperCase()) {
      k = d;
      break;
    }
  }
  // "Last week, Jane Doe, a lawyer, said": a time phrase opening the clause.
  for (;;) {
    let c = k;
    while (c < end && !words[c]!.punctBefore.includes(',') && timeWord(words[c]!.key)) c++;
    if (c === k || c >= end || !words[c]!.punctBefore.includes(',') || !words.slice(k, c).some((w) => TIME_NOUNS.has(w.key))) {
      // ("Hours later, Jane Doe said", "A few days earlier, ...", "The day before, ...": a measure of time and an adverb of time.)
      const relative = relativeTimeEnd(words, k, end);
      if (relative === null) break;
      c = relative;
    }
    k = c;
  }
  // "But Megan Hester, ...", "Even China, ...": a conjunction or adverb alone opens the clause.
  // (Not a subordinator: "When the mayor visited, the governor stayed home" opens a clause before the main one.)
  while (k < end && /^(ADV|CCONJ)$/.test(words[k]!.pos) && !SUBORDINATORS.has(words[k]!.key) && NP_POS.has(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore) k++;
  while (k < end && (/^(ADP|SCONJ|ADV|CCONJ)$/.test(words[k]!.pos) || (k === 0 && words[k]!.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && !capitalisedName(words, k)))) {
    let c = k + 1;
    while (c < end && !words[c]!.punctBefore.includes(',')) c++;
    if (c >= end) return null;
    k = c;
  }
  return k < end ? k : null;
}

/** The comma after an opening measure of time with its adverb ("Hours later,", "Two weeks ago,", "The day before,"), or null. */
function relativeTimeEnd(words: Word[], k: number, end: number): number | null {
  // (after an opening conjunction: "But a few days later,")
  let c = words[k]?.pos === 'CCONJ' ? k + 1 : k;
  while (c < end && c - k < 6 && !words[c]!.punctBefore.includes(',') && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(words[c]!.pos) && !RELATIVE_TIME_ADVERBS.has(words[c]!.key)) c++;
  if (c === k || c >= end || !RELATIVE_TIME_ADVERBS.has(words[c]!.key) || words[c]!.punctBefore.includes(',')) return null;
  return words[c + 1]?.punctBefore.includes(',') && c + 1 < end ? c + 1 : null;
}

const CONTENT_CONCESSIVE = attributionWords('content-concessive');

/**
 * "said the plan would work, though it was late": after a clause content (no infinitive), a concessive clause that
 * holds no cue of its own (", though he added that ...", "though they blame ...": a frame of its own) is the
 * content's reservation, inside it.
 */
function concessiveInside(words: Word[], from: number, k: number): boolean {
  if (!CONTENT_CONCESSIVE.has(words[k]!.key) || words[from]?.key === 'TO' || !finishedClause(words, from, k)) return false;
  for (let j = k + 1; j < words.length && !/[;:\u2014\u2015]|--/.test(words[j]!.punctBefore); j++) if (matchCue(words, j)) return false;
  return true;
}

/** ", who ..., wanted": a relative clause set off by commas before the content's verb, which comes after it. */
function relativeOnSubject(words: Word[], from: number, k: number): boolean {
  // (the subject of the content's last clause: after its "that", "found that the entities, which ..., are")
  let subject = from;
  for (let j = from + 1; j < k; j++) if (COMPLEMENTIZERS.has(words[j]!.key)) subject = j;
  if (words.slice(subject + 1, k).some(verbal)) return false;
  let j = k + 1;
  while (j < words.length && j < k + 25 && !/[,;:.\u2014\u2015]/.test(words[j]!.punctBefore)) j++;
  const next = words[j];
  // (the comma closing the relative clause may come before a quotation mark: ", “would fail”")
  if (!next || !/^,\s*(?:["\u201c]|'')?$/.test(next.punctBefore.trim())) return false;
  return verbal(next) || (next.pos === 'ADV' && verbal(words[j + 1]) && !words[j + 1]!.punctBefore);
}

const RESULT_DETAILS = attributionWords('result-details');

/**
 * "found Lind ahead, with 46 percent", "showed that Lind leads, while Berg trails": after a comma, a detail of a
 * finding's result or its contrast (a word of result-details, a number) is still the result. (Not a participle:
 * "showed no sign of backing down, releasing a statement" is the frame's; with participles train content +4 TP,
 * cue -2 TP.)
 */
export function resultDetail(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || w.punctBefore.trim() !== ',') return false;
  return RESULT_DETAILS.has(w.key) || w.pos === 'NUM';
}

const ARTICLES = attributionWords('articles');
const LIST_CONJUNCTIONS = attributionWords('list-conjunctions');

/**
 * The noun phrase after the comma at `k` runs to the sentence's end with no other punctuation and no "and"/"or"
 * of a list ("Israel, the nuclear deal and the court"): no appositive inside the clause.
 */
function lastPhrase(words: Word[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    if (/[,;:\u2014\u2015(]|--/.test(words[j]!.punctBefore)) return false;
    if (LIST_CONJUNCTIONS.has(words[j]!.key) && !words.slice(k + 1, j).some(verbal)) return false;
  }
  return true;
}

/** A dash before word `w`: an em dash, "--", or a hyphen set off by spaces ("a mirage - a combination"), not one inside a word ("so-called"). */
function dashBeforeWord(text: string, w: Word): boolean {
  return /[\u2014\u2015]|--/.test(w.punctBefore) || (w.punctBefore.trim() === '-' && /\s-\s+$/.test(text.slice(Math.max(0, w.start - 4), w.start)));
}

/**
 * Where the content of a cue ends: the sentence's end, or where a new clause of the framing sentence begins —
 * a semicolon, a dash, ", and <clause>" / ", but <clause>". Inside a quotation nothing ends it. (A bare
 * "and <verb>" is too often the content's own coordination to end it.) Nor does a word `goesOn` accepts.
 */
export function clauseEndAfter(text: string, words: Word[], from: number, sentence: Span, inQuote?: (at: number) => unknown, goesOn?: (k: number) => boolean): number {
  for (let k = from + 1; k < words.length; k++) {
    const w = words[k]!;
    const p = w.punctBefore;
    if ((inQuote && inQuote(w.start)) || goesOn?.(k)) continue;
    if (dashBeforeWord(text, w) && !p.includes(';')) {
      // "that the government—by which I mean the Obama administration—had lost": a pair of dashes sets off an aside.
      let j = k + 1;
      while (j < words.length && !/[;.]/.test(words[j]!.punctBefore) && !dashBeforeWord(text, words[j]!)) j++;
      if (j < words.length && j - k <= 12 && dashBeforeWord(text, words[j]!) && !words[j]!.punctBefore.includes('.')) {
        k = j;
        continue;
      }
    }
    // (" - but with more tact", " - or at least help", " - and that ...": a spaced hyphen before a conjunction links
    // the content's own next part; a dash only before "and"/"or" or a listing participle, " — and more", " — including
    // X": train content +5 TP, -7 FP)
    const linked = (p.trim() === '-' && (PREDICATE_CONJUNCTIONS.has(w.key) || LIST_CONJUNCTIONS.has(w.key))) || (/^(?:[\u2014\u2015]|--)$/.test(p.trim()) && (LIST_CONJUNCTIONS.has(w.key) || LISTING_PARTICIPLES.has(w.key)));
    if (p.includes(';') || (dashBeforeWord(text, w) && !linked)) return words[k - 1]!.end;
    // ", implicitly putting ...", ", although ...": a participle or a concessive clause of the frame (not one going on
    // with a clause content: rules/content-participles.ts).
    if (p.includes(',') && ((w.pos === 'VERB' && /ING$/.test(w.key) && !LISTING_PARTICIPLES.has(w.key) && !participleInContent(words, from, k)) || participleTaggedNoun(words, k) || (w.pos === 'ADV' && words[k + 1]?.pos === 'VERB' && /ING$/.test(words[k + 1]!.key) && !words[k + 1]!.punctBefore) || (CONCESSIVE.has(w.key) && !concessiveInside(words, from, k)))) return words[k - 1]!.end;
    // ", which hasn't held the majority since 2010": a relative clause on the content's last noun is the writer's.
    if (p.includes(',') && w.key === 'WHICH' && !relativeOnSubject(words, from, k)) return words[k - 1]!.end;
    // ", who ...", ", compared with ...": a relative clause on a person, a comparison added by the writer.
    if (p.includes(',') && ((w.key === 'WHO' && !relativeOnSubject(words, from, k)) || (w.key === 'COMPARED' && COMPARISON_PREPOSITIONS.has(words[k + 1]?.key ?? '')))) return words[k - 1]!.end;
    // ", a move that ...", ", the first since 2006": a noun phrase after a clause content, to the clause's end, is
    // the writer's comment on it (or an appositive of its last noun). (Not one set off before the clause's verb:
    // "said Bush, the former governor, would win".)
    if (p.includes(',') && ARTICLES.has(w.key) && finishedClause(words, from, k) && lastPhrase(words, k)) return words[k - 1]!.end;
    // (", and that ...": a second complement of the same cue goes on.)
    if ((w.key === 'AND' || w.key === 'BUT') && p.includes(',') && !COMPLEMENTIZERS.has(words[k + 1]?.key ?? '') && clauseAfterConjunction(words, k, auxiliaryBefore(words, from) || !clauseFromStart(words, from, k))) return words[k - 1]!.end;
  }
  return sentence.end;
}

/** The verb group ending right before word `from` (the frame's verb) has an auxiliary: "has defended", "will not say". */
function auxiliaryBefore(words: Word[], from: number): boolean {
  let j = from - 1;
  if (words[j]?.pos === 'VERB') j--;
  while (j > 0 && /^(ADV|PART)$/.test(words[j]!.pos) && !words[j + 1]!.punctBefore) j--;
  return words[j]?.pos === 'AUX' && !words[j + 1]?.punctBefore;
}

/**
 * The words from `from` to `k` open with a clause: its verb comes before any subordinator ("that the plan would
 * fail", not "the remarks when the mayor came under attack", whose clause is an adverbial's).
 */
function clauseFromStart(words: Word[], from: number, k: number): boolean {
  for (let j = COMPLEMENTIZERS.has(words[from]?.key ?? '') ? from + 1 : from; j < k; j++) {
    if (verbal(words[j])) return true;
    if (SUBORDINATORS.has(words[j]!.key) || words[j]!.pos === 'SCONJ') return false;
  }
  return false;
}

/**
 * After the conjunction at `k`, a clause: a subject then its verb within a few words, before any comma. (Not a
 * predicate whose auxiliary comes right after the conjunction, past adverbs: ", but couldn't say", ", and then
 * would leave" shares the content's subject and tells its tense, where the frame's own next verb goes on in the
 * frame's simple tense, ", but declined to comment"; unless the frame's verb has an auxiliary too or the content is no clause (`frameGoesOn`), "has
 * defended X, and has not answered Y", or the auxiliary opens a question or condition, "but should he win".)
 */
export function clauseAfterConjunction(words: Word[], k: number, frameGoesOn = false): boolean {
  let j = k + 1;
  while (j < words.length && words[j]!.pos === 'ADV' && !words[j]!.punctBefore && !SUBORDINATORS.has(words[j]!.key) && !WH_WORDS.has(words[j]!.key)) j++;
  const predicate = words[j]?.pos === 'AUX' && !words[k + 1]!.punctBefore && !words[j]!.punctBefore && !/^(PRON|PROPN|NOUN|DET)$/.test(words[j + 1]?.pos ?? '');
  if (predicate && !frameGoesOn) return false;
  for (j = k + 1; j < Math.min(words.length, k + 6) && !words[j]!.punctBefore; j++) if (verbal(words[j]) && j > k + 1) return true;
  return false;
}

/**
 * "welcomed the support of the union and Jane Roe, a former leader of the guild.": after the object's comma, noun
 * phrases with no verb up to the clause's end (an appositive, the rest of a list) are still the object's.
 */
export function verblessTail(words: Word[], k: number, end: number): boolean {
  // (", and the harbour master": the list's last item after its conjunction)
  const last = LIST_CONJUNCTIONS.has(words[k]!.key) && NP_POS.has(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore;
  if (words[k]!.punctBefore.trim() !== ',' || !(NP_POS.has(words[k]!.pos) || last)) return false;
  for (let j = last ? k + 1 : k; j < words.length && words[j]!.start < end; j++) {
    const w = words[j]!;
    // (Nor a cue word the tagger read as a noun: "wrote the profile, Tweeted out his praise of Boyle".)
    if (w.pos === 'VERB' || w.pos === 'AUX' || NOT_IN_PHRASE.has(w.key) || (matchCue(words, j) && (j === k || w.punctBefore.trim() !== '')) || (j > k && w.punctBefore.trim() !== '' && w.punctBefore.trim() !== ',')) return false;
    // (Each further piece a noun phrase or a list's last item: "praised the chief, Anna Berg, for her work" ends at "chief".)
    if (j > k && w.punctBefore.trim() === ',' && !NP_POS.has(w.pos) && w.key !== 'AND' && w.key !== 'OR') return false;
  }
  return true;
}

/**
 * "as a generous, thoughtful executive", "a crucial, although brief, chance": a comma between adjectives before
 * their noun is inside the noun phrase.
 */
export function adjectiveComma(words: Word[], k: number): boolean {
  if (words[k]!.punctBefore.trim() !== ',' || words[k - 1]?.pos !== 'ADJ' || /^(NOUN|PROPN|PRON)$/.test(words[k - 2]?.pos ?? '')) return false;
  if (articleAndAdjectives(words, k)) return true;
  let j = k;
  while (j < words.length && j < k + 4 && /^(ADJ|ADV|CCONJ|SCONJ)$/.test(words[j]!.pos) && (j === k || !words[j]!.punctBefore || words[j]!.punctBefore.trim() === ',')) j++;
  return j > k && words[j - 1]!.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(words[j]?.pos ?? '') && !words[j]!.punctBefore;
}

/**
 * "a lawless, terrorized nation", "the longest, hardest test", "a protracted, three-way fight": before the comma an
 * article and adjectives only (no noun yet), after it a modifier (an adjective, adverb, number or participle) and a
 * noun within a few words (past hyphens): the phrase goes on over the comma.
 */
function articleAndAdjectives(words: Word[], k: number): boolean {
  let j = k - 1;
  while (j > 0 && /^(ADJ|ADV)$/.test(words[j]!.pos) && !words[j]!.punctBefore) j--;
  if (j >= k - 1 || !ARTICLES.has(words[j]!.key) || words[j + 1]!.punctBefore) return false;
  const w = words[k]!;
  if (!(/^(ADJ|ADV|NUM)$/.test(w.pos) || (w.pos === 'VERB' && /(ED|ING)$/.test(w.key)))) return false;
  for (let n = k + 1; n < words.length && n <= k + 3; n++) {
    const p = words[n]!.punctBefore;
    if (p && p !== '-') return false;
    if (/^(NOUN|PROPN)$/.test(words[n]!.pos) && p !== '-') return true;
  }
  return false;
}

/**
 * "vowed to keep the ferry running and celebrated the ruling", "promised to visit every county and he has ...",
 * "called the plan a mistake and praised the mayor": an infinitive or object content ends before "and" with a
 * finite verb (past or in -s) or a clause with its own subject, which an infinitive or a noun phrase cannot
 * coordinate with. Returns the content's end (a character offset).
 */
export function infinitiveEnd(words: Word[], quotes: Span[], start: number, contentEnd: number): number {
  const infinitive = words[start]!.key === 'TO' && words[start + 1]?.pos === 'VERB';
  if (!infinitive && !(NP_POS.has(words[start]!.pos) && !SUBJECT_PRONOUNS.has(words[start]!.key) && !COMPLEMENTIZERS.has(words[start]!.key))) return contentEnd;
  for (let k = start + (infinitive ? 2 : 1); k + 1 < words.length && words[k]!.start < contentEnd; k++) {
    // (an object with a finite verb of its own is a clause: "said Lind was right and ...")
    if (!infinitive && finiteVerb(words, k)) return contentEnd;
    if (!PREDICATE_CONJUNCTIONS.has(words[k]!.key) || inQuoteAt(quotes, words[k]!.start) || words[k + 1]!.punctBefore) continue;
    const next = words[k + 1]!;
    // (a lower-case verb in -ed or -s, not "need", "amass": "celebrated", "hopes"; an auxiliary but "be")
    // (after an object only a past: "called the plan a mistake and praised ..."; "calls for X and includes Y" is
    // often what is called for)
    const finite = next.pos === 'VERB' && /^\p{Ll}/u.test(next.raw) && (infinitive ? /([^E]ED|[^SU]S)$/ : /[^E]ED$/).test(next.key) || (infinitive && next.pos === 'AUX' && next.key !== 'BE');
    const clause = infinitive && (SUBJECT_PRONOUNS.has(next.key) ? verbal(words[k + 2]) && !words[k + 2]!.punctBefore : subjectClause(words, k + 1));
    // (not a participle of the object's noun phrase: "called her an able and determined rival")
    if ((finite && !participleAfterDeterminer(words, k + 1)) || clause) return words[k - 1]!.end;
  }
  return contentEnd;
}

/** Word `k` is a finite verb: an auxiliary, or a verb not in -ing, nor a participle after a determiner or adjective. */
function finiteVerb(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (w.pos === 'AUX') return !/ING$/.test(w.key);
  return w.pos === 'VERB' && !/ING$/.test(w.key) && !/^(DET|ADJ|ADP|PART)$/.test(words[k - 1]!.pos);
}

/** From word `k`, a noun phrase of a few words then its finite verb: "the council voted", "Lind has said". */
function subjectClause(words: Word[], k: number): boolean {
  let j = k;
  // (not a relative pronoun or a question word: "steel and cement that have ...", "who I am and what we can ...")
  while (j < words.length && j < k + 4 && NP_POS.has(words[j]!.pos) && !words[j]!.punctBefore && !COMPLEMENTIZERS.has(words[j]!.key) && !WH_WORDS.has(words[j]!.key)) j++;
  const verb = words[j];
  if (j === k || !verb || verb.punctBefore || !/^(NOUN|PROPN|PRON)$/.test(words[j - 1]!.pos)) return false;
  return (verb.pos === 'VERB' && /([^E]ED|[^S]S)$/.test(verb.key) && !/^(BY|IN|ON|AT|FOR|TO)$/.test(words[j + 1]?.key ?? '')) || (verb.pos === 'AUX' && verb.key !== 'BE');
}
