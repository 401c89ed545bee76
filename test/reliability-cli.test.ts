import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Issue 16's CLI defences: a slow or broken input is reported alone and the batch goes on; --format json
// streams its array; flags are checked.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'examples/kishida-russia-2022-01-12.txt');
let dir = '';

function annals(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT, input: stdin ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'annals-rel-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('"The minister appeared to" at the end of a text is analysed, not an internal error', () => {
  const r = annals(['analyze', '-', '--format', 'json'], 'Talks\n\nThe minister appeared to\n');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, 'Talks\n\nThe minister appeared to\n');
});

test('an input past --timeout is reported failed by name and the inputs after it are still analysed', () => {
  const slow = file('slow.txt', 'Talks\n\n' + 'Japan criticized China on Monday and Russia met Germany. '.repeat(4000));
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
  const failedOnly = annals(['analyze', '--format', 'json', join(dir, 'missing.txt')]);
  assert.equal(failedOnly.code, 1);
  assert.equal(failedOnly.stdout, '');
});

test('--timeout that is not a number of seconds is a usage error naming the flag', () => {
  const r = annals(['analyze', SEED, '--timeout', 'soon']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--timeout takes a number of seconds/);
});
