import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The compiled command, as users run it: `npm test` builds dist/ first.
const annals = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

test('ingest stores each article once, re-running adds nothing, and the queries read the store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-corpus-'));
  try {
    const db = join(dir, 'corpus.db');
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": "x"}\n');
    const first = annals(['ingest', join(ROOT, 'examples'), join(dir, 'bad.jsonl'), '--db', db, '--jobs', '1']);
    assert.equal(first.status, 1, 'a bad record makes the exit status 1');
    assert.match(first.stderr, /bad\.jsonl:1 \(id x\): the record has no "text" or "html"/);
    assert.match(first.stderr, /1 stored/);
    const again = annals(['ingest', join(ROOT, 'examples'), '--db', db, '--jobs', '1']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /0 stored, 1 already stored/);
    const stats = JSON.parse(annals(['stats', '--db', db, '--format', 'json']).stdout);
    assert.equal(stats.articles, 1);
    assert.equal(stats.events, 8);
    const dyad = JSON.parse(annals(['events', '--dyad', 'JPN:RUS', '--db', db, '--format', 'json']).stdout);
    assert.deepEqual(dyad.map((e: { code: string }) => e.code).sort(), ['036', '036', '036']);
    const old = JSON.parse(annals(['events', '--from', '1956', '--to', '1956', '--db', db, '--format', 'json']).stdout);
    assert.ok(old.length > 0 && old.every((e: { code: string }) => e.code === '057' || e.code.startsWith('03')), JSON.stringify(old));
    const csv = annals(['events', '--code', '036', '--db', db, '--format', 'csv']).stdout.trim().split('\n');
    assert.equal(csv[0], 'id,date,code,name,source,target,modality,goldstein,quadClass');
    const gdelt = annals(['export', '--format', 'gdelt', '--db', db]).stdout.replace(/\n$/, '').split('\n');
    assert.ok(gdelt.every((line) => line.split('\t').length === 61), gdelt.join('\n'));
    // The stored events' full GDELT rows: actor names, counts, the place, the source.
    const meeting = gdelt.map((line) => line.split('\t')).find((cells) => cells[26] === '036' && cells[5] === 'JPNGOV')!;
    assert.ok(meeting, gdelt.join('\n'));
    assert.equal(meeting[1], '20220112');
    assert.equal(meeting[6], 'FUMIO KISHIDA');
    assert.equal(meeting[15], 'RUSGOV');
    assert.deepEqual(meeting.slice(31, 34), ['1', '1', '1']); // NumMentions, NumSources, NumArticles
    assert.equal(meeting[60], 'Pakistan Point News (Sputnik)');
    const habomai = gdelt.map((line) => line.split('\t')).find((cells) => cells[26] === '030');
    assert.equal(habomai?.[52], 'Habomai Islands, Russia');
    const shown = JSON.parse(annals(['show', String(dyad[0].id), '--db', db]).stdout);
    assert.ok(Array.isArray(shown.provenance), JSON.stringify(shown));
    assert.equal(annals(['dyad', 'JPN', '--db', db]).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
