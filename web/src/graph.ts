import cytoscape from 'cytoscape';
import { h, whenConnected } from './dom.js';
import type { ChainLink, Mention } from './api.js';

// The provenance graph of an event with Cytoscape.js: the chain of hands from the first speaker to the
// publisher of the copy shown, and every syndicated copy's publisher hanging off the agency it took the
// story from. Labels are canvas text, never HTML.

/** The role a link plays in a chain of n: the first speaks, a republisher publishes, the outlet before it is the wire. */
export function roleOf(chain: ChainLink[], i: number): string {
  const link = chain[i]!;
  if (link.kind === 'republished') return 'publisher';
  if (i === 0) return chain.length === 1 ? 'source' : 'speaker';
  const next = chain[i + 1];
  if (link.kind === 'reported' && !link.actor && (!next || next.kind === 'republished')) return next ? 'wire' : 'publisher';
  if (link.kind === 'reported' || /MED$/.test(link.actor ?? '')) return 'agency';
  return 'relay';
}

let current: cytoscape.Core | null = null;

export function provenanceGraph(chain: ChainLink[], mentions: Mention[]): HTMLElement {
  const label = chain.map((l) => l.name).join(' → ');
  const el = h('div', { class: 'graph', attrs: { role: 'img', 'aria-label': `Provenance graph: ${label}` } });
  const nodes = new Map<string, { id: string; label: string; kind: string; x: number; y: number }>();
  const edges: { id: string; source: string; target: string; label: string }[] = [];
  // Laid out by hand: the chain in a row (a column on a narrow screen), the copies beside their wire.
  let wide = true;
  let copies = 0;
  const place = (i: number) => (wide ? { x: i * 220, y: 0 } : { x: 0, y: i * 100 });
  const node = (name: string, role: string, kind: string, at: { x: number; y: number }) => {
    const id = `n:${name}`;
    if (!nodes.has(id)) nodes.set(id, { id, label: `${name}\n${role}`, kind, ...at });
    return id;
  };
  const build = () => {
    nodes.clear();
    edges.length = 0;
    copies = 0;
    chain.forEach((link, i) => node(link.name, roleOf(chain, i), i === 0 ? 'speaker' : link.kind === 'republished' ? 'publisher' : 'link', place(i)));
    for (let i = 0; i + 1 < chain.length; i++) {
      const to = chain[i + 1]!;
      edges.push({ id: `e${i}`, source: `n:${chain[i]!.name}`, target: `n:${to.name}`, label: to.kind });
    }
    // The copies: each copy's publisher got the story from its origin (or from the chain's last outlet).
    const wire = [...chain].reverse().find((l) => l.kind !== 'republished') ?? chain[chain.length - 1];
    const wireAt = wire ? nodes.get(`n:${wire.name}`) : undefined;
    mentions.forEach((m, i) => {
      const publisher = m.publisher ?? m.origin;
      if (!publisher || nodes.has(`n:${publisher}`)) return;
      const base = wireAt ?? { x: 0, y: 0 };
      const k = ++copies;
      const from = m.origin && m.origin !== publisher && !nodes.has(`n:${m.origin}`) ? node(m.origin, 'wire', 'link', wide ? { x: base.x, y: -110 } : { x: -180, y: base.y }) : m.origin && nodes.has(`n:${m.origin}`) ? `n:${m.origin}` : wireAt?.id ?? null;
      const to = node(publisher, 'copy', 'copy', wide ? { x: base.x + (k - 1) * 220, y: 110 + Math.floor((k - 1) / 6) * 70 } : { x: 180, y: base.y + (k - 1) * 70 });
      if (from) edges.push({ id: `c${i}`, source: from, target: to, label: 'republished' });
    });
  };
  whenConnected(el, () => {
    wide = el.clientWidth >= 600;
    build();
    current?.destroy();
    current = cytoscape({
      container: el,
      elements: [...[...nodes.values()].map(({ x, y, ...data }) => ({ data, position: { x, y } })), ...edges.map((data) => ({ data }))],
      layout: { name: 'preset', fit: true, padding: 24 },
      maxZoom: 1.6,
      userZoomingEnabled: true,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'text-wrap': 'wrap',
            'text-valign': 'center',
            'text-halign': 'center',
            'font-size': 13,
            width: 140,
            height: 48,
            shape: 'round-rectangle',
            'background-color': '#dbe9f6',
            'border-width': 1,
            'border-color': '#4a6d8c',
          },
        },
        { selector: 'node[kind = "speaker"]', style: { 'background-color': '#fde6c8' } },
        { selector: 'node[kind = "publisher"]', style: { 'background-color': '#d9f0d3' } },
        { selector: 'node[kind = "copy"]', style: { 'background-color': '#eeeeee', 'border-style': 'dashed' } },
        {
          selector: 'edge',
          style: { label: 'data(label)', 'font-size': 11, 'curve-style': 'bezier', 'text-margin-y': -10, 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#777', 'target-arrow-color': '#777', 'text-background-color': '#fff', 'text-background-opacity': 0.8 },
        },
      ],
    });
  });
  return el;
}

export function disposeGraph(): void {
  current?.destroy();
  current = null;
}
