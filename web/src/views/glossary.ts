import { append, dl, empty, field, h, input, table } from '../dom.js';
import { QUAD_COLOURS, QUAD_NAMES } from '../palette.js';
import { heading, section, type View } from './common.js';
import { loadGlossary } from './suggest.js';

// The glossary: what the codes mean. CAMEO roots and codes (name, Goldstein, QuadClass, PLOVER), the
// QuadClasses, the Goldstein scale, PLOVER, and the actor code scheme (countries, sectors, organisations).
// #/glossary?code=036 shows that code's entry first; anchors (#code-036, #quadclass, #goldstein) are ids.

export const glossaryView: View = async (main, params) => {
  const wanted = (params.get('code') ?? params.get('actor') ?? '').toUpperCase();
  const box = input('find', wanted, { placeholder: '036, JPNGOV, IGOUNO', type: 'search' });
  const form = h('form', { class: 'filters', attrs: { role: 'search', 'aria-label': 'Find a code' } }, field('Code', box), h('div', { class: 'actions' }, h('button', { attrs: { type: 'submit' } }, 'Find')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/glossary?code=${encodeURIComponent(box.value.trim())}`;
  });
  append(main, heading('Glossary'), form);
  await section(main, 'the glossary', async () => {
    const g = await loadGlossary();
    const found = wanted ? explain(wanted, g) : null;
    const roots = g.codes.filter((c) => c.code.length === 2);
    return [
      found,
      h('nav', { class: 'toc', attrs: { 'aria-label': 'Glossary sections' } }, h('a', { attrs: { href: '#/glossary?code=' } }, 'top'), ' · ', 'QuadClass, Goldstein, PLOVER, actor codes, CAMEO codes: below'),
      h('h2', { attrs: { id: 'quadclass' } }, 'QuadClass'),
      h('p', null, 'GDELT’s four classes of CAMEO events, fixed by the root. The charts colour them so (a palette that stays apart for colour-blind readers):'),
      h('ul', { class: 'quad-list' }, ...g.quadClasses.map((q) => {
        const swatch = h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true' } });
        swatch.style.setProperty('--swatch', QUAD_COLOURS[q.quadClass]!);
        return h('li', null, swatch, `${q.quadClass} ${q.name}: roots ${q.roots}`);
      })),
      h('p', null, 'Events with no QuadClass are grey.'),
      h('h2', { attrs: { id: 'goldstein' } }, 'Goldstein scale'),
      h('p', null, 'A score from −10 (the most conflictual: military attack) to +10 (the most cooperative: military assistance) that Goldstein (1992) gave each kind of event; GDELT’s table gives each CAMEO code its score. A chart’s Goldstein line is the sum over the period’s events: its sign says whether cooperation or conflict dominated.'),
      h('h2', { attrs: { id: 'plover' } }, 'PLOVER'),
      h('p', null, 'The Political Language Ontology for Verifiable Event Records, CAMEO’s successor: 16 event types (AGREE, ACCUSE, ASSAULT …) with modes. Each CAMEO code below shows the PLOVER type it converts to, after the 2021 CAMEO→PLOVER table; roots 01 and 02 have none.'),
      h('h2', { attrs: { id: 'actors' } }, 'Actor codes'),
      h('p', null, 'A CAMEO actor code is three-letter parts read left to right: a country (JPN Japan) or an international body (IGO), then sectors (GOV government): JPNGOV is Japan’s government, JPNLEG its legislature, IGOUNO the United Nations, IGOUNOAGRFAO its Food and Agriculture Organization. A filter on JPN matches every code starting with it.'),
      table(['Sector', 'Name', 'What it covers'], g.sectors.map((s) => [h('span', { class: 'code', attrs: { id: `actor-${s.code}` } }, s.code), s.name, s.description]), 'Sector codes'),
      h('details', null, h('summary', null, `Country codes (${g.countries.length})`), table(['Code', 'Name'], g.countries.map((c) => [h('span', { class: 'code', attrs: { id: `actor-${c.code}` } }, c.code), c.name]), 'Country codes')),
      h('details', null, h('summary', null, `Organisation codes (${g.organisations.length})`), table(['Code', 'Name'], g.organisations.map((o) => [h('span', { class: 'code' }, o.code), o.name]), 'Organisation codes')),
      h('h2', { attrs: { id: 'cameo' } }, 'CAMEO event codes'),
      h('p', null, `${roots.length} roots and ${g.codes.length - roots.length} codes below them. A code’s first two digits are its root.`),
      table(
        ['Code', 'Name', 'Goldstein', 'QuadClass', 'PLOVER'],
        g.codes.map((c) => [h('a', { class: `code${c.code.length === 2 ? ' root' : ''}`, attrs: { id: `code-${c.code}`, href: `#/events?code=${c.code}`, title: `The events coded ${c.code}` } }, c.code), c.name, c.goldstein, `${c.quadClass} ${QUAD_NAMES[c.quadClass]}`, c.plover ? `${c.plover.type}${c.plover.mode ? ` ${c.plover.mode}` : ''}` : '—']),
        'CAMEO event codes',
      ),
    ];
  });
};

/** One code explained: a CAMEO event code, or an actor code read part by part. */
function explain(code: string, g: Awaited<ReturnType<typeof loadGlossary>>): HTMLElement {
  const event = g.codes.find((c) => c.code === code);
  if (event) {
    const root = g.codes.find((c) => c.code === event.root);
    return h(
      'section',
      { class: 'found', attrs: { 'aria-label': `CAMEO ${code}` } },
      h('h2', null, `CAMEO ${event.code}: ${event.name}`),
      dl([
        ['Root', root && root.code !== event.code ? `${root.code} ${root.name}` : null],
        ['Goldstein', String(event.goldstein)],
        ['QuadClass', `${event.quadClass} ${QUAD_NAMES[event.quadClass]}`],
        ['PLOVER', event.plover ? `${event.plover.type}${event.plover.mode ? ` ${event.plover.mode}` : ''}` : 'none'],
        ['Events', h('a', { attrs: { href: `#/events?code=${event.code}` } }, `List the events coded ${event.code}`)],
      ]),
    );
  }
  if (/^[A-Z0-9]{3,}$/.test(code)) {
    const org = g.organisations.find((o) => o.code === code);
    const parts = code.match(/.{1,3}/g) ?? [];
    const named = parts.map((p, i) => {
      const country = g.countries.find((c) => c.code === p);
      const sector = g.sectors.find((s) => s.code === p);
      const prefixOrg = g.organisations.find((o) => o.code === parts.slice(0, i + 1).join(''));
      return [p, (i === 0 ? country?.name : undefined) ?? sector?.name ?? prefixOrg?.name ?? country?.name ?? '?'] as const;
    });
    return h(
      'section',
      { class: 'found', attrs: { 'aria-label': `Actor ${code}` } },
      h('h2', null, `Actor ${code}${org ? `: ${org.name}` : ''}`),
      h('p', null, named.map(([p, name]) => `${p} ${name}`).join(' · ')),
      h('p', null, h('a', { attrs: { href: `#/actor?actor=${code}` } }, `${code} over time`), ' · ', h('a', { attrs: { href: `#/events?actor=${code}` } }, 'its events')),
    );
  }
  return empty(`No code “${code}”: a CAMEO event code is 2 to 4 digits (036), an actor code letters in threes (JPNGOV).`);
}
