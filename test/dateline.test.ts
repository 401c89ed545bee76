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
