// UK and US cabinets, shadow cabinets and congressional leaders in data/dictionaries/people.tsv: the rows
// load, a few facts come out of the loader and the coder, and no written form names two people at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rolesOf, type PersonRole } from '../src/dictionaries/people-places-data.js';
import { codeOf, eventsOf, people } from './support/people.js';
import { canonicalWords } from '../src/code/lexicon.js';

test('people: UK cabinet ministers have one row per office, reshuffles included', () => {
  assert.deepEqual(codeOf('John Prescott', '2003-01-01'), ['GBRGOV Deputy Prime Minister and First Secretary of State']);
  assert.deepEqual(codeOf('Alan Milburn', '2002-03-05'), ['GBRGOV Health Secretary']);
  assert.deepEqual(codeOf('Alan Milburn', '2005-01-10'), ['GBRGOV Chancellor of the Duchy of Lancaster']);
  assert.equal(codeOf('Alan Milburn', '2006-01-10'), undefined);
  // One person, several offices in turn (John Reid: Scotland, Northern Ireland, party chair, Commons, Health, Defence, Home).
  const reid = rolesOf(people, 'John Reid').filter((r) => r.code === 'GBRGOV').map((r) => r.role);
  assert.ok(reid.length >= 7, reid.join('; '));
  // Hain held Wales with three other offices: one combined row per period, never two overlapping rows.
  assert.deepEqual(codeOf('Peter Hain', '2006-01-01'), ['GBRGOV Northern Ireland Secretary and Welsh Secretary']);
});

test('people: shadow ministers and Liberal Democrat spokesmen are GBROPP for their periods', () => {
  assert.deepEqual(codeOf('Ann Widdecombe', '2000-03-01'), ['GBROPP Shadow Home Secretary']);
  assert.deepEqual(codeOf('Oliver Letwin', '2004-05-18'), ['GBROPP Shadow Chancellor']);
  assert.deepEqual(codeOf('Vince Cable', '2005-02-01'), ['GBROPP Liberal Democrat Treasury spokesman']);
  assert.deepEqual(codeOf('Vince Cable', '2012-02-01'), ['GBRGOV Business Secretary']);
  assert.deepEqual(codeOf('Menzies Campbell', '2004-06-01'), ['GBROPP Liberal Democrat Foreign Affairs spokesman']);
  // Howard: shadow chancellor until he became party leader on 2003-11-06.
  assert.deepEqual(codeOf('Michael Howard', '2003-11-05'), ['GBROPP Shadow Chancellor']);
  assert.deepEqual(codeOf('Michael Howard', '2003-11-06'), ['GBROPP Leader of the Conservative Party, Leader of the Opposition']);
});

test('people: US cabinet, White House, intelligence and congressional rows', () => {
  assert.deepEqual(codeOf('Janet Reno', '1998-05-18'), ['USAGOV Attorney General']);
  assert.deepEqual(codeOf('Robert Mueller', '2018-06-01'), ['USAGOV Special Counsel']);
  assert.deepEqual(codeOf('John McCain', '2008-09-01'), ['USALEG Senator from Arizona']);
  assert.deepEqual(codeOf('Ted Kennedy', '2005-01-01'), ['USALEG Senator from Massachusetts']);
  assert.deepEqual(codeOf('Mitt Romney', '2005-01-01'), ['USAGOV Governor of Massachusetts']);
  assert.deepEqual(codeOf('Mitt Romney', '2020-01-01'), ['USALEG Senator from Utah']);
  assert.deepEqual(codeOf('Susan Rice', '2010-01-01'), ['USAGOV Ambassador to the United Nations']);
  assert.deepEqual(codeOf('Bill Richardson', '1999-01-01'), ['USAGOV Secretary of Energy']);
  // Ted Kennedy is not "Kennedy" (Charles Kennedy, 1999-2006, is), nor is Dennis Blair "Blair".
  assert.ok(!rolesOf(people, 'Kennedy').some((r) => r.name === 'Ted Kennedy'));
  assert.ok(!rolesOf(people, 'Blair').some((r) => r.name === 'Dennis Blair'));
});

test('coder: the new people are coded in made-up sentences', () => {
  assert.deepEqual(eventsOf('Alan Milburn criticised China on Tuesday.', '2002-03-05'), ['GBRGOV>CHN:111']);
  assert.deepEqual(eventsOf('Ann Widdecombe criticised Jack Straw on Tuesday.', '2000-03-01'), ['GBROPP>GBRGOV:111']);
  assert.deepEqual(eventsOf('Janet Reno criticised Russia on Tuesday.', '1998-05-18'), ['USAGOV>RUS:111']);
  assert.deepEqual(eventsOf('Senator John McCain criticised Russia on Tuesday.', '2005-03-01'), ['USALEG>RUS:111']);
  assert.deepEqual(eventsOf('Mr Prescott met Chinese officials in Beijing on Monday.', '2004-04-05'), ['GBRGOV>CHNGOV:040']);
});

test('people: no name or alias of one person is a name or alias of another person of the same country in an overlapping period', () => {
  // People of one name in different countries are told apart by the countries the story is about (the coder's
  // resolveGroup: "Howard" in a story of Australia is John Howard); in one country nothing tells them apart.
  const spans = new Map<string, Map<string, PersonRole[]>>();
  for (const r of people) {
    for (const text of new Set([r.name, ...r.aliases])) {
      const key = canonicalWords(text).join(' ');
      const byPerson = spans.get(key) ?? new Map<string, PersonRole[]>();
      byPerson.set(r.name, [...(byPerson.get(r.name) ?? []), r]);
      spans.set(key, byPerson);
    }
  }
  const overlap = (a: PersonRole, b: PersonRole) => (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
  const clashes: string[] = [];
  for (const [key, byPerson] of spans) {
    const names = [...byPerson.keys()];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const a = byPerson.get(names[i]!)!;
        const b = byPerson.get(names[j]!)!;
        const pair = a.flatMap((x) => b.filter((y) => overlap(x, y) && x.code.slice(0, 3) === y.code.slice(0, 3)).map((y) => `lines ${x.line}/${y.line}`));
        if (pair.length > 0) clashes.push(`"${key}": ${names[i]} and ${names[j]} (${pair[0]})`);
      }
    }
  }
  assert.deepEqual(clashes, []);
});
