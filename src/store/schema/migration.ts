/** One step of a backend's schema: applied once, in order of `version`, and recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Fills actor_counts (migration 4 of both backends) from the events already stored: the SQL is the same on
 * SQLite and PostgreSQL, only the table's column types differ.
 */
export const ACTOR_COUNTS_BACKFILL = `INSERT INTO actor_counts (actor, as_source, as_target, events)
  SELECT actor, sum(src), sum(tgt), sum(src) + sum(tgt) FROM (
    SELECT source_actor AS actor, 1 AS src, 0 AS tgt FROM events WHERE source_actor IS NOT NULL
    UNION ALL
    SELECT target_actor AS actor, 0 AS src, 1 AS tgt FROM events WHERE target_actor IS NOT NULL
  ) x GROUP BY actor;
UPDATE actor_counts SET name = (
  SELECT name FROM (
    SELECT source_actor AS actor, source_name AS name FROM events WHERE source_name IS NOT NULL
    UNION ALL
    SELECT target_actor AS actor, target_name AS name FROM events WHERE target_name IS NOT NULL
  ) n WHERE n.actor = actor_counts.actor GROUP BY name ORDER BY count(*) DESC, name LIMIT 1);
`;
