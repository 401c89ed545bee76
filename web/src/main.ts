import './style.css';
import { clear, failure } from './dom.js';
import { get, type Stats } from './api.js';
import { disposeCharts } from './charts.js';
import { disposeGraph } from './graph.js';
import { actorView, analyzeView, articleView, articlesView, clusterView, clustersView, dyadView, eventView, eventsView, glossaryView, mapView, type View } from './views/index.js';

// Hash routing: #/events?dyad=JPN:RUS, #/event/12, #/dyad?dyad=JPN:RUS&by=month, #/actor?actor=JPN,
// #/articles, #/article/3, #/clusters, #/cluster/2, #/analyze. Each route renders into <main>.

const ROUTES: Record<string, View> = {
  '': eventsView,
  events: eventsView,
  event: eventView,
  dyad: dyadView,
  actor: actorView,
  articles: articlesView,
  article: articleView,
  clusters: clustersView,
  stories: clustersView,
  cluster: clusterView,
  analyze: analyzeView,
  glossary: glossaryView,
  map: mapView,
};

const main = document.getElementById('main')!;
let generation = 0;

async function render(): Promise<void> {
  // #/glossary?code=036#code-036: the route, its parameters, and an anchor within the page.
  const [hash = '', anchor] = location.hash.replace(/^#\/?/, '').split('#', 2);
  const [path = '', search = ''] = hash.split('?', 2);
  const [name = '', id] = path.split('/');
  const view = ROUTES[name];
  const mine = ++generation;
  disposeCharts();
  disposeGraph();
  clear(main);
  document.querySelectorAll('nav a').forEach((a) => {
    const target = (a.getAttribute('href') ?? '').replace(/^#\//, '');
    if (target === name || (name === '' && target === 'events') || (name === 'event' && target === 'events') || (name === 'article' && target === 'articles') || (name === 'cluster' && target === 'clusters')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (!view) {
    main.appendChild(failure(new Error(`no such page: #/${path}`)));
    return;
  }
  const container = document.createElement('div');
  main.appendChild(container);
  try {
    await view(container, new URLSearchParams(search), id);
  } catch (error) {
    if (mine === generation) container.appendChild(failure(error));
  }
  if (mine !== generation) return;
  if (anchor) document.getElementById(anchor)?.scrollIntoView();
  const title = container.querySelector('h1');
  document.title = title?.textContent ? `${title.textContent} · Annals` : 'Annals';
  // Keyboard and screen-reader users land on the new page's heading, not on the old link.
  if (document.activeElement === document.body || document.activeElement?.closest('nav, .view-head, table, .pager')) (title as HTMLElement | null)?.focus({ preventScroll: !!anchor });
}

async function stats(): Promise<void> {
  const el = document.getElementById('stats');
  if (!el) return;
  try {
    const s = await get<Stats>('stats');
    el.textContent = `${s.articles} articles${s.copies ? ` (${s.copies} ${s.copies === 1 ? "copy" : "copies"})` : ''} · ${s.events} events · ${s.clusters} stories · ${s.outlets} outlets`;
  } catch {
    el.textContent = 'The API does not answer.';
  }
}

// The skip link moves focus to the content without touching the route (its #main would be read as a page).
document.querySelector('a.skip')?.addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});

window.addEventListener('hashchange', () => void render());
void render();
void stats();
