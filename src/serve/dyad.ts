import type { SeriesPeriod, Store } from '../store/types.js';

// The dyad series the UI charts: the store's counts and Goldstein sums per period and direction, with
// the QuadClass split added here. The store's dyadSeries has no QuadClass breakdown, so the split is
// counted from the dyad's events, read in pages; above QUAD_SCAN_LIMIT events it is left out (and the
// answer says so) rather than made slow.

export const QUAD_SCAN_LIMIT = 20_000;
const PAGE = 10_000;

export interface DyadSeriesPoint {
  period: string;
  direction: string;
  events: number;
  goldstein: number;
  /** Events per QuadClass 1..4 (index 0 counts events without one); null when not counted. */
  quadClass: [number, number, number, number, number] | null;
}

export interface DyadSeriesAnswer {
  dyad: [string, string];
  by: SeriesPeriod;
  modality: string | null;
  directions: [string, string];
  /** True when every point carries its QuadClass split. */
  quadClassSplit: boolean;
  note: string | null;
  points: DyadSeriesPoint[];
}

const LENGTH: Record<SeriesPeriod, number> = { year: 4, month: 7, day: 10 };

/** The period an event falls in: its own date cut to the series' precision, or coarser when it is dated more coarsely. */
export function periodOf(date: string, by: SeriesPeriod): string {
  return date.slice(0, Math.min(date.length, LENGTH[by]));
}

export async function dyadSeriesWithQuads(store: Store, a: string, b: string, by: SeriesPeriod, modality?: string): Promise<DyadSeriesAnswer> {
  const options = modality ? { modality } : {};
  const totals = await store.dyadSeries(a, b, by, options);
  const forward = `${a}->${b}`;
  const backward = `${b}->${a}`;
  const count = totals.reduce((n, p) => n + p.events, 0);
  const answer: DyadSeriesAnswer = {
    dyad: [a, b],
    by,
    modality: modality ?? null,
    directions: [forward, backward],
    quadClassSplit: false,
    note: null,
    points: totals.map((p) => ({ ...p, quadClass: null })),
  };
  // A store whose dyadSeries already splits by QuadClass (a `quadClass` array per point) is used as it is.
  const split0 = totals as (typeof totals[number] & { quadClass?: unknown })[];
  if (split0.length && split0.every((p) => Array.isArray(p.quadClass) && p.quadClass.length === 5)) {
    answer.points = split0.map((p) => ({ period: p.period, direction: p.direction, events: p.events, goldstein: p.goldstein, quadClass: p.quadClass as DyadSeriesPoint['quadClass'] }));
    answer.quadClassSplit = true;
    return answer;
  }
  if (count > QUAD_SCAN_LIMIT) {
    answer.note = `the QuadClass split is counted only for dyads of at most ${QUAD_SCAN_LIMIT} events; this one has ${count}`;
    return answer;
  }
  const split = new Map<string, [number, number, number, number, number]>();
  for (let offset = 0; ; offset += PAGE) {
    if (offset >= 2 * QUAD_SCAN_LIMIT) {
      answer.note = `the QuadClass split is counted only for dyads of at most ${2 * QUAD_SCAN_LIMIT} events, dated or not`;
      return answer;
    }
    const events = await store.queryEvents({ dyad: [a, b], ...options, limit: PAGE, offset });
    for (const e of events) {
      if (!e.date) continue;
      const src = e.source.actor ?? '';
      const direction = src.startsWith(a) && (e.target.actor ?? '').startsWith(b) ? forward : backward;
      const key = `${periodOf(e.date, by)}\u0000${direction}`;
      let row = split.get(key);
      if (!row) split.set(key, (row = [0, 0, 0, 0, 0]));
      const q = e.quadClass ?? 0;
      row[q >= 1 && q <= 4 ? q : 0]!++;
    }
    if (events.length < PAGE) break;
  }
  answer.points = totals.map((p) => ({ ...p, quadClass: split.get(`${p.period}\u0000${p.direction}`) ?? [0, 0, 0, 0, 0] }));
  answer.quadClassSplit = true;
  return answer;
}
