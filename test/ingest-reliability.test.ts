import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import postgres from 'postgres';

// The corpus issue's reliability tests, on the compiled command as users run it: an ingest killed with
// SIGKILL mid-way and run again stores every article exactly once with all its events; copies ingested
// by a later run join the stories already stored; two ingests on one PostgreSQL database at once
// analyse no input twice and store no event twice.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const annals = (args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8' });

const dir = mkdtempSync(join(tmpdir(), 'annals-reliability-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(join(ROOT, 'examples/kishida-russia-2022-01-12.txt'), 'utf8');
const [headline, ...rest] = seed.split('\n');
const body = rest.join('\n');

/** `count` copies of the seed story, as an aggregator feed would carry them: each with a line of its own. */
function copies(count: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) {
    lines.push(JSON.stringify({ id: `copy-${i}`, title: headline, text: `${body}\n\nCorrection ${i}: this copy was filed by desk number ${i}.` }));
  }
  return lines.join('\n') + '\n';
}

type Row = Record<string, unknown>;

/** What an ingest must leave, for comparing a killed-and-rerun ingest with an uninterrupted one. */
function snapshot(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const one = (sql: string) => Number((db.prepare(sql).get() as Row).n);
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      events: one('SELECT count(*) AS n FROM events'),
      mentions: one('SELECT count(*) AS n FROM event_mentions'),
      sentences: one('SELECT count(*) AS n FROM sentences'),
      attributions: one('SELECT count(*) AS n FROM attributions'),
      clusters: one('SELECT count(DISTINCT cluster_id) AS n FROM articles'),
      hashes: (db.prepare('SELECT content_hash FROM articles ORDER BY content_hash').all() as Row[]).map((r) => r.content_hash),
      // Per article: its mentions, sentences and attributions.
      perArticle: (db
        .prepare(
          `SELECT a.content_hash,
             (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id) AS mentions,
             (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
             (SELECT count(*) FROM attributions t WHERE t.article_id = a.id) AS attributions
           FROM articles a ORDER BY a.content_hash`,
        )
        .all() as Row[]).map((r) => ({ ...r })),
      orphans: one(
        `SELECT (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id))
              + (SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id))
              + (SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id))
              + (SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_signatures g WHERE g.article_id = a.id)) AS n`,
      ),
      openClaims: one('SELECT count(*) AS n FROM ingest_claims WHERE NOT done'),
      foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

test('an ingest killed with SIGKILL mid-way and run again stores every article once, with all its events', async () => {
  const input = join(dir, 'copies.jsonl');
  // Enough inputs that the kill lands after the first batch of saves (200 articles a transaction) and
  // well before the last.
  const total = 800;
  writeFileSync(input, copies(total));
  const reference = join(dir, 'reference.db');
  const clean = annals(['ingest', input, '--db', reference, '--jobs', '1']);
  assert.equal(clean.status, 0, clean.stderr);
  const expected = snapshot(reference);
  assert.equal(expected.articles, total);
  // All are copies of one story: its events are stored once, mentioned by every copy.
  assert.equal(expected.clusters, 1);
  assert.equal(expected.mentions, total * expected.events);

  const killed = join(dir, 'killed.db');
  const child = spawn(process.execPath, [MAIN, 'ingest', input, '--db', killed, '--jobs', '1'], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Kill it once some articles are stored, well before the end.
  let stored = 0;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    try {
      const db = new Database(killed, { readonly: true, fileMustExist: true });
      try {
        stored = Number((db.prepare('SELECT count(*) AS n FROM articles').get() as Row).n);
      } finally {
        db.close();
      }
    } catch {
      continue; // not created, or its schema not there yet
    }
    if (stored >= 10) break;
  }
  child.kill('SIGKILL');
  assert.equal(await exited, null, 'the ingest was killed, not finished');
  const partial = snapshot(killed);
  assert.ok(partial.articles >= 10 && partial.articles < total, `killed after ${partial.articles} articles`);
  assert.equal(partial.orphans, 0);

  const rerun = annals(['ingest', input, '--db', killed, '--jobs', '1']);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`${total - partial.articles} stored, ${partial.articles} already stored`));
  const after = snapshot(killed);
  assert.deepEqual(after, { ...expected, openClaims: 0 });
  assert.equal(after.integrity, 'ok');
  assert.equal(after.foreignKeyProblems, 0);
});

test('copies ingested by a later run join the story already stored', () => {
  const db = join(dir, 'later.db');
  const first = annals(['ingest', join(ROOT, 'examples'), '--db', db, '--jobs', '1']);
  assert.equal(first.status, 0, first.stderr);
  const input = join(dir, 'later.jsonl');
  writeFileSync(input, copies(3, 500));
  const second = annals(['ingest', input, '--db', db, '--jobs', '1']);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /3 stored, 0 already stored, 3 syndicated copies/);
  const stats = JSON.parse(annals(['stats', '--db', db, '--format', 'json']).stdout);
  assert.deepEqual([stats.articles, stats.clusters, stats.copies], [4, 1, 3]);
  assert.equal(stats.mentions, 4 * stats.events);
});

const DATABASE_URL = process.env.DATABASE_URL;

test('two ingests on one PostgreSQL database at once: no input analysed twice, no event stored twice', { skip: DATABASE_URL ? false : 'DATABASE_URL not set' }, async () => {
  const schema = `annals_two_${randomBytes(4).toString('hex')}`;
  const admin = postgres(DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE SCHEMA ${schema}`);
  try {
    const url = new URL(DATABASE_URL!);
    url.searchParams.set('search_path', schema);
    // The schema exists before the two start, as when a team shares a database.
    assert.equal(annals(['stats', '--db', url.href, '--format', 'json']).status, 0);
    const input = join(dir, 'shared.jsonl');
    // More inputs than one ingest claims ahead of its analyses (its workers' queues), so both get work.
    const total = 500;
    writeFileSync(input, copies(total, 1000));
    const ingest = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [MAIN, 'ingest', input, '--db', url.href, '--jobs', '1'], { cwd: ROOT });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([ingest(), ingest()]);
    for (const r of results) assert.equal(r.code, 0, r.stderr);
    const storedBy = results.map((r) => Number(/(\d+) stored,/.exec(r.stderr)?.[1]));
    // Each input was analysed and stored by one of the two; the other skipped it.
    assert.equal(storedBy[0]! + storedBy[1]!, total, results.map((r) => r.stderr).join('\n'));
    // Both did part of the work (each skips what the other has claimed).
    assert.ok(storedBy.every((n) => n > 0), results.map((r) => r.stderr).join('\n'));
    const [counts] = await admin.unsafe(`SELECT
      (SELECT count(*) FROM ${schema}.articles) AS articles,
      (SELECT count(DISTINCT cluster_id) FROM ${schema}.articles) AS clusters,
      (SELECT count(*) FROM ${schema}.events) AS events,
      (SELECT count(*) FROM ${schema}.event_mentions) AS mentions,
      (SELECT count(*) FROM ${schema}.ingest_claims WHERE NOT done) AS open_claims`);
    const n = (k: string) => Number((counts as Row)[k]);
    assert.equal(n('articles'), total);
    assert.equal(n('clusters'), 1, 'copies saved by either ingest join one story');
    assert.equal(n('mentions'), total * n('events'));
    assert.equal(n('open_claims'), 0);
  } finally {
    await admin.unsafe(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
});
