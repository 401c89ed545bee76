import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { annals, ROOT, SEED, scratchFolder } from './support/cli.js';

// Issue 16's CLI defences: a slow or broken input is reported alone and the batch goes on; --format json
// streams its array; flags are checked.

const scratch = scratchFolder('annals-rel-');
const file = scratch.file;

test('"The minister appeared to" at the end of a text is analysed, not an internal error', () => {
  const r = annals(['analyze', '-', '--format', 'json'], 'Talks\n\nThe minister appeared to\n');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'Talks\n\nThe minister appeared to\n');
});

test('an input past --timeout is reported failed by name and the inputs after it are still analysed', () => {
  const slow = file('slow.txt', 'Talks\n\n' + 'Japan criticized China on Monday and Russia met Germany. '.repeat(16000));
  const r = annals(['analyze', '--format', 'jsonl', '--timeout', '2', slow, SEED]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^annals: .*slow\.txt: analysis took longer than 2 s; stopped$/m);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.match(lines[0].input, /slow\.txt$/);
  assert.ok(lines[1].events?.length > 0, `the seed after it is analysed: ${JSON.stringify(lines[1]).slice(0, 200)}`);
});

test('--format json streams: several inputs give the array JSON.stringify would, one input an object', () => {
  const a = file('a.txt', 'Talks\n\nJapan criticized China on Monday.');
  const b = file('b.txt', 'More talks\n\nRussia met Germany on Tuesday.');
  const several = annals(['analyze', '--format', 'json', a, b, SEED]);
  assert.equal(several.code, 0, several.stderr);
  const parsed = JSON.parse(several.stdout);
  assert.equal(parsed.length, 3);
  assert.equal(several.stdout, JSON.stringify(parsed, null, 2) + '\n');
  const one = annals(['analyze', '--format', 'json', a]);
  assert.equal(one.stdout, JSON.stringify(JSON.parse(one.stdout), null, 2) + '\n');
  assert.equal(JSON.parse(one.stdout).text, 'Talks\n\nJapan criticized China on Monday.');
  const failedOnly = annals(['analyze', '--format', 'json', join(scratch.dir, 'missing.txt')]);
  assert.equal(failedOnly.code, 1);
  assert.equal(failedOnly.stdout, '');
});

test('--timeout that is not a number of seconds is a usage error naming the flag', () => {
  const r = annals(['analyze', SEED, '--timeout', 'soon']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--timeout takes a number of seconds/);
});

test('numeric and enumerated flags are usage errors (exit 2) naming the flag; <command> --help prints that command', () => {
  const db = join(scratch.dir, 'flags.db');
  for (const [args, flag] of [
    [['events', '--limit', 'abc'], '--limit'],
    [['events', '--limit', '0'], '--limit'],
    [['timeline', '--offset', 'x3'], '--offset'],
    [['events', '--modality', 'maybe'], '--modality'],
    [['export', '--format', 'gdelt', '--undated', 'artcle'], '--undated'],
    [['ingest', SEED, '--jobs', 'many'], '--jobs'],
    [['search', 'peace', '--limit', '1.5'], '--limit'],
  ] as const) {
    const r = annals([...args, '--db', db]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, new RegExp(`^annals: ${flag} takes`), args.join(' '));
  }
  for (const command of ['events', 'timeline', 'ingest', 'analyze', 'export', 'serve']) {
    const r = annals([command, '--help']);
    assert.equal(r.code, 0, `${command} --help: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^annals ${command} `), command);
  }
});

test('timeline is ordered by date in the query: --limit 3 gives the three earliest events, --offset pages on', () => {
  const db = join(scratch.dir, 'timeline.db');
  assert.equal(annals(['ingest', SEED, '--db', db, '--jobs', '1']).code, 0);
  const all = JSON.parse(annals(['timeline', '--db', db, '--format', 'json', '--limit', '1000']).stdout) as { id: number; date: string | null }[];
  assert.ok(all.length >= 5, `${all.length} events`);
  const dated = all.filter((e) => e.date !== null).map((e) => e.date!);
  assert.deepEqual(dated, [...dated].sort(), 'dated events in date order');
  assert.ok(all.slice(dated.length).every((e) => e.date === null), 'undated events last');
  assert.ok(dated[0]!.startsWith('1956'), 'the 1956 events come first');
  const page = (offset: number) => JSON.parse(annals(['timeline', '--db', db, '--format', 'json', '--limit', '3', '--offset', String(offset)]).stdout) as { id: number }[];
  assert.deepEqual([...page(0), ...page(3)].map((e) => e.id), all.slice(0, 6).map((e) => e.id));
});

test('ingest: a .sgm file without Reuters records is an error for that file', () => {
  const sgm = file('not-reuters.sgm', 'hello, this is not SGML\n');
  const r = annals(['ingest', sgm, '--db', join(scratch.dir, 'sgm.db'), '--jobs', '1']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not-reuters\.sgm: no Reuters-21578 <REUTERS> records/);
});

test('analyze reads a .sgm file as its Reuters stories, as ingest does, and one without records is an error', () => {
  const r = annals(['analyze', join(ROOT, 'test/fixtures/reuters/two-stories.sgm'), '--format', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const results = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as { input: { id?: string }; article: { dateline?: { place?: string } } });
  assert.equal(results.length, 2);
  assert.ok(results.every((x) => /^reuters-\d+$/.test(x.input.id ?? '')), 'each story is its own input');
  const bad = annals(['analyze', file('plain.sgm', 'hello, this is not SGML\n'), '--format', 'jsonl']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /plain\.sgm: no Reuters-21578 <REUTERS> records/);
});

test('a dictionary code that is no CAMEO code stops the loader, naming the file and line (exit 2)', () => {
  const actors = file('evil.actors.txt', 'GOOD LAND [GDL]\nEVIL CORP [JAVASCRIPT:X]\n');
  const r = annals(['analyze', SEED, '--actors', actors, '--format', 'json']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /evil\.actors\.txt:2: code "JAVASCRIPT:X" is not a CAMEO code/);
  const agents = file('evil.agents.txt', 'TROOPS [~MIL]\nHACKERS [~<SCRIPT>]\n');
  const a = annals(['analyze', SEED, '--agents', agents, '--format', 'json']);
  assert.equal(a.code, 2);
  assert.match(a.stderr, /evil\.agents\.txt:2: code "<SCRIPT>" is not a CAMEO code/);
});

test('ingest on a terminal draws a progress bar with the counted total; in a pipe it stays quiet', { skip: spawnSync('script', ['--version']).status === 0 ? false : 'no script(1) for a terminal' }, () => {
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: `Talks ${i}\n\nJapan met Russia on Monday, desk ${i} said.` }));
  const input = file('bar.jsonl', lines.join('\n') + '\n');
  const command = [process.execPath, join(ROOT, 'dist/cli/main.js'), 'ingest', input, '--db', join(scratch.dir, 'bar.db'), '--jobs', '1'].map((a) => `'${a}'`).join(' ');
  const tty = spawnSync('script', ['-qc', command, '/dev/null'], { encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stdout);
  assert.match(tty.stdout, /\[[#.]{24}\] \d+% \d+\/300, .* left/);
  const piped = annals(['ingest', input, '--db', join(scratch.dir, 'bar2.db'), '--jobs', '1']);
  assert.doesNotMatch(piped.stderr, /\[[#.]{24}\]|\r/);
  assert.match(piped.stderr, /^ingested 300 records/m);
});

test("ingest's workers code with the user's dictionaries, as analyze does", () => {
  const fixture = (name: string) => join(ROOT, 'test/fixtures/petrarch', name);
  const input = file('valdoria.jsonl', JSON.stringify({ id: 'v1', text: 'Spies\n\nValdoria accused Northmark of spying.', date: '2012-06-01' }) + '\n');
  const db = join(scratch.dir, 'custom-dictionaries.db');
  const r = annals(['ingest', input, '--db', db, '--jobs', '1', '--actors', fixture('actors.txt'), '--verbs', fixture('verbs.txt')]);
  assert.equal(r.code, 0, r.stderr);
  const events = JSON.parse(annals(['events', '--db', db, '--format', 'json']).stdout) as { source: string; target: string; code: string }[];
  assert.deepEqual(events.map((e) => `${e.source}>${e.target}:${e.code}`), ['VAL>NMK:1123']);
  const missing = annals(['ingest', input, '--db', db, '--verbs', join(scratch.dir, 'no-such-verbs.txt')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /dictionary file not found: .*no-such-verbs\.txt/);
});
