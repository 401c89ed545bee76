import { ACTOR_COUNTS_BACKFILL, type Migration } from './migration.js';

// The SQLite schema, as versioned migrations. A migration is applied at most once (schema_migrations
// records it); add a new version rather than editing one that has shipped. The connection sets
// journal_mode=WAL and foreign_keys=ON (src/store/sqlite.ts): pragmas cannot run inside a transaction.

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus',
    sql: `
CREATE TABLE outlets (
  id    INTEGER PRIMARY KEY,
  name  TEXT NOT NULL UNIQUE
);

CREATE TABLE clusters (
  id          INTEGER PRIMARY KEY,
  label       TEXT,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE articles (
  id              INTEGER PRIMARY KEY,
  content_hash    TEXT NOT NULL UNIQUE,
  url             TEXT UNIQUE,
  headline        TEXT,
  published       TEXT,
  dateline_place  TEXT,
  byline          TEXT,
  publisher_id    INTEGER REFERENCES outlets (id),
  origin_id       INTEGER REFERENCES outlets (id),
  cluster_id      INTEGER REFERENCES clusters (id),
  input_origin    TEXT,
  text            TEXT NOT NULL,
  body            TEXT NOT NULL,
  warnings        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings)),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_cluster ON articles (cluster_id);
CREATE INDEX articles_publisher ON articles (publisher_id);
CREATE INDEX articles_origin ON articles (origin_id);

CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  paragraph   INTEGER,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (article_id, idx)
);

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,
  type        TEXT NOT NULL CHECK (type IN ('actor', 'place')),
  text        TEXT NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  actor       TEXT,
  name        TEXT,
  refers_to   TEXT,
  sources     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sources)),
  UNIQUE (article_id, idx)
);
CREATE INDEX entities_actor ON entities (actor);

CREATE TABLE events (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence_id      INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  event_key        TEXT NOT NULL,
  code             TEXT NOT NULL,
  root             TEXT NOT NULL,
  name             TEXT,
  quad_class       INTEGER CHECK (quad_class BETWEEN 1 AND 4),
  goldstein        REAL,
  plover_type      TEXT,
  plover_mode      TEXT,
  modality         TEXT NOT NULL CHECK (modality IN ('actual', 'intent', 'hypothetical', 'negated')),
  date             TEXT,
  date_precision   TEXT CHECK (date_precision IN ('year', 'month', 'day')),
  -- The first and last day the date can mean: '1956' is 1956-01-01 .. 1956-12-31.
  date_start       TEXT,
  date_end         TEXT,
  source_actor     TEXT,
  target_actor     TEXT,
  source_text      TEXT,
  target_text      TEXT,
  source_name      TEXT,
  target_name      TEXT,
  location_name    TEXT,
  location_lat     REAL,
  location_lon     REAL,
  trigger_start    INTEGER NOT NULL,
  trigger_end      INTEGER NOT NULL,
  evidence         TEXT NOT NULL CHECK (json_valid(evidence)),
  provenance       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(provenance)),
  UNIQUE (article_id, event_key)
);
CREATE INDEX events_dyad ON events (source_actor, target_actor);
CREATE INDEX events_dyad_reverse ON events (target_actor, source_actor);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_sentence ON events (sentence_id);

CREATE TABLE attributions (
  id               INTEGER PRIMARY KEY,
  article_id       INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  attribution_key  TEXT NOT NULL,
  parent_id        INTEGER REFERENCES attributions (id) ON DELETE CASCADE,
  source_actor     TEXT,
  source_name      TEXT,
  source           TEXT CHECK (source IS NULL OR json_valid(source)),
  cue              TEXT NOT NULL CHECK (json_valid(cue)),
  content          TEXT NOT NULL CHECK (json_valid(content)),
  chain            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(chain)),
  UNIQUE (article_id, attribution_key)
);
CREATE INDEX attributions_parent ON attributions (parent_id);
CREATE INDEX attributions_source_actor ON attributions (source_actor);

-- Full-text search over headline and body: an external-content FTS5 table kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  headline, body,
  content = 'articles', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.id, old.headline, old.body);
  INSERT INTO articles_fts (rowid, headline, body) VALUES (new.id, new.headline, new.body);
END;
`,
  },
  {
    version: 2,
    name: 'event mentions, merged across syndicated copies, and ingest claims',
    sql: `
-- An event reported by N copies of one story is one events row with N mentions (GDELT's NumArticles and
-- NumSources). events.article_id, sentence_id and trigger_* stay those of the first article it came from.
ALTER TABLE events ADD COLUMN cluster_id INTEGER REFERENCES clusters (id);
ALTER TABLE events ADD COLUMN merge_key TEXT;
ALTER TABLE events ADD COLUMN num_articles INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN num_sources INTEGER NOT NULL DEFAULT 1;
CREATE INDEX events_merge ON events (cluster_id, merge_key);

CREATE TABLE event_mentions (
  id             INTEGER PRIMARY KEY,
  event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  sentence_id    INTEGER REFERENCES sentences (id) ON DELETE CASCADE,
  event_key      TEXT NOT NULL,
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  provenance     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(provenance)),
  UNIQUE (article_id, event_key)
);
CREATE INDEX event_mentions_event ON event_mentions (event_id);

-- Events stored before mentions existed are each their own single mention.
UPDATE events SET cluster_id = (SELECT cluster_id FROM articles a WHERE a.id = events.article_id);
INSERT INTO event_mentions (event_id, article_id, sentence_id, event_key, trigger_start, trigger_end, provenance)
  SELECT id, article_id, sentence_id, event_key, trigger_start, trigger_end, provenance FROM events;

-- Work claimed by an ingest process (keyed by the input's identity), so that processes sharing one
-- database never analyse the same input twice; a claim not finished within its lease may be taken over.
CREATE TABLE ingest_claims (
  input_key   TEXT PRIMARY KEY,
  owner       TEXT NOT NULL,
  claimed_at  TEXT NOT NULL,
  done        INTEGER NOT NULL DEFAULT 0,
  article_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL
);

-- The near-duplicate index, kept so that a later ingest clusters new copies with stored stories.
CREATE TABLE article_signatures (
  article_id  INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  signature   BLOB NOT NULL,
  shingles    INTEGER NOT NULL
);

CREATE TABLE settings (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'event indexes for a code, root or dyad within dates',
    sql: `
-- "code 193 in March 2020", "JPN-RUS from 2018": the date range is read from the same index as the code
-- or the dyad, instead of checking the dates of every event with that code or dyad.
DROP INDEX events_code;
DROP INDEX events_root;
DROP INDEX events_dyad;
DROP INDEX events_dyad_reverse;
CREATE INDEX events_code ON events (code, date_start);
CREATE INDEX events_root ON events (root, date_start);
CREATE INDEX events_dyad ON events (source_actor, target_actor, date_start);
CREATE INDEX events_dyad_reverse ON events (target_actor, source_actor, date_start);
`,
  },
  {
    version: 4,
    name: 'actor counts kept as events are stored',
    sql: `
-- Events per actor code, either side, kept up to date by the saves: listing the most frequent actors of a
-- million events must not count them all.
CREATE TABLE actor_counts (
  actor      TEXT PRIMARY KEY,
  name       TEXT,
  as_source  INTEGER NOT NULL DEFAULT 0,
  as_target  INTEGER NOT NULL DEFAULT 0,
  events     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actor_counts_events ON actor_counts (events DESC, actor);
${ACTOR_COUNTS_BACKFILL}`,
  },
  {
    version: 5,
    name: 'dyad indexes cover the series',
    sql: `
-- A dyad's or an actor's series reads date, Goldstein, QuadClass and modality from these indexes alone,
-- without one table row per event.
DROP INDEX events_dyad;
DROP INDEX events_dyad_reverse;
CREATE INDEX events_dyad ON events (source_actor, target_actor, date_start, date, goldstein, quad_class, modality);
CREATE INDEX events_dyad_reverse ON events (target_actor, source_actor, date_start, date, goldstein, quad_class, modality);
`,
  },
];
