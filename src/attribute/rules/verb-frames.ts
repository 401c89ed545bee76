import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords, type Cue } from '../lexicon.js';
import { BE_FORMS, CONTENT_PREPOSITIONS, DAYS, MONTHS, SUBORDINATORS, TIME_NOUNS, WH_WORDS, clauseEndAfter, isSituating, resultDetail, openingSubordinate, situatingAdjunctEnd, trimContent, verblessTail, adjectiveComma, infinitiveEnd, LISTING_PARTICIPLES } from '../clauses.js';
import { NOT_OBJECT, NP_POS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, asideAt, clauseSubjectWords, phraseAfter, verbal, wordSpan } from '../phrases.js';
import { ARTICLES, matchCue, participleAfterDeterminer } from './cues.js';
import { hasQuote, inQuoteAt, quotationGoesOn, quoteMarkBefore, quotedName } from './quotations.js';
import { type RawAttribution } from './types.js';
import { EXPERIENCER_PARTICIPLES, frontedObjectAs, passiveFrame, readFrame, type Frame } from './frame-subjects.js';
import { invertedFrame, openingSayingFrame, quotationBeforeFrame, subjectWithAppositive } from './inverted-frames.js';
import { EXPLETIVES } from './evidentials.js';
import type { SubjectFinder } from '../tree-subjects.js';
import { voicedStanceEnd } from './cue-extents.js';
import { frameTailStart, partyLabelAt, situatingTailStart } from './content-tails.js';

const ASKED_OPENERS = attributionWords('asked-openers');
const CITING_VERBS = attributionWords('citing-verbs');
const AS_PHRASES = attributionWords('as-phrases');
const NAMED_PRONOUNS = attributionWords('named-pronouns');
const SAYING_VERBS = attributionWords('saying-verbs');
const LINKING_ADVERBS = attributionWords('linking-adverbs');
const LIST_CONJUNCTIONS = attributionWords('list-conjunctions');
const PREDICATE_CONJUNCTIONS = attributionWords('predicate-conjunctions');
const INITIAL_ASKED_OPENERS = attributionWords('initial-asked-openers');
const QUESTION_CONJUNCTIONS = attributionWords('question-conjunctions');
const RESULT_VERBS = attributionWords('result-verbs');

// Verb frames: a cue verb with its subject (the source), its cue span (auxiliaries, adverbs, a preposition) and
// its content (a clause, an object, a quotation), canonical ("X said Y"), inverted ("Y, X said") or passive.

/**
 * A verb cue, read first with an opening phrase that only situates it ("In April, a poll found ...") left out
 * of the content; when that reading finds nothing, the opening phrase is taken as an inverted content as before.
 */
export function verbCueOrOpener(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, cue: Cue, index: number, quotes: Span[], subjectOf?: SubjectFinder): RawAttribution | null {
  const skipped = { opener: false };
  const found = verbCue(text, sentence, words, i, cueEnd, cue, index, quotes, skipped, subjectOf);
  return found ?? (skipped.opener ? verbCue(text, sentence, words, i, cueEnd, cue, index, quotes, undefined, subjectOf) : null);
}

export function verbCue(
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
  /** The tree's subject of the verb at a word, for a coordinated verb whose subject the word rules miss. */
  subjectOf?: SubjectFinder,
): RawAttribution | null {
  const f = coordinatedSubject(listedPredicate(appositiveSubject(readFrame(text, sentence, words, i, cueEnd, cue, index, quotes))), subjectOf);
  // "was scheduled to speak", "is not authorized to say": a WordNet verb in the passive is no cue.
  if (cue.generated && words.slice(f.cueStart, i).some((w) => BE_FORMS.has(w.key))) return null;
  const opening = openingSayingFrame(f);
  if (opening) return opening;
  const passive = passiveFrame(f);
  if (passive) return passive;
  const quoted = quotationBeforeFrame(f);
  if (quoted) return quoted;
  const inverted = invertedFrame(f, skipOpener);
  if (inverted !== undefined) return inverted;
  return canonicalFrame(f);
}

/**
 * "Grant Young, a strategist, said there are ...", "Several candidates, including X, criticized the trade": the
 * sentence opens with the cue's subject and its appositive (or relative clause), the cue right after their comma.
 * The whole phrase with its closing comma is the source, not an inverted content; an aside situating the saying is
 * not ("Ted Cruz, by contrast, wrote", "Jo Lee, when asked about it, replied": the source ends before its comma).
 */
function appositiveSubject(f: Frame): Frame {
  const { text, words, i, cueStart, quotes } = f;
  if (f.before || f.framed || cueStart !== i || !words[i]!.punctBefore.includes(',') || !subjectWithAppositive(words, i, f.cueEnd, quotes)) return f;
  // ("As John Doe, a senator, put it", "And X, a group, called": the opening conjunction is no part of the source.)
  const start = words[0]!.pos === 'CCONJ' || SUBORDINATORS.has(words[0]!.key) ? 1 : 0;
  // (A quotation closing with the comma closes inside the source: "author of “Salt Roads,” said".)
  const comma = text.lastIndexOf(',', words[i]!.start) + 1;
  const mark = /^(?:["\u201d]|'')/.exec(text.slice(comma, words[i]!.start));
  const aside = asideAt(words, start, i);
  if (aside !== null) return { ...f, before: { start, end: aside }, sourceEnd: null, framed: true, commaBeforeSubject: false };
  return { ...f, before: { start, end: i }, sourceEnd: comma + (mark?.[0].length ?? 0), framed: true, commaBeforeSubject: false };
}

/**
 * "The mayor praised the plan, criticized the governor and promised a vote", "he vowed X, declined to criticize Y,
 * and defended Z": a verb right after a comma, in a list of predicates that "and <verb>" closes, shares the
 * clause's subject; the clause before the comma is neither an appositive source nor an inverted content.
 */
function listedPredicate(f: Frame): Frame {
  const { text, words, i, cueEnd } = f;
  const w = words[i]!;
  if (f.cueStart !== i || w.punctBefore.trim() !== ',' || /ING$/.test(w.key) || SAYING_VERBS.has(w.key) || !words[cueEnd] || words[cueEnd]!.punctBefore) return f;
  if (!predicateListCloses(words, cueEnd)) return f;
  const subject = clauseSubjectWords(text, words, i);
  // (the subject's own verb comes before the comma: "The mayor praised the plan, criticized ...")
  if (!subject || subject.end >= i || !words.slice(subject.end, i).some(verbal)) return f;
  return { ...f, before: { start: subject.start, end: subject.end }, sourceEnd: subject.sourceEnd ?? null, framed: true, commaBeforeSubject: false };
}

/** After word `from`, before any other punctuation than commas, "and" or "or" with a verb closes a list of predicates. */
function predicateListCloses(words: Word[], from: number): boolean {
  for (let k = from + 1; k < words.length; k++) {
    const p = words[k]!.punctBefore;
    if (/[;:()\u2014]/.test(p) || hasQuote(p)) return false;
    if (!LIST_CONJUNCTIONS.has(words[k]!.key)) continue;
    let v = k + 1;
    while (words[v]?.pos === 'ADV' && !words[v]!.punctBefore) v++;
    return verbal(words[v]) && !words[v]!.punctBefore;
  }
  return false;
}

/**
 * "Gov. Rick Scott (R) blasted Congress and said ...", "X declined to name them but said ...": a verb after "and" or
 * "but" whose subject the word rules did not find shares its first conjunct's, read on the tree.
 */
function coordinatedSubject(f: Frame, subjectOf: SubjectFinder | undefined): Frame {
  const joined = f.cueStart > 0 && PREDICATE_CONJUNCTIONS.has(f.words[f.cueStart - 1]!.key);
  if (f.before || !subjectOf || !joined) return f;
  const subject = subjectOf(f.i);
  if (!subject || subject.end >= f.cueStart) return f;
  return { ...f, before: { start: subject.start, end: subject.end }, sourceEnd: subject.sourceEnd, framed: true, commaBeforeSubject: false };
}

/** Canonical: "<source> <cue> [listener] [that] <content>". */
function canonicalFrame(f: Frame): RawAttribution | null {
  const paragraph = paragraphFrame(f);
  if (paragraph) return paragraph;
  if (!f.next || lacksComplement(f)) return null;
  const asked = askedFrame(f);
  if (asked) return asked;
  if (!f.before && !f.complement) return null;
  const at = contentStart(f);
  if (!at) return null;
  return frameContent(f, at);
}

/** "He said:" ending its paragraph, the quotation opening the next one; "<content>, as police have said." */
function paragraphFrame(f: Frame): RawAttribution | undefined {
  const { text, sentence, words, cue, index, quotes, cueSpan, before, sourceEnd, next } = f;
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
  return undefined;
}

/** Whether the cue lacks what it needs after it (a clause, a proposition, a quotation). Sets a colon in the cue. */
function lacksComplement(f: Frame): boolean {
  const { text, words, cueEnd, cue, cueSpan, before, objectPhrase, from, complement } = f;
  const next = f.next!;
  // A verb that is a cue only with a complement also takes an object with a named subject ("called the
  // statement offensive", "described the field as good", "accused X of ..."): the object is the content.
  // "calling it “disqualifying”": "it" is the object when a quotation or an adjective describes it.
  // "Others call it the nerd prom", "call this the expectations game": a pronoun then the noun phrase naming it.
  const after = words[from + 1];
  const describedIt =
    (next.key === 'IT' && after !== undefined && (hasQuote(after.punctBefore) || (after.pos === 'ADJ' && !after.punctBefore))) ||
    (NAMED_PRONOUNS.has(next.key) && after !== undefined && !after.punctBefore && ARTICLES.has(after.key) && NP_POS.has(words[from + 2]?.pos ?? '') && !words[from + 2]!.punctBefore);
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
  if (cue.needsComplement && !complement && !objectNext && !nounClause && !thatSoon && !frontedObjectAs(words, before, from, cueEnd)) return true;
  if (cue.needsClause && !complement) return true;
  const finder = before !== null && words.slice(before.start, before.end).some((w) => FINDERS.has(w.key));
  // "added, on BBC radio: “...”": a quotation or colon after a few words situating the saying
  const quoteSoon = words.slice(from, from + 6).some((w, k) => (k > 0 || from > cueEnd || w.punctBefore.includes(',')) && (w.punctBefore.includes(':') || hasQuote(w.punctBefore)));
  if (cue.needsProposition && !complement && !nounClause && !thatSoon && !quoteSoon && !WH_WORDS.has(next.key) && !(objectNext && (finder || objectWithPredicate(words, from)))) return true;
  if (cue.needsQuotation && !(/:/.test(next.punctBefore) || hasQuote(next.punctBefore))) return true;
  // "Cruz continued: ...": the colon is part of the cue.
  const colon = from === cueEnd && next.punctBefore.includes(':') ? text.indexOf(':', cueSpan.end) : -1;
  if (colon >= 0 && colon < next.start) cueSpan.end = colon + 1;
  return false;
}

/** "Asked about the vote, Smith said ...", "When asked if ...,": a clause-opening participle with no source. */
function askedFrame(f: Frame): RawAttribution | undefined {
  const { words, i, cue, index, cueSpan, before, from } = f;
  const opener = (x: Word) => ASKED_OPENERS.has(x.key);
  // (Also inside the sentence: "Sarandon told MSNBC when asked about ...": the phrase before is not the asker.)
  const inside = i > 1 && f.cueStart >= i - 1 && opener(words[i - 1]!) && !INITIAL_ASKED_OPENERS.has(words[i - 1]!.key) && words[i]!.pos === 'VERB';
  if (((!before && words.slice(0, i).every((x) => opener(x) || x.pos === 'AUX' || x.pos === 'ADV')) || inside) && /ED$/.test(words[i]!.key) && words[i]!.key !== 'SAID') {
    let first = inside ? i - 1 : 0;
    while (first < i && opener(words[first]!)) first++;
    cueSpan.start = words[first]!.start;
    // (inside the sentence, no listener: "when asked which candidate she would back")
    let k = inside ? f.cueEnd : from;
    // "Asked by Stephanopoulos to respond, ...", "Challenged by a host on ...": the agent asks; it is the source.
    const agent = words[k]?.key === 'BY' && !words[k + 1]?.punctBefore.trim() ? phraseAfter(words, k + 1, words.length) : null;
    if (agent) k = agent.end;
    // ("Asked on Monday whether ...", "asked in Iowa recently if ...": the question opens at its own word, past a phrase situating the asking.)
    // (not right after the topic's preposition: "asked about whether ...")
    const question = agent || (words[k]?.pos === 'ADP' && CONTENT_PREPOSITIONS.has(words[k]!.key) && !words[k + 1]?.punctBefore && QUESTION_CONJUNCTIONS.has(words[k + 1]?.key ?? '')) ? null : questionAfter(words, k);
    if (question !== null) k = question;
    else if (words[k]?.pos === 'ADP' && CONTENT_PREPOSITIONS.has(words[k]!.key) && !agent) {
      cueSpan.end = words[k]!.end;
      k++;
    }
    let end = k;
    while (end < words.length && (end === k || !/[,;:]/.test(words[end]!.punctBefore))) end++;
    const source = agent ? wordSpan(words, agent.start, agent.end) : null;
    if (end > k && (end < words.length || inside)) return { source, cue: cueSpan, content: [wordSpan(words, k, end)], kind: cue.kind, sentence: index };
  }
  return undefined;
}

/** A question word ("what", "whether", "if") a few words after word `from`, with no verb or punctuation before it. */
function questionAfter(words: Word[], from: number): number | null {
  for (let q = from + 1; q < Math.min(words.length, from + 6); q++) {
    const w = words[q]!;
    if (w.punctBefore.trim() || w.pos === 'VERB' || w.pos === 'AUX') return null;
    if (WH_WORDS.has(w.key) || QUESTION_CONJUNCTIONS.has(w.key)) return q;
  }
  return null;
}

/** Where the content starts: past what situates the saying, a cited source, a listener; an infinitive cue joins the cue. */
function contentStart(f: Frame): { from: number; start: number; clauseEnd: number } | null {
  const { text, sentence, words, cueEnd, quotes, cueSpan, listenerStart } = f;
  const next = f.next!;
  let from = f.from;
  // The content starts at a quotation or a "that" further on, past what only situates the saying
  // ("said on Friday that ...", "say about the doctor, “...”"): no verb may come in between.
  // "reported, citing lawmaker Muneo Suzuki, that ...": the cited source set off by commas is no content.
  if (CITING_VERBS.has(words[from]?.key ?? '') && words[from]!.punctBefore.includes(',')) {
    let k = from + 1;
    while (k < words.length && !words[k]!.punctBefore.includes(',') && k < from + 12) k++;
    if (k < words.length && words[k]!.punctBefore.includes(',')) from = k;
  }
  // "announced on Monday the lawsuit", "said Tuesday his ...", "told reporters on Twitter that ...": a time or a
  // channel right after the cue situates the saying; it is neither the cue's nor the content's.
  const situated = situatingAdjunctEnd(words, from);
  // (Not a time that is the clause's subject: "said Monday was the deadline", "said January's figures were".)
  if (situated > from && situated < words.length && (words[situated]!.punctBefore === '' || hasQuote(words[situated]!.punctBefore)) && !words[situated - 1]!.possessive && !/^(VERB|AUX)$/.test(words[situated]!.pos)) from = situated;
  // (A finding's result goes on over its details: "the poll found Lind ahead, with 46 percent".)
  const result = RESULT_VERBS.has(words[f.i]!.key) ? (k: number) => resultDetail(words, k) : undefined;
  const clauseEnd = clauseEndAfter(text, words, from, sentence, (at) => inQuoteAt(quotes, at), result);
  let start = from;
  // At most three words situate it ("said in a statement that"); further on, a "that" belongs to the content
  // ("said the protests demands that ...", with the tagger's noun for "demands"), unless what follows the cue
  // opens with a preposition or a time ("said during his victory speech on Tuesday that ...").
  const reach = isSituating(words[from]) ? 16 : 4;
  for (let k = from; k < words.length && words[k]!.start < clauseEnd && k < from + reach; k++) {
    if (k > from && (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX')) break;
    // "knows what he will do": a "wh" word opens the content, before its clause's subject
    if (k === from && (WH_WORDS.has(words[k]!.key) || QUESTION_CONJUNCTIONS.has(words[k]!.key))) break;
    // "asked the candidate if he ...", "asked Obama what he thought": a question after its listener opens the content.
    if (k > from && (QUESTION_CONJUNCTIONS.has(words[k]!.key) || (WH_WORDS.has(words[k]!.key) && /^(PRON|PROPN)$/.test(words[k - 1]!.pos))) && !words[k]!.punctBefore) {
      start = k;
      break;
    }
    // "rejected the notion that ...", "cited polls that show ...": a "that" right after a common noun phrase
    // is the noun's clause; the content starts with the noun phrase.
    if (words[k]!.key === 'THAT' && k > from && nounPhraseBefore(words, from, k)) break;
    // "said the boats she ordered were too small": a subject pronoun right after a noun phrase opened by a determiner
    // or number opens a relative clause with no pronoun on that noun; the content starts with the noun phrase.
    if (k > from && /^(DET|NUM)$/.test(words[from]!.pos) && SUBJECT_PRONOUNS.has(words[k]!.key) && nounPhraseBefore(words, from, k)) break;
    // (A pronoun after a bare comma is the next clause's subject: "While they criticized the plan, he stayed".)
    if ((words[k]!.key === 'THAT' && (words[k]!.pos === 'SCONJ' || (k > from && !/^(VERB|AUX)$/.test(words[k + 1]?.pos ?? 'VERB') && !words[k + 1]!.punctBefore) || complementizer(words, k))) || (k > from && words[k]!.punctBefore.trim() !== ',' && SUBJECT_PRONOUNS.has(words[k]!.key) && /^(VERB|AUX)$/.test(words[k + 1]?.pos ?? ''))) {
      start = k;
      break;
    }
  }
  // "expressed concern that ...", "voiced support for ...": the stance's bare noun (and its preposition) is the cue's.
  const stance = voicedStanceEnd(words, f.i, cueEnd, from, start);
  if (stance !== null) [cueSpan.end, start, from] = [words[stance - 1]!.end, stance, stance];
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
  // (Not one opening a quotation: "said, “As a sailor, I ...”"; nor the "as" of "which he described as ...".)
  const opening = words[start];
  if (start === from && opening && opening.pos === 'ADP' && !hasQuote(opening.punctBefore) && CONTENT_PREPOSITIONS.has(opening.key) && words[start + 1] && !words[start + 1]!.punctBefore && words[start + 1]!.pos !== 'VERB' && !frontedObjectAs(words, f.before, from, cueEnd)) {
    cueSpan.end = opening.end;
    start = from = start + 1;
  }
  if (start >= words.length) return null;
  // "urged the senator to apologize": before an infinitive the listener is its subject, inside the content.
  if (listenerStart !== null && start === from && words[from]!.key === 'TO' && words[from + 1]?.pos === 'VERB' && !words[from]!.punctBefore) start = listenerStart;
  return { from, start, clauseEnd };
}

/** The content from its start: a quotation, an object to its comma, a clause to its end; the source; an opening quotation. */
function frameContent(f: Frame, at: { from: number; start: number; clauseEnd: number }): RawAttribution | null {
  const { text, sentence, words, i, cueEnd, cue, index, quotes, cueSpan, before, sourceEnd, commaBeforeSubject, cueStart } = f;
  const { from, start, clauseEnd } = at;
  const quote = quotes.find((q) => q.start >= words[from - 1]!.end && q.start <= words[start]!.start && q.start < clauseEnd && !words.slice(from, words.findIndex((w) => w.start > q.start)).some((w) => w.pos === 'VERB') && !quotedName(text, q));
  const contentEnd = objectOrClauseEnd(f, from, start, clauseEnd);
  const first = words[start]!;
  const content = quote ?? trimContent(text, { start: first.start - quoteMarkBefore(text, first.start), end: situatingTailStart(words, start, frameTailStart(words, start, contentEnd)) });
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
  }
  // "Within marriages, they said, women now decide", "The plan, he said, “will fail.”": a frame set off by commas
  // after an opening phrase; the phrase belongs to the content.
  // (A quotation goes on from the phrase only when it opens in lower case: "In an interview, he said, “We ...”" is situated.)
  const goesOn = quote ? /^,\s*(?:["\u201c]|'')$/.test(words[from]!.punctBefore.trim()) && /^[a-z]/.test(words[from]!.raw) : words[from]!.punctBefore.trim() === ',';
  if (contents.length === 1 && source && commaBeforeSubject && before!.start > 0 && from === cueEnd && start === from && goesOn) {
    const opener = trimContent(text, { start: sentence.start, end: source.start });
    // ("And yet, she says, ...", "Still, officials said, ...": a conjunction or linking adverb alone links the
    // writer's sentences; it is no piece of the content.)
    const linking = words.slice(0, before!.start).every((w) => w.pos === 'CCONJ' || LINKING_ADVERBS.has(w.key));
    if (opener.end > opener.start && !hasQuote(text.slice(opener.start, opener.end)) && !linking) contents.unshift(opener);
  }
  // "Sanders was declared the winner", "many delegates were deemed ineligible": a passive's subject is what is
  // said of, the first piece of the content.
  // (Not a listener, "was asked if ...", nor an expletive "it"; a time, a place or another clause after the
  // verb leaves the subject the whole content: "The case was argued in January".)
  const expletive = before !== null && before.end - before.start === 1 && EXPLETIVES.has(words[before.start]!.key);
  // (A relative pronoun subject, "the ad, which is expected to draw ...", is the piece as written.)
  const subjectAdjoins = before !== null && before.end === (f.relative ? f.subjectEnd - 1 : f.subjectEnd);
  if (passiveGroup && before && subjectAdjoins && !quote && !cue.object && !expletive && content.start >= cueSpan.end) {
    const situated = start === from && (isSituating(words[from]) || words[from]!.pos === 'SCONJ' || words[from]!.punctBefore.trim() !== '');
    if (situated) contents.splice(0, contents.length);
    contents.unshift(passiveSubject(f));
  }
  return { source, cue: cueSpan, content: contents, kind: cue.kind, sentence: index };
}

/** A passive frame's subject: the relative pronoun as written ("which is expected"), else the phrase with its appositives. */
function passiveSubject(f: Frame): Span {
  const { words, before, sourceEnd, relative, subjectEnd } = f;
  if (relative) return wordSpan(words, subjectEnd - 1, subjectEnd);
  const span = wordSpan(words, before!.start, before!.end);
  if (sourceEnd !== null) span.end = sourceEnd;
  return span;
}

/** Where the content ends: an object at its first comma, a relative or opening clause at its closing comma. */
function objectOrClauseEnd(f: Frame, from: number, start: number, clauseEnd: number): number {
  const { text, words, i, quotes, relative, subjectEnd, cueStart } = f;
  const first = words[start]!;
  // An object ("complimented the moderator, Lester Holt, but ...") ends at the first comma; a clause goes on
  // (a verb within a dozen words, before any punctuation; after "said", "thinks", "added" it is always one).
  let contentEnd = clauseEnd;
  if (start === from && NP_POS.has(first.pos) && !SUBJECT_PRONOUNS.has(first.key) && !quoteMarkBefore(text, first.start) && !CLAUSE_VERBS.has(words[i]!.key)) {
    const objectClause = words.slice(start + 1, Math.min(words.length, start + 12)).findIndex((w) => w.punctBefore !== '' || w.pos === 'VERB' || w.pos === 'AUX');
    const verbAt = start + 1 + objectClause;
    // "questioned Clinton's ties and has called for ...": a verb right after "and" is the frame's second verb.
    // (Not a participle of the object's noun phrase: "called her an able and determined rival".)
    const frameVerb = objectClause >= 0 && PREDICATE_CONJUNCTIONS.has(words[verbAt - 1]!.key) && verbAt - 1 > start && !words[verbAt]!.punctBefore && !words[verbAt - 1]!.punctBefore && !participleAfterDeterminer(words, verbAt);
    // ("criticizes Turkey and praises Trump", "denied any wrongdoing and points out that ...": the second verb may
    // be tagged a noun; a cue's form in -s right after "and" is one.)
    const limit = objectClause >= 0 ? verbAt : Math.min(words.length, start + 12);
    let nounVerb = -1;
    for (let k = start + 1; k + 1 < limit && nounVerb < 0 && !words[k]!.punctBefore; k++) {
      if (PREDICATE_CONJUNCTIONS.has(words[k]!.key) && words[k + 1]!.pos === 'NOUN' && /S$/.test(words[k + 1]!.key) && !words[k + 1]!.punctBefore && matchCue(words, k + 1)) nounVerb = k;
    }
    const isClause = objectClause >= 0 && !words[verbAt]!.punctBefore && !frameVerb && nounVerb < 0;
    if (frameVerb) contentEnd = words[verbAt - 2]!.end;
    if (nounVerb > start) contentEnd = Math.min(contentEnd, words[nounVerb - 1]!.end);
    if (!isClause) {
      // ("blamed several factors, including X, Y and Z": examples of the object's noun go on, item by item; not over
      // another cue, "including his support of X", a frame of its own.)
      let listing = false;
      for (let k = start + 1; k < words.length && words[k]!.start < contentEnd; k++) {
        const opens = LISTING_PARTICIPLES.has(words[k]!.key) && !words.some((w, j) => j > k && w.start < contentEnd && (words[j - 1]!.possessive || POSSESSIVE_PRONOUNS.has(words[j - 1]!.key)) && matchCue(words, j));
        const item: boolean = words[k]!.punctBefore.trim() === ',' && (opens || (listing && (NP_POS.has(words[k]!.pos) || PREDICATE_CONJUNCTIONS.has(words[k]!.key))));
        listing ||= item;
        if (/[,(]/.test(words[k]!.punctBefore) && !item && !partyLabelAt(text, words, k) && !verblessTail(words, k, contentEnd) && !adjectiveComma(words, k) && !(RESULT_VERBS.has(words[i]!.key) && resultDetail(words, k))) {
          contentEnd = words[k - 1]!.end;
          break;
        }
      }
    }
  }
  contentEnd = infinitiveEnd(words, quotes, start, contentEnd);
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
  return contentEnd;
}

/**
 * "see the plan as a threat", "find his remarks chilling", "found Clinton leading", "sees Trump negatively": an
 * object with a predicate of its own (a judgement about it), unlike a bare object ("saw the crowd", "maintained
 * a lead").
 */
export function objectWithPredicate(words: Word[], from: number): boolean {
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
    if (words[k]!.key === 'AS' && !AS_PHRASES.has(words[k + 1]?.key ?? '')) return true;
    if (words[k]!.pos === 'AUX' || (words[k]!.pos === 'VERB' && !/(ING|ED|EN)$/.test(words[k]!.key))) return false;
  }
  return false;
}

// What finds things out: "the poll found Clinton ahead", "a 2009 paper found improvements".
export const FINDERS = attributionWords('finders');

// Verbs whose content is a clause, never an object phrase ("said the decision by the board ... was final").
export const CLAUSE_VERBS = attributionWords('clause-verbs');

/** Words `from` to `k` are a common noun phrase (determiners, adjectives, nouns; no name, no time, no preposition). */
function nounPhraseBefore(words: Word[], from: number, k: number): boolean {
  if (words[k - 1]!.pos !== 'NOUN' || TIME_NOUNS.has(words[k - 1]!.key) || words[k]!.punctBefore) return false;
  return words.slice(from, k).every((w, j) => /^(DET|ADJ|NOUN|NUM)$/.test(w.pos) && !DAYS.has(w.key) && (j === 0 || !w.punctBefore));
}

/** "told a TV interviewer that he is feeling ...": a "that" the tagger read as a pronoun, before a pronoun's clause. */
function complementizer(words: Word[], k: number): boolean {
  const next = words[k + 1];
  // "said that “the ferry must run”": a "that" before an opening quotation mark opens what is said.
  if (next !== undefined && /^\s*(["\u201c]|'')$/.test(next.punctBefore)) return true;
  return next !== undefined && !next.punctBefore && SUBJECT_PRONOUNS.has(next.key) && verbal(words[k + 2]) && !words[k + 2]!.punctBefore;
}
