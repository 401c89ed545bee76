import { attributionWords } from '../lexicon.js';
import type { Word } from '../../code/words.js';
import { BE_FORMS, WH_WORDS } from '../clauses.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

const WRITTEN_STATEMENTS = attributionWords('written-statements');
const STATEMENT_DETERMINERS = attributionWords('statement-determiners');

// The cue's extent past its verb: "said in a statement" is one act of saying (a statement is what is said, not
// where), so the phrase belongs to the cue, as attribution corpora mostly span it; "said in an interview" is
// where it was said, and is not.

/** "said in a statement", "wrote in an email": the cue goes on over "in <a> [written] <statement>". */
export function writtenStatementCues(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const k = words.findIndex((w) => w.start >= a.cue.end);
    if (k < 1 || words[k - 1]!.end !== a.cue.end || !/^(VERB|AUX)$/.test(words[k - 1]!.pos)) continue;
    const end = statementPhraseEnd(ctx, k);
    if (end === null) continue;
    const cueEnd = words[end - 1]!.end;
    // (Not over a content or a source that starts in the phrase.)
    if (a.content.some((c) => c.start < cueEnd && c.end > a.cue.end) || (a.source && a.source.start < cueEnd && a.source.end > a.cue.end)) continue;
    a.cue = { start: a.cue.start, end: cueEnd };
  }
}

/** The end (word index after it) of "in <determiner> [one or two modifiers] <statement noun>" at word `k`, or null. */
function statementPhraseEnd(ctx: SentenceContext, k: number): number | null {
  const { words } = ctx;
  if (words[k]?.key !== 'IN' || words[k]!.punctBefore.trim() || !STATEMENT_DETERMINERS.has(words[k + 1]?.key ?? '')) return null;
  for (let j = k + 2; j < Math.min(words.length, k + 5); j++) {
    if (words[j]!.punctBefore.trim()) return null;
    if (WRITTEN_STATEMENTS.has(words[j]!.key) && words[j]!.pos === 'NOUN' && !(WRITTEN_STATEMENTS.has(words[j + 1]?.key ?? '') && !words[j + 1]!.punctBefore.trim())) return j + 1;
    if (!/^(ADJ|NOUN|VERB)$/.test(words[j]!.pos)) return null;
  }
  return null;
}

/**
 * "tweeted in response: “...”", "added warily: “...”", "declared in the debate spin room, “...”", "told the paper in
 * an interview published Monday, “...”": a phrase that situates the saying (a preposition or an adverb opens it)
 * between the cue (or its listener) and a quotation is no part of the content; before a colon right after the cue
 * it is the cue's, with the colon.
 */
export function situatedQuotations(ctx: SentenceContext): void {
  const { text, words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const c = a.content[0];
    // (Past a listener: "told the paper in a written statement, “...”".)
    if (!c || c.start < a.cue.end || !/^[\s\p{L}\p{N}'\u2019.-]{0,60}$/u.test(text.slice(a.cue.end, c.start))) continue;
    const quote = ctx.quotes.find((q) => q.start > c.start && q.start < c.end);
    if (!quote) continue;
    const m = /^([^"\u201c\u201d]*?)([:,])\s*$/.exec(text.slice(c.start, quote.start));
    if (!m || m[1]!.includes("''")) continue;
    const phrase = words.filter((w) => w.start >= c.start && w.end <= c.start + m[1]!.length);
    const first = phrase[0];
    // (A question word opening a clause is what is said: "explaining why he is here, “...”"; "when asked ..." situates.)
    const question = WH_WORDS.has(first?.key ?? '') && phrase[1]?.pos !== 'VERB';
    if (!first || phrase.length > 12 || first.start !== c.start || !(first.pos === 'ADP' || first.pos === 'ADV') || first.key === 'THAT' || question) continue;
    if (m[2] === ':' && !text.slice(a.cue.end, c.start).trim()) a.cue = { start: a.cue.start, end: c.start + m[1]!.length + 1 };
    a.content[0] = { start: quote.start, end: c.end };
  }
}

const VOICING_VERBS = attributionWords('voicing-verbs');
const STANCE_PREPOSITIONS = attributionWords('stance-prepositions');

/**
 * "expressed concern that ...", "voiced support for ...", "expressed dismay at ...": a bare noun right after a verb
 * of voicing names the stance voiced, and belongs to the cue with the preposition after it; the content follows.
 * Returns the word index where the content starts, or null. (`start`: where the content was found to start; one
 * word past the noun, a clause opens there, "expressed confidence it was".)
 */
export function voicedStanceEnd(words: Word[], verb: number, cueEnd: number, noun: number, start: number): number | null {
  const clauseAt = start === noun + 1;
  if (noun !== cueEnd || !(start === noun || clauseAt)) return null;
  const w = words[noun];
  const next = words[noun + 1];
  if (!VOICING_VERBS.has(words[verb]!.key) || !w || w.pos !== 'NOUN' || w.punctBefore || !next || next.punctBefore) return null;
  if (STANCE_PREPOSITIONS.has(next.key)) return noun + 2 < words.length && !/[,;:.()]/.test(words[noun + 2]!.punctBefore) ? noun + 2 : null;
  return next.key === 'THAT' || clauseAt ? noun + 1 : null;
}

/**
 * "began by saying ...", "followed up by asking ...", "concluded by implying ...": a gerund cue after "by" right
 * after its clause's verb (no object between) tells how the subject went on; the verb group is the cue's. Not a
 * passive ("is justified by arguing"), nor over another cue.
 */
export function mannerGerundCues(ctx: SentenceContext): void {
  const { words } = ctx;
  const mine = sentenceAttributions(ctx);
  for (const a of mine) {
    const g = words.findIndex((w) => w.start === a.cue.start);
    if (g < 3 || !/ING$/.test(words[g]!.key) || words[g - 1]!.key !== 'BY' || words[g]!.punctBefore || words[g - 1]!.punctBefore) continue;
    let v = g - 2;
    // (a particle or an adverb after the verb: "followed up by", "responded first by")
    if (/^(ADP|PART|ADV)$/.test(words[v]!.pos) && words[v - 1]!.pos === 'VERB' && !words[v]!.punctBefore) v--;
    if (words[v]!.pos !== 'VERB' || words[v + 1]!.punctBefore) continue;
    let head = v;
    while (head > 0 && /^(AUX|ADV)$/.test(words[head - 1]!.pos) && !words[head]!.punctBefore) head--;
    const group = words.slice(head, v + 1);
    const start = words[head]!.start;
    if (group.some((w) => BE_FORMS.has(w.key)) || (a.source && a.source.end > start)) continue;
    if (ctx.found.some((b) => b !== a && b.cue.start < a.cue.start && b.cue.end > start)) continue;
    a.cue = { start, end: a.cue.end };
  }
}
