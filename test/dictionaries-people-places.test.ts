import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isIsoDate,
  loadPeople,
  loadPlaces,
  parsePersonRow,
  parsePlaceRow,
  placesNamed,
  roleActiveOn,
  rolesOf,
  rolesOn,
  type PersonRole,
} from '../src/dictionaries/people-places-data.js';

const people = loadPeople();
const places = loadPlaces();

// Titles that make a row a head of state or head of government.
const HEAD_ROLE =
  /^(?:Acting )?(?:President|Prime Minister|Premier|Chancellor|Federal President|State President|King|Monarch|Emperor)\b/;

const G20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'MEX', 'RUS', 'SAU', 'ZAF', 'KOR', 'TUR', 'GBR', 'USA'];

test('people: both files load and are not trivially small', () => {
  assert.ok(people.length >= 500, `people rows: ${people.length}`);
  assert.ok(places.length >= 400, `place rows: ${places.length}`);
});

test('people: every date is a real ISO date and from <= to', () => {
  for (const r of people) {
    assert.ok(isIsoDate(r.from), `line ${r.line}: from ${r.from}`);
    if (r.to !== null) {
      assert.ok(isIsoDate(r.to), `line ${r.line}: to ${r.to}`);
      assert.ok(r.from <= r.to, `line ${r.line}: ${r.from} > ${r.to}`);
    }
    assert.ok(r.from >= '1950-01-01' && r.from <= '2026-12-31', `line ${r.line}: implausible from ${r.from}`);
  }
});

test('people: no person has two overlapping rows with the same code', () => {
  const groups = new Map<string, PersonRole[]>();
  for (const r of people) {
    const key = `${r.name}\t${r.code}`;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  for (const [key, rows] of groups) {
    rows.sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1]!;
      const next = rows[i]!;
      assert.ok(prev.to !== null && prev.to <= next.from, `${key}: lines ${prev.line} and ${next.line} overlap`);
    }
  }
});

test('people: the seed people are reachable by surname', () => {
  for (const surname of ['Kishida', 'Abe', 'Putin', 'Lavrov', 'Suga', 'Ishiba', 'Kamikawa', 'Muneo']) {
    assert.ok(rolesOf(people, surname).length > 0, `${surname} is an alias`);
  }
});

test('people: Kishida is JPNGOV as Prime Minister 2021-10-04..2024-10-01 and JPNLEG around it', () => {
  const kishida = rolesOf(people, 'Fumio Kishida');
  const pm = kishida.find((r) => r.role === 'Prime Minister');
  assert.ok(pm);
  assert.equal(pm.code, 'JPNGOV');
  assert.equal(pm.from, '2021-10-04');
  assert.equal(pm.to, '2024-10-01');
  const fm = kishida.find((r) => r.role === 'Foreign Minister');
  assert.deepEqual([fm?.code, fm?.from, fm?.to], ['JPNGOV', '2012-12-26', '2017-08-03']);
  const codeOn = (date: string) => kishida.filter((r) => roleActiveOn(r, date)).map((r) => r.code);
  assert.deepEqual(codeOn('2022-01-12'), ['JPNGOV']);
  assert.deepEqual(codeOn('2019-06-01'), ['JPNLEG']);
  assert.deepEqual(codeOn('2025-03-01'), ['JPNLEG']);
  assert.deepEqual(codeOn('2024-10-01'), ['JPNLEG'], 'handover day goes to the successor');
});

test('people: Abe has two JPNGOV terms as Prime Minister, JPNLEG until 2022-07-08', () => {
  const abe = rolesOf(people, 'Abe');
  const terms = abe.filter((r) => r.code === 'JPNGOV' && r.role === 'Prime Minister').map((r) => [r.from, r.to]);
  assert.deepEqual(terms, [
    ['2006-09-26', '2007-09-26'],
    ['2012-12-26', '2020-09-16'],
  ]);
  assert.ok(abe.some((r) => r.code === 'JPNLEG' && r.from === '2007-09-26' && r.to === '2012-12-26'));
  assert.ok(abe.some((r) => r.code === 'JPNLEG' && r.from === '2020-09-16' && r.to === '2022-07-08'));
  assert.equal(rolesOn(abe, '2022-07-08').length, 0);
});

test('people: Putin is RUSGOV as Prime Minister and President in the right periods', () => {
  const putin = rolesOf(people, 'Vladimir Putin');
  const roleOn = (date: string) => putin.filter((r) => roleActiveOn(r, date)).map((r) => `${r.code} ${r.role}`);
  assert.deepEqual(roleOn('1999-10-01'), ['RUSGOV Prime Minister']);
  assert.deepEqual(roleOn('2000-02-01'), ['RUSGOV Acting President and Prime Minister']);
  assert.deepEqual(roleOn('2005-01-01'), ['RUSGOV President']);
  assert.deepEqual(roleOn('2010-01-01'), ['RUSGOV Prime Minister']);
  assert.deepEqual(roleOn('2022-01-12'), ['RUSGOV President']);
});

test('people: seed people are present with the expected codes', () => {
  const on = (name: string, date: string) => rolesOf(people, name).filter((r) => roleActiveOn(r, date)).map((r) => r.code);
  assert.deepEqual(on('Sergey Lavrov', '2022-01-12'), ['RUSGOV']);
  assert.deepEqual(on('Yoshihide Suga', '2021-01-01'), ['JPNGOV']);
  assert.deepEqual(on('Shigeru Ishiba', '2025-01-01'), ['JPNGOV']);
  assert.deepEqual(on('Yoshimasa Hayashi', '2022-01-12'), ['JPNGOV']);
  assert.deepEqual(on('Yoko Kamikawa', '2024-01-01'), ['JPNGOV']);
  assert.deepEqual(on('Muneo Suzuki', '2022-01-12'), ['JPNLEG']);
  assert.deepEqual(on('Muneo Suzuki', '2008-01-01'), ['JPNLEG']);
  assert.deepEqual(on('Mikhail Gorbachev', '1991-01-01'), ['SUNGOV']);
  assert.deepEqual(on('Mikhail Gorbachev', '1992-01-01'), []);
});

test('people: every G20 country has a head of state or government on 2022-01-12', () => {
  const date = '2022-01-12';
  for (const country of G20) {
    const heads = people.filter((r) => r.code === `${country}GOV` && HEAD_ROLE.test(r.role) && roleActiveOn(r, date));
    assert.ok(heads.length > 0, `${country} has a head of state or government on ${date}`);
  }
  const eu = people.filter((r) => r.code === 'IGOEUREEC' && roleActiveOn(r, date)).map((r) => r.name).sort();
  assert.deepEqual(eu, ['Charles Michel', 'Josep Borrell', 'Ursula von der Leyen']);
});

test('people: every G20 country has a foreign minister on 2022-01-12', () => {
  for (const country of G20) {
    const fms = people.filter(
      (r) => r.code === `${country}GOV` && /^(?:Foreign Minister|Foreign Secretary|Secretary of State)$/.test(r.role) && roleActiveOn(r, '2022-01-12'),
    );
    assert.equal(fms.length, 1, `${country}: ${fms.map((r) => r.name).join(', ')}`);
  }
});

test('places: coordinates in range, kinds known, countries coded', () => {
  for (const p of places) {
    assert.ok(p.lat >= -90 && p.lat <= 90, `line ${p.line}: lat ${p.lat}`);
    assert.ok(p.lon >= -180 && p.lon <= 180, `line ${p.line}: lon ${p.lon}`);
    for (const c of p.countries) assert.match(c, /^[A-Z]{3}$/, `line ${p.line}`);
  }
  assert.ok(places.filter((p) => p.kind === 'capital').length >= 190);
});

test('places: no name or alias names two places', () => {
  const seen = new Map<string, number>();
  for (const p of places) {
    for (const n of [p.name, ...p.aliases]) {
      const key = n.toLowerCase();
      assert.ok(!seen.has(key), `"${n}" on lines ${seen.get(key)} and ${p.line}`);
      seen.set(key, p.line);
    }
  }
});

test('places: Kunashir belongs to RUS and JPN; the four islands and the disputed places are there', () => {
  const [kunashir] = placesNamed(places, 'Kunashiri');
  assert.ok(kunashir);
  assert.deepEqual(kunashir.countries, ['RUS', 'JPN']);
  for (const name of ['Etorofu', 'Iturup', 'Shikotan', 'Habomai', 'Northern Territories', 'Southern Kurils', 'Kuril Islands']) {
    const [p] = placesNamed(places, name);
    assert.ok(p, name);
    assert.ok(p.countries.includes('RUS') && p.countries.includes('JPN'), name);
  }
  const disputed: [string, string[]][] = [
    ['Crimea', ['UKR', 'RUS']],
    ['Diaoyu', ['JPN', 'CHN', 'TWN']],
    ['Takeshima', ['KOR', 'JPN']],
    ['Malvinas', ['GBR', 'ARG']],
    ['Azad Kashmir', ['PAK', 'IND']],
    ['Golan Heights', ['SYR', 'ISR']],
  ];
  for (const [name, countries] of disputed) assert.deepEqual(placesNamed(places, name)[0]?.countries, countries, name);
  for (const name of ['Okinawa', 'Donbas', 'Donetsk', 'Luhansk', 'Taiwan', 'Gaza Strip', 'West Bank', 'East Jerusalem', 'Nagorno-Karabakh', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Western Sahara', 'Spratly Islands', 'Paracel Islands', 'Kosovo', 'Northern Cyprus', 'Hong Kong', 'Macau', 'Tibet', 'Xinjiang', 'Tokyo', 'Moscow']) {
    assert.equal(placesNamed(places, name).length, 1, name);
  }
});

test('loaders: malformed rows throw an error naming the file and line', () => {
  const row = ['Fumio Kishida', 'Kishida', 'JPNGOV', 'Prime Minister', '2021-10-04', '2024-10-01', ''];
  assert.equal(parsePersonRow(row, 'people.tsv', 3).to, '2024-10-01');
  assert.throws(() => parsePersonRow(row.slice(0, 4), 'people.tsv', 7), /people\.tsv:7: expected 5 to 7/);
  assert.throws(() => parsePersonRow([...row.slice(0, 4), '2021-02-30'], 'people.tsv', 8), /people\.tsv:8: bad from date/);
  assert.throws(() => parsePersonRow([...row.slice(0, 4), '2024-10-01', '2021-10-04'], 'people.tsv', 9), /people\.tsv:9: from .* is after to/);
  assert.throws(() => parsePersonRow(['X', '', 'jpn', 'Role', '2020-01-01'], 'people.tsv', 10), /people\.tsv:10: bad CAMEO code/);
  const place = ['Kunashir', 'Kunashiri', 'island', '44.08', '145.86', 'RUS|JPN', ''];
  assert.deepEqual(parsePlaceRow(place, 'places.tsv', 4).countries, ['RUS', 'JPN']);
  assert.throws(() => parsePlaceRow(['Kunashir', '', 'island', '95', '145', 'RUS'], 'places.tsv', 5), /places\.tsv:5: bad latitude/);
  assert.throws(() => parsePlaceRow(['Kunashir', '', 'island', '44', 'east', 'RUS'], 'places.tsv', 6), /places\.tsv:6: bad longitude/);
  assert.throws(() => parsePlaceRow(['Kunashir', '', 'islet', '44', '145', 'RUS'], 'places.tsv', 7), /places\.tsv:7: bad kind/);
  assert.throws(() => parsePlaceRow(['Kunashir', '', 'island', '44'], 'places.tsv', 8), /places\.tsv:8: expected 6 or 7/);
});
