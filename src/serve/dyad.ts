import type { SeriesPeriod, Store } from '../store/types.js';

// The series the UI charts, as the API answers them: a dyad's events per period and direction, and an
// actor's events per period, each point with its Goldstein sum and QuadClass split. Both stores count
// the split in the same grouped query as the totals (src/store/queries.ts), so nothing is read here.

export interface DyadSeriesPoint {
  period: string;
  direction: string;
  events: number;
  goldstein: number;
  /** Events without a QuadClass, then QuadClass 1..4. */
  quadClass: [number, number, number, number, number];
}

export interface DyadSeriesAnswer {
  dyad: [string, string];
  by: SeriesPeriod;
  modality: string | null;
  directions: [string, string];
  /** Always true: every point carries its QuadClass split (kept for clients that check it). */
  quadClassSplit: true;
  /** Always null (kept for clients that read it). */
  note: null;
  /** 'skip': undated events are in no period; 'article': they are counted at their article's date. */
  undated: Undated;
  /** Events of the dyad (and modality) without a date of their own. */
  undatedEvents: number;
  points: DyadSeriesPoint[];
}

export type Undated = 'skip' | 'article';

export async function dyadSeriesWithQuads(store: Store, a: string, b: string, by: SeriesPeriod, modality?: string, undated: Undated = 'skip'): Promise<DyadSeriesAnswer> {
  const [points, undatedEvents] = await Promise.all([
    store.dyadSeries(a, b, by, { ...(modality && { modality }), undated }),
    store.countEvents({ dyad: [a, b], dated: false, ...(modality && { modality }) }),
  ]);
  return {
    dyad: [a, b],
    by,
    modality: modality ?? null,
    directions: [`${a}->${b}`, `${b}->${a}`],
    quadClassSplit: true,
    note: null,
    undated,
    undatedEvents,
    points: points.map((p) => ({ period: p.period, direction: p.direction, events: p.events, goldstein: p.goldstein, quadClass: p.quadClass })),
  };
}

export interface ActorSeriesPoint {
  period: string;
  events: number;
  goldstein: number;
  /** Events without a QuadClass, then QuadClass 1..4. */
  quadClass: [number, number, number, number, number];
}

export interface ActorSeriesAnswer {
  actor: string;
  by: SeriesPeriod;
  modality: string | null;
  undated: Undated;
  /** Events of the actor (and modality) without a date of their own. */
  undatedEvents: number;
  /** Dated events only (as source or target); an event dated more coarsely than `by` stays at its own period. */
  points: ActorSeriesPoint[];
}

export async function actorSeries(store: Store, actor: string, by: SeriesPeriod, modality?: string, undated: Undated = 'skip'): Promise<ActorSeriesAnswer> {
  const [points, undatedEvents] = await Promise.all([
    store.actorSeries(actor, by, { ...(modality && { modality }), undated }),
    store.countEvents({ actor, dated: false, ...(modality && { modality }) }),
  ]);
  return {
    actor,
    by,
    modality: modality ?? null,
    undated,
    undatedEvents,
    points: points.map((p) => ({ period: p.period, events: p.events, goldstein: p.goldstein, quadClass: p.quadClass })),
  };
}
