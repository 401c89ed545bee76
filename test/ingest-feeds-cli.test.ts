import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

// `annals ingest <feed URL>` end to end, on a feed served from this machine: refused without
// --allow-private (a loopback address), stored with it, and fetched again conditionally (a 304 adds nothing).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'annals-feed-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function annals(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Not spawnSync: the feed server runs in this process and must answer while the command runs.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('ingest fetches a feed only with --allow-private on loopback, stores its entries, and asks again conditionally', async () => {
  const feed = readFileSync(join(ROOT, 'test/fixtures/feeds/wire-rss.xml'));
  const etag = '"wire-1"';
  const requests: { conditional: boolean }[] = [];
  const server = createServer((req, res) => {
    requests.push({ conditional: req.headers['if-none-match'] === etag });
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/world/rss.xml`;
    const db = join(dir, 'feeds.db');

    const refused = await annals(['ingest', url, '--db', db]);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /127\.0\.0\.1.*(loopback|private).*--allow-private/s);
    assert.equal(requests.length, 0, 'nothing was fetched');

    const first = await annals(['ingest', url, '--db', db, '--allow-private']);
    assert.equal(first.code, 0, first.stderr);
    const entries = (feed.toString('utf8').match(/<item>/g) ?? []).length;
    assert.match(first.stderr, new RegExp(`${entries} stored`));
    const articles = JSON.parse((await annals(['search', 'maritime agreement', '--db', db, '--format', 'json'])).stdout);
    assert.equal(articles.length, 1);
    assert.match(articles[0].url, /indonesia-australia-maritime/);

    const again = await annals(['ingest', url, '--db', db, '--allow-private']);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stderr, /ingested 0 records/);
    assert.deepEqual(requests.map((r) => r.conditional), [false, true]);
  } finally {
    server.close();
  }
});
