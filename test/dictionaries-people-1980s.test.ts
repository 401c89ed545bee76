// Office holders of 1980-1992 in data/dictionaries/people.tsv (heads of state and government, foreign, finance and
// oil ministers, central bank and international organisation heads): the loader gives the role of the date, and
// made-up sentences dated in the 1980s code the people as their governments of the time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOf, eventsOf } from './support/people.js';

test('people 1980s: one row per office, the role of the date', () => {
  assert.deepEqual(codeOf('Ronald Reagan', '1987-04-01'), ['USAGOV President']);
  assert.equal(codeOf('Ronald Reagan', '1990-01-01'), undefined);
  // James Baker: chief of staff, Treasury, (campaign: no row), Secretary of State.
  assert.deepEqual(codeOf('James Baker', '1983-05-01'), ['USAGOV White House Chief of Staff']);
  assert.deepEqual(codeOf('James Baker', '1987-04-01'), ['USAGOV Secretary of the Treasury']);
  assert.equal(codeOf('James Baker', '1988-10-01'), undefined);
  assert.deepEqual(codeOf('James Baker', '1990-01-01'), ['USAGOV Secretary of State']);
  assert.deepEqual(codeOf('Kiichi Miyazawa', '1987-04-01'), ['JPNGOV Minister of Finance']);
  assert.deepEqual(codeOf('Kiichi Miyazawa', '1992-04-01'), ['JPNGOV Prime Minister']);
  assert.deepEqual(codeOf('Jacques Chirac', '1987-04-01'), ['FRAGOV Prime Minister']);
  assert.deepEqual(codeOf('Shimon Peres', '1982-01-01'), ['ISROPP Leader of the Labor Party, Leader of the Opposition']);
  assert.deepEqual(codeOf('Yitzhak Shamir', '1985-01-01'), ['ISRGOV Vice Prime Minister and Foreign Minister']);
  assert.deepEqual(codeOf('Deng Xiaoping', '1987-04-01'), ['CHNGOV Paramount leader; Chairman of the Central Military Commission']);
  // Central bank heads are their country's GOVBUS (agents.tsv: central bank GOVBUS).
  assert.deepEqual(codeOf('Paul Volcker', '1985-01-01'), ['USAGOVBUS Chairman of the Federal Reserve']);
  assert.deepEqual(codeOf('Alan Greenspan', '1990-01-01'), ['USAGOVBUS Chairman of the Federal Reserve']);
  // Soviet roles are SUN and end with the Union.
  assert.deepEqual(codeOf('Andrei Gromyko', '1984-01-01'), ['SUNGOV Foreign Minister']);
});

test('coder: office holders of the 1980s are coded in made-up sentences of their years', () => {
  assert.deepEqual(eventsOf('President Reagan criticised Libya.', '1987-04-01'), ['USAGOV>LBY:111']);
  assert.deepEqual(
    eventsOf('Treasury Secretary James Baker met Japanese Finance Minister Kiichi Miyazawa.', '1987-04-01'),
    ['USAGOV>JPNGOV:040'],
  );
  assert.deepEqual(eventsOf('Nakasone criticised the United States on Tuesday.', '1987-04-01'), ['JPNGOV>USA:111']);
  assert.deepEqual(eventsOf('Stoltenberg met Lawson in Bonn on Tuesday.', '1987-04-01'), ['DEUGOV>GBRGOV:040']);
  assert.deepEqual(eventsOf('Gorbachev met Reagan in Reykjavik.', '1986-10-11'), ['SUNGOV>USAGOV:040']);
  assert.deepEqual(eventsOf('Sheikh Yamani criticised Britain on Tuesday.', '1986-03-01'), ['SAUGOV>GBR:111']);
  assert.deepEqual(eventsOf('Sourrouille met Camdessus in Washington.', '1987-04-01'), ['ARGGOV>IGOBUSIMF:040']);
});
