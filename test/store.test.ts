import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { analyze } from '../src/pipeline.js';
import type { AnalysisResult } from '../src/document/serialize.js';
import type { CodedEvent } from '../src/code/coder.js';
import { syntheticArticle } from '../bench/synthetic-events.js';
import { openStore, PostgresStore, SqliteStore, contentHash, dateRange, type Store } from '../src/store/index.js';

// The same suite on both backends: SQLite on a temporary file, and PostgreSQL when DATABASE_URL is set
// (each test in a fresh schema, annals_test_<random>_<n>, dropped afterwards).

const seed = analyze(readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8'));
const copy = (): AnalysisResult => structuredClone(seed);
type Row = Record<string, unknown>;

interface Harness {
  store: Store;
  /** The same store opened again (for migrations). */
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

async function raw(store: Store, sql: string): Promise<Row[]> {
  if (store instanceof SqliteStore) return store.db.prepare(sql).all() as Row[];
  return [...(await (store as PostgresStore).sql.unsafe(sql))] as Row[];
}

const tempDir = mkdtempSync(join(tmpdir(), 'annals-store-'));
after(() => rmSync(tempDir, { recursive: true, force: true }));
let fileCount = 0;

async function sqliteHarness(): Promise<Harness> {
  const path = join(tempDir, `corpus-${++fileCount}.db`);
  const store = await openStore(path);
  return { store, reopen: () => openStore(path), cleanup: () => store.close() };
}

const DATABASE_URL = process.env.DATABASE_URL;
const run = randomBytes(4).toString('hex');
let schemaCount = 0;

async function postgresHarness(): Promise<Harness> {
  const url = DATABASE_URL!;
  const schema = `annals_test_${run}_${++schemaCount}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  const opened: Store[] = [];
  const open = async () => {
    const s = await openStore(url, { schema, max: 4 });
    opened.push(s);
    return s;
  };
  const store = await open();
  return {
    store,
    reopen: open,
    async cleanup() {
      for (const s of opened) await s.close();
      await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

function suite(backend: string, harness: () => Promise<Harness>, skip?: string) {
  const it = (name: string, fn: (h: Harness) => Promise<void>) =>
    test(name, skip ? { skip } : {}, async () => {
      const h = await harness();
      try {
        await fn(h);
      } finally {
        await h.cleanup();
      }
    });

  describe(`store on ${backend}`, () => {
    it('applies its migrations once; opening again applies nothing', async ({ store, reopen }) => {
      const again = await reopen();
      const versions = await raw(again, 'SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(versions.map((r) => Number(r.version)), [1, 2, 3, 4, 5]);
      if (store instanceof SqliteStore) {
        assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
        assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
      }
      assert.equal((await again.saveArticle(copy())).inserted, true);
      assert.equal((await store.stats()).articles, 1);
      if (again instanceof SqliteStore) await again.close();
    });

    it('saves the seed and reads back the 036 event with its evidence and provenance', async ({ store }) => {
      const saved = await store.saveArticle(copy());
      assert.equal(saved.inserted, true);
      const [found, ...more] = await store.queryEvents({ code: '036', actor: 'JPNGOV' });
      assert.ok(found);
      assert.equal(more.length, 0);
      const e = await store.event(found.id);
      assert.ok(e);
      const original = (seed.events as CodedEvent[]).find((x) => x.id === e.key)!;
      assert.equal(e.articleId, saved.id);
      assert.equal(e.code, '036');
      assert.equal(e.root, '03');
      assert.equal(e.modality, 'intent');
      assert.equal(e.date, '2022-01-12');
      assert.equal(e.datePrecision, 'day');
      assert.deepEqual(e.source, { actor: 'JPNGOV', text: original.source.text, name: 'Fumio Kishida' });
      assert.equal(e.target.actor, 'RUSGOV');
      assert.equal(e.goldstein, original.goldstein);
      assert.equal(e.quadClass, 1);
      assert.deepEqual(e.plover, original.plover);
      assert.deepEqual(e.span, original.span);
      assert.equal(e.sentence, original.sentence);
      assert.equal(e.sentenceText, seed.sentences[original.sentence]!.text);
      assert.equal(e.article.headline, seed.article.headline);
      assert.equal(e.article.published, '2022-01-12');
      assert.deepEqual(e.evidence, original.evidence);
      assert.deepEqual(e.provenance, original.provenance);
      assert.deepEqual(
        (e.provenance as { name: string }[]).map((l) => l.name),
        ['Kishida', 'Suzuki', 'Kyodo', 'Sputnik', 'Pakistan Point News'],
      );
      // The located event keeps its place.
      const [habomai] = await store.queryEvents({ code: '030' });
      assert.equal(habomai?.location?.name, 'Habomai Islands');
      assert.equal(typeof habomai?.location?.lat, 'number');
    });

    it('stores the article, sentences, entities and nested attributions', async ({ store }) => {
      const { id } = await store.saveArticle(copy());
      const [article] = await raw(store, `SELECT a.headline, a.dateline_place, p.name AS publisher, o.name AS origin, a.body
        FROM articles a JOIN outlets p ON p.id = a.publisher_id JOIN outlets o ON o.id = a.origin_id`);
      assert.deepEqual(
        { ...article },
        { headline: seed.article.headline, dateline_place: 'TOKYO', publisher: 'Pakistan Point News', origin: 'Sputnik', body: seed.article.body },
      );
      const counts = await raw(store, `SELECT (SELECT count(*) FROM sentences) AS s, (SELECT count(*) FROM entities) AS e`);
      assert.equal(Number(counts[0]!.s), seed.sentences.length);
      assert.equal(Number(counts[0]!.e), seed.entities.length);
      const nested = await raw(store, `SELECT c.attribution_key AS child, p.attribution_key AS parent
        FROM attributions c JOIN attributions p ON p.id = c.parent_id WHERE c.article_id = ${Number(id)} ORDER BY c.id`);
      const expected = (seed.attributions as { id: string; parent?: string }[]).filter((a) => a.parent).map((a) => ({ child: a.id, parent: a.parent }));
      assert.ok(expected.length > 0);
      // JSON is stored as JSON (objects and arrays), not as JSON strings.
      const typeOf = store instanceof SqliteStore ? 'json_type' : 'jsonb_typeof';
      const [types] = await raw(store, `SELECT ${typeOf}(evidence) AS evidence, ${typeOf}(provenance) AS provenance FROM events ORDER BY id LIMIT 1`);
      assert.deepEqual({ ...types }, { evidence: 'object', provenance: 'array' });
      assert.deepEqual(nested.map((r) => ({ ...r })), expected);
    });

    it('saving the same article twice inserts it once (same body normalised, or same URL)', async ({ store }) => {
      const first = await store.saveArticle(copy());
      const before = await store.stats();
      const second = await store.saveArticle(copy());
      assert.deepEqual(second, { id: first.id, inserted: false });
      // Case, spacing and punctuation do not make a new article.
      const shouted = copy();
      shouted.article.body = shouted.article.body.toUpperCase().replace(/ /g, '  ').replace(/,/g, '');
      assert.equal(contentHash(shouted), contentHash(seed));
      assert.deepEqual(await store.saveArticle(shouted), { id: first.id, inserted: false });
      assert.deepEqual(await store.stats(), before);
      // A URL already stored is the same article, whatever its text now.
      const withUrl = copy();
      withUrl.article.body += '\n\nAn update.';
      withUrl.article.url = 'https://example.com/kishida';
      const third = await store.saveArticle(withUrl);
      assert.equal(third.inserted, true);
      const edited = copy();
      edited.article.body += '\n\nAnother update.';
      edited.article.url = 'https://example.com/kishida';
      assert.deepEqual(await store.saveArticle(edited), { id: third.id, inserted: false });
      // Concurrent saves of one new article: exactly one inserts.
      const fresh = copy();
      fresh.article.body = 'A different story entirely.';
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => store.saveArticle(structuredClone(fresh))));
      assert.equal(results.filter((r) => r.inserted).length, 1);
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      assert.equal((await store.stats()).articles, 3);
    });

    it('a dyad finds its events in both directions', async ({ store }) => {
      await store.saveArticle(copy());
      const keys = (events: { key: string }[]) => events.map((e) => e.key).sort();
      const jr = await store.queryEvents({ dyad: ['JPN', 'RUS'] });
      assert.deepEqual(keys(jr), ['e1', 'e7', 'e8']);
      assert.ok(jr.some((e) => e.source.actor === 'RUS' && e.target.actor === 'JPN'));
      assert.ok(jr.some((e) => e.source.actor?.startsWith('JPN') && e.target.actor?.startsWith('RUS')));
      assert.deepEqual(keys(await store.queryEvents({ dyad: ['RUS', 'JPN'] })), ['e1', 'e7', 'e8']);
      assert.deepEqual(keys(await store.queryEvents({ dyad: ['JPNGOV', 'RUSGOV'] })), ['e1']);
      // actor: a prefix of the source or the target.
      assert.deepEqual(keys(await store.queryEvents({ actor: 'USA' })), ['e6']);
      assert.deepEqual(keys(await store.queryEvents({ actor: 'SUN' })), ['e3', 'e4', 'e5']);
      assert.deepEqual(keys(await store.queryEvents({ actor: 'JPN', modality: 'intent' })), ['e1']);
      assert.deepEqual(keys(await store.queryEvents({ root: '05', quad: 1 })), ['e3', 'e4']);
      assert.deepEqual(keys(await store.queryEvents({ quad: 3 })), ['e6']);
      assert.equal((await store.queryEvents({ actor: 'JPN', limit: 2 })).length, 2);
      // Nothing a user types is SQL.
      assert.deepEqual(await store.queryEvents({ actor: "J' OR 1=1 --", code: "0'; DROP TABLE events; --" }), []);
      assert.equal((await store.stats()).events, seed.events.length);

      const series = await store.dyadSeries('JPN', 'RUS', 'year');
      assert.deepEqual(series, [
        { period: '2018', direction: 'JPN->RUS', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
        { period: '2018', direction: 'RUS->JPN', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
        { period: '2022', direction: 'JPN->RUS', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
      ]);
      // An actor's series: its dated events either side (the undated USA threat is left out).
      assert.deepEqual(await store.actorSeries('JPN', 'year'), [
        { period: '1956', events: 3, goldstein: 20, quadClass: [0, 3, 0, 0, 0] },
        { period: '2018', events: 2, goldstein: 8, quadClass: [0, 2, 0, 0, 0] },
        { period: '2022', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
      ]);
      assert.deepEqual((await store.actorSeries('USA', 'month')), []);
      const monthly = await store.dyadSeries('JPN', 'RUS', 'month');
      assert.deepEqual(monthly.map((p) => p.period), ['2018', '2018', '2022-01']);
      assert.deepEqual(await store.dyadSeries('JPN', 'RUS', 'day', { modality: 'actual' }), [
        { period: '2018', direction: 'JPN->RUS', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
        { period: '2018', direction: 'RUS->JPN', events: 1, goldstein: 4, quadClass: [0, 1, 0, 0, 0] },
      ]);
    });

    it('dates compare at their precision: the 1956 signing is in 1956 and in 1950..1960', async ({ store }) => {
      await store.saveArticle(copy());
      const keys = (events: { key: string }[]) => events.map((e) => e.key).sort();
      assert.deepEqual(keys(await store.queryEvents({ from: '1956', to: '1956' })), ['e3', 'e4', 'e5']);
      assert.deepEqual(keys(await store.queryEvents({ from: '1950', to: '1960', code: '057' })), ['e3', 'e4']);
      const signing = await store.queryEvents({ from: '1956', to: '1956', code: '057' });
      assert.deepEqual(signing.map((e) => [e.source.actor, e.target.actor, e.date, e.datePrecision]), [
        ['SUN', 'JPN', '1956', 'year'],
        ['JPN', 'SUN', '1956', 'year'],
      ]);
      assert.deepEqual(await store.queryEvents({ from: '1956-03', to: '1956-12' }), []);
      assert.deepEqual(keys(await store.queryEvents({ from: '2018' })), ['e1', 'e7', 'e8']);
      assert.deepEqual(keys(await store.queryEvents({ to: '2017-12-31' })), ['e3', 'e4', 'e5']);
      assert.deepEqual(keys(await store.queryEvents({ from: '2022-01-12', to: '2022-01-12' })), ['e1']);
      await assert.rejects(store.queryEvents({ from: '12 January' }), RangeError);
      assert.deepEqual(dateRange('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
    });

    it('counts articles, clusters, events, attributions and outlets', async ({ store }) => {
      const empty = { articles: 0, clusters: 0, copies: 0, events: 0, mentions: 0, attributions: 0, outlets: 0 };
      assert.deepEqual(await store.stats(), empty);
      const cluster = await store.createCluster('Kuril Islands');
      await store.saveArticle(copy(), { clusterId: cluster });
      const n = seed.events.length;
      assert.deepEqual(await store.stats(), {
        articles: 1,
        clusters: 1,
        copies: 0,
        events: n,
        mentions: n,
        attributions: seed.attributions.length,
        outlets: 2,
      });
      // A cluster id not seen before is created; createCluster then moves past it.
      const other = copy();
      other.article.body = 'Another article, same outlets.';
      other.events = [];
      other.attributions = [];
      await store.saveArticle(other, { clusterId: 40 });
      assert.ok((await store.createCluster()) > 40);
      // The empty cluster just created is no story.
      assert.deepEqual(await store.stats(), { articles: 2, clusters: 2, copies: 0, events: n, mentions: n, attributions: seed.attributions.length, outlets: 2 });
    });

    it('full-text search finds the seed for "peace treaty", with a snippet', async ({ store }) => {
      const { id } = await store.saveArticle(copy());
      const other = copy();
      other.article.headline = 'Markets close higher';
      other.article.body = 'Shares rose on Wednesday as investors welcomed the results.';
      other.events = [];
      await store.saveArticle(other);
      const hits = await store.search('peace treaty');
      assert.equal(hits.length, 1);
      assert.equal(hits[0]!.id, id);
      assert.equal(hits[0]!.headline, seed.article.headline);
      assert.match(hits[0]!.snippet, /\[peace\] \[treaty\]/i);
      assert.ok(hits[0]!.rank > 0);
      assert.equal((await store.search('"peace treaty"')).length, 1);
      assert.equal((await store.search('shares')).length, 1);
      assert.deepEqual(await store.search('kangaroo'), []);
      // Odd input is words, never syntax.
      for (const q of ['post-war "', 'NEAR(', "peace' OR '1'='1", '*', '']) await store.search(q);
      assert.equal((await store.queryEvents({ text: 'peace treaty' })).length, seed.events.length);
      assert.deepEqual(await store.queryEvents({ text: 'shares' }), []);
    });

    it('an event reported by three copies of one story is stored once, with three mentions', async ({ store }) => {
      const cluster = await store.createCluster('Kishida wants to meet Putin');
      const first = await store.saveArticle(copy(), { clusterId: cluster });
      // Two syndicated copies: other outlets, a dateline rewritten, a paragraph appended.
      const copyFrom = (publisher: string, url: string) => {
        const c = copy();
        c.article.publisher = publisher;
        c.article.url = url;
        c.article.body += `\n\nRead more on ${url}.`;
        return c;
      };
      const second = await store.saveArticle(copyFrom('UrduPoint', 'https://example.com/urdupoint/kishida'), { clusterId: cluster });
      const third = await store.saveArticle(copyFrom('UrduPoint', 'https://example.com/urdupoint/kishida-2'), { clusterId: cluster });
      assert.ok(second.inserted && third.inserted);
      const n = seed.events.length;
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.clusters, stats.copies, stats.events, stats.mentions], [3, 1, 2, n, 3 * n]);
      const [meeting, ...more] = await store.queryEvents({ code: '036', actor: 'JPNGOV' });
      assert.equal(more.length, 0);
      // Three articles, two outlets (Pakistan Point News and UrduPoint).
      assert.equal(meeting!.numArticles, 3);
      assert.equal(meeting!.numSources, 2);
      assert.equal(meeting!.articleId, first.id);
      const detail = await store.event(meeting!.id);
      assert.deepEqual(detail!.mentions.map((m) => [m.articleId, m.publisher]), [
        [first.id, 'Pakistan Point News'],
        [second.id, 'UrduPoint'],
        [third.id, 'UrduPoint'],
      ]);
      assert.ok(detail!.mentions.every((m) => m.sentenceText === detail!.sentenceText));
      // The same story outside the cluster is not merged: clustering decides what is a copy.
      const unclustered = copyFrom('Elsewhere', 'https://example.com/elsewhere');
      unclustered.article.body += ' Different.';
      await store.saveArticle(unclustered);
      assert.equal((await store.stats()).events, 2 * n);
      // An event the copy codes differently (another target) is its own event.
      const edited = copyFrom('Devdiscourse', 'https://example.com/devdiscourse');
      const e1 = (edited.events as CodedEvent[]).find((e) => e.id === 'e1')!;
      e1.target = { ...e1.target, actor: 'CHN' };
      await store.saveArticle(edited, { clusterId: cluster });
      assert.equal((await store.queryEvents({ code: '036', actor: 'JPNGOV' })).length, 3);
      assert.equal((await store.stats()).events, 2 * n + 1);
      // The actor counts count events, not their mentions: JPNGOV is the source of e1 in the story
      // and outside it, and of the edited copy's e1.
      const japan = (await store.actors({ prefix: 'JPNGOV' }))[0]!;
      assert.deepEqual([japan.actor, japan.asSource, japan.asTarget], ['JPNGOV', 3, 0]);
      assert.equal((await store.actors({ prefix: 'CHN' }))[0]!.asTarget, 1);
    });

    it('reads an article whole, lists articles, clusters and actors', async ({ store }) => {
      const cluster = await store.createCluster();
      const { id } = await store.saveArticle(copy(), { clusterId: cluster });
      const later = copy();
      later.article.publisher = 'UrduPoint';
      later.article.published = '2022-01-13';
      later.article.body += '\n\nMore.';
      const copyId = (await store.saveArticle(later, { clusterId: cluster })).id;
      const article = await store.article(id);
      assert.ok(article);
      assert.equal(article.text, seed.text);
      assert.equal(article.publisher, 'Pakistan Point News');
      assert.equal(article.origin, 'Sputnik');
      assert.equal(article.datelinePlace, 'TOKYO');
      assert.equal(article.clusterId, cluster);
      assert.equal(article.sentences.length, seed.sentences.length);
      // Every span points into the article's own text.
      for (const e of article.entities) assert.equal(article.text.slice(e.span.start, e.span.end), e.text);
      assert.equal(article.eventList.length, seed.events.length);
      assert.equal(article.events, seed.events.length);
      // The copy's events are the story's events, with spans into the copy's text.
      const copyArticle = (await store.article(copyId))!;
      assert.deepEqual(copyArticle.eventList.map((e) => e.id).sort(), article.eventList.map((e) => e.id).sort());
      const trigger = (seed.events as CodedEvent[]).find((e) => e.code === '036')!;
      const inCopy = copyArticle.eventList.find((e) => e.code === '036')!;
      assert.equal(copyArticle.text.slice(inCopy.span.start, inCopy.span.end), seed.text.slice(trigger.span.start, trigger.span.end));
      assert.equal(article.attributions.length, seed.attributions.length);
      assert.ok(article.attributions.some((a) => a.parentKey !== null));
      assert.equal(await store.article(999_999), null);

      assert.deepEqual((await store.articles()).map((a) => a.id), [copyId, id]); // newest first
      assert.deepEqual((await store.articles({ clusterId: cluster, limit: 1 })).map((a) => a.id), [copyId]);
      assert.deepEqual((await store.articles({ text: 'peace treaty' })).length, 2);

      const [story] = await store.clusters();
      assert.equal(story!.id, cluster);
      assert.equal(story!.articles, 2);
      assert.equal(story!.earliest!.id, id);
      assert.equal(story!.origin, 'Sputnik');
      assert.deepEqual(story!.publishers.sort(), ['Pakistan Point News', 'UrduPoint']);
      assert.equal('members' in story!, false);
      assert.deepEqual((await store.clusters({ minArticles: 3 })), []);
      const detail = await store.cluster(cluster);
      assert.deepEqual(detail!.members.map((m) => m.id), [id, copyId]);
      assert.equal(await store.cluster(999_999), null);

      const actors = await store.actors();
      const japan = actors.find((a) => a.actor === 'JPNGOV');
      assert.ok(japan && japan.events >= 1 && japan.events === japan.asSource + japan.asTarget);
      assert.ok(actors.every((a, i) => i === 0 || actors[i - 1]!.events >= a.events));
      assert.ok((await store.actors({ prefix: 'RUS' })).every((a) => a.actor.startsWith('RUS')));
      assert.equal((await store.actors({ limit: 1 })).length, 1);
    });

    it('an input is claimed by one owner, done with its save, taken over when its owner is gone', async ({ store }) => {
      assert.equal(await store.claimInput('k1', 'host:1:a'), 'claimed');
      assert.equal(await store.claimInput('k1', 'host:2:b'), 'busy');
      const saved = await store.saveArticle(copy(), { claim: { key: 'k1', owner: 'host:1:a' } });
      assert.equal(await store.claimInput('k1', 'host:2:b'), 'done');
      // An input whose article is already stored is done too.
      assert.equal(await store.claimInput('k2', 'host:2:b'), 'claimed');
      assert.deepEqual(await store.saveArticle(copy(), { claim: { key: 'k2', owner: 'host:2:b' } }), { id: saved.id, inserted: false });
      assert.equal(await store.claimInput('k2', 'host:1:a'), 'done');
      // Released (the input failed): the next run claims it again.
      assert.equal(await store.claimInput('k3', 'host:1:a'), 'claimed');
      await store.releaseInput('k3', 'host:1:a');
      assert.equal(await store.claimInput('k3', 'host:2:b'), 'claimed');
      // A gone owner's open claims are dropped; done ones stay.
      assert.equal(await store.claimInput('k4', 'host:3:c'), 'claimed');
      assert.equal(await store.reclaimInputs((owner) => owner === 'host:3:c' || owner === 'host:1:a'), 1);
      assert.equal(await store.claimInput('k4', 'host:2:b'), 'claimed');
      assert.equal(await store.claimInput('k1', 'host:2:b'), 'done');
      // A claim older than the lease is taken over.
      assert.equal(await store.claimInput('k5', 'host:1:a'), 'claimed');
      await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(await store.claimInput('k5', 'host:2:b', 3600), 'busy');
      assert.equal(await store.claimInput('k5', 'host:2:b', 0.001), 'claimed');
      // Nothing a user names is SQL.
      assert.equal(await store.claimInput("k'; DROP TABLE articles; --", 'x'), 'claimed');
      assert.equal((await store.stats()).articles, 1);
    });

    it('keeps signatures and settings for the next ingest', async ({ store }) => {
      const values = Uint32Array.from({ length: 128 }, (_, i) => (i * 2_654_435_761) >>> 0);
      const cluster = await store.createCluster();
      const { id } = await store.saveArticle(copy(), { clusterId: cluster, signature: { values, shingles: 321 } });
      const [sig, ...more] = await store.signatures();
      assert.equal(more.length, 0);
      assert.deepEqual(
        { ...sig!, signature: [...sig!.signature] },
        { articleId: id, clusterId: cluster, signature: [...values], shingles: 321, publisher: 'Pakistan Point News', origin: 'Sputnik', published: '2022-01-12' },
      );
      assert.deepEqual(await store.signatures({ after: id }), []);
      assert.equal((await store.signatures({ after: id - 1 }))[0]!.articleId, id);
      // exclusive runs one holder at a time.
      const order: string[] = [];
      const hold = (tag: string) => store.exclusive('clustering', async () => {
        order.push(`${tag}+`);
        await new Promise((resolve) => setTimeout(resolve, 30));
        order.push(`${tag}-`);
        return tag;
      });
      assert.deepEqual(await Promise.all([hold('a'), hold('b')]), ['a', 'b']);
      // On PostgreSQL one holder at a time; on SQLite (one machine) exclusive just runs what it is given.
      if (store.backend === 'postgres') assert.ok(order.join() === 'a+,a-,b+,b-' || order.join() === 'b+,b-,a+,a-', order.join());
      assert.equal(await store.getSetting('boilerplate'), null);
      await store.setSetting('boilerplate', '{"a":1}');
      await store.setSetting('boilerplate', '{"a":2}');
      assert.equal(await store.getSetting('boilerplate'), '{"a":2}');
    });

    it('the lists’ totals, sorts, filters (dated, place, placed, cluster), places, afterId paging and the undated=article series', async ({ store }) => {
      const story = await store.createCluster('kishida');
      const seedId = (await store.saveArticle(copy(), { clusterId: story })).id;
      await store.saveArticles(Array.from({ length: 40 }, (_, n) => ({ result: syntheticArticle(n, 25), options: { newClusterKey: `s${n % 15}` } })));
      const all = await store.queryEvents({ limit: 10_000 });
      assert.ok(all.length > 1000);
      const count = (f: (e: (typeof all)[number]) => boolean) => all.filter(f).length;
      // Totals: of everything, of the dated and undated, of the placed and unplaced, at one place, of one story.
      assert.equal(await store.countEvents(), all.length);
      assert.equal(await store.countEvents({ limit: 5, offset: 3, sort: '-date', afterId: 2 }), all.length, 'paging and sort are ignored by the count');
      const undated = count((e) => e.date === null);
      assert.ok(undated > 0 && undated < all.length);
      assert.equal(await store.countEvents({ dated: false }), undated);
      assert.equal(await store.countEvents({ dated: true }), all.length - undated);
      assert.equal((await store.queryEvents({ dated: false, limit: 10_000 })).length, undated);
      const placed = count((e) => e.location !== null && e.location !== undefined);
      assert.ok(placed > 0 && placed < all.length);
      assert.equal(await store.countEvents({ placed: true }), placed);
      assert.equal(await store.countEvents({ placed: false }), all.length - placed);
      const jpn = (e: (typeof all)[number]) => /^JPN/.test(e.source.actor ?? '') || /^JPN/.test(e.target.actor ?? '');
      assert.equal(await store.countEvents({ actor: 'JPN', dated: false }), count((e) => jpn(e) && e.date === null));
      assert.equal(await store.countEvents({ actor: 'JPN', placed: true }), count((e) => jpn(e) && !!e.location));
      // Places: every place once, with its events, most first; the place filter lists exactly those.
      const byPlace = new Map<string, number>();
      for (const e of all) if (e.location) byPlace.set(e.location.name, (byPlace.get(e.location.name) ?? 0) + 1);
      const places = await store.places();
      assert.deepEqual(Object.fromEntries(places.map((p) => [p.name, p.events])), Object.fromEntries(byPlace));
      assert.deepEqual(places.map((p) => p.events), [...places.map((p) => p.events)].sort((a, b) => b - a));
      const top = places[0]!;
      assert.equal(await store.countEvents({ place: top.name }), top.events);
      assert.ok((await store.queryEvents({ place: top.name, limit: 10_000 })).every((e) => e.location?.name === top.name));
      const jpnUndatedPlaces = new Map<string, number>();
      for (const e of all) if (jpn(e) && e.date === null && e.location) jpnUndatedPlaces.set(e.location.name, (jpnUndatedPlaces.get(e.location.name) ?? 0) + 1);
      assert.deepEqual(Object.fromEntries((await store.places({ actor: 'JPN', dated: false })).map((p) => [p.name, p.events])), Object.fromEntries(jpnUndatedPlaces));
      // A story's events: the seed's own story holds its events and no generated one.
      const seedEvents = count((e) => e.articleId === seedId);
      assert.equal(await store.countEvents({ cluster: story }), seedEvents);
      assert.ok((await store.queryEvents({ cluster: story, limit: 10_000 })).every((e) => e.articleId === seedId));
      // Sorts: every event once, the key in order, missing values last.
      const keys: Record<string, (e: (typeof all)[number]) => string | number | null> = {
        date: (e) => (e.date === null ? null : e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date),
        code: (e) => e.code,
        goldstein: (e) => e.goldstein,
        numArticles: (e) => e.numArticles,
        id: (e) => e.id,
      };
      for (const [name, key] of Object.entries(keys)) {
        for (const sort of [name, `-${name}`]) {
          const seen = await store.queryEvents({ sort: sort as never, limit: 10_000 });
          assert.equal(new Set(seen.map((e) => e.id)).size, all.length, sort);
          const values = seen.map(key);
          const present = values.filter((v) => v !== null);
          assert.ok(values.slice(present.length).every((v) => v === null), `${sort}: missing values last`);
          for (let i = 1; i < present.length; i++) {
            const [a, b] = [present[i - 1]!, present[i]!];
            assert.ok(sort.startsWith('-') ? a >= b : a <= b, `${sort}: ${a} then ${b} at ${i}`);
          }
        }
      }
      // Paging by afterId, as the export reads: stored order, every event once, with a filter too.
      for (const filter of [{}, { actor: 'JPN' }, { dated: false }]) {
        const ids: number[] = [];
        for (let after = 0; ; ) {
          const page = await store.queryEvents({ ...filter, afterId: after, limit: 37 });
          ids.push(...page.map((e) => e.id));
          if (page.length < 37) break;
          after = page[page.length - 1]!.id;
        }
        assert.deepEqual(ids, (await store.queryEvents({ ...filter, limit: 10_000 })).map((e) => e.id), JSON.stringify(filter));
      }
      // Articles and stories counted.
      assert.equal(await store.countArticles(), 41);
      assert.equal(await store.countArticles({ clusterId: story, limit: 1, offset: 5 }), 1);
      assert.equal(await store.countArticles({ clusterId: story }), (await store.articles({ clusterId: story })).length);
      assert.equal(await store.countClusters(), 16);
      assert.equal(await store.countClusters({ minArticles: 3 }), (await store.clusters({ minArticles: 3, limit: 10_000 })).length);
      assert.ok((await store.countClusters({ minArticles: 3 })) > 0 && (await store.countClusters({ minArticles: 3 })) < 16);
      // The series with undated events counted at their article's date: the dated plus the undated, in the article's period.
      const sum = (points: { events: number }[]) => points.reduce((n, p) => n + p.events, 0);
      const skipJpn = await store.actorSeries('JPN', 'year');
      const withJpn = await store.actorSeries('JPN', 'year', { undated: 'article' });
      const undatedJpn = count((e) => jpn(e) && e.date === null);
      assert.ok(undatedJpn > 0);
      assert.equal(sum(skipJpn), count((e) => jpn(e) && e.date !== null));
      assert.equal(sum(withJpn), sum(skipJpn) + undatedJpn);
      const undatedYears = new Map<string, number>();
      for (const e of all) if (jpn(e) && e.date === null) undatedYears.set(e.article.published!.slice(0, 4), (undatedYears.get(e.article.published!.slice(0, 4)) ?? 0) + 1);
      for (const [year, n] of undatedYears) {
        const diff = (withJpn.find((p) => p.period === year)?.events ?? 0) - (skipJpn.find((p) => p.period === year)?.events ?? 0);
        assert.equal(diff, n, `JPN in ${year}`);
      }
      const dyadSkip = await store.dyadSeries('JPN', 'RUS', 'month');
      const dyadWith = await store.dyadSeries('JPN', 'RUS', 'month', { undated: 'article' });
      const pair = (e: (typeof all)[number]) => {
        const [s, t] = [e.source.actor ?? '', e.target.actor ?? ''];
        return (s.startsWith('JPN') && t.startsWith('RUS')) || (s.startsWith('RUS') && t.startsWith('JPN'));
      };
      assert.equal(sum(dyadWith) - sum(dyadSkip), count((e) => pair(e) && e.date === null));
    });

    it('a save that fails midway leaves no rows', async ({ store }) => {
      const broken = copy();
      // The article, outlets and sentences go in first; this event then violates a CHECK constraint.
      (broken.events[3] as CodedEvent).modality = 'bogus' as CodedEvent['modality'];
      await assert.rejects(store.saveArticle(broken));
      assert.deepEqual(await store.stats(), { articles: 0, clusters: 0, copies: 0, events: 0, mentions: 0, attributions: 0, outlets: 0 });
      const left = await raw(store, 'SELECT (SELECT count(*) FROM sentences) + (SELECT count(*) FROM entities) AS n');
      assert.equal(Number(left[0]!.n), 0);
      if (store instanceof SqliteStore) {
        assert.equal(Number((store.db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'peace'").get() as Row).n), 0);
      }
      // The same article, whole, then saves.
      assert.equal((await store.saveArticle(copy())).inserted, true);
      assert.equal((await store.stats()).events, seed.events.length);
    });
  });
}

suite('SQLite', sqliteHarness);
suite('PostgreSQL', postgresHarness, DATABASE_URL ? undefined : 'DATABASE_URL not set');
