import { append, clear, empty, failure, field, h, input, select, table, type Child } from '../dom.js';
import { get, query, type ActorSeries, type DyadSeries, type Event } from '../api.js';
import { PERIOD_LENGTH, QUAD_NAMES, nextPeriod, periodOf, periodStart, timeChart, type Period } from '../charts.js';
import { eventTable, exportLinks, fmt, go, heading, pageOf, pager, plural, section, type View } from './common.js';
import { MODALITIES } from './events.js';
import { actorSuggestions, named } from './suggest.js';

// Dyad and actor timelines: events per period on a time axis, stacked by QuadClass, with Goldstein sums.
// Each says how many events it cannot place (undated, and in a monthly or daily chart those dated to the
// year only), links to them, and can count undated background events at their article's date instead.

const PERIODS: [string, string][] = [['year', 'year'], ['month', 'month'], ['day', 'day']];
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;
type Point = { period: string; events: number; goldstein: number; quadClass: number[] };

const byOf = (raw: string | null): Period => (raw === 'month' || raw === 'day' ? raw : 'year');

/** The switch that counts undated background events at their article's date (undated=article). */
function undatedSwitch(on: boolean): HTMLInputElement {
  return h('input', { attrs: { type: 'checkbox', name: 'undated', value: 'article', checked: on } });
}

/** What the chart leaves out, said and linked: undated events, and (monthly, daily) those dated more coarsely. */
function unplaced(s: { undated: string; undatedEvents: number }, coarse: Point[], by: Period, listUndated: string, listYear: (year: string) => string): Child {
  const notes: Child[] = [];
  if (s.undatedEvents) {
    notes.push(
      h(
        'p',
        { class: 'unplaced' },
        s.undated === 'article'
          ? `${plural(s.undatedEvents, 'undated event')} (background, no date of their own) ${s.undatedEvents === 1 ? 'is' : 'are'} counted at their article's date. `
          : `${plural(s.undatedEvents, 'event')} ${s.undatedEvents === 1 ? 'has' : 'have'} no date of ${s.undatedEvents === 1 ? 'its' : 'their'} own and ${s.undatedEvents === 1 ? 'is' : 'are'} in no period. `,
        h('a', { attrs: { href: listUndated } }, s.undatedEvents === 1 ? 'List it' : `List the ${fmt(s.undatedEvents)}`),
      ),
    );
  }
  if (coarse.length) {
    const n = coarse.reduce((k, p) => k + p.events, 0);
    notes.push(
      h(
        'p',
        { class: 'unplaced coarse' },
        `${plural(n, 'event')} dated to the year only ${n === 1 ? 'is' : 'are'} not drawn among ${by === 'month' ? 'months' : 'days'}: `,
        ...coarse.flatMap((p, i) => [i ? ', ' : '', h('a', { attrs: { href: listYear(p.period) } }, `${p.period} (${p.events})`)]),
        '.',
      ),
    );
  }
  return notes;
}

/** The URL's from/to when they are periods (YYYY, YYYY-MM or YYYY-MM-DD), else null. */
function rangeOf(params: URLSearchParams): { from: string | null; to: string | null } {
  const valid = (v: string | null) => (v && PERIOD.test(v) ? v : null);
  return { from: valid(params.get('from')), to: valid(params.get('to')) };
}

/** The range a chart of first..last shows for the URL's from/to, at `by` (a coarser to spans its whole period). */
function shownRange(range: { from: string | null; to: string | null }, by: Period, first: string, last: string): [string, string] {
  const from = range.from ? periodOf(periodStart(range.from), by) : first;
  const to = range.to ? periodOf(periodStart(nextPeriod(range.to)) - 1, by) : last;
  return [from < first ? first : from > last ? last : from, to > last ? last : to < first ? first : to];
}

/**
 * The zoom written into the page's URL as its from/to (dropped when the whole series is shown), without a
 * new history entry or a re-render: reloading or sharing the URL shows the same zoom.
 */
function zoomIntoUrl(path: string, state: Record<string, string | number | null>, from: string, to: string, first: string, last: string): void {
  // A late slider event after a link was followed (the address changed, its hashchange not yet handled) must
  // not write this timeline back over the page asked for.
  if (location.hash.replace(/^#\/?/, '').split(/[?#/]/, 1)[0] !== path) return;
  const whole = from === first && to === last;
  history.replaceState(history.state, '', `#/${path}${query({ ...state, from: whole ? null : from, to: whole ? null : to })}`);
}

/** A line under the chart that follows its zoom: the events of the range shown, as a list link. */
function rangeLink(label: (from: string, to: string) => string, href: (from: string, to: string) => string, first: string, last: string) {
  const a = h('a', { class: 'range', attrs: { href: href(first, last) } }, label(first, last));
  return { el: h('p', { class: 'zoom' }, 'Zoom with the slider under the chart; ', a), set: (from: string, to: string) => (a.setAttribute('href', href(from, to)), (a.textContent = label(from, to))) };
}

export const dyadView: View = async (main, params) => {
  const dyad = params.get('dyad') ?? '';
  const by = byOf(params.get('by'));
  const modality = params.get('modality') ?? '';
  const undated = params.get('undated') === 'article';
  const range = rangeOf(params);
  const toggle = undatedSwitch(undated);
  const form = h(
    'form',
    { class: 'filters', attrs: { 'aria-label': 'Dyad' } },
    field('Dyad', input('dyad', dyad, { placeholder: 'JPN:RUS', required: 'true' })),
    field('By', select('by', by, PERIODS)),
    field('Modality', select('modality', modality, MODALITIES)),
    h('label', { class: 'check' }, toggle, ' Count undated events at their article’s date'),
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    go('dyad', { dyad: String(data.get('dyad') ?? '').trim(), by: String(data.get('by') ?? ''), modality: String(data.get('modality') ?? ''), undated: toggle.checked ? 'article' : null });
  });
  append(main, heading('Dyad'), form);
  if (!dyad) {
    main.appendChild(empty('Enter two actor codes, such as JPN:RUS, to see their events over time in both directions.'));
    return;
  }
  await section(main, 'the dyad series', async () => {
    const s = await get<DyadSeries>(`dyads/${encodeURIComponent(dyad)}`, { by, modality: modality || null, undated: undated ? 'article' : null });
    const pair = `${s.dyad[0]}:${s.dyad[1]}`;
    const [nameA, nameB] = await Promise.all([named(s.dyad[0]), named(s.dyad[1])]);
    const list = (extra: Record<string, string | null>) => `#/events${query({ dyad: pair, modality: modality || null, ...extra })}`;
    const fine = s.points.filter((p) => p.period.length === PERIOD_LENGTH[by]);
    const coarse = new Map<string, Point>();
    for (const p of s.points.filter((x) => x.period.length < PERIOD_LENGTH[by])) {
      const c = coarse.get(p.period) ?? { period: p.period, events: 0, goldstein: 0, quadClass: [0, 0, 0, 0, 0] };
      c.events += p.events;
      coarse.set(p.period, c);
    }
    const notes = unplaced(s, [...coarse.values()], by, list({ dated: 'no' }), (y) => list({ from: y, to: y }));
    if (!s.points.length) return [empty(`No dated events between ${s.dyad[0]} and ${s.dyad[1]}.`), notes];
    const periods = [...new Set(fine.map((p) => p.period))].sort();
    const groups = s.directions.map((dir) => ({ name: dir.replace('->', '→'), points: new Map(fine.filter((p) => p.direction === dir).map((p) => [p.period, p.quadClass])) }));
    const lines = s.directions.map((dir) => ({ name: dir.replace('->', '→'), points: new Map(fine.filter((p) => p.direction === dir).map((p) => [p.period, Math.round(p.goldstein * 10) / 10])) }));
    const first = periods[0]!;
    const last = periods[periods.length - 1]!;
    const shown = periods.length ? shownRange(range, by, first, last) : null;
    const zoom = shown ? rangeLink((a, b) => `List the events from ${a} to ${b}`, (a, b) => list({ from: a, to: b }), shown[0], shown[1]) : null;
    const state = { dyad, by: params.get('by'), modality: modality || null, undated: undated ? 'article' : null };
    return [
      h('p', { class: 'count' }, `${fmt(s.points.reduce((n, p) => n + p.events, 0))} dated events between ${nameA} and ${nameB}, by ${s.by}. `, h('a', { attrs: { href: list({}) } }, 'List them all')),
      notes,
      periods.length
        ? timeChart({
            by,
            groups,
            lines,
            label: `Events per ${s.by} between ${nameA} and ${nameB} by QuadClass and direction, with Goldstein sums`,
            range,
            onRange: (a, b) => {
              zoom?.set(a, b);
              zoomIntoUrl('dyad', state, a, b, first, last);
            },
          })
        : null,
      zoom?.el,
      table(
        ['Period', 'Direction', 'Events', 'Goldstein sum', ...QUAD_NAMES.slice(1)],
        s.points.map((p) => [h('a', { attrs: { href: list({ from: p.period, to: p.period }) } }, p.period), p.direction.replace('->', ' → '), p.events, Math.round(p.goldstein * 10) / 10, ...p.quadClass.slice(1)]),
        'The series',
      ),
    ];
  });
};

export const actorView: View = async (main, params) => {
  const actor = (params.get('actor') ?? '').trim().toUpperCase();
  const by = byOf(params.get('by'));
  const modality = params.get('modality') ?? '';
  const period = params.get('period') ?? '';
  const undated = params.get('undated') === 'article';
  const range = rangeOf(params);
  const { limit, offset } = pageOf(params);
  const state: Record<string, string | number | null> = { actor, by: by === 'year' ? null : by, modality: modality || null, period: period || null, limit: limit === 50 ? null : limit, undated: undated ? 'article' : null, from: range.from, to: range.to };
  const here = (changes: Record<string, string | number | null>) => go('actor', { ...state, offset: null, ...changes });
  const link = (changes: Record<string, string | number | null>, label: Child, title?: string) => h('a', { attrs: { href: `#/actor${query({ ...state, ...changes })}`, title } }, label);

  const suggestions = actorSuggestions();
  const box = input('actor', actor, { placeholder: 'JPN', list: suggestions.id, required: 'true' });
  const bySelect = select('by', by, PERIODS);
  const modalitySelect = select('modality', modality, MODALITIES);
  const toggle = undatedSwitch(undated);
  const form = h(
    'form',
    { class: 'filters', attrs: { 'aria-label': 'Actor' } },
    field('Actor code (prefix)', box),
    suggestions,
    field('By', bySelect),
    field('Modality', modalitySelect),
    h('label', { class: 'check' }, toggle, ' Count undated events at their article’s date'),
    h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('actor', { actor: box.value.trim(), by: bySelect.value === 'year' ? null : bySelect.value, modality: modalitySelect.value || null, limit: state.limit, undated: toggle.checked ? 'article' : null });
  });
  append(main, heading('Actor timeline'), form);
  if (!actor) {
    await section(main, 'actors', async () => {
      const all = (await get<{ actors: { actor: string; name: string | null; events: number }[] }>('actors', { limit: 60 })).actors;
      if (!all.length) return empty('No actors in this store yet.');
      return [h('p', null, 'Pick an actor:'), h('ul', { class: 'chips' }, ...all.map((a) => h('li', null, h('a', { attrs: { href: `#/actor?actor=${encodeURIComponent(a.actor)}` } }, `${a.actor}${a.name ? ` ${a.name}` : ''} (${a.events})`))))];
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
  const list = (extra: Record<string, string | null>) => `#/events${query({ actor, modality: modality || null, ...extra })}`;

  const series = section(seriesPart, 'the series', async () => {
    const s = await get<ActorSeries>(`actors/${encodeURIComponent(actor)}/series`, { by, modality: modality || null, undated: undated ? 'article' : null });
    const what = `${s.modality ? `${s.modality} ` : ''}events with ${await named(s.actor)} as source or target`;
    const fine = s.points.filter((p) => p.period.length === PERIOD_LENGTH[by]);
    const coarse = s.points.filter((p) => p.period.length < PERIOD_LENGTH[by]);
    const notes = unplaced(s, coarse, by, list({ dated: 'no' }), (y) => link({ period: y }, '').getAttribute('href')!);
    if (!s.points.length) return [empty(`No dated ${what}.`), notes];
    const total = s.points.reduce((n, p) => n + p.events, 0);
    const periods = s.points.map((p) => p.period);
    const first = fine[0]?.period ?? '';
    const last = fine[fine.length - 1]?.period ?? '';
    const shown = fine.length ? shownRange(range, by, first, last) : null;
    const zoom = shown ? rangeLink((a, b) => `List the events from ${a} to ${b}`, (a, b) => list({ from: a, to: b }), shown[0], shown[1]) : null;
    return [
      h('p', { class: 'count' }, `${fmt(total)} dated ${what}, by ${s.by}, in ${plural(periods.length, 'period')} from ${periods[0]} to ${periods[periods.length - 1]}. Pick a period (a bar, or a link in the table) to list its events.`),
      notes,
      fine.length
        ? timeChart({
            by,
            groups: [{ name: s.actor, points: new Map(fine.map((p) => [p.period, p.quadClass])) }],
            lines: [{ name: s.actor, points: new Map(fine.map((p) => [p.period, Math.round(p.goldstein * 10) / 10])) }],
            label: `Events per ${s.by} involving ${s.actor} by QuadClass, with the Goldstein sum as a line`,
            onPeriod: (p) => here({ period: p }),
            range,
            onRange: (a, b) => {
              zoom?.set(a, b);
              const whole = a === first && b === last;
              zoomIntoUrl('actor', { ...state, offset: null, from: null, to: null }, a, b, first, last);
              // The events below follow the zoom (unless a period is picked), once the slider rests.
              if (!period) {
                state.from = whole ? null : a;
                state.to = whole ? null : b;
                clearTimeout(refresh);
                refresh = setTimeout(() => void showEvents(0), 250);
              }
            },
          })
        : null,
      zoom?.el,
      // The chart's numbers as a table with a link per period (for keyboards and screen readers); folded
      // when long, so that the events stay near the chart.
      h(
        'details',
        { class: 'series-table', attrs: { open: periods.length <= 40 } },
        h('summary', null, `The series as a table (${plural(periods.length, 'period')})`),
        table(
          ['Period', 'Events', 'Goldstein sum', ...QUAD_NAMES.slice(1), QUAD_NAMES[0]!],
          s.points.map((p) => [p.period === period ? h('strong', null, p.period) : link({ period: p.period }, p.period, `List the events of ${p.period}`), p.events, Math.round(p.goldstein * 10) / 10, ...p.quadClass.slice(1), p.quadClass[0]]),
          `The series: ${s.actor} per ${s.by}`,
        ),
      ),
    ];
  });

  let refresh: ReturnType<typeof setTimeout> | undefined;
  const showEvents = async (at: number): Promise<void> => {
    const from = period || (state.from as string | null) || null;
    const to = period || (state.to as string | null) || null;
    const within = period ? ` dated within ${period}` : from || to ? ` dated from ${from ?? 'the first'} to ${to ?? 'the last'}` : '';
    const title = `Events of ${actor}${within}`;
    clear(eventsPart);
    append(eventsPart, h('h2', { attrs: { id: 'actor-events-title' } }, title), period ? h('p', null, link({ period: null }, 'Show all periods')) : null);
    await section(eventsPart, 'events', async () => {
      if (period && !PERIOD.test(period)) throw new Error(`the period must be YYYY, YYYY-MM or YYYY-MM-DD, not “${period}”`);
      const filter = { actor, modality: modality || null, from, to, limit, offset: at };
      const { total, events: page } = await get<{ total: number; events: Event[] }>('events', filter);
      if (!page.length) return empty(at ? 'No more events.' : `No ${modality ? `${modality} ` : ''}events with ${actor} as source or target${within}.`);
      return [
        pager('Events', total, at, page.length, limit, (o) => here({ offset: o || null })),
        h('p', { class: 'note-order' }, `In the order they were stored${from || to ? '' : ', undated ones included'}. `, h('a', { attrs: { href: list({ from, to }) } }, 'Sort, filter or export them in the events list')),
        eventTable(page, title),
        exportLinks(filter, total),
      ];
    });
  };
  const events = showEvents(offset);
  await Promise.all([series, events]);
};
