import { boundRange, prefixRange, type Value } from './rows.js';
import type { DyadPoint, EventFilter, SeriesPeriod, StoredEvent, StoredEventDetail } from './types.js';

// The read queries both backends share. Values always travel as parameters: a Params collects them and
// hands back the placeholder (`?` for SQLite, `$n` for PostgreSQL); only identifiers and fixed SQL
// fragments are ever written into the text.

export type Dialect = 'sqlite' | 'postgres';

export class Params {
  readonly values: Value[] = [];
  constructor(readonly dialect: Dialect) {}
  /** The placeholder for one more value. */
  add(value: Value): string {
    this.values.push(value);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }
}

/** A user's search words as a safe FTS5 query: words and "quoted phrases", all required; OR between terms. */
export function ftsQuery(query: string): string | null {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const raw = m[1] ?? m[2] ?? '';
    if (m[2] === 'OR') {
      if (terms.length && terms[terms.length - 1] !== 'OR') terms.push('OR');
      continue;
    }
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push(`"${words.join(' ')}"`);
  }
  while (terms[terms.length - 1] === 'OR') terms.pop();
  return terms.length ? terms.join(' ') : null;
}

/** The SQL condition that `articleId` (a column) is an article matching the text search. */
function textCondition(p: Params, articleId: string, text: string): string {
  if (p.dialect === 'sqlite') {
    const q = ftsQuery(text);
    if (!q) return '0';
    return `${articleId} IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${p.add(q)})`;
  }
  return `${articleId} IN (SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', ${p.add(text)}))`;
}

function prefixCondition(p: Params, column: string, prefix: string): string {
  const r = prefixRange(prefix);
  if (!r) return `${column} IS NOT NULL`;
  return `(${column} >= ${p.add(r.lo)} AND ${column} < ${p.add(r.hi)})`;
}

function dyadCondition(p: Params, a: string, b: string): string {
  return (
    `((${prefixCondition(p, 'e.source_actor', a)} AND ${prefixCondition(p, 'e.target_actor', b)}) OR ` +
    `(${prefixCondition(p, 'e.source_actor', b)} AND ${prefixCondition(p, 'e.target_actor', a)}))`
  );
}

export const EVENT_SELECT = `e.id, e.article_id, e.event_key, e.code, e.root, e.name, e.goldstein, e.quad_class, e.plover_type,
  e.plover_mode, e.modality, e.date, e.date_precision, e.source_actor, e.source_text, e.source_name, e.target_actor,
  e.target_text, e.target_name, e.location_name, e.location_lat, e.location_lon, s.idx AS sentence_idx, e.trigger_start, e.trigger_end`;

export const MAX_LIMIT = 10_000;

function limitOf(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isFinite(limit) || limit < 0) throw new RangeError(`limit: ${limit} is not a count`);
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

export function eventsQuery(dialect: Dialect, filter: EventFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where: string[] = [];
  if (filter.actor !== undefined) {
    where.push(`(${prefixCondition(p, 'e.source_actor', filter.actor)} OR ${prefixCondition(p, 'e.target_actor', filter.actor)})`);
  }
  if (filter.dyad) where.push(dyadCondition(p, filter.dyad[0], filter.dyad[1]));
  if (filter.code !== undefined) where.push(`e.code = ${p.add(filter.code)}`);
  if (filter.root !== undefined) where.push(`e.root = ${p.add(filter.root)}`);
  if (filter.quad !== undefined) where.push(`e.quad_class = ${p.add(filter.quad)}`);
  if (filter.from !== undefined) where.push(`e.date_start >= ${p.add(boundRange(filter.from, 'from').start)}`);
  if (filter.to !== undefined) where.push(`e.date_end <= ${p.add(boundRange(filter.to, 'to').end)}`);
  if (filter.modality !== undefined) where.push(`e.modality = ${p.add(filter.modality)}`);
  if (filter.text !== undefined) where.push(textCondition(p, 'e.article_id', filter.text));
  const limit = p.add(limitOf(filter.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(filter.offset ?? 0)));
  const sql = `SELECT ${EVENT_SELECT}
FROM events e LEFT JOIN sentences s ON s.id = e.sentence_id
${where.length ? `WHERE ${where.join('\n  AND ')}` : ''}
ORDER BY e.id
LIMIT ${limit} OFFSET ${offset}`;
  return { sql, params: p.values };
}

const PERIOD_LENGTH: Record<SeriesPeriod, number> = { year: 4, month: 7, day: 10 };

export function dyadSeriesQuery(dialect: Dialect, a: string, b: string, by: SeriesPeriod, modality?: string): { sql: string; params: Value[] } {
  const length = PERIOD_LENGTH[by];
  if (!length) throw new RangeError(`dyadSeries: 'by' is year, month or day, not '${String(by)}'`);
  const p = new Params(dialect);
  const forward = `${prefixCondition(p, 'e.source_actor', a)} AND ${prefixCondition(p, 'e.target_actor', b)}`;
  const ab = p.add(`${a}->${b}`);
  const ba = p.add(`${b}->${a}`);
  const dyad = dyadCondition(p, a, b);
  const mod = modality !== undefined ? `AND e.modality = ${p.add(modality)}` : '';
  const sql = `SELECT period, direction, count(*) AS events, coalesce(sum(goldstein), 0) AS goldstein
FROM (
  SELECT substr(e.date, 1, ${length}) AS period, CASE WHEN ${forward} THEN ${ab} ELSE ${ba} END AS direction, e.goldstein
  FROM events e
  WHERE e.date IS NOT NULL AND ${dyad} ${mod}
) d
GROUP BY period, direction
ORDER BY period, direction`;
  return { sql, params: p.values };
}

export function dyadPoint(row: Record<string, unknown>): DyadPoint {
  return { period: String(row.period), direction: String(row.direction), events: Number(row.events), goldstein: Number(row.goldstein) };
}

export function eventDetailQuery(dialect: Dialect, id: number): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const sql = `SELECT ${EVENT_SELECT}, s.text AS sentence_text, a.headline, a.url, a.published, e.evidence, e.provenance
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN sentences s ON s.id = e.sentence_id
WHERE e.id = ${p.add(id)}`;
  return { sql, params: p.values };
}

export const STATS_SQL = `SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(*) FROM clusters) AS clusters,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM attributions) AS attributions,
  (SELECT count(*) FROM outlets) AS outlets`;

const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function rowToEvent(r: Record<string, unknown>): StoredEvent {
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    key: String(r.event_key),
    code: String(r.code),
    root: String(r.root),
    name: s(r.name),
    goldstein: n(r.goldstein),
    quadClass: n(r.quad_class),
    plover: r.plover_type == null ? null : { type: String(r.plover_type), mode: s(r.plover_mode) },
    modality: String(r.modality),
    date: s(r.date),
    datePrecision: s(r.date_precision) as StoredEvent['datePrecision'],
    source: { actor: s(r.source_actor), text: s(r.source_text), name: s(r.source_name) },
    target: { actor: s(r.target_actor), text: s(r.target_text), name: s(r.target_name) },
    location: r.location_name == null ? null : { name: String(r.location_name), lat: n(r.location_lat), lon: n(r.location_lon) },
    sentence: n(r.sentence_idx),
    span: { start: Number(r.trigger_start), end: Number(r.trigger_end) },
  };
}

export function rowToEventDetail(r: Record<string, unknown>, parse: (v: unknown) => unknown): StoredEventDetail {
  const provenance = parse(r.provenance);
  return {
    ...rowToEvent(r),
    sentenceText: s(r.sentence_text),
    article: { id: Number(r.article_id), headline: s(r.headline), url: s(r.url), published: s(r.published) },
    evidence: parse(r.evidence),
    provenance: Array.isArray(provenance) ? provenance : [],
  };
}

export function statsRow(r: Record<string, unknown> | undefined) {
  return {
    articles: Number(r?.articles ?? 0),
    clusters: Number(r?.clusters ?? 0),
    events: Number(r?.events ?? 0),
    attributions: Number(r?.attributions ?? 0),
    outlets: Number(r?.outlets ?? 0),
  };
}

export { limitOf };
