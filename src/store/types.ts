import type { AnalysisResult } from '../document/serialize.js';
import type { Modality } from '../code/coder.js';

// The corpus store's contract: the same behaviour on SQLite (src/store/sqlite.ts) and PostgreSQL
// (src/store/postgres.ts). Everything is async so that both fit.

export interface SaveOptions {
  /** The cluster (story) the article belongs to; the cluster row is created when it does not exist. */
  clusterId?: number;
  /** The ingest claim this article fulfils: marked done in the same transaction as the save. */
  claim?: { key: string; owner: string };
  /** The article's near-duplicate signature, kept so that later ingests cluster their copies with it. */
  signature?: { values: Uint32Array; shingles: number };
}

/** One article of `saveArticles`. */
export interface BatchItem {
  result: AnalysisResult;
  options?: SaveOptions & {
    /**
     * Instead of `clusterId`: the article starts a new cluster labelled so, which later articles of the
     * same batch with the same key join.
     */
    newClusterKey?: string;
  };
}

export interface BatchResult extends SaveResult {
  clusterId: number | null;
}

/** What claiming an input gave: it is this process's to do, already done, or being done by another. */
export type ClaimResult = 'claimed' | 'done' | 'busy';

/** A stored article's near-duplicate signature, with what the clusterer needs to take it back. */
export interface StoredSignature {
  articleId: number;
  clusterId: number | null;
  signature: Uint32Array;
  shingles: number;
  publisher: string | null;
  origin: string | null;
  published: string | null;
}

export interface SaveResult {
  id: number;
  /** False when the article was already stored (same normalised body, or same URL): nothing was written. */
  inserted: boolean;
}

export interface EventFilter {
  /** An actor code prefix matching the source or the target: "JPN" matches "JPNGOV". */
  actor?: string;
  /** Two actor code prefixes, in either direction. */
  dyad?: [string, string];
  /** The CAMEO code, exactly ("036"). */
  code?: string;
  /** The CAMEO root ("03"). */
  root?: string;
  /** The quad class, 1..4. */
  quad?: number;
  /**
   * A date, month or year (YYYY, YYYY-MM, YYYY-MM-DD): events whose date, at its own precision, lies
   * wholly on or after its first day. `to` likewise: on or before its last day. An event dated 1956 is
   * in 1950..1960 and in 1956..1956, not in 1956-03..1956-12. Undated events never match a date bound.
   */
  from?: string;
  to?: string;
  modality?: Modality | string;
  /** Full-text search on the event's article (headline and body). */
  text?: string;
  /** 100 by default, at most 10,000. */
  limit?: number;
  /** Skip this many events (paging); 0 by default. */
  offset?: number;
  /** 'date': by the event's date (undated last), then id, so pages follow the timeline; 'id' by default. */
  order?: 'id' | 'date';
}

export interface StoredActor {
  actor: string | null;
  text: string | null;
  name: string | null;
}

export interface StoredEvent {
  id: number;
  articleId: number;
  /** The event's id within its article ("e1"). */
  key: string;
  code: string;
  root: string;
  name: string | null;
  goldstein: number | null;
  quadClass: number | null;
  plover: { type: string; mode: string | null } | null;
  modality: string;
  date: string | null;
  datePrecision: 'year' | 'month' | 'day' | null;
  source: StoredActor;
  target: StoredActor;
  location: { name: string; lat: number | null; lon: number | null } | null;
  /** The index of the sentence in its article, null when it was not stored. */
  sentence: number | null;
  /** The trigger's offsets into the article's text. */
  span: { start: number; end: number };
  /** Articles (copies of one story) that report this event, like GDELT's NumArticles; 1 for an event seen once. */
  numArticles: number;
  /** Distinct outlets among them (publishers, else origins), like GDELT's NumSources. */
  numSources: number;
  /** The paragraph of its sentence (0: the lede, GDELT's IsRootEvent), null when unknown. */
  paragraph: number | null;
  /** The article it was first stored from. */
  article: EventArticle;
}

export interface EventArticle {
  id: number;
  url: string | null;
  published: string | null;
  publisher: string | null;
  origin: string | null;
  /** When it was stored (ISO timestamp): GDELT's DATEADDED. */
  added: string | null;
}

/** One article reporting an event: the first one the event was stored from, or a syndicated copy. */
export interface EventMention {
  articleId: number;
  headline: string | null;
  url: string | null;
  published: string | null;
  publisher: string | null;
  origin: string | null;
  /** The trigger's offsets into that article's text. */
  span: { start: number; end: number };
  sentenceText: string | null;
  provenance: unknown[];
}

export interface StoredEventDetail extends StoredEvent {
  sentenceText: string | null;
  article: EventArticle & { headline: string | null };
  evidence: unknown;
  provenance: unknown[];
  /** Every article reporting the event, the one it was first stored from first. */
  mentions: EventMention[];
}

export interface ArticleFilter {
  /** Only the articles of this cluster (story). */
  clusterId?: number;
  /** Full-text search on headline and body. */
  text?: string;
  /** 100 by default, at most 10,000. */
  limit?: number;
  offset?: number;
}

export interface StoredArticleSummary {
  id: number;
  headline: string | null;
  url: string | null;
  published: string | null;
  datelinePlace: string | null;
  publisher: string | null;
  origin: string | null;
  clusterId: number | null;
  /** Events mentioned in this article (its own and those merged from its copies). */
  events: number;
}

export interface StoredEntity {
  type: 'actor' | 'place';
  text: string;
  span: { start: number; end: number };
  actor: string | null;
  name: string | null;
}

export interface StoredAttribution {
  id: number;
  /** The attribution's id within its article ("a1"). */
  key: string;
  parentKey: string | null;
  source: unknown | null;
  cue: unknown;
  content: unknown[];
  chain: unknown[];
}

/** An article with everything needed to show it: every span is an offset into `text`. */
export interface StoredArticle extends StoredArticleSummary {
  byline: string | null;
  text: string;
  body: string;
  warnings: unknown[];
  sentences: { index: number; paragraph: number | null; span: { start: number; end: number }; text: string }[];
  entities: StoredEntity[];
  /** The events this article reports, with `span` pointing into this article's text. */
  eventList: StoredEvent[];
  attributions: StoredAttribution[];
}

export interface StoredCluster {
  id: number;
  label: string | null;
  articles: number;
  /** The earliest-published article of the cluster. */
  earliest: { id: number; published: string | null; publisher: string | null; headline: string | null } | null;
  /** The originating agency most of its copies name (Sputnik for "Pakistan Point News / Sputnik"). */
  origin: string | null;
  publishers: string[];
}

export interface StoredClusterDetail extends StoredCluster {
  members: StoredArticleSummary[];
}

export interface ActorCount {
  actor: string;
  /** The name most often resolved for the code. */
  name: string | null;
  events: number;
  asSource: number;
  asTarget: number;
}

export type SeriesPeriod = 'year' | 'month' | 'day';

export interface DyadPoint {
  /** "2022", "2022-01" or "2022-01-12"; an event dated more coarsely than the series stays at its own period ("1956" in a monthly series). */
  period: string;
  /** "A->B" with the two prefixes as given. */
  direction: string;
  events: number;
  /** The sum of the events' Goldstein scores (net cooperation); events without one count as 0. */
  goldstein: number;
  /** Events per QuadClass: index 0 those without one, then 1 (verbal cooperation) .. 4 (material conflict). */
  quadClass: [number, number, number, number, number];
}

/** One period of an actor's series (`actorSeries`): its events as source or target. */
export interface ActorPoint {
  period: string;
  events: number;
  goldstein: number;
  quadClass: [number, number, number, number, number];
}

export interface DyadSeriesOptions {
  /** Only events of this modality ("actual" leaves out intents, hypotheticals and negations). */
  modality?: Modality | string;
}

export interface SearchHit {
  id: number;
  headline: string | null;
  url: string | null;
  published: string | null;
  /** Higher is better; comparable only within one backend. */
  rank: number;
  /** A piece of the body (or headline) with the matched words in [brackets]. */
  snippet: string;
}

export interface StoreStats {
  articles: number;
  /** Stories: clusters holding at least one article. */
  clusters: number;
  /** Syndicated copies: articles of a cluster beyond its first. */
  copies: number;
  /** Distinct events; an event reported by several copies counts once. */
  events: number;
  /** Reports of events: one per event per article reporting it. */
  mentions: number;
  attributions: number;
  outlets: number;
}

export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  saveArticle(result: AnalysisResult, options?: SaveOptions): Promise<SaveResult>;
  /**
   * Saves several articles: on SQLite in one transaction (all or none), on PostgreSQL one transaction
   * each. Results in the order of `items`.
   */
  saveArticles(items: readonly BatchItem[]): Promise<BatchResult[]>;
  queryEvents(filter?: EventFilter): Promise<StoredEvent[]>;
  dyadSeries(a: string, b: string, by: SeriesPeriod, options?: DyadSeriesOptions): Promise<DyadPoint[]>;
  /** An actor code prefix's events per period (dated events only), either side. */
  actorSeries(actor: string, by: SeriesPeriod, options?: DyadSeriesOptions): Promise<ActorPoint[]>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
  event(id: number): Promise<StoredEventDetail | null>;
  stats(): Promise<StoreStats>;
  article(id: number): Promise<StoredArticle | null>;
  articles(filter?: ArticleFilter): Promise<StoredArticleSummary[]>;
  clusters(options?: { limit?: number; offset?: number; minArticles?: number }): Promise<StoredCluster[]>;
  cluster(id: number): Promise<StoredClusterDetail | null>;
  /** Actor codes by number of events (as source or target), optionally those starting with `prefix`. */
  actors(options?: { prefix?: string; limit?: number }): Promise<ActorCount[]>;
  /** A new cluster; its id is what `saveArticle`'s `clusterId` takes. */
  createCluster(label?: string): Promise<number>;
  /**
   * Claims an input (by a key of its content) for `owner`, so that ingest processes sharing the store
   * never analyse one input twice. A claim that is not done after `leaseSeconds` may be taken over.
   */
  claimInput(key: string, owner: string, leaseSeconds?: number): Promise<ClaimResult>;
  /** Gives up an unfinished claim (the input failed: a later run reports it again). */
  releaseInput(key: string, owner: string): Promise<void>;
  /** Drops the unfinished claims of owners `isGone` says no longer run (a killed ingest); returns how many. */
  reclaimInputs(isGone: (owner: string) => boolean): Promise<number>;
  /**
   * Kept signatures, oldest first: those of the `limit` most recently stored articles, or, with `after`,
   * of every article stored after that article id (what other ingests stored meanwhile).
   */
  signatures(options?: { limit?: number; after?: number }): Promise<StoredSignature[]>;
  /**
   * Runs `run` while holding the store-wide lock `name`: on PostgreSQL an advisory lock, so that ingests
   * on several machines take their clustering decisions one at a time; on SQLite (one machine, and
   * usually one ingest) it just runs it.
   */
  exclusive<T>(name: string, run: () => Promise<T>): Promise<T>;
  /** A small named value kept in the store (the clusterer's boilerplate counts). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  close(): Promise<void>;
}
