import type { Span } from '../../document/document.js';
import { attributionWords } from '../lexicon.js';
import { type Word } from '../../code/words.js';
import { clauseEndAfter, isSituating, situatingAdjunctEnd, timeWord, trimContent } from '../clauses.js';
import { SUBJECT_PRONOUNS, appositive, asideAt, pastLinkingAdverb, listenerAfter, nameAt, phraseAfter, sourceAfterCue, verbal, wordSpan } from '../phrases.js';
import { appositiveSegmentsBefore } from '../appositive-segments.js';
import { matchCue } from './cues.js';
import { hasQuote, inQuoteAt, quotationGoesOn, quoteMarkBefore, quotedName } from './quotations.js';
import { type RawAttribution } from './types.js';
import type { Frame, WordRange } from './frame-subjects.js';

const TIME_OPENERS = attributionWords('time-openers');
const ANSWER_WORDS = attributionWords('answer-words');
const NOT_GOING_ON = attributionWords('not-going-on');
const DESCRIBING_PREPOSITIONS = attributionWords('describing-prepositions');
const SAYING_VERBS = attributionWords('saying-verbs');
const POSSESSIVES = attributionWords('possessive-pronouns');

// Inverted and parenthetical verb frames: "<content>, Kyodo reported", "“...,” said Smith, a lawyer",
// "The test, officials said, was the biggest": the content before (or around) the frame, the source after the
// cue or before it.

/**
 * Inverted or parenthetical: "<content>, Kyodo reported", "<content>," said Smith. Undefined when the frame is
 * not one (it is read the canonical way), null when it is one with no content.
 */
export function invertedFrame(f: Frame, skipOpener?: { opener: boolean }): RawAttribution | null | undefined {
  const { text, sentence, words, i, cueEnd, cue, index, quotes, cueStart, cueSpan, before, framed, objectPhrase, commaBeforeSubject, complement } = f;
  // "Asked whether ..., 46 percent said yes": an answer word right after the cue is the content.
  const answer = words[cueEnd];
  if (answer && ANSWER_WORDS.has(answer.key) && !answer.punctBefore && (cueEnd + 1 === words.length || words[cueEnd + 1]!.punctBefore.trim())) {
    const source = before ? wordSpan(words, before.start, before.end) : null;
    if (source && f.sourceEnd !== null) source.end = f.sourceEnd;
    return { source, cue: cueSpan, content: [trimContent(text, { start: answer.start, end: answer.end })], kind: cue.kind, sentence: index };
  }
  // Inverted or parenthetical: "<content>, Kyodo reported", "<content>," said Smith. Such a frame ends its
  // clause: at most a few words ("on Wednesday") follow the cue before a comma or the sentence's end.
  const cueAfterComma = cueAfterBreak(f);
  let tail = cueEnd;
  while (tail < words.length && !/[,;:]/.test(words[tail]!.punctBefore)) tail++;
  const quoteBefore = before ? hasQuote(words[before.start]!.punctBefore) && quotes.some((q) => q.end <= words[before.start]!.start && q.end >= words[before.start]!.start - 4 && q.start <= sentence.start + 1) : false;
  // ("..., Kunin said in an interview with USA Today.": a phrase with no verb situating the saying ends it too.)
  const situatedTail = tail === words.length && SAYING_VERBS.has(words[i]!.key) && isSituating(words[cueEnd]) && !words.slice(cueEnd, tail).some((w) => w.pos === 'VERB' || w.pos === 'AUX' || hasQuote(w.punctBefore));
  const closesClause = cueAfterComma || quoteBefore || tail - cueEnd <= 4 || situatedTail;
  // "“... it?” Rubio said.": a quotation ending in its own mark ends the sentence before the frame.
  // (A cue opening the sentence is inverted only with its source after it: "“No.” Asked about the plan, he said"
  // opens with a participle whose preposition, conjunction or "to" follows, and is no frame of the quotation.)
  const sourceFollows = i > 0 || !/^(ADP|SCONJ|PART)$/.test(words[cueEnd]?.pos ?? '');
  // ("“A.” Lind continued: “B.”": a frame that a colon closes before a quotation takes that one, not the lead quotation.)
  const leadQuote =
    (before?.start === 0 || i === 0) && sourceFollows && closesClause && !complement ? quotes.find((q) => q.end <= sentence.start && q.end >= sentence.start - 3 && /^\s*$/.test(text.slice(q.end, sentence.start))) : undefined;
  const colonQuote = leadQuote ? quotationAfterColon(f) : undefined;
  if (colonQuote) return colonQuote;
  const bareClauseFollows = (SUBJECT_PRONOUNS.has(words[cueEnd]?.key ?? '') && verbal(words[cueEnd + 1])) || (objectPhrase !== null && verbal(words[objectPhrase.end]) && !words[objectPhrase.end]!.punctBefore);
  // ("X, who has endorsed Clinton, said ...": a relative clause's verb frames nothing before its antecedent.)
  // "In debate after debate, Bush questioned Trump's tactics, his judgment": an object between the cue and the
  // comma makes a canonical frame after an opening phrase, not one set inside a clause.
  const objectBeforeComma = !cueAfterComma && !quoteBefore && !leadQuote && tail > cueEnd && !words[cueEnd]!.punctBefore && objectPhrase !== null && objectPhrase.start === cueEnd && !isSituating(words[cueEnd]) && situatingAdjunctEnd(words, cueEnd) === cueEnd && !(cue.object && listenerAfter(words, cueEnd)?.end === tail);
  if (!framed && !f.relative && !complement && !objectBeforeComma && !(bareClauseFollows && !cueAfterComma && !quoteBefore) && closesClause && ((commaBeforeSubject && before && before.start > 0) || cueAfterComma || leadQuote)) {
    const { sourceWords: found, sourceAfter, sourceEnd, sourceAfterEnd } = invertedSource(f);
    let sourceWords = found;
    const contentEnd = sourceAfter ? words[cueStart]!.start : words[sourceWords?.start ?? i]!.start;
    // The quotation is the content when it opens the sentence (or began before it); a quoted title inside an
    // opening phrase ("In an interview on “Face the Nation,” Ryan said ...") is not.
    const quote = leadQuote ?? quotes.find((q) => q.end <= contentEnd + 2 && q.end >= contentEnd - 3 && q.start >= sentence.start - 400 && q.start <= sentence.start + 1);
    // A verb that is a cue only with a clause frames, inverted, only a quotation ("“...,” he scoffed").
    if (cue.needsClause && !quote) return null;
    // ("Still, Smith proposed just that": a linking adverb alone before the frame is no content; the frame is canonical.)
    const contentStart = pastLinkingAdverb(words, sentence.start);
    if (!quote && contentStart > sentence.start && contentStart >= contentEnd) return undefined;
    const content = quote ?? trimContent(text, { start: contentStart, end: contentEnd });
    // "The latest test, North Korea said, was its biggest yet": the content goes on after a frame set in it; so
    // does a contrast the source draws ("A wall would stop crime, she said, but also drugs"), not a clause
    // joined by "and" that frames something of its own (andGoesOn).
    const rest: Span[] = [];
    // ("The plan, said Smith, a lawyer, will fail": after a source named after the cue, only a verb goes on with
    // the clause; not after a time, "The deal, announced Friday, will ...".)
    const after = sourceAfter && sourceAfterEnd !== null ? words.find((w) => w.start > sourceAfterEnd) : words[tail];
    const namedAfter = sourceWords !== null && sourceWords.start === cueEnd && cueAfterComma && !timeWord(words[sourceWords.start]!.key);
    const goesOn = !sourceAfter || (namedAfter && verbal(after) && !/ING$/.test(after!.key));
    if (!quote && goesOn && after && after.punctBefore.trim() === ',' && !(after.pos === 'VERB' && /ING$/.test(after.key))) {
      const end = clauseEndAfter(text, words, tail, sentence, (at) => inQuoteAt(quotes, at));
      const piece = trimContent(text, { start: after.start - quoteMarkBefore(text, after.start), end });
      if (piece.end > piece.start && (!NOT_GOING_ON.has(after.key) || andGoesOn(words, words.indexOf(after), end))) rest.push(piece);
    }
    // An opening phrase with no verb that nothing continues ("Last month, 26 percent said the same", "In
    // April, a poll found ...") situates the frame and is no content: the frame is read the canonical way below.
    const opening = words.find((w) => w.start >= content.start);
    const situatingOnly =
      quote === undefined &&
      rest.length === 0 &&
      (isSituating(opening) || TIME_OPENERS.has(opening?.key ?? '')) &&
      !words.some((w) => w.start >= content.start && w.end <= content.end && (w.pos === 'VERB' || w.pos === 'AUX'));
    // "Meanwhile, Clinton endorsed the deal": an opening phrase with no verb before a cue with its object right
    // after it is read first as situating the frame, the object the content (the phrase only when that finds none).
    const verbless = quote === undefined && rest.length === 0 && !words.some((w) => w.start >= content.start && w.end <= content.end && (w.pos === 'VERB' || w.pos === 'AUX'));
    const objectFrame = verbless && !sourceAfter && objectPhrase !== null && objectPhrase.start === cueEnd && !words[cueEnd]!.punctBefore;
    if ((situatingOnly || objectFrame) && skipOpener) skipOpener.opener = true;
    if (!((situatingOnly || objectFrame) && skipOpener)) {
      if (content.end <= content.start) return null;
      if (sourceAfter && !sourceWords && before) sourceWords = before;
      // "“A,” he said, “B.”": the quotation goes on after the frame.
      const frameEnd = Math.max(cueSpan.end, sourceWords ? words[sourceWords.end - 1]!.end : 0);
      // The quotation may also go on in the next sentence of the paragraph: "“A,” he said. “B. C.”"
      // (So may a content that ends in a quotation: "Sooner or later, ''I think we will have a tax,'' said X. ''B.''")
      const endsInQuote = /(?:["\u201d]|'')$/.test(text.slice(content.start, content.end));
      const more = quote || endsInQuote ? quotationGoesOn(text, quotes, frameEnd) : [];
      const source = sourceWords ? wordSpan(words, sourceWords.start, sourceWords.end) : null;
      if (source && sourceEnd !== null) source.end = sourceEnd;
      if (source && sourceAfterEnd !== null) source.end = sourceAfterEnd;
      return { source, cue: cueSpan, content: [content, ...rest, ...more], kind: cue.kind, sentence: index };
    }
  }
  return undefined;
}

/**
 * "“A.” Lind continued: “B.”": a frame with its source before the cue that a colon closes, right before a
 * quotation, introduces that quotation; the one ending the sentence before it is not its content.
 */
function quotationAfterColon(f: Frame): RawAttribution | undefined {
  const { text, words, cue, index, quotes, cueStart, cueSpan, before } = f;
  const colon = /^[^\n,.;!?"\u201c\u201d]{0,60}:\s*/.exec(text.slice(cueSpan.end, cueSpan.end + 66));
  if (!before || before.end > cueStart || !colon) return undefined;
  const quote = quotes.find((q) => q.start === cueSpan.end + colon[0].length);
  if (!quote) return undefined;
  const source = wordSpan(words, before.start, before.end);
  if (f.sourceEnd !== null) source.end = f.sourceEnd;
  // (the colon right after the cue is the cue's: "continued:")
  const cueEnd = /^\s*:/.test(colon[0]) ? cueSpan.end + colon[0].indexOf(':') + 1 : cueSpan.end;
  return { source, cue: { start: cueSpan.start, end: cueEnd }, content: [quote, ...quotationGoesOn(text, quotes, quote.end)], kind: cue.kind, sentence: index };
}

/** The word after a short parenthesis opening at word `k` ("(D-Ohio), a member"), or `k` when none opens there. */
function afterParenthesis(words: Word[], k: number): number {
  if (!words[k]?.punctBefore.includes('(')) return k;
  for (let j = k + 1; j < words.length && j <= k + 6; j++) if (words[j]!.punctBefore.includes(')')) return j;
  return k;
}

/**
 * Whether the cue follows a comma or a closing quotation mark, as an inverted frame's does; not a mark closing scare
 * quotes inside a noun phrase, which a determiner or a possessive opens and no punctuation ends ('said the "MI6
 * agent" told him …').
 */
function cueAfterBreak(f: Frame): boolean {
  const { text, words, i, quotes } = f;
  if (i === 0) return false;
  if (/,/.test(words[i]!.punctBefore)) return true;
  if (!hasQuote(words[i]!.punctBefore)) return false;
  const quoted = quotes.find((q) => q.end <= words[i]!.start && q.end >= words[i]!.start - 2);
  if (!quoted || !quotedName(text, quoted)) return true;
  const opener = words.findLast((w) => w.end <= quoted.start);
  return !(opener && (opener.pos === 'DET' || POSSESSIVES.has(opener.key)));
}

/** The source of an inverted frame: before the cue ("Kyodo reported"), or after it ("said Smith, a lawyer"). */
export function invertedSource(f: Frame): { sourceWords: WordRange | null; sourceAfter: boolean; sourceEnd: number | null; sourceAfterEnd: number | null } {
  const { text, words, i, cueEnd, subjectEnd, before } = f;
  let sourceEnd = f.sourceEnd;
  const cueAfterComma = cueAfterBreak(f);
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
  // ("said Sen. Jane Doe (D-Ohio), a member of ...": past a parenthesis after the name.)
  const first = sourceWords ? afterParenthesis(words, sourceWords.end) : 0;
  if (sourceAfter && sourceWords && words[first]?.punctBefore.trim().replace(/^\.?\)\s*/, '') === ',' && (!verbal(words[first]) || title(words[first]))) {
    let k = first;
    // (Nor does it run on into a phrase that situates the saying: "said Doe, a lawyer, on Monday".)
    const situating = (w: Word) => w.pos === 'ADP' && !DESCRIBING_PREPOSITIONS.has(w.key);
    // (A quoted title inside the appositive is its own: "said Jo Lee, author of “Salt Roads,” a history of the port".)
    const titles = quotedTitles(words, words.length - 1);
    const titleMark = (at: number) => titles.some(([open, close]) => at === open || at === close);
    while (k < words.length && !/[;:]/.test(words[k]!.punctBefore) && (!hasQuote(words[k]!.punctBefore) || titleMark(k)) && !(k > first && words[k]!.punctBefore.includes(',') && (verbal(words[k]) || situating(words[k]!)))) k++;
    sourceAfterEnd = words[k - 1]!.end;
    // "said Jane Doe, a pollster, referring to ...": the comma before the participle closes the appositive.
    if (k < words.length && (verbal(words[k]) || situating(words[k]!)) && words[k]!.punctBefore.trim() === ',') sourceAfterEnd = text.indexOf(',', sourceAfterEnd) + 1;
    // ("said Jo Lee, a pilot, who, like many others, left": a relative pronoun cut off by an aside opens its own clause.)
    if (k - 1 > first && RELATIVE_PRONOUNS.has(words[k - 1]!.key) && words[k - 1]!.punctBefore.trim() === ',') sourceAfterEnd = words[k - 2]!.end;
    // ("said Jo Lee, but she has doubts", "said Jo Lee, with a smile", "said Jo Lee, seeming to agree": a phrase after
    // the name that opens with a conjunction or an aside is no appositive of the source.)
    if (asideAt(words, first - 1, k) === first || words[first]!.pos === 'SCONJ' || (words[first]!.pos === 'CCONJ' && words[first]!.key !== 'AND' && words[first]!.key !== 'OR')) sourceAfterEnd = null;
  }
  return { sourceWords, sourceAfter, sourceEnd, sourceAfterEnd };
}

const RELATIVE_PRONOUNS = attributionWords('relative-pronouns');

/**
 * The words before the cue at `i` (after a comma) are its subject with an appositive or relative clause, not an
 * inverted content: a subject and its verb follow the cue ("said there are ..."), or no finite verb stands before
 * it outside a relative clause and no quotation mark.
 */
export function subjectWithAppositive(words: Word[], i: number, cueEnd: number, quotes: Span[]): boolean {
  if (i < 2) return false;
  // The relative clauses set off by commas before the cue ("who calls Trump a “liar,”", "a group that has sued"): a
  // quotation inside one is the clause's, not what the cue says.
  const relativeFrom: number[] = [];
  let open = -1;
  for (let k = 0; k < i; k++) {
    const w = words[k]!;
    if (k > 0 && w.punctBefore.includes(',') && !hasQuote(w.punctBefore)) open = -1;
    if (open < 0 && (RELATIVE_PRONOUNS.has(w.key) || (w.key === 'THAT' && words[k - 1]?.pos === 'NOUN' && !w.punctBefore))) open = k;
    relativeFrom.push(open);
  }
  const inRelative = (at: number) => words.some((w, k) => k < i && relativeFrom[k]! >= 0 && words[relativeFrom[k]!]!.start <= at && at <= w.end);
  // (A quoted title inside the subject's phrase, "host of the show “Morning Tide,” said", is no quotation it frames.)
  const titles = quotedTitles(words, i);
  const inTitle = (at: number) => titles.some(([open, close]) => words[open - 1]!.end <= at && at <= words[close]!.start);
  const quoteOutside = words.slice(0, i + 1).some((w, k) => hasQuote(w.punctBefore) && !(k > 0 && inRelative(words[k - 1]!.end)) && !(k > 0 && inTitle(w.start - 1)));
  if (quoteOutside || quotes.some((q) => q.start <= words[i]!.start && q.end >= words[0]!.start && !(inRelative(q.start) && q.end <= words[i]!.start + 1) && !(inTitle(q.start) && inTitle(q.end)))) return false;
  // ("<content>, Cheng Xizhong, Visiting Professor of …, said on Sunday.": nothing but a few words of time after the
  // cue, and a name with its title set off after other words: what went before the name is what was said.)
  if (words.length - cueEnd <= 4 && !words.slice(cueEnd).some((w) => w.pos === 'VERB' || w.pos === 'AUX' || hasQuote(w.punctBefore)) && (appositiveSegmentsBefore(words, i) ?? 0) > 0) return false;
  const after = phraseAfter(words, cueEnd, words.length);
  if (after && after.start === cueEnd && !words[cueEnd]!.punctBefore && verbal(words[after.end]) && !words[after.end]!.punctBefore) return true;
  // "The plan, said Smith, will fail": a frame set inside the clause, which goes on after it.
  if (after && after.start === cueEnd && words[after.end]?.punctBefore.includes(',') && verbal(words[after.end])) return false;
  // ("The real problem, said Jo Lee, a fisherman, is the quay": so after the name's appositive or relative clause.)
  if (after && after.start === cueEnd && words[after.end]?.punctBefore.trim() === ',' && !verbal(words[after.end]) && verbAfterAside(words, after.end)) return false;
  for (let k = 0; k < i; k++) {
    const w = words[k]!;
    const relative = relativeFrom[k]! >= 0;
    // (A capitalised first word before a name is the name's, whatever the tagger says: "Josh Hendler, ...".)
    const nameStart = k === 0 && /^\p{Lu}/u.test(w.raw) && words[1]?.pos === 'PROPN' && !words[1]!.punctBefore;
    // (Nor a capitalised word right after a name's capitalised word: "Richard Burr, a Republican, acknowledged".)
    const inName = k > 0 && /^\p{Lu}\p{Ll}/u.test(w.raw) && !w.punctBefore && words[k - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(words[k - 1]!.raw);
    if (!relative && !nameStart && !inName && (w.pos === 'AUX' || (w.pos === 'VERB' && !/(ING|ED|EN)$/.test(w.key)))) return false;
  }
  return true;
}

/**
 * The quoted titles before word `until`, as [first word, word after the closing mark]: a name of a show, book or
 * film in title case, at most six words, right after a noun, a possessive or a preposition inside a phrase ("author
 * of “Salt Roads,”", "the station's “Morning Tide”"), not after a verb, a comma or the sentence's start.
 */
function quotedTitles(words: Word[], until: number): [number, number][] {
  const titles: [number, number][] = [];
  for (let k = 1; k < until; k++) {
    const prev = words[k - 1]!;
    if (!hasQuote(words[k]!.punctBefore) || words[k]!.punctBefore.trim().length > 2 || !/^\p{Lu}/u.test(words[k]!.raw)) continue;
    if (!(prev.possessive || /^(NOUN|PROPN|ADP)$/.test(prev.pos))) continue;
    let close = k + 1;
    while (close <= until && close - k <= 6 && !words[close]!.punctBefore) close++;
    if (close > until || close - k > 6 || !hasQuote(words[close]!.punctBefore)) continue;
    // Title case: every word of four letters or more capitalised.
    if (words.slice(k, close).every((w) => w.raw.length < 4 || /^\p{Lu}/u.test(w.raw))) titles.push([k, close]);
  }
  return titles;
}

/**
 * "“We will win,” he said on a media call", "“Why?” Lichtman said about the effort to ...", "“...,” Trump added
 * to People": a quotation ending in a comma, a question or an exclamation mark right before the frame's subject,
 * and after the cue a phrase that only situates the saying (a preposition, "to" and a listener, a time), no clause:
 * the quotation is the content, and goes on after the frame's sentence; the phrase after the cue is none of it.
 */
export function quotationBeforeFrame(f: Frame): RawAttribution | undefined {
  const { text, sentence, words, cueEnd, cue, index, quotes, cueStart, cueSpan, before, subjectEnd } = f;
  if (!before || before.end !== subjectEnd || cueStart === 0) return undefined;
  const quote = quotes.find(
    (q) =>
      q.end <= words[cueStart]!.start &&
      (q.start <= sentence.start + 1 && q.end > sentence.start ? words.some((w, k) => k < cueStart && w.start >= q.end) : q.end <= sentence.start && q.end >= sentence.start - 3 && /^\s*$/.test(text.slice(q.end, sentence.start)) && opensSentence(text, q.start)) &&
      /[,?!\u2014]\s*(?:["\u201d]|'')$/.test(text.slice(q.start, q.end)),
  );
  if (!quote) return undefined;
  const first = words.findIndex((w) => w.start >= quote.end);
  if (first < 0 || first > before.start || cueStart - first > 12) return undefined;
  // Only the subject stands between: no verb, no other quotation, colon or parenthesis.
  // (A capitalised "auxiliary" is the tagger's reading of a name: "columnist Ai Jun wrote".)
  const between = words.slice(first, cueStart);
  if (between.some((w, k) => w.pos === 'VERB' || (w.pos === 'AUX' && !/^\p{Lu}/u.test(w.raw)) || (k > 0 && (hasQuote(w.punctBefore) || /[;:()]/.test(w.punctBefore))))) return undefined;
  // (Words before the subject's are its noun phrase's: "the bespectacled, 71-year-old diplomat"; not an opening phrase.)
  if (words.slice(first, before.start).some((w) => !/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(w.pos))) return undefined;
  // What follows the cue situates the saying: nothing, a preposition or "to" (the tagger's infinitive "to People"),
  // a time; no clause, "that", colon or quotation further on.
  const next = words[cueEnd];
  if (next && !(next.pos === 'ADP' || next.key === 'TO' || isSituating(next) || situatingAdjunctEnd(words, cueEnd) > cueEnd)) return undefined;
  if (words.slice(cueEnd).some((w) => w.key === 'THAT' || /[;:]/.test(w.punctBefore)) || hasQuote(text.slice(cueSpan.end, sentence.end))) return undefined;
  const source = wordSpan(words, first, before.end);
  if (f.sourceEnd !== null) source.end = f.sourceEnd;
  const more = quotationGoesOn(text, quotes, words[words.length - 1]!.end);
  return { source, cue: cueSpan, content: [quote, ...more], kind: cue.kind, sentence: index };
}

/** A quotation at `at` opens its sentence: after a paragraph break, a sentence's end or a colon (not "she was “...”"). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  return at === 0 || /(?:^|\n|[.?!:]["\u201d']*\s)\s*$/.test(before);
}

/**
 * ", a fisherman, is ...", ", who remains a friend, does not ...": from the comma before word `k`, an aside with no
 * other punctuation but a quotation's marks closes with a comma within twenty words, and a finite verb (past an
 * adverb) follows it.
 */
function verbAfterAside(words: Word[], k: number): boolean {
  for (let j = k + 1; j < words.length && j <= k + 20; j++) {
    const p = words[j]!.punctBefore.replace(/["\u201c\u201d']/g, '').trim();
    if (!p) continue;
    if (p !== ',') return false;
    const verb = words[j]!.pos === 'ADV' && !words[j + 1]?.punctBefore ? words[j + 1] : words[j];
    return verbal(verb) && !/ING$/.test(verb!.key) && verb!.key !== 'TO';
  }
  return false;
}

/**
 * "Said Jo Lee, a pilot from Dover, “We will fix it.”", "Says the mayor: “It is safe.”": a saying verb opening the
 * sentence, a name's phrase after it (with its appositives) and then a quotation: the phrase is the source (with the
 * closing comma of its appositives), the quotation the content.
 */
export function openingSayingFrame(f: Frame): RawAttribution | null {
  const { text, words, i, cueEnd, cue, cueSpan, index, quotes } = f;
  if (i !== 0 || !SAYING_VERBS.has(words[0]!.key) || !/^\p{Lu}\p{Ll}/u.test(words[0]!.raw) || cueEnd >= words.length) return null;
  const phrase = phraseAfter(words, cueEnd, words.length);
  if (!phrase || phrase.start !== cueEnd || words[cueEnd]!.punctBefore.trim() || !words.slice(phrase.start, phrase.end).some((w) => w.pos === 'PROPN' || w.pos === 'NOUN')) return null;
  // (on to the quotation's opening mark, past the appositives' commas; no other punctuation, no quotation inside)
  let k = phrase.end;
  while (k < words.length && !hasQuote(words[k]!.punctBefore) && !/[;.!?()]/.test(words[k]!.punctBefore)) k++;
  const quote = k < words.length ? quotes.find((q) => q.start >= words[k - 1]!.end && q.start < words[k]!.start) : undefined;
  if (!quote || !/^\s*[,:]/.test(text.slice(words[k - 1]!.end, quote.start))) return null;
  const comma = text.slice(words[phrase.start]!.start, words[k - 1]!.end).includes(',');
  const end = comma ? text.indexOf(',', words[k - 1]!.end) + 1 : words[k - 1]!.end;
  // (A quotation right before it is said too: "“We will not pay.” Said the minister: “Never.”")
  const before = quotes.find((q) => q.end <= cueSpan.start && /^\s*$/.test(text.slice(q.end, cueSpan.start)));
  return { source: { start: words[cueEnd]!.start, end }, cue: cueSpan, content: [...(before ? [before] : []), quote, ...quotationGoesOn(text, quotes, quote.end)], kind: cue.kind, sentence: index };
}

/**
 * "The ferry ran late, the skipper said, and the passengers missed the train": after a frame set in commas, a clause
 * joined by "and" (word `k`) that holds no cue of its own goes on with the content; one with a cue ("and then
 * predicted that ...", "and experts say ...") is a frame of its own. Train: gold takes such a continuation 10 times,
 * leaves it 5, each of those with a cue after the "and". (Only a word tagged a verb: the noun "train" frames nothing.)
 */
function andGoesOn(words: Word[], k: number, end: number): boolean {
  if (words[k]?.key !== 'AND') return false;
  for (let j = k + 1; j < words.length && words[j]!.start < end; j++) if (words[j]!.pos === 'VERB' && matchCue(words, j)) return false;
  return true;
}
