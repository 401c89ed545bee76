import type { Span } from '../../document/document.js';
import { phraseBefore } from '../phrases.js';
import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';
import { attributionWords } from '../lexicon.js';

const NOUN_PHRASE_PREPOSITIONS = attributionWords('noun-phrase-prepositions');

// The word rules read a source backwards from its cue and stop at a verb: "A majority of voters looking for an
// outsider candidate say", "Republican activists clamoring to block Donald Trump argue", "families of those
// affected by mass shootings said" lose their head noun. Where a verb stands right before the source the rules
// found, the dependency tree's subject of the cue verb (its whole subtree, with participles, infinitives and
// relative clauses) gives the source's start, when it ends where the rules' source ends.

/** A source that starts right after a verb (or a verb and a preposition) starts where the tree's subject phrase does. */
export function subjectPhrases(ctx: SentenceContext): void {
  const { text, words } = ctx;
  for (const { a, source, k } of sourcesBeforeCues(ctx)) {
    if (k < 1 || words[k]!.punctBefore.trim()) continue;
    // (a participle, or an infinitive, no cue of this sentence: "he said Mr Smith had ..." is a nested frame)
    const verbBefore = (j: number) =>
      j >= 0 && words[j]!.pos === 'VERB' && !words[j + 1]!.punctBefore.trim() && (/(ING|ED|EN)$/.test(words[j]!.key) || words[j - 1]?.key === 'TO') && !sentenceAttributions(ctx).some((b) => b.cue.start <= words[j]!.start && words[j]!.end <= b.cue.end);
    // (or a preposition inside a noun phrase, "the majority on the court refused", "candidates like Jo Lee have said")
    const inPhrase = NOUN_PHRASE_PREPOSITIONS.has(words[k - 1]!.key) && k > 1 && /^(NOUN|PROPN|PRON|NUM|ADJ)$/.test(words[k - 2]!.pos) && !words[k - 1]!.punctBefore.trim();
    if (!verbBefore(k - 1) && !(/^(ADP|PART)$/.test(words[k - 1]!.pos) && verbBefore(k - 2)) && !inPhrase) continue;
    const phrase = cueSubjectPhrase(ctx, a.cue);
    if (!phrase) continue;
    if (phrase.start >= source.start || phrase.end > a.cue.start || text.slice(phrase.end, source.end).trim().replace(/^[,)]+$/, '')) continue;
    const start = words.find((w) => w.start >= phrase.start);
    // (The tree's phrase of a noun before the preposition: not a clause's opening preposition, "after a poll showed", nor across a comma.)
    if (inPhrase && (!start || /^(ADP|SCONJ)$/.test(start.pos) || text.slice(start.start, source.start).includes(','))) continue;
    if (start && start.start < source.start) a.source = { start: start.start, end: source.end };
  }
}

/**
 * "Voters hoping to change the law say ...", "A new post drawing a lot of attention shows ...": where the tree makes
 * the participle its root and gives the cue no subject, a source that the word rules read off the participle's
 * object starts at the noun phrase the participle follows, when that phrase opens the clause (the sentence's
 * start, or after punctuation or a conjunction) and no finite verb stands between.
 */
export function participleSubjects(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const { a, source, k } of sourcesBeforeCues(ctx)) {
    if (k < 2 || words[k]!.punctBefore.trim()) continue;
    // (a participle the tagger read as a noun before its infinitive: "activists clamoring to block")
    const isParticiple = (j: number) => /ING$/.test(words[j]!.key) && (words[j]!.pos === 'VERB' || (words[j]!.pos === 'NOUN' && words[j + 1]?.key === 'TO' && words[j + 2]?.pos === 'VERB'));
    let p = k - 1;
    // (back over the participle's object, its infinitive and prepositions, no punctuation, no finite verb)
    while (p > 0 && !words[p + 1]!.punctBefore.trim() && !(isParticiple(p) && /^(NOUN|PROPN)$/.test(words[p - 1]!.pos) && !words[p - 1]!.possessive)) {
      const w = words[p]!;
      const infinitive = w.pos === 'VERB' && words[p - 1]?.key === 'TO';
      if (!(/^(DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(w.pos) || infinitive)) break;
      p--;
    }
    const participle = words[p]!;
    if (p < 1 || !isParticiple(p) || words[p + 1]!.punctBefore.trim() || participle.punctBefore.trim()) continue;
    const head = phraseBefore(words, p, 0);
    if (!head || head.end !== p) continue;
    const s = head.start;
    const opens = s === 0 || !!words[s]!.punctBefore.trim() || /^(CCONJ|SCONJ)$/.test(words[s - 1]!.pos);
    if (opens && words[s]!.start < source.start) a.source = { start: words[s]!.start, end: source.end };
  }
}

/**
 * "Neither has won a state and Cruz suggested they drop out", "cells that turn into any tissue and researchers
 * hope": the word rules read a verb's object and "and" into the source of the next clause's cue. Where the tree's
 * subject phrase of the cue verb starts after an "and" inside the source, and ends where the source ends, the
 * source starts there. (Coordinated subjects, "Japan and Russia agreed", are one phrase on the tree.)
 */
export function subjectsAfterAnd(ctx: SentenceContext): void {
  const { text, words } = ctx;
  for (const { a, source, k } of sourcesBeforeCues(ctx)) {
    const and = words.findIndex((w) => w.start > source.start && w.end < source.end && w.key === 'AND' && !w.punctBefore.trim());
    if (k < 0 || and < 0 || text.slice(source.start, source.end).includes(',')) continue;
    // (Only where what comes before "and" is no subject: a verb's or a preposition's object, or a clause of its own.)
    const objectBefore = k > 0 && !words[k]!.punctBefore.trim() && /^(VERB|AUX|ADP)$/.test(words[k - 1]!.pos);
    if (!objectBefore && !words.slice(k, and).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const phrase = cueSubjectPhrase(ctx, a.cue);
    if (!phrase) continue;
    if (words.findIndex((w) => w.start >= phrase.start) !== and + 1 || phrase.end > a.cue.start || text.slice(phrase.end, source.end).trim().replace(/^[,)]+$/, '')) continue;
    const start = words.find((w) => w.start >= phrase.start);
    if (start && start.start > source.start && start.start < source.end) a.source = { start: start.start, end: source.end };
  }
}

/**
 * "A short article in a local weekly said", "Two people I have worked with over the past few years said": the word
 * rules stop at a word their tagger misreads (a noun read as a verb) or at a preposition after a verb, and take the
 * object of that preposition (or verb) for the source. Where the tree hangs the rules' source on a word before it (as
 * the object or oblique of a verb, or a noun's modifier) inside the cue verb's subject phrase, and that phrase ends
 * where the source ends with no punctuation between its start and the source, the source is the whole phrase.
 */
export function embeddedSubjectPhrases(ctx: SentenceContext): void {
  const { text, words } = ctx;
  const layer = ctx.syntax;
  if (!layer) return;
  for (const { a, source, k } of sourcesBeforeCues(ctx)) {
    // (Only a source right after a preposition or a verb, as the word rules read them, can be such an object; the
    // check spares parsing every other sentence with a frame.)
    const wordBefore = k < 1 ? undefined : words[k - 1];
    if (!wordBefore || !/^(ADP|VERB)$/.test(wordBefore.pos) || words[k]!.punctBefore.trim()) continue;
    const subject = cueSubject(ctx, a.cue);
    if (subject === undefined || layer.tokenEnd(subject) > source.start) continue;
    const phrase = layer.phrase(subject);
    if (phrase.start >= source.start || phrase.end > a.cue.start || text.slice(phrase.end, source.end).trim().replace(/^[,)]+$/, '')) continue;
    // (Whole words, no punctuation between: "doesn’t practice law — told" is no phrase.)
    if (/[,;:—–(“”"]/.test(text.slice(phrase.start, source.start)) || /\S/.test(text.charAt(phrase.start - 1))) continue;
    const sourceHead = layer.tokensWithin(ctx.sentence, source).find((t) => {
      const h = layer.head(t);
      return h < 0 || layer.tokenStart(h) < source.start || layer.tokenEnd(h) > source.end;
    });
    if (sourceHead === undefined || !/^(nmod|obl|obj)/.test(layer.relation(sourceHead))) continue;
    const governor = layer.head(sourceHead);
    if (governor < 0 || layer.tokenStart(governor) < phrase.start || layer.tokenEnd(governor) > source.start) continue;
    // (The phrase opens at its first word of a noun phrase: "Even Mr. Lee", "just a day after a poll" are no sources.)
    const before = layer.tokensWithin(ctx.sentence, { start: phrase.start, end: source.start });
    // (Nor a clause of its own: "X was the best friend Y always hoped to have".)
    if (before.some((t) => layer.relation(t) === 'cop' || layer.head(t) < 0)) continue;
    const first = before[0];
    if (first === undefined || !/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(layer.tag(first)) || /^W/.test(layer.token(first).xpos)) continue;
    const start = words.find((w) => w.start >= phrase.start);
    if (start && start.start < source.start) a.source = { start: start.start, end: source.end };
  }
}

/** The sentence's attributions whose source, as written, stands before the cue, with the source's first word (k, -1 when none starts there); none without a parse. */
function* sourcesBeforeCues(ctx: SentenceContext): Generator<{ a: RawAttribution; source: Span; k: number }> {
  if (!ctx.syntax) return;
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    if (!source || source.end > a.cue.start || a.refersTo) continue;
    yield { a, source, k: ctx.words.findIndex((w) => w.start === source.start) };
  }
}

/** The tree's subject of the cue's (last) verb; undefined when the parse gives none. */
function cueSubject(ctx: SentenceContext, cue: Span): number | undefined {
  const layer = ctx.syntax!;
  const verb = layer.tokensWithin(ctx.sentence, cue).findLast((t) => /^(VERB|AUX)$/.test(layer.tag(t)));
  return verb !== undefined ? layer.subjects(verb)[0] : undefined;
}

/** The span of the tree's subject phrase of the cue's (last) verb; null when the parse gives none. */
function cueSubjectPhrase(ctx: SentenceContext, cue: Span): Span | null {
  const subject = cueSubject(ctx, cue);
  return subject === undefined ? null : ctx.syntax!.phrase(subject);
}

/**
 * "Neither has won a state and Cruz strongly suggested", "has demonized Wall Street and Mr. Trump has disparaged": where
 * the tree reads the noun after "and" as a conjunct of the object before it, a source the word rules start at a verb's
 * (or a preposition's) object, with an "and" inside and no comma, starts after the "and" when the verb is no cue of the
 * sentence (whose content the clause would be: "said Japan and Russia agreed").
 */
export function clausesAfterAnd(ctx: SentenceContext): void {
  const { text, words } = ctx;
  const cueAt = (k: number) => sentenceAttributions(ctx).some((b) => b.cue.start <= words[k]!.start && words[k]!.end <= b.cue.end);
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    if (!source || source.end > a.cue.start || a.refersTo || text.slice(source.start, source.end).includes(',')) continue;
    const k = words.findIndex((w) => w.start === source.start);
    if (k < 1 || words[k]!.punctBefore.trim() || !/^(VERB|AUX|ADP)$/.test(words[k - 1]!.pos) || cueAt(k - 1)) continue;
    // (Nor inside another frame's content: "79 percent said they liked his record and 60 percent said ...".)
    if (sentenceAttributions(ctx).some((b) => b !== a && b.content.some((c) => c.start <= source.start && source.start < c.end))) continue;
    const ands = words.map((w, j) => (w.start > source.start && w.end < source.end && w.key === 'AND' ? j : -1)).filter((j) => j >= 0);
    if (ands.length !== 1) continue;
    const next = words[ands[0]! + 1];
    // (A common noun before "and": "Sanders and his supporters", "Mrs. Lee and Ms. Ito" are one subject.)
    if (!next || next.start >= source.end || !/^(PROPN|PRON|DET|NUM)$/.test(next.pos) || words[ands[0]! - 1]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(words[ands[0]! - 1]!.raw)) continue;
    a.source = { start: next.start, end: source.end };
  }
}
