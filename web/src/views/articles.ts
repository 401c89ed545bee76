import { append, dl, empty, field, h, input, table, type Child } from '../dom.js';
import { get, type Article, type ArticleSummary, type Attribution, type Cluster, type Event } from '../api.js';
import { highlighted, legend, marksOf } from '../highlight.js';
import { articleLink, eventTable, exportLinks, firstRun, fmt, go, heading, pageOf, pager, section, sortMenu, storeStats, type View } from './common.js';

// Articles (paged, sorted, searched), one article with its marks, stories (clusters of copies, paged and
// sorted) and one story with its copies and their events.

const urlLink = (url: string | null): Child =>
  url && /^https?:\/\//i.test(url) ? h('a', { attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, url) : (url ?? '—');

function articleRows(articles: ArticleSummary[], withUrl = false): Child[][] {
  return articles.map((a) => [
    articleLink(a),
    a.published ?? '—',
    a.publisher ?? '—',
    a.origin ?? '—',
    a.datelinePlace ?? '—',
    a.events,
    withUrl ? urlLink(a.url) : a.clusterId !== null ? h('a', { attrs: { href: `#/cluster/${a.clusterId}` } }, `story ${a.clusterId}`) : '—',
  ]);
}

const ARTICLE_HEADERS = ['Headline', 'Published', 'Publisher', 'Origin', 'Dateline', 'Events', 'Story'];
const ARTICLE_SORTS: [string, string][] = [['-published', 'newest first'], ['published', 'oldest first'], ['-events', 'most events first'], ['id', 'stored order']];
const CLUSTER_SORTS: [string, string][] = [['-articles', 'most copies first'], ['-published', 'newest first'], ['published', 'oldest first'], ['id', 'stored order']];

/** A search snippet, its [matched words] marked (as text nodes, never HTML). */
function snippet(text: string): Child[] {
  return text.split(/(\[[^\]]*\])/).map((part) => (/^\[.*\]$/.test(part) ? h('mark', null, part.slice(1, -1)) : part));
}

export const articlesView: View = async (main, params) => {
  const text = params.get('text') ?? '';
  const sort = params.get('sort') ?? '-published';
  const { limit, offset } = pageOf(params);
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
      return [
        h('p', { class: 'count' }, `The ${hits.length === 50 ? '50 best' : fmt(hits.length)} matches, best first. `, h('a', { attrs: { href: `#/events?text=${encodeURIComponent(text)}` } }, 'Their events')),
        h('ol', { class: 'hits' }, ...hits.map((hit) => h('li', null, articleLink(hit), hit.published ? ` · ${hit.published}` : '', h('p', { class: 'snippet' }, ...snippet(hit.snippet))))),
      ];
    });
    return;
  }
  await section(main, 'articles', async () => {
    const { total, articles } = await get<{ total: number; articles: ArticleSummary[] }>('articles', { limit, offset, sort: sort === '-published' ? null : sort });
    if (!total && (await storeStats()).articles === 0) return firstRun();
    if (!articles.length) return empty(`No articles on this page: there are ${fmt(total)}.`);
    const to = (changes: Record<string, string | number | null>) => go('articles', { sort: sort === '-published' ? null : sort, limit: limit === 50 ? null : limit, ...changes });
    return [
      h('div', { class: 'list-tools' }, sortMenu(sort, ARTICLE_SORTS, (s) => to({ sort: s === '-published' ? null : s, offset: null }))),
      pager('Articles', total, offset, articles.length, limit, (o) => to({ offset: o || null })),
      table(ARTICLE_HEADERS, articleRows(articles), `Articles ${offset + 1}–${offset + articles.length} of ${fmt(total)}`),
    ];
  });
};

/** The first rows of a long table, and a button for the rest. */
function firstRows(events: Event[], shown = 100): HTMLElement {
  if (events.length <= shown) return eventTable(events);
  const box = h('div', null, eventTable(events.slice(0, shown)));
  const more = h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => box.replaceChildren(eventTable(events)) } }, `Show all ${fmt(events.length)} events`);
  box.appendChild(more);
  return box;
}

export const articleView: View = async (main, _params, id) => {
  await section(main, 'the article', async () => {
    const a = await get<Article>(`articles/${encodeURIComponent(id ?? '')}`, { without: 'body,sentences' });
    const events = a.eventList.map((e) => ({ ...e, href: `#/event/${e.id}` }));
    return [
      heading(a.headline ?? `Article ${a.id}`),
      dl([
        ['Publisher', a.publisher],
        ['Origin agency', a.origin],
        ['Dateline', a.datelinePlace],
        ['Published', a.published],
        ['Byline', a.byline],
        ['URL', urlLink(a.url)],
        ['Story', a.clusterId !== null ? h('a', { attrs: { href: `#/cluster/${a.clusterId}` } }, `story ${a.clusterId}`) : null],
        ['Length', `${fmt(a.text.length)} characters, ${fmt(a.eventList.length)} events`],
      ]),
      legend(),
      highlighted(a.text, marksOf(a.entities, events, a.attributions)),
      entityTable(a.entities),
      h('h2', null, `Events (${fmt(a.eventList.length)})`),
      a.eventList.length ? firstRows(a.eventList) : empty('No events coded in this article.'),
      h('h2', null, `Attributions (${fmt(a.attributions.length)})`),
      attributionList(a.attributions),
    ];
  });
};

/** What the marks' tooltips say, as text: each actor and place named in the article, its code and name, how often. */
function entityTable(entities: Article['entities']): Child {
  if (!entities.length) return null;
  const seen = new Map<string, { type: string; text: string; actor: string | null; name: string | null; times: number }>();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.text}\u0000${e.actor ?? ''}`;
    const row = seen.get(key) ?? { type: e.type, text: e.text, actor: e.actor ?? null, name: e.name ?? null, times: 0 };
    row.times++;
    seen.set(key, row);
  }
  const rows = [...seen.values()].sort((x, y) => y.times - x.times || x.text.localeCompare(y.text));
  return h(
    'details',
    { class: 'entities' },
    h('summary', null, `Actors and places named (${fmt(rows.length)})`),
    table(
      ['As written', 'Kind', 'Code', 'Name', 'Times'],
      rows.slice(0, 500).map((r) => [r.text, r.type, r.actor ? h('a', { class: 'code', attrs: { href: `#/glossary?code=${encodeURIComponent(r.actor)}` } }, r.actor) : '—', r.name ?? '—', r.times]),
      'Actors and places named in this article',
    ),
  );
}

function attributionList(attributions: Attribution[]): HTMLElement {
  if (!attributions.length) return empty('No attributions found.');
  const item = (a: Attribution) =>
    h('li', null, h('strong', null, a.source?.name ?? a.source?.text ?? 'unnamed source'), ` ${a.cue.text}: `, h('q', null, a.content.map((c) => c.text ?? '').join(' … ')), h('div', { class: 'chain small' }, a.chain.map((l) => l.name).join(' → ')));
  const list = h('ol', { class: 'attributions' }, ...attributions.slice(0, 200).map(item));
  if (attributions.length <= 200) return list;
  return h('div', null, list, h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: (e) => (append(list, ...attributions.slice(200).map(item)), (e.currentTarget as HTMLElement).remove()) } }, `Show all ${fmt(attributions.length)}`));
}

export const clustersView: View = async (main, params) => {
  const sort = params.get('sort') ?? '-articles';
  const { limit, offset } = pageOf(params);
  append(main, heading('Stories'), h('p', null, 'Clusters of syndicated copies: one story, republished by several outlets.'));
  await section(main, 'stories', async () => {
    const { total, clusters } = await get<{ total: number; clusters: Cluster[] }>('clusters', { limit, offset, sort: sort === '-articles' ? null : sort });
    if (!total && (await storeStats()).articles === 0) return firstRun();
    if (!clusters.length) return empty(total ? `No stories on this page: there are ${fmt(total)}.` : 'No stories stored yet.');
    const to = (changes: Record<string, string | number | null>) => go('clusters', { sort: sort === '-articles' ? null : sort, limit: limit === 50 ? null : limit, ...changes });
    return [
      h('div', { class: 'list-tools' }, sortMenu(sort, CLUSTER_SORTS, (s) => to({ sort: s === '-articles' ? null : s, offset: null }))),
      pager('Stories', total, offset, clusters.length, limit, (o) => to({ offset: o || null })),
      table(
        ['Story', 'Articles', 'Origin', 'Publishers', 'Earliest'],
        clusters.map((c) => [
          h('a', { attrs: { href: `#/cluster/${c.id}` } }, c.earliest?.headline ?? c.label ?? `story ${c.id}`),
          c.articles,
          c.origin ?? '—',
          c.publishers.join(', ') || '—',
          c.earliest ? `${c.earliest.published ?? 'undated'} · ${c.earliest.publisher ?? ''}` : '—',
        ]),
        `Stories ${offset + 1}–${offset + clusters.length} of ${fmt(total)}`,
      ),
    ];
  });
};

export const clusterView: View = async (main, _params, id) => {
  await section(main, 'the story', async () => {
    const c = await get<Cluster>(`clusters/${encodeURIComponent(id ?? '')}`);
    const members = c.members ?? [];
    const { total, events } = await get<{ total: number; events: Event[] }>('events', { cluster: c.id, limit: 200 });
    return [
      heading(c.earliest?.headline ?? c.label ?? `Story ${c.id}`),
      dl([
        ['Articles', c.articles],
        ['Origin agency', c.origin],
        ['Publishers', c.publishers.join(', ')],
        ['Earliest', c.earliest ? articleLink({ id: c.earliest.id, headline: `${c.earliest.published ?? 'undated'} · ${c.earliest.publisher ?? ''} · ${c.earliest.headline ?? ''}` }) : null],
      ]),
      h('h2', null, `Copies (${fmt(members.length)})`),
      members.length ? table([...ARTICLE_HEADERS.slice(0, 6), 'URL'], articleRows(members, true), 'The copies of this story, with their URLs') : empty('No articles in this story.'),
      h('h2', null, `Events (${fmt(total)})`),
      events.length ? [eventTable(events, total > events.length ? `The first ${events.length} of ${fmt(total)} events` : 'The events of this story'), total > events.length ? h('p', null, h('a', { attrs: { href: `#/events?cluster=${c.id}` } }, `All ${fmt(total)} in the events list`)) : null] : empty('No events coded in this story.'),
      events.length ? exportLinks({ cluster: c.id }, total) : null,
    ];
  });
};
