import assert from 'node:assert/strict';
import { analyze } from '../../src/pipeline.js';
import type { Attribution } from '../../src/attribute/index.js';

// Attribution tests on hand-written sentences: each is the body of a dated Reuters-style article.

export const attributionsOf = (text: string) => analyze({ text: `Headline\n\nBERLIN (Reuters) - ${text}`, date: '2022-03-01' }).attributions as Attribution[];

/** The one attribution of `text` whose cue reads `cue` (asserted to be one). */
export const only = (text: string, cue: string): Attribution => {
  const found = attributionsOf(text).filter((a) => a.cue.text === cue);
  assert.equal(found.length, 1, `one "${cue}" in ${text}`);
  return found[0]!;
};

export const contents = (a: Attribution) => a.content.map((c) => c.text);
