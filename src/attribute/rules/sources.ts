import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';
import { hasQuote } from './quotations.js';
import { attributionWords } from '../lexicon.js';
import { NP_POS, QUANTIFIERS, clauseSubject, cueStartOf, dashBefore, phraseBefore, spanWords } from '../phrases.js';
import { DAYS, DURATION_NOUNS, MONTHS, TIME_NOUNS, TIME_PREPOSITIONS, situatingAdjunctEnd } from '../clauses.js';
import type { Word } from '../../code/words.js';

const PARTICIPLE_SUBORDINATORS = attributionWords('participle-subordinators');
const COMPARATIVES = attributionWords('comparatives');
const RELATIVE_PRONOUNS = attributionWords('relative-pronouns');
const RELATIVE_SUBJECTS = attributionWords('relative-subjects');
const SPEAKING_VERBS = attributionWords('speaking-verbs');
const NO_ONE_SUBJECTS = attributionWords('no-one-subjects');
const BARE_ARTICLES = attributionWords('bare-articles');
const NOT_SOURCES = attributionWords('not-sources');
const TIME_SOURCE_WORDS = attributionWords('time-source-words');
const ANONYMITY_WORDS = attributionWords('anonymity-words');
const SOURCE_PREPOSITIONS = attributionWords('source-prepositions');
const LISTING_PARTICIPLES = attributionWords('listing-participles');
const OBJECT_GAP_SUBJECTS = attributionWords('object-gap-subjects');
const RELATIVE_HEAD_NOUNS = attributionWords('relative-head-nouns');

// A frame's source completed from around it: a relative pronoun's antecedent, a participle's subject, the
// words of a quantity before the noun phrase, a closing parenthesis or party label after it.

/**
 * "the United States, which threatened ...": the source as written is the relative pronoun, which refers to
 * the phrase before it (as attribution corpora span it). "“...,” said Murphy, adding that ...": a
 * participle's subject is the previous frame's source; so is one after "before", "after", "while", "by" or a
 * comma and an adverb ("..., even suggesting"), or a bare participle ("He sent a memo to the paper explaining
 * ..."); else the clause's subject. (The frame of the main clause, not one nested in its content: "Carson said
 * he plans X, insisting".)
 */
export function frameSource(ctx: SentenceContext, attribution: RawAttribution, i: number, prepositional: boolean): void {
  const { words, found, from, index } = ctx;
  const w = words[i]!;
  const at = relativeBefore(words, cueStartOf(words, i));
  const pronoun = at === null ? undefined : words[at]!;
  const written = attribution.source;
  if (pronoun && written && written.end <= pronoun.start) {
    attribution.refersTo = written;
    attribution.source = { start: pronoun.start, end: pronoun.end };
  } else if (pronoun && written && written.start < pronoun.start && written.end >= pronoun.end && written.end <= w.start && at! > 0) {
    // ("Jo Lee, who, on a call Friday, said": the phrase ran on over the pronoun to the aside's comma.)
    attribution.refersTo = { start: written.start, end: words[at! - 1]!.end };
    attribution.source = { start: pronoun.start, end: pronoun.end };
  } else if (pronoun && written && written.start >= pronoun.end && written.end <= w.start) {
    // ("who in the past has voiced": the phrase taken for the subject was the adverbial's.)
    const antecedent = phraseBefore(words, at!, 0, true);
    if (antecedent) attribution.refersTo = { start: words[antecedent.start]!.start, end: words[antecedent.end - 1]!.end };
    attribution.source = { start: pronoun.start, end: pronoun.end };
  }
  // ("Weaver, who came out and endorsed": a relative pronoun taken for a coordinated verb's subject refers back too.)
  const alone = written && !attribution.refersTo ? words.findIndex((x) => x.start === written.start && x.end === written.end) : -1;
  if (!pronoun && alone > 0 && RELATIVE_SUBJECTS.has(words[alone]!.key)) {
    const antecedent = phraseBefore(words, alone, 0, true);
    if (antecedent) attribution.refersTo = { start: words[antecedent.start]!.start, end: words[antecedent.end - 1]!.end };
  }
  const here = found.slice(from);
  const outer = (a: RawAttribution) => !here.some((b) => b !== a && b.content.some((c) => c.start <= a.cue.start && a.cue.start < c.end));
  const previous = here.reverse().find(outer) ?? found[from - 1];
  const group = cueStartOf(words, i);
  const participle =
    !attribution.citedBy && !prepositional && /ING$/.test(w.key) && (words[group]!.punctBefore.includes(',') || PARTICIPLE_SUBORDINATORS.has(words[group - 1]?.key ?? '') || (group === i && group > 0 && words[group - 1]!.pos !== 'AUX'));
  // "..., with critics saying ...": after "with" the noun phrase right before the participle is its subject.
  const own = attribution.source;
  const subjectAt = own ? words.findIndex((x) => x.start === own.start) : -1;
  if (participle && own && subjectAt > 0 && words[subjectAt - 1]!.key === 'WITH' && !words[subjectAt]!.punctBefore && !w.punctBefore && /^\s*$/.test(ctx.text.slice(own.end, w.start))) return;
  // (Not a nominal frame's possessive: "She escalated her criticism, telling ...".)
  const verbalFrame = (a: RawAttribution) => words.some((x) => x.start >= a.cue.start && x.end <= a.cue.end && x.pos === 'VERB');
  if (participle && previous?.sentence === index && previous.source && previous.cue.end < w.start && verbalFrame(previous)) attribution.source = previous.source;
  else if (participle) {
    const subject = clauseSubject(ctx.text, words, group, words[group]!.punctBefore.includes(','));
    if (subject) attribution.source = subject;
  }
}

/**
 * The relative pronoun ("who", "which") subject of the verb group starting at word `group`: right before it, or
 * before an adverbial with no verb ("who on Tuesday endorsed", "which through the 1990s supported", "who in the
 * past has voiced") or an aside set off by commas ("who, after a long meeting, said"). Its index, or null.
 */
function relativeBefore(words: Word[], group: number): number | null {
  const isRelative = (k: number) => k >= 0 && (words[k]!.key === 'WHICH' || words[k]!.key === 'WHO');
  if (isRelative(group - 1)) return group - 1;
  for (let p = group - 2; p >= 0 && p >= group - 10; p--) {
    if (!isRelative(p)) continue;
    const between = words.slice(p + 1, group);
    const aside = words[p + 1]!.punctBefore.trim() === ',' && words[group]!.punctBefore.trim() === ',' && !between.slice(1).some((x) => x.punctBefore.trim());
    const adverbial =
      !words[group]!.punctBefore.trim() &&
      !between.some((x) => x.punctBefore.trim() || x.pos === 'VERB' || x.pos === 'AUX') &&
      (situatingAdjunctEnd(words, p + 1) === group || words[p + 1]!.pos === 'ADP');
    // (Not the object of a preposition: "at which all the guests expressed".)
    return (aside || adverbial) && words[p - 1]?.pos !== 'ADP' ? p : null;
  }
  return null;
}

/** "About half of voters say ...", "at least 40 percent", "four out of 10 voters": the quantity's words before the noun phrase. */
function quantityStart(words: Word[], k: number): number {
  for (;;) {
    const prev = words[k - 1];
    if (!prev || words[k]!.punctBefore.trim()) break;
    if (QUANTIFIERS.has(prev.key)) k--;
    // ("more than half", "more than 40 percent"; not a comparison with a phrase: "$130 billion more than the budget office had projected")
    else if ((prev.key === 'LEAST' && words[k - 2]?.key === 'AT') || (prev.key === 'THAN' && COMPARATIVES.has(words[k - 2]?.key ?? '') && !/^(DET|PRON|PROPN)$/.test(words[k]!.pos))) k -= 2;
    else if (prev.key === 'OF' && words[k - 2]?.key === 'OUT' && words[k - 3]?.pos === 'NUM' && !words[k - 2]!.punctBefore.trim()) k -= 3;
    else break;
    if (k <= 0) break;
  }
  return k;
}

/**
 * The first word of a source before its cue, from word `k`, past the prepositions or subordinators that open it
 * ("as Jo Lee put it", "including the mayor's remark", and a compound one, "in the wake of a poll showing"); not
 * those annotated as the source's ("by", "among"). `k` when none opens it.
 */
function pastOpeningPreposition(words: Word[], k: number, end: number): number {
  let j = k;
  const opener = (w: Word) => ((w.pos === 'ADP' || w.pos === 'SCONJ') && !SOURCE_PREPOSITIONS.has(w.key)) || LISTING_PARTICIPLES.has(w.key);
  while (j + 1 < words.length && words[j + 1]!.end <= end && opener(words[j]!) && !words[j + 1]!.punctBefore.trim()) j++;
  if (j > k && words[j]!.pos === 'DET' && words[j + 1]?.pos === 'NOUN' && words[j + 2]?.key === 'OF' && (words[j + 3]?.end ?? Infinity) <= end && !words.slice(j + 1, j + 4).some((w) => w.punctBefore.trim())) j += 3;
  return j;
}

/** The sentence's sources with a quantity before them, a parenthesis, party label or per cent sign after them; none for "there". */
export function completeSources(ctx: SentenceContext): void {
  const { text, words, index } = ctx;
  for (const a of ctx.found.slice(ctx.from)) {
    if (a.sentence !== index || !a.source) continue;
    const k = words.findIndex((w) => w.start === a.source!.start);
    // "There's reason to believe ...", "there suggesting ...": an existential subject names no one.
    if (k >= 0 && words[k]!.end === a.source.end && NO_ONE_SUBJECTS.has(words[k]!.key)) {
      a.source = null;
      continue;
    }
    // "the most loathed man", "An earlier report in the paper said": an article alone is no noun phrase, so no
    // source; the cue right after it is a word of the phrase it opens (an adjective, a noun), no frame at all.
    if (k >= 0 && words[k]!.end === a.source.end && BARE_ARTICLES.has(words[k]!.key)) {
      a.source = null;
      if (words[k + 1]?.start === a.cue.start && !words[k + 1]!.punctBefore.trim()) ctx.found.splice(ctx.found.indexOf(a), 1);
      continue;
    }
    // "Or, as Jo Lee put it", "in the wake of a new poll showing": the preposition before the subject is not the source's.
    if (k >= 0 && a.source.end <= a.cue.start) {
      const start = pastOpeningPreposition(words, k, a.source.end);
      if (start > k) a.source = { start: words[start]!.start, end: a.source.end };
    }
    if (k > 0 && words[k]!.start === a.source.start) {
      const start = quantityStart(words, k);
      if (start < k && start >= 0) a.source = { start: words[start]!.start, end: a.source.end };
    }
    // "This year Jo Lee spoke", "Last week most voters said": a time opening the clause with no comma is not the source's.
    // "On Tuesday Foreign Minister Jo Lee told ...": so is the rest of a time phrase opening the clause whose
    // preposition the source stopped at (the day is the preposition's object; after one no month is a given name).
    // (Only opening the clause: "the report on Tuesday of local pilots" runs on.)
    const opensClause = (j: number) => j === 0 || words[j]!.punctBefore.trim() !== '' || words[j - 1]!.pos === 'CCONJ';
    const timeOpener = k > 0 && a.source.end <= a.cue.start && !words[k]!.punctBefore.trim() && TIME_PREPOSITIONS.has(words[k - 1]!.key) && opensClause(k - 1);
    if (k >= 0 && a.source.end <= a.cue.start && (timeOpener || opensClause(k))) {
      const after = Math.max(k, situatingAdjunctEnd(words, timeOpener ? k - 1 : k));
      // (Not a month that is a given name: "April Mellody, a spokeswoman, said".)
      const name = !timeOpener && after > k && MONTHS.has(words[after - 1]!.key) && words[after]?.pos === 'PROPN';
      if (after > k && words[after] && words[after]!.end <= a.source.end && !words[after]!.punctBefore.trim() && !name) a.source = { start: words[after]!.start, end: a.source.end };
    }
    if (k >= 0 && a.source.end <= a.cue.start) dashedSource(ctx, a, words.findIndex((w) => w.start === a.source!.start));
    if (k >= 0 && a.source.end <= a.cue.start) objectRelativeSubject(words, a);
    // "Rep. Jason Chaffetz (R-Utah)": a source holding an opening parenthesis takes its closing one.
    const inside = text.slice(a.source.start, a.source.end);
    const close = /^\.?\)/.exec(text.slice(a.source.end, a.source.end + 2));
    if (close && inside.lastIndexOf('(') > inside.lastIndexOf(')')) a.source = { start: a.source.start, end: a.source.end + close[0].length };
    // "said Rep. Bobby Scott (D-Va.)": a party label right after a name.
    const party = /^ \([A-Z][\w.]*-[A-Z][\w. ]{0,15}\)/.exec(text.slice(a.source.end, a.source.end + 24));
    if (party && !close) a.source = { start: a.source.start, end: a.source.end + party[0].length };
    // "42% say": a per cent sign after the number is the source's.
    if (text[a.source.end] === '%' && /\d$/.test(text.slice(a.source.start, a.source.end))) a.source = { start: a.source.start, end: a.source.end + 1 };
  }
}

/**
 * "the harbour which the mayor wants to close", "the dam that Lee Marine built", "the question nobody asked": a source
 * before its cue that runs on from a noun over a relative pronoun (or none) to the subject of the relative clause the
 * cue is the verb of: that subject alone is the source.
 */
function objectRelativeSubject(words: Word[], a: RawAttribution): void {
  const source = a.source!;
  const first = words.findIndex((w) => w.start === source.start);
  const last = words.findLastIndex((w) => w.end === source.end);
  if (first < 0 || last <= first) return;
  // (The subject of the cue's own verb group: nothing but auxiliaries and adverbs between them.)
  if (words.some((w) => w.start >= source.end && w.end <= a.cue.start && !/^(AUX|ADV|PART)$/.test(w.pos))) return;
  // ("the question nobody asked": a subject pronoun right after the noun.)
  if (OBJECT_GAP_SUBJECTS.has(words[last]!.key) && words[last - 1]!.pos === 'NOUN' && !words[last]!.punctBefore) {
    a.source = { start: words[last]!.start, end: source.end };
    return;
  }
  // ("a point Jo Lee also made", "the reason Mayor Lee is seeking": a name right after a noun the phrase opened with an
  // indefinite article or a light noun, "ones", "reason", opens the relative clause.)
  const name = nameAfterHeadNoun(words, first, last);
  if (name !== null) {
    a.source = { start: words[name]!.start, end: source.end };
    return;
  }
  for (let r = last - 1; r >= first; r--) {
    const w = words[r]!;
    const relative = w.key === 'WHICH' || w.key === 'WHOM' || (w.key === 'THAT' && r > first && /^(NOUN|PROPN)$/.test(words[r - 1]!.pos));
    if (!relative || w.punctBefore.trim()) continue;
    const subject = words.slice(r + 1, last + 1);
    // (Not a demonstrative "that" before a common noun: "an officer at Benghazi that evening said".)
    const demonstrative = w.key === 'THAT' && subject[0]!.pos === 'NOUN';
    const phrase = !demonstrative && subject.every((x) => (NP_POS.has(x.pos) || x.possessive) && !x.punctBefore.trim()) && subject.some((x) => /^(NOUN|PROPN|PRON)$/.test(x.pos));
    if (phrase) a.source = { start: subject[0]!.start, end: source.end };
    return;
  }
}

/**
 * In a phrase of words first..last (inclusive), "a/an <adjectives and nouns> <lower-case noun> <name>" or "the <light
 * noun> <name>" with no punctuation: the index of the name's first word (capitalised, a proper noun), or null.
 */
function nameAfterHeadNoun(words: Word[], first: number, last: number): number | null {
  let n = first + 1;
  const opener = words[first]!.key;
  if (opener === 'THE') {
    if (!RELATIVE_HEAD_NOUNS.has(words[n]?.key ?? '')) return null;
    n++;
  } else if (opener === 'A' || opener === 'AN') {
    while (n < last && /^(ADJ|NOUN)$/.test(words[n]!.pos) && !words[n]!.possessive && !words[n]!.punctBefore.trim()) n++;
    // (a noun, not a participle the tagger read as one: "A flabbergasted Lee quipped")
    if (n === first + 1 || words[n - 1]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(words[n - 1]!.raw) || /(ED|ING)$/.test(words[n - 1]!.key)) return null;
  } else return null;
  const name = words.slice(n, last + 1);
  // (a word of a name, not an acronym closing a compound: "a super PAC backing")
  if (name.length === 0 || name[0]!.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(name[0]!.raw)) return null;
  // (the name's words, or a name's possessive and its noun: "Lee's campaign")
  const ok = name.every((x, k) => !x.punctBefore.trim() && (x.pos === 'PROPN' || (k > 0 && x.pos === 'NOUN' && name[k - 1]!.possessive)));
  return ok ? n : null;
}

/**
 * "Jo Lee — a pilot from Dover — says", "Harbour officials — and, in particular, the mayor — said": an aside set off by
 * dashes right before the cue is the source's with its closing dash, and the noun phrase before the opening dash is
 * too when the rules took the aside alone (it opening its clause).
 */
function dashedSource(ctx: SentenceContext, a: RawAttribution, k: number): void {
  const { text, words } = ctx;
  const source = a.source!;
  const closing = /^\s*(?:[\u2013\u2014\u2015]|--?)/.exec(text.slice(source.end, a.cue.start));
  if (!closing || text.slice(source.end + closing[0].length, a.cue.start).trim()) return;
  const end = source.end + closing[0].length;
  const inside = words.findIndex((w, j) => j > k && w.start < source.end && dashBefore(words, j));
  if (inside >= 0) {
    a.source = { start: source.start, end };
    return;
  }
  // (the opening dash may come a few words before the source: "— and, in particular, the mayor —")
  let open = k;
  while (open > 0 && open > k - 5 && !dashBefore(words, open) && !/[;:]/.test(words[open]!.punctBefore) && !hasQuote(words[open]!.punctBefore)) open--;
  if (open < 1 || !dashBefore(words, open)) return;
  const before = phraseBefore(words, open, 0);
  const s = before?.start;
  if (s === undefined || before!.end !== open) return;
  const opens = s === 0 || words[s]!.punctBefore.trim() !== '' || /^(CCONJ|SCONJ)$/.test(words[s - 1]!.pos);
  if (opens) a.source = { start: words[s]!.start, end };
}

/**
 * "Barkley, who said he votes Democratic, said ...": a relative clause set off by commas inside a source that is
 * itself a frame (its cue found, the relative pronoun its source) is a saying of its own, not part of who says
 * the outer content: the source ends before its comma.
 */
export function leaveOutFramedRelatives(ctx: SentenceContext): void {
  const { text, words, index } = ctx;
  const here = sentenceAttributions(ctx);
  for (const a of here) {
    const source = a.source;
    if (!source) continue;
    const inner = here.find((b) => b !== a && b.source && b.source.start > source.start && b.cue.start >= b.source.end && b.cue.end <= source.end);
    if (!inner) continue;
    // (A source named after its cue keeps a relative clause of another kind than speaking: "..., said Jo Lee, a
    // pollster, who backs Smith", but not "..., said Jo Lee, who added that ...".)
    const cueWords = spanWords(text, inner.cue);
    if (source.start >= a.cue.end && !SPEAKING_VERBS.has(cueWords[cueWords.length - 1] ?? '')) continue;
    const k = words.findIndex((w) => w.start === inner.source!.start);
    if (k < 1 || !RELATIVE_PRONOUNS.has(words[k]!.key) || !words[k]!.punctBefore.includes(',')) continue;
    const end = words[k - 1]!.end;
    if (end > source.start && text.slice(source.start, end).trim()) a.source = { start: source.start, end };
  }
}

/**
 * "criticizing - and even threatening to sue", "Let's see", "the only time Clinton came up was when X ..., referred
 * to": a source some rule took that is one word of those that never name anyone alone (an article, a conjunction,
 * "let") is none, and so is a phrase naming only a time ("that morning"). (Over the document, after every rule: later rules set sources too.)
 */
export function leaveOutWordSources(text: string, found: RawAttribution[]): void {
  for (const a of found) {
    const source = a.source && text.slice(a.source.start, a.source.end).toUpperCase();
    if (source && (NOT_SOURCES.has(source) || onlyTime(source))) a.source = null;
  }
}

/** "that morning", "the past week", "Saturday afternoon", "June 1": a phrase naming only a time says nothing (a rule read it for the subject). */
function onlyTime(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length === 2 && /^\d{1,2}$/.test(last) && MONTHS.has(words[0]!.replace(/\.$/, ''))) return true;
  // (A lone word only when a day's: "Time", "Day" may name a magazine or a person.)
  if (words.length === 1) return DAYS.has(last);
  if (!TIME_NOUNS.has(last) && !DURATION_NOUNS.has(last)) return false;
  return words.slice(0, -1).every((w) => TIME_SOURCE_WORDS.has(w) || DAYS.has(w));
}

/**
 * "said one Republican involved in the planning, who spoke on the condition of anonymity", "A senior official, who
 * requested anonymity to discuss the talks, said": a relative clause in a source that only says why the source is
 * not named is no part of it; the source ends before the clause (and its comma).
 */
export function leaveOutAnonymityRelatives(text: string, found: RawAttribution[]): void {
  for (const a of found) {
    const s = a.source;
    if (!s) continue;
    const m = /,?\s+(?:who|that)\s/.exec(text.slice(s.start, s.end));
    if (!m || m.index === 0) continue;
    const clause = text.slice(s.start + m.index + m[0].length, s.end).toUpperCase().split(/[^A-Z]+/);
    if (clause.some((w) => ANONYMITY_WORDS.has(w))) a.source = { start: s.start, end: s.start + m.index };
  }
}

/**
 * "Mrs. Clinton -- whose husband signed the act --", "Sanders - who": a relative clause set off by a dash inside a
 * source is no part of it (the source ends before the dash); a relative pronoun closing the source after its dash is
 * the source as written.
 */
export function leaveOutDashedRelatives(text: string, found: RawAttribution[]): void {
  for (const a of found) {
    const s = a.source;
    if (!s) continue;
    const m = /\s*(?:[\u2013\u2014\u2015]|--?)\s*(?:who|whose|which)\b/.exec(text.slice(s.start, s.end));
    if (!m || m.index === 0) continue;
    const pronoun = /(?:who|whose|which)$/.exec(text.slice(s.start, s.start + m.index + m[0].length));
    if (s.start + m.index + m[0].length === s.end && pronoun) a.source = { start: s.end - pronoun[0].length, end: s.end };
    else a.source = { start: s.start, end: s.start + m.index };
  }
}
