import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { fetchUrl, MemoryFeedState } from '../src/ingest/fetch.js';
import { nonPublicReason, refusal } from '../src/ingest/net-guard.js';
import { collect, errors, inputs } from './support/walk-items.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'feeds');


test('addresses: private, loopback, link-local, unique-local, CGNAT, unspecified refused, IPv4 and IPv6', () => {
  const refused: Record<string, RegExp> = {
    '127.0.0.1': /loopback/,
    '127.255.0.9': /loopback/,
    '10.0.0.1': /private/,
    '172.16.5.4': /private/,
    '172.31.255.255': /private/,
    '192.168.0.10': /private/,
    '169.254.169.254': /link-local/,
    '100.64.0.1': /CGNAT/,
    '100.127.255.254': /CGNAT/,
    '0.0.0.0': /unspecified/,
    '224.0.0.1': /multicast/,
    '255.255.255.255': /reserved/,
    '::': /unspecified/,
    '::1': /loopback/,
    '0:0:0:0:0:0:0:1': /loopback/,
    'fe80::1ff:fe23:4567:890a%eth0': /link-local/,
    'fc00::1': /unique-local/,
    'fd12:3456:789a::1': /unique-local/,
    '::ffff:10.0.0.1': /IPv4-mapped address of 10\.0\.0\.1, a private/,
    '::ffff:a9fe:a9fe': /IPv4-mapped address of 169\.254\.169\.254, a link-local/,
    '64:ff9b::7f00:1': /NAT64 address of 127\.0\.0\.1/,
    '2002:c0a8:0101::1': /6to4 address of 192\.168\.1\.1/,
    '::127.0.0.1': /IPv4-compatible/,
  };
  for (const [address, reason] of Object.entries(refused)) assert.match(nonPublicReason(address) ?? 'null', reason, address);
  for (const address of ['8.8.8.8', '1.1.1.1', '172.15.0.1', '172.32.0.1', '100.63.255.255', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8']) {
    assert.equal(nonPublicReason(address), null, address);
  }
  assert.equal(refusal('10.0.0.1', { allowPrivate: true }), null);
  assert.equal(refusal('10.0.0.1', { allowAddresses: ['10.0.0.1'] }), null);
  assert.match(refusal('10.0.0.2', { allowAddresses: ['10.0.0.1'] })!, /^10\.0\.0\.2 is a private address; refused \(allow it with --allow-private\)$/);
});

test('an oversized feed file is refused by --max-bytes; invalid UTF-8 in a feed is reported, a declared encoding is honoured', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-hard-'));
  try {
    const feed = (decl: string, title: string) =>
      Buffer.concat([
        Buffer.from(`<?xml version="1.0"${decl}?>\n<rss version="2.0"><channel><title>Z`),
        Buffer.from([0xfc]), // ü in Latin-1
        Buffer.from(`rcher Zeitung</title><item><title>${title}</title><link>https://zz.example.ch/1</link><description>Bern</description></item></channel></rss>`),
      ]);
    writeFileSync(join(dir, 'a-undeclared.xml'), feed('', 'One'));
    writeFileSync(join(dir, 'b-latin1.rss'), feed(' encoding="ISO-8859-1"', 'Two'));
    const items = await collect([dir, join(FIXTURES, 'wire-rss.xml')], { maxBytes: 1000 });
    assert.deepEqual(errors(items), [
      `${join(dir, 'a-undeclared.xml')}: not valid UTF-8 (byte 0xFC at offset 58); if the file uses another encoding, name it with --encoding (for example --encoding latin1)`,
      `${join(FIXTURES, 'wire-rss.xml')}: input is 2.8 KB, over the limit of 1000 bytes (raise it with --max-bytes)`,
    ]);
    assert.deepEqual(inputs(items), [{ title: 'Two', url: 'https://zz.example.ch/1', text: 'Bern' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('.gz files: not gzip, or corrupt, are reported; the rest goes on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-hard-'));
  try {
    writeFileSync(join(dir, 'a.txt.gz'), 'plain text, not compressed');
    writeFileSync(join(dir, 'b.xml.gz'), gzipSync(readFileSync(join(FIXTURES, 'wire-rss.xml'))).subarray(0, 200));
    writeFileSync(join(dir, 'c.txt.gz'), gzipSync('Headline\n\nBERLIN - Germany acted on Monday.'));
    const items = await collect([dir]);
    assert.equal(errors(items).length, 2);
    assert.match(errors(items)[0]!, /a\.txt\.gz: named \.gz but not gzip-compressed$/);
    assert.match(errors(items)[1]!, /b\.xml\.gz: the gzip data is corrupt/);
    assert.deepEqual(inputs(items), [{ text: 'Headline\n\nBERLIN - Germany acted on Monday.' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

let server: Server;
let base: string;
const requested: string[] = [];
let inFlight = 0;
let maxInFlight = 0;
const PAGE = (n: number) =>
  `<!DOCTYPE html><html><head><meta property="og:site_name" content="Site ${n}"></head><body><article><h1>Story ${n}</h1><p>PARIS - Story number ${n} tells how France and Germany agreed on a new treaty on Monday, officials said in a statement.</p></article></body></html>`;

before(async () => {
  server = createServer((req, res) => {
    requested.push(req.url ?? '');
    const origin = `http://${req.headers.host}`;
    const m = /^\/page\/(\d+)$/.exec(req.url ?? '');
    if (m) {
      const n = Number(m[1]);
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      // Earlier pages answer later: the records must still come in the feed's order.
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE(n));
      }, (6 - n) * 15);
      return;
    }
    switch (req.url) {
      case '/many.xml': {
        const items = [1, 2, 3, 4, 5].map((n) => `<item><title>Story ${n}</title><link>${origin}/page/${n}</link></item>`).join('');
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"m"' }).end(`<rss version="2.0"><channel><title>Many</title>${items}<item><title>Broken</title><link>${origin}/missing</link></item></channel></rss>`);
        return;
      }
      case '/deflate':
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'content-encoding': 'deflate' }).end(deflateSync(readFileSync(join(FIXTURES, 'desk-atom.atom'))));
        return;
      case '/br':
        res.writeHead(200, { 'content-type': 'application/feed+json', 'content-encoding': 'br' }).end(brotliCompressSync(readFileSync(join(FIXTURES, 'briefing.json'))));
        return;
      case '/corrupt':
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all'));
        return;
      case '/latin1':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(Buffer.concat([Buffer.from('<html><head><title>Z'), Buffer.from([0xfc]), Buffer.from('rich talks</title></head><body><article><p>ZURICH - Swiss and EU negotiators met in Z'), Buffer.from([0xfc]), Buffer.from('rich on Monday to discuss a framework agreement, officials said.</p></article></body></html>')]));
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/image':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

test('entry pages are fetched a few at once but come in the feed order; skipUrl skips before fetching; a failed entry keeps the state unsaved', async () => {
  const feedState = new MemoryFeedState();
  const items = await collect([`${base}/many.xml`], { allowPrivate: true, feedState, skipUrl: (url) => url.endsWith('/page/3') });
  assert.deepEqual(inputs(items).map((i) => i.title), ['Story 1', 'Story 2', 'Story 4', 'Story 5']);
  assert.match(inputs(items)[0]!.html!, /content="Site 1"/, "the page's own site name stays");
  assert.deepEqual(errors(items), [`${base}/many.xml#6: ${base}/missing: HTTP 404 Not Found`]);
  assert.ok(!requested.includes('/page/3'));
  assert.ok(maxInFlight >= 2, `pages fetched at once (${maxInFlight})`);
  assert.equal(feedState.states.size, 0);
});

test('deflate and brotli bodies are decoded, a corrupt one is reported; charsets from HTTP are honoured', async () => {
  assert.equal(inputs(await collect([`${base}/deflate`], { allowPrivate: true })).length, 2);
  assert.equal(inputs(await collect([`${base}/br`], { allowPrivate: true })).length, 2);
  await assert.rejects(fetchUrl(`${base}/corrupt`, { allowPrivate: true }), /corrupt: the compressed body is corrupt/);
  const [page] = inputs(await collect([`${base}/latin1`], { allowPrivate: true }));
  assert.match(page!.html!, /<title>Zürich talks<\/title>/);
  assert.equal(page!.url, `${base}/latin1`);
});

test('only http(s) is fetched, redirects included; a non-text body is reported', async () => {
  await assert.rejects(fetchUrl(`${base}/to-file`, { allowPrivate: true }), /to-file: redirected to file:\/\/\/etc\/passwd: only http and https URLs can be fetched/);
  assert.deepEqual(errors(await collect([`${base}/image`], { allowPrivate: true })), [`${base}/image: not a feed or a page (content type image/png)`]);
  await assert.rejects(fetchUrl('http://user:pw@example.com/'), /URLs with credentials are not fetched/);
  await assert.rejects(fetchUrl('http://0.0.0.0:1/'), /0\.0\.0\.0 is an unspecified/);
});
