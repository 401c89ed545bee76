// Periods of a series ("2018", "2018-03", "2018-03-05") as instants on a time axis, and the gaps between
// them: pure functions, shared by the charts and checked by test/web-periods.test.ts.

export type Period = 'year' | 'month' | 'day';
export const PERIOD_LENGTH: Record<Period, number> = { year: 4, month: 7, day: 10 };

/** The first instant of a period ("2018", "2018-03", "2018-03-05"), UTC milliseconds. */
export function periodStart(period: string): number {
  const [y, m = '01', d = '01'] = period.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** The period after `period`, at its own precision. */
export function nextPeriod(period: string): string {
  const [y, m, d] = period.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return String(y + 1).padStart(4, '0');
  if (d === undefined) return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The period (at `by`) holding the instant `t`. */
export function periodOf(t: number, by: Period): string {
  return new Date(t).toISOString().slice(0, PERIOD_LENGTH[by]);
}

/**
 * A line's points with a null after every period whose next period has no point, so that the line
 * breaks over the gap (ECharts connects consecutive points of a time axis otherwise).
 */
export function lineWithGaps(points: [string, number][]): [number, number | null][] {
  const out: [number, number | null][] = [];
  points.forEach(([period, value], i) => {
    out.push([periodStart(period), value]);
    const next = points[i + 1];
    if (next && next[0] !== nextPeriod(period)) out.push([periodStart(nextPeriod(period)), null]);
  });
  return out;
}


/**
 * The periods in view between the instants `start` and `end` of a time axis whose bars sit at their
 * period's start: the first period starting at or after `start`, the last starting at or before `end`,
 * kept within first..last. Exact at every precision (months and years of unequal length).
 */
export function periodsInView(start: number, end: number, by: Period, first: string, last: string): [string, string] {
  const at = periodOf(start, by);
  let from = periodStart(at) >= start ? at : nextPeriod(at);
  let to = periodOf(end, by);
  if (from < first) from = first;
  if (to > last) to = last;
  if (to < from) to = from;
  return [from, to];
}
