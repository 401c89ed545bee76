import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadOrganisations, type OrganisationRecord } from '../src/dictionaries/actors-data.js';
import { analyze } from '../src/pipeline.js';

// Political parties (kind party): one row per period, the party's country + GOV while it governs, + OPP while in
// opposition. Rows of one party (one name) follow each other without overlap or gap.

const parties = loadOrganisations().filter((o) => o.kind === 'party');

function byName(): Map<string, OrganisationRecord[]> {
  const map = new Map<string, OrganisationRecord[]>();
  for (const p of parties) map.set(p.name, [...(map.get(p.name) ?? []), p]);
  return map;
}

test('parties: every row is its country + GOV or OPP', () => {
  assert.ok(parties.length > 0);
  for (const p of parties) {
    assert.ok(p.country !== undefined && /^[A-Z]{3}$/.test(p.country), `${p.name} (line ${p.line}): country ${p.country}`);
    assert.match(p.code, new RegExp(`^${p.country}(GOV|OPP)$`), `${p.name} (line ${p.line})`);
  }
});

test('parties: the periods of one party neither overlap nor leave a gap', () => {
  for (const [name, rows] of byName()) {
    const sorted = [...rows].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    for (const [i, row] of sorted.entries()) {
      const where = `${name} (line ${row.line})`;
      if (i > 0) assert.notEqual(row.from, undefined, `${where}: only the first row may start open`);
      if (i < sorted.length - 1) {
        assert.notEqual(row.to, undefined, `${where}: only the last row may end open`);
        assert.equal(sorted[i + 1]!.from, row.to, `${where} ends ${row.to}, the next row (line ${sorted[i + 1]!.line}) starts ${sorted[i + 1]!.from}`);
      }
      if (i > 0) assert.notEqual(sorted[i - 1]!.code, row.code, `${where}: the same code as the row before it (one period split in two)`);
    }
  }
});

test('parties: rows of one party repeat its aliases and country', () => {
  for (const [name, rows] of byName()) {
    for (const row of rows) {
      assert.deepEqual(row.aliases, rows[0]!.aliases, `${name} (line ${row.line})`);
      assert.equal(row.country, rows[0]!.country, `${name} (line ${row.line})`);
    }
  }
});

/** The actor codes analyze() gives the entities of a one-sentence story on a date. */
function actors(sentence: string, date: string): string[] {
  const result = analyze({ text: `Headline\n\n${sentence}`, date });
  return (result.entities as { actor?: string | null }[]).map((e) => e.actor ?? '');
}

function reads(sentence: string, date: string, code: string): void {
  const found = actors(sentence, date);
  assert.ok(found.includes(code), `"${sentence}" on ${date}: ${JSON.stringify(found)}, expected ${code}`);
}

test('parties: Japan', () => {
  reads('The Liberal Democratic Party met on Monday.', '1987-03-31', 'JPNGOV');
  reads('The Liberal Democratic Party met on Monday.', '2010-06-01', 'JPNOPP');
  reads('The Liberal Democratic Party met on Monday.', '1994-01-10', 'JPNOPP');
  reads('The Japan Socialist Party met on Monday.', '1987-03-31', 'JPNOPP');
  reads('The Democratic Party of Japan met on Monday.', '2010-06-01', 'JPNGOV');
  reads('Komeito met on Monday.', '2015-06-01', 'JPNGOV');
});

test('parties: Germany', () => {
  reads('The CDU met on Monday.', '1987-03-31', 'DEUGOV');
  reads('The SPD met on Monday.', '1987-03-31', 'DEUOPP');
  reads('The SPD met on Monday.', '2000-03-31', 'DEUGOV');
  reads('The Free Democratic Party met on Monday.', '2024-12-01', 'DEUOPP');
  reads('The AfD met on Monday.', '2024-12-01', 'DEUOPP');
});

test('parties: France', () => {
  reads('The French National Front met on Monday.', '1987-03-31', 'FRAOPP');
  reads('The RPR met on Monday.', '1987-03-31', 'FRAGOV');
  reads('The RPR met on Monday.', '1990-03-31', 'FRAOPP');
  reads('The UMP met on Monday.', '2008-03-31', 'FRAGOV');
  reads('Les Républicains met on Monday.', '2025-01-10', 'FRAGOV');
  reads('Les Républicains met on Monday.', '2026-01-05', 'FRAOPP');
});

test('parties: Italy', () => {
  reads('The Italian Communist Party met on Monday.', '1987-03-31', 'ITAOPP');
  reads('The Italian Socialist Party met on Monday.', '1987-03-31', 'ITAGOV');
  reads('The Italian Socialist Party met on Monday.', '1987-05-01', 'ITAOPP');
  reads('The leader of Christian Democracy met on Monday.', '1987-03-31', 'ITAGOV');
  reads('Forza Italia met on Monday.', '1994-06-01', 'ITAGOV');
  reads('Forza Italia met on Monday.', '1997-06-01', 'ITAOPP');
  reads("Italy's Democratic Party met on Monday.", '2015-01-01', 'ITAGOV');
  reads('The Five Star Movement met on Monday.', '2019-01-01', 'ITAGOV');
  reads('The Five Star Movement met on Monday.', '2023-01-01', 'ITAOPP');
  reads('Brothers of Italy met on Monday.', '2023-01-01', 'ITAGOV');
});

test('parties: Russia, the Soviet Union and China', () => {
  reads('United Russia met on Monday.', '2010-01-01', 'RUSGOV');
  reads('The Communist Party of the Russian Federation met on Monday.', '2010-01-01', 'RUSOPP');
  reads('The Liberal Democratic Party of Russia met on Monday.', '2010-01-01', 'RUSOPP');
  reads('The Communist Party of the Soviet Union met on Monday.', '1987-03-31', 'SUNGOV');
  reads('The Chinese Communist Party met on Monday.', '1987-03-31', 'CHNGOV');
  reads('The Communist Party of China met on Monday.', '2022-01-12', 'CHNGOV');
});

test('parties: India', () => {
  reads('The Congress Party met on Monday.', '1987-03-31', 'INDGOV');
  reads('The Congress Party met on Monday.', '2016-03-31', 'INDOPP');
  reads('The BJP met on Monday.', '1999-03-31', 'INDGOV');
  reads('The Bharatiya Janata Party met on Monday.', '2010-03-31', 'INDOPP');
});

test('parties: Israel', () => {
  reads('Likud met on Monday.', '1987-03-31', 'ISRGOV');
  reads('Likud met on Monday.', '1994-03-31', 'ISROPP');
  reads('The Israeli Labor Party met on Monday.', '1994-03-31', 'ISRGOV');
  reads('The Israeli Labor Party met on Monday.', '2015-03-31', 'ISROPP');
  reads('Kadima met on Monday.', '2007-03-31', 'ISRGOV');
  reads('Yesh Atid met on Monday.', '2023-03-31', 'ISROPP');
});

test('parties: Canada and Australia', () => {
  reads('The Liberal Party of Canada met on Monday.', '1987-03-31', 'CANOPP');
  reads('The Progressive Conservative Party met on Monday.', '1987-03-31', 'CANGOV');
  reads('The Conservative Party of Canada met on Monday.', '2010-03-31', 'CANGOV');
  reads('The Australian Labor Party met on Monday.', '1987-03-31', 'AUSGOV');
  reads('The Liberal Party of Australia met on Monday.', '2000-03-31', 'AUSGOV');
});

test('parties: South Korea and Taiwan', () => {
  reads('The ruling Democratic Justice Party met on Monday.', '1987-03-31', 'KORGOV');
  reads('The Grand National Party met on Monday.', '2000-03-31', 'KOROPP');
  reads('The People Power Party met on Monday.', '2023-03-31', 'KORGOV');
  reads('The Democratic Party of Korea met on Monday.', '2023-03-31', 'KOROPP');
  reads('The Kuomintang met on Monday.', '1987-03-31', 'TWNGOV');
  reads('The Kuomintang met on Monday.', '2002-03-31', 'TWNOPP');
  reads('The Democratic Progressive Party met on Monday.', '2002-03-31', 'TWNGOV');
});

test('parties: Pakistan and Turkey', () => {
  reads('The Pakistan Peoples Party met on Monday.', '1989-03-31', 'PAKGOV');
  reads('The Pakistan Peoples Party met on Monday.', '1985-03-31', 'PAKOPP');
  reads('The PML-N met on Monday.', '1998-03-31', 'PAKGOV');
  reads('The PML-N met on Monday.', '2019-03-31', 'PAKOPP');
  reads('Pakistan Tehreek-e-Insaf met on Monday.', '2019-03-31', 'PAKGOV');
  reads('The AKP met on Monday.', '2010-03-31', 'TURGOV');
  reads("The Republican People's Party met on Monday.", '2010-03-31', 'TUROPP');
});

test('parties: Spain, Mexico and Brazil', () => {
  reads("The Spanish Socialist Workers' Party met on Monday.", '1987-03-31', 'ESPGOV');
  reads('The PSOE met on Monday.', '2000-03-31', 'ESPOPP');
  reads("Spain's People's Party met on Monday.", '2000-03-31', 'ESPGOV');
  reads('The PRI met on Monday.', '1987-03-31', 'MEXGOV');
  reads('The PRI met on Monday.', '2005-03-31', 'MEXOPP');
  reads('The National Action Party met on Monday.', '2005-03-31', 'MEXGOV');
  reads('Morena met on Monday.', '2020-03-31', 'MEXGOV');
  reads("Brazil's Workers' Party met on Monday.", '2005-03-31', 'BRAGOV');
  reads("Brazil's Workers' Party met on Monday.", '2020-03-31', 'BRAOPP');
  reads('The PSDB met on Monday.', '1999-03-31', 'BRAGOV');
  reads('The PMDB met on Monday.', '1983-03-31', 'BRAOPP');
});

test('parties: abbreviations that other words share are no aliases ("the UDF engine", "PAN AM SAYS")', () => {
  const actors = (text: string, date: string) => (analyze({ text: `Headline\n\n${text}`, date }).entities as { type: string; actor?: string | null }[]).filter((e) => e.type === 'actor').map((e) => e.actor);
  assert.deepEqual(actors('Boeing said the UDF engine would save fuel.', '1987-04-08'), ['USABUS']);
  assert.ok(!actors('PAN AM SAYS IT WILL CUT FARES', '1987-04-08').some((a) => a?.startsWith('MEX')));
  // (The United Kingdom's National Front is no French party.)
  assert.ok(!actors('The National Front marched through London.', '1987-04-08').some((a) => a?.startsWith('FRA')));
});

test('parties: a party\'s one-word name after another country and a word of a name is another party ("Italy\'s Christian Democrats")', () => {
  const actors = (text: string) => (analyze({ text: `Headline\n\n${text}`, date: '1987-04-08' }).entities as { type: string; actor?: string | null }[]).filter((e) => e.type === 'actor').map((e) => e.actor);
  assert.ok(!actors("Italy's Christian Democrats criticised Japan.").includes('USAOPP'));
  // (So is one after a word of another party's name, party-name-words.tsv.)
  assert.ok(!actors('The majority Christian Democrats decided to withdraw their ministers.').includes('USAOPP'));
  assert.ok(actors('Congressional Democrats criticised Japan.').includes('USAOPP'));
});
