import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { openStore, type Store } from '../src/store/index.js';
import { createApp, startServer, OPENAPI, CONTENT_SECURITY_POLICY, DEFAULT_WEB_ROOT } from '../src/serve/index.js';
import type { Hono } from 'hono';

// The HTTP API on a SQLite store holding the seed article: every endpoint, the bad requests (4xx JSON
// naming the parameter, never a stack), the OpenAPI document against the routes actually served, the
// security headers, and `annals serve --example` end to end.

const dir = mkdtempSync(join(tmpdir(), 'annals-serve-'));
let store: Store;
let app: Hono;
let articleId: number;
let clusterId: number;

before(async () => {
  store = await openStore(join(dir, 'seed.db'));
  const result = analyze(readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8'), { name: 'kishida' });
  clusterId = await store.createCluster('kishida');
  articleId = (await store.saveArticle(result, { clusterId })).id;
  app = createApp({ store, maxBodyBytes: 200_000 });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>;
async function call(path: string, init?: RequestInit): Promise<{ status: number; body: Json; headers: Headers; text: string }> {
  const res = await app.request(`http://127.0.0.1${path}`, init);
  const text = await res.text();
  let body: Json = {};
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers, text };
}
const ok = async (path: string) => {
  const r = await call(path);
  assert.equal(r.status, 200, `${path}: ${r.text.slice(0, 300)}`);
  return r.body;
};
/** A 4xx whose JSON error mentions `mention`, with no stack trace. */
async function bad(path: string, status: number, mention: RegExp, init?: RequestInit) {
  const r = await call(path, init);
  assert.equal(r.status, status, `${path}: expected ${status}, got ${r.status} ${r.text.slice(0, 200)}`);
  assert.equal(typeof r.body.error, 'string', `${path}: no {"error"} in ${r.text.slice(0, 200)}`);
  assert.match(r.body.error, mention, `${path}: ${r.body.error}`);
  assert.doesNotMatch(r.text, /\n\s+at |\.ts:\d+|node_modules/, `${path}: a stack trace leaked`);
  assert.match(r.headers.get('content-type') ?? '', /application\/json/);
  return r.body;
}

test('GET /api/stats counts the seed', async () => {
  const s = await ok('/api/stats');
  assert.equal(s.articles, 1);
  assert.equal(s.events, 8);
  assert.equal(s.clusters, 1);
  assert.ok(s.attributions >= 1);
});

test('GET /api/events filters by dyad, in both directions, and finds the 036 intent', async () => {
  const { events } = await ok('/api/events?dyad=JPN:RUS');
  assert.ok(events.length >= 2);
  for (const e of events) {
    const pair = [e.source.actor, e.target.actor].map((a: string) => a.slice(0, 3)).sort().join(':');
    assert.equal(pair, 'JPN:RUS', JSON.stringify(e));
  }
  const intent = events.find((e: Json) => e.code === '036' && e.source.actor === 'JPNGOV');
  assert.ok(intent, 'the Kishida 036 event');
  assert.equal(intent.target.actor, 'RUSGOV');
  assert.equal(intent.modality, 'intent');
  assert.equal(intent.date, '2022-01-12');
  assert.ok(events.some((e: Json) => e.source.actor.startsWith('RUS')), 'the RUS→JPN direction too');
});

test('GET /api/events: every filter answers what the store answers', async () => {
  const cases: [string, Json][] = [
    ['actor=usa', { actor: 'USA' }],
    ['code=057', { code: '057' }],
    ['root=03', { root: '03' }],
    ['quad=3', { quad: 3 }],
    ['from=2018&to=2022', { from: '2018', to: '2022' }],
    ['from=1950&to=1960', { from: '1950', to: '1960' }],
    ['modality=actual', { modality: 'actual' }],
    ['text=peace%20treaty', { text: 'peace treaty' }],
    ['text=nothinglikethis', { text: 'nothinglikethis' }],
    ['limit=2&offset=1', { limit: 2, offset: 1 }],
  ];
  for (const [q, filter] of cases) {
    const { events } = await ok(`/api/events?${q}`);
    const expected = await store.queryEvents(filter);
    assert.deepEqual(events.map((e: Json) => e.id), expected.map((e) => e.id), q);
  }
  assert.equal((await ok('/api/events?code=057')).events.length, 2);
  assert.equal((await ok('/api/events?quad=3')).events[0].code, '130');
  assert.equal((await ok('/api/events?text=nothinglikethis')).events.length, 0);
  assert.equal((await ok('/api/events?limit=2&offset=1')).events.length, 2);
});

test('GET /api/events refuses malformed filters with the parameter named', async () => {
  await bad('/api/events?quad=7', 400, /"quad".*1, 2, 3 or 4/);
  await bad('/api/events?dyad=JPN', 400, /"dyad".*JPN:RUS/);
  await bad('/api/events?dyad=JPN:RUS:CHN', 400, /"dyad"/);
  await bad('/api/events?actor=JP%20N', 400, /"actor"/);
  await bad('/api/events?code=3x', 400, /"code"/);
  await bad('/api/events?root=21', 400, /"root"/);
  await bad('/api/events?from=2022-13', 400, /"from".*YYYY/);
  await bad('/api/events?to=2022-02-30', 400, /"to"/);
  await bad('/api/events?from=2022&to=2018', 400, /"from".*after.*"to"/);
  await bad('/api/events?modality=maybe', 400, /"modality".*actual/);
  await bad('/api/events?limit=0', 400, /"limit".*between 1 and 1000/);
  await bad('/api/events?limit=abc', 400, /"limit".*whole number/);
  await bad('/api/events?limit=100000', 400, /"limit"/);
  await bad('/api/events?offset=-1', 400, /"offset"/);
  await bad('/api/events?text=', 400, /"text".*empty/);
  await bad('/api/events?colour=red', 400, /unknown parameter "colour"/);
  await bad('/api/events?quad=1&quad=2', 400, /"quad".*more than once/);
  await bad(`/api/events?text=${'a'.repeat(600)}`, 400, /"text".*longer than 500/);
  await bad(`/api/events?text=${'a'.repeat(400)}&actor=${'b'.repeat(400)}&code=${'c'.repeat(400)}&root=${'d'.repeat(400)}&from=${'e'.repeat(400)}&to=${'f'.repeat(400)}&modality=${'g'.repeat(400)}&dyad=${'h'.repeat(400)}&limit=${'1'.repeat(400)}&offset=${'2'.repeat(400)}&quad=${'3'.repeat(400)}`, 414, /URL is longer/);
});

test('GET /api/events/:id gives the sentence, evidence, provenance chain and copies', async () => {
  const { events } = await ok('/api/events?dyad=JPN:RUS&code=036&modality=intent');
  const e = await ok(`/api/events/${events[0].id}`);
  assert.match(e.sentenceText, /^Japanese Prime Minister Fumio Kishida wants to hold a meeting/);
  assert.equal(e.evidence.trigger.text, 'wants');
  assert.match(e.evidence.verbBlock, /verbs\.txt:\d+/);
  assert.deepEqual(e.provenance.map((l: Json) => l.name), ['Kishida', 'Suzuki', 'Kyodo', 'Sputnik', 'Pakistan Point News']);
  assert.equal(e.article.id, articleId);
  assert.ok(Array.isArray(e.mentions), 'mentions (the copies) are listed');
  assert.equal(e.mentions[0].articleId, articleId);
  await bad('/api/events/999999', 404, /no event 999999/);
  await bad('/api/events/abc', 400, /event id must be a positive whole number/);
  await bad('/api/events/0', 400, /event id/);
  await bad(`/api/events/${events[0].id}?x=1`, 400, /unknown parameter "x".*takes none/);
});

test('GET /api/articles and /api/articles/:id: the article with its spans into its text', async () => {
  const { articles } = await ok('/api/articles');
  assert.equal(articles.length, 1);
  assert.equal(articles[0].publisher, 'Pakistan Point News');
  assert.equal(articles[0].origin, 'Sputnik');
  assert.equal((await ok('/api/articles?text=peace%20treaty')).articles.length, 1);
  assert.equal((await ok('/api/articles?text=zzzqqq')).articles.length, 0);
  assert.equal((await ok(`/api/articles?cluster=${clusterId}`)).articles.length, 1);
  const a = await ok(`/api/articles/${articleId}`);
  assert.match(a.headline, /Japanese Prime Minister Wants To Hold Meeting/);
  for (const e of a.entities) assert.equal(a.text.slice(e.span.start, e.span.end), e.text, 'entity spans index the text');
  const trigger = a.eventList.find((e: Json) => e.code === '036' && e.source.actor === 'JPNGOV');
  assert.equal(a.text.slice(trigger.span.start, trigger.span.end), 'wants');
  const cue = a.attributions.find((x: Json) => x.cue.text === 'citing');
  assert.equal(a.text.slice(cue.cue.span.start, cue.cue.span.end), 'citing');
  await bad('/api/articles/424242', 404, /no article 424242/);
  await bad('/api/articles/-1', 400, /article id/);
  await bad('/api/articles?cluster=x', 400, /cluster id/);
  await bad('/api/articles?limit=5000', 400, /"limit"/);
});

test('GET /api/clusters and /api/clusters/:id', async () => {
  const { clusters } = await ok('/api/clusters');
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0].id, clusterId);
  assert.equal(clusters[0].articles, 1);
  const c = await ok(`/api/clusters/${clusterId}`);
  assert.equal(c.members.length, 1);
  assert.equal(c.members[0].id, articleId);
  assert.equal((await ok('/api/clusters?minArticles=2')).clusters.length, 0);
  await bad('/api/clusters/77', 404, /no cluster 77/);
  await bad('/api/clusters?minArticles=0', 400, /"minArticles"/);
});

test('GET /api/actors lists codes by events, with a prefix', async () => {
  const { actors } = await ok('/api/actors');
  const jpn = actors.find((a: Json) => a.actor === 'JPN');
  assert.ok(jpn && jpn.events >= 4, JSON.stringify(actors));
  const only = (await ok('/api/actors?prefix=jpn')).actors;
  assert.ok(only.length >= 2 && only.every((a: Json) => a.actor.startsWith('JPN')), JSON.stringify(only));
  await bad('/api/actors?prefix=J-P', 400, /"prefix"/);
});

test('GET /api/dyads/:dyad: both directions, Goldstein sums, the QuadClass split adding up', async () => {
  const s = await ok('/api/dyads/JPN:RUS?by=month');
  assert.deepEqual(s.directions, ['JPN->RUS', 'RUS->JPN']);
  assert.equal(s.quadClassSplit, true);
  const periods = s.points.map((p: Json) => `${p.period} ${p.direction}`);
  assert.ok(periods.includes('2022-01 JPN->RUS'), periods.join(', '));
  assert.ok(periods.includes('2018 RUS->JPN'), 'a year-dated event stays at its year in a monthly series');
  for (const p of s.points) {
    assert.equal(p.quadClass.reduce((a: number, b: number) => a + b, 0), p.events, `${p.period} ${p.direction}`);
  }
  const stored = await store.dyadSeries('JPN', 'RUS', 'month');
  assert.deepEqual(s.points.map((p: Json) => [p.period, p.direction, p.events, p.goldstein]), stored.map((p) => [p.period, p.direction, p.events, p.goldstein]));
  const usa = await ok('/api/dyads/usa:jpn');
  assert.equal(usa.points.length, 0, 'the USA→JPN threat is undated: in no period');
  const actual = await ok('/api/dyads/JPN:RUS?modality=actual&by=year');
  assert.ok(actual.points.every((p: Json) => p.period === '2018'), JSON.stringify(actual.points));
  await bad('/api/dyads/JPN:RUS?by=week', 400, /"by".*year, month or day/);
  await bad('/api/dyads/JPNRUS', 400, /"dyad"/);
});

/** Per period: [events, goldstein sum, QuadClass split], counted here from the events the store lists. */
function countByPeriod(events: Json[], key: (e: Json) => string | null): Map<string, [number, number, number[]]> {
  const out = new Map<string, [number, number, number[]]>();
  for (const e of events) {
    const k = key(e);
    if (k === null) continue;
    const row = out.get(k) ?? [0, 0, [0, 0, 0, 0, 0]];
    row[0]++;
    row[1] += e.goldstein ?? 0;
    row[2][e.quadClass ?? 0]! += 1;
    out.set(k, row);
  }
  return out;
}
const periodOf = (date: string, length: number) => date.slice(0, Math.min(date.length, length));

test('GET /api/dyads/:dyad: the QuadClass split is the one counted from the events, and only the series query is made', async () => {
  const { events } = await ok('/api/events?dyad=JPN:RUS&limit=1000');
  const expected = countByPeriod(events, (e) => (e.date ? `${periodOf(e.date, 7)} ${e.source.actor.startsWith('JPN') ? 'JPN->RUS' : 'RUS->JPN'}` : null));
  const s = await ok('/api/dyads/JPN:RUS?by=month');
  assert.deepEqual(
    new Map(s.points.map((p: Json) => [`${p.period} ${p.direction}`, [p.events, Math.round(p.goldstein * 1000) / 1000, p.quadClass]])),
    new Map([...expected].map(([k, [n, g, q]]) => [k, [n, Math.round(g * 1000) / 1000, q]])),
  );
  assert.equal(s.note, null);
  // No events are read to make the series: a store that refuses queryEvents answers the same.
  const refusing = new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'queryEvents') return async () => {
        throw new Error('queryEvents must not be called');
      };
      return Reflect.get(target, name, receiver);
    },
  });
  const res = await createApp({ store: refusing, webRoot: null }).request('http://127.0.0.1/api/dyads/JPN:RUS?by=month');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), s);
});

test('GET /api/actors/:actor/series: JPN per year, month and day, as counted from its events', async () => {
  const s = await ok('/api/actors/jpn/series?by=year');
  assert.equal(s.actor, 'JPN');
  assert.equal(s.by, 'year');
  assert.equal(s.modality, null);
  assert.deepEqual(s.points.map((p: Json) => [p.period, p.events]), [['1956', 3], ['2018', 2], ['2022', 1]]);
  assert.deepEqual(await ok('/api/actors/JPN/series'), s, 'by=year is the default');
  const { events } = await ok('/api/events?actor=JPN&limit=1000');
  assert.ok(events.some((e: Json) => !e.date), 'the seed has an undated JPN event, which no period counts');
  for (const [by, length] of [['year', 4], ['month', 7], ['day', 10]] as const) {
    const series = await ok(`/api/actors/JPN/series?by=${by}`);
    const expected = countByPeriod(events, (e) => (e.date ? periodOf(e.date, length) : null));
    assert.deepEqual(
      series.points.map((p: Json) => [p.period, p.events, Math.round(p.goldstein * 1000) / 1000, p.quadClass]),
      [...expected].sort(([a], [b]) => a.localeCompare(b)).map(([k, [n, g, q]]) => [k, n, Math.round(g * 1000) / 1000, q]),
      by,
    );
    for (const p of series.points) assert.equal(p.quadClass.reduce((a: number, b: number) => a + b, 0), p.events, `${by} ${p.period}`);
  }
  const month = (await ok('/api/actors/JPN/series?by=month')).points.map((p: Json) => p.period);
  assert.ok(month.includes('1956') && month.includes('2022-01'), `a year-dated event stays at its year: ${month.join(', ')}`);
  const actual = await ok('/api/actors/JPN/series?modality=actual');
  assert.equal(actual.modality, 'actual');
  const actualEvents = events.filter((e: Json) => e.date && e.modality === 'actual');
  assert.equal(actual.points.reduce((n: number, p: Json) => n + p.events, 0), actualEvents.length);
  assert.ok(actualEvents.length < 7, 'the 036 intent is left out');
  const gov = (await ok('/api/actors/JPNGOV/series')).points;
  assert.ok(gov.length >= 1 && gov.every((p: Json) => ['1956', '2018', '2022'].includes(p.period)), JSON.stringify(gov));
  assert.deepEqual((await ok('/api/actors/ZZZ/series')).points, [], 'an actor with no events: no points');
  await bad('/api/actors/JPN/series?by=week', 400, /"by".*year, month or day/);
  await bad('/api/actors/JPN/series?modality=maybe', 400, /"modality"/);
  await bad('/api/actors/J-P/series', 400, /"actor".*JPN/);
  await bad(`/api/actors/${'A'.repeat(30)}/series`, 400, /"actor"/);
  await bad('/api/actors/JPN/series?limit=5', 400, /unknown parameter "limit" \(known: by, modality, undated\)/);
  await bad('/api/actors/JPN/series?by=year&by=month', 400, /"by".*more than once/);
  await bad('/api/actors/JPN/timeline', 404, /no API route/);
});

test('GET /api/search', async () => {
  const { hits } = await ok('/api/search?q=peace%20treaty');
  assert.equal(hits.length, 1);
  assert.equal(hits[0].id, articleId);
  assert.match(hits[0].snippet, /\[/);
  assert.equal((await ok('/api/search?q=%22Okinawa%22')).hits.length, 1);
  await bad('/api/search', 400, /"q" is required/);
  await bad('/api/search?q=x&limit=0', 400, /"limit"/);
});

test('POST /api/analyze: text or HTML in, the analyze JSON out; limits and bad bodies', async () => {
  const text = 'Russia threatens Ukraine\n\nMOSCOW (Reuters) - Russia threatened Ukraine on Monday, officials said.';
  const post = (body: unknown, type = 'application/json') => call('/api/analyze', { method: 'POST', headers: { 'content-type': type }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const r = await post({ text, date: '2022-02-21' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.article.headline, 'Russia threatens Ukraine');
  assert.ok(r.body.events.some((e: Json) => e.source.actor === 'RUS' && e.target.actor === 'UKR' && e.root === '13'), JSON.stringify(r.body.events));
  assert.equal((await store.stats()).articles, 1, 'nothing is stored');

  const html = await post({ html: `<html><head><title>Kishida</title></head><body><article><h1>Japan and Russia</h1><p>${readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8').split('\n').slice(2).join('</p><p>')}</p></article></body></html>` });
  assert.equal(html.status, 200, html.text);
  assert.ok(html.body.events.length >= 3);

  // The URL is recorded, never fetched: a URL nobody answers at does not slow it down or fail it.
  const started = performance.now();
  const withUrl = await post({ text, url: 'http://10.255.255.1/never-fetched' });
  assert.equal(withUrl.status, 200);
  assert.ok(performance.now() - started < 5000);

  await bad('/api/analyze', 415, /application\/json/, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
  await bad('/api/analyze', 400, /not valid JSON/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
  await bad('/api/analyze', 400, /exactly one of "text" or "html"/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, html: '<p>x</p>' }) });
  await bad('/api/analyze', 400, /exactly one/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  await bad('/api/analyze', 400, /"text" is empty/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '  ' }) });
  await bad('/api/analyze', 400, /unknown field "fetch"/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, fetch: 'http://x' }) });
  await bad('/api/analyze', 400, /"text" must be a string/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 5 }) });
  await bad('/api/analyze', 400, /"date" must be YYYY-MM-DD/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: 'yesterday' }) });
  await bad('/api/analyze', 400, /"url" must be an http/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, url: 'file:///etc/passwd' }) });
  await bad('/api/analyze', 400, /JSON object/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1]' });
  await bad('/api/analyze', 413, /larger than 200000 bytes/, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'word '.repeat(60_000) }) });
  await bad('/api/analyze', 422, /./, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html: '<html><body><script>1</script></body></html>' }) });
  await bad('/api/analyze', 404, /no API route GET \/api\/analyze/);
});

test('unknown routes, and failures inside: JSON errors without stacks or messages', async () => {
  await bad('/api/nothing', 404, /no API route GET \/api\/nothing/);
  await bad('/api/events', 404, /no API route DELETE/, { method: 'DELETE' });
  const broken = new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'queryEvents') return async () => {
        throw new Error('SQLITE_CORRUPT: secret internal detail at /var/lib/x.db');
      };
      return Reflect.get(target, name, receiver);
    },
  });
  const failing = createApp({ store: broken, webRoot: null });
  const original = process.stderr.write.bind(process.stderr);
  let logged = '';
  process.stderr.write = ((chunk: string) => ((logged += chunk), true)) as typeof process.stderr.write;
  let res: Response;
  try {
    res = await failing.request('http://127.0.0.1/api/events');
  } finally {
    process.stderr.write = original;
  }
  assert.equal(res.status, 500);
  const text = await res.text();
  assert.deepEqual(JSON.parse(text), { error: 'internal error' });
  assert.doesNotMatch(text, /secret|SQLITE|\.ts/);
  assert.match(logged, /secret internal detail/, 'the cause is logged on the server');
});

test('OpenAPI 3.1 at /openapi.json documents every route served, and only those', async () => {
  const doc = await ok('/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  assert.deepEqual(doc, JSON.parse(JSON.stringify(OPENAPI)));
  const served = new Set<string>();
  const walk = (routes: { method: string; path: string }[]) => {
    for (const r of routes) {
      if (r.method === 'ALL' || r.path.includes('*')) continue; // middleware and the catch-alls
      served.add(`${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    }
  };
  walk(app.routes);
  assert.ok(served.size >= 12, [...served].join(', '));
  const documented = new Set<string>();
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>)) for (const method of Object.keys(ops)) documented.add(`${method} ${path}`);
  for (const route of served) assert.ok(documented.has(route), `route ${route} is not in /openapi.json`);
  for (const route of documented) assert.ok(served.has(route), `/openapi.json documents ${route}, which is not served`);
  // The answers' fields are the documented ones: an event, an event's detail and its mentions, the stats.
  const props = (name: string): Set<string> => {
    const schema = doc.components.schemas[name];
    const all = schema.allOf ? schema.allOf.flatMap((s: Json) => (s.$ref ? [...props(s.$ref.split('/').pop())] : Object.keys(s.properties ?? {}))) : Object.keys(schema.properties ?? {});
    return new Set(all);
  };
  const { events } = await ok('/api/events?limit=1');
  const detail = await ok(`/api/events/${events[0].id}`);
  for (const [name, value] of [['Event', events[0]], ['EventDetail', detail], ['EventArticle', detail.article], ['Mention', detail.mentions[0]], ['Stats', await ok('/api/stats')], ['ArticleSummary', (await ok('/api/articles')).articles[0]], ['Cluster', await ok(`/api/clusters/${clusterId}`)], ['ActorCount', (await ok('/api/actors')).actors[0]], ['SearchHit', (await ok('/api/search?q=peace')).hits[0]], ['Article', await ok(`/api/articles/${articleId}`)], ['DyadSeries', await ok('/api/dyads/JPN:RUS')], ['DyadPoint', (await ok('/api/dyads/JPN:RUS')).points[0]], ['ActorSeries', await ok('/api/actors/JPN/series')], ['ActorPoint', (await ok('/api/actors/JPN/series')).points[0]]] as const) {
    const documented = props(name);
    for (const key of Object.keys(value)) assert.ok(documented.has(key), `${name}.${key} is answered but not in /openapi.json`);
  }
  // Every $ref resolves; every path parameter is declared.
  const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/(\w+)"/g) ?? [];
  for (const ref of refs) {
    const name = ref.split('/').pop()!.replace('"', '');
    assert.ok(doc.components.schemas[name], `dangling $ref ${name}`);
  }
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const name of path.match(/\{(\w+)\}/g) ?? []) {
      for (const op of Object.values(ops)) assert.ok((op as Json).parameters?.some((p: Json) => p.in === 'path' && `{${p.name}}` === name), `${path}: ${name} undeclared`);
    }
  }
  // Every query parameter a route accepts is documented: an undocumented one is refused by the route.
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Json>)) {
    const get = (ops as Json).get;
    if (!get || !path.startsWith('/api/')) continue;
    const concrete = path.replace('{id}', '1').replace('{dyad}', 'JPN:RUS').replace('{actor}', 'JPN');
    for (const p of get.parameters ?? []) {
      if (p.in !== 'query') continue;
      const r = await call(`${concrete}?${p.name}=%00bad`);
      assert.doesNotMatch(r.body.error ?? '', /unknown parameter/, `${path} documents ${p.name} but refuses it as unknown`);
    }
  }
});

test('security headers on API answers, errors and the UI: CSP without inline script, nosniff, no framing', async () => {
  for (const path of ['/api/stats', '/api/events?quad=9', '/openapi.json', '/', '/no-such-file']) {
    const r = await call(path);
    const csp = r.headers.get('content-security-policy') ?? '';
    assert.equal(csp, CONTENT_SECURITY_POLICY, path);
    const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    assert.equal(script, "script-src 'self'", path);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', path);
  }
});

test('the built UI is served, with no inline script', async () => {
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), 'dist/web/index.html: run npm run build');
  const r = await call('/');
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/html/);
  const scripts = r.text.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
  assert.ok(scripts.length >= 1);
  for (const s of scripts) {
    assert.match(s, /\ssrc="\/assets\/[^"]+\.js"/, s);
    assert.match(s, /><\/script>$/, `inline code in ${s}`);
  }
  assert.doesNotMatch(r.text, /\son\w+=/i, 'no inline event handlers');
  const asset = r.text.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
  const js = await call(asset);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type') ?? '', /javascript/);
  await bad('/../package.json', 404, /not found/);
  await bad('/assets/..%2f..%2fpackage.json', 404, /not found/);
});

test('a loopback server answers only to loopback host names (no DNS rebinding)', async () => {
  const server = await startServer(store, { port: 0 });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const get = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port: server.port, path: '/api/stats', headers: { host } }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    assert.equal((await get(`127.0.0.1:${server.port}`)).status, 200);
    assert.equal((await get(`localhost:${server.port}`)).status, 200);
    const evil = await get('attacker.example:80');
    assert.equal(evil.status, 421);
    assert.match(JSON.parse(evil.body).error, /answers only to/);
  } finally {
    await server.close();
  }
});

test('the server analyses in a worker thread: other requests are answered meanwhile', { timeout: 60_000 }, async () => {
  const server = await startServer(store, { port: 0 });
  try {
    const body = readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8').split('\n').slice(2).join('\n');
    const text = `Headline\n\n${Array.from({ length: 60 }, () => body).join('\n\n')}`;
    const order: string[] = [];
    const analysis = fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) }).then(async (r) => {
      order.push('analyze');
      return { status: r.status, body: (await r.json()) as Json };
    });
    await new Promise((r) => setTimeout(r, 100));
    const stats = await fetch(`${server.url}api/stats`);
    order.push('stats');
    assert.equal(stats.status, 200);
    const done = await analysis;
    assert.equal(done.status, 200);
    assert.ok(done.body.events.length > 100, `${done.body.events.length} events`);
    assert.deepEqual(order, ['stats', 'analyze'], 'the stats waited for the analysis');
  } finally {
    await server.close();
  }
});

test('annals serve --example stores the bundled example in an empty database and serves it', { timeout: 60_000 }, async () => {
  const db = join(dir, 'example.db');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--example', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 50_000);
      child.stdout.on('data', (c) => {
        out += c;
        const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)[^\n]*\n.*events/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    assert.match(out, /1 articles, 8 events/);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as Json;
    assert.equal(stats.articles, 1);
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Annals<\/title>/);
  } finally {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
});
