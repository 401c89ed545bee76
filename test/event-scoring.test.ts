import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addParagraph, emptyTotals, f1, matchParagraph, principal, type ScoredEvent } from '../bench/event-scoring.js';

const event = (source: string, target: string, code: string, extra: Partial<ScoredEvent> = {}): ScoredEvent => ({ source, target, code, modality: 'actual', year: null, ...extra });

test('principal: organisations keep six letters, states their country', () => {
  assert.equal(principal('IGOUNO'), 'IGOUNO');
  assert.equal(principal('JPNGOV'), 'JPN');
  assert.equal(principal('MNC'), 'MNC');
});

test('matching is one-to-one on source country, target country and root', () => {
  const gold = [event('JPNGOV', 'RUSGOV', '036'), event('JPNGOV', 'RUSGOV', '036'), event('RUS', 'JPN', '112')];
  const system = [event('JPN', 'RUSMIL', '031'), event('JPN', 'RUS', '111'), event('USA', 'JPN', '112')];
  const score = matchParagraph(gold, system);
  assert.equal(score.matched.length, 1); // the second 03x has no partner; 11x is the wrong direction
  assert.equal(score.missed.length, 2);
  assert.equal(score.spurious.length, 2);
});

test('totals count exact codes, modality and known years among matches', () => {
  const totals = emptyTotals();
  addParagraph(totals, [event('JPN', 'RUS', '036', { modality: 'intent', year: 2022 })], [event('JPN', 'RUS', '036', { modality: 'actual', year: 2022 })]);
  addParagraph(totals, [event('SUN', 'JPN', '057', { year: 1956 })], [event('SUN', 'JPN', '051', { year: 2022 }), event('USA', 'JPN', '130')]);
  assert.deepEqual({ ...totals }, { gold: 2, system: 3, matched: 2, exactCode: 1, modality: 1, yearKnown: 2, year: 1 });
  const { precision, recall } = f1(totals);
  assert.equal(recall, 1);
  assert.equal(precision, 2 / 3);
});

test('a doubtful gold event counts neither for nor against the coder when left out', () => {
  const totals = emptyTotals();
  addParagraph(totals, [event('GBR', 'KEN', '042', { doubtful: true }), event('GBR', 'TZA', '042')], [event('GBR', 'KEN', '042')], true);
  assert.equal(totals.gold, 1);
  assert.equal(totals.system, 0);
  assert.equal(totals.matched, 0);
});
