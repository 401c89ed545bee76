import { extractFromJson, extractFromXml, type FeedData, type ParserOptions } from '@extractus/feed-extractor';
import { InputError } from './errors.js';
import { isIsoDay } from '../article/dates.js';
import type { AnalyzeInput } from './records.js';

// RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed: one entry, one record. Feeds are parsed from text that
// Annals has read itself (a file, or a body fetched under its own limits) with @extractus/feed-extractor,
// after a check that the XML declares no entities (billion laughs, XXE). The library's defaults are not
// what a corpus wants: it truncates descriptions to 250 characters and dates an Atom entry by <updated>;
// here nothing is truncated, and the date is the entry's publication date as the feed wrote it.

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json';

/** One entry, normalised. */
export interface FeedItem {
  id?: string;
  title?: string;
  /** Absolute http(s) URL of the entry's page. */
  link?: string;
  /** ISO instant of publication (published/pubDate/date_published before updated/date_modified). */
  published?: string;
  /** The publication day as the feed wrote it (its own time zone), YYYY-MM-DD. */
  day?: string;
  author?: string;
  /** The entry's full content: content:encoded, Atom <content>, JSON Feed content_html / content_text. */
  content?: { html: string } | { text: string };
  /** The summary or description, tags stripped, not truncated. */
  summary?: string;
}

export interface ParsedFeed {
  kind: FeedKind;
  title?: string;
  link?: string;
  language?: string;
  items: FeedItem[];
}

const BOM = /^\uFEFF/;

/** The XML prolog skipped: declaration, comments, processing instructions, DOCTYPE (with its internal subset). */
function rootElement(text: string): string | null {
  let rest = text.replace(BOM, '');
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return null;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return null;
      rest = rest.slice(end + 3);
    } else if (/^<!DOCTYPE/i.test(rest)) {
      const m = /^<!DOCTYPE[^[>]*(?:\[[\s\S]*?\]\s*)?>/i.exec(rest);
      if (!m) return null;
      rest = rest.slice(m[0].length);
    } else break;
  }
  const m = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(rest);
  return m ? m[1]! : null;
}

/** What kind of feed the text is, from its content (root element, JSON Feed version), or null. */
export function sniffFeed(text: string): FeedKind | null {
  const head = text.replace(BOM, '').trimStart();
  if (head.startsWith('{')) {
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head.slice(0, 65536)) ? 'json' : null;
  }
  const root = rootElement(head.slice(0, 65536));
  if (!root) return null;
  if (root === 'rss') return 'rss';
  if (root === 'feed') return 'atom';
  if (/(?:^|:)RDF$/.test(root)) return 'rdf';
  return null;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read from the raw bytes. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/**
 * Refuses XML that declares entities: internal ones can expand exponentially (billion laughs), external
 * ones (SYSTEM/PUBLIC) read files or URLs (XXE). Checked on the text before any parser sees it. An external
 * DTD named in a DOCTYPE (old RSS 0.91 feeds do) is harmless: it is never fetched.
 */
export function checkXmlEntities(name: string, xml: string): void {
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const declaration = /<!ENTITY\b([^>]*)/i.exec(markup);
  if (!declaration) return;
  const external = /\b(?:SYSTEM|PUBLIC)\b/.test(declaration[1]!) || /<!ENTITY\b[^>]*\b(?:SYSTEM|PUBLIC)\b/.test(markup);
  throw new InputError(name, `XML declares ${external ? 'external entities (XXE)' : 'entities'} in a DOCTYPE; refused`);
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text of raw XML character data: CDATA sections literal, the rest with XML character references decoded. */
function xmlCharacterData(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith('<![CDATA[')
        ? part.slice(9, -3)
        : part.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (whole, dec?: string, hex?: string, name?: string) => {
            if (name) return XML_ENTITIES[name]!;
            const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
          }),
    )
    .join('');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rawText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (Array.isArray(value)) return rawText(value[0]);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return rawText(o['#text'] ?? o.name ?? o['@_href']);
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The day a date string names in its own time zone ("Wed, 12 Jan 2022 23:30:00 +0900" is 2022-01-12). */
export function dayAsWritten(raw: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDay(day) ? day : undefined;
  }
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4}|\d{2})\b/.exec(raw);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
    if (month >= 0) {
      let year = Number(rfc[3]);
      if (rfc[3]!.length === 2) year += year < 50 ? 2000 : 1900;
      const day = `${year}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
      return isIsoDay(day) ? day : undefined;
    }
  }
  return undefined;
}

/** Raw date fields, best first: publication before modification. */
const DATE_FIELDS = [
  'published', 'pubDate', 'date_published', 'dc:date', 'dcterms:issued', 'dcterms:created', 'issued', 'created',
  'atom:published', 'updated', 'atom:updated', 'a10:updated', 'modified', 'dcterms:modified', 'date_modified',
];

interface RawFields {
  id?: string;
  date?: string;
  content?: { html: string } | { text: string };
  author?: string;
}

/** What the library's normalisation loses, read from the entry as parsed (getExtraEntryFields). */
function rawFields(entry: Record<string, unknown>): RawFields {
  const out: RawFields = {};
  // The feed's own identifier only (the library makes one up from the link and date when there is none).
  const id = rawText(entry.guid) ?? rawText(entry.id) ?? rawText(entry['@_rdf:about']);
  if (id) out.id = id;
  for (const field of DATE_FIELDS) {
    const value = rawText(entry[field]);
    if (value) {
      out.date = value;
      break;
    }
  }
  const encoded = rawText(entry['content:encoded']);
  if (encoded) out.content = { html: encoded };
  else if (typeof entry.content_html === 'string' && entry.content_html.trim()) out.content = { html: entry.content_html };
  else if (typeof entry.content_text === 'string' && entry.content_text.trim()) out.content = { text: entry.content_text };
  else if (entry.content !== undefined && entry.content !== null) {
    // Atom <content>, kept as raw markup by the parser (a stop node): type html is escaped markup, xhtml is
    // markup, text (the default) is text. Content with a src attribute lives elsewhere: not full content.
    const node = typeof entry.content === 'object' ? (entry.content as Record<string, unknown>) : { '#text': entry.content };
    const raw = typeof node['#text'] === 'string' || typeof node['#text'] === 'number' ? String(node['#text']) : '';
    const type = String(node['@_type'] ?? 'text').toLowerCase();
    if (raw.trim() && node['@_src'] === undefined) {
      if (type === 'xhtml' || type === 'application/xhtml+xml') out.content = { html: raw };
      else if (type === 'html' || type === 'text/html') out.content = { html: xmlCharacterData(raw) };
      else if (type === 'text' || type === 'text/plain') out.content = { text: xmlCharacterData(raw) };
    }
  }
  const author = rawText(entry['dc:creator']) ?? rawText(entry.author) ?? rawText((entry.authors as unknown[] | undefined)?.[0]);
  if (author && !/^[^\s@]+@[^\s@]+$/.test(author)) out.author = author;
  return out;
}

const absoluteHttp = (url: string | undefined, base?: string): string | undefined => {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The entries of a feed. `name` says where it came from (for errors); `baseUrl`, the feed's own URL,
 * makes relative links absolute. Throws an InputError for a feed that cannot be read.
 */
export function parseFeed(name: string, text: string, baseUrl?: string): ParsedFeed {
  const kind = sniffFeed(text);
  if (!kind) throw new InputError(name, 'not an RSS, Atom or JSON feed');
  const options: ParserOptions = {
    normalization: true,
    useISODateFormat: true,
    descriptionMaxLen: 0,
    ...(baseUrl && { baseUrl }),
    // Atom <content> is kept as written (xhtml markup would otherwise be parsed into objects and lost).
    xmlParserOptions: { stopNodes: ['*.content'], processEntities: true, htmlEntities: false },
    getExtraEntryFields: (entry) => ({ annalsRaw: rawFields(entry) }),
  };
  let data: FeedData;
  if (kind === 'json') {
    let json: unknown;
    try {
      json = JSON.parse(text.replace(BOM, ''));
    } catch (error) {
      throw new InputError(name, `not valid JSON (${(error as Error).message})`);
    }
    if (!json || typeof json !== 'object' || !Array.isArray((json as { items?: unknown }).items)) {
      throw new InputError(name, 'a JSON Feed without an "items" array');
    }
    data = extractFromJson(json as Record<string, unknown>, options);
  } else {
    checkXmlEntities(name, text);
    if (kind === 'atom' && !/<(?:[\w-]+:)?entry[\s>]/.test(text)) return { kind, items: [], ...feedMeta(undefined) };
    try {
      data = extractFromXml(text.replace(BOM, ''), options);
    } catch (error) {
      const message = (error as Error).message;
      throw new InputError(name, /well-formed/.test(message) ? 'the feed is not well-formed XML' : `the feed could not be read (${message})`);
    }
  }
  const base = baseUrl ?? absoluteHttp(data.link);
  const items: FeedItem[] = (data.entries ?? []).map((entry) => {
    const raw = (entry.annalsRaw ?? {}) as RawFields;
    const item: FeedItem = {};
    if (raw.id) item.id = raw.id;
    const title = typeof entry.title === 'string' ? entry.title.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : '';
    if (title) item.title = title;
    const link = absoluteHttp(entry.link, base);
    if (link) item.link = link;
    if (raw.date) {
      const instant = new Date(raw.date);
      if (!Number.isNaN(instant.getTime())) item.published = instant.toISOString();
      const day = dayAsWritten(raw.date) ?? item.published?.slice(0, 10);
      if (day) item.day = day;
    }
    if (raw.author) item.author = raw.author;
    if (raw.content) item.content = raw.content;
    const summary = typeof entry.description === 'string' ? entry.description.trim() : '';
    if (summary) item.summary = summary;
    return item;
  });
  return { kind, items, ...feedMeta(data) };
}

function feedMeta(data: FeedData | undefined): Omit<ParsedFeed, 'kind' | 'items'> {
  const out: Omit<ParsedFeed, 'kind' | 'items'> = {};
  const title = typeof data?.title === 'string' ? data.title.replace(/<[^>]*>/g, '').trim() : '';
  if (title) out.title = title;
  const link = absoluteHttp(data?.link);
  if (link) out.link = link;
  if (typeof data?.language === 'string' && data.language) out.language = data.language;
  return out;
}

function metaTags(meta: { title?: string; siteName?: string; published?: string; author?: string; url?: string }): string {
  const tags: string[] = [];
  if (meta.title) tags.push(`<title>${escapeHtml(meta.title)}</title>`, `<meta property="og:title" content="${escapeHtml(meta.title)}">`);
  if (meta.siteName) tags.push(`<meta property="og:site_name" content="${escapeHtml(meta.siteName)}">`);
  if (meta.published) tags.push(`<meta property="article:published_time" content="${escapeHtml(meta.published)}">`);
  if (meta.author) tags.push(`<meta name="author" content="${escapeHtml(meta.author)}">`);
  if (meta.url) tags.push(`<link rel="canonical" href="${escapeHtml(meta.url)}">`);
  return tags.join('\n');
}

/** The record fields every entry carries: id, headline, url, day. */
function entryFields(item: FeedItem): Omit<AnalyzeInput, 'text' | 'html'> {
  return {
    ...(item.id && { id: item.id }),
    ...(item.title && { title: item.title }),
    ...(item.link && { url: item.link }),
    ...(item.day && { date: item.day }),
  };
}

/**
 * The record of an entry with full content: an HTML page made of the content, whose metadata carries the
 * headline, the publication time, the author, the URL and the feed's title as the publisher (og:site_name,
 * which the HTML reader takes as the publisher). A JSON Feed content_text entry is a text record.
 * Null when the entry has no full content.
 */
export function contentRecord(feed: ParsedFeed, item: FeedItem): AnalyzeInput | null {
  if (!item.content) return null;
  if ('text' in item.content) return { ...entryFields(item), text: item.content.text };
  const head = metaTags({ title: item.title, siteName: feed.title, published: item.published, author: item.author, url: item.link });
  const lang = feed.language ? ` lang="${escapeHtml(feed.language)}"` : '';
  const html = `<!DOCTYPE html>\n<html${lang}><head><meta charset="utf-8">\n${head}\n</head><body><article>\n${item.title ? `<h1>${escapeHtml(item.title)}</h1>\n` : ''}${item.content.html}\n</article></body></html>`;
  return { ...entryFields(item), html };
}

/** An entry's summary as a text record (headline, then the summary), for feeds read without fetching pages. */
export function summaryRecord(item: FeedItem): AnalyzeInput | null {
  if (!item.summary) return null;
  return { ...entryFields(item), text: item.summary };
}

/**
 * The record of a page fetched for an entry: the page's HTML, with the entry's headline, URL and day; the
 * feed's title is given as the publisher only when the page names no site of its own.
 */
export function linkedPageRecord(feed: ParsedFeed, item: FeedItem, html: string): AnalyzeInput {
  let page = html;
  if (feed.title && !/og:site_name/i.test(html)) {
    const tag = metaTags({ siteName: feed.title });
    page = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${tag}`) : `${tag}\n${html}`;
  }
  return { ...entryFields(item), html: page };
}
