import { append, clear, dl, empty, failure, field, h, input, loading, select, table, type Child } from '../dom.js';
import { post, type Attribution, type Entity, type Event } from '../api.js';
import { highlighted, legend, marksOf } from '../highlight.js';
import { codeLink, dateText, heading, type View } from './common.js';

// Analyse: paste an article, see its analysis (nothing is stored). Codes link to their glossary entry.

const actorText = (a: Event['source']): Child => (a.actor ? [h('span', { class: 'code' }, a.actor), a.name ? h('span', { class: 'name' }, ` ${a.name}`) : null] : '—');

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
          r.events.map((e) => [e.id, dateText(e), codeLink(e.code), e.name ?? '', actorText(e.source), actorText(e.target), e.modality, e.goldstein ?? '—', (e.provenance ?? []).map((l) => l.name).join(' → ')]),
          'Events found',
        )
      : empty('No events found in this text.'),
    r.warnings.length ? h('ul', { class: 'warnings' }, ...r.warnings.map((w) => h('li', null, w.message ?? JSON.stringify(w)))) : null,
    legend(),
    highlighted(r.text, marksOf(r.entities, r.events, r.attributions)),
  ];
}
