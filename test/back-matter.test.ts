import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import { copyrightHolder, parseCueRows, parseEndingRows, parseMarkRows } from '../src/article/back-matter.js';
import { parseMonthRows, foreignDates } from '../src/article/month-names.js';
import { creditPlace } from '../src/article/front-matter.js';

// Made-up pages as a user copies them: the headline, the body, then the page's footer.

const BODY = [
  'The harbour authority said on Tuesday that the new ferry line would open in the spring after two years of delays.',
  'Officials told reporters that the budget had been approved by the city council and that tickets would go on sale soon.',
];

function page(front: string[], back: string[]): string {
  return ['Ferry line to open in spring after delays', ...front, ...BODY, ...back].join('\n\n');
}

function article(text: string) {
  return analyze({ id: 't', text }, { code: false }).article;
}

test('copyright line: the holder is the publisher, its legal form and company words dropped', () => {
  assert.deepEqual(copyrightHolder('© 2005-2019 Harbourgear, All Rights Reserved.'), { name: 'Harbourgear', at: 12, company: false });
  assert.equal(copyrightHolder('Copyright © 2019, Northport Ledger | Terms of Service')?.name, 'Northport Ledger');
  const company = copyrightHolder('© 2019 The Northport Times Company');
  assert.equal(company?.name, 'The Northport Times');
  assert.equal(company?.company, true);
  assert.equal(copyrightHolder('Copyright Policy'), null, 'a footer link is no notice');
  assert.equal(copyrightHolder('(Image: © Jane Roe)'), null, "a picture's credit is not the page's");
  const a = article(page(['Published November 19, 2019'], ['Contact Us', '© 2019 Harbourgear. All rights reserved.']));
  assert.equal(a.publisher, 'Harbourgear');
  const item = a.backMatter.find((b) => b.value === 'Harbourgear')!;
  const text = page(['Published November 19, 2019'], ['Contact Us', '© 2019 Harbourgear. All rights reserved.']);
  assert.equal(text.slice(item.parts![0]!.span.start, item.parts![0]!.span.end), 'Harbourgear', 'the name is a span of the text');
});

test("footer links name the page over its owner's copyright", () => {
  const a = article(page([], ['About Northport Daily', 'Advertise with Northport Daily', '© 2019 Coastline Media Group, Inc.']));
  assert.equal(a.publisher, 'Northport Daily');
  const b = article(page([], ['Subscribe to The Harbour Voice via Email', 'Follow The Harbour Voice on Twitter', '© 2019 Coastline Holdings LLC']));
  assert.equal(b.publisher, 'The Harbour Voice');
});

test('"X is part of Y": X is the publisher', () => {
  const a = article(page([], ['Sea Science is part of Coastline Media Inc, an international media group.', '© Coastline Media, Inc. 1 Harbour Street.']));
  assert.equal(a.publisher, 'Sea Science');
});

test('a masthead name line beside the copyright line', () => {
  const a = article(page([], ['Northport Post', 'View Comments', '© 2019 Coastline Communications, Inc.']));
  assert.equal(a.publisher, 'Northport Post');
});

test('"originally published by X" names the origin', () => {
  const a = article(page([], ['This article was originally published by Seawire. Read the original article.']));
  assert.equal(a.origin, 'Seawire');
});

test('an author note names the publisher', () => {
  const a = article(page([], ['Jane Roe is a reporter for Harbour Report.']));
  assert.equal(a.publisher, 'Harbour Report');
});

test('a "First Published" line after the body dates a page with no other date', () => {
  const a = article(page([], ['First Published: Tuesday, November 19, 2019 08:38 AM']));
  assert.equal(a.published, '2019-11-19');
});

test('a day without a year marked Posted takes the copyright year', () => {
  const a = article(page(['Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM'], ['© 2019 Harbourgear. All rights reserved.']));
  assert.equal(a.published, '2019-11-18');
});

test('dates with month names of other languages', () => {
  assert.deepEqual(foreignDates('sexta-feira, 22 de outubro de 2010 às 20:13').map((d) => d.date), ['2010-10-22']);
  assert.deepEqual(foreignDates('Текст: Анна Петрова·24 сентября 2018').map((d) => d.date), ['2018-09-24']);
  assert.deepEqual(foreignDates('Posted on Maret 30, 2015').map((d) => d.date), ['2015-03-30']);
  assert.equal(article(page(['Von Anna Muster publiziert am 25. September 2018'], [])).published, '2018-09-25');
  assert.equal(article(page(['21:17 18.11.2019Get short URL'], [])).published, '2019-11-18');
  assert.equal(article(page(['by Harbour Patent Office ／ 2016.12.01'], [])).published, '2016-12-01', 'year first with dots');
});

test('a credit line above the body gives the dateline place', () => {
  assert.deepEqual(creditPlace('Reuters, Washington, Nov 20 2019, 11:06am ist'), { place: 'Washington', at: 9, agency: 'Reuters' });
  assert.equal(creditPlace('New Delhi, Harbour News Bureau | Updated : 19 November 2019, 09:01 AM')?.place, 'New Delhi');
  assert.equal(creditPlace('Jane Roe, Staff Writer'), null);
  const a = article(page(['Reuters, Washington,', 'Nov 20 2019, 11:06am ist'], []));
  assert.equal(a.dateline?.place, 'Washington');
  assert.equal(a.origin, 'Reuters');
  assert.equal(a.published, '2019-11-20');
});

test('a wire dateline after key points and a caption; a place alone on its line; a wire slug is none', () => {
  const keyPoints = [
    'Key Points',
    'The harbour authority approved a new ferry line that will open in the spring of next year.',
    'The line was delayed for two years by disputes over the budget and the route to the islands.',
    'Passengers wait for a ferry at the old terminal on a rainy morning in the harbour district.',
    'Jane Roe | Harbour Pictures',
  ];
  const a = article(['Ferry line to open', ...keyPoints, 'OSLO, Norway — The harbour authority said on Tuesday that the line would open.', ...BODY].join('\n\n'));
  assert.equal(a.dateline?.place, 'OSLO');
  const b = article(['Ferry line to open', 'The harbour authority announces a new ferry line.', 'BERGEN, NORWAY', ...BODY].join('\n\n'));
  assert.equal(b.dateline?.place, 'BERGEN');
  const c = article(['Ferry line to open', 'By JANE ROE', 'AP-US--Harbour-Ferry, 1st Ld-Writethru', 'OSLO (AP) — The harbour authority said the line would open.', ...BODY].join('\n\n'));
  assert.equal(c.dateline?.place, 'OSLO');
});

test('a byline written for an outlet names the publisher', () => {
  assert.equal(article(page(['By Jane Roe | Special to the Harbour Press'], [])).publisher, 'Harbour Press');
});

test('the data loaders reject a bad row, naming the file and line', () => {
  assert.throws(() => parseCueRows([{ cells: ['About us', 'publisher', '2'], line: 7 }], 'cues.tsv'), /cues\.tsv:7: .*\{name\}/);
  assert.throws(() => parseCueRows([{ cells: ['About {name}', 'owner', '2'], line: 8 }], 'cues.tsv'), /cues\.tsv:8: reading/);
  assert.throws(() => parseCueRows([{ cells: ['About {name}', 'publisher', '0'], line: 9 }], 'cues.tsv'), /cues\.tsv:9: weight/);
  assert.throws(() => parseCueRows([{ cells: ['About ({name}', 'publisher', '1'], line: 10 }], 'cues.tsv'), /cues\.tsv:10:/);
  assert.throws(() => parseMonthRows([{ cells: ['oktober', '13'], line: 3 }], 'months.tsv'), /months\.tsv:3: the month/);
  assert.throws(() => parseEndingRows([{ cells: ['.com'], line: 5 }], 'endings.tsv'), /endings\.tsv:5: an ending/);
  assert.throws(() => parseMarkRows([{ cells: ['Posted:'], line: 6 }], 'marks.tsv'), /marks\.tsv:6: a mark/);
  assert.ok(parseEndingRows([{ cells: ['co.uk'], line: 5 }], 'endings.tsv').test('harbour.co.uk'));
  assert.throws(() => parseMonthRows([{ cells: ['mai', '5'], line: 3 }, { cells: ['mai', '6'], line: 4 }], 'months.tsv'), /months\.tsv:4:/);
});

test("a syndicated story's disclaimer names the page; a dateline of two agencies does not", () => {
  const text = [
    'Ferry line to open in spring',
    'Oslo (Norway), October 8 (ANI/Sputnik): The harbour authority said on Tuesday that the line would open.',
    ...BODY,
    '(This story has not been edited by Harbourdiscourse staff and is auto-generated from a syndicated feed.)',
  ].join('\n\n');
  const a = article(text);
  assert.equal(a.publisher, 'Harbourdiscourse');
  assert.equal(a.origin, 'Sputnik');
});

test('a copyright notice that ends a long footer line; a legal form before the holder', () => {
  const disclosure = 'We take part in an affiliate programme, a scheme designed to let us earn fees by linking to partner shops and their sites, '.repeat(2).trim();
  assert.equal(copyrightHolder(`${disclosure}. ©The Harbour Blog 2011-2019`)?.name, 'The Harbour Blog');
  const long = `${disclosure}. ©The Harbour Blog 2011-2019`;
  const holder = copyrightHolder(long)!;
  assert.equal(long.slice(holder.at, holder.at + holder.name.length), 'The Harbour Blog');
  assert.equal(copyrightHolder(`${disclosure} © in the middle of a sentence, and more words follow it here.`.padEnd(300, ' x')), null);
  const russian = copyrightHolder('Copyright (с) ООО «Гавань Паблишинг», 2019.');
  assert.equal(russian?.company, true, 'ООО is a legal form');
  assert.equal(russian?.name, 'Гавань Паблишинг');
});

test('a cue takes the shortest name, leaving its own words after it', () => {
  assert.equal(article(page([], ['Subscribe to Harbour Weekly Magazine', 'Privacy Policy'])).publisher, 'Harbour Weekly');
});

test('a name printed as a web domain proposes the publisher; a platform\'s is none, and the name in words is preferred', () => {
  const footer = ['Harbourgear.com is the leading ferry resource of the coast.', 'Nothing here may be copied without the permission of Harbourgear.com.'];
  const a = article(page([], [...footer, '© 2019 Coastline Media Group Ltd.']));
  assert.equal(a.publisher, 'Harbourgear.com');
  const once = article(page([], ['Tickets are sold on Ferrytickets.com, the operator said.', '© 2019 Coastline Media Group Ltd.']));
  assert.equal(once.publisher, 'Coastline', 'a domain printed once is a company the story names');
  const b = article(page([], ['Blog at WordPress.com.']));
  assert.equal(b.publisher, null);
  const c = article(page([], ['Read more on HarbourVoice.com', 'About Harbour Voice']));
  assert.equal(c.publisher, 'Harbour Voice');
  const d = article(page([], ['Write to jane@harbourgear.com or visit https://harbourgear.com/ferries']));
  assert.equal(d.publisher, null, 'an address is no name');
});

test("a footer's name and years name the publisher", () => {
  assert.equal(article(page([], ['Harbour Notes · 2013–2019 Thanks for reading!'])).publisher, 'Harbour Notes');
  assert.equal(article(page([], ['Harbour Notes · 20132019'])).publisher, 'Harbour Notes', 'years run together as a copy joins them');
});

test("the writer's own copyright is not the outlet's when the page names another; a byline ends before its date", () => {
  const a = article(page(['by Jane December 6, 2017'], ['© Jane', 'Thanks for reading my blog! © The Harbour Kitchen 2011-2019']));
  assert.equal(a.byline, 'Jane');
  assert.equal(a.published, '2017-12-06');
  assert.equal(a.publisher, 'The Harbour Kitchen');
  assert.equal(article(page(['by Jane December 6, 2017'], ['© Jane'])).publisher, 'Jane', 'the only name proposed stays');
});

test("an initialism that opens several short menu lines is the outlet's short name, below a company's copyright", () => {
  const a = article(page([], ['HV Picks', 'HV Views', 'Ferries with HV', 'HV Newsletter', '© 2019 The Harbour Printers Private Ltd.']));
  assert.equal(a.publisher, 'HV');
  const b = article(page([], ['HV Picks', 'HV Views', '© 2019 The Harbour Printers Private Ltd.']));
  assert.equal(b.publisher, 'The Harbour Printers', 'two lines are not enough');
});

test('a line marked as the publication in another language dates a page with no other date', () => {
  const menus = Array.from({ length: 30 }, (_, i) => `메뉴 ${i + 1}`);
  assert.equal(article(page(menus, ['기사입력 :[ 2018-08-25 15:24 ]'])).published, '2018-08-25');
  assert.equal(article(page([], ['Veröffentlicht am 3. Oktober 2018'])).published, '2018-10-03');
  assert.equal(article(page([], ['Postedness 2018-10-03'])).published, null, 'a mark is a word of its own');
});

test("a copy that begins at the page's masthead: the short first line above a menu is the site's name, as a last resort", () => {
  const menu = ['World', 'Politics', 'Business', 'Sport News', 'Real Estate', 'Travel', 'Contact us', 'Breaking News'];
  assert.equal(article(['Harbour Weekly', ...menu, ...BODY].join('\n\n')).publisher, 'Harbour Weekly');
  assert.equal(article(['Ferry line to open in spring after two years', ...menu, ...BODY].join('\n\n')).publisher, null, 'a headline of many words is not a name');
  assert.equal(article(['Harbour Weekly', ...menu.slice(0, 3), ...BODY].join('\n\n')).publisher, null, 'a few short lines are no menu');
  assert.equal(article(['Harbour Weekly', ...menu, ...BODY, '© 2019 Harbourgear. All rights reserved.'].join('\n\n')).publisher, 'Harbourgear', "the page's footer first");
});

test("a news agency's notice under the story, or 'with inputs from' an agency, names the origin", () => {
  const a = article(page([], ['Copyright 2019 The Associated Press. All rights reserved.', 'About Harbour Daily', '© 2019 Harbour Daily']));
  assert.equal(a.origin, 'The Associated Press');
  assert.equal(a.publisher, 'Harbour Daily');
  assert.equal(article(page([], ['(With inputs from PTI)', 'About Harbour Daily'])).origin, 'PTI');
  assert.equal(article(page([], ['© AFP', 'About Harbour Daily'])).origin, 'Harbour Daily', 'a bare mark is as likely a picture credit');
});

test('a name before the copyright mark; an invitation to get the outlet\'s app', () => {
  assert.equal(copyrightHolder('Harbour Daily © 2019. All rights reserved.')?.name, 'Harbour Daily');
  assert.equal(copyrightHolder('Posted in News © 2019'), null, 'words that are no name');
  assert.equal(article(page([], ['Get the Harbour Daily app', 'Privacy Policy'])).publisher, 'Harbour Daily');
});
