import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../src/pipeline.js';
import { openStore, type Store } from '../src/store/index.js';
import { startServer, DEFAULT_WEB_ROOT, type RunningServer } from '../src/serve/index.js';
import { syntheticArticle } from '../bench/synthetic-events.js';
import type { AnalysisResult } from '../src/document/serialize.js';

// The web UI as an analyst uses it, in Debian's Chromium, on a store built here: the bundled example, a
// generated multi-year store (150 articles of 30 events over 35 years), an article carrying a right-to-left
// override, and a 1 MB article with 2,000 events; and an empty store for the first run. Totals, pagers,
// sorting and export from the lists; time axes, undated counts and links; names and the glossary; the
// skip link; bidirectional text; the big article's time to readable; axe-core on every view at two widths.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium)`;

const dir = mkdtempSync(join(tmpdir(), 'annals-analyst-'));
let store: Store;
let emptyStore: Store;
let server: RunningServer;
let emptyServer: RunningServer;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];
const ids = { bidi: 0, big: 0, story: 0 };

/** A 1 MB article: 2,000 coded events in its first part, then plain paragraphs up to 1,000,000 characters. */
function bigArticle(): AnalysisResult {
  const result = syntheticArticle(9999, 2000);
  const filler: string[] = [];
  let size = result.text.length;
  for (let i = 0; size < 1_000_000; i++) {
    const paragraph = `Paragraph ${i} of the long report goes on about talks, trade, borders and the weather for a while longer. `.repeat(6);
    filler.push(paragraph);
    size += paragraph.length + 2;
  }
  const tail = `\n\n${filler.join('\n\n')}`;
  return { ...result, text: result.text + tail, article: { ...result.article, body: result.article.body + tail, url: 'https://example.com/big' } } as AnalysisResult;
}

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), 'the UI is not built: run npm run build');
  store = await openStore(join(dir, 'analyst.db'));
  ids.story = await store.createCluster('kishida');
  await store.saveArticle(analyze(readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8'), { name: 'kishida' }), { clusterId: ids.story });
  await store.saveArticles(Array.from({ length: 150 }, (_, n) => ({ result: syntheticArticle(n, 30), options: { newClusterKey: `s${n % 60}` } })));
  ids.bidi = (await store.saveArticle(analyze({ text: 'Putin file warning\n\nMOSCOW (Reuters) - Officials said on Monday that a file named Putin \u202Egnp.exe was sent to Japan.', date: '2022-03-01' }, { name: 'bidi' }))).id;
  ids.big = (await store.saveArticle(bigArticle())).id;
  emptyStore = await openStore(join(dir, 'empty.db'));
  server = await startServer(store, { port: 0 });
  emptyServer = await startServer(emptyStore, { port: 0 });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1366, height: 900 } });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  await emptyServer?.close();
  await store?.close();
  await emptyStore?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (selector: string) => (await page.locator(selector).first().innerText()).trim();

test('events: the total, a pager to the last page, sorting, and the export of exactly what is listed', { skip, timeout: 120_000 }, async () => {
  const total = await store.countEvents({});
  await page.goto(`${server.url}#/events`);
  await page.locator('.pager .count').waitFor();
  assert.equal(await count('.pager .count'), `Events 1–50 of ${total.toLocaleString('en')}`);
  await page.getByRole('button', { name: 'Last »' }).click();
  await page.waitForURL(/offset=/);
  const lastStart = Math.floor((total - 1) / 50) * 50;
  await page.locator('.pager .count', { hasText: `Events ${(lastStart + 1).toLocaleString('en')}–${total.toLocaleString('en')} of` }).waitFor();
  // Newest first: the first row carries the latest date in the store.
  await page.goto(`${server.url}#/events`);
  await page.getByLabel('Sort by').selectOption('-date');
  await page.waitForURL(/sort=-date/);
  await page.locator('main table tbody tr').first().waitFor();
  const newest = (await store.queryEvents({ sort: '-date', limit: 1 }))[0]!;
  assert.equal((await page.locator('main table tbody tr').first().innerText()).split('\t')[1], newest.date);
  // A filter, and its CSV: one row per event listed in the total.
  await page.goto(`${server.url}#/events?actor=JPN&modality=actual`);
  await page.locator('.pager .count').waitFor();
  const listed = Number((await count('.pager .count')).split(' of ')[1]!.replace(/,/g, ''));
  assert.equal(listed, await store.countEvents({ actor: 'JPN', modality: 'actual' }));
  const href = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
  assert.equal(href, '/api/export?format=csv&actor=JPN&modality=actual');
  const csv = await (await page.request.get(server.url + href!.slice(1))).text();
  assert.equal(csv.trim().split('\r\n').length - 1, listed);
  const gdelt = await page.getByRole('link', { name: 'GDELT 2.0 TSV' }).getAttribute('href');
  assert.match(gdelt ?? '', /format=gdelt&actor=JPN&modality=actual/);
});

test('articles and stories: totals, pagers and sorting; a story lists its events and its copies with their URLs', { skip, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/articles`);
  await page.locator('.pager .count').waitFor();
  assert.equal(await count('.pager .count'), 'Articles 1–50 of 153');
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.locator('.pager .count', { hasText: 'Articles 51–100 of 153' }).waitFor();
  await page.getByLabel('Sort by').selectOption('-events');
  await page.waitForURL(/sort=-events/);
  await page.locator('.pager .count', { hasText: 'Articles 1–50 of 153' }).waitFor();
  assert.match(await page.locator('main table tbody tr').first().innerText(), /\t2000\t/, 'the big article has the most events');
  await page.goto(`${server.url}#/clusters`);
  await page.locator('.pager .count').waitFor();
  assert.equal(await count('.pager .count'), `Stories 1–50 of ${await store.countClusters()}`);
  await page.goto(`${server.url}#/cluster/${ids.story}`);
  await page.locator('h2', { hasText: 'Events (8)' }).waitFor();
  assert.equal(await page.locator('table', { has: page.locator('caption', { hasText: 'The events of this story' }) }).locator('tbody tr').count(), 8);
  await page.locator('caption', { hasText: 'The copies of this story, with their URLs' }).waitFor();
});

test('time axes: undated and year-only events are counted and linked; undated events can be dated by their article', { skip, timeout: 120_000 }, async () => {
  const undated = await store.countEvents({ actor: 'JPN', dated: false });
  assert.ok(undated > 1);
  await page.goto(`${server.url}#/actor?actor=JPN`);
  await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
  const dated = Number((await count('.actor-series .count')).split(' ')[0]!.replace(/,/g, ''));
  assert.equal(await count('.actor-series .unplaced'), `${undated} events have no date of their own and are in no period. List the ${undated}`);
  // The legend is text beside the chart, all of it, not a paged canvas legend.
  assert.deepEqual(await page.locator('.actor-series .chart-legend li').allInnerTexts(), ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict', 'JPN Goldstein sum']);
  await page.getByRole('link', { name: `List the ${undated}` }).click();
  await page.waitForURL(/#\/events\?.*dated=no/);
  await page.locator('.pager .count', { hasText: `of ${undated}` }).waitFor();
  for (const row of await page.locator('main table tbody tr').allInnerTexts()) assert.equal(row.split('\t')[1], 'undated');
  // The switch: undated background events counted at their article's date.
  await page.goto(`${server.url}#/actor?actor=JPN`);
  await page.getByLabel('Count undated events at their article’s date').check();
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/undated=article/);
  await page.locator('.actor-series .unplaced', { hasText: 'counted at their article' }).waitFor();
  assert.equal(Number((await count('.actor-series .count')).split(' ')[0]!.replace(/,/g, '')), dated + undated);
  // Monthly: events dated to the year only are stated apart, with links to their year.
  await page.goto(`${server.url}#/dyad?dyad=JPN:RUS&by=month`);
  await page.locator('.chart canvas').first().waitFor({ state: 'attached' });
  assert.match(await count('main .count'), /dated events between JPN \(Japan\) and RUS \(Russia\), by month/);
  const coarse = page.locator('.unplaced.coarse');
  await coarse.waitFor();
  assert.match(await coarse.innerText(), /^\d+ events? dated to the year only (is|are) not drawn among months: \d{4} \(\d+\)/);
  const yearLink = coarse.locator('a').first();
  const year = (await yearLink.innerText()).slice(0, 4);
  assert.equal(await yearLink.getAttribute('href'), `#/events?dyad=JPN%3ARUS&from=${year}&to=${year}`);
  // The zoom's list link follows the range shown: the whole range, then what the slider leaves.
  const whole = await page.locator('.zoom a').innerText();
  assert.match(whole, /^List the events from \d{4}-\d{2} to \d{4}-\d{2}$/);
  const box = (await page.locator('.chart').boundingBox())!;
  // The slider's left handle sits at its left end (50 px in), 20 px above the chart's bottom.
  await page.mouse.move(box.x + 51, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((before) => (globalThis as any).document.querySelector('.zoom a').textContent !== before, whole);
  // The slider may still send a last move after the mouse is released (seen once under CI's load: the text read, then
  // the address read after another move): read the link's text and address together, once they hold still.
  const linkState = () => page.$eval('.zoom a', (a) => `${a.textContent}|${a.getAttribute('href')}`);
  let previous = '';
  let state = await linkState();
  while (state !== previous) {
    previous = state;
    await page.waitForTimeout(300);
    state = await linkState();
  }
  const [text, zoomed] = state.split('|') as [string, string];
  const [from, to] = text.match(/\d{4}-\d{2}/g)!;
  const [wholeFrom, wholeTo] = whole.match(/\d{4}-\d{2}/g)!;
  assert.ok(from! > wholeFrom! && to === wholeTo, `${whole} → ${from} to ${to}`);
  assert.equal(zoomed, `#/events?dyad=JPN%3ARUS&from=${from}&to=${to}`);
  // The page's URL takes the zoomed period as its from/to, and reloading it restores the zoom.
  await page.waitForURL(`${server.url}#/dyad?dyad=JPN%3ARUS&by=month&from=${from}&to=${to}`);
  await page.reload();
  await page.locator('.chart canvas').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('.zoom a').innerText(), `List the events from ${from} to ${to}`);
  await page.locator('.zoom a').click();
  await page.locator('.pager .count').waitFor();
  assert.equal(Number((await count('.pager .count')).split(' of ')[1]!.replace(/,/g, '')), await store.countEvents({ dyad: ['JPN', 'RUS'], from, to }));
});

test('zoom and filters: the actor timeline’s slider sets the URL’s from/to and the events list under the chart; a reload restores both', { skip, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/actor?actor=JPN`);
  await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
  await page.locator('.actor-events .pager .count').waitFor();
  const all = await store.countEvents({ actor: 'JPN' });
  assert.equal(await count('.actor-events .pager .count'), `Events 1–50 of ${all.toLocaleString('en')}`);
  const whole = await page.locator('.zoom a').innerText();
  const box = (await page.locator('.actor-series .chart').boundingBox())!;
  // Drag the slider's right handle (its right end, 56 px in from the chart's right edge: the Goldstein axis) to the middle.
  await page.mouse.move(box.x + box.width - 57, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 20, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction((before) => (globalThis as any).document.querySelector('.zoom a').textContent !== before, whole);
  // The chart may still move after the drag (its last zoom event comes late): read the period once it has settled.
  let settled = await page.locator('.zoom a').innerText();
  for (let again = ''; again !== settled; ) {
    if (again) settled = again;
    await page.waitForTimeout(400);
    again = await page.locator('.zoom a').innerText();
  }
  const [from, to] = settled.match(/\d{4}/g)!;
  const [wholeFrom, wholeTo] = whole.match(/\d{4}/g)!;
  assert.ok(from === wholeFrom && to! < wholeTo!, `${whole} → ${from} to ${to}`);
  // The URL: the zoomed period, the series' first year kept as the start.
  await page.waitForURL(`${server.url}#/actor?actor=JPN&from=${from}&to=${to}`);
  // The list under the chart: the events of the zoomed period, by the store's count.
  const within = await store.countEvents({ actor: 'JPN', from, to });
  assert.ok(within > 0 && within < all, `${within} of ${all}`);
  await page.locator('.actor-events .pager .count', { hasText: ` of ${within.toLocaleString('en')}` }).waitFor();
  assert.equal(await count('#actor-events-title'), `Events of JPN dated from ${from} to ${to}`);
  for (const row of await page.locator('.actor-events table tbody tr').allInnerTexts()) {
    const date = row.split('\t')[1]!;
    assert.ok(date.slice(0, 4) >= from! && date.slice(0, 4) <= to!, `${date} outside ${from}–${to}`);
  }
  // Paging keeps the zoom; a reload restores the chart's zoom and the list.
  if (within > 50) {
    await page.getByRole('button', { name: 'Next →' }).click();
    await page.waitForURL(new RegExp(`from=${from}&to=${to}.*offset=50|offset=50.*from=${from}&to=${to}`));
  }
  await page.goto(`${server.url}#/actor?actor=JPN&from=${from}&to=${to}`);
  await page.reload();
  await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
  assert.equal(await page.locator('.zoom a').innerText(), `List the events from ${from} to ${to}`);
  await page.locator('.actor-events .pager .count', { hasText: ` of ${within.toLocaleString('en')}` }).waitFor();
  // The slider's restored window: dragging its left handle a little moves the start, not back to the whole range.
  const box2 = (await page.locator('.actor-series .chart').boundingBox())!;
  await page.mouse.move(box2.x + 51, box2.y + box2.height - 20);
  await page.mouse.down();
  await page.mouse.move(box2.x + 120, box2.y + box2.height - 20, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((before) => (globalThis as any).document.querySelector('.zoom a').textContent !== before, `List the events from ${from} to ${to}`);
  const [from2, to2] = (await page.locator('.zoom a').innerText()).match(/\d{4}/g)!;
  assert.ok(from2! > from! && to2 === to, `restored ${from}–${to}, then ${from2}–${to2}`);
});

test('leaving a timeline while its slider still moves: the link followed is the page shown, not the timeline again', { skip, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/actor?actor=JPN`);
  await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
  await page.locator('.actor-events .pager .count').waitFor();
  const box = (await page.locator('.actor-series .chart').boundingBox())!;
  await page.mouse.move(box.x + box.width - 57, box.y + box.height - 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 120, box.y + box.height - 20, { steps: 4 });
  await page.waitForTimeout(300);
  // A slider event that lands after the address has changed but before the page has heard of it (the chart's
  // last zoom event comes late, on a timer): here the address changes and the slider moves in one task.
  await page.evaluate(
    ([x, y]) => {
      const g = globalThis as any;
      g.location.hash = '#/event/1';
      const canvas = g.document.querySelector('.actor-series .chart canvas');
      canvas.dispatchEvent(new g.MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
    },
    [box.x + box.width - 200, box.y + box.height - 20],
  );
  await page.mouse.up();
  await page.getByTestId('chain').waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).hash, '#/event/1');
});

test('names beside codes, the glossary, and dyad links with the full actor codes', { skip, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/event/1`);
  await page.getByTestId('chain').waitFor();
  const dyad = page.locator('dd a', { hasText: 'over time' });
  assert.equal(await dyad.innerText(), 'JPNGOV ↔ RUSGOV over time');
  assert.equal(await dyad.getAttribute('href'), '#/dyad?dyad=JPNGOV%3ARUSGOV');
  assert.match(await page.locator('dd', { has: page.locator('a', { hasText: 'JPNGOV' }) }).first().innerText(), /JPNGOV Fumio Kishida/);
  // The code links to its glossary entry.
  await page.locator('dd a.code', { hasText: '036' }).click();
  await page.locator('.found h2', { hasText: 'CAMEO 036: Express intent to meet or negotiate' }).waitFor();
  assert.match(await page.locator('.found').innerText(), /QuadClass\s+1 verbal cooperation/);
  await page.goto(`${server.url}#/glossary?code=IGOUNOAGRFAO`);
  await page.locator('.found h2', { hasText: 'Actor IGOUNOAGRFAO: Food and Agriculture Organization' }).waitFor();
  // Suggestions as you type: the actor and code filters offer the store's codes with their names.
  await page.goto(`${server.url}#/events`);
  await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('datalist[id^=cameo-codes] option').length > 300);
  const actorList = await page.getByLabel('Actor', { exact: true }).getAttribute('list');
  await page.waitForFunction((id) => (globalThis as any).document.getElementById(id).options.length > 10, actorList);
});

test('the map: the events list’s filters carried over, places as circles and as a table, back to the list at a place', { skip, timeout: 120_000 }, async () => {
  await page.goto(`${server.url}#/events?actor=JPN`);
  await page.locator('.pager .count').waitFor();
  await page.getByRole('link', { name: 'Map these events' }).click();
  await page.waitForURL(/#\/map\?actor=JPN$/);
  await page.locator('.map canvas').first().waitFor({ state: 'attached' });
  const placed = await store.countEvents({ actor: 'JPN', placed: true });
  const placeCount = (await store.places({ actor: 'JPN' })).length;
  assert.equal(await count('main .count'), `${placed} of ${(await store.countEvents({ actor: 'JPN' })).toLocaleString('en')} events have a place, in ${placeCount} ${placeCount === 1 ? 'place' : 'places'}. ${(await store.countEvents({ actor: 'JPN', placed: false })).toLocaleString('en')} have none and are only in the events list.`);
  const rows = page.locator('table', { has: page.locator('caption', { hasText: 'Places, most events first' }) }).locator('tbody tr');
  // (The seed's threat names Okinawa only inside what it threatens: it has no place.)
  assert.deepEqual(await rows.allInnerTexts(), ['Habomai Islands\t1\t43.5\t146.1']);
  const row = rows.nth(0);
  await row.getByRole('link', { name: 'Habomai Islands' }).click();
  await page.waitForURL(/#\/events\?actor=JPN&place=Habomai(\+|%20)Islands$/);
  await page.locator('.pager .count', { hasText: 'Events 1–1 of 1' }).waitFor();
  assert.equal((await page.locator('main table tbody tr').first().innerText()).split('\t')[8], 'Habomai Islands');
  // A circle clicked on the canvas: the Habomai Islands' circle opens the list at that place.
  await page.goBack();
  await page.waitForURL(/#\/map\?actor=JPN$/);
  await page.locator('.map canvas').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => typeof (globalThis as any).document.querySelector('.map')?.circleAt === 'function');
  const [x, y] = await page.evaluate(() => (globalThis as any).document.querySelector('.map').circleAt(146.1, 43.5) as number[]);
  const map = (await page.locator('.map').boundingBox())!;
  assert.ok(x! > 0 && x! < map.width && y! > 0 && y! < map.height, `the circle at ${x},${y} is outside the map's ${map.width}×${map.height}`);
  // Beside the circle (20 px off, past its radius of 16) nothing happens; on it, the list opens at the place.
  await page.mouse.click(map.x + x! + 20, map.y + y! + 20);
  await page.waitForTimeout(300);
  assert.match(page.url(), /#\/map\?actor=JPN$/);
  await page.mouse.click(map.x + x!, map.y + y!);
  await page.waitForURL(/#\/events\?actor=JPN&place=Habomai(%20|\+)Islands$/);
  await page.locator('.pager .count', { hasText: 'Events 1–1 of 1' }).waitFor();
  assert.equal((await page.locator('main table tbody tr').first().innerText()).split('\t')[8], 'Habomai Islands');
});

test('first run: an empty store says how to ingest and links to the analysis', { skip, timeout: 60_000 }, async () => {
  await page.goto(`${emptyServer.url}#/events`);
  const box = page.locator('.first-run');
  await box.waitFor();
  assert.match(await box.innerText(), /npx annals ingest \.\/news\/ --db annals\.db/);
  await box.getByRole('link', { name: 'analyse a pasted article' }).click();
  await page.waitForURL(/#\/analyze/);
  await page.goto(`${emptyServer.url}#/articles`);
  await page.locator('.first-run').waitFor();
});

test('bidirectional controls are shown as marks, never applied; the skip link focuses the content', { skip, timeout: 60_000 }, async () => {
  await page.goto(`${server.url}#/article/${ids.bidi}`);
  const text = page.locator('.article-text');
  await text.waitFor();
  const shown = await text.innerText();
  assert.match(shown, /Putin ⟦RLO⟧gnp\.exe/);
  assert.equal(await page.evaluate(() => /[\u202a-\u202e\u2066-\u2069]/.test((globalThis as any).document.querySelector('main').textContent)), false);
  // What the marks' tooltips say is also text: the actors named, with their codes and names.
  await page.getByText('Actors and places named (2)').click();
  // The headline is analysed too (issue 12), so Putin is named twice.
  assert.deepEqual(await page.locator('.entities tbody tr').allInnerTexts(), ['Putin\tactor\tRUSGOV\tVladimir Putin\t2', 'Japan\tactor\tJPN\tJapan\t1']);
  // Skip link: the first focusable element of the page; Enter moves focus to <main> and leaves the route alone.
  await page.goto(`${server.url}#/events`);
  await page.locator('.pager .count').waitFor();
  assert.equal(await page.evaluate(() => (globalThis as any).document.querySelector('a[href], button, input, select, textarea').className), 'skip');
  await page.locator('a.skip').focus();
  assert.ok(await page.locator('a.skip').isVisible(), 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => (globalThis as any).document.activeElement.id), 'main');
  assert.match(page.url(), /#\/events$/);
  assert.equal(await page.locator('.state.error').count(), 0);
});

test('a 1 MB article is readable within 2 s; its 2,000 event triggers are marked as the page goes on', { skip, timeout: 120_000 }, async () => {
  // Three loads from the articles list; the best is held to 2 s (the machine is shared: the others show
  // its load) and all three are printed. The issue measured 17 to 23 s before.
  const times: number[] = [];
  let started = 0;
  for (let run = 0; run < 3; run++) {
    await page.goto(`${server.url}#/articles`);
    await page.locator('.pager .count').waitFor();
    started = Date.now();
    await page.goto(`${server.url}#/article/${ids.big}`);
    await page.locator('.article-text').waitFor();
    times.push(Date.now() - started);
    const length = await page.evaluate(() => (globalThis as any).document.querySelector('.article-text').textContent.length);
    assert.ok(length >= 1_000_000, `${length} characters shown`);
  }
  process.stdout.write(`# 1 MB article readable after ${times.join(', ')} ms\n`);
  assert.ok(Math.min(...times) < 2000, `the 1 MB article took ${times.join(', ')} ms to show its text`);
  await page.locator('.article-text:not([aria-busy])').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('.article-text a.m-trigger').count(), 2000);
  const marked = Date.now() - started;
  process.stdout.write(`# every mark in place after ${marked} ms\n`);
  // The page answers while marking: a click on the legend's neighbour heading is handled at once.
  assert.equal(await page.locator('main h2', { hasText: 'Events (2,000)' }).count(), 1);
});

const VIEWS = (): [string, string][] => [
  ['events', '#/events'],
  ['events filtered', '#/events?dyad=JPN:RUS'],
  ['event', '#/event/1'],
  ['dyad', '#/dyad?dyad=JPN:RUS&by=year'],
  ['actor', '#/actor?actor=JPN'],
  ['articles', '#/articles'],
  ['article', `#/article/${ids.bidi}`],
  ['stories', '#/clusters'],
  ['story', `#/cluster/${ids.story}`],
  ['analyse', '#/analyze'],
  ['glossary', '#/glossary?code=036'],
  ['map', '#/map?actor=JPN'],
];

test('axe-core: no serious or critical violation on any view at 1366 and 390 px', { skip, timeout: 300_000 }, async () => {
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const found: string[] = [];
  const lesser: string[] = [];
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, route] of VIEWS()) {
      await page.goto(`${server.url}${route}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction(() => !(globalThis as any).document.querySelector('main [aria-busy="true"]'));
      // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays as it is.
      await page.evaluate(axe);
      const violations = await page.evaluate(async () => {
        const result = await (globalThis as any).axe.run((globalThis as any).document);
        if (result.passes.length < 20) return [{ id: 'axe-did-not-run', impact: 'critical', nodes: 0, target: '', help: `${result.passes.length} rules passed` }];
        return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' '), help: v.help }));
      });
      for (const v of violations as { id: string; impact: string; nodes: number; target: string; help: string }[]) {
        if (v.impact !== 'serious' && v.impact !== 'critical') lesser.push(`${name} at ${width}px: ${v.id} (${v.impact})`);
        else found.push(`${name} at ${width}px: ${v.id} (${v.impact}, ${v.nodes} nodes, e.g. ${v.target}): ${v.help}`);
      }
    }
  }
  if (lesser.length) process.stdout.write(`# axe, minor and moderate: ${[...new Set(lesser)].join('; ')}\n`);
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
});
