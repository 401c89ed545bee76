import type { Span } from '../../document/document.js';
import { readFrame } from './frame-subjects.js';
import { wordSpan } from '../phrases.js';
import type { Word } from '../../code/words.js';
import { attributionWords, type Cue } from '../lexicon.js';
import { BE_FORMS, COPULAS, situatingAdjunctEnd } from '../clauses.js';
import { accordingTo } from './according-to.js';
import { citing } from './citing.js';
import { matchCue, mayOpenClause, participleAfterDeterminer, thatClauseCue, participleTaggedNoun, verbTaggedNoun, verbTaggedNounClosingFrame } from './cues.js';
import { evidentialFrame } from './evidentials.js';
import { nounCue } from './noun-cues.js';
import { frameSource } from './sources.js';
import type { RawAttribution, SentenceContext } from './types.js';
import { verbCueOrOpener } from './verb-frames.js';
import { titleCase } from './title-case.js';
import { treeSubjectFinder } from '../tree-subjects.js';

// The cue rule: at each word of a sentence, the cue it starts (a statement noun, a verb frame, "according to",
// "citing", an evidential "seems") with its frame, unless the word is no cue there (a naming participle, an
// adjective, a credit line …).

const SINGULAR_QUANTIFIERS = attributionWords('singular-quantifiers');
const NAMING_PARTICIPLES = attributionWords('naming-participles');
const INDEFINITE_ARTICLES = attributionWords('indefinite-articles');

/** The cues that start at each word of the sentence, with their frames. */
export function wordCues(ctx: SentenceContext): void {
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
  // "costs less than, say, a new ferry": a bare "say" set off by commas on both sides offers an example; nobody says it.
  if (w.key === 'SAY' && cue.words.length === 1 && w.punctBefore.trim() === ',' && words[cueEnd]?.punctBefore.trim() === ',') return true;
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
  // "the first two states to vote", "three reasons the plan fails": a form in -s right after an adjective or a number opening
  // a phrase is a plural noun (not after a singular quantifier, "another says"; nor a title after a name, "union
  // chief says"; nor before a "that" or punctuation).
  if (i > 0 && /[^S]S$/.test(w.key) && !w.punctBefore && /^(ADJ|NUM)$/.test(words[i - 1]!.pos) && !words[i - 1]!.possessive && !SINGULAR_QUANTIFIERS.has(words[i - 1]!.key) && !words[i - 1]!.punctBefore.includes('-') && !/^(NOUN|PROPN)$/.test(words[i - 2]?.pos ?? '') && words[cueEnd] !== undefined && !words[cueEnd]!.punctBefore.trim() && !(words[cueEnd]!.key === 'THAT')) return true;
  // "grew thanks to strong exports": "thanks to" is a preposition.
  if (w.key === 'THANKS' && words[cueEnd]?.key === 'TO') return true;
  // "Smith reported from Los Angeles.": a reporter's credit line, not a report of anything.
  if (w.key.startsWith('REPORT') && words[cueEnd]?.key === 'FROM' && !words[cueEnd]!.punctBefore) return true;
  // A WordNet verb needs a clause or a quotation: a cheap look first (they are many, and mostly not cues).
  if (cue.generated && !cue.object && !nearQuote && !mayOpenClause(words, cueEnd)) return true;
  // "refused to disclose", "plans to support": an infinitive after another verb is that verb's complement.
  if (words[i - 1]?.key === 'TO' && !w.punctBefore && /^(VERB|AUX|ADJ)$/.test(words[i - 2]?.pos ?? '')) return true;
  // "were confident that ...", "remain hopeful that ...": an adjective of the mind is a cue before a "that" clause
  // only, and only as a predicate (not "made sure that"); a past form the tagger read as an adjective ("Smith alleged
  // that ...") is the verb.
  if (w.pos === 'ADJ' && !cue.generated) return words[cueEnd]?.key !== 'THAT' || !!words[cueEnd]!.punctBefore.trim() || (!/ED$/.test(w.key) && !predicative(words, i));
  // Verbs only ("the report", "a call" are not cues); "according to" is the one prepositional cue.
  if (cue.words[0] !== 'ACCORDING' && !(w.pos === 'VERB' || w.pos === 'AUX' || verbTaggedNoun(words, i, cueEnd) || verbTaggedNounClosingFrame(words, i) || participleTaggedNoun(words, i))) return true;
  // A WordNet verb only as a verb: not a noun ("the group"), not a name inside the sentence ("Josh").
  return !!cue.generated && (w.pos !== 'VERB' || (i > 0 && /^[A-Z]/.test(w.raw)));
}

/**
 * Whether the adjective at word `i` is a predicate: after a form of "be" or a copula ("remain"), past adverbs and
 * "not" ("were not optimistic"), or opening a phrase after a comma or "and" (", confident that ...").
 */
function predicative(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !words[k + 1]!.punctBefore.trim() && (words[k]!.pos === 'ADV' || words[k]!.pos === 'PART')) k--;
  if (words[k + 1]!.punctBefore.trim() === ',' || words[k]?.key === 'AND') return true;
  return k >= 0 && (BE_FORMS.has(words[k]!.key) || COPULAS.has(words[k]!.key));
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
  const cited = words[i]!.key === 'CITING' || words[i]!.key === 'QUOTING' ? citing(text, sentence, words, i, cueEnd, index, ctx.found, quotes) : undefined;
  if (cited !== undefined) return cited;
  return verbCueOrOpener(text, sentence, words, i, cueEnd, cue, index, quotes, treeSubjectFinder(ctx.syntax, text, sentence, words));
}
