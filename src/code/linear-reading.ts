import type { Modality } from '../document/annotations.js';
import { matchPatterns, type ClauseView, type PatternMatch } from './verb-patterns.js';
import { MODALITY_WHY, intentCode, type Reading, type SentenceContext, type VerbHit } from './reading.js';
import type { Slot } from './sentence-actors.js';
import type { Word } from './words.js';
import { topicObjectVerbWords } from './dictionaries.js';
import { isIntent } from './tree-modality.js';

// Roles from the order of words: the subject is the nearest actor before the verb in its clause, the target
// the first actor after it before a comma; "by" marks the agent of a passive. The coder reads the whole
// sentence so to decide which sentences to parse (parsing is its dearest step) and to code a plain "A verb B"
// unparsed; after the parse it reads the verb's clause as the tree gives it (roles.ts clauseWords), as the
// candidates the tree reading confirms. No clause is cut here: the parse is the one segmenter.

export const BE = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'BEING']);
const HAVE = new Set(['HAS', 'HAVE', 'HAD', 'HAVING']);
const RELATIVES = new Set(['WHICH', 'WHO', 'WHOM']);

export function nearestBefore(slots: Slot[], at: number, from: number): Slot | null {
  let best: Slot | null = null;
  for (const s of slots) if (s.end <= at && s.start >= from) best = s;
  return best;
}

/**
 * The nearest slot before `at` that may be a subject: not one in a prepositional phrase on the actor right before it
 * ("Japan's ambassador to the U.S. told …" is the ambassador's telling), for which that actor is taken.
 */
function nearestSubjectBefore(words: readonly Word[], slots: Slot[], at: number, from: number): Slot | null {
  for (let k = slots.length - 1; k >= 0; k--) {
    const s = slots[k]!;
    if (s.end > at || s.start < from) continue;
    let before = s.start - 1;
    while (before >= from && words[before]!.pos === 'DET' && words[before + 1]!.punctBefore === '') before--;
    const onActor = k > 0 && slots[k - 1]!.end === before && slots[k - 1]!.start >= from;
    if (onActor && words[before]!.pos === 'ADP' && words[before + 1]!.punctBefore === '' && words[before]!.punctBefore === '') continue;
    return s;
  }
  return null;
}

/**
 * The word-order reading of a verb within `window` (word indexes [start, end)): the whole sentence before the
 * parse, the verb's clause as the parse gives it (roles.ts clauseWords) after.
 */
export function linearReading(ctx: SentenceContext, hit: VerbHit, window: { start: number; end: number }): Reading | null {
  const { words, slots, slotAt, inSlot, dictionaries } = ctx;
  const { start, end } = window;
  const clause: ClauseView = { ...ctx.view, start, end };
  const match = matchPatterns(hit.form, clause, hit.at, hit.end, dictionaries.verbs);

  // A "to"-complement: an intent verb governing it makes it an intention.
  let governedByIntent = false;
  if (words[hit.at - 1]?.key === 'TO') {
    let governor: number | undefined;
    for (let k = hit.at - 2; k >= start && governor === undefined; k--) {
      if (words[k]!.pos === 'VERB' || words[k]!.pos === 'ADJ' || words[k]!.pos === 'AUX') governor = k;
    }
    if (governor !== undefined && isIntent(dictionaries, words[governor]!.key)) governedByIntent = true;
  }
  const isIntentVerb = dictionaries.modality.get(words[hit.at]!.key) === 'intent';
  if (isIntentVerb && (!match || match.weight === 0) && words[hit.end]?.key === 'TO') return null;

  const codeText = match?.pattern.code ?? hit.form.code ?? hit.form.block.code;
  const [forward, reverse] = codeText.split(':') as [string, string | undefined];

  let source: Slot | null = null;
  let target: Slot | null = null;
  // The passive ("was signed", "was opposed earlier by"): its subject is what the event is done to.
  // A participle right after a noun with "by" after it is a reduced passive: "states hit by the disaster".
  const reduced = words[hit.end]?.key === 'BY' && !HAVE.has(words[hit.at - 1]?.key ?? '') && words[hit.at - 1]?.pos === 'NOUN';
  const passive = !words[hit.at]!.key.endsWith('ING') && (reduced || BE.has(words[hit.at - 1]?.key ?? '') || (BE.has(words[hit.at - 2]?.key ?? '') && words[hit.at - 1]!.pos === 'ADV'));
  // ("was signed by an Indian delegation and …": a determiner may stand between "by" and the agent's words.)
  const agentAt = (i: number) => (slotAt.has(i + 1) ? i + 1 : words[i + 1]?.pos === 'DET' && slotAt.has(i + 2) ? i + 2 : undefined);
  // ("were released without charge by UK police": a short phrase of no verb and no comma may come first.)
  let agent: number | undefined;
  for (let i = hit.end; i <= hit.end + 3 && i < words.length && agent === undefined; i++) {
    if (i > hit.end && (words[i]!.punctBefore !== '' || words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX')) break;
    if (words[i]!.key === 'BY') agent = agentAt(i);
  }
  if (passive && agent !== undefined) {
    source = slotAt.get(agent)!;
    target = nearestBefore(slots, hit.at, start);
  } else if (passive && match?.source === undefined) {
    // A passive without its agent names no source: no event ("disputes should be resolved").
    return null;
  } else {
    if (match?.source !== undefined) source = slotAt.get(match.source) ?? null;
    source ??= nearestSubjectBefore(words, slots, hit.at, start);
    if (!source && RELATIVES.has(words[start]?.key ?? '')) source = nearestBefore(slots, start, 0);
    if (match?.target !== undefined) target = slotAt.get(match.target) ?? null;
    // The target stands before the next comma: what follows a comma is an aside or another clause (not a comma
    // between two adjectives of one noun: "restore close, friendly ties with").
    // (The word tagger may read the second adjective as an adverb: "complete, full diplomatic ties".)
    const adjectival = (i: number) => words[i]?.pos === 'ADJ' || (words[i]?.pos === 'ADV' && (words[i + 1]?.pos === 'ADJ' || words[i + 1]?.pos === 'NOUN'));
    const betweenAdjectives = (i: number) => words[i - 1]!.pos === 'ADJ' && adjectival(i);
    const comma = words.findIndex((w, i) => i > hit.end && i < end && w.punctBefore.includes(',') && !inSlot(i) && !betweenAdjectives(i));
    const targetEnd = comma > 0 ? comma : end;
    // ("discussed ONGC's plans": a verb of discussion's partner is named with "with", data/lexicon/topic-object-verbs.tsv.)
    const topical = topicObjectVerbWords().has(words[hit.at]!.key);
    // ("joined forces with": nor a word the pattern names, part of the act.)
    const literal = patternWords(match);
    const named = (s: Slot) => s.end - s.start === 1 && literal.has(words[s.start]!.key);
    target ??= slots.find((s) => s.start >= hit.end && s.start < targetEnd && s !== source && !named(s) && (!topical || namedWith(words, s.start))) ?? null;
  }
  if (!source) return null;

  let modality: Modality = 'actual';
  const kind = (w: Word | undefined) => (w ? dictionaries.modality.get(w.key) : undefined);
  const before = words.slice(Math.max(start, source.end), hit.at);
  // "did not meet"; "failed to meet", "were unable to agree": a word of failure right before "to".
  const failed = hit.at >= 2 && words[hit.at - 1]!.key === 'TO' && kind(words[hit.at - 2]) === 'failure';
  if (failed || words.slice(Math.max(start, hit.at - 3), hit.at).some((w) => kind(w) === 'negation')) modality = 'negated';
  else if (words.slice(start, hit.at).some((w) => (w.key === 'IF' || w.key === 'UNLESS') && kind(w) === 'hypothetical') || before.some((w) => w.pos === 'AUX' && kind(w) === 'hypothetical')) modality = 'hypothetical';
  else if (governedByIntent || (isIntentVerb && match && match.weight > 0)) modality = 'intent';
  return {
    hit,
    match,
    forward: governedByIntent ? intentCode(forward) : forward,
    reverse,
    source,
    target,
    modality,
    modalityWhy: MODALITY_WHY[modality],
    relations: [],
    token: -1,
    clauseStart: start,
    clauseEnd: end,
  };
}

/** Whether the phrase at word `start` follows "with", its determiner, titles and adjectives aside ("with Mr McCain", "with French president Chirac"). */
export function namedWith(words: readonly Word[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
    if (words[k]!.key === 'WITH') return true;
    if (!['DET', 'ADJ', 'PROPN', 'NOUN'].includes(words[k]!.pos)) return false;
  }
  return false;
}

/** The literal words of the matched pattern, upper case ("DEATH TOLL *": DEATH, TOLL). */
export function patternWords(match: PatternMatch | null): ReadonlySet<string> {
  return new Set((match?.pattern.text ?? '').toUpperCase().split(/[\s_]+/).filter((w) => /^[A-Z][A-Z'-]*$/.test(w)));
}
