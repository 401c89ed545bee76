import { dl, empty, h, table, type Child } from '../dom.js';
import { get, type EventDetail, type Mention } from '../api.js';
import { provenanceGraph, roleOf } from '../graph.js';
import { actorLink, articleLink, codeLink, dyadLink, heading, quadText, section, type View } from './common.js';

// One event: facts, sentence, evidence, provenance chain and graph, and every copy reporting it.

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

const urlLink = (url: string | null) =>
  url && /^https?:\/\//i.test(url) ? h('a', { attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, url) : (url ?? '—');

/** The copies, told apart by outlet, date and URL (copies often share a headline). */
function mentionsTable(mentions: Mention[]): HTMLElement {
  if (!mentions.length) return empty('No copies recorded.');
  return table(
    ['Copy', 'Publisher', 'Origin', 'Published', 'URL', 'Headline'],
    mentions.map((m, i) => [
      articleLink({ id: m.articleId, headline: `${i === 0 ? 'first' : `copy ${i + 1}`}: ${m.publisher ?? m.origin ?? 'unknown outlet'}, ${m.published ?? 'undated'} (article ${m.articleId})` }),
      m.publisher ?? '—',
      m.origin ?? '—',
      m.published ?? '—',
      urlLink(m.url),
      m.headline ?? '—',
    ]),
    'Every article reporting this event',
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
        ['Code', codeLink(e.code, e.name)],
        ['Source', actorLink(e.source)],
        ['Target', actorLink(e.target)],
        ['Dyad', e.source.actor && e.target.actor ? dyadLink(e.source.actor, e.target.actor) : null],
        ['Date', e.date ? `${e.date} (${e.datePrecision})` : 'undated (background)'],
        ['Modality', e.modality],
        ['Goldstein', e.goldstein !== null ? [String(e.goldstein), ' ', h('a', { attrs: { href: '#/glossary#goldstein' } }, '(−10 conflict … +10 cooperation)')] : '—'],
        ['QuadClass', e.quadClass ? h('a', { attrs: { href: '#/glossary#quadclass' } }, quadText(e.quadClass)) : '—'],
        ['PLOVER', e.plover ? `${e.plover.type}${e.plover.mode ? ` ${e.plover.mode}` : ''}` : null],
        ['Place', e.location ? [h('a', { attrs: { href: `#/events?place=${encodeURIComponent(e.location.name)}` } }, e.location.name), e.location.lat !== null ? ` (${e.location.lat}, ${e.location.lon})` : ''] : null],
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
