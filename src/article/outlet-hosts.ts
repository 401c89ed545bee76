import { readNumberedDataRows } from '../data/files.js';
import { loadOrganisations } from '../dictionaries/actors-data.js';
import { outletRows } from './outlets.js';

// A URL's host names its outlet (data/lexicon/outlet-hosts.tsv for the organisations data's outlets, the hosts of
// data/lexicon/news-outlets.tsv for the others), for a page or record that does not name itself.

const FILE = 'lexicon/outlet-hosts.tsv';
let hosts: Map<string, string> | null = null;

function load(): Map<string, string> {
  if (!hosts) {
    const media = new Set(loadOrganisations().filter((o) => o.kind === 'media').map((o) => o.name));
    hosts = new Map();
    for (const { cells, line } of readNumberedDataRows(FILE)) {
      const [host = '', outlet = ''] = cells;
      if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host)) throw new Error(`${FILE}:${line}: "${host}" is not a host name in lower case`);
      if (!media.has(outlet)) throw new Error(`${FILE}:${line}: "${outlet}" is not the name of a media outlet in dictionaries/organisations.tsv`);
      hosts.set(host, outlet);
    }
    for (const row of outletRows()) for (const host of row.hosts) if (!hosts.has(host)) hosts.set(host, row.name);
  }
  return hosts;
}

/** The outlet whose host (or a parent of it) serves `url`, or null. */
export function outletOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  const table = load();
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const outlet = table.get(h);
    if (outlet) return outlet;
  }
  return null;
}
