import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
import { comparisonKey } from '../src/article/normalise.js';

const SEED = readFileSync(new URL('../examples/kishida-russia-2022-01-12.txt', import.meta.url), 'utf8');
const LEDE = 'Japanese Prime Minister Fumio Kishida wants to hold a meeting with high-ranking Russian officials';

function count(haystack: string, needle: string): number {
  return haystack.toLowerCase().split(needle.toLowerCase()).length - 1;
}

test('seed: headline once, TOKYO dateline, Pakistan Point News publishing Sputnik, 2022-01-12', () => {
  const r = analyze(SEED);
  const a = r.article;
  assert.equal(r.text, SEED, 'the document text is the input exactly');
  assert.equal(a.headline, 'Japanese Prime Minister Wants To Hold Meeting With Russian Leadership - Reports');
  assert.deepEqual(a.headlineSpan, { start: 0, end: a.headline!.length });
  assert.equal(a.dateline?.place, 'TOKYO');
  assert.deepEqual(a.dateline?.outlets, ['Pakistan Point News', 'Sputnik']);
  assert.equal(a.dateline?.date, '2022-01-12');
  assert.equal(r.text.slice(a.dateline!.span!.start, a.dateline!.span!.end), 'TOKYO (Pakistan Point News / Sputnik - 12th January, 2022)');
  assert.equal(a.publisher, 'Pakistan Point News');
  assert.equal(a.origin, 'Sputnik');
  assert.equal(a.published, '2022-01-12');
  assert.ok(a.body.startsWith('TOKYO (Pakistan Point News / Sputnik - 12th January, 2022) Japanese Prime Minister'));
  assert.equal(count(a.body, LEDE), 1, 'the lede appears once in the body');
  assert.equal(count(a.body, 'Wants To Hold Meeting With Russian Leadership'), 0, 'the headline is not in the body');
  assert.deepEqual(a.removed.map((x) => x.reason), ['repeated-headline', 'repeated-lede']);
  assert.ok(a.body.endsWith('before the possible conclusion of a peace treaty.'));
});

test('seed: the body is derived from spans of the unchanged text', () => {
  const r = analyze(SEED);
  assert.equal(r.article.body, r.article.bodySpans.map((s) => r.text.slice(s.start, s.end)).join('\n\n'));
  for (const removal of r.article.removed) {
    assert.equal(comparisonKey(r.text.slice(removal.span.start, removal.span.end)), comparisonKey(r.text.slice(removal.duplicateOf.start, removal.duplicateOf.end)));
  }
});

test('seed: sentences start after the dateline and index the text', () => {
  const r = analyze(SEED);
  // The headline is one sentence of its own, first; then the body's 12.
  assert.deepEqual(r.sentences.filter((s) => s.headline).map((s) => [s.text, s.paragraph]), [[r.article.headline, -1]]);
  const body = r.sentences.filter((s) => !s.headline);
  assert.equal(body.length, 12);
  assert.ok(body[0]!.text.startsWith('Japanese Prime Minister Fumio Kishida wants'));
  assert.ok(body[0]!.text.endsWith('citing Japanese lawmaker Muneo Suzuki.'));
  for (const s of r.sentences) assert.equal(r.text.slice(s.start, s.end), s.text);
  assert.equal(count(body.map((s) => s.text).join(' '), LEDE), 1);
});

test('a paragraph that is merely similar is never dropped', () => {
  const text = [
    'Talks resume',
    'LONDON (Reuters) - Talks between the two sides resumed on Monday after a week-long pause, officials said.',
    'Talks between the two sides resumed on Tuesday after a week-long pause, officials said.',
    'Talks between the two sides resumed on Monday after a long pause, officials said.',
  ].join('\n\n');
  const r = analyze(text);
  assert.equal(r.article.removed.length, 0);
  assert.equal(r.article.bodySpans.length, 3);
});

test('repeats are compared without case, punctuation or spacing', () => {
  const text = [
    'Ministers Meet In Paris',
    'Ministers meet in  Paris!',
    'Foreign ministers met in Paris on Monday to discuss trade and security',
    'PARIS (AFP) - Foreign ministers met in Paris on Monday to discuss trade, and security.',
    'They will meet again next month, a spokesman said.',
    'They will meet again next month, a spokesman said.',
  ].join('\n\n');
  const r = analyze(text);
  assert.deepEqual(r.article.removed.map((x) => x.reason), ['repeated-headline', 'repeated-lede', 'repeated-paragraph']);
  assert.equal(r.article.publisher, 'AFP');
  assert.equal(r.article.origin, 'AFP');
  assert.equal(r.article.bodySpans.length, 2);
});

test('front matter between headline and dateline stays out of the body', () => {
  const text = [
    'Kishida, Putin Agree To Talk',
    'By A Reporter | Thu 07th October 2021 | 04:03 PM',
    'TOKYO (UrduPoint News / Sputnik - 07th October, 2021) Japanese Prime Minister Fumio Kishida and Russian President Vladimir Putin spoke by phone on Thursday.',
  ].join('\n');
  const r = analyze(text);
  assert.equal(r.article.frontMatter.length, 1);
  assert.equal(r.article.publisher, 'UrduPoint News');
  assert.equal(r.article.origin, 'Sputnik');
  assert.equal(r.article.published, '2021-10-07');
  assert.ok(r.article.body.startsWith('TOKYO (UrduPoint News'));
});

test('published comes from the input, then the page, then the dateline; disagreements are warned', () => {
  const text = 'Headline here\n\nTOKYO (Pakistan Point News / Sputnik - 12th January, 2022) Something happened today in Tokyo.';
  assert.equal(analyze({ text, date: '2022-01-13' }).article.published, '2022-01-13');
  const far = analyze({ text, date: '2022-03-01' });
  assert.equal(far.article.published, '2022-03-01');
  assert.ok(far.warnings.some((w) => w.code === 'date-mismatch'));
  assert.equal(analyze(text).article.published, '2022-01-12');
});

test('a dateline without a year takes the year from the input date', () => {
  const r = analyze({ text: 'Ohio Edison results\n\nCLEVELAND, Feb 26 - Ohio Edison Co said its profit rose.', date: '1987-02-26' });
  assert.equal(r.article.dateline?.place, 'CLEVELAND');
  assert.equal(r.article.dateline?.date, '1987-02-26');
  const noDate = analyze('Ohio Edison results\n\nCLEVELAND, Feb 26 - Ohio Edison Co said its profit rose.');
  assert.equal(noDate.article.dateline?.date, null);
  assert.equal(noDate.article.published, null);
  assert.ok(noDate.warnings.some((w) => w.code === 'dateline-date-without-year'));
  assert.ok(noDate.warnings.some((w) => w.code === 'no-date'));
});

test('a title given with the input is matched against the first line', () => {
  const withTitle = analyze({ text: 'CLEVELAND, Feb 26 - Ohio Edison Co said its profit rose.', title: 'OHIO EDISON PROFIT UP', date: '1987-02-26' });
  assert.equal(withTitle.article.headline, 'OHIO EDISON PROFIT UP');
  assert.equal(withTitle.article.headlineSpan, null);
  assert.equal(withTitle.sentences.length, 1);
  const matching = analyze({ text: 'Ohio Edison profit up\n\nCLEVELAND, Feb 26 - Ohio Edison Co said its profit rose.', title: 'Ohio Edison Profit Up' });
  assert.deepEqual(matching.article.headlineSpan, { start: 0, end: 21 });
});

test('HTML: text is the extracted text, metadata fills headline, date and publisher', () => {
  const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that the negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`);
  const html = `<!doctype html><html lang="en"><head><title>Talks go on | Example News</title>
    <meta property="og:title" content="Talks go on">
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2023-05-02T23:30:00+09:00">
    </head><body><nav><a href="/">Home</a></nav><article><h1>Talks go on</h1>
    <p>GENEVA (Reuters) - Negotiators met again on Tuesday, officials said, and will meet again next week.</p>
    ${paragraphs.join('\n')}</article><footer>Copyright</footer></body></html>`;
  const r = analyze({ html, url: 'https://news.example/talks' });
  assert.equal(r.input.format, 'html');
  assert.equal(r.article.headline, 'Talks go on');
  assert.equal(r.text.slice(r.article.headlineSpan!.start, r.article.headlineSpan!.end), 'Talks go on');
  assert.equal(r.article.published, '2023-05-02');
  assert.equal(r.article.publisher, 'Example News');
  assert.equal(r.article.origin, 'Reuters');
  assert.equal(r.article.dateline?.place, 'GENEVA');
  assert.equal(r.article.url, 'https://news.example/talks');
  assert.ok(!r.article.body.includes('Home'));
  assert.ok(!r.article.body.includes('Copyright'));
  assert.equal(r.article.bodySpans.length, 5);
});

test('a byline date in the front matter dates the article and gives a year-less dateline its year', () => {
  const text = [
    'Leaders speak by phone',
    'WIRE | Updated: 08-10-2021 11:48 IST',
    'Tokyo (Japan), October 8 (ANI/Sputnik): The two leaders spoke by phone on Thursday, officials said.',
  ].join('\n\n');
  const r = analyze(text);
  assert.equal(r.article.dateline?.date, '2021-10-08', 'day-first reading chosen because the dateline says October 8');
  assert.equal(r.article.published, '2021-10-08');
  const ambiguous = analyze(text.replace('October 8', 'October 9'));
  assert.equal(ambiguous.article.published, null, 'an ambiguous numeric date the dateline does not settle is not guessed');
  const written = analyze(text.replace('Updated: 08-10-2021 11:48 IST', 'Published October 7, 2021 | 12:10 PM'));
  assert.equal(written.article.published, '2021-10-08');
  assert.equal(written.article.dateline?.date, '2021-10-08');
});

test('a paragraph that recurs apart from its first copy is content, not a scraping repeat', () => {
  const text = [
    'Meal plan for the week',
    'Here is a plan of meals for a week of training, with portions for each meal.',
    'Portion: 1 green, 1 red, 1 yellow container',
    'Breakfast is oats with berries and a spoon of nut butter.',
    'Portion: 1 green, 1 red, 1 yellow container',
    'Lunch is a salad of chicken, greens and beans.',
  ].join('\n\n');
  const r = analyze(text);
  assert.deepEqual(r.article.removed, []);
  assert.equal(r.article.bodySpans.length, 5);
});

test('the lede repeated after the body starts is dropped, without a dateline too', () => {
  const text = [
    'Ministers meet',
    'Foreign ministers met in Paris on Monday to discuss trade and security.',
    'They will meet again next month, a spokesman said.',
    'Foreign ministers met in Paris on Monday to discuss trade and security.',
  ].join('\n\n');
  const r = analyze(text);
  assert.deepEqual(r.article.removed.map((x) => x.reason), ['repeated-lede']);
  assert.equal(r.article.bodySpans.length, 2);
});
