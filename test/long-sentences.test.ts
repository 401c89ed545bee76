import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundSentence, MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS } from '../src/annotate/long-sentences.js';

const whole = (text: string) => ({ start: 0, end: text.length });
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

test('a sentence within the bounds is kept whole', () => {
  const text = 'Japan and Russia agreed on Monday to resume talks on a peace treaty.';
  assert.deepEqual(boundSentence(text, whole(text)), [whole(text)]);
});

test('a run-on sentence is cut at clause breaks into pieces within the word bound, losing no word', () => {
  const text = 'Putin said that Kishida said that, '.repeat(60) + 'Japan will meet Russia.';
  const pieces = boundSentence(text, whole(text));
  assert.ok(pieces.length > 1);
  for (const p of pieces) {
    assert.ok(words(text.slice(p.start, p.end)) <= MAX_SENTENCE_WORDS);
    assert.ok(p.end - p.start <= MAX_SENTENCE_CHARS);
  }
  for (const p of pieces.slice(0, -1)) assert.ok(text.slice(p.start, p.end).endsWith(','), 'cut after a comma');
  assert.equal(pieces.map((p) => words(text.slice(p.start, p.end))).reduce((a, b) => a + b), words(text));
});

test('text with no spaces is cut into pieces of the character bound that cover it in order', () => {
  const text = 'abcdefghij'.repeat(1000);
  const pieces = boundSentence(text, whole(text));
  assert.equal(pieces.length, Math.ceil(text.length / MAX_SENTENCE_CHARS));
  assert.equal(pieces.map((p) => text.slice(p.start, p.end)).join(''), text);
});

test('a surrogate pair is never split by a hard cut', () => {
  const text = 'a' + '\u{1F600}'.repeat(2000);
  for (const p of boundSentence(text, whole(text))) {
    const last = text.charCodeAt(p.end - 1);
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), `piece ending at ${p.end} ends on a high surrogate`);
  }
});
