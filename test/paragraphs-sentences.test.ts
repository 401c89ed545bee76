import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs } from '../src/article/paragraphs.js';
import { splitSentences } from '../src/annotate/sentences.js';

const sentencesOf = (text: string) => splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

test('paragraphs: blank lines and single line breaks separate paragraphs; spans are trimmed', () => {
  const text = 'Headline\n\n  First paragraph.  \nSecond paragraph.\r\n\r\nThird.';
  const spans = splitParagraphs(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Headline', 'First paragraph.', 'Second paragraph.', 'Third.']);
});

test('paragraphs: hard-wrapped wire copy joins wrapped lines and breaks at indented lines', () => {
  const text = [
    '    The company said first quarter results would be',
    'lower than expected because of weather in the region',
    'and higher costs for raw materials, officials said.',
    '    It said it expected a recovery in the second half',
    'of the year as demand for its products picks up again.',
  ].join('\n');
  const spans = splitParagraphs(text);
  assert.equal(spans.length, 2);
  assert.ok(text.slice(spans[0]!.start, spans[0]!.end).endsWith('officials said.'));
  assert.ok(text.slice(spans[1]!.start, spans[1]!.end).startsWith('It said'));
});

test('sentences: abbreviations, initials and months do not end sentences', () => {
  assert.deepEqual(sentencesOf('Mr. Smith met Gen. Jones in St. Louis on Feb. 27. They talked.'), [
    'Mr. Smith met Gen. Jones in St. Louis on Feb. 27.',
    'They talked.',
  ]);
  assert.deepEqual(sentencesOf('The U.S. Treasury acted. The U.S. economy grew.'), ['The U.S. Treasury acted.', 'The U.S. economy grew.']);
  assert.deepEqual(sentencesOf('He moved to the U.S. The move surprised many.'), ['He moved to the U.S.', 'The move surprised many.']);
  assert.deepEqual(sentencesOf('John F. Kennedy spoke in Hayward, Calif. on Monday.'), ['John F. Kennedy spoke in Hayward, Calif. on Monday.']);
  assert.deepEqual(sentencesOf('ST. PETERSBURG hosted the forum. Leaders came.'), ['ST. PETERSBURG hosted the forum.', 'Leaders came.']);
  assert.deepEqual(sentencesOf('Growth was 3.5 percent in 2021. It slowed.'), ['Growth was 3.5 percent in 2021.', 'It slowed.']);
});

test('sentences: quotations end where the quote ends, not at punctuation inside it', () => {
  assert.deepEqual(sentencesOf('"We are ready," he said. "Are you?" she asked. "Yes!" He left.'), [
    '"We are ready," he said.',
    '"Are you?" she asked.',
    '"Yes!"',
    'He left.',
  ]);
  assert.deepEqual(sentencesOf('He said: \u201cIt is over.\u201d Then he left.'), ['He said: \u201cIt is over.\u201d', 'Then he left.']);
});

test('sentences: offsets index the original text, inside a larger text', () => {
  const text = 'Ignore this. One here. Two there.';
  const spans = splitSentences(text, 13, text.length);
  assert.deepEqual(spans, [
    { start: 13, end: 22 },
    { start: 23, end: 33 },
  ]);
});

test('sentences: "No." before a number is an abbreviation; "no." before a word ends a sentence', () => {
  assert.deepEqual(sentencesOf('She ranked No. 3 in the poll. Asked if he would run, he said no. But he did.'), [
    'She ranked No. 3 in the poll.',
    'Asked if he would run, he said no.',
    'But he did.',
  ]);
});
