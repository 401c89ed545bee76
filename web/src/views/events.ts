import { append, field, h, input, select } from '../dom.js';
import { get, query, type Event } from '../api.js';
import { EVENT_SORTS, QUAD_NAMES, empty, eventTable, exportLinks, firstRun, go, heading, pageOf, pager, section, sortMenu, storeStats, type View } from './common.js';
import { actorSuggestions, codeSuggestions } from './suggest.js';

// Events: the table with the corpus filters, how many match, pages, an order, and the export of them all.

export const FILTERS = ['actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'modality', 'dated', 'place', 'cluster', 'text'] as const;
export const MODALITIES: [string, string][] = [['', 'any'], ['actual', 'actual'], ['intent', 'intent'], ['hypothetical', 'hypothetical'], ['negated', 'negated']];

export const eventsView: View = async (main, params) => {
  const { limit, offset } = pageOf(params);
  const sort = params.get('sort') ?? 'id';
  const actors = actorSuggestions();
  const codes = codeSuggestions();
  const form = h(
    'form',
    { class: 'filters', attrs: { role: 'search', 'aria-label': 'Event filters' } },
    field('Actor', input('actor', params.get('actor'), { placeholder: 'JPN', list: actors.id })),
    field('Dyad', input('dyad', params.get('dyad'), { placeholder: 'JPN:RUS' })),
    field('CAMEO code', input('code', params.get('code'), { placeholder: '036', inputmode: 'numeric', list: codes.id })),
    field('Root', input('root', params.get('root'), { placeholder: '03', inputmode: 'numeric' })),
    field('QuadClass', select('quad', params.get('quad'), [['', 'any'], ...[1, 2, 3, 4].map((q): [string, string] => [String(q), `${q} ${QUAD_NAMES[q]}`])])),
    field('From', input('from', params.get('from'), { placeholder: '2018' })),
    field('To', input('to', params.get('to'), { placeholder: '2022-12' })),
    field('Modality', select('modality', params.get('modality'), MODALITIES)),
    field('Dated', select('dated', params.get('dated'), [['', 'dated or not'], ['yes', 'dated only'], ['no', 'undated only']])),
    field('Place', input('place', params.get('place'), { placeholder: 'Okinawa' })),
    field('Text', input('text', params.get('text'), { placeholder: 'peace treaty', type: 'search' })),
    params.get('cluster') ? field('Story', input('cluster', params.get('cluster'), { inputmode: 'numeric' })) : null,
    actors,
    codes,
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Filter'), h('a', { class: 'button secondary', attrs: { href: '#/events' } }, 'Clear')),
  );
  const current = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    go('events', { ...Object.fromEntries(FILTERS.map((k) => [k, String(data.get(k) ?? '').trim()])), sort: sort === 'id' ? null : sort });
  });
  append(main, heading('Events'), form);
  const filter: Record<string, string | number> = { limit, offset };
  for (const k of FILTERS) {
    const v = params.get(k);
    if (v) filter[k] = v;
  }
  if (sort !== 'id') filter.sort = sort;
  const filtered = FILTERS.some((k) => params.get(k));
  await section(main, 'events', async () => {
    const answer = await get<{ total: number; events: Event[] }>('events', filter);
    const { total, events } = answer;
    const to = (changes: Record<string, string | number | null>) => go('events', { ...current, sort: sort === 'id' ? null : sort, limit: limit === 50 ? null : limit, ...changes });
    if (!total && !filtered && (await storeStats()).articles === 0) return firstRun();
    if (!events.length) return empty(total ? `No events on this page: there are ${total.toLocaleString('en')}.` : 'No events match these filters.');
    return [
      h(
        'div',
        { class: 'list-tools' },
        sortMenu(sort, EVENT_SORTS, (s) => to({ sort: s === 'id' ? null : s, offset: null })),
        h('a', { class: 'map-link', attrs: { href: `#/map${query(current)}` } }, 'Map these events'),
        exportLinks(filter, total),
      ),
      pager('Events', total, offset, events.length, limit, (o) => to({ offset: o || null })),
      eventTable(events, `Events ${offset + 1}–${offset + events.length} of ${total.toLocaleString('en')}`),
    ];
  });
};
