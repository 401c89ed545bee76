import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
import type { CodedEvent } from '../src/code/coder.js';
import { loadCountries } from '../src/dictionaries/actors-data.js';
import type { AnalysisResult } from '../src/document/serialize.js';
import {
  GDELT_EVENT_COLUMNS,
  GDELT_EVENT_HEADER,
  actionGeo,
  dateAddedStamp,
  gdeltColumn,
  gdeltDate,
  gdeltExport,
  gdeltRows,
  splitActorCode,
  toTsv,
} from '../src/export/gdelt.js';
import { fipsOfIso3, fipsOfName, fipsRows } from '../src/export/fips.js';

const SEED = readFileSync(new URL('../examples/kishida-russia-2022-01-12.txt', import.meta.url), 'utf8');
const seed = analyze(SEED);
const seedEvents = seed.events as CodedEvent[];
const ADDED = new Date('2022-01-12T10:07:59Z');
const col = (row: string[], name: string) => row[gdeltColumn(name)];
const rowOf = (rows: string[][], id: string) => rows.find((r) => col(r, 'GLOBALEVENTID') === String(1 + seedEvents.findIndex((e) => e.id === id)));

/** The seed with its events replaced (deep-copied so tests do not share state). */
function withEvents(events: CodedEvent[], patch: Partial<AnalysisResult> = {}): AnalysisResult {
  return { ...seed, ...patch, events: structuredClone(events) };
}

test('the column list is the codebook\'s 61 columns in order', () => {
  assert.equal(GDELT_EVENT_COLUMNS.length, 61);
  assert.equal(new Set(GDELT_EVENT_HEADER).size, 61);
  assert.deepEqual(GDELT_EVENT_HEADER.slice(0, 7), ['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code', 'Actor1Name']);
  assert.equal(gdeltColumn('Actor2Code'), 15);
  assert.equal(gdeltColumn('IsRootEvent'), 25);
  assert.equal(gdeltColumn('EventCode'), 26);
  assert.equal(gdeltColumn('AvgTone'), 34);
  assert.equal(gdeltColumn('Actor1Geo_Type'), 35);
  assert.equal(gdeltColumn('Actor2Geo_Type'), 43);
  assert.equal(gdeltColumn('ActionGeo_Type'), 51);
  assert.equal(gdeltColumn('ActionGeo_FeatureID'), 58);
  assert.deepEqual(GDELT_EVENT_HEADER.slice(-2), ['DATEADDED', 'SOURCEURL']);
  // Event codes are strings (leading zeros), never integers.
  for (const name of ['EventCode', 'EventBaseCode', 'EventRootCode']) assert.equal(GDELT_EVENT_COLUMNS[gdeltColumn(name)]!.type, 'STRING');
});

test('seed: every row has exactly 61 string cells, with and without undated events', () => {
  for (const undated of ['skip', 'article'] as const) {
    const rows = gdeltRows(seed, { dateAdded: ADDED, undated });
    assert.ok(rows.length >= 5, `${undated}: ${rows.length} rows`);
    for (const row of rows) {
      assert.equal(row.length, 61);
      for (const c of row) {
        assert.equal(typeof c, 'string');
        assert.doesNotMatch(c, /[\t\r\n]/);
      }
    }
  }
});

test('seed: the 036 event (Kishida wants to meet Russian officials) maps code, actors and classes', () => {
  const e = seedEvents.find((x) => x.code === '036' && x.source.actor === 'JPNGOV');
  assert.ok(e, 'seed has the JPNGOV → RUSGOV 036 event');
  const row = rowOf(gdeltRows(seed, { dateAdded: ADDED }), e.id);
  assert.ok(row);
  assert.equal(col(row, 'EventCode'), '036');
  assert.equal(col(row, 'EventBaseCode'), '036');
  assert.equal(col(row, 'EventRootCode'), '03');
  assert.equal(col(row, 'QuadClass'), '1');
  assert.equal(col(row, 'GoldsteinScale'), '4.0');
  assert.equal(col(row, 'Actor1Code'), 'JPNGOV');
  assert.equal(col(row, 'Actor1Name'), 'FUMIO KISHIDA');
  assert.equal(col(row, 'Actor1CountryCode'), 'JPN');
  assert.equal(col(row, 'Actor1Type1Code'), 'GOV');
  assert.equal(col(row, 'Actor1Type2Code'), '');
  assert.equal(col(row, 'Actor1KnownGroupCode'), '');
  assert.equal(col(row, 'Actor2Code'), 'RUSGOV');
  assert.equal(col(row, 'Actor2CountryCode'), 'RUS');
  assert.equal(col(row, 'Actor2Type1Code'), 'GOV');
  assert.equal(col(row, 'IsRootEvent'), '1', 'the lede is the first body paragraph');
  assert.equal(col(row, 'SQLDATE'), '20220112');
  assert.equal(col(row, 'MonthYear'), '202201');
  assert.equal(col(row, 'Year'), '2022');
  assert.equal(col(row, 'FractionDate'), '2022.0329');
  assert.deepEqual([col(row, 'NumMentions'), col(row, 'NumSources'), col(row, 'NumArticles')], ['1', '1', '1']);
  assert.equal(col(row, 'AvgTone'), '');
  assert.equal(col(row, 'Actor1Geo_Type'), '0');
  assert.equal(col(row, 'ActionGeo_Type'), '0');
  assert.equal(col(row, 'DATEADDED'), '20220112100000', 'UTC, rounded down to the quarter hour');
  assert.equal(col(row, 'SOURCEURL'), 'Pakistan Point News (Sputnik)', 'a citation when the article has no URL');

  // In the TSV the leading zeros survive and every line splits back into the same 61 cells.
  const tsv = toTsv([row]);
  assert.match(tsv, /\t036\t036\t03\t1\t4\.0\t/);
  assert.deepEqual(tsv.replace(/\n$/, '').split('\t'), row);
});

test('seed: the 1956 events are dated by the first day of their year; the undated threat is skipped unless asked', () => {
  const { rows, skipped } = gdeltExport(seed, { dateAdded: ADDED });
  const e1956 = seedEvents.filter((e) => e.date === '1956');
  assert.ok(e1956.length >= 2);
  for (const e of e1956) {
    const row = rowOf(rows, e.id);
    assert.ok(row, e.id);
    assert.equal(col(row, 'SQLDATE'), '19560101');
    assert.equal(col(row, 'MonthYear'), '195601');
    assert.equal(col(row, 'Year'), '1956');
    assert.equal(col(row, 'FractionDate'), '1956.0027');
    assert.equal(col(row, 'IsRootEvent'), '0');
  }
  const sign = rowOf(rows, e1956.find((e) => e.code === '057')!.id)!;
  assert.equal(col(sign, 'Actor1Code'), 'SUN');
  assert.equal(col(sign, 'Actor1CountryCode'), 'SUN');
  assert.equal(col(sign, 'Actor1Name'), 'SOVIET UNION');

  const threat = seedEvents.find((e) => e.code === '130')!;
  assert.equal(threat.date, null);
  assert.equal(rowOf(rows, threat.id), undefined);
  assert.ok(skipped.some((s) => s.id === threat.id && /no date/.test(s.reason)));

  const dated = rowOf(gdeltRows(seed, { dateAdded: ADDED, undated: 'article' }), threat.id);
  assert.ok(dated);
  assert.equal(col(dated, 'SQLDATE'), '20220112');
  assert.equal(col(dated, 'EventCode'), '130');
  assert.equal(col(dated, 'QuadClass'), '3');
  assert.equal(col(dated, 'GoldsteinScale'), '-4.4');
  // No place: Okinawa is named inside what the United States threatened (the status of Okinawa), not where it threatened.
  assert.deepEqual(
    [col(dated, 'ActionGeo_Type'), col(dated, 'ActionGeo_FullName'), col(dated, 'ActionGeo_CountryCode'), col(dated, 'ActionGeo_Lat'), col(dated, 'ActionGeo_Long')],
    ['0', '', '', '', ''],
  );
});

test('seed: the Habomai event gets ActionGeo from the gazetteer, FIPS code of the administering country', () => {
  const e = seedEvents.find((x) => x.location?.name === 'Habomai Islands');
  assert.ok(e);
  const row = rowOf(gdeltRows(seed, { dateAdded: ADDED }), e.id)!;
  assert.equal(col(row, 'ActionGeo_Type'), '4');
  assert.equal(col(row, 'ActionGeo_FullName'), 'Habomai Islands, Russia');
  assert.equal(col(row, 'ActionGeo_CountryCode'), 'RS');
  assert.equal(col(row, 'ActionGeo_ADM1Code'), '');
  assert.equal(col(row, 'ActionGeo_Lat'), '43.5');
  assert.equal(col(row, 'ActionGeo_Long'), '146.1');
  assert.equal(col(row, 'ActionGeo_FeatureID'), '');
});

test('TSV escaping: tabs and line breaks in names become spaces, one line per row', () => {
  const base = seedEvents.find((x) => x.code === '036' && x.source.actor === 'JPNGOV')!;
  const odd: CodedEvent = {
    ...structuredClone(base),
    source: { ...base.source, name: 'Fumio\tKishida\nthe PM' },
    target: { ...base.target, actor: null, name: undefined, text: 'some\r\nofficials\twith tabs' } as CodedEvent['target'],
  };
  const result = withEvents([odd], { article: { ...seed.article, url: 'https://example.org/a\tb\nc' } });
  const rows = gdeltRows(result, { dateAdded: ADDED });
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.equal(col(row, 'Actor1Name'), 'FUMIO KISHIDA THE PM');
  assert.equal(col(row, 'Actor2Code'), '');
  assert.equal(col(row, 'Actor2Name'), 'SOME OFFICIALS WITH TABS');
  assert.equal(col(row, 'Actor2CountryCode'), '');
  assert.equal(col(row, 'SOURCEURL'), 'https://example.org/a b c');
  const tsv = toTsv([row, row], { header: true });
  const lines = tsv.split('\n');
  assert.equal(lines.pop(), '', 'every line ends in a newline');
  assert.equal(lines.length, 3);
  assert.deepEqual(lines[0]!.split('\t'), [...GDELT_EVENT_HEADER]);
  for (const line of lines) assert.equal(line.split('\t').length, 61);
  // toTsv also cleans cells of rows it did not make.
  assert.equal(toTsv([['a\tb', 'c\nd']]), 'a b\tc d\n');
});

test('options: idBase, counts, modalities', () => {
  const rows = gdeltRows(seed, { dateAdded: ADDED, idBase: 5_000_000, counts: { numMentions: 3, numArticles: 2 } });
  assert.equal(col(rows[0]!, 'GLOBALEVENTID'), '5000000');
  assert.deepEqual([col(rows[0]!, 'NumMentions'), col(rows[0]!, 'NumSources'), col(rows[0]!, 'NumArticles')], ['3', '1', '2']);
  const perEvent = gdeltRows(seed, { dateAdded: ADDED, counts: (e) => (e.code === '036' ? { numSources: 4 } : undefined) });
  for (const row of perEvent) assert.equal(col(row, 'NumSources'), col(row, 'EventCode') === '036' ? '4' : '1');

  const base = seedEvents.find((x) => x.code === '057')!;
  const negated: CodedEvent = { ...structuredClone(base), modality: 'negated' };
  const result = withEvents([negated]);
  const out = gdeltExport(result, { dateAdded: ADDED });
  assert.equal(out.rows.length, 0);
  assert.match(out.skipped[0]!.reason, /modality negated/);
  assert.equal(gdeltRows(result, { dateAdded: ADDED, modalities: ['actual', 'intent', 'negated'] }).length, 1);
});

test('dates: precision maps to the first day; FractionDate as GDELT files compute it', () => {
  assert.deepEqual(gdeltDate('1956'), { sqlDate: '19560101', monthYear: '195601', year: '1956', fractionDate: '1956.0027' });
  assert.deepEqual(gdeltDate('2022-01'), { sqlDate: '20220101', monthYear: '202201', year: '2022', fractionDate: '2022.0027' });
  // Rows of GDELT's own files: 19790101 → 1979.0027, 20041126 → 2004.8932, 20131124 → 2013.8877.
  assert.equal(gdeltDate('1979-01-01')!.fractionDate, '1979.0027');
  assert.equal(gdeltDate('2004-11-26')!.fractionDate, '2004.8932');
  assert.equal(gdeltDate('2013-11-24')!.fractionDate, '2013.8877');
  assert.equal(gdeltDate('Jan 1956'), null);
  assert.equal(dateAddedStamp(new Date('2015-02-18T23:14:59Z')), '20150218230000');
  assert.equal(dateAddedStamp(new Date('2015-02-18T23:15:00Z')), '20150218231500');
});

test('actor codes split into country, known group, religion and types', () => {
  const parts = (code: string) => {
    const p = splitActorCode(code);
    return [p.countryCode, p.knownGroupCode, p.religion1Code, p.typeCodes.join('|')];
  };
  assert.deepEqual(parts('JPNGOV'), ['JPN', '', '', 'GOV']);
  assert.deepEqual(parts('USAGOVMIL'), ['USA', '', '', 'GOV|MIL']);
  assert.deepEqual(parts('RUS'), ['RUS', '', '', '']);
  assert.deepEqual(parts('IGOUNO'), ['', 'UNO', '', 'IGO']);
  assert.deepEqual(parts('IGOWSTNAT'), ['WST', 'NAT', '', 'IGO']);
  assert.deepEqual(parts('IGOEUREEC'), ['EUR', 'EEC', '', 'IGO']);
  assert.deepEqual(parts('IGOMOSOIC'), ['', 'OIC', 'MOS', 'IGO']);
  assert.deepEqual(parts('NGOHRIAMN'), ['', 'AMN', '', 'NGO|HRI']);
  assert.deepEqual(parts('MNCUSA'), ['USA', '', '', 'MNC']);
  assert.deepEqual(parts('JPNMED'), ['JPN', '', '', 'MED']);
  assert.deepEqual(parts('not a code'), ['', '', '', '']);
});

test('places: Geo_Type from the gazetteer kind, FIPS codes, country-level entities', () => {
  const at = (name: string, countries: string[], lat = 0, lon = 0) => actionGeo({ name, lat, lon, countries });
  assert.deepEqual(actionGeo(null), ['0', '', '', '', '', '', '', '']);
  assert.deepEqual(at('Kabul', ['AFG'], 34.53, 69.17), ['4', 'Kabul, Afghanistan', 'AF', '', '', '34.53', '69.17', '']);
  assert.equal(at('Crimea', ['UKR', 'RUS'])[0], '5');
  assert.equal(at('Crimea', ['UKR', 'RUS'])[2], 'UP');
  const hk = at('Hong Kong', ['CHN']);
  assert.deepEqual([hk[0], hk[2], hk[3], hk[7]], ['1', 'HK', 'HK', 'HK']);
  assert.deepEqual(at('Gaza Strip', ['PSE', 'ISR']).slice(0, 3), ['1', 'Gaza Strip', 'GZ']);
  assert.equal(at('Strait of Hormuz', [])[2], '', 'a sea outside any country has no country code');
});

test('the ISO → FIPS 10-4 table: known codes, no duplicates, ISO codes as the gazetteer writes them', () => {
  assert.equal(fipsOfIso3('JPN'), 'JA');
  assert.equal(fipsOfIso3('RUS'), 'RS');
  assert.equal(fipsOfIso3('USA'), 'US');
  assert.equal(fipsOfIso3('GBR'), 'UK');
  assert.equal(fipsOfIso3('DEU'), 'GM');
  assert.equal(fipsOfIso3('CHN'), 'CH');
  assert.equal(fipsOfIso3('XKX'), 'KV');
  assert.equal(fipsOfIso3('SUN'), null, 'historical states stay blank');
  assert.equal(fipsOfIso3('PSE'), null, 'FIPS has no single code for Palestine');
  assert.equal(fipsOfName('west bank'), 'WE');
  const rows = fipsRows();
  assert.equal(new Set(rows.map((r) => r.fips)).size, rows.length);
  const iso3s = new Set(loadCountries().map((c) => c.iso3 ?? c.code));
  for (const r of rows) if (r.iso3) assert.ok(iso3s.has(r.iso3), `${r.iso3} is an ISO code of countries.tsv`);
});
