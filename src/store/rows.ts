import { createHash } from 'node:crypto';
import type { AnalysisResult } from '../document/serialize.js';
import type { CodedEvent, Entity } from '../code/coder.js';
import type { Attribution } from '../attribute/index.js';
import type { SearchHit } from './types.js';

// From an AnalysisResult to the rows of the store's tables, the same for both backends: each table's
// columns in a fixed order and each row as the values in that order.

export type Value = string | number | null;

/** SHA-256 of the body lower-cased with everything but letters and digits removed (the text when the body has none). */
export function contentHash(result: AnalysisResult): string {
  const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const key = normalise(result.article.body) || normalise(result.text);
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and the last day a date of the given precision can mean: '1956' → 1956-01-01 .. 1956-12-31. */
export function dateRange(date: string | null | undefined): { start: string; end: string } | null {
  if (!date) return null;
  const m = DATE.exec(date);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string | undefined, string | undefined];
  if (d !== undefined) return { start: date, end: date };
  if (mo !== undefined) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${String(lastDayOfMonth(+y, +mo)).padStart(2, '0')}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** A filter bound (YYYY, YYYY-MM or YYYY-MM-DD) as a range; throws RangeError for anything else. */
export function boundRange(bound: string, name: string): { start: string; end: string } {
  const range = dateRange(bound.trim());
  if (!range) throw new RangeError(`${name}: '${bound}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return range;
}

/** An actor-code prefix as a half-open range [lo, hi) that a btree index scans: 'JPN' → ['JPN', 'JPO'). */
export function prefixRange(prefix: string): { lo: string; hi: string } | null {
  const lo = prefix.trim().toUpperCase();
  if (!lo) return null;
  const last = lo.charCodeAt(lo.length - 1);
  return { lo, hi: lo.slice(0, -1) + String.fromCharCode(last + 1) };
}

export const json = (value: unknown): string => JSON.stringify(value ?? null);

export interface ArticleRow {
  content_hash: string;
  url: string | null;
  headline: string | null;
  published: string | null;
  dateline_place: string | null;
  byline: string | null;
  publisher: string | null;
  origin: string | null;
  input_origin: string | null;
  text: string;
  body: string;
  warnings: string;
}

// Value columns of each child table; the backend puts article_id (and, for events, sentence_id) in front.
export const SENTENCE_COLUMNS = ['idx', 'paragraph', 'span_start', 'span_end', 'text'] as const;
export const ENTITY_COLUMNS = ['idx', 'type', 'text', 'span_start', 'span_end', 'actor', 'name', 'refers_to', 'sources'] as const;
export const EVENT_COLUMNS = [
  'event_key', 'code', 'root', 'name', 'quad_class', 'goldstein', 'plover_type', 'plover_mode',
  'modality', 'date', 'date_precision', 'date_start', 'date_end', 'source_actor', 'target_actor', 'source_text', 'target_text',
  'source_name', 'target_name', 'location_name', 'location_lat', 'location_lon', 'trigger_start', 'trigger_end', 'evidence', 'provenance',
] as const;
export const ATTRIBUTION_COLUMNS = ['attribution_key', 'source_actor', 'source_name', 'source', 'cue', 'content', 'chain'] as const;
/** Columns holding JSON: jsonb in PostgreSQL, checked text in SQLite. */
export const JSON_COLUMNS = new Set(['warnings', 'sources', 'evidence', 'provenance', 'source', 'cue', 'content', 'chain']);

export interface ArticleRows {
  article: ArticleRow;
  /** Each row without its article_id, which the backend puts in front. */
  sentences: Value[][];
  entities: Value[][];
  /**
   * Rows without article_id and sentence_id; `sentence` is the sentence index to resolve. `mergeKey`
   * identifies the event among the copies of one story (see eventMergeKeys); `mention` is this article's
   * own record of it.
   */
  events: {
    sentence: number | null;
    values: Value[];
    mergeKey: string;
    mention: { key: string; start: number; end: number; provenance: string };
    /** The two actor codes with their resolved names, for the actor counts. */
    actors: { actor: string | null; name: string | null }[];
  }[];
  /** Rows without article_id and parent_id; `parent` is the parent attribution's key. */
  attributions: { key: string; parent: string | null; values: Value[] }[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : v == null ? null : String(v));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * For each event, the key under which copies of one story report the same event: its code, actors,
 * modality and date, and how many events of the article came before with that same description (so the
 * second "Japan protested" of a story meets the second of its copy). The wording is left out on purpose:
 * aggregators edit sentences, and a copy's event differs from the original's only when its coding does.
 */
export function eventMergeKeys(events: readonly CodedEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const key = [e.code, e.source?.actor ?? '', e.target?.actor ?? '', e.modality, e.date ?? ''].join('|');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return `${key}|${n}`;
  });
}

export function articleRows(result: AnalysisResult): ArticleRows {
  if (!result?.article || typeof result.text !== 'string') throw new TypeError('saveArticle: not an AnalysisResult (no article)');
  const a = result.article;
  const url = a.url?.trim() || null;
  const article: ArticleRow = {
    content_hash: contentHash(result),
    url,
    headline: a.headline,
    published: a.published,
    dateline_place: a.dateline?.place ?? null,
    byline: a.byline,
    publisher: a.publisher?.trim() || null,
    origin: a.origin?.trim() || null,
    input_origin: result.input?.origin ?? null,
    text: result.text,
    body: a.body,
    warnings: json(result.warnings ?? []),
  };

  const sentences = result.sentences.map((s, i) => [i, s.paragraph ?? null, s.start, s.end, s.text]);

  const entities = result.entities.map((e, i) => [
    i, e.type, e.text, e.span.start, e.span.end, e.actor ?? null, e.name ?? null, e.refersTo ?? null, json(e.sources ?? []),
  ]);

  const mergeKeys = eventMergeKeys(result.events);
  const events = result.events.map((e, i) => {
    const precision = e.datePrecision ?? null;
    const range = dateRange(e.date);
    return {
      sentence: Number.isInteger(e.sentence) && e.sentence >= 0 && e.sentence < result.sentences.length ? e.sentence : null,
      values: [
        e.id, e.code, e.root, e.name ?? null, num(e.quadClass), num(e.goldstein), e.plover?.type ?? null, e.plover?.mode ?? null,
        e.modality, e.date ?? null, range ? precision : null, range?.start ?? null, range?.end ?? null,
        e.source?.actor ?? null, e.target?.actor ?? null, e.source?.text ?? null, e.target?.text ?? null,
        str(e.source?.name), str(e.target?.name),
        e.location?.name ?? null, num(e.location?.lat), num(e.location?.lon),
        e.span.start, e.span.end, json(e.evidence ?? {}), json(e.provenance ?? []),
      ] as Value[],
      mergeKey: mergeKeys[i]!,
      actors: [
        { actor: e.source?.actor ?? null, name: str(e.source?.name) },
        { actor: e.target?.actor ?? null, name: str(e.target?.name) },
      ],
      mention: { key: e.id, start: e.span.start, end: e.span.end, provenance: json(e.provenance ?? []) },
    };
  });

  const attributions = result.attributions.map((t) => ({
    key: t.id,
    parent: t.parent ?? null,
    values: [
      t.id, t.source?.actor ?? null, t.source?.name ?? t.source?.text ?? null,
      t.source ? json(t.source) : null, json(t.cue), json(t.content ?? []), json(t.chain ?? []),
    ] as Value[],
  }));

  return { article, sentences, entities, events, attributions };
}

/** Per actor code, how many of `events` have it as source and as target, and a name resolved for it. */
export function actorCountRows(events: ArticleRows['events']): [actor: string, name: string | null, asSource: number, asTarget: number, events: number][] {
  const counts = new Map<string, [string | null, number, number]>();
  for (const e of events) {
    e.actors.forEach(({ actor, name }, side) => {
      if (!actor) return;
      const c = counts.get(actor) ?? [null, 0, 0];
      c[0] ??= name;
      c[side === 0 ? 1 : 2]++;
      counts.set(actor, c);
    });
  }
  // Sorted, so that concurrent saves lock the same rows in the same order.
  return [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([actor, [name, src, tgt]]) => [actor, name, src, tgt, src + tgt]);
}

export const ACTOR_COUNTS_UPSERT = `ON CONFLICT (actor) DO UPDATE SET
  as_source = actor_counts.as_source + excluded.as_source,
  as_target = actor_counts.as_target + excluded.as_target,
  events = actor_counts.events + excluded.events,
  name = coalesce(actor_counts.name, excluded.name)`;

/** A full-text hit as both backends return it: the body snippet when the match is in the body, else the headline's. */
export function rowToSearchHit(r: Record<string, unknown>): SearchHit {
  const body = String(r.body_snippet ?? '');
  return {
    id: Number(r.id),
    headline: (r.headline as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    rank: Number(r.rank),
    snippet: body.includes('[') ? body : String(r.headline_snippet ?? body),
  };
}
