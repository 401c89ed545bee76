import { readNumberedDataRows, type DataRow } from '../data/files.js';
import { loadOrganisations } from '../dictionaries/actors-data.js';
import { bare, loadWords } from './back-matter-data.js';

// News outlets beyond the organisations data (data/lexicon/news-outlets.tsv: names, aliases and web hosts) and
// media groups, the companies that own outlets (data/lexicon/media-groups.tsv). A page names its publisher by
// an outlet's name or host; a group's name in a copyright line is the owner's, not the outlet's.

const OUTLETS_FILE = 'lexicon/news-outlets.tsv';
const GROUPS_FILE = 'lexicon/media-groups.tsv';

export interface OutletRow {
  name: string;
  hosts: string[];
  aliases: string[];
}

const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** The outlets of rows of news-outlets.tsv; a bad row throws an error naming `file` and its line. */
export function parseOutletRows(rows: DataRow[], file: string = OUTLETS_FILE): OutletRow[] {
  const seen = new Set<string>();
  return rows.map(({ cells, line }) => {
    const [name = '', hosts = '', aliases = ''] = cells;
    const where = `${file}:${line}`;
    if (!/\p{L}/u.test(name)) throw new Error(`${where}: an outlet needs a name`);
    if (seen.has(name)) throw new Error(`${where}: "${name}" is listed twice`);
    seen.add(name);
    const hostList = hosts ? hosts.split('|').map((h) => h.trim()) : [];
    for (const host of hostList) if (!HOST.test(host) || host.startsWith('www.')) throw new Error(`${where}: "${host}" is not a host name in lower case without "www."`);
    const aliasList = aliases ? aliases.split('|').map((a) => a.trim()) : [];
    if (aliasList.some((a) => !/\p{L}/u.test(a))) throw new Error(`${where}: an alias needs a letter`);
    return { name, hosts: hostList, aliases: aliasList };
  });
}

/** The key names are compared by: case, a leading "The", spaces and punctuation aside. */
export const outletKey = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');

/** The names of rows of media-groups.tsv, as keys; a bad row throws an error naming `file` and its line. */
export function parseGroupRows(rows: DataRow[], file: string = GROUPS_FILE): Set<string> {
  const keys = new Set<string>();
  for (const { cells, line } of rows) {
    const name = cells[0] ?? '';
    if (!/\p{L}/u.test(name)) throw new Error(`${file}:${line}: a media group needs a name`);
    keys.add(outletKey(name));
  }
  return keys;
}

interface Loaded {
  rows: OutletRow[];
  /** Key of a name or alias -> the outlet's name (organisations' media rows first). */
  names: Map<string, string>;
  /** Every name and alias in lower case, as written ("guardian", "the news"). */
  forms: Set<string>;
  groups: Set<string>;
}
let loaded: Loaded | null = null;

function load(): Loaded {
  if (!loaded) {
    const rows = parseOutletRows(readNumberedDataRows(OUTLETS_FILE));
    const names = new Map<string, string>();
    const forms = new Set<string>();
    const media = loadOrganisations().filter((org) => org.kind === 'media');
    for (const outlet of [...media, ...rows]) {
      for (const n of [outlet.name, ...outlet.aliases]) {
        if (!names.has(outletKey(n))) names.set(outletKey(n), outlet.name);
        forms.add(n.toLowerCase());
      }
    }
    loaded = { rows, names, forms, groups: parseGroupRows(readNumberedDataRows(GROUPS_FILE)) };
  }
  return loaded;
}

/** The rows of news-outlets.tsv. */
export function outletRows(): OutletRow[] {
  return load().rows;
}

/** The outlet (of the organisations data or news-outlets.tsv) that `text` names exactly (case, "The" and punctuation aside), or null. */
export function knownOutlet(text: string): string | null {
  // "» News", "News:": a menu's marks around the words are no part of a name.
  const t = text.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!]+$/gu, '');
  const key = outletKey(t);
  const name = key ? (load().names.get(key) ?? null) : null;
  // "News", "Star": a word that is an outlet's name only with its "The" ("The News", "The Star") is a word.
  if (name && /^\p{L}+$/u.test(t) && !load().forms.has(t.toLowerCase())) return null;
  return name;
}

/** True when `name` is a media group's (an owner of outlets), a legal form after it aside. */
export function isMediaGroup(name: string): boolean {
  const { groups } = load();
  // (Legal forms, "LLC", "Inc.": back-matter-words.tsv's rows of kind legal.)
  const { legal } = loadWords();
  const words = name.trim().split(/[\s,]+/);
  while (words.length > 1 && legal.has(bare(words[words.length - 1]!))) words.pop();
  return groups.has(outletKey(words.join(' '))) || groups.has(outletKey(name));
}

/** A name of one plain capitalised word ("Time", "Metro") is also a word of the language. */
export function isPlainWord(name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name.trim());
}
