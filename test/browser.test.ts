import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { analyze } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import { startServer, DEFAULT_WEB_ROOT } from '../src/serve/index.js';

// The web UI in Debian's Chromium (never a downloaded browser), one launch: filter the events to the
// Japan–Russia dyad, open the 036 event and read its provenance chain; the dyad chart; the actor
// timeline (series and paged events); paste an article
// and see its events; an article carrying <script> and <img onerror> payloads shows them as inert text.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const PAYLOAD_SCRIPT = '<script>window.__pwned=1</script>';
const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = `Russia threatens Ukraine ${PAYLOAD_SCRIPT}

MOSCOW (Reuters) - Russia threatened Ukraine on Monday, officials said. ${PAYLOAD_IMG} The Kremlin rejected the claim ${PAYLOAD_SCRIPT}.`;

test('the web UI in Chromium: dyad filter, the 036 provenance chain, paste box, inert hostile text', { timeout: 180_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`no browser at ${CHROMIUM} (apt-get install chromium)`);
    return;
  }
  assert.ok(existsSync(join(DEFAULT_WEB_ROOT, 'index.html')), 'the UI is not built: run npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'annals-browser-'));
  const store = await openStore(join(dir, 'ui.db'));
  const seedText = readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8');
  const story = await store.createCluster('kishida');
  await store.saveArticle(analyze(seedText, { name: 'kishida' }), { clusterId: story });
  // A syndicated copy of the same Sputnik story by another outlet, in the same cluster.
  const copyText = seedText.replace('(Pakistan Point News / Sputnik', '(UrduPoint News / Sputnik').replace(/^.*\n/, 'Japan PM Wants Meeting With Russian Leadership\n');
  assert.notEqual(copyText, seedText);
  await store.saveArticle(analyze(copyText, { name: 'copy' }), { clusterId: story });
  const hostile = await store.saveArticle(analyze({ text: HOSTILE, date: '2022-02-21' }, { name: 'hostile' }), { clusterId: await store.createCluster('hostile') });
  const server = await startServer(store, { port: 0 });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1100, height: 900 } });
  const problems: string[] = [];
  const requests: string[] = [];
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));

    // Events, filtered to the Japan–Russia dyad, by keyboard.
    await page.goto(`${server.url}#/events`);
    await page.getByLabel('Dyad').fill('JPN:RUS');
    await page.getByLabel('Dyad').press('Enter');
    await page.waitForURL(/#\/events\?.*dyad=JPN%3ARUS/);
    const rows = page.locator('main table tbody tr');
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    assert.ok(texts.length >= 2, texts.join('\n'));
    // Source and target cells: the code, then the name it was resolved to.
    for (const row of texts) assert.match(row.split('\t').slice(3, 5).join(' | '), /^(JPN\w* .* \| RUS|RUS\w* .* \| JPN)/, `a row outside the dyad: ${row}`);
    const intent = rows.filter({ hasText: '036' }).filter({ hasText: 'JPNGOV' });
    assert.equal(await intent.count(), 1);
    const link = intent.locator('a').first();
    await link.focus();
    await page.keyboard.press('Enter');

    // The 036 event: its sentence, the chain from speaker to publisher, and the graph.
    const chain = page.getByTestId('chain');
    await chain.waitFor();
    assert.equal((await chain.innerText()).trim(), 'Kishida → Suzuki → Kyodo → Sputnik → Pakistan Point News');
    assert.match(await page.locator('h1').innerText(), /036 Express intent to meet or negotiate/);
    assert.equal(await page.locator('blockquote.sentence mark').innerText(), 'wants');
    await page.locator('.graph canvas').first().waitFor({ state: 'attached' });
    const copies = await page.locator('table', { has: page.locator('th', { hasText: 'Publisher' }) }).locator('tbody tr').allInnerTexts();
    assert.equal(copies.length, 2, copies.join('\n'));
    assert.match(copies[0]!, /Pakistan Point News\s+Sputnik/);
    assert.match(copies[1]!, /UrduPoint News\s+Sputnik/);
    // Copies told apart by outlet and date (they may share a headline), each linking to its article.
    assert.match(copies[0]!, /^first: Pakistan Point News, 2022-01-12 \(article \d+\)/);
    assert.match(copies[1]!, /^copy 2: UrduPoint News, 2022-01-12 \(article \d+\)/);
    const roles = await page.locator('ol.chain-links li').allInnerTexts();
    assert.deepEqual(roles.map((r) => r.split(' — ')[1]?.split(/[ ,(]/)[0]), ['speaker', 'relay', 'agency', 'wire', 'publisher']);

    // The dyad view: the chart and the series in both directions.
    await page.goto(`${server.url}#/dyad?dyad=JPN:RUS&by=year`);
    await page.locator('.chart canvas').first().waitFor({ state: 'attached' });
    const series = await page.locator('main table tbody tr').allInnerTexts();
    assert.ok(series.some((r) => /2018\s+JPN → RUS/.test(r)) && series.some((r) => /2018\s+RUS → JPN/.test(r)), series.join('\n'));

    // The actor timeline: JPN's whole series from /api/actors/JPN/series (chart and table), and its
    // events below, five a page here; a period link, by keyboard, narrows the list to that period.
    const jpnEvents = await store.queryEvents({ actor: 'JPN', limit: 1000 });
    assert.ok(jpnEvents.length > 5 && jpnEvents.some((e) => !e.date), `${jpnEvents.length} JPN events, one undated`);
    await page.goto(`${server.url}#/actor?actor=JPN&limit=5`);
    const seriesTable = page.locator('table', { has: page.locator('caption', { hasText: 'The series: JPN per year' }) });
    await seriesTable.waitFor();
    await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
    assert.match(await page.locator('.actor-series .chart').getAttribute('aria-label') ?? '', /Events per year involving JPN by QuadClass/);
    const seriesRows = (await seriesTable.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t').slice(0, 2).join(' '));
    assert.deepEqual(seriesRows, ['1956 3', '2018 2', '2022 1']);
    assert.match(await page.locator('.actor-series .count').innerText(), /^6 dated events with JPN \(Japan\) as source or target, by year, in 3 periods from 1956 to 2022/);
    const listed = page.locator('.actor-events table tbody tr');
    await listed.first().waitFor();
    const firstPage = await listed.allInnerTexts();
    assert.equal(firstPage.length, 5);
    for (const row of firstPage) assert.match(row, /\bJPN\w*/, row);
    assert.match(await page.locator('.actor-events .count').innerText(), /^Events 1–5/);
    assert.equal(await page.getByText('only the first 1,000', { exact: false }).count(), 0);
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/actor\?.*offset=5/);
    await page.locator('.actor-events .count', { hasText: `Events 6–${jpnEvents.length}` }).waitFor();
    const secondPage = await listed.allInnerTexts();
    assert.equal(secondPage.length, jpnEvents.length - 5);
    assert.deepEqual([...firstPage, ...secondPage].map((r) => r.split('\t')[0]), jpnEvents.map((e) => `#${e.id}`), 'the two pages list every JPN event once');
    assert.ok([...firstPage, ...secondPage].some((r) => /\tundated\t/.test(r)), 'the undated event is listed');
    await page.goto(`${server.url}#/actor?actor=JPN`);
    await seriesTable.locator('a', { hasText: '2018' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/actor\?.*period=2018/);
    await page.locator('.actor-events h2', { hasText: 'dated within 2018' }).waitFor();
    await page.locator('.actor-events .count', { hasText: 'Events 1–2' }).waitFor();
    const in2018 = await listed.allInnerTexts();
    assert.equal(in2018.length, 2, in2018.join('\n'));
    for (const row of in2018) assert.match(row, /\t2018\t/, row);
    // An actor with no events, and a malformed code: the empty and error states.
    await page.goto(`${server.url}#/actor?actor=ZZZ`);
    await page.locator('.actor-series .state.empty', { hasText: 'No dated events with ZZZ' }).waitFor();
    await page.locator('.actor-events .state.empty', { hasText: 'No events with ZZZ' }).waitFor();
    await page.goto(`${server.url}#/actor?actor=J-P`);
    await page.locator('main .state.error', { hasText: 'an actor code is 1 to 24 letters and digits' }).waitFor();

    // Paste an article and see its events (nothing stored).
    await page.goto(`${server.url}#/analyze`);
    await page.getByLabel('Article', { exact: true }).fill('Japan and Russia agree to talks\n\nTOKYO (Kyodo) - Japan and Russia agreed on Tuesday to resume talks on a peace treaty, officials said.');
    await page.getByRole('button', { name: 'Analyse' }).click();
    const found = page.locator('table', { has: page.locator('caption', { hasText: 'Events found' }) });
    await found.waitFor();
    const eventRows = await found.locator('tbody tr').allInnerTexts();
    assert.ok(eventRows.some((r) => /JPN/.test(r) && /RUS/.test(r)), eventRows.join('\n'));
    // Each code links to its glossary entry.
    const codeLink = found.locator('tbody tr a.code').first();
    const code = await codeLink.innerText();
    assert.equal(await codeLink.getAttribute('href'), `#/glossary?code=${code}#code-${code}`);

    // The hostile article: the payloads are text on the page, nothing ran, no image was requested.
    await page.goto(`${server.url}#/article/${hostile.id}`);
    const body = page.locator('.article-text');
    await body.waitFor();
    const shown = await body.innerText();
    assert.ok(shown.includes(PAYLOAD_SCRIPT), shown);
    assert.ok(shown.includes(PAYLOAD_IMG), shown);
    assert.ok((await page.locator('h1').innerText()).includes(PAYLOAD_SCRIPT));
    assert.equal(await page.locator('main script, main img, main [onerror]').count(), 0);
    // The same payloads pasted into the analyse box.
    await page.goto(`${server.url}#/analyze`);
    await page.getByLabel('Article', { exact: true }).fill(HOSTILE);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('.analysis .article-text').waitFor();
    assert.ok((await page.locator('.analysis .article-text').innerText()).includes(PAYLOAD_IMG));
    assert.equal(await page.locator('main script, main img, main [onerror]').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned), undefined, 'a payload executed');
    assert.ok(!requests.some((u) => /\/x$/.test(u)), 'the <img src=x> was requested');

    // Phone width: the page does not scroll sideways (wide tables scroll inside their box).
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.url}#/events?dyad=JPN:RUS`);
    await page.locator('main table tbody tr').first().waitFor();
    const overflow = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return d.scrollWidth - d.clientWidth;
    });
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than a phone screen`);
    await page.goto(`${server.url}#/actor?actor=JPN`);
    await page.locator('.actor-events table tbody tr').first().waitFor();
    await page.locator('.actor-series .chart canvas').first().waitFor({ state: 'attached' });
    const actorOverflow = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return d.scrollWidth - d.clientWidth;
    });
    assert.ok(actorOverflow <= 1, `the actor timeline is ${actorOverflow}px wider than a phone screen`);

    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
