import { h, visibleText } from './dom.js';
import type { Attribution, Entity, Span } from './api.js';

// Article text with marks laid over it: actors, places, event triggers, attribution sources, cues and
// contents. The text is cut at every mark boundary and each piece becomes a Text node inside a <span>
// (or an <a> for an event trigger with its own page): the text itself is never parsed as HTML.
//
// Big articles: the pieces are found in one sweep over the sorted boundaries (n log n, not marks ×
// pieces), the whole text is on the page at once as plain text in blocks, and the blocks get their marks
// a few at a time between frames, so a 1 MB article is readable at once and never freezes the tab.

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

/** A stretch of text between two boundaries, with the marks over it. */
export interface Piece {
  start: number;
  end: number;
  over: Mark[];
}

/** The text cut at every mark boundary, each piece with the marks covering it, in one sweep. */
export function piecesOf(length: number, marks: Mark[]): Piece[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end);
  const starts = [...valid].sort((a, b) => a.start - b.start);
  const cuts = new Set<number>([0, length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < starts.length && starts[next]!.start <= start) {
      if (starts[next]!.end > start) active.push(starts[next]!);
      next++;
    }
    pieces.push({ start, end, over: active.slice() });
  }
  return pieces;
}

function pieceNode(text: string, piece: Piece): Node {
  const part = text.slice(piece.start, piece.end);
  if (!piece.over.length) return document.createTextNode(visibleText(part));
  const kinds = [...new Set(piece.over.map((m) => m.kind))];
  const title = [...new Set(piece.over.map((m) => m.title).filter(Boolean))].join('\n');
  const href = piece.over.find((m) => m.href)?.href;
  const cls = kinds.map((k) => `m-${k}`).join(' ');
  return href ? h('a', { class: cls, attrs: { href, title } }, part) : h('span', { class: cls, attrs: { title } }, part);
}

/** Characters of text per block; the blocks of the first screenful are marked before the page shows. */
const BLOCK = 20_000;
const FIRST_BLOCKS = 3;
/** Milliseconds of marking per slice between frames. */
const SLICE_MS = 12;

export function highlighted(text: string, marks: Mark[]): HTMLElement {
  const out = h('div', { class: 'article-text' });
  const pieces = piecesOf(text.length, marks);
  // Blocks of whole pieces, about BLOCK characters each.
  const blocks: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const piece of pieces) {
    current.push(piece);
    size += piece.end - piece.start;
    if (size >= BLOCK) {
      blocks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) blocks.push(current);
  const fill = (el: HTMLElement, block: Piece[]) => {
    el.textContent = '';
    for (const piece of block) el.appendChild(pieceNode(text, piece));
  };
  const holders = blocks.map((block, i) => {
    const el = h('span', { class: 'block' });
    if (i < FIRST_BLOCKS) fill(el, block);
    else el.textContent = visibleText(text.slice(block[0]!.start, block[block.length - 1]!.end));
    return el;
  });
  for (const el of holders) out.appendChild(el);
  if (blocks.length > FIRST_BLOCKS) {
    out.setAttribute('aria-busy', 'true');
    let i = FIRST_BLOCKS;
    const step = () => {
      if (!out.isConnected && i > FIRST_BLOCKS) return; // the view was replaced
      const until = performance.now() + SLICE_MS;
      while (i < blocks.length && performance.now() < until) fill(holders[i]!, blocks[i]!), i++;
      if (i < blocks.length) setTimeout(step, 0);
      else out.removeAttribute('aria-busy');
    };
    setTimeout(step, 0);
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
