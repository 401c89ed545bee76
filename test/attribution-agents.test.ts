import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';

// Passive frames whose agent is the source. Hand-written sentences, none from a corpus.

test('a passive agent after a day or an adverb is the source; the subject is the content', () => {
  const a = only('The proposal was endorsed last week by the national farmers union.', 'was endorsed');
  assert.equal(a.source?.text, 'the national farmers union');
  assert.deepEqual(contents(a), ['The proposal']);
  const b = only('The merger was backed most strongly by the regional bankers, as a poll showed.', 'was backed');
  assert.equal(b.source?.text, 'the regional bankers');
});

test('after a relative pronoun the agent is the source and the pronoun the content; the agent ends before "as"', () => {
  const a = only('The bombings, which were claimed by a militant group, shocked the port city.', 'were claimed by');
  assert.equal(a.source?.text, 'a militant group');
  assert.deepEqual(contents(a), ['which']);
  const b = only('The governor is seen by many farmers as a reliable ally.', 'is seen by');
  assert.equal(b.source?.text, 'many farmers');
});

test('"according to" set in commas after a phrase with no verb: the clause goes on after it, past an appositive', () => {
  const a = only('At the root of the delay, according to Ana Ruiz, a port engineer, was a shortage of cranes.', 'according to');
  assert.equal(a.source?.text, 'Ana Ruiz, a port engineer');
  assert.deepEqual(contents(a), ['At the root of the delay', 'was a shortage of cranes']);
  const b = only('But, according to the survey, most farmers expect a poor harvest.', 'according to');
  assert.deepEqual(contents(b), ['most farmers expect a poor harvest']);
  // (after a whole clause, what follows is the writer's)
  const c = only('The harbour reopened on Monday, according to the port authority, but ships are still waiting.', 'according to');
  assert.deepEqual(contents(c), ['The harbour reopened on Monday']);
});

test('"according to X" closing its sentence takes the appositive after its comma into the source', () => {
  const a = only('Grain exports fell by a third, according to Jo Lee, an analyst at the farm bank.', 'according to');
  assert.equal(a.source?.text, 'Jo Lee, an analyst at the farm bank');
  assert.deepEqual(contents(a), ['Grain exports fell by a third']);
  // (not a clause of the writer's after it)
  const b = only('Grain exports fell by a third, according to the ministry, but prices held.', 'according to');
  assert.equal(b.source?.text, 'the ministry');
});

test('"In <a poll>, <clause>": the poll opening its sentence is the source of the clause, its respondents\' saying included', () => {
  const text = 'In a harbour survey released on Monday, 60 percent of dock workers said they feared for their jobs.';
  const a = only(text, 'In');
  assert.equal(a.source?.text, 'a harbour survey released on Monday');
  assert.deepEqual(contents(a), ['60 percent of dock workers said they feared for their jobs']);
  // (a finding of another kind opening the clause is its own: "three economists found")
  const b = attributionsOf('In a recent study, three economists found that the port lost money.');
  assert.ok(!b.some((x) => x.cue.text === 'In'));
});

test('"<saying>, according to X": the report frames the whole saying, which it does not cut', () => {
  const a = only('On Monday, Walker said the harbour would stay open, according to the city newspaper.', 'according to');
  assert.equal(a.source?.text, 'the city newspaper');
  assert.deepEqual(contents(a), ['On Monday, Walker said the harbour would stay open']);
});

test('a passive cue before an infinitive keeps its subject in the content past an aside set off by commas', () => {
  const a = only('The port authority, under growing pressure, is expected to release the report next week.', 'is expected');
  assert.equal(a.source, undefined);
  assert.deepEqual(contents(a), ['The port authority', 'to release the report next week']);
});

test('a relative clause set off by commas after a one-word name is no part of the source', () => {
  const a = only('Lindqvist, who has run the harbour since 2010, said the cranes were late.', 'said');
  assert.equal(a.source?.text, 'Lindqvist');
  // (after a longer phrase it stays: "The harbour master, who ..., said")
  const b = only('The harbour master, who has run the port since 2010, said the cranes were late.', 'said');
  assert.equal(b.source?.text, 'The harbour master, who has run the port since 2010,');
});
