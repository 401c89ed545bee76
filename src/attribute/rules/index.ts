import type { AnnalsDocument, Span } from '../../document/document.js';
import { sentenceWords } from '../../code/words.js';
import { cueLexicon } from '../lexicon.js';
import { coordinatedContents } from './coordinated-contents.js';
import { contentsInSubjects } from './subject-contents.js';
import { colonHeadline } from './colon-headlines.js';
import { useCueLexicon } from './cues.js';
import { hedgingAdverbs } from './evidentials.js';
import { findings } from './findings.js';
import { clipNestedContents, cutAtOtherFrames, framesInsideInvertedContent, frontedRelatives } from './nesting.js';
import { SpanIndex } from '../span-index.js';
import { openingParticiples } from './opening-participles.js';
import { openingAdverbials } from './opening-adverbials.js';
import { participlesAfterFrames } from './trailing-participles.js';
import { trailingAgents } from './passive-agents.js';
import { quotedAsSaying, relays } from './relays.js';
import { reducedPassiveAgents } from './reduced-passives.js';
import { participleClauseSubjects, participlesAfterOfPhrases, participleTreeSubjects } from './participle-trees.js';
import { relativeTreeSubjects } from './tree-relatives.js';
import { participlesAfterObjects } from './participle-objects.js';
import { infinitiveTreeSubjects } from './infinitive-subjects.js';
import { clausesAfterAnd, embeddedSubjectPhrases, participleSubjects, subjectPhrases, subjectsAfterAnd } from './subject-phrases.js';
import { QUOTE_REACH, closeOpenQuotations, joinLaterQuotations, joinQuotationAfterInvertedFrame, joinParagraphQuotations, leaveClaimedQuotations, quotations } from './quotations.js';
import { mannerGerundCues, situatedQuotations, writtenStatementCues } from './cue-extents.js';
import { completeSources, leaveOutAnonymityRelatives, leaveOutDashedRelatives, leaveOutFramedRelatives, leaveOutWordSources } from './sources.js';
import type { AttributionOptions, RawAttribution, SentenceContext } from './types.js';
import { namesReadAsAdverbs, titleCaseVerbs } from './title-case.js';
import { wordCues } from './word-cues.js';

// Attributions: who says (or thinks, or wants) what. Each is a cue ("said", "according to", "citing"),
// its content (one or more spans: a quotation may be interrupted by "he said") and, when named, its source.
// Found by rules over the sentence's words and parts of speech, and over quotation marks in the paragraph;
// the rules, one file each in this folder, run in the order listed here.

export type { AttributionOptions, RawAttribution } from './types.js';

/** The rules over each sentence, in order (each adds to, or amends, the attributions found so far). */
const SENTENCE_RULES: ((ctx: SentenceContext) => void)[] = [
  colonHeadline, // "Minister: talks will resume"
  wordCues, // each word a cue may start: statement nouns, verb frames, "according to", "citing", "seems"
  completeSources, // a quantity before a source, a parenthesis after it
  reducedPassiveAgents, // "The bill, opposed by House Republicans, ...": the agent
  subjectPhrases, // "A majority of voters looking for an outsider say": the tree's subject phrase
  subjectsAfterAnd, // "Neither has won a state and Cruz suggested": the tree's subject after "and"
  clausesAfterAnd, // the same where the tree reads the name as the object's conjunct
  participleSubjects, // "Voters hoping to change the law say": the phrase the participle follows
  embeddedSubjectPhrases, // "A short article in a local weekly said": the tree's subject phrase the source is an object inside
  openingParticiples, // "Noting that X, Tester added ...": Tester notes X
  participlesAfterFrames, // "“...,” said Tom Reed, explaining ...": Tom Reed explains
  participleClauseSubjects, // "At a rally in Salem, New Hampshire, Trump went after Bush, calling": the tree's clause subject
  participleTreeSubjects, // "Mr. Lee made a third attempt to deflect it, writing ...": the tree's clause subject where the rules found none
  participlesAfterOfPhrases, // "the share of pilots saying": the "of" phrase is the source
  participlesAfterObjects, // "poured money into groups backing the mayor": the object is the source
  infinitiveTreeSubjects, // "The rivals seized on the storm to criticise": the tree's subject of the infinitive
  relativeTreeSubjects, // "Maher, who backs Sanders, but has dismissed ...": the relative pronoun the tree gives
  leaveOutFramedRelatives, // "Barkley, who said X, said Y": the relative clause is no part of the source
  writtenStatementCues, // "said in a statement"
  mannerGerundCues, // "began by saying"
  situatedQuotations, // "tweeted in response: “...”"
  hedgingAdverbs, // "reportedly", "allegedly"
  findings, // "<X> in the latest CNN poll"
  trailingAgents, // "was asked to preserve them by the committee": the agent is the source
  coordinatedContents, // "said X, and Y" where the tree coordinates Y inside the content
  contentsInSubjects, // "Delegates who plan to attend could be faced with ...": the infinitive ends with the subject
  openingAdverbials, // "In a year in which voters say X, allies questioned Y": the content ends with the adverbial
  cutAtOtherFrames, // a content ends where another frame of the sentence begins
  framesInsideInvertedContent, // "Smith said that X, he said": the inner frame is the attribution
  frontedRelatives, // "which he said Mexico would pay for"
  quotedAsSaying, // "X was quoted as saying by Interfax": X says it, Interfax relays it
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
    const ctx: SentenceContext = { text, sentence, index, words: namesReadAsAdverbs(titleCaseVerbs(sentenceWords(text, sentence))), quotes, inQuote, found, from: found.length, syntax: doc.syntax };
    for (const rule of SENTENCE_RULES) rule(ctx);
  });
  leaveClaimedQuotations(text, found);
  joinParagraphQuotations(text, allQuotes, found);
  closeOpenQuotations(text, allQuotes, found);
  joinQuotationAfterInvertedFrame(text, allQuotes, found);
  joinLaterQuotations(text, allQuotes, found);
  const byPlace = new SpanIndex<RawAttribution>(sentences);
  for (const a of found) byPlace.add(a, [a.cue, ...a.content]);
  clipNestedContents(text, found, byPlace);
  leaveOutWordSources(text, found);
  leaveOutAnonymityRelatives(text, found);
  leaveOutDashedRelatives(text, found);
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
