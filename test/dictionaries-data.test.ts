import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findAgent,
  findOrganisations,
  isIsoDate,
  isValidOn,
  loadAgents,
  loadCountries,
  loadOrganisations,
  parseAgentRows,
  parseCountryRows,
  parseOrganisationRows,
  periodsOverlap,
  type CountryRecord,
  type DatedItem,
  type Period,
} from '../src/dictionaries/actors-data.js';

const countries = loadCountries();
const agents = loadAgents();
const organisations = loadOrganisations();

function checkPeriod(p: Period, what: string): void {
  if (p.from !== undefined) assert.ok(isIsoDate(p.from), `${what}: bad from ${p.from}`);
  if (p.to !== undefined) assert.ok(isIsoDate(p.to), `${what}: bad to ${p.to}`);
  if (p.from !== undefined && p.to !== undefined) assert.ok(p.from < p.to, `${what}: from ${p.from} >= to ${p.to}`);
}

/** The period an item is valid in, narrowed by its row's period. */
function itemPeriod(row: Period, item: DatedItem): Period {
  const from = [row.from, item.from].filter((d): d is string => d !== undefined).sort().at(-1);
  const to = [row.to, item.to].filter((d): d is string => d !== undefined).sort()[0];
  const p: Period = {};
  if (from !== undefined) p.from = from;
  if (to !== undefined) p.to = to;
  return p;
}

function country(code: string, date: string): CountryRecord {
  const rows = countries.filter((c) => c.code === code && isValidOn(c, date));
  assert.equal(rows.length, 1, `exactly one ${code} row valid on ${date}`);
  return rows[0]!;
}

test('countries: at least 190 entities, every row with a name and an adjective', () => {
  assert.ok(countries.length >= 190, `only ${countries.length} rows`);
  assert.ok(new Set(countries.map((c) => c.code)).size >= 190);
  for (const c of countries) {
    assert.ok(c.names.length > 0, `${c.code} (line ${c.line}) has no name`);
    assert.ok(c.adjectives.length > 0, `${c.code} (line ${c.line}) has no adjective`);
  }
});

test('countries: dates are valid ISO dates with from before to, on rows and items', () => {
  for (const c of countries) {
    checkPeriod(c, `${c.code} line ${c.line}`);
    for (const item of [...c.names, ...c.adjectives, ...c.capitals]) {
      checkPeriod(item, `${c.code} line ${c.line} "${item.text}"`);
      const p = itemPeriod(c, item);
      if (p.from !== undefined && p.to !== undefined) {
        assert.ok(p.from < p.to, `${c.code} line ${c.line}: "${item.text}" is never valid within its row`);
      }
    }
  }
});

test('countries: a code has at most one row on any date', () => {
  for (const a of countries) {
    for (const b of countries) {
      if (a !== b && a.code === b.code) {
        assert.ok(!periodsOverlap(a, b), `${a.code}: lines ${a.line} and ${b.line} overlap`);
      }
    }
  }
});

test('countries: names are unique among rows valid at the same time; shared adjectives are marked ambiguous', () => {
  type Entry = { row: CountryRecord; period: Period };
  const check = (field: 'names' | 'adjectives') => {
    const byText = new Map<string, Entry[]>();
    for (const row of countries) {
      const seenInRow = new Set<string>();
      for (const item of row[field]) {
        const key = item.text.toLowerCase();
        if (seenInRow.has(key)) continue;
        seenInRow.add(key);
        const entries = byText.get(key) ?? [];
        entries.push({ row, period: itemPeriod(row, item) });
        byText.set(key, entries);
      }
    }
    for (const [text, entries] of byText) {
      for (const a of entries) {
        for (const b of entries) {
          if (a.row === b.row || a.row.code === b.row.code || !periodsOverlap(a.period, b.period)) continue;
          const where = `"${text}" in ${a.row.code} (line ${a.row.line}) and ${b.row.code} (line ${b.row.line})`;
          assert.notEqual(field, 'names', `name ${where}`);
          assert.ok(/ambiguous/i.test(a.row.notes) && /ambiguous/i.test(b.row.notes), `adjective ${where} not marked ambiguous`);
        }
      }
    }
  };
  check('names');
  check('adjectives');
});

test('countries: ISO codes are three letters and unique per period', () => {
  for (const a of countries) {
    for (const b of countries) {
      if (a !== b && a.iso3 !== undefined && a.iso3 === b.iso3) {
        assert.ok(!periodsOverlap(a, b), `iso3 ${a.iso3}: lines ${a.line} and ${b.line} overlap`);
      }
    }
  }
});

test('countries: the Soviet Union ends and Russia begins on 1991-12-25, both with Moscow', () => {
  const sun = countries.filter((c) => c.code === 'SUN');
  const rus = countries.filter((c) => c.code === 'RUS');
  assert.equal(sun.length, 1);
  assert.equal(rus.length, 1);
  assert.equal(sun[0]!.to, '1991-12-25');
  assert.equal(rus[0]!.from, '1991-12-25');
  assert.ok(sun[0]!.adjectives.some((a) => a.text === 'Soviet'));
  assert.ok(sun[0]!.capitals.some((a) => a.text === 'Moscow'));
  assert.ok(rus[0]!.capitals.some((a) => a.text === 'Moscow'));
  assert.equal(country('SUN', '1985-03-11').code, 'SUN');
  assert.equal(country('RUS', '2022-01-12').code, 'RUS');
  assert.equal(countries.filter((c) => c.code === 'SUN' && isValidOn(c, '1991-12-25')).length, 0);
});

test('countries: Japan, the United States, and a few historical changes', () => {
  const jpn = country('JPN', '2022-01-12');
  assert.ok(jpn.adjectives.some((a) => a.text === 'Japanese'));
  assert.ok(jpn.capitals.some((a) => a.text === 'Tokyo'));
  const usa = country('USA', '2022-01-12');
  for (const name of ['United States', 'U.S.', 'America']) assert.ok(usa.names.some((n) => n.text === name), name);
  assert.ok(country('UKR', '2022-01-12').capitals.some((c) => c.text === 'Kyiv'));
  // Belgrade belongs to a different state in each period.
  const belgrade = (date: string) =>
    countries.filter((c) => isValidOn(c, date) && c.capitals.some((k) => k.text === 'Belgrade' && isValidOn(k, date))).map((c) => c.code);
  assert.deepEqual(belgrade('1980-01-01'), ['YUG']);
  assert.deepEqual(belgrade('1999-03-24'), ['SCG']);
  assert.deepEqual(belgrade('2010-01-01'), ['SRB']);
  assert.equal(country('SSD', '2011-07-09').code, 'SSD');
  assert.equal(countries.filter((c) => c.code === 'SSD' && isValidOn(c, '2011-07-08')).length, 0);
  assert.equal(country('DDR', '1989-11-09').to, '1990-10-03');
  const zaire = country('COD', '1990-01-01').names.find((n) => n.text === 'Zaire');
  assert.ok(zaire && isValidOn(zaire, '1990-01-01') && !isValidOn(zaire, '2000-01-01'));
});

test('agents: at least 200 phrases, lower case or capitalised word by word ("Diet"), each once, with known sector codes', () => {
  assert.ok(agents.length >= 200, `only ${agents.length} phrases`);
  const seen = new Set<string>();
  for (const a of agents) {
    assert.match(a.phrase, /^(?:[^A-Z]+|[A-Z][a-z]*(?: [A-Z][a-z]*)*)$/);
    assert.ok(!seen.has(a.phrase.toLowerCase()), `duplicate phrase "${a.phrase}" (line ${a.line})`);
    seen.add(a.phrase.toLowerCase());
  }
  assert.equal(findAgent(agents, 'lawmaker')?.code, 'LEG');
  assert.equal(findAgent(agents, 'lawmakers')?.code, 'LEG');
  assert.equal(findAgent(agents, 'officials')?.code, 'GOV');
  assert.equal(findAgent(agents, 'prime minister')?.code, 'GOV');
  assert.equal(findAgent(agents, 'troops')?.code, 'MIL');
  assert.equal(findAgent(agents, 'defense ministry')?.code, 'GOVMIL');
  assert.deepEqual(findAgent(agents, 'defence minister')?.sectors, ['GOV', 'MIL']);
});

test('organisations: codes, kinds, countries and dates', () => {
  const countryCodes = new Set(countries.map((c) => c.code));
  const codes = new Map<string, number>();
  for (const o of organisations) {
    checkPeriod(o, `${o.name} line ${o.line}`);
    if (o.country !== undefined) assert.ok(countryCodes.has(o.country), `${o.name}: unknown country ${o.country}`);
    if (o.kind === 'igo' || o.kind === 'ngo') {
      assert.ok(!codes.has(o.code), `${o.code} used by lines ${codes.get(o.code)} and ${o.line}`);
      codes.set(o.code, o.line);
    }
    if (o.kind === 'media') assert.ok(o.code.endsWith('MED'), `${o.name}: media code ${o.code}`);
  }
  assert.ok(organisations.filter((o) => o.kind === 'media').length >= 60);
});

test('organisations: a name or alias names one organisation at a time', () => {
  // (Save national bodies of one name in two countries, marked so in their notes: the story's country chooses.)
  const ofOneName = (a: (typeof organisations)[number], b: (typeof organisations)[number]) => a.country !== undefined && b.country !== undefined && a.country !== b.country && /of the same name/.test(a.notes + ' ' + b.notes);
  for (const a of organisations) {
    for (const b of organisations) {
      if (a === b || !periodsOverlap(a, b) || ofOneName(a, b)) continue;
      const shared = [a.name, ...a.aliases].filter((n) => [b.name, ...b.aliases].includes(n));
      assert.deepEqual(shared, [], `${a.name} (line ${a.line}) and ${b.name} (line ${b.line})`);
    }
  }
});

test('organisations: well-known codes resolve', () => {
  const code = (text: string, date = '2022-01-12') => findOrganisations(organisations, text, date).map((o) => o.code);
  assert.deepEqual(code('Kyodo'), ['JPNMED']);
  assert.deepEqual(code('Sputnik'), ['RUSMED']);
  assert.deepEqual(code('Pakistan Point News'), ['PAKMED']);
  assert.deepEqual(code('Reuters'), ['GBRMED']);
  assert.deepEqual(code('Xinhua'), ['CHNMED']);
  assert.deepEqual(code('NATO'), ['IGOWSTNAT']);
  assert.deepEqual(code('EU'), ['IGOEUREEC']);
  assert.deepEqual(code('United Nations'), ['IGOUNO']);
  assert.deepEqual(code('Amnesty International'), ['NGOHRIAMN']);
  assert.deepEqual(code('TASS', '1985-01-01'), ['SUNMED']);
  assert.deepEqual(code('TASS'), ['RUSMED']);
  assert.deepEqual(code('Kremlin', '1985-01-01'), ['SUNGOV']);
  assert.deepEqual(code('Kremlin'), ['RUSGOV']);
});

test('loaders name the file and line of a malformed row', () => {
  const row = (line: number, ...cells: string[]) => ({ cells, line });
  assert.throws(() => parseCountryRows('c.tsv', [row(7, 'JPN', 'JPN', 'Japan')]), /^Error: c\.tsv:7: expected 8/);
  assert.throws(
    () => parseCountryRows('c.tsv', [row(3, 'JPN', 'JPN', 'Japan', 'Japanese', 'Tokyo', '1991-13-01', '', '')]),
    /c\.tsv:3: row from: "1991-13-01" is not an ISO date/,
  );
  assert.throws(
    () => parseCountryRows('c.tsv', [row(4, 'SUN', 'SUN', 'USSR', 'Soviet', 'Moscow', '1991-12-25', '1922-12-30', '')]),
    /c\.tsv:4: row: from 1991-12-25 is not before to 1922-12-30/,
  );
  assert.throws(() => parseCountryRows('c.tsv', [row(5, 'Jpn', '', 'Japan', 'Japanese', '', '', '', '')]), /c\.tsv:5: code/);
  assert.throws(() => parseCountryRows('c.tsv', [row(6, 'JPN', '', 'Japan', '', '', '', '', '')]), /c\.tsv:6: adjectives/);
  assert.throws(() => parseCountryRows('c.tsv', [row(8, 'DEU', '', 'Germany', 'German', 'Bonn[..1999]', '', '', '')]), /c\.tsv:8: capitals "Bonn" to/);
  assert.throws(() => parseAgentRows('a.tsv', [row(9, 'lawmaker', 'LGS', '')]), /a\.tsv:9: code: unknown sector code LGS/);
  assert.throws(() => parseAgentRows('a.tsv', [row(10, 'LawMaker', 'LEG', '')]), /a\.tsv:10: phrase/);
  assert.throws(() => parseAgentRows('a.tsv', [row(11, 'lawmaker', 'LEG')]), /a\.tsv:11: expected 3/);
  assert.throws(
    () => parseOrganisationRows('o.tsv', [row(12, 'Kyodo', '', 'JPNMED', 'press', 'JPN', '', '', '')]),
    /o\.tsv:12: kind/,
  );
  assert.throws(
    () => parseOrganisationRows('o.tsv', [row(13, 'Kyodo', '', 'RUSMED', 'media', 'JPN', '', '', '')]),
    /o\.tsv:13: code: "RUSMED" does not start with its country JPN/,
  );
  assert.throws(
    () => parseOrganisationRows('o.tsv', [row(14, 'NATO', '', 'NATO', 'igo', '', '', '', '')]),
    /o\.tsv:14: code/,
  );
  const parsed = parseCountryRows('c.tsv', [row(1, 'DEU', 'DEU', 'Germany', 'German', 'Berlin[1990-10-03..]|Bonn[..1999-09-01]', '', '', '')]);
  assert.deepEqual(parsed[0]?.capitals, [{ text: 'Berlin', from: '1990-10-03' }, { text: 'Bonn', to: '1999-09-01' }]);
});

test('loaders report real line numbers from the data files', () => {
  const jpn = countries.find((c) => c.code === 'JPN')!;
  assert.ok(jpn.line > 1);
  assert.ok(agents.every((a) => a.line > 0) && organisations.every((o) => o.line > 0));
});

test('honorific-genders.tsv: a gender other than m or f stops with file and line', async () => {
  const { parseHonorificGenders } = await import('../src/code/dictionaries.js');
  assert.equal(parseHonorificGenders([{ cells: ['mr', 'm'], line: 4 }], 'x.tsv').get('MR'), 'm');
  assert.throws(() => parseHonorificGenders([{ cells: ['mr', 'male'], line: 7 }], 'x.tsv'), /x\.tsv:7: unknown gender "male"/);
  assert.throws(() => parseHonorificGenders([{ cells: ['Mr.', 'm'], line: 8 }], 'x.tsv'), /x\.tsv:8:/);
});

test('people-genders.tsv: one row for every person of people.tsv and none for anyone else; a bad row stops with file and line', async () => {
  const { parsePersonGenders, personGenders } = await import('../src/code/dictionaries.js');
  const { loadPeople } = await import('../src/dictionaries/people-places-data.js');
  const people = new Set(loadPeople().map((p) => p.name));
  const genders = personGenders();
  assert.deepEqual([...people].filter((name) => !genders.has(name)), [], 'people.tsv names with no gender row');
  assert.deepEqual([...genders.keys()].filter((name) => !people.has(name)), [], 'gender rows naming nobody of people.tsv');
  assert.equal(genders.get('Hillary Clinton'), 'f');
  assert.equal(genders.get('Tony Blair'), 'm');
  assert.throws(() => parsePersonGenders([{ cells: ['Tony Blair', 'male'], line: 9 }], 'x.tsv'), /x\.tsv:9: unknown gender "male"/);
  assert.throws(() => parsePersonGenders([{ cells: ['Tony Blair', 'm'], line: 3 }, { cells: ['Tony Blair', 'm'], line: 4 }], 'x.tsv'), /x\.tsv:4: "Tony Blair" is listed twice/);
});

test('organisations: armed groups are coded by period (the Taliban govern from 2021-08-15) and a transnational one is IMG', () => {
  const code = (text: string, date: string) => findOrganisations(organisations, text, date).map((o) => o.code);
  assert.deepEqual(code('Taliban', '2010-06-01'), ['AFGREB']);
  assert.deepEqual(code('Taliban', '1999-06-01'), ['AFGGOV']);
  assert.deepEqual(code('Taliban', '2021-08-15'), ['AFGGOV']);
  assert.deepEqual(code('Hamas', '2023-10-07'), ['PSEREBHMS']);
  assert.deepEqual(code('al-Qaeda', '2001-09-11'), ['IMGMOSALQ']);
  assert.deepEqual(code('Rapid Support Forces', '2020-01-01'), ['SDNMIL']);
  assert.deepEqual(code('Rapid Support Forces', '2023-05-01'), ['SDNREB']);
  assert.deepEqual(code('Islamic State', '2010-01-01'), []);
  const rules = { countries: new Set(countries.map((c) => c.code)) };
  assert.throws(() => parseOrganisationRows('organisations.tsv', [{ cells: ['Some Front', '', 'REBFRN', 'armed', '', '', '', ''], line: 9 }], rules), /organisations\.tsv:9.*IMG/);
});

test('armed groups and the weapons of an armed service are actors of events', async () => {
  const { analyze } = await import('../src/pipeline.js');
  const events = (text: string, date: string) => analyze({ text, title: '', date }).events.map((e) => `${e.source.actor}>${e.target.actor}:${e.code.slice(0, 2)}`);
  assert.deepEqual(events('Hamas fired rockets at Israel.', '2023-10-07'), ['PSEREBHMS>ISR:19']);
  assert.deepEqual(events('The Taliban government met Chinese officials in Kabul on Tuesday.', '2023-06-01'), ['AFGGOV>CHNGOV:04']);
  // (Aircraft that bomb employ aerial weapons, CAMEO 195.)
  assert.deepEqual(events('Turkish military jets bombed PKK positions in northern Iraq.', '2023-06-01'), ['TURMIL>TURREB:19']);
});
