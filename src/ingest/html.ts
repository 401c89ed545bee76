import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { PageMetadata } from '../document/document.js';
import { InputError } from './errors.js';
import { preClean, postClean, type El } from './html-clean.js';
import { capDomDepth, thinDeepMarkup, MAX_DOM_DEPTH, MAX_PARSE_DEPTH } from './dom-depth.js';

// The main text of an HTML page (Readability over linkedom, which runs no script and fetches nothing),
// with paragraph breaks kept, and what the page's metadata says of its headline, byline, date and site.

/** Below this many characters of extracted text a page is taken to hold no article. */
const MIN_ARTICLE_CHARS = 80;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

interface Block {
  text: string;
  /** Characters of the block's text inside links. */
  linkChars: number;
  chars: number;
}

/** The blocks of a DOM subtree: each block a paragraph whose lines come from <br>. */
function blocks(root: DomNode): Block[] {
  const out: Block[] = [];
  let line = '';
  let lines: string[] = [];
  let linkDepth = 0;
  let linkChars = 0;
  let chars = 0;
  const endLine = () => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) lines.push(clean);
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) out.push({ text: lines.join('\n'), linkChars, chars });
    lines = [];
    linkChars = 0;
    chars = 0;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      line += text;
      const n = text.replace(/\s+/g, '').length;
      chars += n;
      if (linkDepth) linkChars += n;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') return endLine();
    const block = BLOCK.has(name);
    if (block) endBlock();
    if (name === 'A') linkDepth++;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!);
    if (name === 'A') linkDepth--;
    if (block) endBlock();
    else if (name === 'TD' || name === 'TH') line += ' ';
  };
  walk(root);
  endBlock();
  return out;
}

/** Text of a DOM subtree: blocks become paragraphs separated by a blank line, <br> a line break. */
export function blockText(root: DomNode): string {
  return blocks(root).map((b) => b.text).join('\n\n');
}

/** A block that is all link text (a related story, a "more from" list, a tag) is not the article's. */
const LINK_BLOCK_SHARE = 0.8;

/** Labels that mark an advertisement slot or a read-on break, not text of the article. */
const AD_LABEL = /^(?:advert(?:isement)?s?|sponsored(?: content)?|continue reading(?: below| the main story)?|(?:story|article) continues below(?: advertisement)?)$/i;

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The article's body from Readability's content: its blocks without link lists or the headline. */
function articleBody(root: DomNode, title: string | undefined): string {
  const headline = title ? normalise(title) : '';
  return blocks(root)
    .filter((b) => !(b.chars > 0 && b.linkChars / b.chars >= LINK_BLOCK_SHARE))
    .filter((b) => !headline || normalise(b.text) !== headline)
    .filter((b) => !AD_LABEL.test(normalise(b.text)))
    .map((b) => b.text)
    .join('\n\n');
}

type Doc = ReturnType<typeof parseHTML>['document'];

type MetaEl = ReturnType<Doc['querySelector']> & {};

/**
 * The elements metadata is read from, found in one walk of the page (a querySelector per field would
 * walk the whole page for each field that is absent).
 */
function metaElements(document: Doc): MetaEl[] {
  return [...document.querySelectorAll('meta,link,time,script,[itemprop]')] as MetaEl[];
}

function meta(elements: MetaEl[], ...selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const el = elements.find((e) => e.matches(selector));
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.textContent ?? undefined;
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** Objects of the page's JSON-LD blocks, flattened through @graph and arrays. */
function jsonLd(elements: MetaEl[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      out.push(value as Record<string, unknown>);
      const graph = (value as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of elements.filter((e) => e.matches('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common and harmless: the other metadata still applies.
    }
  }
  return out;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object' && 'name' in value) return str((value as { name: unknown }).name);
  if (Array.isArray(value)) return str(value[0]);
  return undefined;
}

/** The outlet's name a page title ends with, after " - ", " | ", " – ", " — " or " : ", or undefined. */
function titleSuffix(title: string): string | undefined {
  const parts = title.replace(/\s+/g, ' ').trim().split(/ [-|\u2013\u2014:] /u);
  const last = parts.length > 1 ? parts[parts.length - 1]!.trim() : '';
  return last && last.length <= 40 && /\p{L}/u.test(last) ? last : undefined;
}

/** A site name written as a handle or a lower-case slug ("usatoday", "@politifact", "nj"), not as the outlet prints its name. */
const SLUG = /^@|^[^\p{Lu}]*$/u;
const slugKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^@|^the\s+/, '')
    .replace(/\.[a-z]{2,6}(?:\.[a-z]{2})?$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The name the page writes elsewhere for the same slug (its JSON-LD publisher "USA TODAY", its title's "nj.com"), else the slug without "@". */
function nameForSlug(slug: string, names: (string | undefined)[]): string {
  const same = names.filter((n): n is string => !!n && n !== slug && slugKey(n) === slugKey(slug));
  return same.find((n) => /\p{Lu}/u.test(n)) ?? same[0] ?? slug.replace(/^@/, '');
}

function pageMetadata(document: Doc): PageMetadata {
  const elements = metaElements(document);
  const ld = jsonLd(elements).filter((o) => /Article|Posting|Report/i.test(String(o['@type'] ?? '')));
  const fromLd = (key: string) => ld.map((o) => str(o[key])).find((v) => v);
  const page: PageMetadata = {};
  const title = meta(elements, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? fromLd('headline');
  if (title) page.title = title;
  const byline = meta(elements, 'meta[name="author"]', 'meta[property="article:author"]') ?? fromLd('author');
  if (byline && !/^https?:/.test(byline)) page.byline = byline;
  // Every author and publisher the metadata names: a news agency among them credits the story ("Associated Press").
  const names = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(names) : [str(value)].filter((n): n is string => !!n));
  const credits = [
    ...elements.filter((e) => e.matches('meta[name="author"],meta[property="article:author"]')).map((e) => e.getAttribute('content')?.trim() ?? ''),
    ...ld.flatMap((o) => [...names(o['author']), ...names(o['publisher'])]),
  ].filter((n) => n && !/^https?:/.test(n));
  if (credits.length) page.credits = [...new Set(credits)];
  const date =
    meta(
      elements,
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="sailthru.date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="date"]',
      '[itemprop="datePublished"]',
    ) ?? fromLd('datePublished') ?? meta(elements, 'time[datetime]');
  if (date) page.date = date;
  let siteName = meta(elements, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? fromLd('publisher');
  const suffix = titleSuffix(document.querySelector('title')?.textContent ?? '');
  // No site name, or only an address: the name the <title> ends with ("... - The New York Times", "... | Al Jazeera").
  if (!siteName || /^(?:https?:|www\.)/i.test(siteName)) siteName = suffix ?? siteName;
  if (siteName && SLUG.test(siteName)) siteName = nameForSlug(siteName, [...jsonLd(elements).map((o) => str(o['publisher'])), suffix]);
  if (siteName) page.siteName = siteName;
  const url = elements.find((e) => e.matches('link[rel="canonical"]'))?.getAttribute('href') ?? meta(elements, 'meta[property="og:url"]');
  if (url && /^https?:\/\//.test(url)) page.url = url;
  const lang = document.documentElement?.getAttribute('lang');
  if (lang) page.lang = lang;
  return page;
}

/** How many blocks after the headline are kept as the page's printed front matter, and the longest kept. */
const PRINTED_BLOCKS = 15;
const PRINTED_MAX_CHARS = 200;
/** How many blocks just before the headline are looked at for a date line. */
const PRINTED_BEFORE = 2;
/** A picture's credit in brackets at the end of a caption: "(AP Photo/Jane Roe)", "(Photo: Jane Roe)". */
const PICTURE_CREDIT = /\((?:[^()]*\b(?:Photo|Photograph|Image|Picture)s?\b[^()]*)\)\s*$/iu;

/**
 * The short blocks a page prints between its headline (<h1>) and the first long block: bylines, date lines,
 * agency credits, captions, share buttons. Readability leaves them out of the article; the article stage reads
 * them for the date and credits the page prints.
 */
function printedFrontMatter(document: Doc, title: string | undefined): string[] {
  const body = document.body as unknown as DomNode | null;
  if (!body) return [];
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const heads = [...document.querySelectorAll('h1')].map((h) => squash(h.textContent)).filter((h) => h.length >= 4);
  const wanted = title ? normalise(title) : '';
  const head = heads.find((h) => normalise(h) === wanted) ?? heads.find((h) => wanted.includes(normalise(h))) ?? heads[0];
  if (!head) return [];
  const list = blocks(body).map((b) => squash(b.text));
  const at = list.indexOf(head);
  if (at < 0) return [];
  const printed: string[] = [];
  // A date line just above the headline ("November 19, 2019 / 12:21 AM"), then the blocks after it.
  for (const block of list.slice(Math.max(0, at - PRINTED_BEFORE), at)) if (block.length <= PRINTED_MAX_CHARS && /\d{4}/.test(block)) printed.push(block);
  let sentences = 0;
  for (const block of list.slice(at + 1, at + 1 + PRINTED_BLOCKS)) {
    // A picture's caption, ending with its credit ("… in Buffalo, N.Y. (AP Photo/Jane Roe)"), is passed over.
    if (PICTURE_CREDIT.test(block)) continue;
    // The article has begun at a long block, or at a second sentence of many words in a row (one is a standfirst).
    const sentence = /[.!?]["'”’]?$/u.test(block) && block.split(/\s+/).length >= 15;
    sentences = sentence ? sentences + 1 : 0;
    if (block.length > PRINTED_MAX_CHARS || sentences >= 2) break;
    printed.push(block);
  }
  return printed;
}

/** How many lines at the end of a page are kept as its footer, and the longest kept. */
const FOOTER_LINES = 30;
const FOOTER_MAX_CHARS = 250;

/**
 * The short lines a page prints at its end (copyright notices, footer links: "© 2019 Harbour Daily", "About
 * Harbour Daily"), which Readability leaves out of the article; the article stage reads them for the
 * publisher when nothing else names it.
 */
function pageFooter(document: Doc): string[] {
  const body = document.body as unknown as DomNode | null;
  if (!body) return [];
  const lines = blocks(body).flatMap((b) => b.text.split('\n')).map((l) => l.replace(/\s+/g, ' ').trim());
  return lines.filter((l) => l && l.length <= FOOTER_MAX_CHARS).slice(-FOOTER_LINES);
}

export interface ExtractedPage {
  /** The extracted text: headline on the first line, then the article's paragraphs. */
  text: string;
  body: string;
  page: PageMetadata;
  /** What was changed in the page before reading it, for the document's warnings. */
  warnings: { code: 'markup-thinned' | 'nesting-flattened'; message: string }[];
}

export function extractHtml(input: string, html: string): ExtractedPage {
  const warnings: ExtractedPage['warnings'] = [];
  const thinned = thinDeepMarkup(html);
  if (thinned !== html) warnings.push({ code: 'markup-thinned', message: `the page's tags nest deeper than ${MAX_PARSE_DEPTH} levels: only its paragraphs, headings and metadata were kept` });
  const { document } = parseHTML(thinned);
  if (!document.documentElement) throw new InputError(input, 'not an HTML document');
  const flattened = capDomDepth(document as unknown as El);
  if (flattened > 0) warnings.push({ code: 'nesting-flattened', message: `${flattened} wrapper elements nested deeper than ${MAX_DOM_DEPTH} levels were taken away (their text kept)` });
  const page = pageMetadata(document);
  const printed = printedFrontMatter(document, page.title);
  if (printed.length) page.printed = printed;
  const footer = pageFooter(document);
  if (footer.length) page.footer = footer;
  preClean(document as unknown as El);
  let article: ReturnType<Readability<DomNode & El>['parse']>;
  try {
    article = new Readability<DomNode & El>(document as never, {
      keepClasses: true,
      disableJSONLD: true,
      serializer: (node) => node as unknown as DomNode & El,
    }).parse();
  } catch (error) {
    throw new InputError(input, `the HTML page could not be read (${(error as Error).message})`);
  }
  if (!article || !article.content) throw new InputError(input, 'no article text found in the HTML page');
  if (!page.title && article.title) page.title = article.title.trim();
  postClean(article.content);
  const body = articleBody(article.content, page.title);
  if (body.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) throw new InputError(input, 'no article text found in the HTML page');
  if (!page.byline && article.byline) page.byline = article.byline.trim();
  if (!page.siteName && article.siteName) page.siteName = article.siteName.trim();
  if (!page.date && article.publishedTime) page.date = article.publishedTime;
  const headline = page.title?.replace(/\s+/g, ' ').trim();
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  return { text, body, page, warnings };
}
