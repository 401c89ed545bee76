import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { analyze } from '../src/pipeline.js';
import { openStore, type Store, type StoredEvent } from '../src/store/index.js';
import { createApp, startServer, DEFAULT_WEB_ROOT } from '../src/serve/index.js';
import { csvCell, exportEvents, CSV_COLUMNS } from '../src/export/events.js';
import { gdeltStoredExport } from '../src/export/gdelt.js';
import { syntheticArticle } from '../bench/synthetic-events.js';
import type { Hono } from 'hono';

// Totals, sorting and paging on /api/events, /api/articles and /api/clusters, and the streaming export
// (GET /api/export) on a store built here: the bundled example plus 300 generated articles of 40 events
// each over 35 years (12,008 events: more than two export pages), checked against the store's own answers.

const dir = mkdtempSync(join(tmpdir(), 'annals-export-'));
let store: Store;
let app: Hono;
let all: StoredEvent[];

before(async () => {
  store = await openStore(join(dir, 'export.db'));
  const story = await store.createCluster('kishida');
  await store.saveArticle(analyze(readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8'), { name: 'kishida' }), { clusterId: story });
  const items = Array.from({ length: 300 }, (_, n) => ({ result: syntheticArticle(n, 40), options: { newClusterKey: `s${n % 120}` } }));
  await store.saveArticles(items);
  app = createApp({ store, webRoot: null });
  all = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await store.queryEvents({ limit: 10_000, offset });
    all.push(...page);
    if (page.length < 10_000) break;
  }
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>;
async function call(path: string): Promise<{ status: number; text: string; body: Json; headers: Headers }> {
  const res = await app.request(`http://127.0.0.1${path}`);
  const text = await res.text();
  let body: Json = {};
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, body, headers: res.headers };
}

/** A minimal RFC 4180 reader (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

test('the generated store spans many years, with undated events', () => {
  assert.equal(all.length, 12_008);
  const years = new Set(all.filter((e) => e.date).map((e) => e.date!.slice(0, 4)));
  assert.ok(years.size > 30, `${years.size} years`);
  assert.ok(all.some((e) => e.date === null));
});

test('GET /api/events: total is every match, whatever the page; pages add up to it', async () => {
  const r = await call('/api/events?limit=7');
  assert.equal(r.body.total, all.length);
  assert.equal(r.body.events.length, 7);
  assert.equal(r.body.sort, 'id');
  const dyad = all.filter((e) => /^(JPN\w*:RUS|RUS\w*:JPN)/.test(`${e.source.actor}:${e.target.actor}`));
  const d = await call('/api/events?dyad=JPN:RUS&limit=1000');
  assert.equal(d.body.total, dyad.length);
  assert.deepEqual(d.body.events.map((e: Json) => e.id), dyad.map((e) => e.id));
  const undated = all.filter((e) => e.date === null);
  const u = await call('/api/events?dated=no&limit=1');
  assert.equal(u.body.total, undated.length);
  assert.equal((await call('/api/events?dated=yes&limit=1')).body.total, all.length - undated.length);
  assert.equal((await call('/api/events?actor=JPN&dated=no&limit=1')).body.total, undated.filter((e) => /^JPN/.test(e.source.actor ?? '') || /^JPN/.test(e.target.actor ?? '')).length);
  assert.equal((await call('/api/events?code=999')).body.total, 0);
});

test('GET /api/events?sort=: by date, code, Goldstein and articles, missing values last, every event once across pages', async () => {
  const dated = all.filter((e) => e.date).length;
  const key = (e: Json) => e.date as string | null;
  const seen: Json[] = [];
  for (let offset = 0; offset < all.length; offset += 1000) seen.push(...(await call(`/api/events?sort=date&limit=1000&offset=${offset}`)).body.events);
  assert.equal(seen.length, all.length);
  assert.equal(new Set(seen.map((e) => e.id)).size, all.length, 'an event twice across pages');
  // Dated first, in order of their first day; undated at the end.
  assert.ok(seen.slice(0, dated).every((e) => key(e) !== null) && seen.slice(dated).every((e) => key(e) === null));
  const starts = seen.slice(0, dated).map((e) => (e.date as string).padEnd(10, '-00'));
  for (let i = 1; i < starts.length; i++) assert.ok(starts[i - 1]!.slice(0, 4) <= starts[i]!.slice(0, 4), `${starts[i - 1]} before ${starts[i]}`);
  const newest = (await call('/api/events?sort=-date&limit=50')).body.events;
  assert.equal(newest[0].date.slice(0, 4), all.filter((e) => e.date).map((e) => e.date!.slice(0, 4)).sort().pop());
  const g = (await call('/api/events?sort=-goldstein&limit=1000')).body.events.map((e: Json) => e.goldstein);
  for (let i = 1; i < g.length; i++) assert.ok(g[i - 1] >= g[i], `${g[i - 1]} then ${g[i]}`);
  assert.equal(g[0], Math.max(...all.map((e) => e.goldstein ?? -99)));
  const codes = (await call('/api/events?sort=code&limit=1000')).body.events.map((e: Json) => e.code);
  assert.deepEqual(codes, [...codes].sort());
  const most = (await call('/api/events?sort=-numArticles&limit=5')).body.events;
  assert.equal(most[0].numArticles, Math.max(...all.map((e) => e.numArticles)));
  const bad = await call('/api/events?sort=size');
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /"sort" must be one of id, -id, date/);
  assert.equal((await call('/api/events?dated=maybe')).status, 400);
});

test('GET /api/articles and /api/clusters: total, sort and paging', async () => {
  const a = await call('/api/articles?limit=10');
  assert.equal(a.body.total, 301);
  assert.equal(a.body.sort, '-published');
  const published = a.body.articles.map((x: Json) => x.published);
  assert.deepEqual(published, [...published].sort().reverse());
  const byEvents = (await call('/api/articles?sort=-events&limit=3')).body.articles;
  assert.ok(byEvents[0].events >= byEvents[1].events && byEvents[1].events >= byEvents[2].events);
  const ids: number[] = [];
  for (let offset = 0; offset < 301; offset += 100) ids.push(...(await call(`/api/articles?sort=id&limit=100&offset=${offset}`)).body.articles.map((x: Json) => x.id));
  assert.equal(new Set(ids).size, 301);
  assert.equal((await call('/api/articles?text=treaty&limit=1')).body.total, (await store.articles({ text: 'treaty', limit: 1000 })).length);
  const c = await call('/api/clusters?limit=5');
  assert.equal(c.body.total, 121);
  assert.ok(c.body.clusters[0].articles >= c.body.clusters[4].articles);
  assert.equal((await call('/api/clusters?minArticles=3')).body.total, 60);
  const fewest = (await call('/api/clusters?sort=articles&limit=1')).body.clusters[0];
  assert.equal(fewest.articles, 1);
  assert.equal((await call('/api/clusters?sort=largest')).status, 400);
});

test('GET /api/export: CSV of the whole store and of a filter, read a page at a time', async () => {
  const r = await call('/api/export?format=csv');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /^text\/csv/);
  assert.match(r.headers.get('content-disposition') ?? '', /attachment; filename="annals-events.csv"/);
  const rows = parseCsv(r.text);
  assert.deepEqual(rows[0], CSV_COLUMNS.map(([name]) => name));
  assert.equal(rows.length - 1, all.length);
  assert.deepEqual(rows.slice(1).map((row) => Number(row[0])), all.map((e) => e.id));
  const first = Object.fromEntries(rows[0]!.map((name, i) => [name, rows[1]![i]]));
  assert.equal(first.code, all[0]!.code);
  assert.equal(first.name, all[0]!.name);
  assert.equal(first.sourceActor, all[0]!.source.actor);
  assert.equal(first.sourceName, all[0]!.source.name ?? '');
  // A filter: the same events /api/events lists.
  const filtered = parseCsv((await call('/api/export?format=csv&actor=JPN&from=2000&to=2009&modality=actual')).text);
  const expected = all.filter((e) => (/^JPN/.test(e.source.actor ?? '') || /^JPN/.test(e.target.actor ?? '')) && e.modality === 'actual' && e.date && e.date >= '2000' && e.date.slice(0, 4) <= '2009');
  assert.deepEqual(filtered.slice(1).map((row) => Number(row[0])), expected.map((e) => e.id));
  // Pages of 1,000 by keyset: thirteen reads for 12,008 events, each after the last id of the one before.
  const reads: { afterId?: number; limit?: number }[] = [];
  const spy = new Proxy(store, {
    get(target, name) {
      if (name === 'queryEvents') return (f: { afterId?: number; limit?: number }) => (reads.push(f), target.queryEvents(f));
      return Reflect.get(target, name);
    },
  });
  let lines = 0;
  for await (const chunk of exportEvents(spy, {}, 'jsonl')) lines += chunk.split('\n').length - 1;
  assert.equal(lines, all.length);
  assert.deepEqual(
    reads.map((f) => [f.afterId, f.limit]),
    Array.from({ length: 13 }, (_, k) => [k ? all[k * 1000 - 1]!.id : 0, 1000]),
  );
});

test('GET /api/export reads no page ahead of its client: one page per chunk taken, none more while it waits', async () => {
  const reads: number[] = [];
  const spy = new Proxy(store, {
    get(target, name) {
      if (name === 'queryEvents') return (f: { afterId?: number }) => (reads.push(f.afterId ?? 0), target.queryEvents(f));
      return Reflect.get(target, name);
    },
  });
  const res = await createApp({ store: spy, webRoot: null }).request('http://127.0.0.1/api/export?format=jsonl');
  const reader = res.body!.getReader();
  const first = await reader.read();
  assert.equal(new TextDecoder().decode(first.value).split('\n').length - 1, 1000);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(reads, [0], 'a page read before the client asked for it');
  await reader.read();
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(reads, [0, all[999]!.id]);
  await reader.cancel();
});

test('GET /api/export: JSON lines and GDELT TSV; bad parameters refused before anything is sent', async () => {
  const jsonl = (await call('/api/export?format=jsonl&dyad=JPN:RUS')).text.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((e) => e.id), all.filter((e) => /^(JPN\w*:RUS|RUS\w*:JPN)/.test(`${e.source.actor}:${e.target.actor}`)).map((e) => e.id));
  assert.deepEqual(jsonl[0], JSON.parse(JSON.stringify(all.find((e) => e.id === jsonl[0].id))));
  const gdelt = await call('/api/export?format=gdelt');
  assert.match(gdelt.headers.get('content-type') ?? '', /^text\/tab-separated-values/);
  const tsv = gdelt.text.trimEnd().split('\n');
  const expected = gdeltStoredExport(all);
  assert.equal(tsv.length, expected.rows.length);
  assert.ok(tsv.every((line) => line.split('\t').length === 61));
  assert.ok(expected.skipped.length > 0);
  const withUndated = (await call('/api/export?format=gdelt&undated=article')).text.trimEnd().split('\n');
  assert.equal(withUndated.length, gdeltStoredExport(all, { undated: 'article' }).rows.length);
  assert.ok(withUndated.length > tsv.length);
  for (const [path, mention] of [
    ['/api/export?format=xml', /"format" must be one of csv, jsonl, gdelt/],
    ['/api/export?limit=10', /unknown parameter "limit"/],
    ['/api/export?sort=date', /unknown parameter "sort"/],
    ['/api/export?quad=7', /"quad"/],
    ['/api/export?undated=guess', /"undated"/],
  ] as const) {
    const r = await call(path);
    assert.equal(r.status, 400, path);
    assert.match(r.body.error, mention);
  }
});

test('CSV cells: quoted when needed, and text that a spreadsheet would run as a formula is defused', () => {
  assert.equal(csvCell('Make statement, not specified below'), '"Make statement, not specified below"');
  assert.equal(csvCell('say "no"'), '"say ""no"""');
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell(-4.4), '-4.4');
  assert.equal(csvCell(null), '');
});

function fetchRaw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

test('compression over HTTP: brotli or gzip for the UI bundle (compressed at build), gzip for JSON answers and the export stream', { timeout: 60_000 }, async () => {
  const server = await startServer(store, { port: 0 });
  try {
    const accept = { 'accept-encoding': 'gzip, deflate, br' };
    const json = await fetchRaw(`${server.url}api/events?limit=200`, accept);
    assert.equal(json.headers['content-encoding'], 'gzip');
    assert.equal(JSON.parse(gunzipSync(json.body).toString()).events.length, 200);
    const plain = await fetchRaw(`${server.url}api/events?limit=200`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(json.body.length * 3 < plain.body.length, `gzip ${json.body.length} bytes, plain ${plain.body.length}`);
    const csv = await fetchRaw(`${server.url}api/export?format=csv`, accept);
    assert.equal(csv.headers['content-encoding'], 'gzip');
    assert.equal(parseCsv(gunzipSync(csv.body).toString()).length - 1, all.length);
    // Gzipped a page at a time by the export itself: byte for byte the plain export, every format.
    for (const format of ['csv', 'jsonl', 'gdelt']) {
      const zipped = await fetchRaw(`${server.url}api/export?format=${format}`, accept);
      const unzipped = await fetchRaw(`${server.url}api/export?format=${format}`, { 'accept-encoding': 'gzip;q=0, identity' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(unzipped.headers['content-encoding'], undefined);
      assert.ok(gunzipSync(zipped.body).equals(unzipped.body), format);
      assert.ok(zipped.body.length * 4 < unzipped.body.length, `${format}: gzip ${zipped.body.length} bytes, plain ${unzipped.body.length}`);
    }
    if (existsSync(join(DEFAULT_WEB_ROOT, 'assets'))) {
      // The UI bundle: the build's brotli copy when the browser takes br, its gzip copy otherwise.
      const script = readdirSync(join(DEFAULT_WEB_ROOT, 'assets')).find((f) => f.endsWith('.js') && f.startsWith('index-'))!;
      const original = readFileSync(join(DEFAULT_WEB_ROOT, 'assets', script));
      const br = await fetchRaw(`${server.url}assets/${script}`, accept);
      assert.equal(br.status, 200);
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers['content-type']), /javascript/);
      assert.ok(brotliDecompressSync(br.body).equals(original), 'the brotli copy is the bundle');
      const gz = await fetchRaw(`${server.url}assets/${script}`, { 'accept-encoding': 'gzip' });
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.ok(gunzipSync(gz.body).equals(original));
      assert.ok(br.body.length * 3 < original.length, `brotli ${br.body.length} of ${original.length} bytes`);
      process.stdout.write(`# UI bundle: ${original.length} bytes, brotli ${br.body.length}, gzip ${gz.body.length}\n`);
      const page = await fetchRaw(server.url, accept);
      assert.equal(page.headers['content-encoding'], 'br');
      assert.match(brotliDecompressSync(page.body).toString(), /<main id="main"/);
      assert.equal((await fetchRaw(`${server.url}assets/${script}`, {})).headers['content-encoding'], undefined);
    }
  } finally {
    await server.close();
  }
});

test('GET /api/places: the places of the filtered events, most first, with how many have one', async () => {
  const r = await call('/api/places');
  assert.equal(r.status, 200);
  assert.equal(r.body.total, all.length);
  const placed = all.filter((e) => e.location);
  assert.equal(r.body.placed, placed.length);
  const counts = new Map<string, number>();
  for (const e of placed) counts.set(e.location!.name, (counts.get(e.location!.name) ?? 0) + 1);
  assert.deepEqual(Object.fromEntries(r.body.places.map((p: Json) => [p.name, p.events])), Object.fromEntries(counts));
  const habomai = r.body.places.find((p: Json) => p.name === 'Habomai Islands');
  assert.deepEqual([habomai.lat, habomai.lon], [43.5, 146.1]);
  // The place filter: the events of one place, in the list and the export.
  const listed = await call('/api/events?place=Habomai%20Islands');
  assert.equal(listed.body.total, counts.get('Habomai Islands'));
  assert.ok(listed.body.events.every((e: Json) => e.location.name === 'Habomai Islands'));
  assert.equal((await call('/api/places?actor=SUN')).body.places[0].name, 'Habomai Islands');
  // The United States' undated threat has no place: Okinawa is named in what it threatened.
  assert.equal((await call('/api/places?actor=USA&dated=no')).body.places.length, 0);
  assert.equal((await call('/api/places?limit=5')).status, 400);
});
