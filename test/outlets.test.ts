import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import { isMediaGroup, knownOutlet, parseGroupRows, parseOutletRows } from '../src/article/outlets.js';
import { outletOfUrl } from '../src/article/outlet-hosts.js';
import { copyrightHolder } from '../src/article/back-matter.js';

// Made-up pages as a user copies them (the headline, the body, the footer), read with the outlets data:
// data/lexicon/news-outlets.tsv (names, aliases, hosts) and data/lexicon/media-groups.tsv (owners of outlets).

const BODY = [
  'The harbour authority said on Tuesday that the new ferry line would open in the spring after two years of delays.',
  'Officials told reporters that the budget had been approved by the city council and that tickets would go on sale soon.',
];

function page(front: string[], back: string[]): string {
  return ['Ferry line to open in spring after delays', ...front, ...BODY, ...back].join('\n\n');
}

function article(text: string, url?: string) {
  return analyze(url ? { id: 't', text, url } : { id: 't', text }, { code: false }).article;
}

test('the outlets data loaders reject a bad row, naming the file and line', () => {
  assert.throws(() => parseOutletRows([{ cells: ['Harbour Daily', 'www.harbourdaily.com'], line: 4 }], 'outlets.tsv'), /outlets\.tsv:4: .*host/);
  assert.throws(() => parseOutletRows([{ cells: ['Harbour Daily', 'Harbour.com'], line: 5 }], 'outlets.tsv'), /outlets\.tsv:5:/);
  assert.throws(() => parseOutletRows([{ cells: ['', 'harbour.com'], line: 6 }], 'outlets.tsv'), /outlets\.tsv:6: an outlet needs a name/);
  assert.throws(() => parseOutletRows([{ cells: ['Harbour Daily'], line: 1 }, { cells: ['Harbour Daily'], line: 2 }], 'outlets.tsv'), /outlets\.tsv:2: .*twice/);
  assert.throws(() => parseGroupRows([{ cells: ['2019'], line: 9 }], 'groups.tsv'), /groups\.tsv:9: a media group needs a name/);
  assert.deepEqual(parseOutletRows([{ cells: ['Harbour Daily', 'harbourdaily.com|hd.news', 'HD|The Harbour'], line: 3 }]), [{ name: 'Harbour Daily', hosts: ['harbourdaily.com', 'hd.news'], aliases: ['HD', 'The Harbour'] }]);
});

test("a host of news-outlets.tsv names the publisher; a listed subdomain is its own outlet's", () => {
  assert.equal(outletOfUrl('https://www.usatoday.com/story/news/2019/11/19/ferry/'), 'USA Today');
  assert.equal(outletOfUrl('https://profootballtalk.nbcsports.com/2019/11/19/ferry/'), 'ProFootballTalk');
  assert.equal(outletOfUrl('https://www.nbcsports.com/ferry'), 'NBC Sports');
  assert.equal(article(page([], []), 'https://techcrunch.com/2019/11/19/ferry/').publisher, 'TechCrunch');
});

test("an outlet of news-outlets.tsv alone on a line above the body is the publisher; a word is not an outlet's name", () => {
  assert.equal(article(page(['USA TODAY', 'Published 10:02 AM EST Nov 19, 2019'], [])).publisher, 'USA TODAY');
  assert.equal(knownOutlet('USA TODAY'), 'USA Today');
  assert.equal(knownOutlet('News'), null, '"The News" is an outlet, "News" a word');
  assert.equal(article(page(['News', 'Published 10:02 AM EST Nov 19, 2019'], [])).publisher, null);
  assert.equal(article(page(['Science', 'Published 10:02 AM EST Nov 19, 2019'], [])).publisher, null, "a section's label, though an outlet is called so");
});

test("a media group's copyright names the owner: the page's own name comes first", () => {
  assert.ok(isMediaGroup('Vox Media, LLC'));
  assert.ok(isMediaGroup('NBC UNIVERSAL'));
  assert.ok(!isMediaGroup('Harbour Daily'));
  assert.equal(copyrightHolder('© 2019 Vox Media, LLC. All Rights Reserved')?.name, 'Vox Media', "a group's name is kept whole, not cut to an outlet's");
  assert.equal(article(page([], ['Harbour Daily App', '© 2019 NBC UNIVERSAL'])).publisher, 'Harbour Daily');
  assert.equal(article(page([], ['© 2019 Gannett'])).publisher, 'Gannett', 'the owner when the page names nothing else');
});

test("a known outlet's name alone on a footer line names the page; outlets listed line after line are a group's other sites", () => {
  const own = article(page([], ['Harbour Daily App', 'Fox Business', 'Terms of Use', '© 2019 FOX News Network, LLC. All rights reserved.']));
  assert.equal(own.publisher, 'Fox Business');
  const sisters = article(page([], ['Our sites', 'News18', 'Firstpost', 'CNBC TV18', 'Harbour Daily App']));
  assert.equal(sisters.publisher, 'Harbour Daily', 'a list of outlets names none of them the publisher');
  assert.equal(knownOutlet('» News'), null, "a menu's mark and a word are no outlet's name");
});

test("a footer's site map link at a known outlet's domain names that outlet", () => {
  assert.equal(article(page([], ['About', 'Harbourdaily.COM Site Map', 'Harbourdaily.COM Site Map'])).publisher, 'Harbourdaily.COM');
  assert.equal(article(page([], ['About', 'NBCNews.COM Site Map', 'Advertise', '© 2019 NBC UNIVERSAL'])).publisher, 'NBC News');
});

function htmlPage(head: string, credit: string): string {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  return `<!doctype html><html><head>${head}</head>
    <body><main><h1>Talks go on</h1><div class="credit">${credit}</div><div>Share via</div>
    <article>${body}</article></main></body></html>`;
}

test('HTML: a site name written as a slug or a handle gives way to the name the page writes for it', () => {
  const ld = (name: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks go on","publisher":{"@type":"Organization","name":"${name}"}}</script>`;
  const slug = analyze({ html: htmlPage(`<title>Talks go on</title><meta property="og:site_name" content="harbourdaily">${ld('The Harbour Daily')}`, 'Jane Roe') });
  assert.equal(slug.article.publisher, 'The Harbour Daily');
  const title = analyze({ html: htmlPage('<title>Talks go on - harbour.com</title><meta property="og:site_name" content="harbour">', 'Jane Roe') });
  assert.equal(title.article.publisher, 'harbour.com');
  const handle = analyze({ html: htmlPage('<title>Talks go on</title><meta property="og:site_name" content="@harbourdaily">', 'Jane Roe') });
  assert.equal(handle.article.publisher, 'harbourdaily');
  const proper = analyze({ html: htmlPage(`<title>Talks go on</title><meta property="og:site_name" content="Harbour Daily">${ld('Coastline Media')}`, 'Jane Roe') });
  assert.equal(proper.article.publisher, 'Harbour Daily', 'a site name as the outlet writes it stays');
});

test("HTML: a subdomain's name or a media group's is not the site's name when the host names the outlet", () => {
  const hosted = analyze({ html: htmlPage('<title>Talks go on | Hosted</title><meta property="og:site_name" content="Hosted">', 'Jane Roe'), url: 'https://hosted.ap.org/article/talks' });
  assert.equal(hosted.article.publisher, 'Associated Press');
  const group = analyze({ html: htmlPage('<title>Talks go on</title><meta property="og:site_name" content="Gannett">', 'Jane Roe'), url: 'https://www.usatoday.com/story/talks' });
  assert.equal(group.article.publisher, 'USA Today');
});

test('a staff line ending with an outlet of several words credits the story to it', () => {
  const staff = article(page(['Jane Roe and John Doe Sioux Falls Argus Leader', 'Published 10:02 AM EST Nov 19, 2019'], []), 'https://www.usatoday.com/story/talks');
  assert.equal(staff.origin, 'Argus Leader', 'named as the outlets data names it');
  assert.equal(staff.publisher, 'USA Today');
});

test("footer lines of general kinds name the publisher or the story's origin", () => {
  const publisherOf = (line: string) => article(page([], ['Terms of Use', line])).publisher;
  assert.equal(publisherOf('Harbour Daily is an independent news site covering the northern coast.'), 'Harbour Daily');
  assert.equal(publisherOf('harbourdaily.co.uk features the latest ferry news and reviews every day'), 'harbourdaily.co.uk');
  assert.equal(publisherOf("Sign up for The Harbour Daily's newsletter"), 'Harbour Daily');
  assert.equal(publisherOf('Like Harbour Daily on Facebook'), 'Harbour Daily');
  assert.equal(publisherOf('Thanks for reading Harbour Daily.'), 'Harbour Daily');
  assert.equal(publisherOf('Donate to Harbour Daily'), 'Harbour Daily');
  assert.equal(publisherOf('Send news tips to Harbour Daily'), 'Harbour Daily');
  assert.equal(publisherOf('Harbour Daily Privacy Policy'), 'Harbour Daily');
  assert.equal(publisherOf('More stories from Harbour Daily'), 'Harbour Daily');
  assert.equal(publisherOf('New Privacy Policy'), null, '"New" is no name');
  const originOf = (line: string) => article(page([], ['About Northport Ledger', line])).origin;
  assert.equal(originOf('This article is republished from The Harbour Review under a Creative Commons license.'), 'The Harbour Review');
  assert.equal(originOf('A version of this story appeared in Harbour Weekly.'), 'Harbour Weekly');
  assert.equal(originOf('Story provided by Harbour Wire.'), 'Harbour Wire');
  assert.equal(originOf('Provided by University of Northport'), 'University of Northport');
});

test("an outlet the byline writes for names the publisher when the footer names only an owner or nothing", () => {
  const owner = article(page(['Jane Roe and John Doe Detroit Free Press', 'Published 10:02 AM EST Nov 19, 2019'], ['© 2019 Gannett. All rights reserved.']));
  assert.equal(owner.publisher, 'Detroit Free Press');
  const none = article(page(['Jane Roe and John Doe Detroit Free Press', 'Published 10:02 AM EST Nov 19, 2019'], []));
  assert.equal(none.publisher, 'Detroit Free Press');
  const own = article(page(['Jane Roe and John Doe Detroit Free Press', 'Published 10:02 AM EST Nov 19, 2019'], ['About Northport Ledger', '© 2019 Gannett. All rights reserved.']));
  assert.equal(own.publisher, 'Northport Ledger', "the page's own name in its footer comes first");
});

test("a notice without a copyright mark, a staff credit, an edition's link and an aggregator's 'Read more at' are read", () => {
  const publisherOf = (line: string) => article(page([], ['Terms of Use', line])).publisher;
  assert.equal(publisherOf('2019 Harbour Daily - All Rights Reserved'), 'Harbour Daily');
  assert.equal(publisherOf('Harbour Daily e-Edition'), 'Harbour Daily');
  assert.equal(publisherOf('Download Media Kit'), null, 'a verb of a link is no name');
  const staff = article(page(['By Harbour Daily Staff', 'Published November 19, 2019'], []));
  assert.equal(staff.publisher, 'Harbour Daily');
  const wire = article(page(['By Reuters Staff', 'Published November 19, 2019'], ['Northport Ledger App']));
  assert.equal(wire.origin, 'Reuters');
  assert.equal(wire.publisher, 'Northport Ledger', "an agency's staff credit is not the page's name");
  assert.equal(article(page([], ['About Northport Ledger', 'Read more at Harbour Weekly'])).origin, 'Harbour Weekly');
});

test("HTML: a news agency the page's metadata names as author or publisher is the story's origin", () => {
  const meta = analyze({ html: htmlPage('<title>Talks go on - Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"><meta name="author" content="Associated Press">', 'Harbour Daily') });
  assert.equal(meta.article.origin, 'Associated Press');
  assert.equal(meta.article.publisher, 'Harbour Daily');
  const ld = analyze({ html: htmlPage('<title>Talks go on - Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks go on","author":[{"@type":"Organization","name":"AFP"}]}</script>', 'Harbour Daily') });
  assert.equal(ld.article.origin, 'AFP');
  const writer = analyze({ html: htmlPage('<title>Talks go on - Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"><meta name="author" content="Jane Roe">', 'Harbour Daily') });
  assert.equal(writer.article.origin, 'Harbour Daily', "a writer's name credits no agency");
});

test("a syndicate's notice under the story names its origin, not the page's publisher", () => {
  const a = article(page([], ['About Northport Ledger', '©2019 Harbour Times. Visit at harbourtimes.com. Distributed by Tribune Content Agency, LLC.']));
  assert.equal(a.origin, 'Harbour Times');
  assert.equal(a.publisher, 'Northport Ledger');
});

test('dates written with the month between dashes, with CJK signs or with dots and spaces, and a "Date:" line after the body', () => {
  const dateOf = (front: string[], back: string[] = []) => article(page(front, back)).published;
  assert.equal(dateOf(['By Jane Roe', '19-Nov-2019 10:15 IST']), '2019-11-19');
  assert.equal(dateOf(['By Jane Roe', 'Nov-19-2019']), '2019-11-19');
  assert.equal(dateOf(['정덕현 기자', '2019년 11월 19일']), '2019-11-19');
  assert.equal(dateOf(['入力 2019年11月19日']), '2019-11-19');
  assert.equal(dateOf(['By Jane Roe', '2019. 11. 19. 10:15']), '2019-11-19');
  assert.equal(dateOf([], ['Date: November 19, 2019']), '2019-11-19');
});

test("only an owner named: the outlet its name opens with; an outlet's own name ending in a company word is the outlet's", () => {
  const publisherOf = (line: string) => article(page([], ['Terms of Use', line])).publisher;
  assert.equal(publisherOf('© 2019 NBC UNIVERSAL'), 'NBC');
  assert.equal(publisherOf('© 2019 Guardian News & Media Limited or its affiliated companies. All rights reserved.'), 'Guardian');
  assert.equal(publisherOf('© 2019 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.'), 'Cable News Network');
  assert.equal(publisherOf('© 2019 News Corp Australia'), 'News Corp Australia', '"News" is a word, not "The News"');
});

test("a known outlet's company ('Forbes Media LLC') is the outlet's, ranked as the page's own name", () => {
  assert.equal(article(page([], ['© 2019 Forbes Media LLC. All Rights Reserved.', 'Harbour Daily App'])).publisher, 'Forbes');
  assert.equal(article(page([], ['© 2019 Harbour Media LLC. All Rights Reserved.', 'Northport Ledger App'])).publisher, 'Northport Ledger', "an unknown company's name is an owner's");
});

test("HTML: the page's own footer names the publisher when nothing else does", () => {
  const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story says that negotiators met again on Tuesday to discuss the terms of the agreement in detail.</p>`).join('\n');
  const html = `<!doctype html><html><head><title>Talks go on</title></head><body><main><h1>Talks go on</h1><article>${body}</article></main>
    <footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy Policy</a></li></ul><p>© 2019 Harbour Daily. All rights reserved.</p></footer></body></html>`;
  const r = analyze({ html, url: 'https://www.example.org/news/talks' });
  assert.equal(r.article.publisher, 'Harbour Daily');
  assert.ok(r.page?.footer?.includes('© 2019 Harbour Daily. All rights reserved.'));
});

test('more news agencies credit a story above the body (news-agencies.tsv)', () => {
  assert.equal(article(page(['Source: Agerpres', 'Published 10:02 AM EST Nov 19, 2019'], [])).origin, 'Agerpres');
  assert.equal(article(page(['Lusa | Lisbon | Updated: 19-11-2019 08:40 IST'], [])).origin, 'Lusa');
  assert.equal(article(page(['Trend', 'Published 10:02 AM EST Nov 19, 2019'], [])).origin, null, 'a word is no agency');
});

test("a known outlet's web domain printed once in the footer names it; an unknown one needs two lines", () => {
  assert.equal(article(page([], ['Terms of Use', 'For more news visit latimes.com today'])).publisher, 'Los Angeles Times');
  assert.equal(article(page([], ['Terms of Use', 'For more news visit harbourdaily.com today'])).publisher, null);
  const sentence = 'The case began when the company asked a court to make the reporters of the websites latimes.com and harbourdaily.com reveal their sources for stories on the new ferry line.';
  assert.equal(article(page([], [sentence])).publisher, null, "a story's sentence naming a site is not the page's footer");
});
