import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/annotate/tokens.js';

test('tokens carry exact offsets into the text and a part of speech', () => {
  const text = 'Ignored. He said: \u201cWe can\'t go.\u201d Kishida didn\'t renounce U.S.-Japan ties in 1956.';
  const from = 9;
  const tokens = tokenize(text, from, text.length);
  assert.ok(tokens.every((t) => t.start >= from && t.end <= text.length && t.start < t.end));
  assert.deepEqual(
    tokens.slice(0, 3).map((t) => [text.slice(t.start, t.end), t.pos]),
    [['He', 'PRON'], ['said', 'VERB'], [':', 'PUNCT']],
  );
  const renounce = tokens.find((t) => t.normal === 'renounce');
  assert.equal(renounce?.pos, 'VERB');
  assert.equal(text.slice(renounce!.start, renounce!.end), 'renounce');
  assert.equal(tokens.find((t) => t.normal === 'kishida')?.pos, 'PROPN');
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i]!.start >= tokens[i - 1]!.end, 'tokens do not overlap');
});
