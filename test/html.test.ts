import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/ingest/html.js';
import { InputError } from '../src/ingest/errors.js';

const PARAGRAPHS = [
  'GENEVA (Reuters) - Delegates from forty countries met on Tuesday to discuss the future of the river basin, which feeds several million farmers downstream.',
  'The talks, which began in the morning and ran late into the evening, ended without an agreement on how the water should be shared between the upstream states.',
  'Officials said they would meet again in March, and that a technical committee would prepare proposals for the next session in the meantime.',
  'Observers noted that the mood in the room had improved since the last round, when two delegations walked out before the final statement was read.',
];

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

const article = (extra = '', inBody = '') => `
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
  <article>
    <header><h1>River talks end without a deal</h1><p class="byline">By Jane Roe</p></header>
    ${extra}
    <div class="story-body">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}${inBody}</div>
  </article>
  <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>`;

test('reads title, date, site name and byline from og: and article: metadata', () => {
  const html = page(
    `<title>River talks | Example</title>
     <meta property="og:title" content="River talks end without a deal">
     <meta property="og:site_name" content="Example News">
     <meta property="article:published_time" content="2024-03-05T10:00:00Z">
     <meta name="author" content="Jane Roe">`,
    article(),
  );
  const { page: meta, text, body } = extractHtml('og.html', html);
  assert.equal(meta.title, 'River talks end without a deal');
  assert.equal(meta.siteName, 'Example News');
  assert.equal(meta.date, '2024-03-05T10:00:00Z');
  assert.equal(meta.byline, 'Jane Roe');
  assert.equal(meta.lang, 'en');
  assert.ok(text.startsWith('River talks end without a deal\n\n'));
  assert.ok(body.startsWith('GENEVA (Reuters)'), 'the body starts with the dateline, not the headline or byline');
});

test('reads metadata from JSON-LD, and the date from a time tag when nothing else gives it', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Ignored Site' },
      {
        '@type': 'NewsArticle',
        headline: 'River talks end without a deal',
        datePublished: '2024-03-05',
        author: { '@type': 'Person', name: 'Jane Roe' },
        publisher: { '@type': 'Organization', name: 'Example News' },
      },
    ],
  };
  const fromLd = extractHtml('ld.html', page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, article()));
  assert.equal(fromLd.page.title, 'River talks end without a deal');
  assert.equal(fromLd.page.date, '2024-03-05');
  assert.equal(fromLd.page.byline, 'Jane Roe');
  assert.equal(fromLd.page.siteName, 'Example News');

  const fromTime = extractHtml('time.html', page('', article('<p><time datetime="2024-03-06T08:30:00Z">6 March 2024</time></p>')));
  assert.equal(fromTime.page.date, '2024-03-06T08:30:00Z');
});

test('keeps paragraphs as separate paragraphs and line breaks as lines', () => {
  const html = page('<meta property="og:title" content="River talks end without a deal">', article('', '<p>The statement read, in part:<br>We remain committed to a fair and lasting settlement of the question.</p>'));
  const { body } = extractHtml('paras.html', html);
  const paragraphs = body.split('\n\n');
  for (const p of PARAGRAPHS) assert.ok(paragraphs.includes(p), `paragraph kept whole: ${p.slice(0, 30)}`);
  assert.ok(paragraphs.includes('The statement read, in part:\nWe remain committed to a fair and lasting settlement of the question.'));
  assert.ok(!body.includes('Home'), 'navigation is not article text');
  assert.ok(!body.includes('Copyright 2024'), 'the page footer is not article text');
});

test('script, style and noscript content never appears in the text', () => {
  const html = page(
    '<style>body { color: red } .secret-style {}</style><script>var secretHead = 1;</script>',
    article(`<script>window.secretInline = "do not show";</script><style>.secret-inline-style{}</style>
      <noscript>Enable JavaScript secretly</noscript>`),
  );
  const { text } = extractHtml('script.html', html);
  for (const leak of ['secretHead', 'secretInline', 'secret-style', 'secret-inline-style', 'Enable JavaScript', 'color: red']) {
    assert.ok(!text.includes(leak), `leaked: ${leak}`);
  }
  assert.ok(text.includes(PARAGRAPHS[1]!));
});

test('drops figure captions and share bars inside the article', () => {
  const html = page(
    '',
    article(`<figure><img src="x.jpg"><figcaption>Delegates arrive at the conference centre. Photo: Example</figcaption></figure>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>`),
  );
  const { body } = extractHtml('figure.html', html);
  assert.ok(!body.includes('Delegates arrive'));
  assert.ok(!body.includes('Share on'));
});

test('keeps a quoted tweet that sits in a social-embed wrapper', () => {
  const tweet = `<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">The river belongs to all of us, said the minister today.</p>— Some Minister (@minister) <a href="https://twitter.com/x/status/1">March 5, 2024</a></blockquote></div>`;
  const body = `<article><div class="story-body">${PARAGRAPHS.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${tweet}${PARAGRAPHS.slice(2).map((p) => `<p>${p}</p>`).join('')}</div></article>`;
  const { body: text } = extractHtml('tweet.html', page('', body));
  assert.ok(text.includes('The river belongs to all of us'));
});

test('a page with no article throws InputError', () => {
  const html = page('<title>Menu</title>', '<nav><a href="/">Home</a> <a href="/about">About</a></nav><p>Hi.</p>');
  assert.throws(() => extractHtml('empty.html', html), InputError);
  assert.throws(() => extractHtml('blank.html', ''), InputError);
});
