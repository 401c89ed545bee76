import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  COMPANIES_FILE,
  isValidOn,
  loadCompanies,
  loadCountries,
  loadOrganisations,
  parseOrganisationRows,
  periodsOverlap,
  type OrganisationRecord,
} from '../src/dictionaries/actors-data.js';
import { loadPeople, loadPlaces } from '../src/dictionaries/people-places-data.js';
import { organisationPhrases, spellingVariants } from '../src/dictionaries/organisation-phrases.js';
import { canonicalWords } from '../src/code/lexicon.js';
import { analyze } from '../src/pipeline.js';

const companies = loadCompanies();
const key = (text: string) => canonicalWords(text).join(' ');

test('companies: several hundred rows, each its country + BUS', () => {
  assert.ok(companies.length >= 400, `only ${companies.length} companies`);
  const countries = new Set(loadCountries().map((c) => c.code));
  for (const c of companies) {
    assert.equal(c.kind, 'company');
    assert.ok(c.country && countries.has(c.country), `${COMPANIES_FILE}:${c.line} country ${c.country}`);
    assert.equal(c.code, `${c.country}BUS`, `${COMPANIES_FILE}:${c.line}`);
  }
});

test('companies: no name or alias is a country, capital, person, place or organisation of the other dictionaries', () => {
  const taken = new Map<string, string>();
  const take = (text: string, what: string) => taken.set(key(text), what);
  for (const c of loadCountries()) for (const item of [...c.names, ...c.adjectives, ...c.capitals]) take(item.text, `countries.tsv:${c.line}`);
  for (const p of loadPeople()) for (const text of [p.name, ...p.aliases]) take(text, `people.tsv:${p.line}`);
  for (const p of loadPlaces()) for (const text of [p.name, ...p.aliases]) take(text, `places.tsv:${p.line}`);
  for (const o of loadOrganisations()) for (const text of [o.name, ...o.aliases]) take(text, `organisations.tsv:${o.line}`);
  const clashes: string[] = [];
  for (const c of companies) {
    for (const text of [c.name, ...c.aliases].flatMap(spellingVariants)) {
      const other = taken.get(key(text));
      if (other) clashes.push(`companies.tsv:${c.line} "${text}" is also ${other}`);
    }
  }
  assert.deepEqual(clashes, []);
});

test('companies: a name shared by two rows means one code, or periods that do not overlap', () => {
  const byName = new Map<string, OrganisationRecord[]>();
  for (const c of companies) {
    for (const text of new Set([c.name, ...c.aliases].map(key))) byName.set(text, [...(byName.get(text) ?? []), c]);
  }
  const clashes: string[] = [];
  for (const [text, rows] of byName) {
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const [a, b] = [rows[i]!, rows[j]!];
        if (a.code !== b.code && periodsOverlap(a, b)) clashes.push(`"${text}": lines ${a.line} (${a.code}) and ${b.line} (${b.code})`);
      }
    }
  }
  assert.deepEqual(clashes, []);
});

test('companies: no alias is a lower-case word or a bare common word', () => {
  const common = ['Shell', 'Total', 'Orange', 'Target', 'Gap', 'Next', 'Visa', 'Delta', 'Apple', 'Amazon', 'Alphabet', 'Meta', 'Mobile', 'General', 'National', 'Continental', 'United', 'American', 'Sun', 'Oracle', 'Ford', 'Dell', 'Boots', 'Dow'];
  for (const c of companies) {
    for (const text of [c.name, ...c.aliases]) {
      // The matcher wants a capital in a name's first word as written ("eBay", "easyJet" have one).
      assert.ok(/[\p{Lu}\p{N}]/u.test(text.split(' ')[0]!), `${COMPANIES_FILE}:${c.line}: "${text}" has no capital in its first word`);
      assert.ok(!common.includes(text), `${COMPANIES_FILE}:${c.line}: "${text}" is a common word`);
    }
  }
});

test('the company loader names the file and line of each kind of bad row', () => {
  const rules = { countries: new Set(loadCountries().map((c) => c.code)), kinds: ['company'] as const };
  const parse = (line: number, ...cells: string[]) => parseOrganisationRows('companies.tsv', [{ cells, line }], { countries: rules.countries, kinds: [...rules.kinds] });
  assert.equal(parse(3, 'Boeing', 'Boeing Company', 'USABUS', 'company', 'USA', '', '', '')[0]?.code, 'USABUS');
  assert.throws(() => parse(4, 'Boeing', '', 'XYZBUS', 'company', 'XYZ', '', '', ''), /^Error: companies\.tsv:4: country: "XYZ" is not a code of/);
  assert.throws(() => parse(5, 'Boeing', '', 'USAGOV', 'company', 'USA', '', '', ''), /^Error: companies\.tsv:5: code: a company's code is its country \+ BUS \(USABUS\), got "USAGOV"/);
  assert.throws(() => parse(6, 'Boeing', '', 'FRABUS', 'company', 'USA', '', '', ''), /^Error: companies\.tsv:6: code: "FRABUS" does not start with its country USA/);
  assert.throws(() => parse(7, 'Boeing', '', 'USABUS', 'company', '', '', '', ''), /^Error: companies\.tsv:7: country: required/);
  assert.throws(() => parse(8, 'Yukos', '', 'RUSBUS', 'company', 'RUS', '2007-13-01', '', ''), /^Error: companies\.tsv:8: row from: "2007-13-01" is not an ISO date/);
  assert.throws(() => parse(9, 'Yukos', '', 'RUSBUS', 'company', 'RUS', '2007-11-21', '1993-04-15', ''), /^Error: companies\.tsv:9: row: from 2007-11-21 is not before to 1993-04-15/);
  assert.throws(() => parse(10, 'Yukos', '', 'RUSBUS', 'company', 'RUS', '', ''), /^Error: companies\.tsv:10: expected 8 tab-separated columns, found 7/);
  assert.throws(() => parse(11, 'Yukos', '', 'RUSMED', 'media', 'RUS', '', '', ''), /^Error: companies\.tsv:11: kind: "media" is not one of company/);
  assert.throws(() => parse(12, 'Yukos', 'Yukos Oil|', 'RUSBUS', 'company', 'RUS', '', '', ''), /^Error: companies\.tsv:12: aliases: empty item/);
  // organisations.tsv takes every kind but company.
  assert.throws(
    () => parseOrganisationRows('organisations.tsv', [{ cells: ['Boeing', '', 'USABUS', 'company', 'USA', '', '', ''], line: 13 }], { kinds: ['igo', 'ngo', 'media', 'gov', 'party'] }),
    /^Error: organisations\.tsv:13: kind: "company" is not one of igo, ngo, media, gov, party/,
  );
});

test('spellingVariants: British and American spellings, co-operation and possessives', () => {
  assert.deepEqual(spellingVariants('Boeing'), ['Boeing']);
  assert.deepEqual(spellingVariants('World Health Organization'), ['World Health Organization', 'World Health Organisation']);
  assert.deepEqual(spellingVariants('Organisation for Economic Co-operation and Development').sort(), [
    'Organisation for Economic Co-operation and Development',
    'Organisation for Economic Cooperation and Development',
    'Organization for Economic Co-operation and Development',
    'Organization for Economic Cooperation and Development',
  ]);
  assert.deepEqual(spellingVariants("People's Daily"), ["People's Daily", 'People Daily']);
  // A one-word possessive name keeps its 's: "Sainsbury" alone is Lord Sainsbury.
  assert.deepEqual(spellingVariants("Sainsbury's"), ["Sainsbury's"]);
  assert.deepEqual(spellingVariants('Privatisation Agency'), ['Privatisation Agency', 'Privatization Agency']);
  // "Co-operation" is one token in text (canonical COOPERATION) but two words in a dictionary phrase.
  assert.deepEqual(canonicalWords('Co-operation'), ['CO', 'OPERATION']);
  assert.deepEqual(canonicalWords('Cooperation'), ['COOPERATION']);
});

test('organisation phrases carry the variants of organisations.tsv and companies.tsv with their source', () => {
  const phrases = organisationPhrases();
  const oecd = phrases.filter((p) => p.codes[0]?.code === 'IGOWSTBUS').map((p) => p.text);
  assert.ok(oecd.includes('Organization for Economic Co-operation and Development'));
  assert.ok(oecd.includes('Organisation for Economic Cooperation and Development'));
  const boeing = phrases.find((p) => p.text === 'Boeing');
  assert.equal(boeing?.codes[0]?.code, 'USABUS');
  assert.match(boeing?.source ?? '', /^dictionaries\/companies\.tsv:\d+$/);
});

function events(text: string, date = '2005-03-01') {
  return analyze({ text: `Headline\n\n${text}`, date }).events.map((e) => `${e.source?.actor ?? '-'} ${e.code} ${e.target?.actor ?? '-'}`);
}

test('a company is an actor: Boeing is USABUS', () => {
  assert.deepEqual(events('Boeing sold ten aircraft to the Japanese government.'), ['USABUS 061 JPNGOV']);
});

test('both spellings of an organisation are coded', () => {
  assert.deepEqual(events('The Organization for Economic Co-operation and Development criticised Japan.'), ['IGOWSTBUS 111 JPN']);
  assert.deepEqual(events('The Organisation for Economic Cooperation and Development criticised Japan.'), ['IGOWSTBUS 111 JPN']);
});

test('a company that moved its head office is coded by date: Royal Dutch Shell NLD, then GBR', () => {
  assert.deepEqual(events('Royal Dutch Shell criticised Nigeria.', '2005-03-01'), ['NLDBUS 111 NGA']);
  assert.deepEqual(events('Royal Dutch Shell criticised Nigeria.', '2023-03-01'), ['GBRBUS 111 NGA']);
});

test('a company row is dated: Yukos after its liquidation gives no code', () => {
  const yukos = companies.filter((c) => c.name === 'Yukos');
  assert.equal(yukos.length, 1);
  assert.ok(isValidOn(yukos[0]!, '2004-07-01'));
  assert.ok(!isValidOn(yukos[0]!, '2010-01-01'));
});

test('a lower-case common word is not a company', () => {
  // "Shell" is no alias (only "Royal Dutch Shell", "Shell plc"), and no company name matches written lower case.
  assert.deepEqual(events('Rebels attacked a shell company in Nigeria.').filter((e) => e.includes('BUS')), []);
  assert.deepEqual(events('Shell companies in Nigeria were attacked by rebels.').filter((e) => e.includes('BUS')), []);
  assert.deepEqual(events('Police said yukos and gazprom were attacked by rebels.').filter((e) => e.includes('BUS')), []);
  // A surname is not the company of the same name with a possessive: Lord Sainsbury is not Sainsbury's.
  assert.deepEqual(events('Lord Sainsbury criticised Japan.').filter((e) => e.includes('BUS')), []);
});
