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
  const nodes = new Map<string, { id: string; label: string; kind: string }>();
  const edges: { id: string; source: string; target: string; label: string }[] = [];
  const node = (name: string, role: string, kind: string) => {
    const id = `n:${name}`;
    if (!nodes.has(id)) nodes.set(id, { id, label: `${name}\n${role}`, kind });
    return id;
  };
  chain.forEach((link, i) => node(link.name, roleOf(chain, i), i === 0 ? 'speaker' : link.kind === 'republished' ? 'publisher' : 'link'));
  for (let i = 0; i + 1 < chain.length; i++) {
    const to = chain[i + 1]!;
    edges.push({ id: `e${i}`, source: `n:${chain[i]!.name}`, target: `n:${to.name}`, label: to.kind });
  }
  // The copies: each copy's publisher got the story from its origin (or from the chain's last outlet).
  const last = chain[chain.length - 1];
  const wire = [...chain].reverse().find((l) => l.kind !== 'republished') ?? last;
  mentions.forEach((m, i) => {
    const publisher = m.publisher ?? m.origin;
    if (!publisher || nodes.has(`n:${publisher}`)) return;
    const from = m.origin && m.origin !== publisher ? node(m.origin, 'wire', 'link') : wire ? `n:${wire.name}` : null;
    const to = node(publisher, 'copy', 'copy');
    if (from) edges.push({ id: `c${i}`, source: from, target: to, label: 'republished' });
  });
  whenConnected(el, () => {
    current?.destroy();
    current = cytoscape({
      container: el,
      elements: [...[...nodes.values()].map((data) => ({ data })), ...edges.map((data) => ({ data }))],
      layout: { name: 'breadthfirst', directed: true, spacingFactor: 1.1, padding: 16 },
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
            'font-size': 11,
            width: 120,
            height: 44,
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
          style: { label: 'data(label)', 'font-size': 10, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 1.5, 'line-color': '#777', 'target-arrow-color': '#777', 'text-background-color': '#fff', 'text-background-opacity': 1 },
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
