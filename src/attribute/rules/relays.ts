import { attributionWords } from '../lexicon.js';
import { isSituating } from '../clauses.js';
import { verbal, wordSpan } from '../phrases.js';
import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';

const RELAY_PARTICIPLES = attributionWords('relay-participles');

// Relays: "“...,” Kishida said, as quoted by Kyodo", "..., Kishida said, according to Kyodo": the outlet after a
// frame passed the saying on. It is a link of the frame's provenance chain, between the speaker and the
// article's own outlets; what it relays is the frame's content.

/** A frame followed by ", as quoted by X" or ", according to X": X relays it. */
export function relays(ctx: SentenceContext): void {
  const { text, words, index } = ctx;
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
    let end = k + 3;
    while (end < words.length && !words[end]!.punctBefore.trim()) end++;
    if (end === k + 3) continue;
    const relay: RawAttribution = { source: wordSpan(words, k + 3, end), cue: wordSpan(words, k, k + 3), content: a.content.map((c) => ({ ...c })), kind: 'reported', sentence: index };
    ctx.found.push(relay);
    a.relayedBy = relay;
  }
}
