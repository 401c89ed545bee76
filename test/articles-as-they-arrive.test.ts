import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { walkRecords } from '../src/ingest/walk.js';
import { decodeText } from '../src/ingest/decode.js';
import { toAnalyzeInput } from '../src/ingest/records.js';

// Made-up texts of each kind the issue names (headline coding, one-line input, title-only records, labels,
// front matter, encodings). None is a real article.

type Ev = { code: string; source: { actor: string | null }; target: { actor: string | null }; modality: string; sentence: number; mentions?: { sentence: number }[] };
const events = (r: ReturnType<typeof analyze>) => r.events as Ev[];

test('one line of text is body, not a headline: it is coded', () => {
  const r = analyze('Japan and Russia signed a peace treaty on Monday.');
  assert.equal(r.article.headline, null);
  assert.equal(r.sentences.length, 1);
  assert.ok(events(r).some((e) => e.code === '057' && e.source.actor === 'JPN' && e.target.actor === 'RUS'));
  assert.ok(r.warnings.some((w) => w.code === 'no-headline'));
});

test('a JSON record with one sentence and no title is body too; an explicit title decides, even ""', () => {
  const one = analyze(toAnalyzeInput({ text: 'Japan and Russia signed a peace treaty on Monday.' }, 'x.jsonl:1'));
  assert.equal(one.article.headline, null);
  assert.ok(events(one).length > 0);
  const empty = analyze({ text: 'Talks in Tokyo\n\nJapan and Russia signed a peace treaty on Monday.', title: '' });
  assert.equal(empty.article.headline, null);
  assert.equal(empty.article.bodySpans.length, 2, 'with title "" the first line is body');
});

test('a first line ending in a full stop is body; a headline ending in "U.S." is still a headline', () => {
  const body = analyze('Japan and Russia signed a peace treaty on Monday in Moscow.\n\nThe treaty ends a dispute over islands, officials said.');
  assert.equal(body.article.headline, null);
  assert.equal(body.article.bodySpans.length, 2);
  const headline = analyze('Japan rejects accusation by the U.S.\n\nJapan rejected on Monday an accusation made by the United States, officials said.');
  assert.equal(headline.article.headline, 'Japan rejects accusation by the U.S.');
});

test('the headline is coded, and an event it shares with the lede is one event with both mentions', () => {
  const r = analyze('Japan and Russia signed peace treaty\n\nTOKYO (Kyodo) - Japan and Russia signed a peace treaty on Monday, officials said.\n\nThe treaty ends a long dispute.', { name: 't' });
  const headlineSentences = r.sentences.map((s, i) => (s.headline ? i : -1)).filter((i) => i >= 0);
  assert.equal(headlineSentences.length, 1);
  const signed = events(r).filter((e) => e.code === '057' && e.source.actor === 'JPN' && e.target.actor === 'RUS');
  assert.equal(signed.length, 1, 'one event, not two');
  assert.deepEqual(signed[0]!.mentions!.map((m) => m.sentence).sort(), [headlineSentences[0], signed[0]!.sentence].sort());
  // (The lede is the body's first two paragraphs: a first paragraph with no event of its own, the act in the second.)
  const second = analyze('Japan vows to sign peace treaty with Russia\n\nIn a speech to parliament, the new leader repeated his commitment.\n\n"Japan will sign a peace treaty with Russia," Prime Minister Fumio Kishida said.', { name: 't' });
  assert.equal(events(second).filter((e) => e.code.startsWith('03') && e.target.actor?.startsWith('RUS')).length, 1, 'one intention, not two');
  // (Not an act the lede dates to another day: "signed in 1956".)
  const earlier = analyze('Japan and China signed peace treaty\n\nTOKYO, Jan 12, 2022 (Kyodo) - Japan and China signed a peace treaty in 1978, officials recalled on Monday.');
  assert.equal(events(earlier).filter((e) => e.code === '057' && e.source.actor === 'JPN').length, 2);
  // A headline event the lede does not share stays an event of its own.
  const own = analyze('Japan criticized China over islands\n\nTOKYO (Kyodo) - The weather in Tokyo was mild on Monday.');
  assert.ok(events(own).some((e) => e.sentence === 0 && e.source.actor === 'JPN' && e.target.actor === 'CHN' && !e.mentions));
});

test('a title-only record is a headline-only article, not an error', () => {
  const input = toAnalyzeInput({ id: 'b1', title: 'Japan and Russia signed peace treaty', date: '2022-01-12' }, 'x.jsonl:2');
  const r = analyze(input);
  assert.equal(r.article.headline, 'Japan and Russia signed peace treaty');
  assert.equal(r.article.body, '');
  assert.ok(events(r).some((e) => e.code === '057'));
  assert.throws(() => toAnalyzeInput({ id: 'b2', title: '  ' }, 'x.jsonl:3'), /no "text" or "html"/);
});

test('labels are front matter, never datelines; the rest of the line is the headline', () => {
  const r = analyze('BREAKING: Japan and Russia agree truce\n\nTOKYO (Kyodo) - Japan and Russia agreed a truce on Monday, officials said.');
  assert.equal(r.article.headline, 'Japan and Russia agree truce');
  assert.equal(r.article.dateline?.place, 'TOKYO');
  assert.deepEqual(r.article.frontMatter.map((f) => [f.kind, f.value]), [['label', 'BREAKING']]);
  const wire = analyze({ text: 'ECONOMIC SPOTLIGHT - ACME BANK\nNEW YORK, March 3 - Acme Bank said profits rose sharply.', date: '1987-03-03' });
  assert.equal(wire.article.headline, 'ACME BANK');
  assert.equal(wire.article.dateline?.place, 'NEW YORK');
  const ticker = analyze({ text: 'ZX-40 CO <ZXC> 2ND QTR NET\nSAN DIEGO, March 3 - Shr 20 cts vs 18 cts.', date: '1987-03-03' });
  assert.equal(ticker.article.headline, 'ZX-40 CO <ZXC> 2ND QTR NET');
  assert.equal(ticker.article.dateline?.place, 'SAN DIEGO');
});

test('date lines, agency lines and bylines before the body are read; a dateline after them is found', () => {
  const text = [
    'Ministers meet in Lima',
    'World | 3 June 2016, Friday // 09:12',
    'Associated Press',
    'LIMA, Peru \u2014 Foreign ministers met in Lima on Friday to discuss trade, officials said.',
  ].join('\n\n');
  const r = analyze(text);
  assert.equal(r.article.published, '2016-06-03');
  assert.equal(r.article.origin, 'Associated Press');
  assert.equal(r.article.dateline?.place, 'LIMA');
  assert.deepEqual(r.article.frontMatter.map((f) => f.kind), ['date', 'agency']);

  const noDateline = analyze(['Storm hits coast', 'Source: IANS', 'Updated: 21-11-2021 08:40 IST | Created: 20-11-2021 21:10 IST', 'A storm hit the coast on Saturday, officials said, and thousands of people were moved to shelters.'].join('\n\n'));
  assert.equal(noDateline.article.origin, 'IANS');
  assert.equal(noDateline.article.published, '2021-11-20', 'the Created date, not the Updated one');
  assert.ok(noDateline.article.body.startsWith('A storm hit'));

  const byline = analyze(['Plant opens', 'By Jane Roe, AP Business Writer', 'Posted at 9:40 a.m. EST Monday, March 5, 2001', 'A new plant opened on Monday in the city, its owners said, bringing 300 jobs.'].join('\n\n'));
  assert.equal(byline.article.byline, 'Jane Roe');
  assert.equal(byline.article.origin, 'AP');
  assert.equal(byline.article.published, '2001-03-05');
});

test('an ambiguous numeric date is read only when something settles its order, and the assumption is warned', () => {
  const settled = analyze(['Leaders speak', 'Updated: 08-10-2021 11:48 IST', 'Tokyo (Japan), October 8 (ANI/Sputnik): The leaders spoke by phone on Thursday.'].join('\n\n'));
  assert.equal(settled.article.published, '2021-10-08');
  assert.ok(settled.warnings.some((w) => w.code === 'date-order-assumed' && /day first/.test(w.message)));
  const open = analyze(['Leaders speak', 'Updated: 08-10-2021 11:48 IST', 'The leaders spoke by phone on Thursday, officials in both capitals said after the call.'].join('\n\n'));
  assert.equal(open.article.published, null);
});

test('--encoding latin1 over a folder: valid UTF-8 files stay UTF-8, the others take the named encoding', async () => {
  const dir = join(import.meta.dirname, 'fixtures', 'encodings');
  const texts = new Map<string, string>();
  for await (const item of walkRecords([dir], { encoding: 'latin1' })) {
    assert.ok('input' in item, `no error expected for ${item.name}`);
    texts.set(item.name.replace(/.*\//, ''), item.input.text!);
  }
  assert.ok(texts.get('utf8.txt')!.includes('\u00a325,000'));
  assert.ok(!texts.get('utf8.txt')!.includes('\u00c2'));
  assert.ok(texts.get('latin1.txt')!.startsWith('Caf\u00e9 owners'));
  // The same bytes without --encoding: the Latin-1 file is refused as invalid UTF-8, naming it.
  assert.throws(() => decodeText('latin1.txt', readFileSync(join(dir, 'latin1.txt'))), /latin1\.txt.*not valid UTF-8/);
});

test('a title-case dateline is read where the body begins when its place is known or has a region', () => {
  const known = analyze('Teachers rally\n\nNairobi \u2013 Several thousand teachers rallied outside parliament on Tuesday, organisers said.');
  assert.equal(known.article.dateline?.place, 'Nairobi');
  const region = analyze('Team wins\n\nSpringdale, Ill. \u2014 The home team won its fifth game in a row on Tuesday night, its coach said.');
  assert.equal(region.article.dateline?.place, 'Springdale');
  const sentence = analyze('Minister speaks\n\nKishida \u2014 who took office this week \u2014 spoke to reporters in the capital on Friday.');
  assert.equal(sentence.article.dateline, null, 'a name that is not a place opens a sentence, not a dateline');
});

test('under an agency credit, a title-case place the gazetteer does not know opens the body as a dateline', () => {
  const story = (credit: string, opening: string) =>
    `Teachers rally\n\n${credit}Published 11:34 PM EST Nov 19, 2019\n\n${opening} Several thousand teachers rallied outside the statehouse on Tuesday, organisers said.\n\n` +
    'The rally was the largest of its kind in the state for many years, the union said in a statement.\n\n' +
    'Teachers hold signs at the rally outside the statehouse, Tuesday, Nov. 19, 2019.\n\nJohn Doe, AP\n\n' +
    'Lawmakers said they would consider the demands when the session begins in January, a spokesman said.';
  const wire = analyze(story('Jane Roe Associated Press\n\n', 'Springvale \u2013'));
  assert.equal(wire.article.dateline?.place, 'Springvale');
  assert.equal(wire.article.origin, 'Associated Press');
  assert.ok(wire.article.body.startsWith('Springvale \u2013 Several thousand'), 'the lede is body, though a caption and its credit follow it');
  assert.equal(analyze(story('', 'Springvale \u2013')).article.dateline, null, 'with no agency credited, an unknown place needs a region');
  assert.equal(analyze(story('Jane Roe Associated Press\n\n', 'Springvale \u2013 who')).article.dateline, null, 'a lower-case word after the dash continues a sentence');
});

test('HTML: the date and credit lines a page prints around its headline are read; the site name comes from the title when missing', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const html = `<!doctype html><html><head><title>Talks go on - The Daily Example</title>
    <meta property="article:published_time" content="2019-11-20T04:30:00Z"></head>
    <body><header><a href="/">Home</a></header><main><h1>Talks go on</h1>
    <div class="byline">Jane Roe, AP Diplomatic Writer</div><div class="date">Posted Nov. 19, 2019 11:30 pm ET</div>
    <article>${body}</article></main><footer>Copyright</footer></body></html>`;
  const r = analyze({ html });
  assert.deepEqual(r.page?.printed?.slice(0, 2), ['Jane Roe, AP Diplomatic Writer', 'Posted Nov. 19, 2019 11:30 pm ET']);
  assert.equal(r.article.published, '2019-11-19', 'the printed day, not the UTC day of the timestamp');
  assert.equal(r.article.origin, 'AP');
  assert.equal(r.article.publisher, 'The Daily Example');
});

test('HTML: a credit line the page prints above its article gives the dateline, with no span (it is not in the text)', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const page = (credit: string) => `<!doctype html><html><head><title>Talks go on - The Daily Example</title></head>
    <body><main><h1>Talks go on</h1><div class="credit">${credit}</div><div>Share via</div>
    <article>${body}</article></main></body></html>`;
  const wire = analyze({ html: page('Reuters, Nairobi, Nov 20 2019, 11:06am ist') });
  assert.equal(wire.article.dateline?.place, 'Nairobi');
  assert.equal(wire.article.dateline?.span, undefined);
  assert.equal(wire.article.origin, 'Reuters');
  assert.ok(!wire.text.includes('Reuters, Nairobi'), 'the credit line is not part of the text');
  assert.equal(analyze({ html: page('Nairobi, Example News Bureau | Updated : 19 November 2019') }).article.dateline?.place, 'Nairobi');
  assert.equal(analyze({ html: page('Jane Roe, Staff Writer') }).article.dateline, null, 'a byline is not a credit dateline');
});

test('HTML: a printed day without a year takes the page\'s year; the printed day nearest the timestamp is taken', () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const page = (time: string, printed: string, lede = '') => `<!doctype html><html><head><title>Talks go on - The Daily Example</title>
    <meta property="article:published_time" content="${time}"></head>
    <body><main><h1>Talks go on</h1><div class="date">${printed}</div>
    <article>${lede}${body}</article></main></body></html>`;
  const yearless = analyze({ html: page('2019-11-19T01:19:34Z', 'Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM') });
  assert.equal(yearless.article.published, '2019-11-18', 'the printed day of posting, in the year of the timestamp');
  const later = analyze({ html: page('2018-09-15', 'By admin - 2018-09-16', '<p>Festival opens 29 November 2018</p>') });
  assert.equal(later.article.published, '2018-09-16', 'a printed day within a day of the timestamp, though another date comes first');
});

test("HTML: a site name that is a place is a section's name, not the site's", () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const html = (site: string) => `<!doctype html><html><head><title>Talks go on</title><meta property="og:site_name" content="${site}"></head>
    <body><main><h1>Talks go on</h1><article>${body}</article></main></body></html>`;
  assert.equal(analyze({ html: html('Kenya'), url: 'https://www.bbc.co.uk/news/talks-go-on' }).article.publisher, 'BBC');
  assert.equal(analyze({ html: html('The Daily Example'), url: 'https://www.bbc.co.uk/news/talks-go-on' }).article.publisher, 'The Daily Example');
});

test("HTML: a long picture caption between the headline and the date line does not end the page's printed lines", () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const caption = 'Negotiators arrive for the second day of talks at the harbour authority offices, Tuesday, Nov. 19, 2019, as protesters gather outside the building and police close the surrounding streets to traffic (Photo/Jane Roe)';
  const html = `<!doctype html><html><head><title>Talks go on</title><meta property="article:published_time" content="2019-11-20T02:59:46+00:00"></head>
    <body><main><h1>Talks go on</h1><div>Share this:</div><figure>${caption}</figure><div>By John Doe</div>
    <div>PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm</div>
    <article>${body}</article></main></body></html>`;
  const r = analyze({ html });
  assert.ok(r.page?.printed?.includes('By John Doe'));
  assert.equal(r.article.published, '2019-11-19', 'the printed day, not the UTC day of the timestamp');
});

test("HTML: the day on the byline's line is the story's, over another printed day and over a timestamp of another day", () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const page = (time: string, lines: string[]) => `<!doctype html><html><head><title>Talks go on</title>${time ? `<meta property="article:published_time" content="${time}">` : ''}</head>
    <body><main><h1>Talks go on</h1>${lines.map((l) => `<div>${l}</div>`).join('')}<article>${body}</article></main></body></html>`;
  const quoted = analyze({ html: page('', ['— Jane Roe on Sunday, October 13th, 2019 in a speech', 'By John Doe , Mary Major on Monday, November 18th, 2019 at 11:08 a.m.']) });
  assert.equal(quoted.article.published, '2019-11-18', "the byline's day, not the day of the quoted claim above it");
  const modified = analyze({ html: page('2018-10-07T09:00:35-08:00', ['November 12, 2018 | BY: Harbour Kitchen']) });
  assert.equal(modified.article.published, '2018-11-12');
  assert.equal(modified.article.byline, 'Harbour Kitchen');
  const updated = analyze({ html: page('2018-10-07T09:00:35-08:00', ['By John Doe | Updated November 12, 2018']) });
  assert.equal(updated.article.published, '2018-10-07', 'a day marked as an update does not replace the timestamp');
});

test('a Reuters record with no text at all is passed over; a BRIEF one is a headline-only article', async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'annals-brief-'));
  try {
    writeFileSync(
      join(dir, 'reut2-000.sgm'),
      `<REUTERS NEWID="1"><DATE> 3-APR-1987 07:09:06.48</DATE><TEXT TYPE="UNPROC">&#2;\n&#3;\n</TEXT></REUTERS>\n` +
        `<REUTERS NEWID="2"><DATE> 3-APR-1987 07:10:06.48</DATE><TEXT TYPE="BRIEF">&#2;\n<TITLE>ACME CORP SETS DIVIDEND</TITLE>\n</TEXT></REUTERS>\n`,
    );
    const items = [];
    for await (const item of walkRecords([dir])) items.push(item);
    assert.equal(items.length, 1);
    const brief = items[0]!;
    assert.ok('input' in brief);
    const r = analyze(brief.input);
    assert.equal(r.article.headline, 'ACME CORP SETS DIVIDEND');
    assert.equal(r.article.published, '1987-04-03');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a dateline that gives its date first and the place in brackets', () => {
  const r = analyze('Talks go on\n\nMay 9, 2012 (NAIROBI) \u2013 Officials met on Monday to discuss the crisis, a spokesman said.');
  assert.equal(r.article.dateline?.place, 'NAIROBI');
  assert.equal(r.article.published, '2012-05-09');
  assert.equal(r.text.slice(r.article.dateline!.placeSpan!.start, r.article.dateline!.placeSpan!.end), 'NAIROBI');
  assert.ok(r.sentences[1]!.text.startsWith('Officials met'));
});

test("a URL's host names the publisher when nothing else does; a wire dateline's outlet stays the origin", () => {
  const r = analyze({ text: 'Talks go on\n\nWASHINGTON (Reuters) - Officials met on Monday to discuss the crisis, a spokesman said.', url: 'https://edition.cnn.com/2022/01/12/talks.html' });
  assert.equal(r.article.publisher, 'CNN');
  assert.equal(r.article.origin, 'Reuters');
  const none = analyze({ text: 'Talks go on\n\nWASHINGTON (Reuters) - Officials met on Monday to discuss the crisis, a spokesman said.', url: 'https://example.org/talks' });
  assert.equal(none.article.publisher, 'Reuters', 'an unknown host: the wire dateline names the outlet, as before');
});
