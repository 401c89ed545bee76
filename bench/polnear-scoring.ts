// Reading PolNeAR's brat standoff and scoring predicted attributions against it. Pure functions, no I/O:
// bench/polnear.ts runs them over the corpus, test/polnear-scoring.test.ts over handmade spans.

export interface Span {
  start: number;
  end: number;
}

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

/** One attribution, each role a list of spans (PolNeAR spans may be discontinuous); `source` null when absent. */
export interface SpanAttribution {
  id: string;
  source: Span[] | null;
  cue: Span[];
  content: Span[];
}

export interface BratParse {
  attributions: SpanAttribution[];
  /** `E` lines left out: no content span (an annotator linked only the trigger). */
  incomplete: number;
}

/**
 * Attributions of a brat `.ann` file. `T<n>\t<Label> <start> <end>[;<start> <end>]...\t<text>` lines are spans
 * (their text may run over several lines: continuation lines are skipped); `E<n>\t<Trigger>:T<a> Role:T<b> ...`
 * lines are the attributions, the trigger `Attribution` or `Attribution-no-source` being a copy of the cue span.
 * Roles `Source`, `Cue`, `Content` (and numbered repeats `Content2`, ...) are gathered per role; a missing
 * `Cue` falls back to the trigger's span. `Discard`/`Discuss` spans and `#` notes are ignored. An `E` line with
 * no content is counted as incomplete and left out. Offsets are returned as written (code points).
 */
export function parseBrat(ann: string): BratParse {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ (\d+ \d+(?:;\d+ \d+)*)(?:\t|$)/.exec(line);
    if (t) {
      spans.set(
        t[1]!,
        t[2]!.split(';').map((f) => {
          const [start, end] = f.split(' ').map(Number) as [number, number];
          return { start, end };
        }),
      );
    } else if (/^E\d+\t/.test(line)) events.push(line);
  }
  const attributions: SpanAttribution[] = [];
  let incomplete = 0;
  for (const line of events) {
    const [id = '', args = ''] = line.split('\t');
    const roles: Record<string, Span[]> = {};
    let trigger: Span[] = [];
    for (const arg of args.trim().split(/\s+/)) {
      const m = /^([A-Za-z-]+?)\d*:(T\d+)$/.exec(arg);
      if (!m) continue;
      const found = spans.get(m[2]!) ?? [];
      if (m[1] === 'Attribution' || m[1] === 'Attribution-no-source') trigger = found;
      else (roles[m[1]!.toLowerCase()] ??= []).push(...found);
    }
    const content = roles['content'] ?? [];
    const cue = roles['cue'] ?? trigger;
    if (content.length === 0 || cue.length === 0) {
      incomplete++;
      continue;
    }
    attributions.push({ id, source: roles['source'] ?? null, cue: sortSpans(cue), content: sortSpans(content) });
  }
  return { attributions, incomplete };
}

function sortSpans(spans: Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Converts code-point offsets (brat, written by Python) to UTF-16 offsets (JavaScript string indices). The
 * identity when the text has no character outside the Basic Multilingual Plane.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (offset) => map[offset] ?? u;
}

/**
 * The normalised form of a role's span list, for exact matching: each span trimmed of whitespace at both ends
 * (empty spans dropped), sorted, and spans that overlap, touch or are separated only by whitespace merged into
 * one. So "3." + "The number of ..." split over a line break, or a quotation cut into two touching pieces,
 * compare equal to one span covering both.
 */
export function normaliseSpans(text: string, spans: readonly Span[]): Span[] {
  const trimmed: Span[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) trimmed.push({ start, end });
  }
  const out: Span[] = [];
  for (const s of sortSpans(trimmed)) {
    const last = out[out.length - 1];
    if (last && (s.start <= last.end || /^\s*$/.test(text.slice(last.end, s.start)))) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export const sameSpans = (a: readonly Span[], b: readonly Span[]): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);

/** True positives, false positives, false negatives; summed over articles (micro-average). */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Exact matching of one role's span lists: a predicted list is correct when it equals a gold list not matched
 * yet (each gold list matched at most once). With `text`, both sides are normalised first (normaliseSpans);
 * without, the comparison is strict. Empty lists (an absent source) are not items.
 */
export function exactCounts(gold: readonly Span[][], predicted: readonly Span[][], text?: string): Counts {
  const norm = (l: readonly Span[]) => (text === undefined ? sortSpans([...l]) : normaliseSpans(text, l));
  const g = gold.map(norm).filter((l) => l.length > 0);
  const p = predicted.map(norm).filter((l) => l.length > 0);
  const used = new Array<boolean>(g.length).fill(false);
  let tp = 0;
  for (const list of p) {
    const i = g.findIndex((gl, k) => !used[k] && sameSpans(gl, list));
    if (i >= 0) {
      used[i] = true;
      tp++;
    }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

/** The `\w+` tokens of a text (Unicode letters, digits and underscore), as spans. */
export function wordTokens(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{N}_]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Indices of the tokens that overlap any of the spans. */
function tokensIn(tokens: readonly Span[], spans: readonly Span[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) {
    // tokens are sorted: binary search for the first token ending after s.start
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < s.end; i++) out.add(i);
  }
  return out;
}

/**
 * Token overlap for one role: a token (a `\w+` run) belongs to a side when it overlaps one of that side's spans of
 * the role; tp = tokens on both sides, fp = predicted only, fn = gold only. Each token counts once however many
 * spans hold it.
 */
export function tokenCounts(tokens: readonly Span[], gold: readonly Span[], predicted: readonly Span[]): Counts {
  const g = tokensIn(tokens, gold);
  const p = tokensIn(tokens, predicted);
  let tp = 0;
  for (const i of p) if (g.has(i)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

const anyOverlap = (a: readonly Span[], b: readonly Span[]) => a.some((x) => b.some((y) => overlaps(x, y)));

/**
 * Whether a gold attribution is found: one predicted attribution overlaps its cue and its content and, when the
 * gold has a source, its source.
 */
export function attributionFound(gold: SpanAttribution, predicted: readonly SpanAttribution[]): boolean {
  return predicted.some(
    (p) => anyOverlap(gold.cue, p.cue) && anyOverlap(gold.content, p.content) && (gold.source === null || anyOverlap(gold.source, p.source ?? [])),
  );
}

export interface ArticleScore {
  exact: Record<Role, Counts>;
  strict: Record<Role, Counts>;
  tokens: Record<Role, Counts>;
  /** Gold attributions found (attributionFound) and their number. */
  found: number;
  gold: number;
  predicted: number;
}

const perRole = (): Record<Role, Counts> => ({ source: zeroCounts(), cue: zeroCounts(), content: zeroCounts() });

export function emptyScore(): ArticleScore {
  return { exact: perRole(), strict: perRole(), tokens: perRole(), found: 0, gold: 0, predicted: 0 };
}

/** Scores one article's predicted attributions against its gold ones. */
export function scoreArticle(text: string, gold: readonly SpanAttribution[], predicted: readonly SpanAttribution[]): ArticleScore {
  const score = emptyScore();
  const tokens = wordTokens(text);
  const lists = (as: readonly SpanAttribution[], role: Role) => as.map((a) => a[role] ?? []);
  for (const role of ROLES) {
    score.exact[role] = exactCounts(lists(gold, role), lists(predicted, role), text);
    score.strict[role] = exactCounts(lists(gold, role), lists(predicted, role));
    score.tokens[role] = tokenCounts(tokens, lists(gold, role).flat(), lists(predicted, role).flat());
  }
  score.found = gold.filter((g) => attributionFound(g, predicted)).length;
  score.gold = gold.length;
  score.predicted = predicted.length;
  return score;
}

export function addScore(into: ArticleScore, s: ArticleScore): ArticleScore {
  for (const role of ROLES) {
    addCounts(into.exact[role], s.exact[role]);
    addCounts(into.strict[role], s.strict[role]);
    addCounts(into.tokens[role], s.tokens[role]);
  }
  into.found += s.found;
  into.gold += s.gold;
  into.predicted += s.predicted;
  return into;
}

interface SpanLike {
  start: number;
  end: number;
}

/**
 * A predicted attribution from Annals' result, whatever the exact shape: `source?.span`, `cue.span` or
 * `cue.spans`, `content` as spans (or objects with a `span`). Null when it has no cue; content may be empty.
 */
export function fromResult(a: unknown, index: number): SpanAttribution | null {
  const o = (a ?? {}) as Record<string, unknown>;
  const isSpan = (x: unknown): x is SpanLike =>
    typeof x === 'object' && x !== null && typeof (x as SpanLike).start === 'number' && typeof (x as SpanLike).end === 'number';
  const spansOf = (x: unknown): Span[] => {
    if (x === undefined || x === null) return [];
    if (Array.isArray(x)) return x.flatMap(spansOf);
    if (isSpan(x)) return [{ start: x.start, end: x.end }];
    const r = x as Record<string, unknown>;
    if (r['spans'] !== undefined) return spansOf(r['spans']);
    if (r['span'] !== undefined) return spansOf(r['span']);
    return [];
  };
  const cue = spansOf(o['cue']);
  const content = spansOf(o['content']);
  if (cue.length === 0) return null;
  const source = spansOf(o['source']);
  return { id: typeof o['id'] === 'string' ? o['id'] : `P${index + 1}`, source: source.length ? sortSpans(source) : null, cue: sortSpans(cue), content: sortSpans(content) };
}
