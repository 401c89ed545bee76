import { SqliteStore } from './sqlite.js';
import { PostgresStore, type PostgresOptions } from './postgres.js';
import type { Store } from './types.js';

// The store stage: the corpus of analysed articles, their sentences, entities, events and attributions,
// on an embedded SQLite file (the default) or on PostgreSQL, with the same behaviour on both.

export type * from './types.js';
export { EVENT_SORTS, ARTICLE_SORTS, CLUSTER_SORTS } from './types.js';
export { SqliteStore, migrateSqlite } from './sqlite.js';
export { PostgresStore, migratePostgres, type PostgresOptions } from './postgres.js';
export { contentHash, dateRange } from './rows.js';
export { claimOwner, inputKey, isGoneLocalOwner, DEFAULT_LEASE_SECONDS, DEFAULT_SIGNATURE_LIMIT } from './claims.js';
export { SQLITE_MIGRATIONS } from './schema/sqlite.js';
export { POSTGRES_MIGRATIONS } from './schema/postgres.js';
export type { Migration } from './schema/migration.js';

export const DEFAULT_STORE = './annals.db';

export interface OpenStoreOptions {
  /** PostgreSQL only: the schema (search_path) to use, created when missing. */
  schema?: string;
  /** PostgreSQL only: the pool's size. */
  max?: number;
}

/** True when `location` names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location` and brings its schema up to date: a `postgres://` or `postgresql://` URL
 * opens PostgreSQL (a `?search_path=` in the URL, or `options.schema`, picks the schema); anything else is
 * the path of a SQLite file, created when missing (`./annals.db` by default; `:memory:` for a throwaway).
 */
export async function openStore(location: string = DEFAULT_STORE, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return PostgresStore.open(location, options satisfies PostgresOptions);
  return new SqliteStore(location || DEFAULT_STORE);
}
