import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attributionFound,
  codePointOffsets,
  exactCounts,
  fromResult,
  normaliseSpans,
  parseBrat,
  prf,
  scoreArticle,
  tokenCounts,
  wordTokens,
  type SpanAttribution,
} from '../bench/polnear-scoring.js';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const TEXT = '"We will win," Smith said. He added that taxes rise.';
const sp = (start: number, end: number) => ({ start, end });

const GOLD: SpanAttribution[] = [
  { id: 'E1', source: [sp(15, 20)], cue: [sp(21, 25)], content: [sp(0, 13)] },
  { id: 'E2', source: [sp(27, 29)], cue: [sp(30, 35)], content: [sp(36, 51)] },
];

test('parseBrat reads T and E lines, discontinuous spans, Content2, no-source and multi-line span text', () => {
  const ann = [
    'T1\tSource 15 20\tSmith',
    'T2\tCue 21 25\tsaid',
    'T3\tContent 0 5;7 13\t"We w win,"',
    'T4\tAttribution 21 25\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 30 35\tadded',
    'T6\tContent 36 40\tthat',
    'continued text of a span that ran over a line break',
    'T7\tContent 41 51\ttaxes rise',
    'T8\tAttribution-no-source 30 35\tadded',
    'E2\tAttribution-no-source:T8 Cue:T5 Content:T6 Content2:T7',
    'T9\tAttribution-no-source 0 1\t"',
    'E3\tAttribution-no-source:T9 ',
    '#1\tAnnotatorNotes T1\ta note',
    'T10\tDiscuss 0 3\t"We',
  ].join('\n');
  const { attributions, incomplete } = parseBrat(ann);
  assert.equal(incomplete, 1);
  assert.deepEqual(attributions, [
    { id: 'E1', source: [sp(15, 20)], cue: [sp(21, 25)], content: [sp(0, 5), sp(7, 13)] },
    { id: 'E2', source: null, cue: [sp(30, 35)], content: [sp(36, 40), sp(41, 51)] },
  ]);
});

test('codePointOffsets maps code points to UTF-16 indices past astral characters', () => {
  const at = codePointOffsets('a😀b said');
  assert.equal(at(0), 0);
  assert.equal(at(2), 3); // "b": code point 2, UTF-16 index 3
  assert.equal(codePointOffsets('plain’s')(5), 5);
});

test('normaliseSpans trims white space and merges touching and white-space-separated spans', () => {
  const text = 'ab  cd\nef gh';
  assert.deepEqual(normaliseSpans(text, [sp(4, 6), sp(0, 3)]), [sp(0, 6)]); // "ab " + "cd": gap is white space
  assert.deepEqual(normaliseSpans(text, [sp(0, 2), sp(2, 4)]), [sp(0, 2)]); // touching; the second trims to nothing
  assert.deepEqual(normaliseSpans(text, [sp(7, 9), sp(0, 2)]), [sp(0, 2), sp(7, 9)]); // "cd" between: kept apart
  assert.deepEqual(normaliseSpans(text, [sp(2, 4)]), []);
});

test('exactCounts: normalised and strict, each gold matched at most once, absent lists ignored', () => {
  const text = 'Smith said it. ';
  const gold = [[sp(0, 5)], [sp(11, 13)], []];
  assert.deepEqual(exactCounts(gold, [[sp(0, 6)], [sp(0, 5)], []], text), { tp: 1, fp: 1, fn: 1 }); // "Smith " trims to "Smith": the second prediction finds it used
  assert.deepEqual(exactCounts(gold, [[sp(0, 6)]]), { tp: 0, fp: 1, fn: 2 }); // strict: "Smith " ≠ "Smith"
  assert.deepEqual(exactCounts(gold, [[sp(11, 12), sp(12, 13)]], text), { tp: 1, fp: 0, fn: 1 }); // touching pieces merge
  assert.deepEqual(exactCounts(gold, [[sp(11, 12), sp(12, 13)]]), { tp: 0, fp: 1, fn: 2 });
});

test('tokenCounts counts each \\w+ token once per side', () => {
  const tokens = wordTokens(TEXT);
  assert.equal(tokens.length, 10);
  // gold content "We will win," (3 tokens) and "that taxes rise." (3); predicted "will win" + "He added that taxes"
  assert.deepEqual(tokenCounts(tokens, [sp(0, 13), sp(36, 51)], [sp(4, 12), sp(27, 46), sp(36, 40)]), { tp: 4, fp: 2, fn: 2 });
  assert.deepEqual(tokenCounts(tokens, [], []), { tp: 0, fp: 0, fn: 0 });
});

test('attributionFound needs cue, content and (when gold has one) source overlapped by one prediction', () => {
  const [g1] = GOLD;
  const noSource: SpanAttribution = { id: 'P', source: null, cue: [sp(21, 25)], content: [sp(1, 3)] };
  assert.equal(attributionFound(g1!, [noSource]), false);
  assert.equal(attributionFound(g1!, [{ ...noSource, source: [sp(15, 18)] }]), true);
  // cue from one prediction and content from another is not enough
  assert.equal(attributionFound(g1!, [{ ...noSource, source: [sp(15, 20)], content: [sp(40, 45)] }, { id: 'Q', source: [sp(15, 20)], cue: [sp(30, 35)], content: [sp(1, 3)] }]), false);
  assert.equal(attributionFound({ ...g1!, source: null }, [noSource]), true);
});

test('scoreArticle: perfect, empty and partial predictions; prf of nothing is zero', () => {
  const perfect = scoreArticle(TEXT, GOLD, GOLD);
  for (const role of ['source', 'cue', 'content'] as const) assert.deepEqual(perfect.exact[role], { tp: 2, fp: 0, fn: 0 });
  assert.equal(perfect.found, 2);
  const none = scoreArticle(TEXT, GOLD, []);
  assert.deepEqual(none.exact.cue, { tp: 0, fp: 0, fn: 2 });
  assert.deepEqual(prf(none.exact.cue), { precision: 0, recall: 0, f1: 0 });
  assert.equal(none.found, 0);
  const partial = scoreArticle(TEXT, GOLD, [{ id: 'P', source: [sp(15, 20)], cue: [sp(21, 25)], content: [sp(1, 12)] }]);
  assert.deepEqual(partial.exact.content, { tp: 0, fp: 1, fn: 2 });
  assert.deepEqual(partial.exact.cue, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(partial.tokens.content, { tp: 3, fp: 0, fn: 3 });
  assert.equal(partial.found, 1);
});

test('fromResult reads the result shape: source.span, cue.span or cue.spans, content spans', () => {
  const a = fromResult({ id: 'A1', source: { text: 'Smith', span: sp(15, 20) }, cue: { text: 'said', span: sp(21, 25) }, content: [{ start: 0, end: 13, text: '' }] }, 0);
  assert.deepEqual(a, { id: 'A1', source: [sp(15, 20)], cue: [sp(21, 25)], content: [sp(0, 13)] });
  const b = fromResult({ cue: { spans: [sp(30, 35), sp(1, 2)] }, content: [sp(36, 51)] }, 4);
  assert.deepEqual(b, { id: 'P5', source: null, cue: [sp(1, 2), sp(30, 35)], content: [sp(36, 51)] });
  assert.equal(fromResult({ content: [sp(0, 1)] }, 0), null);
});
