import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords, type Cue } from '../lexicon.js';
import { BE_FORMS, CONTENT_PREPOSITIONS, DAYS, MONTHS, WH_WORDS, clauseEndAfter, clauseStart, isSituating, openingSubordinate, situatingAdjunctEnd, trimContent } from '../clauses.js';
import { AUX_OR_ADVERB, NOT_OBJECT, NP_POS, PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, appositive, appositiveSegmentsBefore, asideAt, clauseSubjectWords, listenerAfter, nameAt, phraseAfter, phraseBefore, sourceAfterCue, verbal, wordSpan } from '../phrases.js';
import { matchCue } from './cues.js';
import { hasQuote, inQuoteAt, quotationGoesOn, quoteMarkBefore, quotedName } from './quotations.js';
import { type RawAttribution } from './types.js';

// Verb frames: a cue verb with its subject (the source), its cue span (auxiliaries, adverbs, a preposition) and
// its content (a clause, an object, a quotation), canonical ("X said Y"), inverted ("Y, X said") or passive.

// Participles after "be" that describe their subject's mind ("is convinced that", "are worried about").
export const EXPERIENCER_PARTICIPLES = attributionWords('experiencer-participles');

/**
 * A verb cue, read first with an opening phrase that only situates it ("In April, a poll found ...") left out
 * of the content; when that reading finds nothing, the opening phrase is taken as an inverted content as before.
 */
export function verbCueOrOpener(text: string, sentence: Span, words: Word[], i: number, cueEnd: number, cue: Cue, index: number, quotes: Span[]): RawAttribution | null {
  const skipped = { opener: false };
  const found = verbCue(text, sentence, words, i, cueEnd, cue, index, quotes, skipped);
  return found ?? (skipped.opener ? verbCue(text, sentence, words, i, cueEnd, cue, index, quotes) : null);
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
    if (words[k]!.key === 'AS' && !/^(WELL|LONG|SOON|MUCH|MANY)$/.test(words[k + 1]?.key ?? '')) return true;
    if (words[k]!.pos === 'AUX' || (words[k]!.pos === 'VERB' && !/(ING|ED|EN)$/.test(words[k]!.key))) return false;
  }
  return false;
}

// What finds things out: "the poll found Clinton ahead", "a 2009 paper found improvements".
export const FINDERS = attributionWords('finders');

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

// Verbs whose content is a clause, never an object phrase ("said the decision by the board ... was final").
export const CLAUSE_VERBS = attributionWords('clause-verbs');
