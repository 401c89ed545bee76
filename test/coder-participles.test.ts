import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import type { CodedEvent } from '../src/code/coder.js';

// -ing clauses outside a progressive: an act of their own where the parse reads a clause told as done, with the
// subject they share with their governor; nothing where they are weighed, prevented, said of a noun, or a frame.

const code = (text: string, date = '2008-08-06') => analyze({ text: `Headline\n\n${text}`, date }).events as CodedEvent[];
const pairs = (events: CodedEvent[]) => events.map((e) => `${e.source.actor ?? '-'}>${e.target.actor ?? '-'}:${e.code}:${e.modality}`).sort();
const triggers = (events: CodedEvent[]) => events.map((e) => e.evidence.trigger.text.toLowerCase());

test('an -ing clause after a comma is an act of the main subject: "visited Beirut, offering aid to Lebanon"', () => {
  const events = code('General David Petraeus visited Beirut on Wednesday, offering military aid to Lebanon.');
  const offer = events.find((e) => e.evidence.trigger.text === 'offering');
  assert.ok(offer, pairs(events).join(' '));
  assert.equal(offer.source.actor?.slice(0, 3), 'USA');
  assert.equal(offer.target.actor?.slice(0, 3), 'LBN');
  assert.equal(offer.root, '03');
});

test('an -ing clause under "after" or "before" is told as done: "after meeting Putin"', () => {
  const events = code('After meeting Putin, Kishida flew to Beijing.', '2022-06-01');
  assert.ok(pairs(events).some((p) => p.startsWith('JPNGOV>RUSGOV:04')), pairs(events).join(' '));
});

test('an -ing clause takes the modal of the clause it hangs on: "may cut its aid to Sudan, offering Ethiopia military aid"', () => {
  const events = code('Egypt may cut its aid to Sudan, offering Ethiopia military aid instead.');
  const offering = events.filter((x) => x.evidence.trigger.text === 'offering');
  // (The -ing clause must give an event at all, or the loop below would check nothing.)
  assert.ok(offering.length > 0, pairs(events).join(' '));
  for (const e of offering) assert.equal(e.modality, 'hypothetical', pairs(events).join(' '));
});

test('an -ing complement that is weighed or prevented is no act: "asked the White House to consider blocking the sale to Japan"', () => {
  const events = code('Baldrige asked the White House to consider blocking the sale to Japan.', '1987-03-12');
  assert.ok(!triggers(events).includes('blocking'), pairs(events).join(' '));
});

test('an -ing clause right after a noun is said of the noun, not of the subject: "refused to throw out a lawsuit charging Exxon"', () => {
  const events = code('A US court refused to throw out a government lawsuit charging Exxon Corp, Mobil Corp and Chevron Corp with fixing prices.', '1987-04-27');
  assert.ok(!triggers(events).includes('charging'), pairs(events).join(' '));
});

test('an -ing clause under a preposition of topic is no act: "worried about extending powers to British citizens"', () => {
  const events = code('Shadow home secretary David Davis was worried about extending special powers to British citizens.', '2005-02-01');
  assert.ok(!triggers(events).includes('extending'), pairs(events).join(' '));
});

test('a statement in an -ing clause is a frame, as "said" is: "…, saying Tory attitudes had kept the party out of power"', () => {
  const events = code('Foreign Secretary Jack Straw hit back, saying the Conservatives had kept Britain out of Europe.', '2005-02-01');
  assert.ok(!triggers(events).includes('saying'), pairs(events).join(' '));
});

test('a talk with reporters is no consultation with them: "Tony Blair met BBC reporters"', () => {
  const events = code('Tony Blair met BBC reporters on Sunday.', '2005-02-01');
  assert.ok(events.every((e) => !(e.target.actor ?? '').endsWith('MED')), pairs(events).join(' '));
});

test('the means of a charged act is charged too: "accused China of trying to downgrade it by forcing the bank …"', () => {
  const events = code('Taiwan accused China of trying to downgrade its status by forcing the Asian Development Bank to change its name.', '1987-04-27');
  assert.deepEqual(pairs(events).filter((p) => p.startsWith('CHN')), []);
  assert.ok(pairs(events).some((p) => p.startsWith('TWN>CHN:112')), pairs(events).join(' '));
});

test('an -ing clause of result after a comma is no act of the subject: "have signed a protocol, allowing Egyptian goods free access"', () => {
  const events = code('In a sign of a thaw, Egypt and Israel have signed a trade protocol with the US, allowing Egyptian goods free access to American markets.', '2005-01-01');
  assert.ok(!events.some((e) => e.evidence.trigger.text === 'allowing'), events.map((e) => `${e.source.actor}>${e.target.actor}:${e.code}`).join(' '));
  // ("…, offering Jordan military aid" is still the subject's act.)
  assert.ok(code('Israel and Egypt signed a deal on Monday, offering Jordan military aid.', '2005-01-01').some((e) => e.evidence.trigger.text === 'offering'));
});
