import postgres from 'postgres';
import type { AnalysisResult } from '../document/serialize.js';
import { POSTGRES_MIGRATIONS } from './schema/postgres.js';
import type { Migration } from './schema/migration.js';
import { ACTOR_COUNTS_UPSERT, actorCountRows } from './rows.js';
import { rowToSearchHit, ATTRIBUTION_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, JSON_COLUMNS, SENTENCE_COLUMNS, articleRows, type ArticleRows, type Value } from './rows.js';
import { DEFAULT_LEASE_SECONDS, DEFAULT_SIGNATURE_LIMIT } from './claims.js';
import {
  ARTICLE_PARTS_SQL,
  mentionCountsSet,
  CLAIM_DONE_SQL,
  CLAIM_SQL,
  CLAIM_STATE_SQL,
  DROP_OWNER_CLAIMS_SQL,
  OPEN_CLAIM_OWNERS_SQL,
  RELEASE_SQL,
  SIGNATURES_AFTER_SQL,
  SIGNATURES_SQL,
  rowToSignature,
  signatureBytes,
  MENTIONS_SQL,
  STATS_SQL,
  actorPoint,
  actorSeriesQuery,
  articleQuery,
  dyadPoint,
  dyadSeriesQuery,
  eventDetailQuery,
  eventsQuery,
  limitOf,
  rowToArticleSummary,
  rowToEvent,
  rowToEventDetail,
  rowToMention,
  rowsToArticle,
  statsRow,
} from './queries.js';
import {
  actorsQuery,
  articlesQuery,
  clusterMembersQuery,
  countArticlesQuery,
  countClustersQuery,
  countEventsQuery,
  placesQuery,
  rowToPlace,
  clustersQuery,
  toActorCounts,
  toClusters,
} from './list-queries.js';
import type {
  ActorPoint,
  BatchItem,
  BatchResult,
  ActorCount,
  ClaimResult,
  StoredSignature,
  ArticleFilter,
  ClusterFilter,
  PlaceCount,
  DyadPoint,
  DyadSeriesOptions,
  EventFilter,
  SaveOptions,
  SaveResult,
  SearchHit,
  SeriesPeriod,
  Store,
  StoreStats,
  StoredArticle,
  StoredArticleSummary,
  StoredCluster,
  StoredClusterDetail,
  StoredEvent,
  StoredEventDetail,
} from './types.js';

// The server backend: PostgreSQL through `postgres` (porsager). A save is one transaction (sql.begin);
// child rows go in as multi-row INSERTs, a few statements per article whatever its size. JSON travels as
// text cast to jsonb (`$n::text::jsonb`): a parameter typed jsonb would be JSON.stringify'd a second time.

type Sql = postgres.Sql<Record<string, never>>;
type Tx = postgres.TransactionSql<Record<string, never>>;
type Row = Record<string, unknown>;
type Query = { sql: string; params: Value[] };

/** Any number that identifies the migration lock among the database's advisory locks. */
const MIGRATION_LOCK = 4_171_815_923;
/** The first key of a cluster's advisory lock (the second is the cluster id). */
const CLUSTER_LOCK = 417_181;
/** The first key of `exclusive`'s advisory locks (the second is a hash of the lock's name). */
const NAMED_LOCK = 417_182;
/** jsonb columns come back from PostgreSQL already parsed. */
const same = (v: unknown): unknown => v;

/** Applies the migrations not yet recorded in schema_migrations, under an advisory lock; returns the versions applied. */
export async function migratePostgres(sql: Sql, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number[]> {
  return sql.begin(async (tx) => {
    await tx.unsafe('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.unsafe(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.unsafe('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of [...migrations].sort((x, y) => x.version - y.version)) {
      if (done.has(m.version)) continue;
      await tx.unsafe(m.sql).simple();
      await tx.unsafe('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Multi-row INSERTs of `rows` (each in `columns` order), in chunks under PostgreSQL's 65,535 parameters. */
function insertMany(table: string, columns: readonly string[], rows: Value[][], returning = '', onConflict = ''): Query[] {
  const perChunk = Math.max(1, Math.floor(60_000 / columns.length));
  const queries: Query[] = [];
  for (let i = 0; i < rows.length; i += perChunk) {
    const params: Value[] = [];
    const tuples = rows.slice(i, i + perChunk).map((row) => {
      const cells = row.map((v, j) => {
        params.push(v);
        return JSON_COLUMNS.has(columns[j]!) ? `$${params.length}::text::jsonb` : `$${params.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    queries.push({ sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${onConflict ? ` ${onConflict}` : ''}${returning ? ` RETURNING ${returning}` : ''}`, params });
  }
  return queries;
}

class AlreadyStored extends Error {
  constructor(readonly id: number) {
    super('already stored');
  }
}

export interface PostgresOptions {
  /** The schema to use (search_path); created when missing. */
  schema?: string;
  /** Connections in the pool; 10 by default. */
  max?: number;
}

export class PostgresStore implements Store {
  readonly backend = 'postgres' as const;

  private constructor(readonly sql: Sql) {}

  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const connection: Record<string, string> = {};
    if (options.schema) connection.search_path = options.schema;
    const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {}, connection }) as unknown as Sql;
    try {
      if (options.schema) await sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      await migratePostgres(sql);
    } catch (err) {
      await sql.end({ timeout: 1 });
      throw err;
    }
    return new PostgresStore(sql);
  }

  async saveArticle(result: AnalysisResult, options: SaveOptions = {}): Promise<SaveResult> {
    const rows = articleRows(result);
    const a = rows.article;
    try {
      return await this.sql.begin(async (tx) => {
        const existing = async () =>
          (await tx.unsafe('SELECT id FROM articles WHERE content_hash = $1 OR url = $2 ORDER BY content_hash = $1 DESC LIMIT 1', [a.content_hash, a.url]))[0];
        const found = await existing();
        if (found) {
          if (options.claim) await tx.unsafe(CLAIM_DONE_SQL, [options.claim.key, options.claim.owner, Number(found.id)]);
          return { id: Number(found.id), inserted: false };
        }
        const outlet = async (name: string | null) =>
          name === null
            ? null
            : Number((await tx.unsafe('INSERT INTO outlets (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id', [name]))[0]!.id);
        const publisherId = await outlet(a.publisher);
        const originId = await outlet(a.origin);
        const clusterId = options.clusterId ?? null;
        if (clusterId !== null) await ensureCluster(tx, clusterId);
        const inserted = (
          await tx.unsafe(
            `INSERT INTO articles (content_hash, url, headline, published, dateline_place, byline, publisher_id, origin_id, cluster_id,
               input_origin, text, body, warnings)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::text::jsonb) ON CONFLICT DO NOTHING RETURNING id`,
            [a.content_hash, a.url, a.headline, a.published, a.dateline_place, a.byline, publisherId, originId, clusterId, a.input_origin, a.text, a.body, a.warnings],
          )
        )[0];
        if (!inserted) {
          // Saved meanwhile by another connection: roll this transaction back (the outlets too).
          const row = await existing();
          throw new AlreadyStored(Number(row?.id));
        }
        const articleId = Number(inserted.id);

        const sentenceIds = new Map<number, number>();
        // Not prepared: their text varies with the number of rows, and each prepared text stays cached on its connection.
        const run = (queries: Query[]) => Promise.all(queries.map((q) => tx.unsafe(q.sql, q.params, { prepare: false })));
        for (const rs of await run(insertMany('sentences', ['article_id', ...SENTENCE_COLUMNS], rows.sentences.map((v) => [articleId, ...v]), 'id, idx'))) {
          for (const r of rs) sentenceIds.set(Number(r.idx), Number(r.id));
        }
        const attributionIds = new Map<string, number>();
        const [, , attributionRows] = await Promise.all([
          run(insertMany('entities', ['article_id', ...ENTITY_COLUMNS], rows.entities.map((v) => [articleId, ...v]))),
          this.saveEvents(tx, articleId, clusterId, rows.events, sentenceIds, run),
          run(insertMany('attributions', ['article_id', ...ATTRIBUTION_COLUMNS], rows.attributions.map((t) => [articleId, ...t.values]), 'id, attribution_key')),
        ]);
        for (const rs of attributionRows) for (const r of rs) attributionIds.set(String(r.attribution_key), Number(r.id));
        const parents = rows.attributions
          .map((t) => [attributionIds.get(t.key), t.parent === null ? undefined : attributionIds.get(t.parent)] as const)
          .filter((pair): pair is readonly [number, number] => pair[0] !== undefined && pair[1] !== undefined);
        if (parents.length) {
          const params: number[] = [];
          const tuples = parents.map(([id, parent]) => {
            params.push(id, parent);
            return `($${params.length - 1}::integer, $${params.length}::integer)`;
          });
          await tx.unsafe(`UPDATE attributions t SET parent_id = v.parent FROM (VALUES ${tuples.join(', ')}) AS v (id, parent) WHERE t.id = v.id`, params, { prepare: false });
        }
        if (options.signature) {
          await tx.unsafe('INSERT INTO article_signatures (article_id, signature, shingles) VALUES ($1, $2, $3)', [
            articleId, signatureBytes(options.signature.values), options.signature.shingles,
          ]);
        }
        if (options.claim) await tx.unsafe(CLAIM_DONE_SQL, [options.claim.key, options.claim.owner, articleId]);
        return { id: articleId, inserted: true };
      });
    } catch (err) {
      if (err instanceof AlreadyStored) {
        if (options.claim) await this.sql.unsafe(CLAIM_DONE_SQL, [options.claim.key, options.claim.owner, err.id]);
        return { id: err.id, inserted: false };
      }
      throw err;
    }
  }

  /**
   * The article's events: a copy of a stored story adds mentions to the story's events (same merge key in
   * the same cluster) and inserts only the events the story did not have. Saves into one cluster take its
   * advisory lock, so that two processes saving copies at once cannot both insert the same event.
   */
  private async saveEvents(
    tx: Tx,
    articleId: number,
    clusterId: number | null,
    events: ArticleRows['events'],
    sentenceIds: Map<number, number>,
    run: (queries: Query[]) => Promise<Row[][]>,
  ): Promise<void> {
    if (events.length === 0) return;
    const stored = new Map<string, number>();
    if (clusterId !== null) {
      await tx.unsafe('SELECT pg_advisory_xact_lock($1, $2)', [CLUSTER_LOCK, clusterId]);
      const found = await tx.unsafe(
        'SELECT DISTINCT ON (merge_key) merge_key, id FROM events WHERE cluster_id = $1 AND merge_key = ANY($2::text[]) ORDER BY merge_key, id',
        [clusterId, events.map((e) => e.mergeKey)],
      );
      for (const r of found) stored.set(String(r.merge_key), Number(r.id));
    }
    const sentenceOf = (e: ArticleRows['events'][number]) => (e.sentence === null ? null : sentenceIds.get(e.sentence) ?? null);
    const fresh = events.filter((e) => !stored.has(e.mergeKey));
    const eventIds = new Map<string, number>();
    for (const rs of await run(
      insertMany('events', ['article_id', 'sentence_id', ...EVENT_COLUMNS, 'cluster_id', 'merge_key'], fresh.map((e) => [articleId, sentenceOf(e), ...e.values, clusterId, e.mergeKey]), 'id, event_key'),
    )) {
      for (const r of rs) eventIds.set(String(r.event_key), Number(r.id));
    }
    const mentionRows = events.map((e) => [
      stored.get(e.mergeKey) ?? eventIds.get(e.mention.key)!, articleId, sentenceOf(e), e.mention.key, e.mention.start, e.mention.end, e.mention.provenance,
    ]);
    const counts = actorCountRows(fresh);
    await run(insertMany('actor_counts', ['actor', 'name', 'as_source', 'as_target', 'events'], counts, '', ACTOR_COUNTS_UPSERT));
    await run(insertMany('event_mentions', ['event_id', 'article_id', 'sentence_id', 'event_key', 'trigger_start', 'trigger_end', 'provenance'], mentionRows));
    const merged = [...new Set(events.filter((e) => stored.has(e.mergeKey)).map((e) => stored.get(e.mergeKey)!))];
    if (merged.length) {
      await tx.unsafe(`UPDATE events e SET ${mentionCountsSet('e.id')} WHERE e.id = ANY($1::integer[])`, [merged]);
    }
  }

  async saveArticles(items: readonly BatchItem[]): Promise<BatchResult[]> {
    const created = new Map<string, number>();
    const results: BatchResult[] = [];
    for (const { result, options = {} } of items) {
      let clusterId = options.clusterId ?? null;
      if (clusterId === null && options.newClusterKey !== undefined) {
        clusterId = created.get(options.newClusterKey) ?? (await this.createCluster(options.newClusterKey));
        created.set(options.newClusterKey, clusterId);
      }
      results.push({ ...(await this.saveArticle(result, { ...options, ...(clusterId !== null && { clusterId }) })), clusterId });
    }
    return results;
  }

  private async all(query: Query): Promise<Row[]> {
    return [...(await this.sql.unsafe(query.sql, query.params))] as Row[];
  }

  async queryEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const dense = { text: filter.text !== undefined && (await this.textIsDense(filter.text)) };
    return (await this.all(eventsQuery('postgres', filter, dense))).map(rowToEvent);
  }

  /** Whether a text search matches more than one article in 20 (see eventsQuery); counts at most that many. */
  private async textIsDense(text: string): Promise<boolean> {
    const [row] = await this.sql.unsafe(
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM articles WHERE search @@ websearch_to_tsquery('english', $1)
                LIMIT (SELECT coalesce(max(id), 0) / 20 + 1 FROM articles)) m) AS matches,
              (SELECT coalesce(max(id), 0) FROM articles) AS articles`,
      [text],
    );
    return Number(row?.matches) * 20 > Number(row?.articles);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    return Number((await this.all(countEventsQuery('postgres', filter)))[0]?.n ?? 0);
  }

  async places(filter: EventFilter = {}): Promise<PlaceCount[]> {
    return (await this.all(placesQuery('postgres', filter))).map(rowToPlace);
  }

  async dyadSeries(a: string, b: string, by: SeriesPeriod, options: DyadSeriesOptions = {}): Promise<DyadPoint[]> {
    return (await this.all(dyadSeriesQuery('postgres', a, b, by, options.modality, options.undated))).map(dyadPoint);
  }

  async actorSeries(actor: string, by: SeriesPeriod, options: DyadSeriesOptions = {}): Promise<ActorPoint[]> {
    return (await this.all(actorSeriesQuery('postgres', actor, by, options.modality, options.undated))).map(actorPoint);
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    const rows = await this.all({
      sql: `SELECT h.*, ts_headline('english', h.body, h.q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS body_snippet,
              ts_headline('english', coalesce(h.headline, ''), h.q, 'StartSel=[, StopSel=], HighlightAll=true') AS headline_snippet
            FROM (
              SELECT a.id, a.headline, a.url, a.published, a.body, q, ts_rank_cd(a.search, q) AS rank
              FROM articles a, websearch_to_tsquery('english', $1) AS q
              WHERE a.search @@ q
              ORDER BY rank DESC, a.id
              LIMIT $2
            ) h
            ORDER BY h.rank DESC, h.id`,
      params: [query, limitOf(limit, 20)],
    });
    return rows.map(rowToSearchHit);
  }

  async event(id: number): Promise<StoredEventDetail | null> {
    const row = (await this.all(eventDetailQuery('postgres', id)))[0];
    if (!row) return null;
    const mentions = (await this.all({ sql: MENTIONS_SQL, params: [id] })).map((m) => rowToMention(m, same));
    return rowToEventDetail(row, same, mentions);
  }

  async article(id: number): Promise<StoredArticle | null> {
    const row = (await this.all(articleQuery('postgres', id)))[0];
    if (!row) return null;
    const part = (sql: string) => this.all({ sql, params: [id] });
    const [sentences, entities, events, attributions] = await Promise.all([
      part(ARTICLE_PARTS_SQL.sentences),
      part(ARTICLE_PARTS_SQL.entities),
      part(ARTICLE_PARTS_SQL.events),
      part(ARTICLE_PARTS_SQL.attributions),
    ]);
    return rowsToArticle(row, { sentences, entities, events, attributions }, same);
  }

  async articles(filter: ArticleFilter = {}): Promise<StoredArticleSummary[]> {
    return (await this.all(articlesQuery('postgres', filter))).map(rowToArticleSummary);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    return Number((await this.all(countArticlesQuery('postgres', filter)))[0]?.n ?? 0);
  }

  async countClusters(options: { minArticles?: number } = {}): Promise<number> {
    return Number((await this.all(countClustersQuery('postgres', options)))[0]?.n ?? 0);
  }

  async clusters(options: ClusterFilter = {}): Promise<StoredCluster[]> {
    const rows = await this.all(clustersQuery('postgres', options));
    return toClusters(rows, await this.all(clusterMembersQuery('postgres', rows.map((r) => Number(r.id)))), false);
  }

  async cluster(id: number): Promise<StoredClusterDetail | null> {
    const rows = await this.all(clustersQuery('postgres', { id }));
    return rows.length ? toClusters(rows, await this.all(clusterMembersQuery('postgres', [id])), true)[0]! : null;
  }

  async actors(options: { prefix?: string; limit?: number } = {}): Promise<ActorCount[]> {
    return toActorCounts(await this.all(actorsQuery('postgres', options)));
  }

  async stats(): Promise<StoreStats> {
    return statsRow((await this.all({ sql: STATS_SQL, params: [] }))[0]);
  }

  async createCluster(label?: string): Promise<number> {
    return Number((await this.sql.unsafe('INSERT INTO clusters (label) VALUES ($1) RETURNING id', [label ?? null]))[0]!.id);
  }

  async claimInput(key: string, owner: string, leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<ClaimResult> {
    const now = Date.now();
    const claimed = await this.sql.unsafe(CLAIM_SQL, [key, owner, new Date(now).toISOString(), new Date(now - leaseSeconds * 1000).toISOString()]);
    if (claimed.length) return 'claimed';
    const [state] = await this.sql.unsafe(CLAIM_STATE_SQL, [key]);
    return state?.done ? 'done' : 'busy';
  }

  async releaseInput(key: string, owner: string): Promise<void> {
    await this.sql.unsafe(RELEASE_SQL, [key, owner]);
  }

  async reclaimInputs(isGone: (owner: string) => boolean): Promise<number> {
    let dropped = 0;
    for (const r of await this.sql.unsafe(OPEN_CLAIM_OWNERS_SQL)) {
      const owner = String(r.owner);
      if (isGone(owner)) dropped += (await this.sql.unsafe(DROP_OWNER_CLAIMS_SQL, [owner])).count;
    }
    return dropped;
  }

  async signatures(options: { limit?: number; after?: number } = {}): Promise<StoredSignature[]> {
    const query = options.after !== undefined
      ? { sql: SIGNATURES_AFTER_SQL, params: [options.after] }
      : { sql: SIGNATURES_SQL, params: [options.limit ?? DEFAULT_SIGNATURE_LIMIT] };
    return (await this.all(query)).map(rowToSignature);
  }

  async exclusive<T>(name: string, run: () => Promise<T>): Promise<T> {
    // A session lock on a connection of its own, held while `run` works through the pool's others.
    const connection = await this.sql.reserve();
    try {
      await connection.unsafe('SELECT pg_advisory_lock($1, hashtext($2))', [NAMED_LOCK, name]);
      try {
        return await run();
      } finally {
        await connection.unsafe('SELECT pg_advisory_unlock($1, hashtext($2))', [NAMED_LOCK, name]);
      }
    } finally {
      connection.release();
    }
  }

  async getSetting(key: string): Promise<string | null> {
    const [row] = await this.sql.unsafe('SELECT value FROM settings WHERE key = $1', [key]);
    return row ? String(row.value) : null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.sql.unsafe('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}

/** Creates cluster `id` when missing, and moves the id sequence past it so that createCluster never collides. */
async function ensureCluster(tx: Tx, id: number): Promise<void> {
  const created = await tx.unsafe('INSERT INTO clusters (id) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING id', [id]);
  if (created.length) {
    await tx.unsafe(
      `SELECT setval(pg_get_serial_sequence('clusters', 'id'), (SELECT max(id) FROM clusters))`,
    );
  }
}

/** A schema name as a quoted identifier (the one place a name, never a value, goes into SQL text). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
