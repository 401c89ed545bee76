import { h } from './dom.js';
import type { Attribution, Entity, Span } from './api.js';

// Article text with marks laid over it: actors, places, event triggers, attribution sources, cues and
// contents. The text is cut at every mark boundary and each piece becomes a Text node inside a <span>
// (or an <a> for an event trigger with its own page): the text itself is never parsed as HTML.

export interface Mark extends Span {
  kind: 'actor' | 'place' | 'trigger' | 'source' | 'cue' | 'content';
  title?: string;
  href?: string;
}

export function marksOf(entities: Entity[], events: { span: Span; code: string; name: string | null; href?: string }[], attributions: Attribution[]): Mark[] {
  const marks: Mark[] = [];
  for (const e of entities) {
    marks.push({ ...e.span, kind: e.type === 'place' ? 'place' : 'actor', title: [e.actor, e.name].filter(Boolean).join(' · ') || e.type });
  }
  for (const e of events) marks.push({ ...e.span, kind: 'trigger', title: `event ${e.code} ${e.name ?? ''}`.trim(), ...(e.href && { href: e.href }) });
  for (const a of attributions) {
    if (a.source?.span) marks.push({ ...a.source.span, kind: 'source', title: `source: ${a.source.name ?? a.source.text}` });
    marks.push({ ...a.cue.span, kind: 'cue', title: `attribution cue: ${a.cue.text}` });
    for (const c of a.content) marks.push({ start: c.start, end: c.end, kind: 'content', title: `attributed to ${a.source?.name ?? a.source?.text ?? 'an unnamed source'}` });
  }
  return marks;
}

export function highlighted(text: string, marks: Mark[]): HTMLElement {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h('div', { class: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    const over = valid.filter((m) => m.start <= start && end <= m.end);
    if (!over.length) {
      out.appendChild(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(over.map((m) => m.kind))];
    const title = [...new Set(over.map((m) => m.title).filter(Boolean))].join('\n');
    const href = over.find((m) => m.href)?.href;
    const cls = kinds.map((k) => `m-${k}`).join(' ');
    out.appendChild(href ? h('a', { class: cls, attrs: { href, title } }, piece) : h('span', { class: cls, attrs: { title } }, piece));
  }
  return out;
}

export function legend(): HTMLElement {
  const item = (kind: Mark['kind'], label: string) => h('li', null, h('span', { class: `m-${kind}` }, label));
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Highlight legend' } },
    item('actor', 'actor'),
    item('place', 'place'),
    item('trigger', 'event trigger'),
    item('source', 'attribution source'),
    item('cue', 'attribution cue'),
    item('content', 'attributed content'),
  );
}
