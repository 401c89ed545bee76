import Database from 'better-sqlite3';
import type { AnalysisResult } from '../document/serialize.js';
import { SQLITE_MIGRATIONS } from './schema/sqlite.js';
import type { Migration } from './schema/migration.js';
import { ACTOR_COUNTS_UPSERT, actorCountRows, boundRange, prefixRange, type ArticleRows } from './rows.js';
import { rowToSearchHit, ATTRIBUTION_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, SENTENCE_COLUMNS, articleRows, type Value } from './rows.js';
import {
  ARTICLE_PARTS_SQL,
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
  MENTION_COUNTS_SQL,
  SAME_EVENT_SQL,
  STATS_SQL,
  actorPoint,
  actorSeriesQuery,
  articleQuery,
  rowToArticleSummary,
  rowToMention,
  rowsToArticle,
  dyadPoint,
  dyadSeriesQuery,
  eventDetailQuery,
  eventsQuery,
  ftsQuery,
  limitOf,
  rowToEvent,
  rowToEventDetail,
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
import { DEFAULT_LEASE_SECONDS, DEFAULT_SIGNATURE_LIMIT } from './claims.js';
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

// The embedded backend: one SQLite file in WAL mode, foreign keys on. better-sqlite3 is synchronous, so
// a save runs wholly inside one BEGIN IMMEDIATE transaction with no await in between: two saves can
// never interleave, and a failure anywhere rolls everything back.

type Row = Record<string, unknown>;

/** JSON columns come back from SQLite as text. */
const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** Applies the migrations not yet recorded in schema_migrations; returns the versions applied. */
export function migrateSqlite(db: Database.Database, migrations: readonly Migration[] = SQLITE_MIGRATIONS): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`);
  const applied: number[] = [];
  const apply = db.transaction((m: Migration) => {
    // Checked again inside the write lock: another process may have applied it meanwhile.
    if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
    applied.push(m.version);
  });
  for (const m of [...migrations].sort((x, y) => x.version - y.version)) apply.immediate(m);
  return applied;
}

/**
 * A statement written with PostgreSQL's numbered placeholders ($1, $2, ...; shared by both backends) as a
 * SQLite statement: each $n becomes a ?, and the returned functions take the values in $n order.
 */
function positional(db: Database.Database, sql: string) {
  const order: number[] = [];
  const statement = db.prepare(sql.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), '?')));
  const args = (values: Value[]) => order.map((i) => values[i] ?? null);
  return {
    get: (values: Value[]) => statement.get(...args(values)),
    all: (values: Value[]) => statement.all(...args(values)) as Row[],
    run: (values: Value[]) => statement.run(...args(values)),
  };
}

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;

/** How long `exclusive` waits for another process's write transaction before giving up. */
const EXCLUSIVE_WAIT_MS = 120_000;

export class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly saveTx: (result: AnalysisResult, options: SaveOptions) => SaveResult;
  private readonly batchTx: (items: readonly BatchItem[]) => BatchResult[];
  private readonly stmt;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    migrateSqlite(this.db);
    const db = this.db;
    this.stmt = {
      existing: db.prepare('SELECT id FROM articles WHERE content_hash = ? UNION ALL SELECT id FROM articles WHERE url = ? LIMIT 1'),
      outlet: db.prepare('INSERT INTO outlets (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id'),
      cluster: db.prepare('INSERT INTO clusters (id) VALUES (?) ON CONFLICT (id) DO NOTHING'),
      article: db.prepare(
        `INSERT INTO articles (content_hash, url, headline, published, dateline_place, byline, publisher_id, origin_id, cluster_id,
           input_origin, text, body, warnings)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
      ),
      sentence: db.prepare(insertSql('sentences', ['article_id', ...SENTENCE_COLUMNS])),
      entity: db.prepare(insertSql('entities', ['article_id', ...ENTITY_COLUMNS])),
      event: db.prepare(insertSql('events', ['article_id', 'sentence_id', ...EVENT_COLUMNS, 'cluster_id', 'merge_key'])),
      sameEvent: positional(db, SAME_EVENT_SQL),
      mention: db.prepare(insertSql('event_mentions', ['event_id', 'article_id', 'sentence_id', 'event_key', 'trigger_start', 'trigger_end', 'provenance'])),
      mentionCounts: positional(db, MENTION_COUNTS_SQL),
      attribution: db.prepare(insertSql('attributions', ['article_id', ...ATTRIBUTION_COLUMNS])),
      parent: db.prepare('UPDATE attributions SET parent_id = ? WHERE id = ?'),
      mentions: positional(db, MENTIONS_SQL),
      signature: db.prepare('INSERT INTO article_signatures (article_id, signature, shingles) VALUES (?, ?, ?)'),
      claim: positional(db, CLAIM_SQL),
      // Asked before every clustering decision of an ingest: prepared once.
      signaturesAfter: positional(db, SIGNATURES_AFTER_SQL),
      // The counts queryEvents plans with (see eventsQuery's `dense`).
      density: {
        actorEvents: db.prepare('SELECT coalesce(sum(events), 0) AS n FROM actor_counts WHERE actor >= ? AND actor < ?'),
        events: db.prepare('SELECT max(id) AS n FROM events'),
        inDates: db.prepare('SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE date_start >= ? AND date_start <= ? AND date_end <= ? LIMIT ?)'),
        textMatches: db.prepare('SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?) AS matches, (SELECT max(id) FROM articles) AS articles'),
      },
      actorCount: db.prepare(`INSERT INTO actor_counts (actor, name, as_source, as_target, events) VALUES (?, ?, ?, ?, ?) ${ACTOR_COUNTS_UPSERT}`),
      claimState: positional(db, CLAIM_STATE_SQL),
      claimDone: positional(db, CLAIM_DONE_SQL),
      release: positional(db, RELEASE_SQL),
      parts: {
        sentences: positional(db, ARTICLE_PARTS_SQL.sentences),
        entities: positional(db, ARTICLE_PARTS_SQL.entities),
        events: positional(db, ARTICLE_PARTS_SQL.events),
        attributions: positional(db, ARTICLE_PARTS_SQL.attributions),
      },
    };
    const tx = db.transaction((result: AnalysisResult, options: SaveOptions): SaveResult => this.saveSync(result, options));
    this.saveTx = (result, options) => tx.immediate(result, options);
    const newCluster = db.prepare('INSERT INTO clusters (label) VALUES (?)');
    const batch = db.transaction((items: readonly BatchItem[]): BatchResult[] => {
      const created = new Map<string, number>();
      return items.map(({ result, options = {} }) => {
        let clusterId = options.clusterId ?? null;
        if (clusterId === null && options.newClusterKey !== undefined) {
          clusterId = created.get(options.newClusterKey) ?? Number(newCluster.run(options.newClusterKey).lastInsertRowid);
          created.set(options.newClusterKey, clusterId);
        }
        return { ...this.saveSync(result, { ...options, ...(clusterId !== null && { clusterId }) }), clusterId };
      });
    });
    this.batchTx = (items) => batch.immediate(items);
  }

  /** The body of saveArticle's transaction (run by saveTx, inside BEGIN IMMEDIATE). */
  private saveSync(result: AnalysisResult, options: SaveOptions): SaveResult {
    const rows = articleRows(result);
    const a = rows.article;
    const found = this.stmt.existing.get(a.content_hash, a.url) as Row | undefined;
    if (found) {
      if (options.claim) this.stmt.claimDone.run([options.claim.key, options.claim.owner, Number(found.id)]);
      return { id: Number(found.id), inserted: false };
    }
    const outlet = (name: string | null) => (name ? Number((this.stmt.outlet.get(name) as Row).id) : null);
    const publisherId = outlet(a.publisher);
    const originId = outlet(a.origin);
    const clusterId = options.clusterId ?? null;
    if (clusterId !== null) this.stmt.cluster.run(clusterId);
    const inserted = this.stmt.article.get(
      a.content_hash, a.url, a.headline, a.published, a.dateline_place, a.byline, publisherId, originId, clusterId,
      a.input_origin, a.text, a.body, a.warnings,
    ) as Row | undefined;
    if (!inserted) throw new Error('saveArticle: the article conflicts with a stored one'); // unreachable: checked above, under the write lock
    const articleId = Number(inserted.id);
    const sentenceIds: number[] = [];
    for (const values of rows.sentences) sentenceIds.push(Number(this.stmt.sentence.run(articleId, ...values).lastInsertRowid));
    for (const values of rows.entities) this.stmt.entity.run(articleId, ...values);
    const fresh: ArticleRows['events'] = [];
    for (const e of rows.events) {
      const sentenceId = e.sentence === null ? null : sentenceIds[e.sentence] ?? null;
      // A copy of a stored story adds a mention to the story's event instead of a second event.
      const same = clusterId === null ? undefined : (this.stmt.sameEvent.get([clusterId, e.mergeKey]) as Row | undefined);
      const eventId = same ? Number(same.id) : Number(this.stmt.event.run(articleId, sentenceId, ...e.values, clusterId, e.mergeKey).lastInsertRowid);
      this.stmt.mention.run(eventId, articleId, sentenceId, e.mention.key, e.mention.start, e.mention.end, e.mention.provenance);
      if (same) this.stmt.mentionCounts.run([eventId]);
      else fresh.push(e);
    }
    for (const values of actorCountRows(fresh)) this.stmt.actorCount.run(...values);
    const ids = new Map<string, number>();
    for (const t of rows.attributions) ids.set(t.key, Number(this.stmt.attribution.run(articleId, ...t.values).lastInsertRowid));
    for (const t of rows.attributions) {
      const parent = t.parent === null ? undefined : ids.get(t.parent);
      if (parent !== undefined) this.stmt.parent.run(parent, ids.get(t.key)!);
    }
    if (options.signature) this.stmt.signature.run(articleId, signatureBytes(options.signature.values), options.signature.shingles);
    if (options.claim) this.stmt.claimDone.run([options.claim.key, options.claim.owner, articleId]);
    return { id: articleId, inserted: true };
  }

  async saveArticle(result: AnalysisResult, options: SaveOptions = {}): Promise<SaveResult> {
    return this.saveTx(result, options);
  }

  async saveArticles(items: readonly BatchItem[]): Promise<BatchResult[]> {
    return this.batchTx(items);
  }

  private all(query: { sql: string; params: Value[] }): Row[] {
    return this.db.prepare(query.sql).all(...query.params) as Row[];
  }

  async queryEvents(filter: EventFilter = {}): Promise<StoredEvent[]> {
    const actorEvents = filter.actor !== undefined ? this.actorEvents(filter.actor) : 0;
    const dense = {
      text: filter.text !== undefined && this.textIsDense(filter.text),
      // An actor on more than one event in 50.
      actor: filter.actor !== undefined && actorEvents * 50 > Number((this.stmt.density.events.get() as Row).n ?? 0),
      datesNarrower: filter.actor !== undefined && (filter.from !== undefined || filter.to !== undefined) && this.datesNarrower(filter, actorEvents),
    };
    return this.all(eventsQuery('sqlite', filter, dense)).map(rowToEvent);
  }

  /** Events the actor prefix is on, either side, by the kept actor counts. */
  private actorEvents(actor: string): number {
    const range = prefixRange(actor);
    return range ? Number((this.stmt.density.actorEvents.get(range.lo, range.hi) as Row).n) : Number.POSITIVE_INFINITY;
  }

  /** Whether the filter's dates hold fewer events than its actor is on (counted up to that many). */
  private datesNarrower(filter: EventFilter, actorEvents: number): boolean {
    if (!Number.isFinite(actorEvents)) return false;
    const from = filter.from !== undefined ? boundRange(filter.from, 'from').start : '0000';
    const to = filter.to !== undefined ? boundRange(filter.to, 'to').end : '9999';
    return Number((this.stmt.density.inDates.get(from, to, to, actorEvents) as Row).n) < actorEvents;
  }

  /** Whether a text search matches more than one article in 20 (see eventsQuery). */
  private textIsDense(text: string): boolean {
    const q = ftsQuery(text);
    if (!q) return false;
    const { matches, articles } = this.stmt.density.textMatches.get(q) as { matches: number; articles: number | null };
    return matches * 20 > (articles ?? 0);
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    return Number(this.all(countEventsQuery('sqlite', filter))[0]?.n ?? 0);
  }

  async places(filter: EventFilter = {}): Promise<PlaceCount[]> {
    return this.all(placesQuery('sqlite', filter)).map(rowToPlace);
  }

  async dyadSeries(a: string, b: string, by: SeriesPeriod, options: DyadSeriesOptions = {}): Promise<DyadPoint[]> {
    return this.all(dyadSeriesQuery('sqlite', a, b, by, options.modality, options.undated)).map(dyadPoint);
  }

  async actorSeries(actor: string, by: SeriesPeriod, options: DyadSeriesOptions = {}): Promise<ActorPoint[]> {
    return this.all(actorSeriesQuery('sqlite', actor, by, options.modality, options.undated)).map(actorPoint);
  }

  async search(query: string, limit?: number): Promise<SearchHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    const rows = this.db
      .prepare(
        `SELECT a.id, a.headline, a.url, a.published, -bm25(articles_fts, 2.0, 1.0) AS rank,
           snippet(articles_fts, 1, '[', ']', '…', 16) AS body_snippet,
           snippet(articles_fts, 0, '[', ']', '…', 16) AS headline_snippet
         FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
         WHERE articles_fts MATCH ?
         ORDER BY bm25(articles_fts, 2.0, 1.0), a.id
         LIMIT ?`,
      )
      .all(q, limitOf(limit, 20)) as Row[];
    return rows.map(rowToSearchHit);
  }

  async event(id: number): Promise<StoredEventDetail | null> {
    const row = this.all(eventDetailQuery('sqlite', id))[0];
    if (!row) return null;
    const mentions = this.stmt.mentions.all([id]).map((m) => rowToMention(m, parseJson));
    return rowToEventDetail(row, parseJson, mentions);
  }

  async article(id: number): Promise<StoredArticle | null> {
    const row = this.all(articleQuery('sqlite', id))[0];
    if (!row) return null;
    const parts = {
      sentences: this.stmt.parts.sentences.all([id]),
      entities: this.stmt.parts.entities.all([id]),
      events: this.stmt.parts.events.all([id]),
      attributions: this.stmt.parts.attributions.all([id]),
    };
    return rowsToArticle(row, parts, parseJson);
  }

  async articles(filter: ArticleFilter = {}): Promise<StoredArticleSummary[]> {
    return this.all(articlesQuery('sqlite', filter)).map(rowToArticleSummary);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    return Number(this.all(countArticlesQuery('sqlite', filter))[0]?.n ?? 0);
  }

  async countClusters(options: { minArticles?: number } = {}): Promise<number> {
    return Number(this.all(countClustersQuery('sqlite', options))[0]?.n ?? 0);
  }

  async clusters(options: ClusterFilter = {}): Promise<StoredCluster[]> {
    const rows = this.all(clustersQuery('sqlite', options));
    return toClusters(rows, this.all(clusterMembersQuery('sqlite', rows.map((r) => Number(r.id)))), false);
  }

  async cluster(id: number): Promise<StoredClusterDetail | null> {
    const rows = this.all(clustersQuery('sqlite', { id }));
    return rows.length ? toClusters(rows, this.all(clusterMembersQuery('sqlite', [id])), true)[0]! : null;
  }

  async actors(options: { prefix?: string; limit?: number } = {}): Promise<ActorCount[]> {
    return toActorCounts(this.all(actorsQuery('sqlite', options)));
  }

  async stats(): Promise<StoreStats> {
    return statsRow(this.db.prepare(STATS_SQL).get() as Row | undefined);
  }

  async createCluster(label?: string): Promise<number> {
    return Number(this.db.prepare('INSERT INTO clusters (label) VALUES (?)').run(label ?? null).lastInsertRowid);
  }

  async claimInput(key: string, owner: string, leaseSeconds = DEFAULT_LEASE_SECONDS): Promise<ClaimResult> {
    const now = Date.now();
    const claimed = this.stmt.claim.get([key, owner, new Date(now).toISOString(), new Date(now - leaseSeconds * 1000).toISOString()]);
    if (claimed) return 'claimed';
    const state = this.stmt.claimState.get([key]) as Row | undefined;
    return state && Number(state.done) ? 'done' : 'busy';
  }

  async releaseInput(key: string, owner: string): Promise<void> {
    this.stmt.release.run([key, owner]);
  }

  async reclaimInputs(isGone: (owner: string) => boolean): Promise<number> {
    let dropped = 0;
    for (const r of positional(this.db, OPEN_CLAIM_OWNERS_SQL).all([])) {
      const owner = String(r.owner);
      if (isGone(owner)) dropped += positional(this.db, DROP_OWNER_CLAIMS_SQL).run([owner]).changes;
    }
    return dropped;
  }

  async signatures(options: { limit?: number; after?: number } = {}): Promise<StoredSignature[]> {
    const rows = options.after !== undefined
      ? this.stmt.signaturesAfter.all([options.after])
      : positional(this.db, SIGNATURES_SQL).all([options.limit ?? DEFAULT_SIGNATURE_LIMIT]);
    return rows.map(rowToSignature);
  }

  /**
   * `run` inside one write transaction taken with BEGIN IMMEDIATE: another process's ingest into the same
   * file waits for it, as PostgreSQL's advisory lock makes it wait, so clustering decisions and the saves
   * they place are taken one at a time (two ingests at once store what one would). Re-entered, it just runs.
   */
  async exclusive<T>(_name: string, run: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return run();
    // The busy timeout blocks the thread: wait for the lock a little at a time, the event loop free between.
    for (const started = Date.now(); ; ) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() - started > EXCLUSIVE_WAIT_MS) throw error;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    try {
      const result = await run();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async getSetting(key: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as Row | undefined;
    return row ? String(row.value) : null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma('optimize'); // refreshes the planner's statistics where they have drifted
    this.db.close();
  }
}
