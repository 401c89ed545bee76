import { append, empty, h, table } from '../dom.js';
import { get, query } from '../api.js';
import { exportLinks, fmt, heading, plural, section, type View } from './common.js';
import { FILTERS } from './events.js';

// Map: the places of the events matching the events list's filters, on country shapes drawn offline.
// A circle or a row of the table opens the events list at that place, with the same filters; the events
// list links back here with its filters.

interface Places {
  total: number;
  placed: number;
  places: { name: string; lat: number | null; lon: number | null; events: number }[];
}

export const mapView: View = async (main, params) => {
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)]).filter(([, v]) => v)) as Record<string, string>;
  const said = Object.entries(filter).map(([k, v]) => `${k} ${v}`).join(', ');
  const events = (extra: Record<string, string | null>) => `#/events${query({ ...filter, ...extra })}`;
  append(
    main,
    heading('Map'),
    h('p', null, said ? `Events with ${said}. ` : 'All events. ', h('a', { attrs: { href: events({}) } }, said ? 'Change the filters in the events list' : 'Filter them in the events list'), '.'),
  );
  await section(main, 'the places', async () => {
    const answer = await get<Places>('places', filter);
    const located = answer.places.filter((p): p is Places['places'][number] & { lat: number; lon: number } => p.lat !== null && p.lon !== null);
    const go = (name: string) => {
      location.hash = events({ place: name });
    };
    const { placesMap } = await import('../map.js');
    const summary = h(
      'p',
      { class: 'count' },
      `${fmt(answer.placed)} of ${plural(answer.total, 'event')} have a place, in ${plural(answer.places.length, 'place')}. `,
      answer.total > answer.placed ? `${fmt(answer.total - answer.placed)} have none and are only in the events list.` : null,
    );
    if (!answer.places.length) return [summary, empty('None of these events has a place.')];
    return [
      summary,
      placesMap(located, `Places of ${plural(answer.placed, 'event')}, circles sized by their number`, go),
      exportLinks(filter, answer.total),
      table(
        ['Place', 'Events', 'Latitude', 'Longitude'],
        answer.places.map((p) => [h('a', { attrs: { href: events({ place: p.name }) } }, p.name), p.events, p.lat ?? '—', p.lon ?? '—']),
        'Places, most events first',
      ),
    ];
  });
};
