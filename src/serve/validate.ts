import { ARTICLE_SORTS, CLUSTER_SORTS, EVENT_SORTS, type EventFilter } from '../store/types.js';

// Query-string validation for the API: every parameter is checked for its shape and range, and every
// problem becomes a 4xx answer whose message names the parameter and what is wrong with it.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_QUERY_VALUE = 500;
export const MAX_PAGE = 1000;
const MODALITIES = ['actual', 'intent', 'hypothetical', 'negated'];
const ACTOR = /^[A-Za-z0-9]{1,24}$/;

/** The query's parameters, refusing unknown and repeated ones and overlong values. */
export function queryOf(url: string, allowed: readonly string[]): Map<string, string> {
  const params = new URL(url).searchParams;
  const out = new Map<string, string>();
  for (const [key, value] of params) {
    if (!allowed.includes(key)) {
      throw new HttpError(400, `unknown parameter "${key.slice(0, 40)}"${allowed.length ? ` (known: ${allowed.join(', ')})` : ' (this endpoint takes none)'}`);
    }
    if (out.has(key)) throw new HttpError(400, `parameter "${key}" is given more than once`);
    if (value.length > MAX_QUERY_VALUE) throw new HttpError(400, `parameter "${key}" is longer than ${MAX_QUERY_VALUE} characters`);
    out.set(key, value);
  }
  return out;
}

export function intParam(q: Map<string, string>, name: string, fallback: number, min: number, max: number): number {
  const raw = q.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw new HttpError(400, `parameter "${name}" must be a whole number, not "${raw.slice(0, 40)}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new HttpError(400, `parameter "${name}" must be between ${min} and ${max}, not ${n}`);
  return n;
}

export function idParam(raw: string, what: string): number {
  if (!/^\d{1,12}$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new HttpError(400, `${what} id must be a positive whole number, not "${raw.slice(0, 40)}"`);
  }
  return Number(raw);
}

export function actorParam(q: Map<string, string>, name: string): string | undefined {
  const raw = q.get(name);
  if (raw === undefined) return undefined;
  if (!ACTOR.test(raw)) throw new HttpError(400, `parameter "${name}" must be an actor code of letters and digits such as JPN or JPNGOV, not "${raw.slice(0, 40)}"`);
  return raw.toUpperCase();
}

/** An actor code prefix in the path (/api/actors/{actor}/series). */
export function actorPathParam(raw: string, name = 'actor'): string {
  if (!ACTOR.test(raw)) throw new HttpError(400, `parameter "${name}" must be an actor code of letters and digits such as JPN or JPNGOV, not "${raw.slice(0, 40)}"`);
  return raw.toUpperCase();
}

/** The period of a series: year (the default), month or day. */
export function byParam(q: Map<string, string>): 'year' | 'month' | 'day' {
  const by = q.get('by') ?? 'year';
  if (by !== 'year' && by !== 'month' && by !== 'day') throw new HttpError(400, `parameter "by" must be year, month or day, not "${by.slice(0, 40)}"`);
  return by;
}

export function dyadParam(raw: string, name = 'dyad'): [string, string] {
  const [a, b, ...more] = raw.split(':');
  if (!a || !b || more.length || !ACTOR.test(a) || !ACTOR.test(b)) {
    throw new HttpError(400, `parameter "${name}" must be two actor codes separated by a colon such as JPN:RUS, not "${raw.slice(0, 40)}"`);
  }
  return [a.toUpperCase(), b.toUpperCase()];
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day. */
export function dateParam(q: Map<string, string>, name: string): string | undefined {
  const raw = q.get(name);
  if (raw === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  const bad = () => new HttpError(400, `parameter "${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, not "${raw.slice(0, 40)}"`);
  if (!m) throw bad();
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) throw bad();
  if (m[3] !== undefined) {
    const d = new Date(`${raw}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== raw) throw bad();
  }
  return raw;
}

export function modalityParam(q: Map<string, string>): string | undefined {
  const raw = q.get('modality');
  if (raw === undefined) return undefined;
  if (!MODALITIES.includes(raw)) throw new HttpError(400, `parameter "modality" must be one of ${MODALITIES.join(', ')}, not "${raw.slice(0, 40)}"`);
  return raw;
}

export function textParam(q: Map<string, string>, name: string, required = false): string | undefined {
  const raw = q.get(name);
  if (raw === undefined || raw.trim() === '') {
    if (required) throw new HttpError(400, `parameter "${name}" is required`);
    if (raw !== undefined) throw new HttpError(400, `parameter "${name}" is empty`);
    return undefined;
  }
  return raw.trim();
}

/** The corpus filters of `annals events`, as /api/events and /api/export take them. */
export const EVENT_FILTER_PARAMS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'modality', 'text', 'place', 'cluster', 'dated'] as const;
export const EVENT_PARAMS = [...EVENT_FILTER_PARAMS, 'sort', 'limit', 'offset'] as const;
export const EXPORT_PARAMS = [...EVENT_FILTER_PARAMS, 'format', 'undated'] as const;

/** A value of a closed list (a sort order, a format), or the fallback when the parameter is absent. */
export function oneOf<T extends string>(q: Map<string, string>, name: string, values: readonly T[], fallback: T): T {
  const raw = q.get(name);
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new HttpError(400, `parameter "${name}" must be one of ${values.join(', ')}, not "${raw.slice(0, 40)}"`);
  return raw as T;
}

export const UNDATED = ['skip', 'article'] as const;

export const articleSortParam = (q: Map<string, string>) => oneOf(q, 'sort', ARTICLE_SORTS, '-published');
export const clusterSortParam = (q: Map<string, string>) => oneOf(q, 'sort', CLUSTER_SORTS, '-articles');

/** The corpus filters of `annals events`, checked, with the page (limit, offset) and the order. */
export function eventFilterOf(q: Map<string, string>): EventFilter {
  const filter: EventFilter = {};
  const actor = actorParam(q, 'actor');
  if (actor) filter.actor = actor;
  const dyad = q.get('dyad');
  if (dyad !== undefined) filter.dyad = dyadParam(dyad);
  const code = q.get('code');
  if (code !== undefined) {
    if (!/^\d{2,4}$/.test(code)) throw new HttpError(400, `parameter "code" must be a CAMEO code of 2 to 4 digits such as 036, not "${code.slice(0, 40)}"`);
    filter.code = code;
  }
  const root = q.get('root');
  if (root !== undefined) {
    if (!/^\d{2}$/.test(root) || Number(root) < 1 || Number(root) > 20) throw new HttpError(400, `parameter "root" must be a CAMEO root 01 to 20, not "${root.slice(0, 40)}"`);
    filter.root = root;
  }
  const quad = q.get('quad');
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) throw new HttpError(400, `parameter "quad" must be 1, 2, 3 or 4, not "${quad.slice(0, 40)}"`);
    filter.quad = Number(quad);
  }
  const from = dateParam(q, 'from');
  if (from) filter.from = from;
  const to = dateParam(q, 'to');
  if (to) filter.to = to;
  if (from && to && from.slice(0, Math.min(from.length, to.length)) > to.slice(0, Math.min(from.length, to.length))) {
    throw new HttpError(400, `parameter "from" (${from}) is after "to" (${to})`);
  }
  const modality = modalityParam(q);
  if (modality) filter.modality = modality;
  const text = textParam(q, 'text');
  if (text) filter.text = text;
  if (q.has('cluster')) filter.cluster = idParam(q.get('cluster')!, 'cluster');
  const place = textParam(q, 'place');
  if (place) filter.place = place;
  if (q.has('dated')) filter.dated = oneOf(q, 'dated', ['yes', 'no'], 'yes') === 'yes';
  const sort = oneOf(q, 'sort', EVENT_SORTS, 'id');
  if (sort !== 'id') filter.sort = sort;
  filter.limit = intParam(q, 'limit', 100, 1, MAX_PAGE);
  filter.offset = intParam(q, 'offset', 0, 0, 1_000_000);
  return filter;
}
