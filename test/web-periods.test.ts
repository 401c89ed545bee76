import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineWithGaps, nextPeriod, periodOf, periodStart, periodsInView } from '../web/src/periods.js';
import { QUAD_COLOURS, contrast, deltaE, deuteranopia, hexToRgb } from '../web/src/palette.js';

// The UI's pure parts: periods on a time axis (empty periods stay empty, a line breaks over them) and the
// QuadClass palette under a deuteranopia simulation, and the focus ring's contrast.

test('periods are placed at their dates; the next period; the period of an instant', () => {
  assert.equal(periodStart('1956'), Date.UTC(1956, 0, 1));
  assert.equal(periodStart('2018-03'), Date.UTC(2018, 2, 1));
  assert.equal(periodStart('2018-03-05'), Date.UTC(2018, 2, 5));
  // 1956, 2004 and 2006 are 48 and 2 years apart on the axis, not side by side.
  const ratio = (periodStart('2004') - periodStart('1956')) / (periodStart('2006') - periodStart('2004'));
  assert.ok(Math.abs(ratio - 24) < 0.05, `${ratio}`);
  assert.deepEqual(['1999', '2018-12', '2018-01', '2020-02-28', '2020-02-29', '2021-12-31'].map(nextPeriod), ['2000', '2019-01', '2018-02', '2020-02-29', '2020-03-01', '2022-01-01']);
  assert.equal(periodOf(Date.UTC(2018, 6, 9, 15), 'month'), '2018-07');
  assert.equal(periodOf(Date.UTC(2018, 6, 9, 15), 'day'), '2018-07-09');
});

test('a Goldstein line breaks over periods without events instead of dropping to 0', () => {
  assert.deepEqual(lineWithGaps([['2004', 5], ['2005', -2], ['2008', 3]]), [
    [periodStart('2004'), 5],
    [periodStart('2005'), -2],
    [periodStart('2006'), null],
    [periodStart('2008'), 3],
  ]);
  assert.deepEqual(lineWithGaps([['2018-11', 1], ['2018-12', 2], ['2019-01', 3]]).map(([, v]) => v), [1, 2, 3]);
  assert.deepEqual(lineWithGaps([]), []);
});

test('the QuadClass colours stay apart under deuteranopia; cooperation and conflict apart most', () => {
  const seen = QUAD_COLOURS.map((c) => deuteranopia(hexToRgb(c)));
  for (let i = 0; i < seen.length; i++) {
    for (let j = i + 1; j < seen.length; j++) {
      const d = deltaE(seen[i]!, seen[j]!);
      assert.ok(d >= 15, `QuadClass ${i} and ${j} differ by ΔE ${d.toFixed(1)} under deuteranopia`);
    }
  }
  for (const co of [1, 2]) for (const cf of [3, 4]) assert.ok(deltaE(seen[co]!, seen[cf]!) >= 40, `cooperation ${co} and conflict ${cf} under deuteranopia`);
  // The old red/green palette fails the same check: the test can tell.
  const old = ['#4e9a06', '#b2182b'].map((c) => deuteranopia(hexToRgb(c)));
  assert.ok(deltaE(old[0]!, old[1]!) < 40);
});

test('the focus ring contrasts 3:1 or more: the dark ring on the page, the yellow one on the header', () => {
  assert.ok(contrast('#1d2328', '#fafafa') >= 3);
  assert.ok(contrast('#1d2328', '#ffffff') >= 3);
  assert.ok(contrast('#ffbf47', '#22313f') >= 3);
  assert.ok(contrast('#ffbf47', '#ffffff') < 3, 'the yellow ring alone fails on white (the issue)');
});

test('the periods in view of a zoomed axis: the first bar at or after its left edge, the last at or before its right', () => {
  const day = 86_400_000;
  // A left edge half a month before March (in February, 28 days) starts at March; a right edge in mid-May ends at May.
  assert.deepEqual(periodsInView(periodStart('2018-03') - 15.5 * day, periodStart('2018-05') + 15 * day, 'month', '2017-01', '2019-12'), ['2018-03', '2018-05']);
  // An edge exactly on a period's start includes it; a millisecond after it does not.
  assert.deepEqual(periodsInView(periodStart('2018-03'), periodStart('2018-06'), 'month', '2017-01', '2019-12'), ['2018-03', '2018-06']);
  assert.deepEqual(periodsInView(periodStart('2018-03') + 1, periodStart('2018-06') - 1, 'month', '2017-01', '2019-12'), ['2018-04', '2018-05']);
  // Kept within the series, and never reversed.
  assert.deepEqual(periodsInView(periodStart('1990'), periodStart('2030'), 'year', '2001', '2020'), ['2001', '2020']);
  assert.deepEqual(periodsInView(periodStart('2005') + day, periodStart('2005') + 2 * day, 'year', '2001', '2020'), ['2006', '2006']);
});
