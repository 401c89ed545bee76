import { sentenceAttributions, type SentenceContext } from './types.js';

// The word rules read a source backwards from its cue and stop at a verb: "A majority of voters looking for an
// outsider candidate say", "Republican activists clamoring to block Donald Trump argue", "families of those
// affected by mass shootings said" lose their head noun. Where a verb stands right before the source the rules
// found, the dependency tree's subject of the cue verb (its whole subtree, with participles, infinitives and
// relative clauses) gives the source's start, when it ends where the rules' source ends.

/** A source that starts right after a verb (or a verb and a preposition) starts where the tree's subject phrase does. */
export function subjectPhrases(ctx: SentenceContext): void {
  const layer = ctx.syntax;
  if (!layer) return;
  const { text, words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    if (!source || source.end > a.cue.start || a.refersTo) continue;
    const k = words.findIndex((w) => w.start === source.start);
    if (k < 1 || words[k]!.punctBefore.trim()) continue;
    // (a participle, or an infinitive, no cue of this sentence: "he said Mr Smith had ..." is a nested frame)
    const verbBefore = (j: number) =>
      j >= 0 && words[j]!.pos === 'VERB' && !words[j + 1]!.punctBefore.trim() && (/(ING|ED|EN)$/.test(words[j]!.key) || words[j - 1]?.key === 'TO') && !sentenceAttributions(ctx).some((b) => b.cue.start <= words[j]!.start && words[j]!.end <= b.cue.end);
    if (!verbBefore(k - 1) && !(/^(ADP|PART)$/.test(words[k - 1]!.pos) && verbBefore(k - 2))) continue;
    const { first, count } = layer.sentence(ctx.sentence);
    let verb = -1;
    for (let t = first; t < first + count; t++) if (layer.tokenStart(t) >= a.cue.start && layer.tokenEnd(t) <= a.cue.end && /^(VERB|AUX)$/.test(layer.tag(t))) verb = t;
    const subject = verb >= 0 ? layer.subjects(verb)[0] : undefined;
    if (subject === undefined) continue;
    const phrase = layer.phrase(subject);
    if (phrase.start >= source.start || phrase.end > a.cue.start || text.slice(phrase.end, source.end).trim().replace(/^[,)]+$/, '')) continue;
    const start = words.find((w) => w.start >= phrase.start);
    if (start && start.start < source.start) a.source = { start: start.start, end: source.end };
  }
}
