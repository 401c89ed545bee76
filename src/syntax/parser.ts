import { mix, mix3, mix4 } from './hash.js';
import type { LexicalFeatures } from './lexical.js';
import { argmax, scoreAllowed, type Scorer } from './perceptron.js';

// A greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with hashed, Zhang & Nivre (2011) style
// feature templates. One classifier chooses the transition (shift, left-arc, right-arc); a second labels
// each arc as it is made, from the head, the dependent and the children each already has. Trained
// with the dynamic oracle of Goldberg & Nivre (2013), so it learns to recover from its own mistakes.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;
// Room for every template, twice over when each feature has a domain-specific copy.
export const PARSER_FEATURES = 160;
export const LABEL_FEATURES = 80; // 36 used, 72 with domain copies
const DOMAIN = 0x1f83d9ab;

/** Each of the first `count` features again, specific to the input's treebank (Daumé 2007); the new count. */
function withDomainCopies(input: ParserInput, out: Uint32Array, count: number): number {
  if (input.domain === undefined || input.domain < 0) return count;
  const domain = mix(DOMAIN, input.domain);
  for (let k = 0; k < count; k++) out[count + k] = mix(out[k]!, domain);
  return 2 * count;
}

const NONE = 0x51ed270b;
const ROOT_WORD = 0x7f4a7c15;

/** A parse in progress. Words are 1..n, 0 is the root. */
export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  top = 0; // stack size
  next = 1; // first word of the buffer
  readonly heads: Int32Array;
  readonly labels: Int32Array; // label index + 1, 0 none
  readonly leftmost: Int32Array; // nearest-first lists are rebuilt from these two pairs
  readonly leftmost2: Int32Array;
  readonly rightmost: Int32Array;
  readonly rightmost2: Int32Array;
  readonly leftCount: Uint16Array;
  readonly rightCount: Uint16Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.stack[0] = 0;
    this.top = 1;
    this.heads = new Int32Array(n + 1).fill(-1);
    this.labels = new Int32Array(n + 1);
    this.leftmost = new Int32Array(n + 1).fill(-1);
    this.leftmost2 = new Int32Array(n + 1).fill(-1);
    this.rightmost = new Int32Array(n + 1).fill(-1);
    this.rightmost2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Uint16Array(n + 1);
    this.rightCount = new Uint16Array(n + 1);
  }

  s(k: number): number {
    return this.top > k ? this.stack[this.top - 1 - k]! : -1;
  }

  b(k: number): number {
    const i = this.next + k;
    return i <= this.n ? i : -1;
  }

  terminal(): boolean {
    return this.next > this.n && this.top === 1;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.next <= this.n;
    if (t === LEFT) return this.top > 1 && this.next <= this.n;
    // The root takes its one child only at the end, so every parse has a single root.
    return this.top > 2 || (this.top === 2 && this.next > this.n);
  }

  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.top++] = this.next++;
      return;
    }
    const dep = this.stack[--this.top]!;
    const head = t === LEFT ? this.next : this.stack[this.top - 1]!;
    this.attach(head, dep, label);
  }

  private attach(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label + 1;
    if (dep < head) {
      this.leftCount[head] = this.leftCount[head]! + 1;
      const first = this.leftmost[head]!;
      if (first === -1 || dep < first) {
        this.leftmost2[head] = first;
        this.leftmost[head] = dep;
      } else if (this.leftmost2[head] === -1 || dep < this.leftmost2[head]!) this.leftmost2[head] = dep;
    } else {
      this.rightCount[head] = this.rightCount[head]! + 1;
      const last = this.rightmost[head]!;
      if (last === -1 || dep > last) {
        this.rightmost2[head] = last;
        this.rightmost[head] = dep;
      } else if (this.rightmost2[head] === -1 || dep > this.rightmost2[head]!) this.rightmost2[head] = dep;
    }
  }

  /** The dependent and head an arc transition would join. */
  arc(t: number): [number, number] {
    const dep = this.stack[this.top - 1]!;
    return [dep, t === LEFT ? this.next : this.stack[this.top - 2]!];
  }
}

/** Words and tags of a sentence as the parser reads them: index 0 is the root. */
export interface ParserInput {
  lex: LexicalFeatures;
  /** UPOS index per word (0-based over the words, without the root). */
  tags: Uint8Array;
  /** The treebank for domain-specific feature copies (0 the target domain); none when omitted or -1. */
  domain?: number;
}

/** Per position 0..n (0 the root): word hash, tag id (1 root, tag + 2), a 2-letter suffix hash, 6-bit cluster. */
interface Columns {
  words: Uint32Array;
  tags: Uint32Array;
  suffixes: Uint32Array;
  clusters: Uint32Array;
}

const columnCache = new WeakMap<ParserInput, Columns>();

function columns(input: ParserInput): Columns {
  let c = columnCache.get(input);
  if (c) return c;
  const n = input.tags.length;
  c = { words: new Uint32Array(n + 1), tags: new Uint32Array(n + 1), suffixes: new Uint32Array(n + 1), clusters: new Uint32Array(n + 1) };
  c.words[0] = ROOT_WORD;
  c.tags[0] = 1;
  c.suffixes[0] = NONE;
  for (let i = 1; i <= n; i++) {
    c.words[i] = input.lex.lower[i - 1]!;
    c.tags[i] = input.tags[i - 1]! + 2;
    c.suffixes[i] = input.lex.suffixes[(i - 1) * 4 + 1]!;
    c.clusters[i] = input.lex.clusters[(i - 1) * 3 + 1]!;
  }
  columnCache.set(input, c);
  return c;
}

// Values at a position that may be absent (-1): no closures on the hot path.
function wordAt(c: Columns, i: number): number {
  return i < 0 ? NONE : c.words[i]!;
}
function clusterAt(c: Columns, i: number): number {
  return i < 0 ? NONE : c.clusters[i]!;
}
function tagAt(c: Columns, i: number): number {
  return i < 0 ? 0 : c.tags[i]!;
}
function labelAt(st: ParseState, i: number): number {
  return i < 0 ? 0 : st.labels[i]!;
}
function childAt(list: Int32Array, i: number): number {
  return i < 0 ? -1 : list[i]!;
}

function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 11 ? 6 : 7;
}

export function parserFeatures(input: ParserInput, st: ParseState, out: Uint32Array): number {
  const c = columns(input);
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const s0w = wordAt(c, s0), s0t = tagAt(c, s0), s1w = wordAt(c, s1), s1t = tagAt(c, s1), s2t = tagAt(c, s2);
  const b0w = wordAt(c, b0), b0t = tagAt(c, b0), b1w = wordAt(c, b1), b1t = tagAt(c, b1), b2t = tagAt(c, b2);
  const s0wt = mix(s0w, s0t), s1wt = mix(s1w, s1t), b0wt = mix(b0w, b0t), b1wt = mix(b1w, b1t);
  const d = s0 > 0 && b0 > 0 ? distanceBucket(b0 - s0) : 0;
  const d10 = s0 > 0 && s1 > 0 ? distanceBucket(s0 - s1) : 0;
  const s0lc1 = childAt(st.leftmost, s0), s0rc1 = childAt(st.rightmost, s0), b0lc1 = childAt(st.leftmost, b0), s1rc1 = childAt(st.rightmost, s1), s1lc1 = childAt(st.leftmost, s1);
  const vl = s0 > 0 ? st.leftCount[s0]! : 0, vr = s0 > 0 ? st.rightCount[s0]! : 0;
  const bvl = b0 > 0 ? st.leftCount[b0]! : 0;
  const s0prev = s0 > 1 ? tagAt(c, s0 - 1) : 0, s0next = s0 > 0 && s0 < st.n ? tagAt(c, s0 + 1) : 0;
  const b0prev = b0 > 1 ? tagAt(c, b0 - 1) : 0;
  let f = 0;
  out[f++] = mix(100, s0w);
  out[f++] = mix(101, s0t);
  out[f++] = mix(102, s0wt);
  out[f++] = mix(103, s1w);
  out[f++] = mix(104, s1t);
  out[f++] = mix(105, s1wt);
  out[f++] = mix(106, s2t);
  out[f++] = mix(107, b0w);
  out[f++] = mix(108, b0t);
  out[f++] = mix(109, b0wt);
  out[f++] = mix(110, b1w);
  out[f++] = mix(111, b1t);
  out[f++] = mix(112, b1wt);
  out[f++] = mix(113, b2t);
  out[f++] = mix3(114, s0w, b0w);
  out[f++] = mix3(115, s0wt, b0t);
  out[f++] = mix3(116, s0t, b0wt);
  out[f++] = mix3(117, s0wt, b0wt);
  out[f++] = mix3(118, s0t, b0t);
  out[f++] = mix3(119, s1t, s0t);
  out[f++] = mix3(120, s1w, s0w);
  out[f++] = mix3(121, s1wt, s0t);
  out[f++] = mix3(122, s1t, s0wt);
  out[f++] = mix4(123, s1t, s0t, b0t);
  out[f++] = mix4(124, s0t, b0t, b1t);
  out[f++] = mix4(125, b0t, b1t, b2t);
  out[f++] = mix4(126, s2t, s1t, s0t);
  out[f++] = mix4(127, s0t, tagAt(c, s0lc1), b0t);
  out[f++] = mix4(128, s0t, tagAt(c, s0rc1), b0t);
  out[f++] = mix4(129, s0t, b0t, tagAt(c, b0lc1));
  out[f++] = mix4(130, s1t, tagAt(c, s1rc1), s0t);
  out[f++] = mix4(131, s1t, s0t, tagAt(c, s0rc1));
  out[f++] = mix3(132, s0w, d);
  out[f++] = mix3(133, s0t, d);
  out[f++] = mix3(134, b0w, d);
  out[f++] = mix3(135, b0t, d);
  out[f++] = mix4(136, s0t, b0t, d);
  out[f++] = mix4(137, s1t, s0t, d10);
  out[f++] = mix3(138, s0w, vl);
  out[f++] = mix3(139, s0w, vr);
  out[f++] = mix3(140, s0t, vl);
  out[f++] = mix3(141, s0t, vr);
  out[f++] = mix3(142, b0w, bvl);
  out[f++] = mix3(143, b0t, bvl);
  out[f++] = mix(144, wordAt(c, s0lc1));
  out[f++] = mix(145, tagAt(c, s0lc1));
  out[f++] = mix(146, labelAt(st, s0lc1));
  out[f++] = mix(147, wordAt(c, s0rc1));
  out[f++] = mix(148, tagAt(c, s0rc1));
  out[f++] = mix(149, labelAt(st, s0rc1));
  out[f++] = mix(150, tagAt(c, childAt(st.leftmost2, s0)));
  out[f++] = mix(151, labelAt(st, childAt(st.leftmost2, s0)));
  out[f++] = mix(152, tagAt(c, childAt(st.rightmost2, s0)));
  out[f++] = mix(153, labelAt(st, childAt(st.rightmost2, s0)));
  out[f++] = mix(154, wordAt(c, b0lc1));
  out[f++] = mix(155, tagAt(c, b0lc1));
  out[f++] = mix(156, labelAt(st, b0lc1));
  out[f++] = mix(157, tagAt(c, childAt(st.leftmost2, b0)));
  out[f++] = mix(158, labelAt(st, childAt(st.leftmost2, b0)));
  out[f++] = mix(159, tagAt(c, s1rc1));
  out[f++] = mix(160, labelAt(st, s1rc1));
  out[f++] = mix(161, labelAt(st, s1lc1));
  out[f++] = mix4(162, s0t, labelAt(st, s0lc1), labelAt(st, childAt(st.leftmost2, s0)));
  out[f++] = mix4(163, s0t, labelAt(st, s0rc1), labelAt(st, childAt(st.rightmost2, s0)));
  out[f++] = mix4(164, b0t, labelAt(st, b0lc1), labelAt(st, childAt(st.leftmost2, b0)));
  out[f++] = mix4(165, s0t, s0next, b0t);
  out[f++] = mix4(166, s0prev, s0t, b0t);
  out[f++] = mix4(167, s0t, b0prev, b0t);
  out[f++] = mix3(168, s0w, b0t);
  out[f++] = mix3(169, s0t, b0w);
  out[f++] = mix4(170, s0t, labelAt(st, s0rc1), b0w);
  out[f++] = mix4(171, s1t, s0t, labelAt(st, s0lc1));
  const s0c = clusterAt(c, s0), b0c = clusterAt(c, b0), s1c = clusterAt(c, s1), b1c = clusterAt(c, b1);
  out[f++] = mix3(172, s0c, s0t);
  out[f++] = mix3(173, b0c, b0t);
  out[f++] = mix3(174, s1c, s1t);
  out[f++] = mix3(175, b1c, b1t);
  out[f++] = mix3(176, s0c, b0c);
  out[f++] = mix4(177, s0c, s0t, b0t);
  out[f++] = mix4(178, s0t, b0c, b0t);
  out[f++] = mix4(179, s1c, s0c, b0t);
  return withDomainCopies(input, out, f);
}

export function labelFeatures(input: ParserInput, st: ParseState, dep: number, head: number, out: Uint32Array): number {
  const c = columns(input);
  const dw = wordAt(c, dep), dt = tagAt(c, dep), hw = wordAt(c, head), ht = tagAt(c, head);
  const dir = head === 0 ? 2 : dep < head ? 0 : 1;
  const dist = head === 0 ? 0 : distanceBucket(Math.abs(head - dep));
  const dlc = st.leftmost[dep]!, drc = st.rightmost[dep]!;
  const hlc = st.leftmost[head]!, hrc = st.rightmost[head]!;
  const dsuffix = c.suffixes[dep]!;
  let f = 0;
  out[f++] = mix(200, dir);
  out[f++] = mix(201, dw);
  out[f++] = mix(202, dt);
  out[f++] = mix3(203, dw, dt);
  out[f++] = mix(204, hw);
  out[f++] = mix(205, ht);
  out[f++] = mix3(206, hw, ht);
  out[f++] = mix4(207, dt, ht, dir);
  out[f++] = mix4(208, dw, ht, dir);
  out[f++] = mix4(209, dt, hw, dir);
  out[f++] = mix4(210, dw, hw, dir);
  out[f++] = mix4(211, dt, ht, mix(dir, dist));
  out[f++] = mix4(212, dt, dir, labelAt(st, dlc));
  out[f++] = mix4(213, dt, dir, labelAt(st, drc));
  out[f++] = mix4(214, dt, ht, wordAt(c, dlc));
  out[f++] = mix4(215, dt, dir, wordAt(c, dlc));
  out[f++] = mix4(216, ht, dir, labelAt(st, hlc));
  out[f++] = mix4(217, ht, dir, labelAt(st, hrc));
  out[f++] = mix4(218, dt, ht, labelAt(st, hlc));
  out[f++] = mix4(219, dt, tagAt(c, dep - 1), tagAt(c, dep + 1 <= st.n ? dep + 1 : -1));
  out[f++] = mix4(220, ht, tagAt(c, head + 1 <= st.n ? head + 1 : -1), dir);
  out[f++] = mix4(221, dt, ht, tagAt(c, dlc));
  out[f++] = mix3(222, dsuffix, dt);
  out[f++] = mix4(223, dw, dir, wordAt(c, dlc));
  out[f++] = mix4(224, hw, dir, labelAt(st, hlc));
  out[f++] = mix4(225, dt, ht, wordAt(c, drc));
  out[f++] = mix4(226, dt, dir, dep > 0 ? st.leftCount[dep]! : 0);
  out[f++] = mix4(227, dt, dir, dep > 0 ? st.rightCount[dep]! : 0);
  out[f++] = mix4(228, ht, wordAt(c, dlc), labelAt(st, hlc));
  out[f++] = mix4(229, dt, dir, tagAt(c, dlc));
  out[f++] = mix4(230, dw, ht, wordAt(c, dlc));
  out[f++] = mix4(231, ht, hw, mix(dt, dir));
  out[f++] = mix4(232, dt, head > 0 && head > 1 ? tagAt(c, head - 1) : 0, dir);
  out[f++] = mix4(233, dt, ht, mix(labelAt(st, dlc), labelAt(st, drc)));
  out[f++] = mix4(234, c.clusters[dep]!, dt, dir);
  out[f++] = mix4(235, c.clusters[head]!, ht, dir);
  return withDomainCopies(input, out, f);
}

export interface ParseScorers {
  transitions: Scorer;
  labels: Scorer;
  /** Per UPOS index of the dependent, the labels it may take (seen in training); all when empty. */
  labelsByTag?: readonly number[][];
}

/** Scratch space reused across sentences by one parser. */
export class ParseScratch {
  readonly features = new Uint32Array(PARSER_FEATURES + 8);
  readonly labelFeatures = new Uint32Array(LABEL_FEATURES + 8);
  readonly transitionScores = new Float32Array(TRANSITIONS);
  readonly labelScores: Float32Array;
  constructor(labels: number) {
    this.labelScores = new Float32Array(labels);
  }
}

/** The label of an arc, by the label classifier. */
export function chooseLabel(scorers: ParseScorers, input: ParserInput, st: ParseState, dep: number, head: number, scratch: ParseScratch): number {
  const count = labelFeatures(input, st, dep, head, scratch.labelFeatures);
  return scoreLabels(scorers, input, dep, scratch, count);
}

/** The best label among the dependent's candidates, its features already in scratch.labelFeatures. */
export function scoreLabels(scorers: ParseScorers, input: ParserInput, dep: number, scratch: ParseScratch, count: number): number {
  const candidates = scorers.labelsByTag?.[input.tags[dep - 1]!];
  if (candidates?.length === 1) return candidates[0]!;
  scoreAllowed(scorers.labels, scratch.labelFeatures, count, scratch.labelScores, candidates);
  return Math.max(0, argmax(scratch.labelScores));
}

function bestValid(st: ParseState, scores: Float32Array): number {
  let best = -1;
  for (let t = 0; t < TRANSITIONS; t++) if (st.valid(t) && (best < 0 || scores[t]! > scores[best]!)) best = t;
  return best;
}

/**
 * The one valid transition when there is only one (the stack holds just the root: shift; the buffer is
 * empty: right-arc), else -1: then the classifier's choice would be forced, so it is not consulted.
 */
function onlyValid(st: ParseState): number {
  if (st.next > st.n) return RIGHT;
  return st.top === 1 ? SHIFT : -1;
}

/** The greedy parse: heads (0 root, 1-based otherwise) and label indices for words 1..n. */
export function parseSentence(scorers: ParseScorers, input: ParserInput, scratch: ParseScratch): { heads: Int32Array; labels: Int32Array } {
  const n = input.tags.length;
  const st = new ParseState(n);
  while (!st.terminal()) {
    let t = onlyValid(st);
    if (t < 0) {
      const count = parserFeatures(input, st, scratch.features);
      scratch.transitionScores.fill(0);
      scorers.transitions.score(scratch.features, count, scratch.transitionScores);
      t = bestValid(st, scratch.transitionScores);
    }
    let label = 0;
    if (t !== SHIFT) {
      const [dep, head] = st.arc(t);
      label = chooseLabel(scorers, input, st, dep, head, scratch);
    }
    st.apply(t, label);
  }
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 1; i <= n; i++) {
    heads[i - 1] = Math.max(0, st.heads[i]!);
    labels[i - 1] = Math.max(0, st.labels[i]! - 1);
  }
  return { heads, labels };
}

/**
 * The dynamic oracle's cost of each transition: how many gold arcs it makes unreachable
 * (Goldberg & Nivre 2013, arc-hybrid). `gold` holds the gold head of words 1..n at index 1..n.
 */
export function transitionCost(st: ParseState, t: number, gold: Int32Array): number {
  const s0 = st.s(0);
  const b0 = st.b(0);
  if (t === SHIFT) {
    let cost = 0;
    for (let k = 0; k < st.top; k++) {
      const item = st.stack[k]!;
      if (gold[item] === b0) cost++;
      if (item !== s0 && gold[b0] === item) cost++;
    }
    return cost;
  }
  let cost = 0;
  for (let i = st.next; i <= st.n; i++) if (gold[i] === s0) cost++;
  const h = gold[s0]!;
  if (t === LEFT) {
    if (h !== b0 && (h === st.s(1) || h > b0)) cost++;
  } else if (h >= b0 && b0 !== -1) cost++;
  return cost;
}
