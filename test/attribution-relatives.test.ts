import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';

// Frames inside a relative clause on another frame's subject. Hand-written sentences, none from a corpus.

test('a frame in a relative clause inside the subject ends before the main verb, which is no part of its content', () => {
  const text = 'Farmers who oppose the new tariff said the harvest would suffer.';
  const oppose = only(text, 'oppose');
  assert.deepEqual(contents(oppose), ['the new tariff']);
  const said = only(text, 'said');
  assert.deepEqual(contents(said), ['the harvest would suffer']);
  // (flat, as PolNeAR annotates: the main frame's cue lies in no other content)
  assert.ok(!attributionsOf(text).some((a) => a !== said && a.content.some((c) => c.start <= said.cue.span.start && said.cue.span.start < c.end)));
});

test('a first line left as front matter of no kind, with no headline found, is attributed as the headline', () => {
  const text = 'Mayor Says Harbour Will Reopen Next Spring.\n\nThis is the third part of a series on the city and its port.\n\nHAMBURG — The harbour has been closed since the storm in March, and the repairs have cost 40 million euros.';
  const attributions = analyze({ text }).attributions as Attribution[];
  const says = attributions.find((a) => a.cue.text === 'Says');
  assert.equal(says?.source?.text, 'Mayor');
  assert.deepEqual(says && contents(says), ['Harbour Will Reopen Next Spring']);
});

test('in a headline that capitalises its words, a cue verb after the capitalised subject is the verb', () => {
  const text = 'Port Workers Union Slams City Plan To Close Harbour.\n\nHAMBURG (Reuters) - The union met on Monday.';
  const attributions = analyze({ text }).attributions as Attribution[];
  const slams = attributions.find((a) => a.cue.text === 'Slams');
  assert.equal(slams?.source?.text, 'Port Workers Union');
  assert.deepEqual(slams && contents(slams), ['City Plan To Close Harbour']);
});

test('a participle that is a title adjective and an age after "then" are no asides: they stay in the source', () => {
  const a = only('Jo Lee, managing director of the port company, said the cranes were late.', 'said');
  assert.equal(a.source?.text, 'Jo Lee, managing director of the port company,');
  const b = only('Jo Lee, then 38, said the cranes were late.', 'said');
  assert.equal(b.source?.text, 'Jo Lee, then 38,');
});

test("a possessive pronoun's statement noun governed by the clause's verb has the clause's subject as its source", () => {
  const a = only('The mayor renewed her criticism of the port plan.', 'renewed her criticism of');
  assert.equal(a.source?.text, 'The mayor');
  assert.deepEqual(contents(a), ['the port plan']);
  const b = only('The unions were unanimous in their opposition to the port plan.', 'were unanimous in their opposition to');
  assert.equal(b.source?.text, 'The unions');
});

test("a headline's label before a colon is a name though the tagger reads a word of it as a verb; a one-word label is none", () => {
  const text = (h: string) => `${h}\n\nHAMBURG (Reuters) - The harbour reopened on Monday after a week.`;
  const found = (h: string) => (analyze({ text: text(h) }).attributions as Attribution[]).find((a) => a.cue.text === ':');
  assert.equal(found('Harbour Watch: Port Authority Hid Crane Defects For Years.')?.source?.text, 'Harbour Watch');
  assert.equal(found('Watch: Port Authority Hid Crane Defects For Years.'), undefined);
});

test('a connective and a quotation closing the next sentence go on with the frame\'s quotation', () => {
  const a = only('\u201cThe port will survive,\u201d the mayor said. Instead, \u201cthe cranes will be sold.\u201d', 'said');
  assert.deepEqual(contents(a), ['\u201cThe port will survive,\u201d', 'Instead, \u201cthe cranes will be sold.\u201d']);
});

test('verbs of criticism with an object: "swiped at", "chided"', () => {
  const a = only('The mayor swiped at the port board over the delays.', 'swiped at');
  assert.equal(a.source?.text, 'The mayor');
  assert.equal(only('The mayor chided the port board for the delays.', 'chided').source?.text, 'The mayor');
});
