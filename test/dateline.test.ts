import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../src/article/dateline.js';

// The real dateline forms named in the core issue, seen on live pages or in wire copy.
const FORMS: [string, { place: string; region?: string | null; outlets: string[]; date: string | null }][] = [
  ['TOKYO (Pakistan Point News / Sputnik - 12th January, 2022) Japanese Prime Minister', { place: 'TOKYO', outlets: ['Pakistan Point News', 'Sputnik'], date: '2022-01-12' }],
  ['ST. PETERSBURG (UrduPoint News / Sputnik - 13th October, 2021) Russian', { place: 'ST. PETERSBURG', outlets: ['UrduPoint News', 'Sputnik'], date: '2021-10-13' }],
  ['BEIJING, Feb. 27 (UrduPoint / Pakistan Point News - 27th Feb, 2022 ) :Prime Minister Imran Khan', { place: 'BEIJING', outlets: ['UrduPoint', 'Pakistan Point News'], date: '2022-02-27' }],
  ['Tokyo (Russia), October 8 (ANI/Sputnik): In his keynote address', { place: 'Tokyo', region: 'Russia', outlets: ['ANI', 'Sputnik'], date: '2021-10-08' }],
  ['TOKYO, October 27. /TASS/. Japan will', { place: 'TOKYO', outlets: ['TASS'], date: '2021-10-27' }],
  ['Tokyo, Dec. 27 (Jiji Press)--Japan', { place: 'Tokyo', outlets: ['Jiji Press'], date: '2021-12-27' }],
  ['WASHINGTON (Reuters) - The United States', { place: 'WASHINGTON', outlets: ['Reuters'], date: null }],
  ['HAYWARD, Calif. (AP) — A man', { place: 'HAYWARD', region: 'Calif.', outlets: ['AP'], date: null }],
  ['MADRID — Spain said', { place: 'MADRID', outlets: [], date: null }],
  ['CLEVELAND, Feb 26 - Ohio Edison', { place: 'CLEVELAND', outlets: [], date: '2022-02-26' }],
];

for (const [text, expected] of FORMS) {
  test(`dateline: ${text.slice(0, 40)}`, () => {
    const parsed = parseDateline(text, '2022-01-12');
    assert.ok(parsed, 'a dateline is found');
    assert.equal(parsed.place, expected.place);
    assert.deepEqual(parsed.outlets, expected.outlets);
    assert.equal(parsed.date, expected.date);
    if (expected.region !== undefined) assert.equal(parsed.region, expected.region);
    assert.ok(text.startsWith(parsed.text), 'the dateline text is the start of the paragraph');
  });
}

test('a dateline date without a year takes the year nearest the article date', () => {
  assert.equal(parseDateline('LONDON, Dec 31 - Shares', '2023-01-02')?.date, '2022-12-31');
  assert.equal(parseDateline('LONDON, Jan 2 - Shares', '2023-01-02')?.date, '2023-01-02');
  const noReference = parseDateline('LONDON, Dec 31 - Shares');
  assert.equal(noReference?.date, null);
  assert.equal(noReference?.dateWithoutYear, true);
});

test('ordinary sentence openings are not datelines', () => {
  for (const text of [
    'Japanese Prime Minister Fumio Kishida wants to hold a meeting',
    'Prime Minister Imran Khan (PTI) said on Sunday',
    'Fahad Shabbir (@FahadShabbir) 3 minutes ago Thu 07th October 2021',
    'Japanese Prime Minister Fumio Kishida (L) and Russian President',
    'NATO said on Monday',
    'According to the media, Kishida told Suzuki',
    'In 1956, the Soviet Union and Japan signed',
  ]) {
    assert.equal(parseDateline(text, '2022-01-12'), null, text);
  }
});

// Wire-copy forms the parser reads by general rule (handmade examples).
const WIRE_FORMS: [string, string, { place: string; region?: string | null; outlets?: string[]; date: string | null }][] = [
  ['month in capitals', 'OSLO, NOVEMBER 14 - Norway said', { place: 'OSLO', date: '2021-11-14' }],
  ['month in lower case', 'OSLO, november 14 - Norway said', { place: 'OSLO', date: '2021-11-14' }],
  ['month in mixed case', 'OSLO, NOvember 14 - Norway said', { place: 'OSLO', date: '2021-11-14' }],
  ['month cut to three or more letters', 'LISBON, Sept 9 - Portugal said', { place: 'LISBON', date: '2021-09-09' }],
  ['month cut short', 'LISBON, Octob 9 - Portugal said', { place: 'LISBON', date: '2021-10-09' }],
  ['day before month', 'BERN, 9 October - Swiss officials', { place: 'BERN', date: '2021-10-09' }],
  ['region without a comma before the date', 'DOVER, Del. Nov 3 - A company', { place: 'DOVER', region: 'Del.', date: '2021-11-03' }],
  ['initials and a word as region', 'WHEELING, W.Va., Nov 3 - A company', { place: 'WHEELING', region: 'W.Va.', date: '2021-11-03' }],
  ['initials without the last period', 'ALBANY, N.Y, Nov 3 - A company', { place: 'ALBANY', region: 'N.Y', date: '2021-11-03' }],
  ['two regions', 'HAMILTON, Bermuda, British Overseas Territory, Nov 3 - A', { place: 'HAMILTON', region: 'Bermuda, British Overseas Territory', date: '2021-11-03' }],
  ['region with an article', 'DELFT, the Netherlands, Nov 3 - A', { place: 'DELFT', region: 'the Netherlands', date: '2021-11-03' }],
  ['space before the comma', 'DENVER , Nov 3 - A company', { place: 'DENVER', date: '2021-11-03' }],
  ['no space after the comma', 'DENVER,Nov 3 - A company', { place: 'DENVER', date: '2021-11-03' }],
  ['two spaces after the comma', 'DENVER, Colo.,  Nov 3 - A company', { place: 'DENVER', region: 'Colo.', date: '2021-11-03' }],
  ['date with no comma after a capitalised place', 'NAIROBI November 3 - Kenya said', { place: 'NAIROBI', date: '2021-11-03' }],
  ['comma before the dash', 'DENVER, Nov 3, - A company', { place: 'DENVER', date: '2021-11-03' }],
  ['dash before the date', 'TULSA, Okla. - Nov 3 - A company', { place: 'TULSA', region: 'Okla.', date: '2021-11-03' }],
  ['agency after the date, no brackets', 'DENVER, Nov 3, Newswire - A company', { place: 'DENVER', outlets: ['Newswire'], date: '2021-11-03' }],
  ['dash right after the day', 'DENVER, Nov 3- A company', { place: 'DENVER', date: '2021-11-03' }],
  ['place in lower case', 'fargo, nov 3 - Farmers said', { place: 'fargo', date: '2021-11-03' }],
  ['place partly in lower case', 'Port louis, Nov 3 - Mauritius said', { place: 'Port louis', date: '2021-11-03' }],
  ['place with a month word that is not a date', 'MAR DEL PLATA, Nov 3 - Argentina', { place: 'MAR DEL PLATA', date: '2021-11-03' }],
];

for (const [rule, text, expected] of WIRE_FORMS) {
  test(`dateline rule: ${rule}`, () => {
    const parsed = parseDateline(text, '2022-01-12');
    assert.ok(parsed, `a dateline is found in ${text}`);
    assert.equal(parsed.place, expected.place);
    assert.equal(parsed.date, expected.date);
    if (expected.region !== undefined) assert.equal(parsed.region, expected.region);
    if (expected.outlets !== undefined) assert.deepEqual(parsed.outlets, expected.outlets);
    assert.ok(text.startsWith(parsed.text), 'the dateline text is the start of the paragraph');
  });
}

test('sentence openings and table rows that the new rules must not take for datelines', () => {
  for (const text of [
    'The May 11-13 meeting of ministers was postponed',
    'On June 8, Acme-Widget said it had agreed',
    'IN OSLO STORY OF NOV 3 HEADLINED "A" PLEASE READ',
    'ABC 20 MAY    170.00 172.00 NOM',
    'N/A - not available.',
    'E.O.A-C       90.8      66.9      nil',
    'U.S.-Japanese talks resumed on Monday',
    'the company said, march 4 was the date',
    'LONDON, March 4, Britain said',
    'yesterday march 4 - prices rose',
  ]) {
    assert.equal(parseDateline(text, '2022-01-12'), null, text);
  }
});

test('a letter\'s salutation is no dateline: "DEAR ABBY: My husband …"', () => {
  assert.equal(parseDateline('DEAR ABBY: My husband and I have been married for ten years.', null), null);
  assert.equal(parseDateline('DEARBORN, Mich. (AP) — The city said', null)?.place, 'DEARBORN');
});
