import { test } from 'node:test';
import assert from 'node:assert/strict';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { annals, SEED, scratchFolder } from './support/cli.js';

const scratch = scratchFolder('annals-cli-');
const file = scratch.file;

test('analyze --format json on the seed gives the contract fields', () => {
  const r = annals(['analyze', SEED, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  for (const key of ['text', 'article', 'sentences', 'entities', 'events', 'attributions', 'warnings']) assert.ok(key in out, key);
  assert.equal(out.article.headline, 'Japanese Prime Minister Wants To Hold Meeting With Russian Leadership - Reports');
  assert.equal(out.article.dateline.place, 'TOKYO');
  assert.equal(out.article.publisher, 'Pakistan Point News');
  assert.equal(out.article.origin, 'Sputnik');
  assert.equal(out.article.published, '2022-01-12');
  assert.equal(out.article.url, null);
  assert.ok(out.events.some((e: { code: string; modality: string }) => e.code === '036' && e.modality === 'intent'));
});

test('analyze --format text prints a readable report', () => {
  const r = annals(['analyze', SEED, '--format', 'text']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /publisher\s+Pakistan Point News/);
  assert.match(r.stdout, /origin\s+Sputnik/);
  assert.match(r.stdout, /Sentences \(12\)/);
});

test('bad inputs: one clear error each, the rest of the batch is analysed, exit status 1', () => {
  const good = file('good.txt', 'A headline\n\nLONDON (Reuters) - Something happened on Monday, officials said.');
  const empty = file('empty.txt', '');
  const blank = file('blank.txt', '  \n\n ');
  const binary = file('binary.txt', Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42, 0x00]));
  const latin1 = file('latin1.txt', Buffer.from('Caf\xe9 headline\n\nThe caf\xe9 opened.', 'latin1'));
  const noArticle = file('nothing.html', '<!doctype html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  const gz = file('page.html', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]));
  const missing = join(scratch.dir, 'missing.txt');
  const r = annals(['analyze', '--format', 'jsonl', empty, blank, good, binary, latin1, noArticle, gz, missing]);
  assert.equal(r.code, 1);
  const errors = r.stderr.trim().split('\n');
  assert.equal(errors.length, 7, r.stderr);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  const says = (path: string, re: RegExp) => assert.ok(errors.some((line) => line.includes(path) && re.test(line)), `${path}: ${re}\n${r.stderr}`);
  says(empty, /empty input/);
  says(blank, /empty input/);
  says(binary, /binary/);
  says(latin1, /not valid UTF-8 \(byte 0xE9 at offset 3\).*--encoding/);
  says(noArticle, /no article text found/);
  says(gz, /gzip/);
  says(missing, /no such file/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 8, 'every input leaves a line');
  assert.equal(lines.filter((l) => l.error).length, 7);
  assert.equal(lines.find((l) => !l.error).article.origin, 'Reuters');
});

test('--encoding reads a Latin-1 file', () => {
  const latin1 = file('latin1b.txt', Buffer.from('Caf\xe9 headline\n\nThe caf\xe9 opened.', 'latin1'));
  const r = annals(['analyze', '--format', 'json', '--encoding', 'latin1', latin1]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).article.headline, 'Café headline');
});

test('JSON lines: bad lines are reported by line number, good ones analysed with their id', () => {
  const batch = file(
    'batch.jsonl',
    [
      JSON.stringify({ id: 'a', text: 'First headline\n\nPARIS (AFP) - The first thing happened.', date: '2022-01-12' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', title: 'Title only here' }),
      '',
      JSON.stringify({ id: 'd', text: 'Second headline\n\nThe second thing happened.', date: '12/01/2022' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'e', html: '<html><body><article><p>' + 'Words of a real story are here. '.repeat(20) + '</p></article></body></html>', title: 'Fifth' }),
    ].join('\n'),
  );
  const r = annals(['analyze', '--format', 'jsonl', batch]);
  assert.equal(r.code, 1);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  // A record with a title and no text is a headline-only article (a wire brief), not an error.
  assert.deepEqual(out.filter((o) => !o.error).map((o) => o.id), ['a', 'c', 'e']);
  assert.equal(out.find((o) => o.id === 'c').article.headline, 'Title only here');
  assert.match(r.stderr, /batch\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /batch\.jsonl:5 \(id d\): "date" must be a day as YYYY-MM-DD/);
  assert.match(r.stderr, /batch\.jsonl:6: expected a JSON object/);
  assert.equal(out.find((o) => o.id === 'a').article.published, '2022-01-12');
});

test('standard input: text and JSON lines', () => {
  const text = annals(['analyze', '-', '--format', 'json'], 'Headline\n\nMADRID \u2014 Spain said on Monday it would act.');
  assert.equal(text.code, 0, text.stderr);
  assert.equal(JSON.parse(text.stdout).article.dateline.place, 'MADRID');
  const lines = annals(['analyze', '-', '--format', 'jsonl'], JSON.stringify({ id: 7, text: 'H\n\nBody text here.' }) + '\n');
  assert.equal(lines.code, 0, lines.stderr);
  assert.equal(JSON.parse(lines.stdout).id, '7');
  const empty = annals(['analyze', '-']);
  assert.equal(empty.code, 1);
  assert.match(empty.stderr, /^annals: -: empty input/);
});

test('a 100 MB file is refused by the size limit without being read; the limit is configurable', () => {
  const big = file('big.txt', '');
  truncateSync(big, 100 * 1024 * 1024);
  const r = annals(['analyze', big, '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /big\.txt: input is 100\.0 MB, over the limit of 10\.0 MB \(raise it with --max-bytes\)/);
  const small = file('small.txt', 'Headline\n\n' + 'A sentence that goes on. '.repeat(100));
  const limited = annals(['analyze', small, '--max-bytes', '1KB', '--format', 'json']);
  assert.equal(limited.code, 1);
  assert.match(limited.stderr, /over the limit of 1\.0 KB/);
  assert.equal(annals(['analyze', small, '--max-bytes', '1MB', '--format', 'json']).code, 0);
});

test('usage errors exit 2 with one line', () => {
  for (const args of [['analyze'], ['analyse', SEED], ['analyze', SEED, '--format', 'xml'], ['analyze', SEED, '--max-bytes', 'lots']]) {
    const r = annals(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});
