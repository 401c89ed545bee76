import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contents, only } from './support/attributions.js';

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
