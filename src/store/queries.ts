import { boundRange, prefixRange, type Value } from './rows.js';
import type {
  ActorCount,
  ActorPoint,
  ArticleFilter,
  DyadPoint,
  EventFilter,
  EventMention,
  SeriesPeriod,
  StoredArticle,
  StoredArticleSummary,
  StoredClusterDetail,
  StoredEvent,
  StoredEventDetail,
  StoredSignature,
} from './types.js';

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

/** The columns rowToEvent reads; `at` is the alias of the row giving article, sentence and trigger (e, or a mention m). */
const eventSelect = (at = 'e') => `e.id, ${at}.article_id, ${at}.event_key, e.code, e.root, e.name, e.goldstein, e.quad_class, e.plover_type,
  e.plover_mode, e.modality, e.date, e.date_precision, e.source_actor, e.source_text, e.source_name, e.target_actor,
  e.target_text, e.target_name, e.location_name, e.location_lat, e.location_lon, s.idx AS sentence_idx, s.paragraph AS sentence_paragraph,
  ${at}.trigger_start, ${at}.trigger_end, e.num_articles, e.num_sources, a.url AS article_url, a.published AS article_published,
  a.created_at AS article_added, p.name AS article_publisher, o.name AS article_origin`;
/** The joins eventSelect needs, for the row `at` (e, or a mention m) giving article and sentence. */
const eventJoins = (at = 'e') => `JOIN articles a ON a.id = ${at}.article_id
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets o ON o.id = a.origin_id
LEFT JOIN sentences s ON s.id = ${at}.sentence_id`;
export const EVENT_SELECT = eventSelect();

/** The stored event of cluster $1 with merge key $2 (saveArticle: a copy's event joins it). */
export const SAME_EVENT_SQL = `SELECT e.id FROM events e WHERE e.cluster_id = $1 AND e.merge_key = $2 ORDER BY e.id LIMIT 1`;

/**
 * The SET list recounting an event's articles and outlets (an article naming no outlet counts as one of
 * its own); `event` is the SQL naming the event's id in the UPDATE.
 */
export const mentionCountsSet = (event: string) => `num_articles = (SELECT count(*) FROM event_mentions m WHERE m.event_id = ${event}),
  num_sources = (SELECT count(DISTINCT coalesce(a.publisher_id, a.origin_id, -a.id))
                 FROM event_mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ${event})`;

/** Recounts event $1's articles and outlets. */
export const MENTION_COUNTS_SQL = `UPDATE events SET ${mentionCountsSet('events.id')} WHERE id = $1`;

export const MAX_LIMIT = 10_000;

function limitOf(limit: number | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  if (!Number.isFinite(limit) || limit < 0) throw new RangeError(`limit: ${limit} is not a count`);
  return Math.min(Math.floor(limit), MAX_LIMIT);
}

/**
 * `dense`: the text search, or the actor, matches a large share of the articles or events (the caller has
 * counted), so that walking events in id order meets `limit` matches soon.
 */
export function eventsQuery(
  dialect: Dialect,
  filter: EventFilter = {},
  dense: { text?: boolean; actor?: boolean; datesNarrower?: boolean } = {},
): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where: string[] = [];
  // Whether the code, root or dyad index can find the events (see ORDER BY below).
  const indexed = filter.code !== undefined || filter.root !== undefined || filter.dyad !== undefined;
  // SQLite, given a text search, reads the events of every matching article; when the words are common
  // and no code, root or dyad narrows the events, walking them in id order until `limit` match is faster
  // (a unary + keeps the actor and article indexes out of the plan).
  // Likewise for an actor alone (perhaps with a modality) that is on many events.
  const alone = !indexed && filter.quad === undefined && filter.from === undefined && filter.to === undefined;
  const walkIds = dialect === 'sqlite' && alone && ((filter.text !== undefined && !!dense.text) || (filter.text === undefined && filter.actor !== undefined && !!dense.actor));
  // And an actor with dates that hold fewer events than the actor does (the caller has counted): the date
  // index finds them, the actor is checked on each.
  const byDate = dialect === 'sqlite' && !indexed && !walkIds && filter.actor !== undefined && !!dense.datesNarrower;
  const col = (name: string) => (walkIds || (byDate && name !== 'e.article_id') ? `+${name}` : name);
  if (filter.actor !== undefined) {
    where.push(`(${prefixCondition(p, col('e.source_actor'), filter.actor)} OR ${prefixCondition(p, col('e.target_actor'), filter.actor)})`);
  }
  if (filter.dyad) where.push(dyadCondition(p, filter.dyad[0], filter.dyad[1]));
  if (filter.code !== undefined) where.push(`e.code = ${p.add(filter.code)}`);
  if (filter.root !== undefined) where.push(`e.root = ${p.add(filter.root)}`);
  if (filter.quad !== undefined) where.push(`e.quad_class = ${p.add(filter.quad)}`);
  if (filter.from !== undefined) where.push(`e.date_start >= ${p.add(boundRange(filter.from, 'from').start)}`);
  if (filter.to !== undefined) {
    const end = boundRange(filter.to, 'to').end;
    // date_start <= date_end: said outright, so that the date index bounds its scan from above too.
    where.push(`e.date_end <= ${p.add(end)} AND e.date_start <= ${p.add(end)}`);
  }
  if (filter.modality !== undefined) where.push(`e.modality = ${p.add(filter.modality)}`);
  if (filter.text !== undefined) where.push(textCondition(p, col('e.article_id'), filter.text));
  const limit = p.add(limitOf(filter.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(filter.offset ?? 0)));
  // PostgreSQL, seeing ORDER BY id LIMIT n, walks the primary key hoping to meet n matches early, and
  // reads the whole table when a filter is selective ("code 193 in March 2020"); "id + 0" makes it use
  // the code, root or dyad index (with the dates), or the articles a rare word finds, and sort what they
  // find. Otherwise the primary-key walk is the better plan (an actor and a common word match densely).
  const sql = `SELECT ${EVENT_SELECT}
FROM events e ${eventJoins()}
${where.length ? `WHERE ${where.join('\n  AND ')}` : ''}
ORDER BY ${filter.order === 'date' ? 'e.date_start IS NULL, e.date_start, e.date_end, e.id' : dialect === 'postgres' && (indexed || (filter.text !== undefined && !dense.text)) ? 'e.id + 0' : 'e.id'}
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
  const sql = `SELECT period, direction, count(*) AS events, coalesce(sum(goldstein), 0) AS goldstein, ${QUAD_COUNTS}
FROM (
  SELECT substr(e.date, 1, ${length}) AS period, CASE WHEN ${forward} THEN ${ab} ELSE ${ba} END AS direction, e.goldstein, e.quad_class
  FROM events e
  WHERE e.date IS NOT NULL AND ${dyad} ${mod}
) d
GROUP BY period, direction
ORDER BY period, direction`;
  return { sql, params: p.values };
}

/** Events per QuadClass (q0: without one) of a grouped series. */
const QUAD_COUNTS = [0, 1, 2, 3, 4]
  .map((q) => `sum(CASE WHEN ${q === 0 ? 'quad_class IS NULL' : `quad_class = ${q}`} THEN 1 ELSE 0 END) AS q${q}`)
  .join(', ');

const quadCounts = (row: Record<string, unknown>): [number, number, number, number, number] =>
  [Number(row.q0 ?? 0), Number(row.q1 ?? 0), Number(row.q2 ?? 0), Number(row.q3 ?? 0), Number(row.q4 ?? 0)];

export function dyadPoint(row: Record<string, unknown>): DyadPoint {
  return { period: String(row.period), direction: String(row.direction), events: Number(row.events), goldstein: Number(row.goldstein), quadClass: quadCounts(row) };
}

/** An actor's events (as source or target) per period: counts, Goldstein sum and QuadClass split. */
export function actorSeriesQuery(dialect: Dialect, actor: string, by: SeriesPeriod, modality?: string): { sql: string; params: Value[] } {
  const length = PERIOD_LENGTH[by];
  if (!length) throw new RangeError(`actorSeries: 'by' is year, month or day, not '${String(by)}'`);
  const p = new Params(dialect);
  // Two sides, each read from its covering index (events_dyad, events_dyad_reverse: no table rows
  // read); an event with the actor on both sides counts once, on the source side.
  const mod = () => (modality !== undefined ? `AND e.modality = ${p.add(modality)}` : '');
  const source = `SELECT substr(e.date, 1, ${length}) AS period, e.goldstein, e.quad_class FROM events e
  WHERE ${prefixCondition(p, 'e.source_actor', actor)} AND e.date IS NOT NULL ${mod()}`;
  const target = `SELECT substr(e.date, 1, ${length}) AS period, e.goldstein, e.quad_class FROM events e
  WHERE ${prefixCondition(p, 'e.target_actor', actor)} AND NOT coalesce(${prefixCondition(p, 'e.source_actor', actor)}, FALSE) AND e.date IS NOT NULL ${mod()}`;
  const sql = `SELECT period, count(*) AS events, coalesce(sum(goldstein), 0) AS goldstein, ${QUAD_COUNTS}
FROM (${source}
  UNION ALL
  ${target}) d
GROUP BY period
ORDER BY period`;
  return { sql, params: p.values };
}

export function actorPoint(row: Record<string, unknown>): ActorPoint {
  return { period: String(row.period), events: Number(row.events), goldstein: Number(row.goldstein), quadClass: quadCounts(row) };
}

export function eventDetailQuery(dialect: Dialect, id: number): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const sql = `SELECT ${EVENT_SELECT}, s.text AS sentence_text, a.headline, e.evidence, e.provenance
FROM events e
${eventJoins()}
WHERE e.id = ${p.add(id)}`;
  return { sql, params: p.values };
}

/** Claims input $1 for owner $2 at $3, or takes over a claim not done that was made before $4. */
export const CLAIM_SQL = `INSERT INTO ingest_claims (input_key, owner, claimed_at) VALUES ($1, $2, $3)
ON CONFLICT (input_key) DO UPDATE SET owner = excluded.owner, claimed_at = excluded.claimed_at
  WHERE NOT ingest_claims.done AND ingest_claims.claimed_at < $4
RETURNING input_key`;
export const CLAIM_STATE_SQL = `SELECT done FROM ingest_claims WHERE input_key = $1`;
export const CLAIM_DONE_SQL = `UPDATE ingest_claims SET done = TRUE, article_id = $3 WHERE input_key = $1 AND owner = $2`;
export const RELEASE_SQL = `DELETE FROM ingest_claims WHERE input_key = $1 AND owner = $2 AND NOT done`;
export const OPEN_CLAIM_OWNERS_SQL = `SELECT DISTINCT owner FROM ingest_claims WHERE NOT done`;
export const DROP_OWNER_CLAIMS_SQL = `DELETE FROM ingest_claims WHERE owner = $1 AND NOT done`;
const SIGNATURE_SELECT = `SELECT g.article_id, a.cluster_id, g.signature, g.shingles, p.name AS publisher, o.name AS origin, a.published
  FROM article_signatures g
  JOIN articles a ON a.id = g.article_id
  LEFT JOIN outlets p ON p.id = a.publisher_id
  LEFT JOIN outlets o ON o.id = a.origin_id`;
/** The $1 most recent signatures, oldest first. */
export const SIGNATURES_SQL = `SELECT * FROM (${SIGNATURE_SELECT} ORDER BY g.article_id DESC LIMIT $1) recent ORDER BY article_id`;
/** The signatures of articles stored after article $1. */
export const SIGNATURES_AFTER_SQL = `${SIGNATURE_SELECT} WHERE g.article_id > $1 ORDER BY g.article_id`;

/** A signature as stored: its 32-bit values, little-endian. */
export function signatureBytes(values: Uint32Array): Buffer {
  const bytes = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => bytes.writeUInt32LE(v, i * 4));
  return bytes;
}

export function rowToSignature(r: Record<string, unknown>): StoredSignature {
  const bytes = r.signature as Uint8Array;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < values.length; i++) values[i] = view.getUint32(i * 4, true);
  return {
    articleId: Number(r.article_id),
    clusterId: n(r.cluster_id),
    signature: values,
    shingles: Number(r.shingles),
    publisher: s(r.publisher),
    origin: s(r.origin),
    published: s(r.published),
  };
}

/** Every article reporting event $1, the one it was stored from first. */
export const MENTIONS_SQL = `SELECT m.article_id, a.headline, a.url, a.published, p.name AS publisher, o.name AS origin,
  m.trigger_start, m.trigger_end, s.text AS sentence_text, m.provenance
FROM event_mentions m
JOIN articles a ON a.id = m.article_id
LEFT JOIN outlets p ON p.id = a.publisher_id
LEFT JOIN outlets o ON o.id = a.origin_id
LEFT JOIN sentences s ON s.id = m.sentence_id
WHERE m.event_id = $1
ORDER BY m.id`;

export function rowToMention(r: Record<string, unknown>, parse: (v: unknown) => unknown): EventMention {
  const provenance = parse(r.provenance);
  return {
    articleId: Number(r.article_id),
    headline: s(r.headline),
    url: s(r.url),
    published: s(r.published),
    publisher: s(r.publisher),
    origin: s(r.origin),
    span: { start: Number(r.trigger_start), end: Number(r.trigger_end) },
    sentenceText: s(r.sentence_text),
    provenance: Array.isArray(provenance) ? provenance : [],
  };
}

// Clusters count only when they hold an article; a copy is an article of a cluster other than its first.
export const STATS_SQL = `SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(DISTINCT cluster_id) FROM articles) AS clusters,
  (SELECT count(cluster_id) - count(DISTINCT cluster_id) FROM articles) AS copies,
  (SELECT count(*) FROM events) AS events,
  (SELECT count(*) FROM event_mentions) AS mentions,
  (SELECT count(*) FROM attributions) AS attributions,
  (SELECT count(*) FROM outlets) AS outlets`;

const ARTICLE_SUMMARY_SELECT = `a.id, a.headline, a.url, a.published, a.dateline_place, p.name AS publisher, o.name AS origin, a.cluster_id,
  (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS events`;
const ARTICLE_FROM = `articles a LEFT JOIN outlets p ON p.id = a.publisher_id LEFT JOIN outlets o ON o.id = a.origin_id`;

export function articlesQuery(dialect: Dialect, filter: ArticleFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where: string[] = [];
  if (filter.clusterId !== undefined) where.push(`a.cluster_id = ${p.add(filter.clusterId)}`);
  if (filter.text !== undefined) where.push(textCondition(p, 'a.id', filter.text));
  const limit = p.add(limitOf(filter.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(filter.offset ?? 0)));
  return {
    sql: `SELECT ${ARTICLE_SUMMARY_SELECT} FROM ${ARTICLE_FROM}
${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY a.published DESC NULLS LAST, a.id
LIMIT ${limit} OFFSET ${offset}`,
    params: p.values,
  };
}

export function articleQuery(dialect: Dialect, id: number): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  return {
    sql: `SELECT ${ARTICLE_SUMMARY_SELECT}, a.byline, a.text, a.body, a.warnings FROM ${ARTICLE_FROM} WHERE a.id = ${p.add(id)}`,
    params: p.values,
  };
}

export function rowToArticleSummary(r: Record<string, unknown>): StoredArticleSummary {
  return {
    id: Number(r.id),
    headline: s(r.headline),
    url: s(r.url),
    published: s(r.published),
    datelinePlace: s(r.dateline_place),
    publisher: s(r.publisher),
    origin: s(r.origin),
    clusterId: n(r.cluster_id),
    events: Number(r.events ?? 0),
  };
}

/** The child rows of article $1: its sentences, entities, events (through its mentions) and attributions. */
export const ARTICLE_PARTS_SQL = {
  sentences: `SELECT idx, paragraph, span_start, span_end, text FROM sentences WHERE article_id = $1 ORDER BY idx`,
  entities: `SELECT type, text, span_start, span_end, actor, name FROM entities WHERE article_id = $1 ORDER BY idx`,
  events: `SELECT ${eventSelect('m')} FROM event_mentions m JOIN events e ON e.id = m.event_id
    ${eventJoins('m')} WHERE m.article_id = $1 ORDER BY m.trigger_start, m.id`,
  attributions: `SELECT t.id, t.attribution_key, pt.attribution_key AS parent_key, t.source, t.cue, t.content, t.chain
    FROM attributions t LEFT JOIN attributions pt ON pt.id = t.parent_id WHERE t.article_id = $1 ORDER BY t.id`,
};

export function rowsToArticle(
  article: Record<string, unknown>,
  parts: Record<keyof typeof ARTICLE_PARTS_SQL, Record<string, unknown>[]>,
  parse: (v: unknown) => unknown,
): StoredArticle {
  const list = (v: unknown) => {
    const value = parse(v);
    return Array.isArray(value) ? value : [];
  };
  return {
    ...rowToArticleSummary(article),
    byline: s(article.byline),
    text: String(article.text),
    body: String(article.body),
    warnings: list(article.warnings),
    sentences: parts.sentences.map((r) => ({
      index: Number(r.idx),
      paragraph: n(r.paragraph),
      span: { start: Number(r.span_start), end: Number(r.span_end) },
      text: String(r.text),
    })),
    entities: parts.entities.map((r) => ({
      type: String(r.type) as 'actor' | 'place',
      text: String(r.text),
      span: { start: Number(r.span_start), end: Number(r.span_end) },
      actor: s(r.actor),
      name: s(r.name),
    })),
    eventList: parts.events.map(rowToEvent),
    attributions: parts.attributions.map((r) => ({
      id: Number(r.id),
      key: String(r.attribution_key),
      parentKey: s(r.parent_key),
      source: r.source == null ? null : parse(r.source),
      cue: parse(r.cue),
      content: list(r.content),
      chain: list(r.chain),
    })),
  };
}

export function clustersQuery(dialect: Dialect, options: { limit?: number; offset?: number; minArticles?: number; id?: number } = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = options.id !== undefined ? `WHERE c.id = ${p.add(options.id)}` : '';
  const min = p.add(Math.max(1, Math.floor(options.minArticles ?? 1)));
  const limit = p.add(limitOf(options.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(options.offset ?? 0)));
  return {
    sql: `SELECT c.id, c.label, count(a.id) AS articles FROM clusters c JOIN articles a ON a.cluster_id = c.id ${where}
GROUP BY c.id, c.label HAVING count(a.id) >= ${min}
ORDER BY count(a.id) DESC, c.id
LIMIT ${limit} OFFSET ${offset}`,
    params: p.values,
  };
}

/** The member articles of the given clusters (for earliest, origin and publishers). */
export function clusterMembersQuery(dialect: Dialect, ids: number[]): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const list = ids.map((id) => p.add(id)).join(', ');
  return {
    sql: `SELECT ${ARTICLE_SUMMARY_SELECT} FROM ${ARTICLE_FROM} WHERE a.cluster_id IN (${list || 'NULL'}) ORDER BY a.published, a.id`,
    params: p.values,
  };
}

/** Cluster rows with their members' summaries folded in: the earliest copy, the usual origin, the publishers. */
export function toClusters(clusterRows: Record<string, unknown>[], memberRows: Record<string, unknown>[], withMembers: boolean): StoredClusterDetail[] {
  const members = new Map<number, StoredArticleSummary[]>();
  for (const r of memberRows) {
    const a = rowToArticleSummary(r);
    if (a.clusterId === null) continue;
    const list = members.get(a.clusterId) ?? [];
    list.push(a);
    members.set(a.clusterId, list);
  }
  return clusterRows.map((r) => {
    const list = members.get(Number(r.id)) ?? [];
    // Undated copies come last; ties go to the article stored first.
    const earliest = [...list].sort((x, y) => (x.published ?? '\uffff').localeCompare(y.published ?? '\uffff') || x.id - y.id)[0];
    const origins = new Map<string, number>();
    for (const a of list) if (a.origin) origins.set(a.origin, (origins.get(a.origin) ?? 0) + 1);
    const origin = [...origins].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
    const cluster: StoredClusterDetail = {
      id: Number(r.id),
      label: s(r.label),
      articles: Number(r.articles),
      earliest: earliest ? { id: earliest.id, published: earliest.published, publisher: earliest.publisher, headline: earliest.headline } : null,
      origin,
      publishers: [...new Set(list.map((a) => a.publisher).filter((x): x is string => x !== null))],
      members: list,
    };
    if (!withMembers) delete (cluster as Partial<StoredClusterDetail>).members;
    return cluster;
  });
}

/** The most frequent actor codes, from the counts the saves keep (actor_counts). */
export function actorsQuery(dialect: Dialect, options: { prefix?: string; limit?: number } = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const prefix = options.prefix ? `AND ${prefixCondition(p, 'actor', options.prefix)}` : '';
  const limit = p.add(limitOf(options.limit, 100));
  return {
    sql: `SELECT actor, name, as_source, as_target, events FROM actor_counts WHERE events > 0 ${prefix} ORDER BY events DESC, actor LIMIT ${limit}`,
    params: p.values,
  };
}

export function toActorCounts(rows: Record<string, unknown>[]): ActorCount[] {
  return rows.map((r) => ({
    actor: String(r.actor),
    name: s(r.name),
    events: Number(r.events),
    asSource: Number(r.as_source),
    asTarget: Number(r.as_target),
  }));
}

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
    numArticles: Number(r.num_articles ?? 1),
    numSources: Number(r.num_sources ?? 1),
    paragraph: n(r.sentence_paragraph),
    article: {
      id: Number(r.article_id),
      url: s(r.article_url),
      published: s(r.article_published),
      publisher: s(r.article_publisher),
      origin: s(r.article_origin),
      added: r.article_added instanceof Date ? r.article_added.toISOString() : s(r.article_added),
    },
  };
}

export function rowToEventDetail(r: Record<string, unknown>, parse: (v: unknown) => unknown, mentions: EventMention[]): StoredEventDetail {
  const provenance = parse(r.provenance);
  const base = rowToEvent(r);
  return {
    mentions,
    ...base,
    sentenceText: s(r.sentence_text),
    article: { ...base.article, headline: s(r.headline) },
    evidence: parse(r.evidence),
    provenance: Array.isArray(provenance) ? provenance : [],
  };
}

export function statsRow(r: Record<string, unknown> | undefined) {
  return {
    articles: Number(r?.articles ?? 0),
    clusters: Number(r?.clusters ?? 0),
    copies: Number(r?.copies ?? 0),
    events: Number(r?.events ?? 0),
    mentions: Number(r?.mentions ?? 0),
    attributions: Number(r?.attributions ?? 0),
    outlets: Number(r?.outlets ?? 0),
  };
}

export { limitOf };
