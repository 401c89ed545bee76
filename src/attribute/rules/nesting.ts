import type { Span } from '../../document/document.js';
import type { Word } from '../../code/words.js';
import { trimContent } from '../clauses.js';
import { SpanIndex } from '../span-index.js';
import { attributionWords } from '../lexicon.js';
import { PERSONAL_PRONOUNS, spanWords, verbal } from '../phrases.js';
import { inQuoteAt } from './quotations.js';
import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';

const FRONTED_RELATIVES = attributionWords('fronted-relatives');
const GAPPED_RELATIVES = attributionWords('gapped-relatives');
const SAYING_VERBS = attributionWords('saying-verbs');
const CLAUSE_OPENERS = attributionWords('clause-openers');
const RELATIVE_WORDS = attributionWords('relative-pronouns');
const STATE_VERBS = attributionWords('state-verbs');

/** A cue that is one finite verb of saying: "said", "says", "told" (not a participle: "saying"). */
const plainSaying = (text: string, cue: Span) => {
  const words = spanWords(text, cue);
  return words.length === 1 && SAYING_VERBS.has(words[0]!) && !words[0]!.endsWith('ING');
};

// Nesting: an attribution inside another's content ("Kyodo reported that Suzuki said that Kishida wants ...").
// In one sentence, a content ends where a frame that is not its own begins; over the document, each
// attribution's parent is the narrowest one whose content holds its cue.

/** "<X wants to meet Y>, Kyodo reported": X's content stops where the reporting frame begins. */
export function cutAtOtherFrames(ctx: SentenceContext): void {
  const here = sentenceAttributions(ctx);
  const inContent = (a: RawAttribution, b: RawAttribution) => sharesSubjectInContent(ctx, a, b);
  for (const a of here) for (const b of here) if (b !== a && !b.citedBy) cutBefore(ctx.text, a, b, inContent);
}

/**
 * "The mayor says the plan is acting as a brake and showing its age", "She said she is tired and wants a change": a
 * frame after "and" with the same subject whose verb (on the parse's tags) is a gerund, a bare infinitive or a
 * present after a past cue goes on the content's clause, not the cue's; it does not end the content. (Any other
 * difference of tense, "says ... and wanted", lost on train: annotators read most such frames as the subject's own.)
 */
function sharesSubjectInContent(ctx: SentenceContext, a: RawAttribution, b: RawAttribution): boolean {
  if (!a.source || !b.source || a.source.start !== b.source.start) return false;
  if (pronounStateGoesOn(ctx.text, a, b)) return true;
  if (!ctx.syntax) return false;
  const outer = verbTense(ctx, a.cue);
  const inner = verbTense(ctx, b.cue);
  if (outer === null || inner === null || outer === inner) return false;
  return inner === 'gerund' || inner === 'base' || (inner === 'present' && outer === 'past');
}

/**
 * "She said she was tired of the ferry and wanted a new quay", "He says he is proud of it and expects to win": a
 * content whose clause opens with a personal pronoun (most often the speaker telling of himself) goes on over "and"
 * with a verb of wanting, hoping, expecting or thinking: the pronoun's state, told on. ("She said she admires him and
 * highlighted ...", "... and suggested ...": any other verb is the frame's second saying; with every verb but those
 * of speaking, train content lost 32 and found 16.)
 */
function pronounStateGoesOn(text: string, a: RawAttribution, b: RawAttribution): boolean {
  const first = a.content.find((c) => c.start >= a.cue.end);
  if (!first || first !== a.content[a.content.length - 1]) return false;
  const opening = spanWords(text, { start: first.start, end: Math.min(first.end, first.start + 40) });
  const subject = opening[0] === 'THAT' ? opening[1] : opening[0];
  if (!subject || !PERSONAL_PRONOUNS.has(subject)) return false;
  return spanWords(text, b.cue).some((w) => STATE_VERBS.has(w));
}

/** The tense class of a cue's first verb on the parse: past, present, modal, base, gerund, participle. */
function verbTense(ctx: SentenceContext, cue: Span): string | null {
  const layer = ctx.syntax!;
  for (const t of layer.tokensWithin(ctx.sentence, cue)) {
    const tense = TENSE_OF_TAG[layer.token(t).xpos];
    if (tense) return tense;
  }
  return null;
}

const TENSE_OF_TAG: Record<string, string> = { VBD: 'past', VBZ: 'present', VBP: 'present', MD: 'modal', VB: 'base', VBG: 'gerund', VBN: 'participle' };

/**
 * "Smith said that X, “Y,” he said.": a pronoun's inverted plain saying whose content opens with (or, after an
 * opening phrase and its comma, holds) another plain saying with its source and content repeats that frame's
 * speaker: the inner frame is the attribution. The inverted frame keeps only what goes on after it, or goes.
 * (Any inner frame, or any outer one, lost on train: "X said Y, the report said" frames X's saying.)
 */
export function framesInsideInvertedContent(ctx: SentenceContext): void {
  const here = sentenceAttributions(ctx);
  for (const a of here) {
    const first = a.content[0];
    // (Only a pronoun's plain saying repeats the inner frame's speaker: "the report said", "according to" frame it.)
    const pronoun = a.source !== null && PERSONAL_PRONOUNS.has(ctx.text.slice(a.source.start, a.source.end).toUpperCase());
    if (!first || first.end > a.cue.start || !pronoun || !plainSaying(ctx.text, a.cue)) continue;
    const inner = here.find((b) => b !== a && b.source && b.source.start >= first.start && b.cue.end < first.end && b.source.end <= b.cue.start && b.content.some((c) => c.start >= b.cue.end) && plainSaying(ctx.text, b.cue) && opensClause(ctx.text, first.start, b.source.start));
    if (!inner) continue;
    a.content.shift();
    if (a.content.length === 0) ctx.found.splice(ctx.found.indexOf(a), 1);
  }
}

/** The position `at` opens a clause of the span starting at `start`: it is the span's start, or follows a comma. */
const opensClause = (text: string, start: number, at: number) => at === start || /,\s*$/.test(text.slice(Math.max(start, at - 4), at));

/**
 * "the wall, which he said Mexico would pay for": a relative pronoun right before a frame's source is fronted out
 * of its content, the content's first piece. (After cutAtOtherFrames: that piece is no inverted content before
 * the frame, which would end an outer content there.)
 */
export function frontedRelatives(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of ctx.found.slice(ctx.from)) {
    if (a.sentence !== ctx.index || !a.source || a.source.end > a.cue.start || a.content.length === 0 || a.content[0]!.start < a.cue.end) continue;
    const k = words.findIndex((w) => w.start === a.source!.start);
    const fronted = words[k - 1];
    // ("in which he says ...": after a preposition the pronoun is an adjunct of the frame, not what is said.)
    // ("in what he says is ...": "what" holds its own antecedent; after a preposition it is still what is said.)
    const afterPreposition = k > 1 && words[k - 2]!.pos === 'ADP' && !fronted?.punctBefore.trim() && fronted?.key !== 'WHAT';
    // (The source is the relative clause's subject, right before its cue: not one a participle's clause lent it across commas.)
    if (words.some((w) => w.start > a.source!.end && w.start <= a.cue.start && w.punctBefore.trim())) continue;
    if (k > 0 && fronted && (FRONTED_RELATIVES.has(fronted.key) || gappedRelative(words, k, a.content[0]!)) && !words[k]!.punctBefore.trim() && !afterPreposition) {
      a.content.unshift({ start: fronted.start, end: fronted.end });
      if (fronted.punctBefore.includes(',')) endAtMainVerb(ctx, a);
    }
  }
}

/**
 * "The new fares, which officials said will start in May, will not apply to ferries": a relative clause set off by
 * commas ends at the comma where the main clause's verb comes; its content with it.
 */
function endAtMainVerb(ctx: SentenceContext, a: RawAttribution): void {
  const { words, quotes, text } = ctx;
  const last = a.content[a.content.length - 1]!;
  for (let k = words.findIndex((w) => w.start >= last.start) + 1; k > 0 && k < words.length && words[k]!.start < last.end; k++) {
    if (inQuoteAt(quotes, words[k]!.start) || !words[k]!.punctBefore.includes(',')) continue;
    if (verbal(words[k]) || (words[k]!.pos === 'ADV' && verbal(words[k + 1]) && !words[k + 1]!.punctBefore)) {
      a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: words[k - 1]!.end });
      return;
    }
  }
}

/**
 * "the groups that he says led him here", "rules that officials said could hurt sales": "that" after a noun, right
 * before the frame's source, whose content opens with its verb (its subject is the relative pronoun), is fronted out
 * of the content. (Not "told reporters that he said nothing": that content has its own subject or object.)
 */
function gappedRelative(words: Word[], k: number, content: Span): boolean {
  const first = words.find((w) => w.start >= content.start);
  return k > 1 && GAPPED_RELATIVES.has(words[k - 1]!.key) && /^(NOUN|PROPN)$/.test(words[k - 2]!.pos) && first !== undefined && /^(VERB|AUX)$/.test(first.pos) && !/ING$/.test(first.key);
}

function cutBefore(text: string, a: RawAttribution, b: RawAttribution, inContent: (a: RawAttribution, b: RawAttribution) => boolean): void {
  // "“We will win,” Walker said, according to the Times": the report frames the whole saying, which is no
  // content of its own there (attribution corpora annotate the outer frame).
  if (spanWords(text, a.cue).join(' ') === 'ACCORDING TO' && b.cue.end <= a.cue.start && a.content.every((c) => c.end <= a.cue.start)) return;
  const frameStart = b.source && b.source.start > a.cue.end ? Math.min(b.source.start, b.cue.start) : b.cue.start;
  const last = a.content[a.content.length - 1]!;
  const cut = (end: number) => (a.content[a.content.length - 1] = trimContent(text, { start: last.start, end }));
  // "Officials who want the ban said it would pass": a frame in a relative clause inside B's subject ends before
  // B's verb (without the commas that relativeOnSubject reads).
  if (b.source && a.source && RELATIVE_WORDS.has(spanWords(text, a.source).join(' ')) && b.source.start < a.source.start && a.cue.end <= b.source.end && b.cue.start > last.start && b.cue.start < last.end) {
    cut(b.cue.start);
    return;
  }
  // (A passive frame's subject, "He said [the council] is expected [to ...]", is no inverted content; nor is it
  // with its agent, "The poll shows that [Lee] was backed by [most women]": the passive goes on inside A's content.)
  const agentPassive = b.source !== null && b.source.start >= b.cue.end && spanWords(text, b.cue).at(-1) === 'BY';
  if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.end <= frameStart && (c.start <= a.cue.start || (b.source !== null && !agentPassive)))) {
    cut(frameStart);
  } else if (b.source && b.source.start > last.start && b.source.end <= b.cue.start && b.cue.start < last.end && plainSaying(text, b.cue) && !spanWords(text, a.cue).some((w) => SAYING_VERBS.has(w))) {
    // "Trump suggested the plan would fail, and Cruz said ...": another's plain saying ("X said", "X told") that
    // opens a clause of its own (after punctuation or a conjunction) inside a content of another kind of cue
    // ends that content. (Any such frame, not only one opening a clause: train cue +40 TP, content +4 TP +80 FP.)
    const from = Math.max(last.start, b.source.start - 64);
    const before = text.slice(from, b.source.start);
    const m = /[,;:]\s*$/.exec(before) ?? /\s(\p{L}+)\s+$/u.exec(before);
    if (m && (m[1] === undefined || CLAUSE_OPENERS.has(m[1].toUpperCase()))) cut(from + m.index);
  } else if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.start >= b.cue.end)) {
    // "Most said X, and they said Y": a frame after "and"/"but" inside A's content starts a clause of its
    // own; A's content ends before it. (After "because", "so", "while", "although", the frame is most
    // often A's reason or contrast, inside A's content: measured.)
    // (Only the tail before the frame is searched: an end-anchored pattern over the whole content is quadratic.)
    const from = Math.max(last.start, frameStart - 64);
    const m = /[,;]?\s*(?:and|but)\s+$/i.exec(text.slice(from, frameStart));
    if (m && !inContent(a, b)) cut(from + m.index);
  } else if (b.source && a.source && b.source.start === a.source.start && b.cue.start > last.start && b.cue.start < last.end) {
    // "Wilson praised X and said Y": one subject, two frames; X ends before "and said".
    const from = Math.max(last.start, b.cue.start - 256);
    const m = /\s+(?:and|but)(?:\s+\S+){0,3}\s*$/i.exec(text.slice(from, b.cue.start));
    if (m && !/[.;]/.test(m[0]) && !inContent(a, b)) cut(from + m.index);
  }
}

const contains = (outer: Span[], at: number) => outer.some((s) => s.start <= at && at < s.end);
export const contentSize = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);

/** Each attribution's parent: the narrowest whose content holds its cue; "citing" sits in its reporter. No loops. */
export function parents(raw: RawAttribution[], byPlace: SpanIndex<RawAttribution>): Map<RawAttribution, RawAttribution> {
  const parentOf = new Map<RawAttribution, RawAttribution>();
  for (const a of raw) {
    if (a.citedBy ?? a.relayedBy) {
      parentOf.set(a, (a.citedBy ?? a.relayedBy)!);
      continue;
    }
    const holders = byPlace.near(a.cue.start).filter((b) => b !== a && contains(b.content, a.cue.start) && !(b.citedBy === a));
    const narrowest = holders.sort((x, y) => contentSize(x.content) - contentSize(y.content) || (y.citedBy ? 1 : 0) - (x.citedBy ? 1 : 0))[0];
    if (narrowest) parentOf.set(a, narrowest);
  }
  // Two attributions each holding the other's cue would make a loop: the wider one is the parent.
  for (const a of raw) {
    const seen = new Set<RawAttribution>([a]);
    for (let x = parentOf.get(a); x; x = parentOf.get(x)) {
      if (seen.has(x)) {
        const p = parentOf.get(x)!;
        if (contentSize(p.content) < contentSize(x.content)) parentOf.delete(p);
        else parentOf.delete(x);
        break;
      }
      seen.add(x);
    }
  }
  return parentOf;
}

/** How deep an attribution sits (0 for an outermost one). */
export function depths(parentOf: Map<RawAttribution, RawAttribution>): (a: RawAttribution) => number {
  const depth = new Map<RawAttribution, number>();
  const depthOf = (a: RawAttribution): number => {
    if (!depth.has(a)) {
      depth.set(a, 0);
      const p = parentOf.get(a);
      depth.set(a, p ? depthOf(p) + 1 : 0);
    }
    return depth.get(a)!;
  };
  return depthOf;
}

/** Whether a content holds a position. */
export const holds = contains;

/**
 * "Cruz, who says Trump is attacking him because the polls have tightened, said ...": a frame inside another's
 * content ("is attacking", inside what Cruz says) has its content inside that content too; one running past
 * its end ("him because ..., said GOP voters ...") ends there. (Left running on, it held the next frame's cue,
 * "said", which then read as nested in it.)
 */
export function clipNestedContents(text: string, found: RawAttribution[], byPlace: SpanIndex<RawAttribution>): void {
  for (const a of found) {
    if (a.citedBy ?? a.relayedBy) continue;
    const holders = byPlace
      .near(a.cue.start)
      .filter((b) => b !== a && b.citedBy !== a && a.citedBy !== b && contains(b.content, a.cue.start) && !contains(a.content, b.cue.start));
    const holder = holders.sort((x, y) => contentSize(x.content) - contentSize(y.content))[0];
    if (!holder) continue;
    const piece = holder.content.find((s) => s.start <= a.cue.start && a.cue.start < s.end)!;
    a.content = a.content.map((c) => (c.start >= piece.start && c.start < piece.end && c.end > piece.end ? trimContent(text, { start: c.start, end: piece.end }) : c)).filter((c) => c.end > c.start);
  }
}
