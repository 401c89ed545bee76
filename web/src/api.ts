// The JSON API's client: GET and POST against the same origin; an answer's {"error"} becomes the Error's message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    /* not JSON */
  }
  if (!response.ok) {
    const message = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return body as T;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function get<T>(path: string, params: Record<string, string | number | null | undefined> = {}): Promise<T> {
  return answer<T>(await fetch(`/api/${path}${query(params)}`, { headers: { accept: 'application/json' } }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(await fetch(`/api/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) }));
}

// The shapes the UI reads (a subset of /openapi.json's schemas).

export interface Span {
  start: number;
  end: number;
}
export interface Actor {
  actor: string | null;
  text: string | null;
  name: string | null;
}
export interface Event {
  id: number;
  articleId: number;
  key: string;
  code: string;
  root: string;
  name: string | null;
  goldstein: number | null;
  quadClass: number | null;
  modality: string;
  date: string | null;
  datePrecision: string | null;
  source: Actor;
  target: Actor;
  location: { name: string; lat: number | null; lon: number | null } | null;
  span: Span;
  numArticles?: number;
  numSources?: number;
  article?: { id: number; publisher: string | null; origin: string | null; published: string | null };
  plover?: { type: string; mode: string | null } | null;
}
export interface ChainLink {
  name: string;
  actor?: string;
  kind: string;
  span?: Span;
}
export interface Mention {
  articleId: number;
  headline: string | null;
  url: string | null;
  published: string | null;
  publisher: string | null;
  origin: string | null;
  sentenceText: string | null;
  provenance: ChainLink[];
}
export interface EventDetail extends Omit<Event, 'article'> {
  sentenceText: string | null;
  article: { id: number; headline: string | null; url: string | null; published: string | null; publisher?: string | null; origin?: string | null };
  evidence: {
    sentence?: { start: number; end: number; text: string };
    trigger?: { text: string; span: Span };
    verbBlock?: string;
    pattern?: { text: string; code: string; source: string } | null;
    dictionary?: string[];
    date?: string;
    modality?: string;
  } | null;
  provenance: ChainLink[];
  mentions?: Mention[];
}
export interface ArticleSummary {
  id: number;
  headline: string | null;
  url: string | null;
  published: string | null;
  datelinePlace: string | null;
  publisher: string | null;
  origin: string | null;
  clusterId: number | null;
  events: number;
}
export interface Entity {
  type: 'actor' | 'place';
  text: string;
  span: Span;
  actor?: string | null;
  name?: string | null;
}
export interface Attribution {
  id?: number | string;
  key?: string;
  source?: { text: string; span: Span; name?: string; actor?: string } | null;
  cue: { text: string; span: Span };
  content: (Span & { text?: string })[];
  chain: ChainLink[];
}
export interface Article extends ArticleSummary {
  byline: string | null;
  text: string;
  entities: Entity[];
  eventList: Event[];
  attributions: Attribution[];
}
export interface Cluster {
  id: number;
  label: string | null;
  articles: number;
  earliest: { id: number; published: string | null; publisher: string | null; headline: string | null } | null;
  origin: string | null;
  publishers: string[];
  members?: ArticleSummary[];
}
/** Events without a QuadClass, then QuadClass 1..4. */
export type QuadSplit = [number, number, number, number, number];
export interface DyadSeries {
  dyad: [string, string];
  by: string;
  directions: [string, string];
  undated: string;
  undatedEvents: number;
  points: { period: string; direction: string; events: number; goldstein: number; quadClass: QuadSplit }[];
}
export interface ActorSeries {
  actor: string;
  by: string;
  modality: string | null;
  undated: string;
  undatedEvents: number;
  /** Dated events only, periods in order. */
  points: { period: string; events: number; goldstein: number; quadClass: QuadSplit }[];
}
export interface Stats {
  articles: number;
  copies?: number;
  clusters: number;
  events: number;
  attributions: number;
  outlets: number;
}
export interface GlossaryCode {
  code: string;
  root: string;
  name: string;
  goldstein: number;
  quadClass: number;
  plover: { type: string; mode: string | null } | null;
}
/** GET /api/glossary: every CAMEO code, the QuadClasses and the actor code scheme's sector codes. */
export interface Glossary {
  codes: GlossaryCode[];
  quadClasses: { quadClass: number; name: string; roots: string }[];
  sectors: { code: string; name: string; description: string }[];
  countries: { code: string; name: string }[];
  organisations: { code: string; name: string }[];
}
