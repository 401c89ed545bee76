import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFeed, dayAsWritten } from '../src/ingest/feeds.js';
import { fetchUrl, MemoryFeedState } from '../src/ingest/fetch.js';
import { extractHtml } from '../src/ingest/html.js';
import { collect, errors, inputs } from './support/walk-items.js';
import type { Resolver } from '../src/ingest/net-guard.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'feeds');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');


// ---------------------------------------------------------------- parsing

test('RSS: content:encoded is an HTML record, not truncated, with headline, url, day and the feed as publisher', () => {
  const feed = parseFeed('wire-rss.xml', fixture('wire-rss.xml'));
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Pacific Wire');
  assert.equal(feed.items.length, 2);
  const [kishida] = feed.items;
  assert.equal(kishida!.title, 'Kishida wants talks with Russia on peace treaty');
  assert.equal(kishida!.link, 'https://news.example.org/world/2022/01/12/kishida-russia-talks');
  assert.equal(kishida!.published, '2022-01-12T14:30:00.000Z');
  assert.equal(kishida!.day, '2022-01-12');
  assert.ok(kishida!.content && 'html' in kishida!.content && kishida!.content.html.includes('THE LAST PARAGRAPH'));
});

test('a feed file in the walker: one record per entry, the HTML page carries the publisher and the whole text', async () => {
  const items = await collect([join(FIXTURES, 'wire-rss.xml')]);
  assert.deepEqual(items.map((i) => i.name), [`${join(FIXTURES, 'wire-rss.xml')}#1`, `${join(FIXTURES, 'wire-rss.xml')}#2`]);
  const [first] = inputs(items);
  assert.equal(first!.title, 'Kishida wants talks with Russia on peace treaty');
  assert.equal(first!.url, 'https://news.example.org/world/2022/01/12/kishida-russia-talks');
  assert.equal(first!.date, '2022-01-12');
  assert.equal(first!.id, 'pw-2022-0112-0041');
  const page = extractHtml('entry', first!.html!);
  assert.equal(page.page.siteName, 'Pacific Wire');
  assert.equal(page.page.title, 'Kishida wants talks with Russia on peace treaty');
  assert.equal(page.page.byline, 'Aiko Tanaka');
  assert.match(page.text, /^Kishida wants talks with Russia on peace treaty\n\nTOKYO \(Pacific Wire\) — Japanese Prime Minister/);
  assert.match(page.text, /THE LAST PARAGRAPH of this article must survive: nothing in a feed entry is truncated by Annals\.$/);
  assert.ok(page.text.length > 900, `the whole entry is kept (${page.text.length} characters)`);
});

test('Atom: <published> is preferred over <updated>; html and xhtml content are both full HTML', () => {
  const feed = parseFeed('desk-atom.atom', fixture('desk-atom.atom'));
  assert.equal(feed.kind, 'atom');
  const [rail, ambassador] = feed.items;
  assert.equal(rail!.title, 'Estonia & Latvia agree on rail link');
  assert.equal(rail!.published, '2022-02-01T05:45:00.000Z', 'published, not updated (2022-02-03)');
  assert.equal(rail!.day, '2022-02-01');
  assert.ok(rail!.content && 'html' in rail!.content);
  assert.match(rail!.content.html, /^<p>TALLINN \(Baltic Desk\)/);
  assert.match(rail!.content.html, /<p>Construction on the Estonian side is due to begin next year\.<\/p>$/);
  // No <published>: <updated> is the only date there is.
  assert.equal(ambassador!.day, '2022-02-02');
  assert.ok(ambassador!.content && 'html' in ambassador!.content);
  assert.match(ambassador!.content.html, /<p>VILNIUS[^<]*<\/p><p>The ministry did not say/);
  const page = extractHtml('a', `<html><body><article>${ambassador!.content.html}</article></body></html>`);
  assert.match(page.text, /VILNIUS \(Baltic Desk\) - Lithuania recalled its ambassador[\s\S]*\n\nThe ministry did not say/);
});

test('JSON Feed (detected by content in a .json file): content_html is HTML, content_text is text, date_published wins', async () => {
  const items = await collect([join(FIXTURES, 'briefing.json')]);
  const [geneva, canada] = inputs(items);
  assert.equal(items.length, 2);
  assert.equal(geneva!.date, '2022-03-01', 'date_published, not date_modified (2022-03-02)');
  assert.match(geneva!.html!, /og:site_name" content="Morning Briefing"/);
  assert.match(geneva!.html!, /The talks are expected to last three days\./);
  assert.equal(canada!.title, 'Canada raises tariffs on steel');
  assert.equal(canada!.text, 'OTTAWA (Morning Briefing) - Canada raised tariffs on imported steel on Tuesday, the finance ministry said.\n\nThe measure takes effect next month.');
  assert.equal(canada!.html, undefined);
});

test('the day of an entry is the day the feed wrote, in its own time zone', () => {
  assert.equal(dayAsWritten('Thu, 13 Jan 2022 01:00:00 +0900'), '2022-01-13'); // 2022-01-12T16:00Z
  assert.equal(dayAsWritten('2022-02-01T00:30:00+02:00'), '2022-02-01');
  assert.equal(dayAsWritten('Mon, 10 Jan 22 18:05:00 EST'), '2022-01-10');
  assert.equal(dayAsWritten('yesterday'), undefined);
  const xml = fixture('wire-rss.xml').replace('Wed, 12 Jan 2022 23:30:00 +0900', 'Thu, 13 Jan 2022 01:00:00 +0900');
  const [entry] = parseFeed('x.xml', xml).items;
  assert.equal(entry!.published, '2022-01-12T16:00:00.000Z');
  assert.equal(entry!.day, '2022-01-13');
});

test('feeds are found by content: an RSS file named .txt is a feed, a .xml that is no feed is reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-feeds-'));
  try {
    copyFileSync(join(FIXTURES, 'wire-rss.xml'), join(dir, 'saved.txt'));
    writeFileSync(join(dir, 'sitemap.xml'), '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/</loc></url></urlset>');
    const items = await collect([join(dir, 'saved.txt'), join(dir, 'sitemap.xml')]);
    assert.equal(inputs(items).length, 2);
    assert.deepEqual(errors(items), [`${join(dir, 'sitemap.xml')}: not an RSS, Atom or JSON feed`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- hostile files

test('billion laughs and XXE feeds are refused before parsing; the folder walk goes on', async () => {
  const items = await collect([FIXTURES]);
  assert.deepEqual(errors(items), [
    `${join(FIXTURES, 'billion-laughs.xml')}: XML declares entities in a DOCTYPE; refused`,
    `${join(FIXTURES, 'xxe.rss')}: XML declares external entities (XXE) in a DOCTYPE; refused`,
  ]);
  // briefing.json (2), desk-atom.atom (2), summaries-rss.xml (1 summary), wire-rss.xml (2).
  assert.equal(inputs(items).length, 7);
  assert.ok(!JSON.stringify(items).includes('root:'), 'nothing of /etc/passwd');
  const summary = inputs(items).find((i) => i.url === 'https://harbour.example.net/news/port-strike-ends');
  assert.equal(summary!.text, 'Dock workers voted to accept a new contract on Monday, ending a nine-day strike.');
  assert.equal(summary!.date, '2022-01-10');
});

test('a gzip bomb in a folder is refused, not expanded; a good .gz beside it is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-gz-'));
  try {
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 }));
    writeFileSync(join(dir, 'wire.xml.gz'), gzipSync(readFileSync(join(FIXTURES, 'wire-rss.xml'))));
    writeFileSync(join(dir, 'batch.jsonl.gz'), gzipSync(JSON.stringify({ id: 'j1', text: 'Headline\n\nBody text.' }) + '\n' + '{"id": "j2"}\n'));
    const started = performance.now();
    const items = await collect([dir]);
    assert.ok(performance.now() - started < 2000);
    assert.deepEqual(errors(items), [
      `${join(dir, 'batch.jsonl.gz')}:2 (id j2): the record has no "text" or "html"`,
      `${join(dir, 'bomb.txt.gz')}: decompresses to over 10.0 MB; refused (a gzip bomb, or raise the limit with --max-bytes)`,
    ]);
    assert.deepEqual(inputs(items).map((i) => i.id), ['j1', 'pw-2022-0112-0041', 'https://news.example.org/world/2022/01/11/indonesia-australia-maritime']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------- HTTP

interface Hit {
  url: string;
  host: string | undefined;
  ifNoneMatch: string | undefined;
}

let server: Server;
let base: string;
const hits: Hit[] = [];
const BOMB = gzipSync(Buffer.alloc(10 * 1024 * 1024), { level: 9 });

function summariesFeed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local Gazette</title><link>${origin}/</link>
<item><title>Council approves budget</title><link>${origin}/article/1</link><pubDate>Fri, 04 Mar 2022 09:00:00 +0000</pubDate>
<description>The city council approved the budget.</description></item>
<item><title>Missing story</title><link>${origin}/gone</link><pubDate>Fri, 04 Mar 2022 10:00:00 +0000</pubDate>
<description>This page is gone.</description></item>
</channel></rss>`;
}

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><title>Council approves budget</title></head><body>
<article><h1>Council approves budget</h1>
<p>SPRINGFIELD (Local Gazette) - The city council approved the budget for next year on Friday after a debate that lasted six hours, the mayor's office said.</p>
<p>The budget raises spending on schools and roads and freezes property taxes.</p></article></body></html>`;

before(async () => {
  server = createServer((req: IncomingMessage, res) => {
    hits.push({ url: req.url ?? '', host: req.headers.host, ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    const origin = `http://${req.headers.host}`;
    switch (req.url) {
      case '/feed.xml':
        if (req.headers['if-none-match'] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' }).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Fri, 04 Mar 2022 10:00:00 GMT' });
        res.end(fixture('wire-rss.xml'));
        return;
      case '/atom.gz':
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'content-encoding': 'gzip' });
        res.end(gzipSync(fixture('desk-atom.atom')));
        return;
      case '/summaries.xml':
        res.writeHead(200, { 'content-type': 'text/xml' }).end(summariesFeed(origin));
        return;
      case '/article/1':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 50; i++) res.write(`<p>${'x'.repeat(4096)}</p>`);
        res.end();
        return;
      case '/declared-big':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        res.write('<p>');
        return; // never finished: the client must not wait for it
      case '/bomb':
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(BOMB);
        return;
      case '/to-loopback':
        res.writeHead(302, { location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/feed.xml` }).end();
        return;
      case '/to-internal':
        res.writeHead(301, { location: 'http://intranet.test/feed.xml' }).end();
        return;
      case '/to-feed':
        res.writeHead(307, { location: '/feed.xml' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/slow':
        return; // never answers
      case '/laughs.xml':
        res.writeHead(200, { 'content-type': 'application/xml' }).end(fixture('billion-laughs.xml'));
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const hitsOf = (path: string) => hits.filter((h) => h.url === path).length;

test('a feed over HTTP with allowPrivate: its entries, as from a file', async () => {
  const items = await collect([`${base}/feed.xml`], { allowPrivate: true });
  assert.deepEqual(errors(items), []);
  assert.deepEqual(inputs(items).map((i) => i.title), ['Kishida wants talks with Russia on peace treaty', 'Indonesia and Australia sign maritime agreement']);
  assert.match(inputs(items)[0]!.html!, /THE LAST PARAGRAPH/);
});

test('a gzip-encoded Atom feed is decoded; a feed redirect is followed', async () => {
  const atom = await collect([`${base}/atom.gz`], { allowPrivate: true });
  assert.deepEqual(inputs(atom).map((i) => i.date), ['2022-02-01', '2022-02-02']);
  const redirected = await collect([`${base}/to-feed`], { allowPrivate: true });
  assert.equal(inputs(redirected).length, 2);
});

test('entries without full content: their pages are fetched (same limits) and read as HTML; a missing page is one error', async () => {
  const items = await collect([`${base}/summaries.xml`], { allowPrivate: true });
  assert.deepEqual(errors(items), [`${base}/summaries.xml#2: ${base}/gone: HTTP 404 Not Found`]);
  const [page] = inputs(items);
  assert.equal(page!.url, `${base}/article/1`);
  assert.equal(page!.date, '2022-03-04');
  const extracted = extractHtml('page', page!.html!);
  assert.equal(extracted.page.siteName, 'Local Gazette', "the feed's title, as the page names no site");
  assert.match(extracted.text, /SPRINGFIELD \(Local Gazette\) - The city council approved the budget/);
});

test('loopback is refused without allowPrivate, before any request', async () => {
  const before = hitsOf('/feed.xml');
  const items = await collect([`${base}/feed.xml`]);
  assert.deepEqual(errors(items), [`${base}/feed.xml: 127.0.0.1 is a loopback address; refused (allow it with --allow-private)`]);
  assert.equal(hitsOf('/feed.xml'), before);
  await assert.rejects(fetchUrl('http://[::1]:9/x'), /::1 is a loopback address \(::1\); refused/);
  await assert.rejects(fetchUrl('http://[::ffff:127.0.0.1]:9/x'), /IPv4-mapped address of 127\.0\.0\.1, a loopback address; refused/);
  await assert.rejects(fetchUrl('http://0x7f.1:9/x'), /127\.0\.0\.1 is a loopback address/);
});

test('a hostname is checked on the address it resolves to, and that address is the one connected to', async () => {
  const resolver = (table: Record<string, string[]>): Resolver => async (host) => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  const resolve = resolver({ 'news.test': ['10.0.0.5'], 'six.test': ['2606:4700::1111', '::1'], 'feeds.test': ['127.0.0.1'] });
  const port = (server.address() as AddressInfo).port;
  assert.deepEqual(errors(await collect([`http://news.test:${port}/feed.xml`], { resolve })), [
    `http://news.test:${port}/feed.xml: news.test resolves to 10.0.0.5 is a private address; refused (allow it with --allow-private)`,
  ]);
  await assert.rejects(fetchUrl('http://six.test/x', { resolve }), /six\.test resolves to ::1 is a loopback address/);
  await assert.rejects(fetchUrl('http://nowhere.test/x', { resolve }), /could not resolve nowhere\.test \(ENOTFOUND\)/);
  const silent: Resolver = () => new Promise(() => {});
  await assert.rejects(fetchUrl('http://slow-dns.test/x', { resolve: silent, connectTimeoutMs: 100 }), /could not resolve slow-dns\.test \(no answer within 0\.1 s\)/);
  // Allowed: the connection goes to the resolved address (feeds.test is in no real DNS), with the name as Host.
  const result = await fetchUrl(`http://feeds.test:${port}/feed.xml`, { resolve, allowPrivate: true });
  assert.equal(result.status, 'ok');
  assert.equal(hits.at(-1)!.host, `feeds.test:${port}`);
});

test('a redirect to a private address is refused, checked again on every hop', async () => {
  const port = (server.address() as AddressInfo).port;
  const resolve: Resolver = async (host) => (host === 'intranet.test' ? [{ address: '10.1.2.3', family: 4 }] : []);
  // The test server itself is allowed by address; where it redirects is not.
  const options = { allowAddresses: ['127.0.0.1'], resolve };
  await assert.rejects(fetchUrl(`${base}/to-loopback`, options), (e: Error) =>
    e.message === `${base}/to-loopback: redirected to http://127.0.0.2:${port}/feed.xml: 127.0.0.2 is a loopback address; refused (allow it with --allow-private)`);
  await assert.rejects(fetchUrl(`${base}/to-internal`, options), /redirected to http:\/\/intranet\.test\/feed\.xml: intranet\.test resolves to 10\.1\.2\.3 is a private address; refused/);
  await assert.rejects(fetchUrl(`${base}/loop`, { allowPrivate: true, maxRedirects: 3 }), /too many redirects \(more than 3\)/);
});

test('conditional requests: the stored ETag gives a 304, and a 304 yields nothing new', async () => {
  const feedState = new MemoryFeedState();
  const first = await collect([`${base}/feed.xml`], { allowPrivate: true, feedState });
  assert.equal(inputs(first).length, 2);
  assert.deepEqual(feedState.states.get(`${base}/feed.xml`), { etag: '"v1"', lastModified: 'Fri, 04 Mar 2022 10:00:00 GMT' });
  const second = await collect([`${base}/feed.xml`], { allowPrivate: true, feedState });
  assert.deepEqual(second, []);
  assert.equal(hits.at(-1)!.ifNoneMatch, '"v1"');
});

test('size limits: a body past maxBytes is cut off, a declared Content-Length over it is refused at once', async () => {
  await assert.rejects(fetchUrl(`${base}/big`, { allowPrivate: true, maxBytes: 64 * 1024 }), /big: the response is over the limit of 64\.0 KB/);
  const started = performance.now();
  await assert.rejects(fetchUrl(`${base}/declared-big`, { allowPrivate: true, maxBytes: 64 * 1024 }), /the response is 50\.0 MB, over the limit of 64\.0 KB/);
  assert.ok(performance.now() - started < 1000);
  await assert.rejects(fetchUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }), /slow: timed out after 0\.3 s/);
});

test('a gzip bomb over HTTP is cut off at the decompressed limit', async () => {
  assert.ok(BOMB.length < 64 * 1024, 'small on the wire');
  await assert.rejects(
    fetchUrl(`${base}/bomb`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    (e: Error) => e.message === `${base}/bomb: the gzip response decompresses to over 1.0 MB; refused (a compression bomb, or raise --max-bytes)`,
  );
});

test('a batch with bad feeds among good ones goes on', async () => {
  const items = await collect(
    [join(FIXTURES, 'desk-atom.atom'), `${base}/laughs.xml`, `${base}/nothing-here.xml`, join(FIXTURES, 'xxe.rss'), `${base}/feed.xml`, join(FIXTURES, 'missing.xml')],
    { allowPrivate: true },
  );
  assert.deepEqual(errors(items), [
    `${base}/laughs.xml: XML declares entities in a DOCTYPE; refused`,
    `${base}/nothing-here.xml: HTTP 404 Not Found`,
    `${join(FIXTURES, 'xxe.rss')}: XML declares external entities (XXE) in a DOCTYPE; refused`,
    `${join(FIXTURES, 'missing.xml')}: no such file or folder`,
  ]);
  assert.deepEqual(inputs(items).map((i) => i.date), ['2022-02-01', '2022-02-02', '2022-01-12', '2022-01-11']);
});

test('https: the certificate is checked against the hostname, while the connection goes to the pinned address', async () => {
  const tls = createHttpsServer(
    { key: readFileSync(join(FIXTURES, 'tls-test-key.pem')), cert: readFileSync(join(FIXTURES, 'tls-test-cert.pem')) },
    (req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(fixture('wire-rss.xml')),
  );
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
  try {
    const port = (tls.address() as AddressInfo).port;
    const resolve: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const ca = readFileSync(join(FIXTURES, 'tls-test-cert.pem'));
    // Without the test CA, the self-signed certificate is refused.
    const items = await collect([`https://feeds.test:${port}/feed.xml`], { allowPrivate: true, resolve });
    assert.match(errors(items)[0] ?? '', /feed\.xml: self[- ]signed certificate/);
    const ok = await fetchUrl(`https://feeds.test:${port}/feed.xml`, { allowPrivate: true, resolve, ca });
    assert.equal(ok.status, 'ok');
    await assert.rejects(fetchUrl(`https://other.test:${port}/feed.xml`, { allowPrivate: true, resolve, ca }), /other\.test:\d+\/feed\.xml: Hostname\/IP does not match certificate's altnames/);
  } finally {
    tls.closeAllConnections();
    tls.close();
  }
});
