import { attributionWords } from '../lexicon.js';
import { isSituating, trimContent } from '../clauses.js';
import { verbal, wordSpan } from '../phrases.js';
import type { Span } from '../../document/document.js';
import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';

const RELAY_PARTICIPLES = attributionWords('relay-participles');

// Relays: "“...,” Kishida said, as quoted by Kyodo", "..., Kishida said, according to Kyodo": the outlet after a
// frame passed the saying on. It is a link of the frame's provenance chain, between the speaker and the
// article's own outlets; what it relays is the frame's content.

/** A frame followed by ", as quoted by X" or ", according to X": X relays it. */
export function relays(ctx: SentenceContext): void {
  const { text, words } = ctx;
  const here = sentenceAttributions(ctx);
  for (const a of here) {
    if (!a.source || a.relayedBy || a.citedBy || a.content.length === 0) continue;
    const frameEnd = Math.max(a.cue.end, a.source.end);
    if (a.content.some((c) => c.end > frameEnd)) continue;
    let k = words.findIndex((w) => w.start >= frameEnd);
    // (past a phrase that situates the saying: "noted in an interview, as reported by ...")
    if (k > 0 && isSituating(words[k]) && !words[k]!.punctBefore.trim()) {
      let j = k + 1;
      while (j < words.length && j < k + 10 && !words[j]!.punctBefore.trim() && !verbal(words[j])) j++;
      k = j;
    }
    if (k < 0 || k >= words.length || words[k]!.punctBefore.trim() !== ',') continue;
    // ", according to X": the rules found it; it relays the frame's content.
    const according = here.find((r) => r !== a && r.cue.start === words[k]!.start && /^according to$/i.test(text.slice(r.cue.start, r.cue.end)));
    if (according) {
      according.content = a.content.map((c) => ({ ...c }));
      a.relayedBy = according;
      continue;
    }
    // ", as quoted by X", ", as reported by X": the source runs to the next punctuation.
    if (words[k]!.key !== 'AS' || !RELAY_PARTICIPLES.has(words[k + 1]?.key ?? '') || words[k + 2]?.key !== 'BY' || words.slice(k + 1, k + 4).some((w) => w.punctBefore.trim())) continue;
    const end = outletEnd(words, k + 3);
    if (end > k + 3) addRelay(ctx, a, wordSpan(words, k + 3, end), wordSpan(words, k, k + 3));
  }
}

/** Where the outlet's name that starts at word `from` ends: at the next punctuation (`from` when it comes at once). */
function outletEnd(words: SentenceContext['words'], from: number): number {
  let end = from;
  while (end < words.length && !words[end]!.punctBefore.trim()) end++;
  return end;
}

/** The outlet at `source` relays frame `a`: a relay attribution (cue `cue`, the frame's content) is added and linked. */
function addRelay(ctx: SentenceContext, a: RawAttribution, source: Span, cue: Span): void {
  const relay: RawAttribution = { source, cue, content: a.content.map((c) => ({ ...c })), kind: 'reported', sentence: ctx.index };
  ctx.found.push(relay);
  a.relayedBy = relay;
}

/**
 * "<content>, Foreign Minister Sergei Lavrov was quoted as saying by the RIA news agency", "X was quoted as saying
 * that …": the passive "quoted" before "as saying" is the subject's own saying, not what is said of it. The
 * subject is the source (the passive frames took it for the content), the cue runs to "saying", the content is the
 * clause after it or, with none, the sentence before the source; the agent after "by" relays it.
 */
export function quotedAsSaying(ctx: SentenceContext): void {
  const { text, words, sentence } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const k = words.findIndex((w) => w.end === a.cue.end);
    if (k < 0 || !RELAY_PARTICIPLES.has(words[k]!.key) || words[k + 1]?.key !== 'AS' || !/^SAY/.test(words[k + 2]?.key ?? '') || words.slice(k + 1, k + 3).some((w) => w.punctBefore.trim())) continue;
    // (The subject right before the cue, which the passive frame read as the content; or, inverted after what is
    // said, the source an inverted frame already found: "Talks will resume, Lavrov was quoted as saying".)
    const inverted = a.source !== null && a.source.end <= a.cue.start && !text.slice(a.source.end, a.cue.start).trim();
    const subject = inverted ? a.source : a.content.length === 1 && a.source === null && !text.slice(a.content[0]!.end, a.cue.start).trim() ? a.content[0]! : null;
    if (!subject) continue;
    let after = k + 3;
    let relayer: Span | null = null;
    if (words[after]?.key === 'BY' && !words[after]!.punctBefore.trim()) {
      const end = outletEnd(words, after + 1);
      if (end > after + 1) relayer = wordSpan(words, after + 1, end);
      after = end;
    }
    const content = inverted ? null : after < words.length ? trimContent(text, { start: words[after]!.start, end: sentence.end }) : trimContent(text, { start: sentence.start, end: subject.start });
    if (content && content.end <= content.start) continue;
    a.source = subject;
    a.cue = { start: a.cue.start, end: words[k + 2]!.end };
    if (content) a.content = [content];
    // ("saying" read as a frame of its own, with the same content, is this one.)
    for (const b of sentenceAttributions(ctx)) if (b !== a && b.cue.start >= words[k + 2]!.start && b.cue.end <= a.cue.end) ctx.found.splice(ctx.found.indexOf(b), 1);
    if (relayer) addRelay(ctx, a, relayer, wordSpan(words, k + 3, k + 4));
  }
}
