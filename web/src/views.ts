import { append, clear, dl, empty, failure, field, h, input, loading, select, table, type Child } from './dom.js';
import { get, post, query, type ActorSeries, type Article, type ArticleSummary, type Attribution, type Cluster, type DyadSeries, type Entity, type Event, type EventDetail, type Mention } from './api.js';
import { highlighted, legend, marksOf } from './highlight.js';
import { QUAD_NAMES, stackedChart } from './charts.js';
import { provenanceGraph, roleOf } from './graph.js';

// The views. Each takes the page's <main> and the route's parameters and fills it; loading, empty and
// error states are shown in place. Every piece of stored or pasted text goes in as a Text node.

export type View = (main: HTMLElement, params: URLSearchParams, id?: string) => Promise<void>;

const go = (path: string, params: Record<string, string | number | null | undefined> = {}) => {
  location.hash = `#/${path}${query(params)}`;
};

function heading(title: string, ...rest: Child[]): HTMLElement {
  return h('div', { class: 'view-head' }, h('h1', { attrs: { tabindex: '-1' } }, title), ...rest);
}

/** Replaces the placeholder with the result of `work`, or with its error. */
async function section(parent: HTMLElement, what: string, work: () => Promise<Child>): Promise<void> {
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

const actorText = (a: Event['source']) => a.actor ?? '—';
/** An actor code linking to its timeline. */
const actorLink = (a: Event['source']) =>
  a.actor ? h('a', { attrs: { href: `#/actor?actor=${encodeURIComponent(a.actor)}`, title: actorTitle(a) } }, a.actor) : '—';
const actorTitle = (a: Event['source']) => [a.text, a.name].filter(Boolean).join(' · ');
const eventLink = (e: { id: number }, label?: string) => h('a', { attrs: { href: `#/event/${e.id}` } }, label ?? `#${e.id}`);
const articleLink = (a: { id: number; headline: string | null }) => h('a', { attrs: { href: `#/article/${a.id}` } }, a.headline ?? `article ${a.id}`);
const dateText = (e: { date: string | null }) => e.date ?? 'undated';
const quadText = (q: number | null) => (q ? `${q} ${QUAD_NAMES[q]}` : '—');

function eventRows(events: Event[]): Child[][] {
  return events.map((e) => [
    eventLink(e),
    dateText(e),
    h('span', { class: 'code' }, e.code),
    e.name ?? '',
    actorLink(e.source),
    actorLink(e.target),
    e.modality,
    e.goldstein ?? '—',
    quadText(e.quadClass),
    e.article ? [e.article.publisher ?? e.article.origin ?? '—', e.article.publisher && e.article.origin && e.article.origin !== e.article.publisher ? ` / ${e.article.origin}` : ''] : '—',
    e.numArticles ?? '',
  ]);
}

function eventTable(events: Event[], caption?: string): HTMLElement {
  return table(['Event', 'Date', 'Code', 'Name', 'Source', 'Target', 'Modality', 'Goldstein', 'QuadClass', 'Published by', 'Articles'], eventRows(events), caption);
}

// ---------------------------------------------------------------------------------------------------------
// Events: the table with the corpus filters

const FILTERS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'modality', 'text'] as const;
const MODALITIES: [string, string][] = [['', 'any'], ['actual', 'actual'], ['intent', 'intent'], ['hypothetical', 'hypothetical'], ['negated', 'negated']];

export const eventsView: View = async (main, params) => {
  const limit = 50;
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const form = h(
    'form',
    { class: 'filters', attrs: { role: 'search', 'aria-label': 'Event filters' } },
    field('Actor', input('actor', params.get('actor'), { placeholder: 'JPN' })),
    field('Dyad', input('dyad', params.get('dyad'), { placeholder: 'JPN:RUS' })),
    field('CAMEO code', input('code', params.get('code'), { placeholder: '036', inputmode: 'numeric' })),
    field('Root', input('root', params.get('root'), { placeholder: '03', inputmode: 'numeric' })),
    field('QuadClass', select('quad', params.get('quad'), [['', 'any'], ...[1, 2, 3, 4].map((q): [string, string] => [String(q), `${q} ${QUAD_NAMES[q]}`])])),
    field('From', input('from', params.get('from'), { placeholder: '2018' })),
    field('To', input('to', params.get('to'), { placeholder: '2022-12' })),
    field('Modality', select('modality', params.get('modality'), MODALITIES)),
    field('Text', input('text', params.get('text'), { placeholder: 'peace treaty', type: 'search' })),
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Filter'), h('a', { class: 'button secondary', attrs: { href: '#/events' } }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    go('events', Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()])));
  });
  append(main, heading('Events'), form);
  const filter: Record<string, string | number> = { limit, offset };
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) filter[k] = v;
  }
  await section(main, 'events', async () => {
    const { events } = await get<{ events: Event[] }>('events', filter);
    if (!events.length) return empty(offset ? 'No more events.' : 'No events match these filters.');
    const page = (o: number) => go('events', { ...Object.fromEntries(FILTERS.map((k) => [k, params.get(k)])), offset: o || null });
    return [
      h('p', { class: 'count' }, `Events ${offset + 1}–${offset + events.length}`),
      eventTable(events),
      h(
        'div',
        { class: 'pager' },
        offset > 0 ? h('button', { attrs: { type: 'button' }, on: { click: () => page(Math.max(0, offset - limit)) } }, '← Previous') : null,
        events.length === limit ? h('button', { attrs: { type: 'button' }, on: { click: () => page(offset + limit) } }, 'Next →') : null,
      ),
    ];
  });
};

// ---------------------------------------------------------------------------------------------------------
// One event: facts, sentence, evidence, provenance chain and graph, copies

function sentenceWithTrigger(e: EventDetail): Child {
  const s = e.evidence?.sentence;
  const text = e.sentenceText ?? s?.text ?? null;
  if (!text) return empty('The sentence was not stored.');
  if (s && Number.isInteger(s.start)) {
    const a = e.span.start - s.start;
    const b = e.span.end - s.start;
    if (a >= 0 && b <= text.length && a < b) {
      return h('blockquote', { class: 'sentence' }, text.slice(0, a), h('mark', { class: 'm-trigger' }, text.slice(a, b)), text.slice(b));
    }
  }
  return h('blockquote', { class: 'sentence' }, text);
}

function chainView(chain: EventDetail['provenance']): HTMLElement {
  if (!chain.length) return empty('No provenance chain: the article does not say who says so.');
  return h(
    'div',
    null,
    h('p', { class: 'chain', attrs: { 'data-testid': 'chain' } }, ...chain.flatMap((l, i) => [i ? ' → ' : '', h('strong', null, l.name)])),
    h(
      'ol',
      { class: 'chain-links' },
      ...chain.map((l, i) => h('li', null, h('strong', null, l.name), ` — ${roleOf(chain, i)}`, l.actor ? ` (${l.actor})` : '', `, ${l.kind}`)),
    ),
  );
}

function mentionsTable(mentions: Mention[]): HTMLElement {
  if (!mentions.length) return empty('No copies recorded.');
  return table(
    ['Article', 'Publisher', 'Origin', 'Published', 'URL'],
    mentions.map((m) => [
      articleLink({ id: m.articleId, headline: m.headline }),
      m.publisher ?? '—',
      m.origin ?? '—',
      m.published ?? '—',
      m.url && /^https?:\/\//i.test(m.url) ? h('a', { attrs: { href: m.url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, m.url) : (m.url ?? '—'),
    ]),
  );
}

export const eventView: View = async (main, _params, id) => {
  await section(main, 'the event', async () => {
    const e = await get<EventDetail>(`events/${encodeURIComponent(id ?? '')}`);
    const ev = e.evidence ?? {};
    const mentions = e.mentions ?? [];
    return [
      heading(`Event #${e.id}: ${e.code} ${e.name ?? ''}`),
      dl([
        ['Source', [actorLink(e.source), ` — ${actorTitle(e.source)}`]],
        ['Target', [actorLink(e.target), ` — ${actorTitle(e.target)}`]],
        ['Dyad', e.source.actor && e.target.actor ? h('a', { attrs: { href: `#/dyad?dyad=${encodeURIComponent(`${e.source.actor.slice(0, 3)}:${e.target.actor.slice(0, 3)}`)}` } }, `${e.source.actor.slice(0, 3)} ↔ ${e.target.actor.slice(0, 3)} over time`) : null],
        ['Date', e.date ? `${e.date} (${e.datePrecision})` : 'undated (background)'],
        ['Modality', e.modality],
        ['Goldstein', e.goldstein ?? '—'],
        ['QuadClass', quadText(e.quadClass)],
        ['PLOVER', e.plover ? `${e.plover.type}${e.plover.mode ? ` ${e.plover.mode}` : ''}` : null],
        ['Location', e.location ? `${e.location.name}${e.location.lat !== null ? ` (${e.location.lat}, ${e.location.lon})` : ''}` : null],
        ['Reported by', e.numArticles !== undefined ? `${e.numArticles} article(s), ${e.numSources} source(s)` : null],
        ['Article', articleLink(e.article)],
      ]),
      h('h2', null, 'Sentence'),
      sentenceWithTrigger(e),
      h('h2', null, 'Provenance'),
      chainView(e.provenance),
      e.provenance.length ? provenanceGraph(e.provenance, mentions) : null,
      h('h2', null, `Copies (${mentions.length})`),
      mentionsTable(mentions),
      h('h2', null, 'Evidence'),
      dl([
        ['Trigger', ev.trigger?.text ?? null],
        ['Verb block', ev.verbBlock ?? null],
        ['Pattern', ev.pattern ? `${ev.pattern.text} → ${ev.pattern.code} (${ev.pattern.source})` : null],
        ['Dictionary entries', ev.dictionary?.length ? h('ul', null, ...ev.dictionary.map((d) => h('li', null, h('code', null, d)))) : null],
        ['Why this date', ev.date ?? null],
        ['Why this modality', ev.modality ?? null],
      ]),
    ];
  });
};

// ---------------------------------------------------------------------------------------------------------
// Dyad: events per period by QuadClass, both directions, Goldstein lines

export const dyadView: View = async (main, params) => {
  const dyad = params.get('dyad') ?? '';
  const by = params.get('by') ?? 'year';
  const form = h(
    'form',
    { class: 'filters', attrs: { 'aria-label': 'Dyad' } },
    field('Dyad', input('dyad', dyad, { placeholder: 'JPN:RUS', required: 'true' })),
    field('By', select('by', by, [['year', 'year'], ['month', 'month'], ['day', 'day']])),
    field('Modality', select('modality', params.get('modality'), MODALITIES)),
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    go('dyad', { dyad: String(data.get('dyad') ?? '').trim(), by: String(data.get('by') ?? ''), modality: String(data.get('modality') ?? '') });
  });
  append(main, heading('Dyad'), form);
  if (!dyad) {
    main.appendChild(empty('Enter two actor codes, such as JPN:RUS, to see their events over time in both directions.'));
    return;
  }
  await section(main, 'the dyad series', async () => {
    const s = await get<DyadSeries>(`dyads/${encodeURIComponent(dyad)}`, { by, modality: params.get('modality') });
    if (!s.points.length) return empty(`No dated events between ${s.dyad[0]} and ${s.dyad[1]}.`);
    const periods = [...new Set(s.points.map((p) => p.period))].sort();
    const at = (dir: string, period: string) => s.points.find((p) => p.direction === dir && p.period === period);
    const groups = s.directions.map((dir) => ({
      name: dir.replace('->', '→'),
      quads: periods.map((p) => {
        const pt = at(dir, p);
        return pt ? pt.quadClass : [0, 0, 0, 0, 0];
      }),
    }));
    const lines = s.directions.map((dir) => ({ name: dir.replace('->', '→'), values: periods.map((p) => at(dir, p)?.goldstein ?? 0) }));
    return [
      h('p', { class: 'count' }, `${s.points.reduce((n, p) => n + p.events, 0)} dated events between ${s.dyad[0]} and ${s.dyad[1]}, by ${s.by}. `, h('a', { attrs: { href: `#/events${query({ dyad: `${s.dyad[0]}:${s.dyad[1]}`, modality: params.get('modality') })}` } }, 'List them')),
      stackedChart({
        periods,
        groups,
        lines,
        label: `Events per ${s.by} between ${s.dyad[0]} and ${s.dyad[1]} by QuadClass and direction, with Goldstein sums`,
      }),
      table(
        ['Period', 'Direction', 'Events', 'Goldstein sum', ...QUAD_NAMES.slice(1)],
        s.points.map((p) => [p.period, p.direction.replace('->', ' → '), p.events, Math.round(p.goldstein * 10) / 10, ...p.quadClass.slice(1)]),
        'The series',
      ),
    ];
  });
};

// ---------------------------------------------------------------------------------------------------------
// Actor timeline: an actor's whole series (events per period by QuadClass, Goldstein line), and its events
// below, paged; a period (a link in the series table, or a bar of the chart) narrows the list to it.

const PERIODS: [string, string][] = [['year', 'year'], ['month', 'month'], ['day', 'day']];
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const actorView: View = async (main, params) => {
  const actor = (params.get('actor') ?? '').trim().toUpperCase();
  const by = params.get('by') ?? 'year';
  const modality = params.get('modality') ?? '';
  const period = params.get('period') ?? '';
  const limit = Math.min(200, Math.max(5, Number(params.get('limit') ?? 50) || 50));
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const here = (changes: Record<string, string | number | null>) =>
    go('actor', { actor, by: by === 'year' ? null : by, modality: modality || null, period: period || null, limit: limit === 50 ? null : limit, offset: null, ...changes });
  const link = (changes: Record<string, string | number | null>, label: Child, title?: string) =>
    h('a', { attrs: { href: `#/actor${query({ actor, by: by === 'year' ? null : by, modality: modality || null, period: period || null, limit: limit === 50 ? null : limit, ...changes })}`, title } }, label);

  const list = h('datalist', { attrs: { id: 'actor-codes' } });
  const box = input('actor', actor, { placeholder: 'JPN', list: 'actor-codes', required: 'true' });
  const bySelect = select('by', by, PERIODS);
  const modalitySelect = select('modality', modality, MODALITIES);
  const form = h(
    'form',
    { class: 'filters', attrs: { 'aria-label': 'Actor' } },
    field('Actor code (prefix)', box),
    list,
    field('By', bySelect),
    field('Modality', modalitySelect),
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('actor', { actor: box.value.trim(), by: bySelect.value === 'year' ? null : bySelect.value, modality: modalitySelect.value || null, limit: limit === 50 ? null : limit });
  });
  append(main, heading('Actor timeline'), form);
  const actors = get<{ actors: { actor: string; name: string | null; events: number }[] }>('actors', { limit: 200 }).then(
    (r) => {
      append(list, ...r.actors.map((a) => h('option', { attrs: { value: a.actor } }, a.name ?? a.actor)));
      return r.actors;
    },
    () => [],
  );
  if (!actor) {
    await section(main, 'actors', async () => {
      const all = await actors;
      if (!all.length) return empty('No actors in this store yet.');
      return [h('p', null, 'Pick an actor:'), h('ul', { class: 'chips' }, ...all.slice(0, 60).map((a) => h('li', null, h('a', { attrs: { href: `#/actor?actor=${encodeURIComponent(a.actor)}`, title: a.name ?? '' } }, `${a.actor} (${a.events})`))))];
    });
    return;
  }

  if (!/^[A-Z0-9]{1,24}$/.test(actor)) {
    main.appendChild(failure(new Error(`an actor code is 1 to 24 letters and digits, such as JPN or JPNGOV, not “${actor.slice(0, 40)}”`)));
    return;
  }
  const seriesPart = h('section', { class: 'actor-series', attrs: { 'aria-label': `${actor} over time` } });
  const eventsPart = h('section', { class: 'actor-events', attrs: { 'aria-labelledby': 'actor-events-title' } });
  append(main, seriesPart, eventsPart);

  const series = section(seriesPart, 'the series', async () => {
    const s = await get<ActorSeries>(`actors/${encodeURIComponent(actor)}/series`, { by, modality: modality || null });
    const what = `${s.modality ? `${s.modality} ` : ''}events with ${s.actor} as source or target`;
    if (!s.points.length) return empty(`No dated ${what}.`);
    const total = s.points.reduce((n, p) => n + p.events, 0);
    const periods = s.points.map((p) => p.period);
    return [
      h('p', { class: 'count' }, `${total.toLocaleString('en')} dated ${what}, by ${s.by}, in ${periods.length.toLocaleString('en')} ${periods.length === 1 ? 'period' : 'periods'} from ${periods[0]} to ${periods[periods.length - 1]}. Pick a period (a bar, or a link in the table) to list its events.`),
      stackedChart({
        periods,
        groups: [{ name: s.actor, quads: s.points.map((p) => p.quadClass) }],
        lines: [{ name: s.actor, values: s.points.map((p) => Math.round(p.goldstein * 10) / 10) }],
        label: `Events per ${s.by} involving ${s.actor} by QuadClass, with the Goldstein sum as a line`,
        onPeriod: (p) => here({ period: p }),
      }),
      // The chart's numbers as a table with a link per period (for keyboards and screen readers); folded
      // when long, so that the events stay near the chart.
      h(
        'details',
        { class: 'series-table', attrs: { open: periods.length <= 40 } },
        h('summary', null, `The series as a table (${periods.length.toLocaleString('en')} ${periods.length === 1 ? 'period' : 'periods'})`),
        table(
        ['Period', 'Events', 'Goldstein sum', ...QUAD_NAMES.slice(1), QUAD_NAMES[0]!],
        s.points.map((p) => [
          p.period === period ? h('strong', null, p.period) : link({ period: p.period }, p.period, `List the events of ${p.period}`),
          p.events,
          Math.round(p.goldstein * 10) / 10,
          ...p.quadClass.slice(1),
          p.quadClass[0],
        ]),
        `The series: ${s.actor} per ${s.by}`,
        ),
      ),
    ];
  });

  const title = period ? `Events of ${actor} dated within ${period}` : `Events of ${actor}`;
  append(eventsPart, h('h2', { attrs: { id: 'actor-events-title' } }, title), period ? h('p', null, link({ period: null }, 'Show all periods')) : null);
  const events = section(eventsPart, 'events', async () => {
    if (period && !PERIOD.test(period)) throw new Error(`the period must be YYYY, YYYY-MM or YYYY-MM-DD, not “${period}”`);
    const filter = { actor, modality: modality || null, from: period || null, to: period || null, limit, offset };
    const { events: page } = await get<{ events: Event[] }>('events', filter);
    if (!page.length) return empty(offset ? 'No more events.' : `No ${modality ? `${modality} ` : ''}events with ${actor} as source or target${period ? ` dated within ${period}` : ''}.`);
    return [
      h('p', { class: 'count' }, `Events ${offset + 1}–${offset + page.length}, in the order they were stored${period ? '' : ', undated ones included'}.`),
      eventTable(page, title),
      h(
        'div',
        { class: 'pager' },
        offset > 0 ? h('button', { attrs: { type: 'button' }, on: { click: () => here({ offset: Math.max(0, offset - limit) || null }) } }, '← Previous') : null,
        page.length === limit ? h('button', { attrs: { type: 'button' }, on: { click: () => here({ offset: offset + limit }) } }, 'Next →') : null,
      ),
    ];
  });
  await Promise.all([series, events]);
};

// ---------------------------------------------------------------------------------------------------------
// Articles, one article with its marks, stories (clusters)

function articleRows(articles: ArticleSummary[]): Child[][] {
  return articles.map((a) => [
    articleLink(a),
    a.published ?? '—',
    a.publisher ?? '—',
    a.origin ?? '—',
    a.datelinePlace ?? '—',
    a.events,
    a.clusterId !== null ? h('a', { attrs: { href: `#/cluster/${a.clusterId}` } }, `story ${a.clusterId}`) : '—',
  ]);
}

const ARTICLE_HEADERS = ['Headline', 'Published', 'Publisher', 'Origin', 'Dateline', 'Events', 'Story'];

export const articlesView: View = async (main, params) => {
  const text = params.get('text') ?? '';
  const box = input('text', text, { type: 'search', placeholder: 'peace treaty' });
  const form = h('form', { class: 'filters', attrs: { role: 'search', 'aria-label': 'Search articles' } }, field('Search', box), h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('articles', { text: box.value.trim() });
  });
  append(main, heading('Articles'), form);
  if (text) {
    await section(main, 'search hits', async () => {
      const { hits } = await get<{ hits: { id: number; headline: string | null; published: string | null; snippet: string }[] }>('search', { q: text, limit: 50 });
      if (!hits.length) return empty(`No article matches “${text}”.`);
      return h(
        'ol',
        { class: 'hits' },
        ...hits.map((hit) =>
          h('li', null, articleLink(hit), hit.published ? ` · ${hit.published}` : '', h('p', { class: 'snippet' }, ...snippet(hit.snippet))),
        ),
      );
    });
    return;
  }
  await section(main, 'articles', async () => {
    const { articles } = await get<{ articles: ArticleSummary[] }>('articles', { limit: 100 });
    if (!articles.length) return empty(text ? `No article matches “${text}”.` : 'No articles stored yet.');
    return table(ARTICLE_HEADERS, articleRows(articles));
  });
};

/** A search snippet, its [matched words] marked (as text nodes, never HTML). */
function snippet(text: string): Child[] {
  return text.split(/(\[[^\]]*\])/).map((part) => (/^\[.*\]$/.test(part) ? h('mark', null, part.slice(1, -1)) : part));
}

export const articleView: View = async (main, _params, id) => {
  await section(main, 'the article', async () => {
    const a = await get<Article>(`articles/${encodeURIComponent(id ?? '')}`);
    const events = a.eventList.map((e) => ({ ...e, href: `#/event/${e.id}` }));
    return [
      heading(a.headline ?? `Article ${a.id}`),
      dl([
        ['Publisher', a.publisher],
        ['Origin agency', a.origin],
        ['Dateline', a.datelinePlace],
        ['Published', a.published],
        ['Byline', a.byline],
        ['URL', a.url && /^https?:\/\//i.test(a.url) ? h('a', { attrs: { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, a.url) : a.url],
        ['Story', a.clusterId !== null ? h('a', { attrs: { href: `#/cluster/${a.clusterId}` } }, `story ${a.clusterId}`) : null],
      ]),
      legend(),
      highlighted(a.text, marksOf(a.entities, events, a.attributions)),
      h('h2', null, `Events (${a.eventList.length})`),
      a.eventList.length ? eventTable(a.eventList) : empty('No events coded in this article.'),
      h('h2', null, `Attributions (${a.attributions.length})`),
      attributionList(a.attributions),
    ];
  });
};

function attributionList(attributions: Attribution[]): HTMLElement {
  if (!attributions.length) return empty('No attributions found.');
  return h(
    'ol',
    { class: 'attributions' },
    ...attributions.map((a) =>
      h(
        'li',
        null,
        h('strong', null, a.source?.name ?? a.source?.text ?? 'unnamed source'),
        ` ${a.cue.text}: `,
        h('q', null, a.content.map((c) => c.text ?? '').join(' … ')),
        h('div', { class: 'chain small' }, a.chain.map((l) => l.name).join(' → ')),
      ),
    ),
  );
}

export const clustersView: View = async (main) => {
  append(main, heading('Stories'), h('p', null, 'Clusters of syndicated copies: one story, republished by several outlets.'));
  await section(main, 'stories', async () => {
    const { clusters } = await get<{ clusters: Cluster[] }>('clusters', { limit: 200 });
    if (!clusters.length) return empty('No stories stored yet.');
    return table(
      ['Story', 'Articles', 'Origin', 'Publishers', 'Earliest'],
      clusters.map((c) => [
        h('a', { attrs: { href: `#/cluster/${c.id}` } }, c.earliest?.headline ?? c.label ?? `story ${c.id}`),
        c.articles,
        c.origin ?? '—',
        c.publishers.join(', ') || '—',
        c.earliest ? `${c.earliest.published ?? 'undated'} · ${c.earliest.publisher ?? ''}` : '—',
      ]),
    );
  });
};

export const clusterView: View = async (main, _params, id) => {
  await section(main, 'the story', async () => {
    const c = await get<Cluster>(`clusters/${encodeURIComponent(id ?? '')}`);
    const members = c.members ?? [];
    return [
      heading(c.earliest?.headline ?? c.label ?? `Story ${c.id}`),
      dl([
        ['Articles', c.articles],
        ['Origin agency', c.origin],
        ['Publishers', c.publishers.join(', ')],
        ['Earliest', c.earliest ? articleLink({ id: c.earliest.id, headline: `${c.earliest.published ?? 'undated'} · ${c.earliest.publisher ?? ''} · ${c.earliest.headline ?? ''}` }) : null],
      ]),
      h('h2', null, 'Copies'),
      members.length ? table(ARTICLE_HEADERS, articleRows(members)) : empty('No articles in this story.'),
    ];
  });
};

// ---------------------------------------------------------------------------------------------------------
// Analyse: paste an article, see its analysis (nothing is stored)

interface Analysis {
  text: string;
  article: { headline: string | null; publisher?: string | null; origin?: string | null; dateline?: { place?: string | null } | null; published?: string | null };
  entities: Entity[];
  events: (Omit<Event, 'id' | 'articleId'> & { id: string; provenance?: { name: string }[] })[];
  attributions: Attribution[];
  warnings: { message?: string }[];
}

export const analyzeView: View = async (main) => {
  const area = h('textarea', { attrs: { name: 'text', rows: 12, required: 'true', placeholder: 'Headline\n\nTOKYO (Agency) - The body of the article…' } });
  const date = input('date', '', { type: 'date' });
  const mode = select('mode', 'text', [['text', 'plain text'], ['html', 'HTML']]);
  const out = h('div', { class: 'analysis', attrs: { 'aria-live': 'polite' } });
  const button = h('button', { attrs: { type: 'submit' } }, 'Analyse');
  const form = h(
    'form',
    { class: 'paste' },
    field('Article', area, 'Plain text (the first line is the headline) or an HTML page. Nothing is stored and no URL is fetched.'),
    h('div', { class: 'row' }, field('Format', mode), field('Date (if the article has none)', date)),
    h('div', { class: 'actions' }, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(out);
    if (!area.value.trim()) {
      out.appendChild(failure(new Error('paste an article first')));
      return;
    }
    out.appendChild(loading('the analysis'));
    button.disabled = true;
    try {
      const r = await post<Analysis>('analyze', { [mode.value === 'html' ? 'html' : 'text']: area.value, ...(date.value && { date: date.value }) });
      clear(out);
      append(out, analysisView(r));
    } catch (error) {
      clear(out);
      out.appendChild(failure(error));
    } finally {
      button.disabled = false;
    }
  });
  append(main, heading('Analyse an article'), form, out);
};

function analysisView(r: Analysis): Child {
  const a = r.article;
  return [
    h('h2', null, a.headline ?? '(no headline)'),
    dl([
      ['Publisher', a.publisher ?? null],
      ['Origin agency', a.origin ?? null],
      ['Dateline', a.dateline?.place ?? null],
      ["Published", a.published ?? null],
    ]),
    h('h3', null, `Events (${r.events.length})`),
    r.events.length
      ? table(
          ['Event', 'Date', 'Code', 'Name', 'Source', 'Target', 'Modality', 'Goldstein', 'Who says so'],
          r.events.map((e) => [e.id, dateText(e), h('span', { class: 'code' }, e.code), e.name ?? '', actorText(e.source), actorText(e.target), e.modality, e.goldstein ?? '—', (e.provenance ?? []).map((l) => l.name).join(' → ')]),
          'Events found',
        )
      : empty('No events found in this text.'),
    r.warnings.length ? h('ul', { class: 'warnings' }, ...r.warnings.map((w) => h('li', null, w.message ?? JSON.stringify(w)))) : null,
    legend(),
    highlighted(r.text, marksOf(r.entities, r.events, r.attributions)),
  ];
}
