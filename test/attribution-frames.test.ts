import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';

// Which frame holds which: a frame's content never reaches across a clause it cannot govern. Hand-written
// sentences, none from a corpus.

const attributionsOf = (text: string) => analyze({ text: `Headline\n\nBERLIN (Reuters) - ${text}`, date: '2022-03-01' }).attributions as Attribution[];
const only = (text: string, cue: string) => {
  const found = attributionsOf(text).filter((a) => a.cue.text === cue);
  assert.equal(found.length, 1, `one "${cue}" in ${text}`);
  return found[0]!;
};
const contents = (a: Attribution) => a.content.map((c) => c.text);

test('a relative clause\'s verb frames nothing before its antecedent: "X, who has endorsed Y, said ..."', () => {
  const text = 'Speaking on a radio show, Rep. Anna Berg, who has endorsed the mayor, said the budget was far too small.';
  const endorsed = only(text, 'has endorsed');
  assert.deepEqual(contents(endorsed), ['the mayor']);
  const said = only(text, 'said');
  assert.equal(said.parent, undefined, 'the saying is nested in no other attribution');
  assert.deepEqual(contents(said), ['the budget was far too small']);
});
