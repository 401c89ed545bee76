import { type Value } from './rows.js';
import { ARTICLE_FROM, ARTICLE_SUMMARY_SELECT, Params, eventConditions, limitOf, prefixCondition, rowToArticleSummary, textCondition, type Dialect } from './queries.js';
import type { ActorCount, ArticleFilter, ArticleSort, ClusterFilter, ClusterSort, EventFilter, PlaceCount, StoredArticleSummary, StoredClusterDetail } from './types.js';

// The list queries both backends share, beside src/store/queries.ts: counts (the `total` of a paged list),
// the orders of the article and cluster lists, clusters with their members folded in, actors by events,
// and the places of a filter's events.

const s = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** How many events match a filter. */
export function countEventsQuery(dialect: Dialect, filter: EventFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = eventConditions(p, { ...filter, afterId: undefined });
  return { sql: `SELECT count(*) AS n FROM events e${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params: p.values };
}

/** The places of a filter's events with their counts, most first. */
export function placesQuery(dialect: Dialect, filter: EventFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = [...eventConditions(p, { ...filter, afterId: undefined }), 'e.location_name IS NOT NULL'];
  const limit = p.add(limitOf(filter.limit, 1000));
  return {
    sql: `SELECT e.location_name AS name, e.location_lat AS lat, e.location_lon AS lon, count(*) AS events FROM events e
WHERE ${where.join(' AND ')}
GROUP BY e.location_name, e.location_lat, e.location_lon
ORDER BY count(*) DESC, e.location_name
LIMIT ${limit}`,
    params: p.values,
  };
}

export const rowToPlace = (r: Record<string, unknown>): PlaceCount => ({
  name: String(r.name),
  lat: r.lat === null || r.lat === undefined ? null : Number(r.lat),
  lon: r.lon === null || r.lon === undefined ? null : Number(r.lon),
  events: Number(r.events),
});

const ARTICLE_ORDER: Record<ArticleSort, string> = {
  '-published': 'a.published DESC NULLS LAST, a.id',
  published: 'a.published ASC NULLS LAST, a.id',
  '-events': 'events DESC, a.id',
  events: 'events ASC, a.id',
  id: 'a.id',
  '-id': 'a.id DESC',
};

function articleConditions(p: Params, filter: ArticleFilter): string[] {
  const where: string[] = [];
  if (filter.clusterId !== undefined) where.push(`a.cluster_id = ${p.add(filter.clusterId)}`);
  if (filter.text !== undefined) where.push(textCondition(p, 'a.id', filter.text));
  return where;
}

export function articlesQuery(dialect: Dialect, filter: ArticleFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = articleConditions(p, filter);
  const order = ARTICLE_ORDER[filter.sort ?? '-published'];
  if (!order) throw new RangeError(`sort: '${String(filter.sort)}' is not one of ${Object.keys(ARTICLE_ORDER).join(', ')}`);
  const limit = p.add(limitOf(filter.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(filter.offset ?? 0)));
  return {
    sql: `SELECT ${ARTICLE_SUMMARY_SELECT} FROM ${ARTICLE_FROM}
${where.length ? `WHERE ${where.join(' AND ')}` : ''}
ORDER BY ${order}
LIMIT ${limit} OFFSET ${offset}`,
    params: p.values,
  };
}

/** How many articles match a filter. */
export function countArticlesQuery(dialect: Dialect, filter: ArticleFilter = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = articleConditions(p, filter);
  return { sql: `SELECT count(*) AS n FROM articles a${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params: p.values };
}

const CLUSTER_ORDER: Record<ClusterSort, string> = {
  '-articles': 'count(a.id) DESC, c.id',
  articles: 'count(a.id) ASC, c.id',
  '-published': 'min(a.published) DESC NULLS LAST, c.id',
  published: 'min(a.published) ASC NULLS LAST, c.id',
  id: 'c.id',
  '-id': 'c.id DESC',
};

export function clustersQuery(dialect: Dialect, options: ClusterFilter & { id?: number } = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const where = options.id !== undefined ? `WHERE c.id = ${p.add(options.id)}` : '';
  const order = CLUSTER_ORDER[options.sort ?? '-articles'];
  if (!order) throw new RangeError(`sort: '${String(options.sort)}' is not one of ${Object.keys(CLUSTER_ORDER).join(', ')}`);
  const min = p.add(Math.max(1, Math.floor(options.minArticles ?? 1)));
  const limit = p.add(limitOf(options.limit, 100));
  const offset = p.add(Math.max(0, Math.floor(options.offset ?? 0)));
  return {
    sql: `SELECT c.id, c.label, count(a.id) AS articles FROM clusters c JOIN articles a ON a.cluster_id = c.id ${where}
GROUP BY c.id, c.label HAVING count(a.id) >= ${min}
ORDER BY ${order}
LIMIT ${limit} OFFSET ${offset}`,
    params: p.values,
  };
}

/** How many clusters hold at least `minArticles` articles. */
export function countClustersQuery(dialect: Dialect, options: { minArticles?: number } = {}): { sql: string; params: Value[] } {
  const p = new Params(dialect);
  const min = p.add(Math.max(1, Math.floor(options.minArticles ?? 1)));
  return {
    sql: `SELECT count(*) AS n FROM (SELECT a.cluster_id FROM articles a WHERE a.cluster_id IS NOT NULL GROUP BY a.cluster_id HAVING count(*) >= ${min}) c`,
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

