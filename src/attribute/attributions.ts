import type { AnnalsDocument, Span } from '../document/document.js';
import { readFrame } from './rules/frame-subjects.js';
import { wordSpan } from './phrases.js';
import { sentenceWords, type Word } from '../code/words.js';
import { cueLexicon, type Cue, attributionWords } from './lexicon.js';
import { situatingAdjunctEnd } from './clauses.js';
import { accordingTo } from './rules/according-to.js';
import { citing } from './rules/citing.js';
import { coordinatedContents } from './rules/coordinated-contents.js';
import { colonHeadline } from './rules/colon-headlines.js';
import { matchCue, mayOpenClause, participleAfterDeterminer, thatClauseCue, participleTaggedNoun, useCueLexicon, verbTaggedNoun, verbTaggedNounClosingFrame } from './rules/cues.js';
import { evidentialFrame, hedgingAdverbs } from './rules/evidentials.js';
import { findings } from './rules/findings.js';
import { cutAtOtherFrames, framesInsideInvertedContent, frontedRelatives } from './rules/nesting.js';
import { nounCue } from './rules/noun-cues.js';
import { openingParticiples } from './rules/opening-participles.js';
import { relays } from './rules/relays.js';
import { subjectPhrases } from './rules/subject-phrases.js';
import { QUOTE_REACH, closeOpenQuotations, joinParagraphQuotations, leaveClaimedQuotations, quotations } from './rules/quotations.js';
import { situatedQuotations, writtenStatementCues } from './rules/cue-extents.js';
import { completeSources, frameSource, leaveOutFramedRelatives } from './rules/sources.js';
import type { AttributionOptions, RawAttribution, SentenceContext } from './rules/types.js';
import { verbCueOrOpener } from './rules/verb-frames.js';
import { treeSubjectFinder } from './tree-subjects.js';

const NAMING_PARTICIPLES = attributionWords('naming-participles');
const INDEFINITE_ARTICLES = attributionWords('indefinite-articles');

// Attributions: who says (or thinks, or wants) what. Each is a cue ("said", "according to", "citing"),
// its content (one or more spans: a quotation may be interrupted by "he said") and, when named, its source.
// Found by rules over the sentence's words and parts of speech, and over quotation marks in the paragraph;
// the rules, one file each in rules/, run in the order listed here.

export type { LinkKind } from '../document/annotations.js';
export type { AttributionOptions, RawAttribution } from './rules/types.js';

/** The rules over each sentence, in order (each adds to, or amends, the attributions found so far). */
const SENTENCE_RULES: ((ctx: SentenceContext) => void)[] = [
  colonHeadline, // "Minister: talks will resume"
  wordCues, // each word a cue may start: statement nouns, verb frames, "according to", "citing", "seems"
  completeSources, // a quantity before a source, a parenthesis after it
  subjectPhrases, // "A majority of voters looking for an outsider say": the tree's subject phrase
  openingParticiples, // "Noting that X, Tester added ...": Tester notes X
  leaveOutFramedRelatives, // "Barkley, who said X, said Y": the relative clause is no part of the source
  writtenStatementCues, // "said in a statement"
  situatedQuotations, // "tweeted in response: “...”"
  hedgingAdverbs, // "reportedly", "allegedly"
  findings, // "<X> in the latest CNN poll"
  coordinatedContents, // "said X, and Y" where the tree coordinates Y inside the content
  cutAtOtherFrames, // a content ends where another frame of the sentence begins
  framesInsideInvertedContent, // "Smith said that X, he said": the inner frame is the attribution
  frontedRelatives, // "which he said Mexico would pay for"
  relays, // "Kishida said, as quoted by Kyodo"
];

/** Attributions of one document, before nesting and chains. */
export function findAttributions(doc: AnnalsDocument, options: AttributionOptions = {}): RawAttribution[] {
  useCueLexicon(cueLexicon(options.wordnetCues ?? true));
  const text = doc.text;
  const found: RawAttribution[] = [];
  const article = doc.article;
  if (!article) return found;
  const opening = untitledFirstLine(text, article);
  const sentences: Span[] = opening ? [opening, ...doc.sentences] : doc.sentences;
  const allQuotes = [...(opening ? [opening] : []), ...article.bodySpans].flatMap((p) => quotations(text, p)).sort((a, b) => a.start - b.start);
  // Each sentence looks only at the quotations near it (those a frame can reach: the quotation before it, those
  // going on after it), so the cost stays linear in the document's length.
  let low = 0;
  let high = 0;
  sentences.forEach((sentence, position) => {
    const index = opening ? position - 1 : position;
    while (low < allQuotes.length && allQuotes[low]!.end < sentence.start - QUOTE_REACH) low++;
    high = Math.max(high, low);
    while (high < allQuotes.length && allQuotes[high]!.start <= sentence.end + QUOTE_REACH) high++;
    const quotes = allQuotes.slice(low, high);
    const inQuote = (at: number) => quotes.find((q) => at > q.start && at < q.end - 1);
    const ctx: SentenceContext = { text, sentence, index, words: titleCaseVerbs(sentenceWords(text, sentence)), quotes, inQuote, found, from: found.length, syntax: doc.syntax };
    for (const rule of SENTENCE_RULES) rule(ctx);
  });
  leaveClaimedQuotations(found);
  joinParagraphQuotations(text, allQuotes, found);
  closeOpenQuotations(text, allQuotes, found);
  return found;
}

/**
 * "Sanders Says He Has Started Writing His Speech." then a teaser paragraph, then "PORTSMOUTH, N.H. — ...": a first
 * line the article stage left as front matter of no kind, with no headline found, is the story's title; its
 * sayings are attributed as a headline's are (read as the sentence before the first, index -1).
 */
function untitledFirstLine(text: string, article: NonNullable<AnnalsDocument['article']>): Span | null {
  const first = article.frontMatter[0];
  if (article.headline !== null || !first || first.kind !== 'other' || text.slice(0, first.span.start).trim() !== '') return null;
  return text.slice(first.span.start, first.span.end).includes('\n') ? null : first.span;
}

/** The cues that start at each word of the sentence, with their frames. */
function wordCues(ctx: SentenceContext): void {
  const { words, found } = ctx;
  const taken = new Set<number>();
  const nearQuote = ctx.quotes.some((q) => q.end >= ctx.sentence.start - 3 && q.start <= ctx.sentence.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const cue = matchCue(words, i) ?? thatClauseCue(words, i);
    if (w.pos === 'NOUN' && !ctx.inQuote(w.start) && !taken.has(i) && !verbTaggedNoun(words, i) && !(cue && participleTaggedNoun(words, i)) && !(cue && verbTaggedNounClosingFrame(words, i))) {
      const nominal = nounCue(ctx.text, ctx.sentence, words, i, ctx.index, ctx.quotes);
      if (nominal) {
        found.push(nominal);
        continue;
      }
    }
    if (!cue || ctx.inQuote(w.start) || taken.has(i) || notACue(words, i, cue, nearQuote)) continue;
    const prepositional = cue.words[0] === 'ACCORDING';
    const attribution = frameAt(ctx, i, cue, prepositional);
    if (attribution) {
      frameSource(ctx, attribution, i, prepositional);
      found.push(attribution);
      const cueEnd = i + cue.words.length;
      for (let k = i; k < words.length && (k < cueEnd || words[k]!.start < attribution.cue.end); k++) taken.add(k);
    }
  }
}

/** A cue word that is not one here: a naming participle, an adjective, a preposition, a credit line ... */
function notACue(words: Word[], i: number, cue: Cue, nearQuote: boolean): boolean {
  const w = words[i]!;
  const cueEnd = i + cue.words.length;
  // "a group called Black Votes Matter", "a book titled ...": a naming participle after an indefinite noun
  // phrase names it; nobody says anything.
  if (NAMING_PARTICIPLES.has(w.key) && i > 1 && /^(NOUN|PROPN)$/.test(words[i - 1]!.pos) && !w.punctBefore) {
    let k = i - 1;
    while (k > 0 && k > i - 5 && !words[k]!.punctBefore && !INDEFINITE_ARTICLES.has(words[k - 1]!.key)) k--;
    if (k > 0 && INDEFINITE_ARTICLES.has(words[k - 1]!.key) && !words[k]!.punctBefore) return true;
  }
  // "The index fell 23 points to 6,661", "a quarter percentage point to 2%": a quantity, not a "point to".
  if (cue.words[cue.words.length - 1] === 'TO' && cue.words[0] !== 'ACCORDING' && /^[\d.,]+%?$/.test(words[cueEnd]?.raw ?? '')) return true;
  // "spokeswoman Hope Hicks said": a capitalised word inside a sentence, before another, is part of a name
  // (unless the sentence capitalises its words, as headlines do: "Trump Says Clinton ...").
  if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w.raw) && /^\p{Lu}/u.test(words[cueEnd]?.raw ?? '') && !words[cueEnd]!.punctBefore && !w.punctBefore && !titleCase(words)) return true;
  // The second half of a hyphenated word ("so-called", "much-discussed") is no verb of its own.
  if (w.punctBefore === '-' && i > 0) return true;
  // "Trump's reported net worth", "the party's stated goal": a participle after a possessive is an adjective.
  if (i > 0 && words[i - 1]!.possessive && words[i - 1]!.pos !== 'PRON' && /ED$/.test(w.key) && !w.punctBefore) return true;
  // "Fox News's reporting", "Additional reporting by": a gerund after a possessive or an adjective is a noun.
  if (i > 0 && /ING$/.test(w.key) && !w.punctBefore && ((words[i - 1]!.possessive && words[i - 1]!.pos !== 'PRON') || words[i - 1]!.pos === 'ADJ')) return true;
  // "A report published Wednesday said ...": a participle between a noun and a time, the clause's verb after
  // them, modifies the noun (a reduced relative clause); the verb after is the cue.
  if (i > 0 && /ED$/.test(w.key) && !w.punctBefore && words[i - 1]!.pos === 'NOUN' && reducedRelative(words, cueEnd)) return true;
  // "the proposed law", "an added benefit", "a widely read column": so is one after a determiner.
  if (participleAfterDeterminer(words, i)) return true;
  // "grew thanks to strong exports": "thanks to" is a preposition.
  if (w.key === 'THANKS' && words[cueEnd]?.key === 'TO') return true;
  // "Smith reported from Los Angeles.": a reporter's credit line, not a report of anything.
  if (w.key.startsWith('REPORT') && words[cueEnd]?.key === 'FROM' && !words[cueEnd]!.punctBefore) return true;
  // A WordNet verb needs a clause or a quotation: a cheap look first (they are many, and mostly not cues).
  if (cue.generated && !cue.object && !nearQuote && !mayOpenClause(words, cueEnd)) return true;
  // "refused to disclose", "plans to support": an infinitive after another verb is that verb's complement.
  if (words[i - 1]?.key === 'TO' && !w.punctBefore && /^(VERB|AUX|ADJ)$/.test(words[i - 2]?.pos ?? '')) return true;
  // Verbs only ("the report", "a call" are not cues); "according to" is the one prepositional cue.
  if (cue.words[0] !== 'ACCORDING' && !(w.pos === 'VERB' || w.pos === 'AUX' || verbTaggedNoun(words, i) || verbTaggedNounClosingFrame(words, i) || participleTaggedNoun(words, i))) return true;
  // A WordNet verb only as a verb: not a noun ("the group"), not a name inside the sentence ("Josh").
  return !!cue.generated && (w.pos !== 'VERB' || (i > 0 && /^[A-Z]/.test(w.raw)));
}

/**
 * "Hillary Clinton Slams Donald Trump On Abortion", "Obama Claims Hillary Most Qualified": in a headline that
 * capitalises its words the tagger reads every word as a name; a hand-written cue verb's -s form after the
 * capitalised subject and before more words is the headline's verb. (A copy of the words: the coder keeps its own.)
 */
function titleCaseVerbs(words: Word[]): Word[] {
  if (words.length < 3 || !titleCase(words)) return words;
  let copy: Word[] | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    const cue = w.pos === 'PROPN' && /S$/.test(w.key) && /^\p{Lu}\p{Ll}/u.test(w.raw) && !w.punctBefore && !w.possessive ? matchCue(words, i) : null;
    if (!cue || cue.generated || !/^(PROPN|NOUN)$/.test(words[i - 1]!.pos) || words[i - 1]!.possessive) continue;
    copy ??= [...words];
    copy[i] = { ...w, pos: 'VERB' };
  }
  return copy ?? words;
}

/** A sentence that capitalises most of its words, as headlines do. */
function titleCase(words: Word[]): boolean {
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.raw)).length;
  return capitalised * 2 > words.length;
}

/** After a participle: a time ("on Wednesday", "last week") with no punctuation, then a verb. */
function reducedRelative(words: Word[], at: number): boolean {
  const end = situatingAdjunctEnd(words, at);
  const verb = words[end];
  return end > at && verb !== undefined && !verb.punctBefore && /^(VERB|AUX)$/.test(verb.pos) && words.slice(at, end).every((x) => !x.punctBefore);
}

/** The subject of an evidential verb as a verb frame reads it (its phrases and appositives), or null. */
function evidentialSubject(ctx: SentenceContext, i: number, cue: Cue): Span | null {
  const f = readFrame(ctx.text, ctx.sentence, ctx.words, i, i + cue.words.length, cue, ctx.index, ctx.quotes);
  if (!f.before || f.before.end !== f.subjectEnd || f.relative) return null;
  const span = wordSpan(ctx.words, f.before.start, f.before.end);
  if (f.sourceEnd !== null) span.end = f.sourceEnd;
  return span;
}

/** The frame of the cue at word `i`: an evidential, "according to", "citing", or a verb frame. */
function frameAt(ctx: SentenceContext, i: number, cue: Cue, prepositional: boolean): RawAttribution | null {
  const { text, sentence, words, index, quotes } = ctx;
  const cueEnd = i + cue.words.length;
  // "seemed to blame the network": the hedge is the cue verb's ("seemed to blame"), its subject the source.
  const hedgedCue = cue.evidential && words[cueEnd]?.key === 'TO' && matchCue(words, cueEnd + 1) && !matchCue(words, cueEnd + 1)!.generated;
  if (cue.evidential && !hedgedCue) return evidentialFrame(text, words, i, cueEnd, index, quotes, evidentialSubject(ctx, i, cue));
  if (prepositional) return accordingTo(text, sentence, words, i, cueEnd, index);
  if (words[i]!.key === 'CITING' || words[i]!.key === 'QUOTING') return citing(text, sentence, words, i, cueEnd, index, ctx.found, quotes);
  return verbCueOrOpener(text, sentence, words, i, cueEnd, cue, index, quotes, treeSubjectFinder(ctx.syntax, text, sentence, words));
}
