import { append, clear, empty, failure, h, loading, select, table, type Child } from '../dom.js';
import { get, query, type Actor, type Event, type Stats } from '../api.js';
import { QUAD_NAMES } from '../charts.js';

// What the views share: headings, sections that load in place, links with names beside codes, the events
// table, the pager that says "1–50 of N", the sort menu and the export links of a filter.

export type View = (main: HTMLElement, params: URLSearchParams, id?: string) => Promise<void>;
export type Params = Record<string, string | number | null | undefined>;

export const go = (path: string, params: Params = {}) => {
  location.hash = `#/${path}${query(params)}`;
};

export function heading(title: string, ...rest: Child[]): HTMLElement {
  return h('div', { class: 'view-head' }, h('h1', { attrs: { tabindex: '-1' } }, title), ...rest);
}

/** Replaces the placeholder with the result of `work`, or with its error. */
export async function section(parent: HTMLElement, what: string, work: () => Promise<Child>): Promise<void> {
  const slot = h('div', { class: 'slot', attrs: { 'aria-busy': 'true' } }, loading(what));
  parent.appendChild(slot);
  try {
    const content = await work();
    clear(slot);
    append(slot, content);
  } catch (error) {
    clear(slot);
    slot.appendChild(failure(error));
  } finally {
    slot.removeAttribute('aria-busy');
  }
}

export const fmt = (n: number) => n.toLocaleString('en');
export const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

/** An actor code linking to its timeline, with the name it was resolved to (on the event's date) beside it. */
export function actorLink(a: Actor): Child {
  if (!a.actor) return '—';
  return [
    h('a', { class: 'code', attrs: { href: `#/actor?actor=${encodeURIComponent(a.actor)}` } }, a.actor),
    a.name ? h('span', { class: 'name' }, ` ${a.name}`) : null,
    a.text && a.text !== a.name ? h('span', { class: 'said' }, ` “${a.text}”`) : null,
  ];
}
export const actorTitle = (a: Actor) => [a.text, a.name].filter(Boolean).join(' · ');
export const eventLink = (e: { id: number }, label?: string) => h('a', { attrs: { href: `#/event/${e.id}` } }, label ?? `#${e.id}`);
export const articleLink = (a: { id: number; headline: string | null }) => h('a', { attrs: { href: `#/article/${a.id}` } }, a.headline ?? `article ${a.id}`);
export const dateText = (e: { date: string | null }) => e.date ?? 'undated';
export const quadText = (q: number | null) => (q ? `${q} ${QUAD_NAMES[q]}` : '—');
/** A CAMEO code linking to its glossary entry, its name beside it. */
export const codeLink = (code: string, name?: string | null): Child => [
  h('a', { class: 'code', attrs: { href: `#/glossary?code=${encodeURIComponent(code)}#code-${code}`, title: 'What this code means' } }, code),
  name ? h('span', { class: 'name' }, ` ${name}`) : null,
];

/** The dyad of two full actor codes (IGOUNO stays IGOUNO: a three-letter cut would pool every IGO). */
export const dyadLink = (a: string, b: string) =>
  h('a', { attrs: { href: `#/dyad?dyad=${encodeURIComponent(`${a}:${b}`)}` } }, `${a} ↔ ${b} over time`);

export function eventRows(events: Event[]): Child[][] {
  return events.map((e) => [
    eventLink(e),
    dateText(e),
    codeLink(e.code, e.name),
    actorLink(e.source),
    actorLink(e.target),
    e.modality,
    e.goldstein ?? '—',
    quadText(e.quadClass),
    e.location?.name ?? '—',
    e.article ? [e.article.publisher ?? e.article.origin ?? '—', e.article.publisher && e.article.origin && e.article.origin !== e.article.publisher ? ` / ${e.article.origin}` : ''] : '—',
    e.numArticles ?? '',
  ]);
}

export const EVENT_HEADERS = ['Event', 'Date', 'Code and name', 'Source', 'Target', 'Modality', 'Goldstein', 'QuadClass', 'Place', 'Published by', 'Articles'];

export function eventTable(events: Event[], caption?: string): HTMLElement {
  return table(EVENT_HEADERS, eventRows(events), caption);
}

/** "Events 51–100 of 1,234", with first / previous / next / last buttons (keyboard and pointer alike). */
export function pager(what: string, total: number, offset: number, shown: number, limit: number, to: (offset: number) => void): HTMLElement {
  const last = Math.max(0, Math.floor((total - 1) / limit) * limit);
  const button = (label: string, target: number, enabled: boolean) =>
    h('button', { class: 'secondary', attrs: { type: 'button', disabled: !enabled }, on: { click: () => to(target) } }, label);
  return h(
    'nav',
    { class: 'pager', attrs: { 'aria-label': `${what} pages` } },
    h('p', { class: 'count', attrs: { role: 'status' } }, shown ? `${what} ${fmt(offset + 1)}–${fmt(offset + shown)} of ${fmt(total)}` : `${what}: none of ${fmt(total)} here`),
    total > limit
      ? [
          button('« First', 0, offset > 0),
          button('← Previous', Math.max(0, offset - limit), offset > 0),
          button('Next →', offset + limit, offset + limit < total),
          button('Last »', last, offset < last),
        ]
      : null,
  );
}

/** The sort menu of a list; changing it goes to the first page in the new order. */
export function sortMenu(value: string, options: [string, string][], change: (sort: string) => void): HTMLElement {
  const menu = select('sort', value, options);
  menu.addEventListener('change', () => change(menu.value));
  const id = `sort-${Math.random().toString(36).slice(2, 8)}`;
  menu.id = id;
  return h('div', { class: 'sort' }, h('label', { attrs: { for: id } }, 'Sort by '), menu);
}

export const EVENT_SORTS: [string, string][] = [
  ['id', 'stored order'],
  ['-date', 'date, newest first'],
  ['date', 'date, oldest first'],
  ['code', 'CAMEO code'],
  ['-goldstein', 'Goldstein, most cooperative first'],
  ['goldstein', 'Goldstein, most conflictual first'],
  ['-numArticles', 'articles reporting it, most first'],
];

/** Download links for every event of a filter: CSV, JSON lines, GDELT 2.0 (GET /api/export, streamed). */
export function exportLinks(filter: Params, total?: number): HTMLElement {
  const { limit: _l, offset: _o, sort: _s, ...where } = filter;
  const link = (format: string, label: string, extra: Params = {}) =>
    h('a', { class: 'button secondary', attrs: { href: `/api/export${query({ format, ...where, ...extra })}`, download: '' } }, label);
  return h(
    'p',
    { class: 'export' },
    `Export ${total !== undefined ? `these ${plural(total, 'event')}` : 'these events'}: `,
    link('csv', 'CSV'),
    ' ',
    link('jsonl', 'JSON lines'),
    ' ',
    link('gdelt', 'GDELT 2.0 TSV'),
    ' ',
    link('gdelt', 'GDELT, undated by article', { undated: 'article' }),
  );
}

let stats: Promise<Stats> | null = null;
/** The store's counts, asked once per page load. */
export const storeStats = () => (stats ??= get<Stats>('stats'));

/** What an empty store shows: how to fill it, and where to try the analysis without storing anything. */
export function firstRun(): HTMLElement {
  return h(
    'div',
    { class: 'state empty first-run', attrs: { role: 'status' } },
    h('h2', null, 'This store is empty'),
    h('p', null, 'Annals has no articles here yet. Ingest a folder of articles or a feed from a terminal, then reload this page:'),
    h('pre', null, h('code', null, 'npx annals ingest ./news/ --db annals.db\nnpx annals ingest https://example.com/feed.xml --db annals.db\nnpx annals serve --db annals.db')),
    h('p', null, 'Or serve the bundled example with ', h('code', null, 'npx annals serve --example'), ', or ', h('a', { attrs: { href: '#/analyze' } }, 'analyse a pasted article'), ' (nothing is stored).'),
  );
}

/** A paged answer's numbers from the route, bounded. */
export function pageOf(params: URLSearchParams, fallback = 50): { limit: number; offset: number } {
  const limit = Math.min(1000, Math.max(5, Number(params.get('limit') ?? fallback) || fallback));
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  return { limit, offset };
}

export { empty, QUAD_NAMES };
