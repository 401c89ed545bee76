import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

// Two ingests into one SQLite file at once store what one ingest stores (issue 16): their clustering
// decisions and saves are taken one batch at a time in a write transaction (BEGIN IMMEDIATE), as
// PostgreSQL's advisory lock orders them. Before, each decided without the other's unsaved batch and
// copies of one story became several stories.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'annals-sqlite-two-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(join(ROOT, 'examples/kishida-russia-2022-01-12.txt'), 'utf8');
const [headline, ...rest] = seed.split('\n');
const body = rest.join('\n');

function ingest(input: string, db: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, 'ingest', input, '--db', db, '--jobs', '1'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

function counts(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const one = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      stories: one('SELECT count(DISTINCT cluster_id) AS n FROM articles'),
      events: one('SELECT count(*) AS n FROM events'),
      mentions: one('SELECT count(*) AS n FROM event_mentions'),
    };
  } finally {
    db.close();
  }
}

/** A story of nonsense words (seeded): stories share no shingles, so each is a cluster of its own. */
function story(n: number): string {
  let a = n * 7919 + 13;
  const next = () => ((a = (a * 1103515245 + 12345) % 2147483648), a);
  const word = () => Array.from({ length: 3 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join('');
  const sentences = Array.from({ length: 12 }, () => `${word()[0]!.toUpperCase()}${word()} ${Array.from({ length: 12 }, word).join(' ')}.`);
  return `Story ${n}\n\nTOKYO (Reuters) - Japan said on Monday that ${sentences.join(' ')}`;
}

test('two ingests into one SQLite file at once give the same store as one ingest', { timeout: 600_000 }, async () => {
  // 80 stories with 4 copies each: the first ingest gets copies 1 and 2 of every story, the second 3 and 4,
  // in the same story order, so both meet each story's first copies at about the same time.
  const stories = Array.from({ length: 80 }, (_, i) => story(i));
  const file = (name: string, copies: number[]) => {
    const path = join(dir, name);
    writeFileSync(path, stories.flatMap((text, i) => copies.map((c) => JSON.stringify({ id: `s${i}-c${c}`, text: `${text}\n\nFiled by desk ${c}.` }))).join('\n') + '\n');
    return path;
  };
  const first = file('first.jsonl', [1, 2]);
  const second = file('second.jsonl', [3, 4]);
  const alone = join(dir, 'alone.db');
  for (const input of [first, second]) {
    const r = await ingest(input, alone);
    assert.equal(r.code, 0, r.stderr);
  }
  const together = join(dir, 'together.db');
  const both = await Promise.all([ingest(first, together), ingest(second, together)]);
  for (const r of both) assert.equal(r.code, 0, r.stderr);
  const expected = counts(alone);
  assert.equal(expected.stories, stories.length);
  assert.deepEqual(counts(together), expected, both.map((r) => r.stderr).join('\n'));
});
