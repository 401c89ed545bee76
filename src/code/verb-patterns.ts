import type { PatternElement, VerbBlock, VerbDictionary, VerbPattern } from '../dictionaries/petrarch/index.js';
import { canonicalWords } from './lexicon.js';

// Verb dictionaries (PETRARCH format: Annals' own or a user's) indexed for the coder: every form of every
// verb points at its block, and a pattern is matched against the words around the verb in its clause.

export interface VerbForm {
  block: VerbBlock;
  /** Canonical words of the whole verb phrase in this form ("BREAK", "DOWN"). */
  words: string[];
  /** Index in `words` of the verb itself. */
  verbIndex: number;
  /** The verb entry's own code, which overrides the block's. */
  code: string | undefined;
  line: number;
}

export interface VerbIndex {
  file: string;
  /** Verb forms by the canonical verb word. */
  forms: Map<string, VerbForm[]>;
  /** Synset name → member phrases as canonical words. */
  synsets: Map<string, string[][]>;
  /** Nouns of a reduction ("CUTS"): right after a synset's member they name the cut, not the thing cut (reduction-nouns.tsv). */
  reductionNouns?: ReadonlySet<string>;
}

export function indexVerbs(dictionary: VerbDictionary, reductionNouns?: ReadonlySet<string>): VerbIndex {
  const forms = new Map<string, VerbForm[]>();
  for (const block of dictionary.blocks) {
    for (const verb of block.verbs) {
      for (const phrase of [verb.phrase, ...verb.forms]) {
        const words = phrase.words.flatMap((w) => canonicalWords(w));
        const verbWord = canonicalWords(phrase.words[verb.verbWord] ?? phrase.words[0]!)[0];
        if (!verbWord) continue;
        const form: VerbForm = { block, words, verbIndex: Math.max(0, words.indexOf(verbWord)), code: verb.code, line: verb.line };
        const list = forms.get(verbWord);
        if (list) list.push(form);
        else forms.set(verbWord, [form]);
      }
    }
  }
  // Longer verb phrases first, so "BREAK DOWN" wins over "BREAK".
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);
  const synsets = new Map<string, string[][]>();
  const expand = (name: string, seen: Set<string>): string[][] => {
    const synset = dictionary.synsets[name];
    if (!synset || seen.has(name)) return [];
    seen.add(name);
    const members: string[][] = [];
    for (const m of synset.members) {
      if (m.synset) members.push(...expand(m.synset, seen));
      for (const p of [m.phrase, m.plural]) if (p) members.push(p.words.flatMap((w) => canonicalWords(w)));
    }
    return members;
  };
  for (const name of Object.keys(dictionary.synsets)) synsets.set(name, expand(name, new Set()));
  return { file: dictionary.name, forms, synsets, ...(reductionNouns && { reductionNouns }) };
}

/** What the pattern matcher sees of a clause: canonical words and, for each word, the actor group it starts, if any. */
export interface ClauseView {
  words: readonly string[];
  /** Word index → end (exclusive) of the actor group starting there. */
  actorAt: ReadonlyMap<number, number>;
  /** Clause limits, as word indexes: [start, end). */
  start: number;
  end: number;
  /** Word indexes of "to" as an infinitive's marker ("decided to open"), not a preposition. */
  infinitiveMarks?: ReadonlySet<number>;
}

export interface PatternMatch {
  pattern: VerbPattern;
  /** Word index of the actor group matched by `+` / `$`, when the pattern has one. */
  target?: number;
  source?: number;
  /** Word index of the actor group matched by `%`: a compound actor whose members act with each other. */
  compound?: number;
  /** Number of elements matched: the more, the more specific. */
  weight: number;
}

type Flat = Exclude<PatternElement, { kind: 'nounPhrase' } | { kind: 'prepPhrase' }> & { words?: string[] };

function flatten(elements: readonly PatternElement[]): Flat[] {
  return elements.flatMap((e) =>
    e.kind === 'nounPhrase' || e.kind === 'prepPhrase' ? flatten(e.elements) : e.kind === 'word' ? [{ ...e, words: canonicalWords(e.word) }] : [e],
  );
}

/** A pattern split at its verb, flattened, its words in canonical form: computed once per pattern. */
interface PreparedPattern {
  before: Flat[];
  after: Flat[];
  /** The verb is joined by `_` to the element before it ("RECENTLY_*"). */
  verbAdjacent: boolean;
  /** Words the pattern cannot match without (its literal words but a last one that may match as a prefix). */
  required: string[];
  /** Synsets the pattern cannot match without one member of. */
  requiredSynsets: string[];
}
const prepared = new WeakMap<VerbPattern, PreparedPattern>();

function prepare(pattern: VerbPattern): PreparedPattern {
  let p = prepared.get(pattern);
  if (!p) {
    const elements = flatten(pattern.elements);
    const v = elements.findIndex((e) => e.kind === 'verb');
    const required: string[] = [];
    const requiredSynsets: string[] = [];
    for (const e of elements) {
      if (e.kind === 'synset') requiredSynsets.push(e.name);
      if (e.kind !== 'word' || !e.words) continue;
      // As elementAt compares: the last word of a non-whole-word element of 3+ letters matches as a prefix.
      const prefixLast = !e.wholeWord && e.words.length > 0 && e.words[e.words.length - 1]!.length >= 3;
      required.push(...(prefixLast ? e.words.slice(0, -1) : e.words));
    }
    p = { before: v >= 0 ? elements.slice(0, v).reverse() : [], after: v >= 0 ? elements.slice(v + 1) : elements, verbAdjacent: v >= 0 && elements[v]!.adjacent, required, requiredSynsets };
    prepared.set(pattern, p);
  }
  return p;
}

/** The words of a sentence (ClauseView.words) as a set, and which synsets have a member all of whose words are in it. */
interface SentenceWords {
  words: Set<string>;
  synsets: Map<string, boolean>;
}
const sentenceWords = new WeakMap<readonly string[], SentenceWords>();

function hasAll(words: Set<string>, required: readonly string[]): boolean {
  for (let k = 0; k < required.length; k++) if (!words.has(required[k]!)) return false;
  return true;
}

/** A block's patterns, each prepared, in the block's order: one lookup per block, not one per pattern. */
const preparedBlocks = new WeakMap<VerbBlock, (PreparedPattern & { pattern: VerbPattern })[]>();
function preparedBlock(block: VerbBlock): (PreparedPattern & { pattern: VerbPattern })[] {
  let list = preparedBlocks.get(block);
  if (!list) preparedBlocks.set(block, (list = block.patterns.map((pattern) => ({ pattern, ...prepare(pattern) }))));
  return list;
}

function synsetPresent(name: string, sentence: SentenceWords, index: VerbIndex): boolean {
  let found = sentence.synsets.get(name);
  if (found === undefined) {
    found = (index.synsets.get(name) ?? []).some((member) => member.length > 0 && member.every((word) => sentence.words.has(word)));
    sentence.synsets.set(name, found);
  }
  return found;
}

/** How far (in words) a non-adjacent pattern element may be from the previous one. */
const GAP = 6;

/**
 * Matches `elements` forward from word `from` (direction +1) or backward (direction -1). Returns the
 * slots found, or null. An element joined by `_` must sit right next to the previous one.
 */
function matchSide(
  elements: readonly Flat[],
  view: ClauseView,
  from: number,
  direction: 1 | -1,
  index: VerbIndex,
  slots: { target?: number; source?: number; compound?: number },
  verbAdjacent = false,
): boolean {
  let at = from;
  for (let e = 0; e < elements.length; e++) {
    const element = elements[e]!;
    // Reading backward, an element is joined to the one read before it (the one after it in the pattern, the verb
    // for the first): "RECENTLY_*" does not match "recently did allow".
    const adjacent = direction === 1 ? element.adjacent : e === 0 ? verbAdjacent : (elements[e - 1]?.adjacent ?? false);
    let found = -1;
    let next = at;
    for (let k = 0; k <= (adjacent ? 0 : GAP); k++) {
      const i = at + direction * k;
      if (i < view.start || i >= view.end) break;
      // "welcomed the decision by India to open a link": a "to" after the target names where ("welcomed X to
      // Tokyo"), and an infinitive's "to" is not that. (A "to" joined to the verb after it is one: "+ TO_LIFT".)
      const infinitiveAfterTarget = element.kind === 'word' && element.word === 'TO' && elements[e - 1]?.kind === 'target' && elements[e + 1]?.adjacent !== true && view.infinitiveMarks?.has(i);
      const len = infinitiveAfterTarget ? 0 : elementAt(element, view, i, direction, index);
      if (len > 0) {
        found = i;
        next = i + direction * len;
        break;
      }
    }
    if (found < 0) return false;
    if (element.kind === 'target') slots.target = direction === 1 ? found : next + 1;
    if (element.kind === 'source') slots.source = direction === 1 ? found : next + 1;
    if (element.kind === 'compound') slots.compound = direction === 1 ? found : next + 1;
    at = next;
  }
  return true;
}

/** Number of words element `element` covers at word `i` (reading in `direction`), 0 when it does not match. */
function elementAt(element: Flat, view: ClauseView, i: number, direction: 1 | -1, index: VerbIndex): number {
  const word = view.words[i]!;
  switch (element.kind) {
    case 'word': {
      const want = element.words ?? canonicalWords(element.word);
      if (want.length === 0) return 0;
      const first = direction === 1 ? i : i - want.length + 1;
      if (first < view.start) return 0;
      for (let k = 0; k < want.length; k++) {
        const w = view.words[first + k];
        const last = k === want.length - 1;
        if (w === undefined) return 0;
        if (!(w === want[k] || (!element.wholeWord && last && want[k]!.length >= 3 && w.startsWith(want[k]!)))) return 0;
      }
      return want.length;
    }
    case 'synset': {
      for (const member of index.synsets.get(element.name) ?? []) {
        const first = direction === 1 ? i : i - member.length + 1;
        // ("announced import tariff cuts": a noun before a noun of reduction names what is cut; the phrase is the cut.)
        if (first >= view.start && member.every((m, k) => view.words[first + k] === m) && !index.reductionNouns?.has(view.words[first + member.length] ?? '')) return member.length;
      }
      return 0;
    }
    case 'target':
    case 'source':
    case 'compound': {
      if (direction === 1) {
        const end = view.actorAt.get(i);
        return end !== undefined ? end - i : 0;
      }
      for (const [start, end] of view.actorAt) if (end - 1 === i) return end - start;
      return 0;
    }
    case 'skip':
      return word ? 1 : 0;
    case 'verb':
      return 0;
  }
}

/** The most specific pattern of `form`'s block matching around the verb at word `verbAt` (its phrase spans verbAt..verbEnd). */
export function matchPatterns(form: VerbForm, view: ClauseView, verbAt: number, verbEnd: number, index: VerbIndex): PatternMatch | null {
  let best: PatternMatch | null = null;
  // Every word a pattern matches is a word of the sentence: a pattern needing a word the sentence lacks is
  // skipped without scanning (most of a block's patterns, for most sentences).
  let present = sentenceWords.get(view.words);
  if (!present) sentenceWords.set(view.words, (present = { words: new Set(view.words), synsets: new Map() }));
  for (const prepared of preparedBlock(form.block)) {
    const { pattern, before, after, verbAdjacent, required, requiredSynsets } = prepared;
    if (!hasAll(present.words, required)) continue;
    if (requiredSynsets.length > 0 && !requiredSynsets.every((name) => synsetPresent(name, present, index))) continue;
    const slots: { target?: number; source?: number; compound?: number } = {};
    if (after.length > 0 && !matchSide(after, view, verbEnd, 1, index, slots)) continue;
    if (before.length > 0 && !matchSide(before, view, verbAt - 1, -1, index, slots, verbAdjacent)) continue;
    const weight = before.length + after.length;
    if (!best || weight > best.weight) best = { pattern, weight, ...slots };
  }
  return best;
}
