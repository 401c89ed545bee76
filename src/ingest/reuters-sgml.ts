// Reader for the Reuters-21578 SGML files (reut2-000.sgm ... reut2-021.sgm, Distribution 1.0).
//
// The files are SGML, not XML: a DOCTYPE line, then <REUTERS ...> ... </REUTERS> stories, with
// character references such as &lt; &amp; &#3; and elements that are not always closed where XML
// would want them. They are read here with a tolerant scanner: each story runs from its <REUTERS> tag
// to its </REUTERS> (or to the next <REUTERS>, or the end of the text, when a file is truncated), and
// its fields are found by tag name inside it. Missing fields are empty strings.
//
// The files are ASCII except for one stray byte in reut2-017.sgm; read them as latin1 so that every
// byte maps to one character.

import { InputError } from './errors.js';
import type { SourceItem } from './sources.js';

/** File extensions read as Reuters-21578 SGML, by `annals analyze` and `annals ingest` alike. */
export const SGML_EXTENSIONS: ReadonlySet<string> = new Set(['.sgm', '.sgml']);

export type ReutersTextType = 'NORM' | 'BRIEF' | 'UNPROC';

export interface ReutersStory {
  /** The NEWID attribute: the story's identifier in Reuters-21578 (chronological order). */
  newid: string;
  /** The <DATE> text as written, e.g. "26-FEB-1987 15:01:01.79" (may carry trailing noise). */
  date: string;
  /** The <TITLE> text. */
  title: string;
  /** The <DATELINE> text as written, surrounding spaces included, e.g. "    SALVADOR, Feb 26 - ". */
  dateline: string;
  /**
   * The story's text: the <BODY> element; for a TYPE="UNPROC" story, which has no <BODY>, the text of
   * <TEXT> outside its <TITLE>, <DATELINE> and <AUTHOR>; for a TYPE="BRIEF" story (a one- or two-line
   * note whose text is its title) the empty string.
   */
  body: string;
  /** The TYPE attribute of <TEXT>: NORM (the default), BRIEF or UNPROC. */
  textType: ReutersTextType;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes SGML character references (&lt; &gt; &amp; &quot; &apos; &#N; &#xN;) and removes control
 * characters other than tab and line breaks (the files wrap each story in &#2; ... &#3; and carry
 * &#5;, &#22;, &#127; and the like as transmission noise). An unknown named reference is kept as written.
 */
export function decodeSgmlText(text: string): string {
  const decoded = text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) {
      return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    }
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  return decoded.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    attrs[m[1]!.toUpperCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** The raw content of the first <NAME ...>...</NAME> in `text`, or null when there is none. */
function element(text: string, name: string): { content: string; open: string; start: number; end: number } | null {
  const { open: openTag, close } = tagPatterns(name);
  const open = openTag.exec(text);
  if (!open) return null;
  const contentStart = open.index + open[0].length;
  close.lastIndex = contentStart;
  const c = close.exec(text);
  const contentEnd = c ? c.index : text.length;
  return { content: text.slice(contentStart, contentEnd), open: open[0], start: open.index, end: c ? contentEnd + c[0].length : text.length };
}

/** An element's opening pattern and its closing one (global, so that a search starts at lastIndex), compiled once per name. */
const TAG_PATTERNS = new Map<string, { open: RegExp; close: RegExp }>();
function tagPatterns(name: string): { open: RegExp; close: RegExp } {
  let patterns = TAG_PATTERNS.get(name);
  if (!patterns) TAG_PATTERNS.set(name, (patterns = { open: new RegExp(`<${name}(?:\\s[^>]*)?>`, 'i'), close: new RegExp(`</${name}\\s*>`, 'gi') }));
  return patterns;
}

function field(text: string, name: string): string {
  const e = element(text, name);
  return e ? decodeSgmlText(e.content) : '';
}

function story(openTag: string, inner: string): ReutersStory {
  const text = element(inner, 'TEXT');
  const type = text ? (attributes(text.open).TYPE ?? 'NORM').toUpperCase() : 'NORM';
  const textType: ReutersTextType = type === 'BRIEF' || type === 'UNPROC' ? type : 'NORM';
  let body = field(inner, 'BODY');
  if (body === '' && text && textType === 'UNPROC') {
    const rest = text.content.replace(/<(TITLE|DATELINE|AUTHOR)(?:\s[^>]*)?>[\s\S]*?<\/\1\s*>/gi, '').replace(/<\/?[A-Za-z][^>]*>/g, '');
    body = decodeSgmlText(rest);
  }
  return {
    newid: attributes(openTag).NEWID ?? '',
    date: field(inner, 'DATE').trim(),
    title: field(inner, 'TITLE'),
    dateline: field(inner, 'DATELINE'),
    body,
    textType,
  };
}

/** The stories of one Reuters-21578 SGML file, in file order. */
export function parseReutersSgml(sgml: string): ReutersStory[] {
  const stories: ReutersStory[] = [];
  const open = /<REUTERS(?:\s[^>]*)?>/gi;
  const starts: { index: number; tag: string }[] = [];
  for (let m = open.exec(sgml); m; m = open.exec(sgml)) starts.push({ index: m.index, tag: m[0] });
  starts.forEach((start, i) => {
    const from = start.index + start.tag.length;
    const limit = i + 1 < starts.length ? starts[i + 1]!.index : sgml.length;
    const segment = sgml.slice(from, limit);
    const close = /<\/REUTERS\s*>/i.exec(segment);
    stories.push(story(start.tag, close ? segment.slice(0, close.index) : segment));
  });
  return stories;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A Reuters-21578 <DATE> ("26-FEB-1987 15:01:01.79", perhaps with leading spaces or noise after) as ISO YYYY-MM-DD, or null. */
export function reutersDateToIso(date: string): string | null {
  const m = /^\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})(?!\d)/.exec(date);
  if (!m) return null;
  const day = Number(m[1]);
  const month = MONTHS.indexOf(m[2]!.toUpperCase()) + 1;
  const year = Number(m[3]);
  if (month === 0) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reuters-21578 stories as records: dateline + body as the text, <TITLE> and <DATE> as metadata; a BRIEF story (a title, no body) is its title. */
export function* reutersRecords(path: string, sgml: string): Generator<SourceItem> {
  const stories = parseReutersSgml(sgml);
  // A .sgm file that is not Reuters SGML is an error for that file, not a silent nothing.
  if (stories.length === 0) yield { name: path, error: new InputError(path, 'no Reuters-21578 <REUTERS> records in this SGML file') };
  for (const story of stories) {
    const name = `${path}#${story.newid}`;
    const text = [story.dateline.trim(), story.body.trim()].filter(Boolean).join(' ') || story.title.trim();
    // A record holding no text at all (Reuters-21578 NEWID 12793, an empty UNPROC story) is markup, not an
    // article: nothing to analyse and nothing wrong with the file, so it is passed over.
    if (!text) continue;
    const date = reutersDateToIso(story.date);
    yield { name, input: { id: `reuters-${story.newid}`, text, ...(story.title && { title: story.title }), ...(date && { date }) } };
  }
}
