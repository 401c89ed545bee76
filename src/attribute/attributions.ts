import type { AnnalsDocument, Sentence, Span } from '../document/document.js';
import { attributionWords, cueLexicon, evidentialAdverbs as loadEvidentialAdverbs, nounCueLexicon, type Cue } from './lexicon.js';
import { sentenceWords, type Word } from '../code/words.js';

// Attributions: who says (or thinks, or wants) what. Each is a cue ("said", "according to", "citing"),
// its content (one or more spans: a quotation may be interrupted by "he said") and, when named, its source.
// Found by rules over the sentence's words and parts of speech, and over quotation marks in the paragraph.

export type { LinkKind } from '../document/annotations.js';
import type { LinkKind } from '../document/annotations.js';

export interface RawAttribution {
  /** The source as written: a name, a pronoun, a relative pronoun ("which"). */
  source: Span | null;
  /** For a relative pronoun source, its antecedent ("the United States, which threatened ..."). */
  refersTo?: Span;
  cue: Span;
  content: Span[];
  kind: LinkKind;
  /** Index of the sentence holding the cue. */
  sentence: number;
  /** Set for "citing X": the attribution of the reporting verb it belongs to. */
  citedBy?: RawAttribution;
}

const POSSESSIVE_PRONOUNS = attributionWords('possessive-pronouns');
const NOUN_CUE_PREPOSITIONS = attributionWords('noun-cue-prepositions');

/**
 * "Trump's controversial proposal to ban ...", "his comments on Muslims", "Graham's endorsement of Cruz": a
 * statement noun with a possessive source. The cue spans the noun with its adjectives and the preposition that
 * opens the content; the source keeps its "'s".
 */
function nounCue(text: string, sentence: Span, words: Word[], i: number, index: number, quotes: Span[]): RawAttribution | null {
  const kind = nounCueLexicon().get(words[i]!.key);
  if (!kind || words[i]!.pos !== 'NOUN') return null;
  let first = i;
  while (first > 0 && words[first - 1]!.pos === 'ADJ' && !words[first]!.punctBefore) first--;
  if (first === 0 || words[first]!.punctBefore) return null;
  const owner = words[first - 1]!;
  let source: Span | null = null;
  if (POSSESSIVE_PRONOUNS.has(owner.key)) source = { start: owner.start, end: owner.end };
  else if (owner.possessive) {
    const phrase = phraseBefore(words, first, 0);
    if (!phrase) return null;
    const mark = /^['\u2019]s?/.exec(text.slice(owner.end, owner.end + 2));
    source = { start: words[phrase.start]!.start, end: owner.end + (mark ? mark[0].length : 0) };
  } else return null;
  const next = words[i + 1];
  if (!next || next.punctBefore) return null;
  const cue: Span = { start: words[first]!.start, end: words[i]!.end };
  let from = i + 1;
  if (NOUN_CUE_PREPOSITIONS.has(next.key) && !(next.key === 'TO' && words[i + 2]?.pos === 'VERB')) {
    cue.end = next.end;
    from = i + 2;
  } else if (!(next.key === 'THAT' || next.key === 'TO')) return null;
  if (from >= words.length) return null;
  // The content: a clause ("that ...", "to ...") to the clause's end, else the object phrase up to a comma or a verb.
  let end = from;
  const clause = words[from - 1]!.key === 'THAT' || words[from]!.key === 'THAT' || words[from]!.key === 'TO';
  if (clause) {
    let clauseEnd = clauseEndAfter(text, words, from, sentence, (at) => quotes.some((q) => at > q.start && at < q.end));
    // "Trump's proposal to ban X drew protests": an infinitive ends where the sentence's own verb comes.
    if (words[from]!.key === 'TO') {
      for (let k = from + 2; k < words.length && words[k]!.start < clauseEnd; k++) {
        if (words[k]!.pos === 'AUX' || (words[k]!.pos === 'VERB' && !/ING$/.test(words[k]!.key) && words[k - 1]!.key !== 'TO' && words[k - 1]!.key !== 'AND' && words[k - 1]!.key !== 'OR')) {
          clauseEnd = words[k - 1]!.end;
          break;
        }
      }
    }
    return { source, cue, content: [trimContent(text, { start: words[from]!.start, end: clauseEnd })], kind, sentence: index };
  }
  while (end < words.length && (end === from || !words[end]!.punctBefore) && !(end > from && (words[end]!.pos === 'AUX' || (words[end]!.pos === 'VERB' && !/ING$/.test(words[end]!.key))))) end++;
  return { source, cue, content: [wordSpan(words, from, end)], kind, sentence: index };
}

const QUANTIFIERS = attributionWords('quantifiers');
const DAYS = attributionWords('days');
const MONTHS = attributionWords('months');
const NP_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PRON']);
const AUX_OR_ADVERB = attributionWords('aux-or-adverb');
// Prepositions inside a source phrase: "Others in the community", "a number of members of Congress", "a study by X".
const JOINING_PREPOSITIONS = attributionWords('joining-prepositions');
/** How far (characters) from a sentence a quotation can belong to one of its frames. */
const QUOTE_REACH = 2000;
// Participles after "be" that describe their subject's mind ("is convinced that", "are worried about").
const EXPERIENCER_PARTICIPLES = attributionWords('experiencer-participles');
// Prepositions that go on a source named after its cue: "said the chief of staff to the mayor".
const AFTER_CUE_PREPOSITIONS = attributionWords('after-cue-prepositions');
// Time phrases: "last week", "earlier this month", "on Tuesday", "at the same time".
const TIME_NOUNS = attributionWords('time-nouns');
// Words of a time phrase: the time nouns, these, and numbers ("last week", "at the same time", "on March 3").
const TIME_WORDS = attributionWords('time-words');
const timeWord = (key: string) => TIME_NOUNS.has(key) || TIME_WORDS.has(key) || /^\d+$/.test(key);
const BE_FORMS = attributionWords('be-forms');
const CONCESSIVE = attributionWords('concessive');
// Participles that work as prepositions (", including X"): they go on with the content, not the frame.
const LISTING_PARTICIPLES = attributionWords('listing-participles');
const CONTENT_PREPOSITIONS = attributionWords('content-prepositions');
const NOT_OBJECT = attributionWords('not-object');
const SUBJECT_PRONOUNS = attributionWords('subject-pronouns');
// Quotation marks: straight, curly, and the doubled apostrophes of some wires ('' ... '').
const QUOTE = `["\u201c\u201d]|''`;
const OPENING = /^(?:["\u201c]|'')/;
const CLOSING = /^(?:["\u201d]|'')/;
const hasQuote = (s: string) => new RegExp(QUOTE).test(s);
/** Length of the opening quotation mark ending at `at` (0 when none). */
function quoteMarkBefore(text: string, at: number): number {
  if (text.slice(at - 2, at) === "''") return 2;
  return /["\u201c]/.test(text[at - 1] ?? '') ? 1 : 0;
}

/** Quotation spans (quote marks included) in a paragraph, straight or curly. */
function quotations(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const rest = text.slice(i, i + 2);
    const mark = rest === "''" ? 2 : 1;
    if (open < 0 && OPENING.test(rest)) {
      open = i;
      i += mark - 1;
    } else if (open >= 0 && CLOSING.test(rest) && (text[i] === '\u201d' || i > open + 1)) {
      spans.push({ start: open, end: i + mark });
      open = -1;
      i += mark - 1;
    }
  }
  // A quotation left open runs to the paragraph's end (news style when a quote goes on in the next paragraph).
  if (open >= 0) spans.push({ start: open, end: paragraph.end });
  return spans;
}

/** The noun phrase ending at word `end - 1` (exclusive end), walking back; null when there is none. */
const NOT_IN_PHRASE = attributionWords('not-in-phrase');

/** A dash between words ("WASHINGTON — Hillary Clinton", "Saturday -- Sanders"), not a hyphen inside one. */
const dashBefore = (words: Word[], k: number) => {
  const p = words[k]?.punctBefore ?? '';
  return /[\u2013\u2014\u2015]|--/.test(p) || (p === '-' && k > 0 && words[k]!.start - words[k - 1]!.end > 1);
};

const PERSONAL_PRONOUNS = attributionWords('personal-pronouns');

function phraseBefore(words: Word[], end: number, floor: number, acrossComma = false): { start: number; end: number } | null {
  // (The phrase may start at the first word, never before it: a caller's floor of -1 read words[-1].)
  floor = Math.max(floor, 0);
  end = Math.min(end, words.length);
  let i = end;
  // "Japan and Russia", "Joel Pollak of Breitbart California": coordination and "of" between names.
  // a participle before its noun: "registered voters", "the remaining liberals"
  const attributive = (k: number) =>
    words[k]!.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && k + 1 < end && /^(NOUN|PROPN)$/.test(words[k + 1]!.pos) && !words[k + 1]!.punctBefore && !/^(NOUN|PROPN|PRON)$/.test(words[k - 1]?.pos ?? '');
  const joins = (k: number) => k > floor && NP_POS.has(words[k - 1]!.pos) && (NP_POS.has(words[k + 1]?.pos ?? '') || (k + 1 < end && attributive(k + 1)));
  const inPhrase = (k: number) =>
    words[k] !== undefined &&
    (NP_POS.has(words[k]!.pos) ||
      capitalisedName(words, k) ||
      words[k]!.possessive ||
      attributive(k) ||
      // the second half of a hyphenated word: "just-released", "water-carrying"
      (words[k]!.punctBefore === '-' && k > floor) ||
      ((words[k]!.key === 'AND' || words[k]!.key === 'OR' || (JOINING_PREPOSITIONS.has(words[k]!.key) && words[k + 1]?.pos !== 'PRON')) && joins(k))) &&
    !NOT_IN_PHRASE.has(words[k]!.key);
  // "Rep. Jason Chaffetz (R-Utah)": a parenthesis after a name is inside the phrase.
  const boundary = (k: number) =>
    /[,;:]/.test(words[k]?.punctBefore ?? '') ||
    (k < end && dashBefore(words, k)) || hasQuote(words[k]?.punctBefore ?? '') || ((words[k]?.punctBefore ?? '').includes('(') && words[k - 1]?.pos !== 'PROPN');
  // A list "A, B, and C" crosses its commas: only once the phrase has reached its "and".
  let listMode = false;
  // "something he denied", "Tuesday night he said": a personal pronoun takes no words before it.
  if (end > floor && PERSONAL_PRONOUNS.has(words[end - 1]!.key) && words[end - 1]!.pos === 'PRON') return { start: end - 1, end };
  // (A list's items are short names: "2007, a study by X and Y" and "the lapse, and the agency" are no lists.)
  const shortItem = (k: number) => {
    for (let j = k; j < end && j < k + 5; j++) {
      if (j > k && (words[j]!.punctBefore.includes(',') || words[j]!.key === 'AND' || words[j]!.key === 'OR')) return true;
      if (/^(ADP|VERB|AUX|SCONJ)$/.test(words[j]!.pos) && !(j === k && (words[j]!.key === 'AND' || words[j]!.key === 'OR'))) return false;
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
    ((words[k]!.pos === 'DET' && /^(NOUN|PROPN|PRON)$/.test(words[k - 1]!.pos)) || (/^(SOMETHING|ANYTHING|EVERYTHING|NOTHING)$/.test(words[k - 1]!.key)));
  while (i > floor && inPhrase(i - 1) && ((acrossComma && i === end) || !boundary(i) || listComma(i)) && !relativeGap(i)) {
    i--;
    if (words[i]!.key === 'AND' || words[i]!.key === 'OR') listMode = true;
    if (boundary(i) && !(listComma(i) && inPhrase(i - 1))) break;
  }
  // ", and the agency said": a clause coordinated after a comma starts after its conjunction.
  if (i < end - 1 && (words[i]!.key === 'AND' || words[i]!.key === 'OR') && words[i]!.punctBefore.includes(',')) i++;
  return i < end ? { start: i, end } : null;
}

/** "At the same time, Smith and Jones said": the words before the comma at `k` are a time phrase. */
function timeBefore(words: Word[], k: number, floor: number): boolean {
  let j = k - 1;
  while (j > floor && !words[j]!.punctBefore.includes(',') && timeWord(words[j]!.key)) j--;
  // (Before the sentence's first word there is no time phrase: a fuzzed text reached it.)
  if (j < 0 || !words[j]) return false;
  const phrase = words.slice(j, k);
  return (j === floor || words[j]!.punctBefore.includes(',')) && timeWord(words[j]!.key) && phrase.some((w) => TIME_NOUNS.has(w.key));
}

/** A capitalised word inside a sentence that the tagger took for a verb ("Josh Earnest"): part of a name. */
const capitalisedName = (words: Word[], k: number) =>
  /^[A-Z][a-z]/.test(words[k]!.raw) &&
  words[k]!.pos === 'VERB' &&
  (((k > 0 && (words[k + 1]?.pos === 'PROPN' || words[k - 1]!.pos === 'PROPN') && !words[k]!.punctBefore)) ||
    // opening the sentence, before a name: "Ted Cruz says"
    (k === 0 && words[1]?.pos === 'PROPN' && !words[1]!.punctBefore) ||
    // right before the verb group: "“...,” Lynch said", "Cook said"
    ((words[k + 1]?.pos === 'VERB' || words[k + 1]?.pos === 'AUX') && !words[k + 1]!.punctBefore));

/** The noun phrase starting at word `start`, with "of"/"for" attachments and a following appositive title. */
function phraseAfter(words: Word[], start: number, ceiling: number): { start: number; end: number } | null {
  let i = start;
  while (i < ceiling && (NP_POS.has(words[i]!.pos) || words[i]!.key === 'OF' || words[i]!.key === 'FOR') && (i === start || !(/[,;:(]/.test(words[i]!.punctBefore) || hasQuote(words[i]!.punctBefore)))) i++;
  while (i > start && (words[i - 1]!.key === 'OF' || words[i - 1]!.key === 'FOR')) i--;
  return i > start ? { start, end: i } : null;
}

/**
 * The listener after a cue like "told": a noun phrase that stops where the content's own subject begins ("told
 * reporters he ...", "told the AP his firm ...": a subject pronoun, or a determiner or possessive after a noun).
 */
function listenerAfter(words: Word[], start: number): { start: number; end: number } | null {
  const phrase = phraseAfter(words, start, words.length);
  if (!phrase) return null;
  for (let k = start + 1; k < phrase.end; k++) {
    const w = words[k]!;
    const afterNoun = /^(NOUN|PROPN|PRON)$/.test(words[k - 1]!.pos);
    if ((SUBJECT_PRONOUNS.has(w.key) && afterNoun) || (afterNoun && (w.pos === 'DET' || POSSESSIVE_PRONOUNS.has(w.key)))) return { start, end: k };
  }
  return phrase;
}

function wordSpan(words: Word[], from: number, to: number): Span {
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

/** Trims a span of whitespace and of sentence-final punctuation outside quotation marks. */
function trimContent(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:\u2014\u2013-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.\u2014\u2013-]/.test(text[end - 1]!)) end--;
  // A quotation opened in the content closes in it, with the punctuation inside its marks ("a “terrible situation,”").
  const inside = text.slice(start, end);
  const opened = (inside.match(/\u201c/g)?.length ?? 0) > (inside.match(/\u201d/g)?.length ?? 0) || (inside.match(/"/g)?.length ?? 0) % 2 === 1 || (inside.match(/''/g)?.length ?? 0) % 2 === 1;
  const close = opened ? /^[,.!?]?(?:["\u201d]|'')/.exec(text.slice(end, end + 3)) : null;
  if (close) end += close[0].length;
  return { start, end };
}

const NOT_CUES = attributionWords('not-cues');

/**
 * Any verb taking a "that" clause reports speech or thought ("figured that", "learned that"), so it is a cue
 * even when no lexicon lists it; "so that", "is that" and verbs of causing ("ensure that") are not.
 */
function thatClauseCue(words: Word[], i: number): Cue | null {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.pos !== 'VERB' || NOT_CUES.has(w.key) || !next || next.key !== 'THAT' || next.pos !== 'SCONJ' || next.punctBefore) return null;
  return { words: [w.key], kind: 'said', object: false, needsComplement: true };
}

function matchCue(words: Word[], i: number): Cue | null {
  // (Past the sentence's last word, as after a final "appeared to", there is no cue.)
  const word = words[i];
  if (!word) return null;
  for (const cue of cues.get(word.key) ?? []) {
    if (cue.words.every((w, k) => words[i + k]?.key === w)) return cue;
  }
  return null;
}

/**
 * A cue verb the tagger read as a noun ("19 percent support Clinton", "Others call it ..."): right after its
 * subject (not a determiner, adjective or possessive: "his support for") and right before an object or clause.
 */
function verbTaggedNoun(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (w.pos !== 'NOUN' || !prev || !next || w.punctBefore || next.punctBefore || prev.possessive) return false;
  // "Some view X as ...", "Many believe ...": a quantifier standing alone as the subject
  const subject = prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.pos === 'NUM' || prev.pos === 'PROPN' || (STANDALONE_QUANTIFIERS.has(prev.key) && (i === 1 || words[i - 1]!.punctBefore !== '' || !/^(DET|ADJ|NOUN|PROPN)$/.test(words[i - 2]!.pos)));
  // "voters support banning ...", "polls show 40 percent": after a plural subject also a gerund or a number
  // (not an adjective: "the tariffs companies charge foreign operators", "figures support recent data")
  const pluralSubject = /S$/.test(prev.key) && /^(NOUN|PROPN)$/.test(prev.pos);
  return subject && !/^(HIS|HER|THEIR|ITS|OUR|MY|YOUR)$/.test(prev.key) && (/^(DET|PRON|PROPN)$/.test(next.pos) || next.key === 'THAT' || next.key === 'TO' || (pluralSubject && (next.pos === 'NUM' || (next.pos === 'VERB' && /ING$/.test(next.key)))));
}

const STANDALONE_QUANTIFIERS = attributionWords('standalone-quantifiers');

/**
 * "..., new fundraising reports show.": a cue verb the tagger read as a noun, closing an inverted frame after a
 * plural subject (a singular "the show." stays a noun).
 */
function verbTaggedNounClosingFrame(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  return w.pos === 'NOUN' && !w.punctBefore && prev !== undefined && /^(NOUN|PROPN)$/.test(prev.pos) && /S$/.test(prev.key) && !prev.possessive && (next === undefined || /[,.;]/.test(next.punctBefore)) && /,/.test(words.slice(0, i).map((x) => x.punctBefore).join(''));
}

// Singular: "in a poll" is one source, "in the polls" a standing in general.
const FINDING_SOURCES = attributionWords('finding-sources');

/** "<content> in <a poll, survey, study, report>": the content is the clause before "in". */
function inSourceAttribution(text: string, words: Word[], index: number, inQuote: (at: number) => unknown): RawAttribution | null {
  for (let i = 2; i < words.length; i++) {
    if (words[i]!.key !== 'IN' || words[i]!.pos !== 'ADP' || inQuote(words[i]!.start)) continue;
    const phrase = phraseAfter(words, i + 1, words.length);
    if (!phrase || !FINDING_SOURCES.has(words[phrase.end - 1]!.key)) continue;
    // the clause before: back to the sentence's start or a clause boundary, with a verb in it
    let start = i - 1;
    while (start > 0 && !/[;:,]/.test(words[start]!.punctBefore) && !hasQuote(words[start]!.punctBefore)) start--;
    if (!words.slice(start, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const content = trimContent(text, wordSpan(words, start, i));
    if (content.end <= content.start) continue;
    return { source: wordSpan(words, phrase.start, phrase.end), cue: { start: words[i]!.start, end: words[i]!.end }, content: [content], kind: 'reported', sentence: index };
  }
  return null;
}

// Determiners that are never pronouns ("this" and "that" may be: "This shows voters want ...").
const ARTICLES = attributionWords('articles');

/** A verb form between an article (past an adverb: "a widely read") and a noun modifies the noun: an adjective. */
function participleAfterDeterminer(words: Word[], i: number): boolean {
  if (words[i]!.punctBefore) return false;
  let k = i - 1;
  while (k >= 0 && words[k]!.pos === 'ADV' && /LY$/.test(words[k]!.key) && !words[k + 1]!.punctBefore) k--;
  const next = words[i + 1];
  return k >= 0 && ARTICLES.has(words[k]!.key) && words[k]!.pos === 'DET' && !words[k + 1]!.punctBefore && next !== undefined && !next.punctBefore && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
}

/** What may open a clause after a cue: "that", "to", "if", "whether", a subject pronoun, a colon. */
function mayOpenClause(words: Word[], at: number): boolean {
  const next = words[at];
  return next !== undefined && (/^(THAT|TO|IF|WHETHER)$/.test(next.key) || SUBJECT_PRONOUNS.has(next.key) || next.punctBefore.includes(':'));
}

export interface AttributionOptions {
  /** False to leave WordNet's cue verbs out (bench:polnear --no-wordnet-cues measures what they add). */
  wordnetCues?: boolean;
}

// The cue lexicon of the call under way (the rules run synchronously, one document at a time).
let cues = new Map<string, Cue[]>();

/** Attributions of one document, before nesting and chains. */
export function findAttributions(doc: AnnalsDocument, options: AttributionOptions = {}): RawAttribution[] {
  cues = cueLexicon(options.wordnetCues ?? true);
  const text = doc.text;
  const found: RawAttribution[] = [];
  const article = doc.article;
  if (!article) return found;
  const allQuotes = article.bodySpans.flatMap((p) => quotations(text, p)).sort((a, b) => a.start - b.start);
  // Each sentence looks only at the quotations near it (those a frame can reach: the quotation before it, those
  // going on after it), so the cost stays linear in the document's length.
  let low = 0;
  let high = 0;

  doc.sentences.forEach((sentence: Sentence, index) => {
    while (low < allQuotes.length && allQuotes[low]!.end < sentence.start - QUOTE_REACH) low++;
    high = Math.max(high, low);
    while (high < allQuotes.length && allQuotes[high]!.start <= sentence.end + QUOTE_REACH) high++;
    const quotes = allQuotes.slice(low, high);
    const inQuote = (at: number) => quotes.find((q) => at > q.start && at < q.end - 1);
    const words = sentenceWords(text, sentence);
    const taken = new Set<number>();
    const sentenceFrom = found.length;
    const nearQuote = quotes.some((q) => q.end >= sentence.start - 3 && q.start <= sentence.end);
    const colonFrame = colonAttribution(text, sentence, words, index);
    if (colonFrame) found.push(colonFrame);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const cue = matchCue(words, i) ?? thatClauseCue(words, i);
      if (w.pos === 'NOUN' && !inQuote(w.start) && !taken.has(i) && !verbTaggedNoun(words, i) && !(cue && verbTaggedNounClosingFrame(words, i))) {
        const nominal = nounCue(text, sentence, words, i, index, quotes);
        if (nominal) {
          found.push(nominal);
          continue;
        }
      }
      if (!cue || inQuote(w.start) || taken.has(i)) continue;
      const cueEnd = i + cue.words.length;
      // "a group called Black Votes Matter", "a book titled ...": a naming participle after an indefinite noun
      // phrase names it; nobody says anything.
      if (/^(CALLED|NAMED|TITLED|DUBBED|ENTITLED)$/.test(w.key) && i > 1 && /^(NOUN|PROPN)$/.test(words[i - 1]!.pos) && !w.punctBefore) {
        let k = i - 1;
        while (k > 0 && k > i - 5 && !words[k]!.punctBefore && !/^(A|AN|ANOTHER)$/.test(words[k - 1]!.key)) k--;
        if (k > 0 && /^(A|AN|ANOTHER)$/.test(words[k - 1]!.key) && !words[k]!.punctBefore) continue;
      }
      // "The index fell 23 points to 6,661", "a quarter percentage point to 2%": a quantity, not a "point to".
      if (cue.words[cue.words.length - 1] === 'TO' && cue.words[0] !== 'ACCORDING' && /^[\d.,]+%?$/.test(words[cueEnd]?.raw ?? '')) continue;
      // The second half of a hyphenated word ("so-called", "much-discussed") is no verb of its own.
      if (w.punctBefore === '-' && i > 0) continue;
      // "Trump's reported net worth", "the party's stated goal": a participle after a possessive is an adjective.
      if (i > 0 && words[i - 1]!.possessive && words[i - 1]!.pos !== 'PRON' && /ED$/.test(w.key) && !w.punctBefore) continue;
      // "the proposed law", "an added benefit", "a widely read column": so is one after a determiner.
      if (participleAfterDeterminer(words, i)) continue;
      // "grew thanks to strong exports": "thanks to" is a preposition.
      if (w.key === 'THANKS' && words[cueEnd]?.key === 'TO') continue;
      // "Smith reported from Los Angeles.": a reporter's credit line, not a report of anything.
      if (w.key.startsWith('REPORT') && words[cueEnd]?.key === 'FROM' && !words[cueEnd]!.punctBefore) continue;
      // A WordNet verb needs a clause or a quotation: a cheap look first (they are many, and mostly not cues).
      if (cue.generated && !cue.object && !nearQuote && !mayOpenClause(words, cueEnd)) continue;
      // "refused to disclose", "plans to support": an infinitive after another verb is that verb's complement.
      if (words[i - 1]?.key === 'TO' && !w.punctBefore && /^(VERB|AUX|ADJ)$/.test(words[i - 2]?.pos ?? '')) continue;
      // Verbs only ("the report", "a call" are not cues); "according to" is the one prepositional cue.
      const prepositional = cue.words[0] === 'ACCORDING';
      if (!prepositional && !(w.pos === 'VERB' || w.pos === 'AUX' || verbTaggedNoun(words, i) || verbTaggedNounClosingFrame(words, i))) continue;
      // A WordNet verb only as a verb: not a noun ("the group"), not a name inside the sentence ("Josh").
      if (cue.generated && (w.pos !== 'VERB' || (i > 0 && /^[A-Z]/.test(w.raw)))) continue;
      // "seemed to blame the network": the hedge is the cue verb's ("seemed to blame"), its subject the source.
      const hedgedCue = cue.evidential && words[cueEnd]?.key === 'TO' && matchCue(words, cueEnd + 1) && !matchCue(words, cueEnd + 1)!.generated;
      const attribution = cue.evidential && !hedgedCue
        ? evidentialFrame(text, words, i, cueEnd, index, quotes)
        : prepositional
        ? accordingTo(text, sentence, words, i, cueEnd, index)
        : w.key === 'CITING' || w.key === 'QUOTING'
          ? citing(text, sentence, words, i, cueEnd, index, found, quotes)
          : verbCueOrOpener(text, sentence, words, i, cueEnd, cue, index, quotes);
      if (attribution) {
        // "the United States, which threatened ...": the source as written is the relative pronoun, which
        // refers to the phrase before it (as attribution corpora span it).
        const pronoun = words[cueStartOf(words, i) - 1];
        if (pronoun && (pronoun.key === 'WHICH' || pronoun.key === 'WHO') && attribution.source && attribution.source.end <= pronoun.start) {
          attribution.refersTo = attribution.source;
          attribution.source = { start: pronoun.start, end: pronoun.end };
        }
        // "“...,” said Murphy, adding that ...": a participle's subject is the previous frame's source.
        // So is one after "before", "after", "while", "by" or a comma and an adverb ("..., even suggesting"),
        // or a bare participle ("He sent a memo to the paper explaining ..."); else the clause's subject.
        // (The frame of the main clause, not one nested in its content: "Carson said he plans X, insisting".)
        const here = found.slice(sentenceFrom);
        const outer = (a: RawAttribution) => !here.some((b) => b !== a && b.content.some((c) => c.start <= a.cue.start && a.cue.start < c.end));
        const previous = here.reverse().find(outer) ?? found[sentenceFrom - 1];
        const group = cueStartOf(words, i);
        const participle =
          !attribution.citedBy && !prepositional && /ING$/.test(w.key) && (words[group]!.punctBefore.includes(',') || /^(BEFORE|AFTER|WHILE|BY|WITHOUT)$/.test(words[group - 1]?.key ?? '') || (group === i && group > 0 && words[group - 1]!.pos !== 'AUX'));
        // (Not a nominal frame's possessive: "She escalated her criticism, telling ...".)
        const verbalFrame = (a: RawAttribution) => words.some((x) => x.start >= a.cue.start && x.end <= a.cue.end && x.pos === 'VERB');
        if (participle && previous?.sentence === index && previous.source && previous.cue.end < w.start && verbalFrame(previous)) attribution.source = previous.source;
        else if (participle) {
          const subject = clauseSubject(text, words, group);
          if (subject) attribution.source = subject;
        }
        found.push(attribution);
        for (let k = i; k < words.length && (k < cueEnd || words[k]!.start < attribution.cue.end); k++) taken.add(k);
      }
    }
    // "About half of voters say ...", "at least 40 percent", "four out of 10 voters": the quantity's words
    // before the noun phrase are the source's too.
    for (const a of found) {
      if (a.sentence !== index || !a.source) continue;
      let k = words.findIndex((w) => w.start === a.source!.start);
      if (k <= 0) continue;
      const from = k;
      for (;;) {
        const prev = words[k - 1];
        if (!prev || words[k]!.punctBefore.trim()) break;
        if (QUANTIFIERS.has(prev.key)) k--;
        else if ((prev.key === 'LEAST' && words[k - 2]?.key === 'AT') || (prev.key === 'THAN' && /^(MORE|LESS|FEWER)$/.test(words[k - 2]?.key ?? ''))) k -= 2;
        else if (prev.key === 'OF' && words[k - 2]?.key === 'OUT' && words[k - 3]?.pos === 'NUM' && !words[k - 2]!.punctBefore.trim()) k -= 3;
        else break;
        if (k <= 0) break;
      }
      if (k < from && k >= 0) a.source = { start: words[k]!.start, end: a.source.end };
    }
    // "Rep. Jason Chaffetz (R-Utah)": a source holding an opening parenthesis takes its closing one.
    for (const a of found) {
      if (a.sentence !== index || !a.source) continue;
      const inside = text.slice(a.source.start, a.source.end);
      const close = /^\.?\)/.exec(text.slice(a.source.end, a.source.end + 2));
      if (close && inside.lastIndexOf('(') > inside.lastIndexOf(')')) a.source = { start: a.source.start, end: a.source.end + close[0].length };
      // "said Rep. Bobby Scott (D-Va.)": a party label right after a name.
      const party = /^ \([A-Z][\w.]*-[A-Z][\w. ]{0,15}\)/.exec(text.slice(a.source.end, a.source.end + 24));
      if (party && !close) a.source = { start: a.source.start, end: a.source.end + party[0].length };
    }
    // "The FBI is reportedly making arrangements ...": a hedging adverb that no cue verb took in.
    for (let k = 1; k < words.length; k++) {
      if (!EVIDENTIAL_ADVERBS.has(words[k]!.key) || inQuote(words[k]!.start)) continue;
      if (found.some((a) => a.sentence === index && a.cue.start <= words[k]!.start && words[k]!.end <= a.cue.end)) continue;
      const hedged = evidentialAdverb(text, sentence, words, k, index, quotes);
      if (hedged) found.push(hedged);
    }
    // "<Trump leads by 12 points> in the latest CNN poll": a finding "in" a poll, survey, study or report,
    // when the sentence has no other frame.
    if (!found.some((a) => a.sentence === index)) {
      const finding = inSourceAttribution(text, words, index, inQuote);
      if (finding) found.push(finding);
    }
    // "<X wants to meet Y>, Kyodo reported": X's content stops where the reporting frame begins.
    const here = found.filter((a) => a.sentence === index);
    for (const a of here) {
      for (const b of here) {
        if (b === a || b.citedBy) continue;
        const frameStart = b.source && b.source.start > a.cue.end ? Math.min(b.source.start, b.cue.start) : b.cue.start;
        const last = a.content[a.content.length - 1]!;
        // (A passive frame's subject, "He said [the council] is expected [to ...]", is no inverted content.)
        if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.end <= frameStart && (c.start <= a.cue.start || b.source !== null))) {
          a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: frameStart });
        } else if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.start >= b.cue.end)) {
          // "Most said X, and they said Y": a frame after "and"/"but" inside A's content starts a clause of its
          // own; A's content ends before it. (After "because", "so", "while", "although", the frame is most
          // often A's reason or contrast, inside A's content: measured.)
          // (Only the tail before the frame is searched: an end-anchored pattern over the whole content is quadratic.)
          const from = Math.max(last.start, frameStart - 64);
          const cut = /[,;]?\s*(?:and|but)\s+$/i.exec(text.slice(from, frameStart));
          if (cut) a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: from + cut.index });
        } else if (b.source && a.source && b.source.start === a.source.start && b.cue.start > last.start && b.cue.start < last.end) {
          // "Wilson praised X and said Y": one subject, two frames; X ends before "and said".
          const from = Math.max(last.start, b.cue.start - 256);
          const cut = /\s+(?:and|but)(?:\s+\S+){0,3}\s*$/i.exec(text.slice(from, b.cue.start));
          if (cut && !/[.;]/.test(cut[0])) a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: from + cut.index });
        }
      }
    }
  });
  leaveClaimedQuotations(found);
  joinParagraphQuotations(text, allQuotes, found);
  return found;
}

/**
 * "“A,” she said, adding, “B.”", "“A,” he said, though he said, “B.”": a quotation after a frame that another
 * frame between them takes as its content is that frame's; the first one's content stops before it. (Only the
 * attributions of the next few sentences are looked at.)
 */
function leaveClaimedQuotations(found: RawAttribution[]): void {
  found.forEach((a, n) => {
    for (let j = 1; j < a.content.length; j++) {
      const piece = a.content[j]!;
      if (piece.start < a.cue.end) continue;
      let claimed = false;
      for (let m = n + 1; m < found.length && found[m]!.sentence <= a.sentence + 2 && !claimed; m++) {
        const b = found[m]!;
        claimed = b.cue.start > a.cue.end && b.cue.end <= piece.start && b.content.some((c) => c.start < piece.end && piece.start < c.end);
      }
      if (claimed) {
        a.content.length = j;
        break;
      }
    }
  });
}

/**
 * A quotation going on over paragraphs (news style: the paragraph ends inside the quotation, with no closing
 * mark, and the next one opens with a quotation mark): the pieces after the frame's quotation are its content
 * too. A piece another frame already claims ("“...,” she said") is left to it. (Joining the pieces BEFORE the
 * frame's quotation too was measured worse: PolNeAR's annotators often frame those separately.)
 */
function joinParagraphQuotations(text: string, quotes: Span[], found: RawAttribution[]): void {
  const unclosed = (q: Span) => !/(?:["\u201d]|'')$/.test(text.slice(q.start + 1, q.end));
  const claimed = (q: Span, self: RawAttribution) => found.some((b) => b !== self && b.content.some((c) => c.start < q.end && q.start < c.end));
  const index = new Map(quotes.map((q, k) => [q.start, k]));
  for (const a of found) {
    const last = a.content[a.content.length - 1]!;
    let k = index.get(last.start);
    if (k !== undefined && quotes[k]!.end === last.end) {
      for (; unclosed(quotes[k]!) && k + 1 < quotes.length; k++) {
        const next = quotes[k + 1]!;
        if (!/^\s+$/.test(text.slice(quotes[k]!.end, next.start)) || claimed(next, a)) break;
        a.content.push(next);
      }
    }
  }
}

/** "Kerry: <content>", "The headline reads: ..." is a verb cue; a bare noun phrase then a colon is its own cue. */
function colonAttribution(text: string, sentence: Span, words: Word[], index: number): RawAttribution | null {
  const k = words.findIndex((w) => w.punctBefore.includes(':'));
  if (k <= 0 || k > 8) return null;
  if (!words.slice(0, k).every((w) => NP_POS.has(w.pos) || w.possessive)) return null;
  // An interview's "Q:" and "A:" and an editor's "Note:", "Correction:", "Update:" label text, not a saying.
  if ((k === 1 && words[0]!.raw.length === 1) || /^(NOTE|CORRECTION|CORRECTIONS|UPDATE|CLARIFICATION)$/.test(words[k - 1]!.key)) return null;
  const colon = text.lastIndexOf(':', words[k]!.start);
  if (colon < words[k - 1]!.end) return null;
  // What follows says something: a clause (with a verb) or a quotation, after a space ("width:100%", "11:06",
  // "Clinton: 547" are not sayings).
  const said = words.slice(k);
  if ((!/\s/.test(text[colon + 1] ?? '') || !(hasQuote(words[k]!.punctBefore) || (said.length >= 3 && said.some((w) => w.pos === 'VERB' || w.pos === 'AUX'))))) return null;
  const content = trimContent(text, { start: words[k]!.start - quoteMarkBefore(text, words[k]!.start), end: sentence.end });
  return { source: wordSpan(words, 0, k), cue: { start: colon, end: colon + 1 }, content: [content], kind: 'said', sentence: index };
}

function accordingTo(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, index: number): RawAttribution | null {
  // The source runs to the next punctuation: "according to exit polling data" (the tagger often reads the
  // noun after "to" as a verb), "according to reports through Jan. 31 that the campaign is filing".
  let sourceEnd = cueEnd;
  while (sourceEnd < words.length && (sourceEnd === cueEnd || !/[,;:(]/.test(words[sourceEnd]!.punctBefore)) && !hasQuote(words[sourceEnd]!.punctBefore)) sourceEnd++;
  const source = sourceEnd > cueEnd ? { start: cueEnd, end: sourceEnd } : null;
  if (!source) return null;
  const cue = wordSpan(words, i, cueEnd);
  // "According to X, <content>" or "<content>, according to X."
  const content =
    i === 0 || words[i]!.start - sentence.start < 2
      ? trimContent(text, { start: words[source.end]?.start ?? sentence.end, end: sentence.end })
      : trimContent(text, { start: sentence.start, end: words[i]!.start });
  if (content.end <= content.start) return null;
  return { source: wordSpan(words, source.start, source.end), cue, content: [content], kind: 'cited', sentence: index };
}

// What a report cites as its source when no name does: "citing sources", "citing a report by ...".
const CITED_NOUNS = attributionWords('cited-nouns');

/**
 * "Kyodo reported, citing Suzuki, that ...": the cited source is a link of the reporter's chain. "He said, citing
 * low growth and unemployment": a reason, not a source; then "citing" is the reporter's own cue and the reason
 * its content.
 */
function citing(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, index: number, found: RawAttribution[], quotes: Span[]): RawAttribution | null {
  const reporter = [...found].reverse().find((a) => a.sentence === index && a.cue.end <= words[i]!.start);
  if (!reporter) return null;
  const source = phraseAfter(words, cueEnd, words.length);
  const named = source !== null && words.slice(source.start, source.end).some((w) => w.pos === 'PROPN' || w.pos === 'PRON' || CITED_NOUNS.has(w.key) || (w.raw !== w.raw.toLowerCase() && w !== words[0]));
  if (named) return { source: wordSpan(words, source.start, source.end), cue: wordSpan(words, i, cueEnd), content: reporter.content, kind: 'cited', sentence: index, citedBy: reporter };
  if (cueEnd >= words.length || words[cueEnd]!.punctBefore.trim()) return null;
  const end = clauseEndAfter(text, words, cueEnd, sentence, (at) => inQuoteAt(quotes, at));
  const content = trimContent(text, { start: words[cueEnd]!.start, end });
  if (content.end <= content.start) return null;
  return { source: reporter.source, cue: wordSpan(words, i, cueEnd), content: [content], kind: 'said', sentence: index };
}

/** A verb or an auxiliary (a clause's verb group). */
const verbal = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');

const EXPLETIVES = attributionWords('expletives');
const EVIDENTIAL_ADVERBS = loadEvidentialAdverbs();

/**
 * "Khoga was reportedly on that trip", "the gun he allegedly used": the writer passes on what others say,
 * naming nobody. The clause around the adverb (its subject and auxiliaries before, its predicate after) is
 * the content; there is no source, so the chain starts at the article's origin.
 */
function evidentialAdverb(text: string, sentence: Span, words: Word[], k: number, index: number, quotes: Span[]): RawAttribution | null {
  let j = k;
  while (j > 0 && !words[j]!.punctBefore && (words[j - 1]!.pos === 'AUX' || words[j - 1]!.pos === 'PART')) j--;
  const subject = phraseBefore(words, j, 0);
  const next = words[k + 1];
  if (!subject || !next || next.punctBefore.trim() || words[k]!.punctBefore.trim()) return null;
  const end = clauseEndAfter(text, words, k + 1, sentence, (at) => inQuoteAt(quotes, at));
  const rest = trimContent(text, { start: next.start, end });
  if (rest.end <= rest.start) return null;
  return { source: null, cue: { start: words[k]!.start, end: words[k]!.end }, content: [wordSpan(words, subject.start, k), rest], kind: EVIDENTIAL_ADVERBS.get(words[k]!.key)!, sentence: index };
}

/**
 * "The plan seemed to be working", "Twitter appears heavily used", "It appears, though, that ...": the writer
 * hedges a state of the subject. The subject (unless an expletive "it") and the complement are the content;
 * nobody is named as the source, so the chain starts at the article's origin. Without a complement ("he
 * appeared on TV", "seemed right") there is nothing hedged.
 */
function evidentialFrame(text: string, words: Word[], i: number, cueEnd: number, index: number, quotes: Span[]): RawAttribution | null {
  let from = cueEnd;
  // "It appears, though, that ...": an adverb set off by commas before the complement.
  if (words[from]?.punctBefore.includes(',') && words[from + 1]?.punctBefore.includes(',')) from++;
  const next = words[from];
  if (!next || /[.;:]/.test(next.punctBefore) || (next.punctBefore.includes(',') && from === cueEnd)) return null;
  const complement =
    next.key === 'THAT' ||
    (next.key === 'TO' && verbal(words[from + 1])) ||
    next.key === 'LIKE' ||
    (next.key === 'AS' && /^(IF|THOUGH)$/.test(words[from + 1]?.key ?? '')) ||
    next.pos === 'ADJ' ||
    (next.pos === 'ADV' && words[from + 1]?.pos === 'ADJ' && !words[from + 1]!.punctBefore);
  if (!complement) return null;
  const cueStart = cueStartOf(words, i);
  const end = clauseEndAfter(text, words, from, { start: words[0]!.start, end: words[words.length - 1]!.end }, (at) => inQuoteAt(quotes, at));
  const content: Span[] = [];
  const subject = cueStart > 0 ? phraseBefore(words, cueStart, 0) : null;
  const pronoun = cueStart > 0 && /^(WHO|WHICH|THAT|WHAT)$/.test(words[cueStart - 1]!.key) ? { start: cueStart - 1, end: cueStart } : null;
  const opening = subject ?? pronoun;
  if (opening && !(opening.end - opening.start === 1 && EXPLETIVES.has(words[opening.start]!.key))) content.push(wordSpan(words, opening.start, opening.end));
  const rest = trimContent(text, { start: words[from]!.start, end });
  if (rest.end <= rest.start) return null;
  content.push(rest);
  return { source: null, cue: wordSpan(words, cueStart, cueEnd), content, kind: 'said', sentence: index };
}

/**
 * A verb cue, read first with an opening phrase that only situates it ("In April, a poll found ...") left out
 * of the content; when that reading finds nothing, the opening phrase is taken as an inverted content as before.
 */
function verbCueOrOpener(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, cue: Cue, index: number, quotes: Span[]): RawAttribution | null {
  const skipped = { opener: false };
  const found = verbCue(text, sentence, words, i, cueEnd, cue, index, quotes, skipped);
  return found ?? (skipped.opener ? verbCue(text, sentence, words, i, cueEnd, cue, index, quotes) : null);
}

function verbCue(
  text: string,
  sentence: Span,
  words: Word[],
  i: number,
  cueEnd: number,
  cue: Cue,
  index: number,
  quotes: Span[],
  /** Set when an opening phrase was not taken as an inverted content (`skipOpener`); absent: it is taken. */
  skipOpener?: { opener: boolean },
): RawAttribution | null {
  // Subject: the noun phrase before the verb, past auxiliaries and adverbs ("has also said"). The
  // auxiliaries, negations and "-ly" adverbs right before the verb belong to the cue ("has said",
  // "reportedly told", "did not deny"), as attribution corpora span them.
  let subjectEnd = i;
  const modifier = (w: Word) => AUX_OR_ADVERB.has(w.key) || w.pos === 'ADV' || w.pos === 'AUX' || w.pos === 'PART';
  while (subjectEnd > 0 && modifier(words[subjectEnd - 1]!) && !words[subjectEnd]!.punctBefore.includes(',')) subjectEnd--;
  let cueStart = i;
  // "Richards and Menendez both stressed": a floating quantifier after the subject is the cue's.
  if (subjectEnd > 1 && /^(BOTH|ALL|EACH)$/.test(words[subjectEnd - 1]!.key) && !words[subjectEnd - 1]!.punctBefore && /^(NOUN|PROPN|PRON)$/.test(words[subjectEnd - 2]!.pos) && !words[subjectEnd - 2]!.possessive) subjectEnd--;
  while (cueStart > subjectEnd && !words[cueStart]!.punctBefore && (words[cueStart - 1]!.pos === 'AUX' || words[cueStart - 1]!.pos === 'PART' || words[cueStart - 1]!.pos === 'ADV' || words[cueStart - 1]!.key === 'NOT' || words[cueStart - 1]!.key === 'NT' || (cueStart - 1 === subjectEnd && /^(BOTH|ALL|EACH)$/.test(words[cueStart - 1]!.key)))) cueStart--;
  const cueSpan = wordSpan(words, cueStart, cueEnd);
  // "He’s also praising", "she's said": the tokenizer splits the contracted auxiliary off as a possessive mark;
  // like any auxiliary before the verb, it belongs to the cue.
  const contracted = cueStart > 0 && words[cueStart - 1]!.possessive && words[cueStart - 1]!.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(words[cueStart - 1]!.key) && cueStart === subjectEnd;
  const mark = contracted ? /^['\u2019]s(?=\s)/.exec(text.slice(words[cueStart - 1]!.end, words[cueStart]!.start)) : null;
  if (mark) cueSpan.start = words[cueStart - 1]!.end;
  // "Ted Cruz on Wednesday announced", "The White House Monday said": the day between subject and verb is
  // not the source.
  {
    let k = subjectEnd;
    if (k > 1 && /^\d/.test(words[k - 1]!.raw) && MONTHS.has(words[k - 2]!.key)) k--;
    if (k > 1 && (DAYS.has(words[k - 1]!.key) || MONTHS.has(words[k - 1]!.key))) k--;
    else if (k > 2 && /^(WEEK|MONTH|YEAR|NIGHT|MORNING)$/.test(words[k - 1]!.key) && /^(LAST|THIS|NEXT)$/.test(words[k - 2]!.key)) k -= 2;
    if (k < subjectEnd && k > 1 && words[k - 1]!.key === 'ON') k--;
    if (k < subjectEnd && k > 0 && words.slice(k, subjectEnd + 1).every((w) => !w.punctBefore.trim() || w.punctBefore.trim() === '.') && NP_POS.has(words[k - 1]!.pos)) subjectEnd = k;
  }
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
  const framesOn = words[cueEnd] !== undefined && !words[cueEnd]!.punctBefore;
  if (subjectEnd > 0 && /,$/.test(words[subjectEnd]!.punctBefore.trim()) && (clauseFollows || framesOn) && !relative) {
    const start = clauseStart(words, subjectEnd);
    if (start !== null && /ING$/.test(words[i]!.key) && cueStart === i) {
      const subject = phraseAfter(words, start, subjectEnd);
      if (subject) before = subject;
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
      }
    }
  }
  // "Wilson praised Rubio and said ...": a verb coordinated with an earlier one shares its subject.
  if (!before && subjectEnd > 0 && (words[subjectEnd - 1]!.key === 'AND' || words[subjectEnd - 1]!.key === 'BUT')) {
    const subject = clauseSubjectWords(text, words, subjectEnd - 1);
    if (subject) {
      before = { start: subject.start, end: subject.end };
      if (subject.sourceEnd !== undefined) sourceEnd = subject.sourceEnd;
      framed = true;
    }
  }
  // The subject is the clause's whole opening noun phrase, with its prepositional phrases and relative clause:
  // "A slide from a presentation that the minister carries with him shows ...".
  if (before && !framed && !relative && before.end === subjectEnd && !PERSONAL_PRONOUNS.has(words[before.end - 1]!.key)) {
    const start = clauseStart(words, before.start);
    if (start !== null && start < before.start && !/[,;:]/.test(words.slice(start + 1, subjectEnd + 1).map((w) => w.punctBefore).join('')) && appositive(words, start, subjectEnd, false)) before = { start, end: subjectEnd };
  }
  const commaBeforeSubject = before ? /,/.test(words[before.start]!.punctBefore) || (before.start > 0 && hasQuote(words[before.start]!.punctBefore)) : false;

  // What follows the cue (past a listener: "told reporters"): a "that" clause, a "to" infinitive, a quotation.
  let from = cueEnd;
  let listenerStart: number | null = null;
  if (cue.object) {
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

  // Passive with its agent: "<content> was first reported by <source>", "<content> is opposed by <source>".
  const passive = words[cueEnd]?.key === 'BY' && !words[cueEnd]!.punctBefore && words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key)) && !relative;
  // "was scheduled to speak", "is not authorized to say": a WordNet verb in the passive is no cue.
  if (cue.generated && words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key))) return null;
  if (passive && before) {
    let end = cueEnd + 1;
    while (end < words.length && (end === cueEnd + 1 || !/[,;:(]/.test(words[end]!.punctBefore)) && !hasQuote(words[end]!.punctBefore) && words[end]!.key !== 'FOR') end++;
    if (end > cueEnd + 1) {
      const agent = wordSpan(words, cueEnd + 1, end);
      return { source: agent, cue: { start: cueSpan.start, end: words[cueEnd]!.end }, content: [wordSpan(words, before.start, before.end)], kind: cue.kind, sentence: index };
    }
  }

  // "Trump is expected to win", "X was asked to name ...": a passive cue before an infinitive has no source;
  // its subject is part of the content, in two pieces around the cue. (Not when the infinitive is a cue of its
  // own: "The Times is expected to endorse X" is the Times endorsing.)
  if (before && before.end === subjectEnd && passiveBeforeInfinitive(words, cueStart, i, cueEnd)) {
    const subject = relative ? wordSpan(words, subjectEnd - 1, subjectEnd) : wordSpan(words, before.start, before.end);
    const end = clauseEndAfter(text, words, cueEnd, sentence, (at) => quotes.some((q) => at > q.start && at < q.end));
    const infinitive = trimContent(text, { start: words[cueEnd]!.start, end });
    const agent = words.some((w, k) => k > cueEnd && w.key === 'BY' && w.start < end);
    if (infinitive.end > infinitive.start && !agent) return { source: null, cue: cueSpan, content: [subject, infinitive], kind: cue.kind, sentence: index };
  }
  // Inverted or parenthetical: "<content>, Kyodo reported", "<content>," said Smith. Such a frame ends its
  // clause: at most a few words ("on Wednesday") follow the cue before a comma or the sentence's end.
  const cueAfterComma = (/,/.test(words[i]!.punctBefore) || hasQuote(words[i]!.punctBefore)) && i > 0;
  let tail = cueEnd;
  while (tail < words.length && !/[,;:]/.test(words[tail]!.punctBefore)) tail++;
  const quoteBefore = before ? hasQuote(words[before.start]!.punctBefore) && quotes.some((q) => q.end <= words[before.start]!.start && q.end >= words[before.start]!.start - 4 && q.start <= sentence.start + 1) : false;
  const closesClause = cueAfterComma || quoteBefore || tail - cueEnd <= 4;
  // "“... it?” Rubio said.": a quotation ending in its own mark ends the sentence before the frame.
  const leadQuote =
    (before?.start === 0 || i === 0) && closesClause && !complement ? quotes.find((q) => q.end <= sentence.start && q.end >= sentence.start - 3 && /^\s*$/.test(text.slice(q.end, sentence.start))) : undefined;
  const bareClauseFollows = (SUBJECT_PRONOUNS.has(words[cueEnd]?.key ?? '') && verbal(words[cueEnd + 1])) || (objectPhrase !== null && verbal(words[objectPhrase.end]) && !words[objectPhrase.end]!.punctBefore);
  if (!framed && !complement && !(bareClauseFollows && !cueAfterComma && !quoteBefore) && closesClause && ((commaBeforeSubject && before && before.start > 0) || cueAfterComma || leadQuote)) {
    let sourceAfter = cueAfterComma || i === 0;
    let sourceWords = before && !sourceAfter ? before : phraseAfter(words, cueEnd, words.length) ?? nameAt(words, cueEnd);
    // "“...,” Mitch McConnell, R-Ky., said Tuesday.": the appositive phrase after the quotation is the source.
    if (sourceAfter && i > 0 && /,$/.test(words[subjectEnd]?.punctBefore.trim() ?? '')) {
      let k = subjectEnd - 1;
      while (k > 0 && !hasQuote(words[k]!.punctBefore)) k--;
      if (k > 0 && appositive(words, k, subjectEnd)) {
        sourceWords = { start: k, end: subjectEnd };
        sourceEnd = text.lastIndexOf(',', words[subjectEnd]!.start) + 1;
        sourceAfter = false;
      } else if (!phraseAfter(words, cueEnd, words.length)) {
        // "<content>, a spokeswoman, Anna White, said on Saturday": with no name after the cue, the short noun
        // phrases set off by commas before it are the source.
        const start = appositiveSegmentsBefore(words, subjectEnd);
        if (start !== null) {
          sourceWords = { start, end: subjectEnd };
          sourceEnd = text.lastIndexOf(',', words[subjectEnd]!.start) + 1;
          sourceAfter = false;
        }
      }
    }
    if (sourceAfter && sourceWords) sourceWords = { start: sourceWords.start, end: sourceAfterCue(words, sourceWords.end) };
    // "said Murphy, now a consultant on Burma": the appositive after the name runs to the clause's end.
    let sourceAfterEnd: number | null = null;
    // ("said Guido Smith, managing director of ...": a participle before a noun is part of a title.)
    const title = (w: Word | undefined) => w !== undefined && w.pos === 'VERB' && /ING$/.test(w.key) && words[words.indexOf(w) + 1]?.pos === 'NOUN' && !words[words.indexOf(w) + 1]!.punctBefore;
    if (sourceAfter && sourceWords && words[sourceWords.end]?.punctBefore.trim() === ',' && (words[sourceWords.end]!.pos !== 'VERB' || title(words[sourceWords.end]))) {
      let k = sourceWords.end;
      // (Nor does it run on into a phrase that situates the saying: "said Doe, a lawyer, on Monday".)
      const situating = (w: Word) => w.pos === 'ADP' && !/^(OF|FROM)$/.test(w.key);
      while (k < words.length && !/[;:]/.test(words[k]!.punctBefore) && !hasQuote(words[k]!.punctBefore) && !(k > sourceWords.end && words[k]!.punctBefore.includes(',') && (words[k]!.pos === 'VERB' || situating(words[k]!)))) k++;
      sourceAfterEnd = words[k - 1]!.end;
      // "said Jane Doe, a pollster, referring to ...": the comma before the participle closes the appositive.
      if (k < words.length && (words[k]!.pos === 'VERB' || situating(words[k]!)) && words[k]!.punctBefore.trim() === ',') sourceAfterEnd = text.indexOf(',', sourceAfterEnd) + 1;
    }
    const contentEnd = sourceAfter ? words[cueStart]!.start : words[sourceWords?.start ?? i]!.start;
    // The quotation is the content when it opens the sentence (or began before it); a quoted title inside an
    // opening phrase ("In an interview on “Face the Nation,” Ryan said ...") is not.
    const quote = leadQuote ?? quotes.find((q) => q.end <= contentEnd + 2 && q.end >= contentEnd - 3 && q.start >= sentence.start - 400 && q.start <= sentence.start + 1);
    // A verb that is a cue only with a clause frames, inverted, only a quotation ("“...,” he scoffed").
    if (cue.needsClause && !quote) return null;
    const content = quote ?? trimContent(text, { start: sentence.start, end: contentEnd });
    // "The latest test, North Korea said, was its biggest yet": the content goes on after a frame set in it.
    const rest: Span[] = [];
    const after = words[tail];
    if (!quote && !sourceAfter && after && after.punctBefore.trim() === ',' && !(after.pos === 'VERB' && /ING$/.test(after.key)) && !/^(AND|BUT|ACCORDING|WHO|WHICH)$/.test(after.key)) {
      const end = clauseEndAfter(text, words, tail, sentence, (at) => quotes.some((q) => at > q.start && at < q.end));
      const piece = trimContent(text, { start: after.start - quoteMarkBefore(text, after.start), end });
      if (piece.end > piece.start) rest.push(piece);
    }
    // An opening phrase with no verb that nothing continues ("Last month, 26 percent said the same", "In
    // April, a poll found ...") situates the frame and is no content: the frame is read the canonical way below.
    const opening = words.find((w) => w.start >= content.start);
    const situatingOnly =
      quote === undefined &&
      rest.length === 0 &&
      (isSituating(opening) || /^(LAST|THIS|NEXT|EARLIER|LATER)$/.test(opening?.key ?? '')) &&
      !words.some((w) => w.start >= content.start && w.end <= content.end && (w.pos === 'VERB' || w.pos === 'AUX'));
    if (situatingOnly && skipOpener) skipOpener.opener = true;
    if (!(situatingOnly && skipOpener)) {
      if (content.end <= content.start) return null;
      if (sourceAfter && !sourceWords && before) sourceWords = before;
      // "“A,” he said, “B.”": the quotation goes on after the frame.
      const frameEnd = Math.max(cueSpan.end, sourceWords ? words[sourceWords.end - 1]!.end : 0);
      // The quotation may also go on in the next sentence of the paragraph: "“A,” he said. “B. C.”"
      const more = quote ? quotationGoesOn(text, quotes, frameEnd) : [];
      const source = sourceWords ? wordSpan(words, sourceWords.start, sourceWords.end) : null;
      if (source && sourceEnd !== null) source.end = sourceEnd;
      if (source && sourceAfterEnd !== null) source.end = sourceAfterEnd;
      return { source, cue: cueSpan, content: [content, ...rest, ...more], kind: cue.kind, sentence: index };
    }
  }

  // Canonical: "<source> <cue> [listener] [that] <content>".
  // "He said:" ending its paragraph, the quotation opening the next one.
  if (!next && before) {
    const colon = /^\s*:/.exec(text.slice(cueSpan.end, cueSpan.end + 3));
    const after = colon ? cueSpan.end + colon[0].length : -1;
    const quote = colon ? quotes.find((q) => q.start >= after && /^\s*$/.test(text.slice(after, q.start))) : undefined;
    if (quote) {
      const source = wordSpan(words, before.start, before.end);
      if (sourceEnd !== null) source.end = sourceEnd;
      return { source, cue: { start: cueSpan.start, end: after }, content: [quote, ...quotationGoesOn(text, quotes, quote.end)], kind: cue.kind, sentence: index };
    }
  }
  // "<content>, as police have said.": the clause before "as" is the content.
  if (!next && before && before.start > 1 && words[before.start - 1]!.key === 'AS') {
    const content = trimContent(text, { start: sentence.start, end: words[before.start - 1]!.start });
    const source = wordSpan(words, before.start, before.end);
    if (content.end > content.start) return { source, cue: cueSpan, content: [content], kind: cue.kind, sentence: index };
  }
  if (!next) return null;
  // A verb that is a cue only with a complement also takes an object with a named subject ("called the
  // statement offensive", "described the field as good", "accused X of ..."): the object is the content.
  // "calling it “disqualifying”": "it" is the object when a quotation or an adjective describes it.
  const describedIt = next.key === 'IT' && words[from + 1] !== undefined && (hasQuote(words[from + 1]!.punctBefore) || (words[from + 1]!.pos === 'ADJ' && !words[from + 1]!.punctBefore));
  const objectNext = before !== null && NP_POS.has(next.pos) && !next.punctBefore && (!NOT_OBJECT.has(next.key) || describedIt);
  // "Economists believe this provides ...", "Both think Obama advanced ...": a bare clause with a noun-phrase
  // subject is a complement too.
  const nounClause = from === cueEnd && objectPhrase !== null && objectPhrase.start === cueEnd && verbal(words[objectPhrase.end]) && !words[objectPhrase.end]!.punctBefore && !/ING$/.test(words[objectPhrase.end]!.key);
  // "made clear over the weekend that ...", "said in a statement that ...": a "that" clause after a few words
  // situating the saying (no verb between) completes the cue too.
  let thatSoon = false;
  for (let k = from + 1; k < Math.min(words.length, from + 5); k++) {
    if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX' || /[;:]/.test(words[k]!.punctBefore) || hasQuote(words[k]!.punctBefore)) break;
    // (the tagger's "that" may be a pronoun; a relative "that" goes straight on with its verb: "the council that voted")
    if (words[k]!.key === 'THAT' && !/^(VERB|AUX)$/.test(words[k + 1]?.pos ?? 'VERB') && !words[k + 1]!.punctBefore) {
      thatSoon = true;
      break;
    }
  }
  if (cue.needsComplement && !complement && !objectNext && !nounClause && !thatSoon) return null;
  if (cue.needsClause && !complement) return null;
  const finder = before !== null && words.slice(before.start, before.end).some((w) => FINDERS.has(w.key));
  // "added, on BBC radio: “...”": a quotation or colon after a few words situating the saying
  const quoteSoon = words.slice(from, from + 6).some((w, k) => (k > 0 || from > cueEnd || w.punctBefore.includes(',')) && (w.punctBefore.includes(':') || hasQuote(w.punctBefore)));
  if (cue.needsProposition && !complement && !nounClause && !thatSoon && !quoteSoon && !WH_WORDS.has(next.key) && !(objectNext && (finder || objectWithPredicate(words, from)))) return null;
  if (cue.needsQuotation && !(/:/.test(next.punctBefore) || hasQuote(next.punctBefore))) return null;
  // "Cruz continued: ...": the colon is part of the cue.
  const colon = from === cueEnd && next.punctBefore.includes(':') ? text.indexOf(':', cueSpan.end) : -1;
  if (colon >= 0 && colon < next.start) cueSpan.end = colon + 1;
  // "Asked about the vote, Smith said ...", "When asked if ...,": a clause-opening participle with no source;
  // its content runs to the clause's comma.
  const opener = (x: Word) => /^(WHEN|WHILE|AND|BUT|IF|ONCE|AFTER|BEFORE)$/.test(x.key);
  if (!before && words.slice(0, i).every((x) => opener(x) || x.pos === 'AUX' || x.pos === 'ADV') && /ED$/.test(words[i]!.key) && words[i]!.key !== 'SAID') {
    let first = 0;
    while (first < i && opener(words[first]!)) first++;
    cueSpan.start = words[first]!.start;
    let k = from;
    if (words[k]?.pos === 'ADP' && CONTENT_PREPOSITIONS.has(words[k]!.key)) {
      cueSpan.end = words[k]!.end;
      k++;
    }
    let end = k;
    while (end < words.length && (end === k || !/[,;:]/.test(words[end]!.punctBefore))) end++;
    if (end > k && end < words.length) return { source: null, cue: cueSpan, content: [wordSpan(words, k, end)], kind: cue.kind, sentence: index };
  }
  if (!before && !complement) return null;
  // The content starts at a quotation or a "that" further on, past what only situates the saying
  // ("said on Friday that ...", "say about the doctor, “...”"): no verb may come in between.
  // "reported, citing lawmaker Muneo Suzuki, that ...": the cited source set off by commas is no content.
  if (/^(CITING|QUOTING)$/.test(words[from]?.key ?? '') && words[from]!.punctBefore.includes(',')) {
    let k = from + 1;
    while (k < words.length && !words[k]!.punctBefore.includes(',') && k < from + 12) k++;
    if (k < words.length && words[k]!.punctBefore.includes(',')) from = k;
  }
  // "announced on Monday the lawsuit", "said Tuesday his ...", "told reporters on Twitter that ...": a time or a
  // channel right after the cue situates the saying; it is neither the cue's nor the content's.
  const situated = situatingAdjunctEnd(words, from);
  // (Not a time that is the clause's subject: "said Monday was the deadline", "said January's figures were".)
  if (situated > from && situated < words.length && (words[situated]!.punctBefore === '' || hasQuote(words[situated]!.punctBefore)) && !words[situated - 1]!.possessive && !/^(VERB|AUX)$/.test(words[situated]!.pos)) from = situated;
  const clauseEnd = clauseEndAfter(text, words, from, sentence, (at) => quotes.some((q) => at > q.start && at < q.end));
  let start = from;
  // At most three words situate it ("said in a statement that"); further on, a "that" belongs to the content
  // ("said the protests demands that ...", with the tagger's noun for "demands"), unless what follows the cue
  // opens with a preposition or a time ("said during his victory speech on Tuesday that ...").
  const reach = isSituating(words[from]) ? 16 : 4;
  for (let k = from; k < words.length && words[k]!.start < clauseEnd && k < from + reach; k++) {
    if (k > from && (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX')) break;
    // "knows what he will do": a "wh" word opens the content, before its clause's subject
    if (k === from && WH_WORDS.has(words[k]!.key)) break;
    if ((words[k]!.key === 'THAT' && (words[k]!.pos === 'SCONJ' || (k > from && !/^(VERB|AUX)$/.test(words[k + 1]?.pos ?? 'VERB') && !words[k + 1]!.punctBefore))) || (k > from && SUBJECT_PRONOUNS.has(words[k]!.key) && /^(VERB|AUX)$/.test(words[k + 1]?.pos ?? ''))) {
      start = k;
      break;
    }
  }
  // "wanted to know who ...", "refuses to say": an infinitive cue verb belongs to the cue.
  if (start === from && from === cueEnd && next.key === 'TO' && words[from + 1]?.pos === 'VERB' && matchCue(words, from + 1) && !matchCue(words, from + 1)!.generated && words[from + 2] && !words[from + 2]!.punctBefore) {
    const inner = matchCue(words, from + 1)!;
    cueSpan.end = words[from + inner.words.length]!.end;
    start = from = from + 1 + inner.words.length;
  }
  // "wrote to the senator's office that ...", "said to the crowd: “...”": "to" and a listener before a clause or a
  // quotation; neither cue nor content.
  if (start === from && words[start]?.key === 'TO' && words[start]!.pos === 'ADP') {
    let end = start + 1;
    while (end < words.length && end < start + 8 && (NP_POS.has(words[end]!.pos) || (words[end]!.key === 'OF' && end > start + 1)) && words[end]!.key !== 'THAT' && (end === start + 1 || !words[end]!.punctBefore)) end++;
    const after = words[end];
    if (end > start + 1 && after && ((after.key === 'THAT' && !after.punctBefore) || after.punctBefore.includes(':') || hasQuote(after.punctBefore))) start = from = end;
  }
  // "commented on Crutcher's death", "known as the Golden Week": the preposition opening the content is in the cue.
  const opening = words[start];
  if (start === from && opening && opening.pos === 'ADP' && CONTENT_PREPOSITIONS.has(opening.key) && words[start + 1] && !words[start + 1]!.punctBefore && words[start + 1]!.pos !== 'VERB') {
    cueSpan.end = opening.end;
    start = from = start + 1;
  }
  if (start >= words.length) return null;
  // "urged the senator to apologize": before an infinitive the listener is its subject, inside the content.
  if (listenerStart !== null && start === from && words[from]!.key === 'TO' && words[from + 1]?.pos === 'VERB' && !words[from]!.punctBefore) start = listenerStart;

  const quote = quotes.find((q) => q.start >= words[from - 1]!.end && q.start <= words[start]!.start && q.start < clauseEnd && !words.slice(from, words.findIndex((w) => w.start > q.start)).some((w) => w.pos === 'VERB') && !quotedName(text, q));
  const first = words[start]!;
  // An object ("complimented the moderator, Lester Holt, but ...") ends at the first comma; a clause goes on
  // (a verb within a dozen words, before any punctuation; after "said", "thinks", "added" it is always one).
  let contentEnd = clauseEnd;
  if (start === from && NP_POS.has(first.pos) && !SUBJECT_PRONOUNS.has(first.key) && !quoteMarkBefore(text, first.start) && !CLAUSE_VERBS.has(words[i]!.key)) {
    const objectClause = words.slice(start + 1, Math.min(words.length, start + 12)).findIndex((w) => w.punctBefore !== '' || w.pos === 'VERB' || w.pos === 'AUX');
    const verbAt = start + 1 + objectClause;
    // "questioned Clinton's ties and has called for ...": a verb right after "and" is the frame's second verb.
    const frameVerb = objectClause >= 0 && /^(AND|BUT)$/.test(words[verbAt - 1]!.key) && verbAt - 1 > start && !words[verbAt]!.punctBefore && !words[verbAt - 1]!.punctBefore;
    const isClause = objectClause >= 0 && !words[verbAt]!.punctBefore && !frameVerb;
    if (frameVerb) contentEnd = words[verbAt - 2]!.end;
    if (!isClause) {
      for (let k = start + 1; k < words.length && words[k]!.start < contentEnd; k++) {
        if (/[,(]/.test(words[k]!.punctBefore)) {
          contentEnd = words[k - 1]!.end;
          break;
        }
      }
    }
  }
  // "Podesta, who said the project was vetted, said he ...": a relative clause set off by commas ends at the
  // comma where the main clause's verb comes.
  if (relative && words[subjectEnd - 1]!.punctBefore.includes(',')) {
    for (let k = start + 1; k < words.length && words[k]!.start < contentEnd; k++) {
      if (inQuoteAt(quotes, words[k]!.start)) continue;
      if (words[k]!.punctBefore.includes(',') && (verbal(words[k]) || (words[k]!.pos === 'ADV' && verbal(words[k + 1]) && !words[k + 1]!.punctBefore))) {
        contentEnd = words[k - 1]!.end;
        break;
      }
    }
  }
  // "While he allowed that X, he estimated ...": a frame inside an opening subordinate clause; its content ends
  // at the comma that closes the clause.
  if (openingSubordinate(words, cueStart)) {
    for (let k = start + 1; k < words.length && words[k]!.start < contentEnd; k++) {
      if (inQuoteAt(quotes, words[k]!.start)) continue;
      if (words[k]!.punctBefore.includes(',')) {
        contentEnd = words[k - 1]!.end;
        break;
      }
    }
  }
  const content = quote ?? trimContent(text, { start: first.start - quoteMarkBefore(text, first.start), end: contentEnd });
  if (content.end <= content.start) return null;
  // "The plant is expected to close", "Investors seem to agree": a passive without its agent, or a raising
  // verb, has no source; its subject is what is said, not who says it. (But a subject that feels something
  // is one: "is convinced that"; and so is the subject of a raising verb (the lexicon's evidential rows) whose cue takes in the verb after it:
  // "seemed to blame".)
  const passiveGroup = words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key)) && !/ING$/.test(words[i]!.key) && !EXPERIENCER_PARTICIPLES.has(words[i]!.key);
  const agentless = passiveGroup || (cue.evidential === true && cueSpan.end <= words[cueEnd - 1]!.end);
  const source = before && !agentless ? wordSpan(words, before.start, before.end) : null;
  if (source && sourceEnd !== null) source.end = sourceEnd;
  // "“A,” he said, “B.” “C.”": the quotation before the frame and those going on after it are the content too.
  const contents = [content];
  if (quote) {
    const frameStart = source ? source.start : cueSpan.start;
    const opening = quotes.find((q) => q.end <= frameStart && q.end >= frameStart - 3 && q.start >= sentence.start && /^\s*$/.test(text.slice(q.end, frameStart)));
    if (opening) contents.unshift(opening);
    contents.push(...quotationGoesOn(text, quotes, quote.end));
  } else if (source && commaBeforeSubject && before!.start > 0 && from === cueEnd && start === from && words[from]!.punctBefore.trim() === ',') {
    // "Within marriages, they said, women now decide": a frame set off by commas after an opening phrase; the
    // phrase belongs to the content.
    const opener = trimContent(text, { start: sentence.start, end: source.start });
    if (opener.end > opener.start && !hasQuote(text.slice(opener.start, opener.end))) contents.unshift(opener);
  }
  return { source, cue: cueSpan, content: contents, kind: cue.kind, sentence: index };
}

const WH_WORDS = attributionWords('wh-words');

/**
 * "see the plan as a threat", "find his remarks chilling", "found Clinton leading", "sees Trump negatively": an
 * object with a predicate of its own (a judgement about it), unlike a bare object ("saw the crowd", "maintained
 * a lead").
 */
function objectWithPredicate(words: Word[], from: number): boolean {
  const phrase = phraseAfter(words, from, words.length);
  if (!phrase) return false;
  // "his message chilling": the phrase ends on an adjective after its noun
  if (words[phrase.end - 1]!.pos === 'ADJ' && phrase.end - phrase.start >= 2 && /^(NOUN|PROPN|PRON)$/.test(words[phrase.end - 2]!.pos)) return true;
  const after = words[phrase.end];
  // "found his remarks “abhorrent”": a quoted predicate
  if (after && /^\s*(?:["\u201c]|'')$/.test(after.punctBefore)) return true;
  if (!after || after.punctBefore) return false;
  if ((after.pos === 'VERB' && /ING$/.test(after.key)) || after.pos === 'ADJ' || (after.pos === 'ADV' && /LY$/.test(after.key))) return true;
  // "saw the death of X during Y as a sign": "as" further on in the clause, no finite verb before it
  for (let k = phrase.end; k < Math.min(words.length, phrase.end + 15) && !/[,;:]/.test(words[k]!.punctBefore); k++) {
    if (words[k]!.key === 'AS' && !/^(WELL|LONG|SOON|MUCH|MANY)$/.test(words[k + 1]?.key ?? '')) return true;
    if (words[k]!.pos === 'AUX' || (words[k]!.pos === 'VERB' && !/(ING|ED|EN)$/.test(words[k]!.key))) return false;
  }
  return false;
}

// What finds things out: "the poll found Clinton ahead", "a 2009 paper found improvements".
const FINDERS = attributionWords('finders');

const PARTS_OF_DAY = attributionWords('parts-of-day');
const DURATION_NOUNS = attributionWords('duration-nouns');
// Where a saying is published, not what it says about: "said on Twitter", "told viewers on television".
const CHANNELS = attributionWords('channels');

/**
 * The end of the time and channel adjuncts starting at word `k` ("on Monday", "Tuesday night", "last week",
 * "for weeks", "over the weekend", "on Feb. 3", "on Twitter"); `k` itself when there is none.
 */
function situatingAdjunctEnd(words: Word[], k: number): number {
  for (;;) {
    let j = k;
    const preposition = /^(ON|OVER|DURING|FOR|IN|EARLIER|LATER)$/.test(words[j]?.key ?? '');
    if (preposition) j++;
    if (preposition && words[k]!.key === 'ON' && CHANNELS.has(words[j]?.key ?? '') && !words[j]!.punctBefore) {
      k = j + 1;
      continue;
    }
    // (without a preposition only "last week", "this month" ...: "said the year had begun well" has a subject)
    while (j < words.length && !words[j]!.punctBefore && ((preposition ? /^(THE|LAST|THIS|NEXT|PAST|RECENT|SEVERAL|MANY|FEW|A)$/ : /^(LAST|THIS|NEXT|EARLIER)$/).test(words[j]!.key) || (words[j]!.pos === 'NUM' && j > k))) j++;
    const w = words[j];
    if (!w || w.possessive || (j > k && w.punctBefore) || !(DAYS.has(w.key) || MONTHS.has(w.key) || (j > k && DURATION_NOUNS.has(w.key)))) break;
    j++;
    // "Monday night", "Feb. 3", "Feb. 3, 2016"
    while (j < words.length && (words[j]!.punctBefore === '' || (words[j]!.punctBefore === '.' && words[j]!.pos === 'NUM')) && (words[j]!.pos === 'NUM' || PARTS_OF_DAY.has(words[j]!.key))) j++;
    k = j;
  }
  return k;
}

const inQuoteAt = (quotes: Span[], at: number) => quotes.some((q) => at > q.start && at < q.end);

/** The quotations that continue one after a frame ending at `after`: "“A,” he said, “B.” “C.”" */
function quotationGoesOn(text: string, quotes: Span[], after: number): Span[] {
  const more: Span[] = [];
  for (const q of quotes) {
    if (q.start <= after) continue;
    const gap = text.slice(after, q.start);
    // The frame between may be long ("he said, referring to the country's official name, ..."), but stays in the paragraph;
    // further quotations join only within their paragraph (the next paragraph's is often framed anew).
    const joined = more.length === 0 ? (/^[^\n]{0,250}$/.test(gap) || nextParagraphQuotation(text, gap, q)) && !hasQuote(gap) && frameOnlyBetween(gap) : /^[^\S\n]*$/.test(gap);
    if (!joined) break;
    more.push(q);
    after = q.end;
  }
  return more;
}

/** "“A,” he said.¶“B.”": the frame ends its paragraph and the next paragraph is the quotation `q` alone. */
function nextParagraphQuotation(text: string, gap: string, q: Span): boolean {
  return /^[^\n]{0,250}\n\s*$/.test(gap) && /^[ \t]*(?:\n|$)/.test(text.slice(q.end, q.end + 4));
}

// Participles that name the subject's own attitude ("is determined to win"), not what others say of it.
const ATTITUDE_PARTICIPLES = attributionWords('attitude-participles');

/**
 * "is expected to pass", "was asked to name": the cue verb (word `i`, its group from `cueStart`) is a past
 * participle after a form of "be", followed by an infinitive that is no hand-written cue of its own ("is
 * expected to endorse", "is reported to have called" frame the inner verb).
 */
function passiveBeforeInfinitive(words: Word[], cueStart: number, i: number, cueEnd: number): boolean {
  const verb = words[i]!;
  if (!/(ED|EN|WN|ID|GHT)$/.test(verb.key) || ATTITUDE_PARTICIPLES.has(verb.key) || !words.slice(cueStart, i).some((w) => BE_FORMS.has(w.key))) return false;
  if (words[cueEnd]?.key !== 'TO' || words[cueEnd]!.punctBefore) return false;
  const inner = words[cueEnd + 1];
  const ownCue = (v: number) => words[v] !== undefined && matchCue(words, v)?.generated === false;
  if (inner?.key === 'HAVE' && ownCue(cueEnd + 2)) return false;
  return inner !== undefined && inner.pos === 'VERB' && !/ING$/.test(inner.key) && !ownCue(cueEnd + 1);
}

// Verbs whose content is a clause, never an object phrase ("said the decision by the board ... was final").
const CLAUSE_VERBS = attributionWords('clause-verbs');

/** A word that opens what situates a saying (a preposition, a day, "earlier"): "said on Friday that ...". */
function isSituating(w: Word | undefined): boolean {
  return w !== undefined && ((w.pos === 'ADP' && w.key !== 'OF' && w.key !== 'THAT') || DAYS.has(w.key) || /^(EARLIER|LATER|LAST|THIS|RECENTLY|REPEATEDLY|AGAIN)$/.test(w.key));
}

const SUBORDINATORS = attributionWords('subordinators');

/** The sentence opens with a subordinate clause ("While ...", "But as ...") holding the word at `at`: no comma yet. */
function openingSubordinate(words: Word[], at: number): boolean {
  let k = 0;
  if (words[k]?.pos === 'CCONJ' || words[k]?.key === 'EVEN') k++;
  // "Asked if he thought ..., Devine said": a participle opens the clause too (the frame's own verb at `at` aside).
  const participle = words[k]?.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && k < at;
  if ((!SUBORDINATORS.has(words[k]?.key ?? '') && !participle) || k >= at) return false;
  return !words.slice(k + 1, at + 1).some((w) => /[,;:]/.test(w.punctBefore) || hasQuote(w.punctBefore));
}

/** A quoted title or name inside the clause ("told ABC's “Good Morning America” on Monday ..."): no punctuation closes it and words go on. */
function quotedName(text: string, q: Span): boolean {
  return !/[,.!?:;]\s*(?:["\u201d]|'')$/.test(text.slice(q.start, q.end)) && /^\s*[\w\u2018\u2019']/.test(text.slice(q.end, q.end + 3));
}

/**
 * The text between a quotation's frame and the next quotation holds nothing else: it ends with punctuation
 * ("he said, “B”", "he said. “B”"; not "mouthing “thank you”", an embedded quote) and no sentence begins in it
 * ("Ms. Khan wrote. She continued: “...”" is another frame).
 */
function frameOnlyBetween(gap: string): boolean {
  const g = gap.trim();
  if (g !== '' && !/[,.:;\u2014\u2013-]$/.test(g)) return false;
  if (/(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]))[.!?]\s+\S/.test(g)) return false;
  return true;
}

/** The first word of the verb group ending in word `i`: its auxiliaries and adverbs ("has also said"). */
function cueStartOf(words: Word[], i: number): number {
  let k = i;
  while (k > 0 && !words[k]!.punctBefore && (words[k - 1]!.pos === 'AUX' || words[k - 1]!.pos === 'PART' || words[k - 1]!.pos === 'ADV')) k--;
  return k;
}

/**
 * The subject of the clause that word `end` ends, when a verb follows it: "Smith" in "On Tuesday, Smith
 * endorsed her, citing ...", the whole appositive phrase in "Jane Doe, a lawyer, filed the suit, saying ...".
 */
function clauseSubject(text: string, words: Word[], end: number): Span | null {
  const subject = clauseSubjectWords(text, words, end);
  return subject && { start: words[subject.start]!.start, end: subject.sourceEnd ?? words[subject.end - 1]!.end };
}

/** clauseSubject's words (end exclusive) and, for an appositive phrase, where its closing comma ends. */
function clauseSubjectWords(text: string, words: Word[], end: number): { start: number; end: number; sourceEnd?: number } | null {
  const start = clauseStart(words, end);
  const subject = start === null ? null : phraseAfter(words, start, end);
  if (!subject || start === null) return null;
  const verbAt = (k: number) => {
    while (k < end && words[k]!.pos === 'ADV' && !words[k]!.punctBefore) k++;
    return words[k] !== undefined && (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX');
  };
  if (!words[subject.end]?.punctBefore && verbAt(subject.end)) return subject;
  if (!words[subject.end]?.punctBefore.includes(',')) return null;
  // "Jane Doe, a lawyer, filed ...": the appositives up to the comma the verb follows, that comma included.
  for (let k = subject.end + 1; k < end; k++) {
    if (!words[k]!.punctBefore.includes(',')) continue;
    if (verbAt(k) && appositive(words, start, k)) return { start, end: k, sourceEnd: text.lastIndexOf(',', words[k]!.start) + 1 };
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
function asideAt(words: Word[], start: number, end: number): number | null {
  for (let k = start + 1; k < end; k++) {
    if (!words[k]!.punctBefore.includes(',')) continue;
    const w = words[k]!;
    let next = k + 1;
    while (next < end && !words[next]!.punctBefore.includes(',')) next++;
    const adverb = w.pos === 'ADV' && next - k <= 2;
    const participle = w.pos === 'VERB' && /(ING|ED)$/.test(w.key);
    const preposition = (w.pos === 'ADP' || w.pos === 'SCONJ') && !/^(OF|FROM|LIKE)$/.test(w.key);
    if (adverb || participle || preposition || (w.key === 'OF' && words[k + 1]?.key === 'COURSE')) return k;
  }
  return null;
}

/**
 * Where a source named after its cue ends ("said a longtime adviser to both candidates", "wrote a reader who
 * runs a blog"), its noun phrase ending at `end`: on through prepositional phrases, a capitalised word the
 * tagger read as a verb, and a relative clause with no comma before it (to the next punctuation).
 */
function sourceAfterCue(words: Word[], end: number): number {
  // (phraseAfter takes a relative pronoun for a noun phrase's word: "the man who".)
  if (end > 1 && /^(WHO|THAT)$/.test(words[end - 1]!.key)) end--;
  while (end < words.length && !words[end]!.punctBefore) {
    const w = words[end]!;
    if (AFTER_CUE_PREPOSITIONS.has(w.key)) {
      const phrase = phraseAfter(words, end + 1, words.length);
      if (!phrase || words[end + 1]!.punctBefore) break;
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
function nameAt(words: Word[], start: number): { start: number; end: number } | null {
  let end = start;
  while (end < words.length && /^[A-Z][a-z]/.test(words[end]!.raw) && (end === start || !words[end]!.punctBefore)) end++;
  return end > start + 1 || (end > start && words[start]!.pos !== 'VERB' && words[start]!.pos !== 'AUX' && words[start]!.pos !== 'ADP') ? { start, end } : null;
}

/**
 * The start of the noun phrases set off by commas that end at word `end` ("..., a spokeswoman, Anna White,"):
 * short segments with no verb, walking back to a segment that has one (the content); null for none, or for a
 * single segment (a lone noun phrase after a comma is as often the content's own).
 */
function appositiveSegmentsBefore(words: Word[], end: number): number | null {
  let start: number | null = null;
  let segments = 0;
  let k = end - 1;
  while (k > 0) {
    let first = k;
    while (first > 0 && !/[,;:]/.test(words[first]!.punctBefore) && !hasQuote(words[first]!.punctBefore)) first--;
    if (!words[first]!.punctBefore.includes(',') || first === 0) break;
    const segment = words.slice(first, k + 1);
    if (segment.length > 6 || !NP_POS.has(segment[0]!.pos) || segment.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) break;
    start = first;
    segments++;
    k = first - 1;
  }
  return start !== null && segments >= 2 ? start : null;
}

/** Where the clause holding word `end` starts: past an opening adverbial ("In August, ", "But when ..., "). */
function clauseStart(words: Word[], end: number): number | null {
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
    if (c === k || c >= end || !words[c]!.punctBefore.includes(',') || !words.slice(k, c).some((w) => TIME_NOUNS.has(w.key))) break;
    k = c;
  }
  // "But Megan Hester, ...", "Even China, ...": a conjunction or adverb alone opens the clause.
  while (k < end && /^(ADV|CCONJ)$/.test(words[k]!.pos) && NP_POS.has(words[k + 1]?.pos ?? '') && !words[k + 1]!.punctBefore) k++;
  while (k < end && (/^(ADP|SCONJ|ADV|CCONJ)$/.test(words[k]!.pos) || (k === 0 && words[k]!.pos === 'VERB' && /(ED|ING)$/.test(words[k]!.key) && !capitalisedName(words, k)))) {
    let c = k + 1;
    while (c < end && !words[c]!.punctBefore.includes(',')) c++;
    if (c >= end) return null;
    k = c;
  }
  return k < end ? k : null;
}

/** "Jane Doe, a spokeswoman for the agency, who ...,": a noun phrase with appositives; verbs only in a relative clause. */
function appositive(words: Word[], start: number, end: number, needsComma = true): boolean {
  if (!NP_POS.has(words[start]!.pos) || (needsComma && !words.slice(start + 1, end).some((w) => w.punctBefore.includes(',')))) return false;
  let relativeClause = false;
  let afterComma = false;
  for (let k = start; k < end; k++) {
    const w = words[k]!;
    if (k > start && w.punctBefore.includes(',')) afterComma = true;
    if (w.key === 'WHO' || w.key === 'WHICH' || w.key === 'WHOSE' || (!needsComma && w.key === 'THAT' && k > start)) relativeClause = true;
    // A verb before the first comma makes a clause ("Carter stopped the practice, ..."); after it, in a title
    // ("senior associate for education organizing"), it is most often the tagger's reading of a noun.
    if (!relativeClause && (w.pos === 'AUX' || (w.pos === 'VERB' && !afterComma))) return false;
    if (k > start && (/[;:]/.test(w.punctBefore) || hasQuote(w.punctBefore))) return false;
  }
  return true;
}

/**
 * Where the content of a cue ends: the sentence's end, or where a new clause of the framing sentence begins —
 * a semicolon, a dash, ", and <clause>" / ", but <clause>". Inside a quotation nothing ends it. (A bare
 * "and <verb>" is too often the content's own coordination to end it.)
 */
function clauseEndAfter(_text: string, words: Word[], from: number, sentence: Span, inQuote?: (at: number) => unknown): number {
  for (let k = from + 1; k < words.length; k++) {
    const w = words[k]!;
    const p = w.punctBefore;
    if (inQuote && inQuote(w.start)) continue;
    if (p.includes(';') || /[\u2014\u2015]|--/.test(p)) return words[k - 1]!.end;
    // ", implicitly putting ...", ", although ...": a participle or a concessive clause of the frame.
    if (p.includes(',') && ((w.pos === 'VERB' && /ING$/.test(w.key) && !LISTING_PARTICIPLES.has(w.key)) || (w.pos === 'ADV' && words[k + 1]?.pos === 'VERB' && /ING$/.test(words[k + 1]!.key) && !words[k + 1]!.punctBefore) || CONCESSIVE.has(w.key))) return words[k - 1]!.end;
    // ", which hasn't held the majority since 2010": a relative clause on the content's last noun is the writer's.
    if (p.includes(',') && w.key === 'WHICH') return words[k - 1]!.end;
    // (", and that ...": a second complement of the same cue goes on.)
    if ((w.key === 'AND' || w.key === 'BUT') && p.includes(',') && !/^(THAT|WHETHER|IF)$/.test(words[k + 1]?.key ?? '')) {
      // a clause: a subject then its verb within a few words, before any comma
      for (let j = k + 1; j < Math.min(words.length, k + 6) && !words[j]!.punctBefore; j++) if (verbal(words[j]) && j > k + 1) return words[k - 1]!.end;
    }
  }
  return sentence.end;
}
