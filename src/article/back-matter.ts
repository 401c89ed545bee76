import type { FrontMatterItem, Span } from '../document/document.js';
import {
  bare,
  domainEnding,
  loadCues,
  loadMastheads,
  loadWords,
  NAME_AT_START,
  NAME_LINE,
  publishedLineMark,
  type Reading,
} from './back-matter-data.js';
import { loadOrganisations } from '../dictionaries/actors-data.js';
import { outletOfUrl } from './outlet-hosts.js';
import { isMediaGroup, isPlainWord, knownOutlet } from './outlets.js';
import { agencyNamed, lineDate } from './front-matter.js';

export { parseCueRows, parseEndingRows, parseMarkRows, type Cue } from './back-matter-data.js';

// The lines after the body of a copied page, where most pages name themselves (read over every paragraph after
// the headline, as a page's chrome may pass for front matter): copyright lines ("© 2019 The
// New York Times Company", "Copyright © 2019, Los Angeles Times | Terms of Service"), footer links ("About
// CNBC", "Advertise on MacRumors", "Subscribe to The Paradigm via Email"), "Live Science is part of Future US
// Inc", and credits for the story ("Originally published on Live Science."). Each line proposes a name with a
// weight; the names are pooled (case, "The" and a web domain aside) and the best is the publisher. A copyright
// holder with a legal form or a company word ("Hearst Communications, Inc.", "Condé Nast") is often the
// outlet's owner, not the outlet, so such a name is taken only when the page names nothing else. The data it
// reads with are loaded by back-matter-data.ts.

/** The longest line the cues are matched against. */
const MAX_CUE_LINE = 300;

let media: Set<string> | null = null;

/** Keys of the names (not the aliases: "CBS" is CBS News's) of the media outlets of the organisations data. */
function mediaKeys(): Set<string> {
  if (!media) media = new Set(loadOrganisations().filter((o) => o.kind === 'media').map((o) => nameKey(o.name)));
  return media;
}


/** The key names are pooled by: case, a leading "The", a web domain's ending and punctuation aside. */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(domainEnding(), '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A name as a cue caught it, without a possessive or closing punctuation; null when it is not a name. */
function cleanName(raw: string): string | null {
  // A name ends at a sentence's full stop ("BBC. The BBC is not responsible …"), not at an initial's ("City A.M.").
  const sentence = /(?<=\p{L}{2,}|\p{N})\.\s+/u.exec(raw);
  const name = (sentence ? raw.slice(0, sentence.index) : raw)
    .replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u, '')
    .replace(/['’]s$/u, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  // "Our Mailing List", "Your Account": the reader's or the site's things, not a name.
  if (!name || loadWords().notName.has(name.toLowerCase()) || !/\p{L}/u.test(name) || /^(?:Our|Your|My|This|These)\s/u.test(name)) return null;
  return name;
}

const COPYRIGHT_MARK = /©|ⓒ|\([cCсС]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b/u;
/** What comes before the holder's name: marks, years, "by". */
const HOLDER_LEAD = /^(?:\s|©|ⓒ|\([cCсС]\)|[Cc]opyright|COPYRIGHT|@|,|:|\d{4}(?:\s*[-–—]\s*(?:\d{4})?)?|by\b)+/u;
/** Where the holder's name ends at the latest. */
const HOLDER_END = /\s+[|•]\s*|\s+[-–—]\s+|\b(?:All|ALL) (?:[Rr]ights|RIGHTS)\b|\bunless\b|\bTodos\b/u;
/** Text before a copyright mark that makes it a picture's credit. */
const PICTURE = /\b(?:[Ii]mages?|[Pp]hoto(?:graph)?s?|[Pp]ictures?|[Cc]redit|[Ii]llustration)\b/u;

interface Holder {
  name: string;
  /** Offset of the name in the line. */
  at: number;
  /** True when the name carried a legal form or a company word, now dropped. */
  company: boolean;
  /** Set when the holder, as printed, is a media group's name ("Vox Media, LLC", "NBC UNIVERSAL"). */
  group?: true;
}

/** The longest copyright line read whole; of a longer line only a notice that is its last sentence is read. */
const MAX_NOTICE = 250;

/**
 * The holder a copyright line names ("© 2005-2019 SlashGear, All Rights Reserved." -> SlashGear), or null. A
 * long line is read only for a notice in its last sentence (a footer's disclosure and its notice run together:
 * "… to earn fees by linking to affiliated sites. ©The Harbour Blog 2011-2019").
 */
export function copyrightHolder(line: string): Holder | null {
  if (line.length > MAX_NOTICE) {
    const tail = /(?<=[.!?])\s+(?=[^.!?]*(?:©|ⓒ|\([cCсС]\)|\b[Cc]opyright\b)[^.!?]*$)/u.exec(line.slice(-MAX_NOTICE));
    if (!tail) return null;
    const cut = line.length - MAX_NOTICE + tail.index + tail[0].length;
    const holder = copyrightHolder(line.slice(cut));
    return holder && { ...holder, at: holder.at + cut };
  }
  if (line.startsWith('(')) return null;
  const mark = COPYRIGHT_MARK.exec(line);
  if (!mark || PICTURE.test(line.slice(0, mark.index))) return null;
  // The word alone ("Copyright Policy", a footer link) needs a year on the line to be a notice.
  if (/^[Cc]opyright|^COPYRIGHT/.test(mark[0]) && !/[©ⓒ]|\([cCсС]\)/u.test(line) && !/\b(?:19|20)\d{2}\b/.test(line)) return null;
  const afterMark = line.slice(mark.index);
  const lead = HOLDER_LEAD.exec(afterMark)?.[0].length ?? 0;
  let rest = afterMark.slice(lead);
  const end = HOLDER_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const { legal, company: companyWords } = loadWords();
  // A legal form before the name ("ООО «Example Publishing»"): the name is a company's.
  const legalFirst = /^(\S+)\s+["«“„]?/u.exec(rest);
  const leading = legalFirst && legal.has(bare(legalFirst[1]!)) ? legalFirst[0].length : 0;
  rest = rest.slice(leading).replace(/["»”“]/gu, ' ');
  const found = NAME_AT_START.exec(rest);
  if (!found) return nameBeforeMark(line, mark.index);
  const tokens = found[0].split(/\s+/);
  // A legal form after a comma ("MacRumors.com, LLC") marks a company as much as one inside the name.
  let company = leading > 0 || new RegExp(`^,?\\s*(?:${[...legal].map((w) => w.replace(/[.]/g, '\\.')).join('|')})\\b`, 'u').test(rest.slice(found[0].length));
  while (tokens.length > 1) {
    const last = bare(tokens[tokens.length - 1]!);
    if (legal.has(last) || companyWords.has(last)) company = true;
    else if (!/^(?:&|and|\d{4})$/.test(last)) break;
    tokens.pop();
  }
  // "The Printers (Mysore) Private Ltd.": a legal form later on the line.
  if (!company && new RegExp(`\\b(?:${[...legal].filter((w) => w.length > 3).join('|')})\\b`, 'u').test(rest.slice(found[0].length))) company = true;
  // A media group's name is kept whole ("Vox Media", "FOX News Network"): cut to "Vox" it would pass for an outlet's.
  const whole = found[0].split(/\s+/);
  while (whole.length > 1 && (legal.has(bare(whole[whole.length - 1]!)) || /^(?:&|and|\d{4})$/.test(whole[whole.length - 1]!))) whole.pop();
  const wholeIsGroup = isMediaGroup(whole.join(' '));
  // An outlet's own name that ends with a company word ("Cable News Network") is the outlet's.
  const wholeIsOutlet = !wholeIsGroup && whole.length > tokens.length && knownOutlet(whole.join(' ')) !== null;
  const name = cleanName((wholeIsGroup || wholeIsOutlet ? whole : tokens).join(' '));
  const group = wholeIsGroup || (name !== null && isMediaGroup(name));
  return name ? { name, at: mark.index + lead + leading + (found.index ?? 0), company: (company && !wholeIsOutlet) || group, ...(group && { group }) } : null;
}

/** The name that opens a notice and stands before its mark, when none follows it ("Harbour Daily © 2019"). */
function nameBeforeMark(line: string, mark: number): Holder | null {
  const before = line.slice(0, mark).trimEnd();
  if (!before || !NAME_LINE.test(before)) return null;
  const name = cleanName(before);
  const group = name !== null && isMediaGroup(name);
  return name ? { name, at: 0, company: group, ...(group && { group }) } : null;
}

interface Proposal {
  name: string;
  reading: Reading;
  weight: number;
  company: boolean;
  /** A media group's name: the owner's, whatever else it names. */
  group?: boolean;
  span: Span;
  line: Span;
  /** A name printed as a web domain, taken only when two lines or more print it. */
  domain?: boolean;
  /** A known outlet's domain on a short line (a footer's, not a story's sentence), taken once printed. */
  known?: boolean;
}

/** The longest line on which a known outlet's domain printed once names the page. */
const KNOWN_DOMAIN_LINE = 120;

/** Two lines or more print a domain name for it to count (a site names itself again, a story names a company once), or one line a known outlet's. */
function repeatedDomains(proposals: Proposal[]): Proposal[] {
  const lines = new Map<string, Set<number>>();
  for (const p of proposals) if (p.domain) lines.set(nameKey(p.name), (lines.get(nameKey(p.name)) ?? new Set()).add(p.line.start));
  // A known outlet's host ("latimes.com") on a footer's short line counts once printed.
  return proposals.filter((p) => !p.domain || p.known || lines.get(nameKey(p.name))!.size >= 2);
}

/** What one line proposes, by the cues of the data file, a copyright line or a printed web host. */
function proposalsOf(text: string, line: Span): Proposal[] {
  const content = text.slice(line.start, line.end);
  const out: Proposal[] = [];
  const at = (offset: number, name: string): Span => ({ start: line.start + offset, end: line.start + offset + name.length });
  // A footer's lines are short; a long line is body text, and the cues' patterns would take time on it.
  for (const cue of content.length <= MAX_CUE_LINE ? loadCues() : []) {
    const m = cue.re.exec(content);
    const raw = m?.groups?.name;
    const name = raw ? cleanName(raw) : null;
    const reading: Reading = cue.reading === 'credit' ? (name && agencyNamed(name) ? 'origin' : 'publisher') : cue.reading;
    if (m && raw && name) out.push({ name, reading, weight: cue.weight, company: false, span: at(content.indexOf(raw), name), line });
  }
  const holder = copyrightHolder(content);
  // Weighed below the page's own footer links: a holder without a legal form may still be the owner ("Condé
  // Nast"). Without a year or "rights reserved" it is as likely a picture's credit ("© Aaron Schwartz").
  const notice = /\b(?:19|20)\d{2}\b|\brights\b/i.test(content);
  // A syndicate's notice under a story ("©2019 Los Angeles Times. Visit at latimes.com. Distributed by Tribune
  // Content Agency, LLC."): the holder wrote the story; the page that carries it is another's.
  const syndicated = holder !== null && /\b(?:[Dd]istributed|[Ss]yndicated) by\b/.test(content.slice(holder.at + holder.name.length));
  if (holder && syndicated) out.push({ name: holder.name, reading: 'origin', weight: 2, company: false, span: at(holder.at, holder.name), line });
  else if (holder) out.push({ name: holder.name, reading: 'publisher', weight: notice ? 1.25 : 0.5, company: holder.company, group: holder.group, span: at(holder.at, holder.name), line });
  // A news agency's full notice under a story ("Copyright 2019 The Associated Press. All rights reserved.") credits
  // the story to it, whoever publishes the page.
  if (holder && /\brights\b/i.test(content) && agencyNamed(holder.name)) out.push({ name: holder.name, reading: 'origin', weight: 1.25, company: false, span: at(holder.at, holder.name), line });
  // A name written as a web domain, outside any address ("AutoIndustriya.com is the leading …", "by Wday.ru"); a
  // copyright line's is its holder's, read above.
  for (const m of holder ? [] : content.matchAll(/(?<![\p{L}\p{N}@/.-])(\p{L}[\p{L}\p{N}-]{2,}(?:\.[a-z]{2,6}){1,2})(?![\p{L}\p{N}@/-]|\.[\p{L}\p{N}])/gu)) {
    const name = m[1]!;
    const first = name.slice(0, name.indexOf('.')).toLowerCase();
    if (!domainEnding().test(name.toLowerCase()) || first === 'www' || loadWords().notName.has(first)) continue;
    const known = content.length <= KNOWN_DOMAIN_LINE && outletOfUrl(`https://${name.toLowerCase()}`) !== null;
    out.push({ name, reading: 'publisher', weight: 0.5, company: false, span: at(m.index!, name), line, domain: true, ...(known && { known }) });
  }
  // An e-mail address or a web address at a host of a known outlet ("reporter@wsj.com").
  for (const m of content.matchAll(/(?:@|\bwww\.|https?:\/\/)([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g)) {
    const outlet = outletOfUrl(`https://${m[1]}`);
    if (outlet) out.push({ name: outlet, reading: 'publisher', weight: 0.5, company: false, span: at(m.index!, m[0]), line });
  }
  return out;
}

export interface BackMatter {
  /** The lines read, each with the name it proposes (or the date it gives) as its part. */
  items: FrontMatterItem[];
  publisher: string | null;
  /** Every name proposed for the publisher, the best first (the page's own names before a company's). */
  publishers: string[];
  /** True when every name proposed is a company's or a media group's (an owner's, "© 2019 Gannett"), none the page's own. */
  ownerOnly: boolean;
  origin: string | null;
  /** The day a "First published …" or "Published: …" line after the body gives. */
  published: string | null;
  /** The latest year of the page's copyright lines: the year the page was current in. */
  year: number | null;
}


interface Pool {
  name: string;
  weight: number;
  company: boolean;
  last: number;
}

/**
 * Reads `paragraphs` (those after the headline, in order), line by line, for the outlet's name, the story's
 * origin, a "First Published" date and the copyright year. A short name ending with a masthead word alone on
 * a line ("Connecticut Post" above "© 2019 Hearst Communications, Inc.") counts too; every name proposed gains
 * a little for each line that mentions it.
 */
export function readBackMatter(text: string, paragraphs: Span[]): BackMatter {
  const lines = paragraphs.flatMap((p) => linesOf(text, p));
  const proposals: Proposal[] = [];
  const copyrightLines: number[] = [];
  const read = new Set<number>();
  let published = null as FrontMatterItem | null;
  let year = null as number | null;
  lines.forEach((line, i) => {
    const content = text.slice(line.start, line.end);
    const found = proposalsOf(text, line);
    if (copyrightHolder(content)) {
      copyrightLines.push(i);
      for (const y of content.match(/\b(?:19|20)\d{2}\b/g) ?? []) year = Math.max(year ?? 0, Number(y));
    }
    if (found.length > 0) read.add(i);
    proposals.push(...found);
    const lead = publishedLineMark().exec(content);
    const date = !published && lead && lead[0].length > 0 ? lineDate(content, null) : null;
    if (date) published = { kind: 'date', span: { ...line }, value: date.reading.date, parts: [{ kind: 'date', span: { start: line.start + date.span.start, end: line.start + date.span.end }, value: date.reading.date }] };
  });
  proposals.push(...nameLines(text, lines, copyrightLines, read), ...brandLines(text, lines), ...outletLines(text, lines, read));

  // An origin reads as an agency credit does in the front matter.
  const kindOf = (p: Proposal) => (p.reading === 'origin' ? 'agency' : 'publisher');
  const items: FrontMatterItem[] = proposals.map((p) => ({ kind: kindOf(p), span: { ...p.line }, value: p.name, parts: [{ kind: kindOf(p), span: p.span, value: p.name }] }));
  if (published) items.push(published);
  const proposed = repeatedDomains(proposals).filter((p) => p.reading === 'publisher');
  const ownerOnly = proposed.length > 0 && proposed.every((p) => isOwner(p));
  // Only an owner named: the outlet its name begins with ("FOX News Network" -> Fox News, "Guardian News & Media" -> The Guardian).
  const publishers = ranked(text, lines, proposed).map((name) => (ownerOnly ? (outletOpening(name) ?? name) : name));
  return {
    items,
    publisher: publishers[0] ?? null,
    publishers,
    ownerOnly,
    origin: ranked(text, lines, proposals.filter((p) => p.reading === 'origin'))[0] ?? null,
    published: published?.value ?? null,
    year,
  };
}

/** The lines of a paragraph, trimmed: a footer's short lines are joined into one paragraph as hard-wrapped text is. */
function linesOf(text: string, paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = paragraph.start;
  for (const piece of text.slice(paragraph.start, paragraph.end).split('\n')) {
    const lead = piece.length - piece.trimStart().length;
    const content = piece.trim();
    if (content) out.push({ start: start + lead, end: start + lead + content.length });
    start += piece.length + 1;
  }
  return out;
}

/**
 * Lines that are only a short name ending with a masthead word ("Connecticut Post", "The Hollywood Reporter"):
 * the outlet's name printed as a logo's text, more surely so near a copyright line (within three lines).
 */
function nameLines(text: string, lines: Span[], copyrightLines: number[], read: Set<number>): Proposal[] {
  const out: Proposal[] = [];
  lines.forEach((line, i) => {
    if (read.has(i)) return; // "Support The Guardian" is a cue's line, not a name
    // "More Washington Examiner": a link to more of the outlet's stories.
    const content = text.slice(line.start, line.end).replace(/^More\s+/, '');
    if (content.length > 50 || content.split(/\s+/).length > 5 || !NAME_LINE.test(content)) return;
    const name = cleanName(content);
    if (!name || !loadMastheads().has(name.split(/\s+/).pop()!)) return;
    if (lines.filter((l) => text.slice(l.start, l.end) === content).length > 2) return; // a share button, a section's name
    const near = copyrightLines.some((c) => Math.abs(c - i) <= 3 && c !== i);
    const at = line.start + text.slice(line.start, line.end).indexOf(name);
    out.push({ name, reading: 'publisher', weight: near ? 1.5 : 1, company: false, span: { start: at, end: at + name.length }, line });
  });
  return out;
}

/**
 * Lines that are only the name of a known outlet (news-outlets.tsv or the organisations data: "Fox Business",
 * "USA TODAY"), as a footer's or a menu's link prints it. An agency's name is a credit, read elsewhere; a name
 * that is one plain word ("Time") is as likely a menu's word.
 */
function outletLines(text: string, lines: Span[], read: Set<number>): Proposal[] {
  const out: Proposal[] = [];
  const content = (i: number) => (i >= 0 && i < lines.length ? text.slice(lines[i]!.start, lines[i]!.end) : '');
  const outletAt = (i: number) => content(i).length <= 60 && /\p{Lu}/u.test(content(i)) && knownOutlet(content(i)) !== null;
  lines.forEach((line, i) => {
    if (read.has(i) || !outletAt(i) || isPlainWord(content(i)) || agencyNamed(content(i))) return;
    // Outlets listed line after line are a group's other sites ("Network 18 Sites", "News18", "Firstpost").
    if (outletAt(i - 1) || outletAt(i + 1)) return;
    out.push({ name: text.slice(line.start, line.end), reading: 'publisher', weight: 1, company: false, span: { ...line }, line });
  });
  return out;
}

/** How many short lines an initialism must open to be taken for the outlet's brand. */
const BRAND_LINES = 3;

/**
 * An initialism that opens several short lines of its own, the sections and products of a page's menus ("DH
 * Picks", "DH Views", "DH Newsletter"): the outlet's short name. Weighed low, below the page's other names.
 */
function brandLines(text: string, lines: Span[]): Proposal[] {
  const seen = new Map<string, { lines: Set<string>; first: Span; line: Span }>();
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const m = /^(\p{Lu}{2,5})\s+\p{Lu}/u.exec(content);
    if (!m || content.split(/\s+/).length > 4 || loadWords().notName.has(m[1]!.toLowerCase())) continue;
    const entry = seen.get(m[1]!) ?? { lines: new Set<string>(), first: { start: line.start, end: line.start + m[1]!.length }, line };
    entry.lines.add(content);
    seen.set(m[1]!, entry);
  }
  return [...seen].filter(([, e]) => e.lines.size >= BRAND_LINES).map(([name, e]) => ({ name, reading: 'publisher' as const, weight: 0.25, company: false, span: e.first, line: e.line }));
}

/** The known outlet whose name opens a company's name ("FOX News" of "FOX News Network"), as the company writes it, or null. */
function outletOpening(name: string): string | null {
  const words = name.split(/\s+/);
  for (let n = words.length - 1; n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (knownOutlet(head)) return head;
  }
  return null;
}

/** A company's name that is not a known outlet's ("The New York Times Company", "Forbes Media LLC" are the outlets'), or a media group's. */
function isOwner(p: Proposal): boolean {
  return p.group === true || (p.company && !mediaKeys().has(nameKey(p.name)) && knownOutlet(p.name) === null);
}

/** The names, best-supported first: the page's own names, then a company's. */
function ranked(text: string, lines: Span[], proposals: Proposal[]): string[] {
  const pools = new Map<string, Pool>();
  for (const p of proposals) {
    const key = nameKey(p.name);
    if (!key) continue;
    // A company's name that is an outlet of the organisations data ("The New York Times Company") is the outlet's.
    const company = isOwner(p);
    const pool = pools.get(key) ?? { name: p.name, weight: 0, company: true, last: -1 };
    // The name as words over its web domain ("Houston Chronicle" over "HoustonChronicle.com").
    if ((!company && pool.company) || (!company && domainEnding().test(pool.name.toLowerCase()) && !domainEnding().test(p.name.toLowerCase()))) pool.name = p.name;
    pool.company &&= company;
    pool.weight += p.weight;
    pool.last = Math.max(pool.last, p.span.start);
    pools.set(key, pool);
  }
  if (pools.size === 0) return [];
  // A shorter form counts for the longer name it ends ("About Examiner" for "Washington Examiner").
  for (const [key, pool] of pools) {
    const longer = [...pools.entries()].find(([k, p]) => k !== key && k.endsWith(key) && key.length >= 4 && p.name.endsWith(pool.name) && !p.company);
    if (longer) {
      longer[1].weight += pool.weight;
      pools.delete(key);
    }
  }
  const score = (p: Pool) => p.weight + Math.min(1.5, 0.25 * mentions(text, lines, p.name));
  // A name printed as a web domain ("NBCNews.COM") is the outlet the domain serves, when it is known.
  const named = (name: string) => (domainEnding().test(name.toLowerCase()) ? (outletOfUrl(`https://${name.toLowerCase()}`) ?? name) : name);
  const order = (list: Pool[]) => list.sort((a, b) => score(b) - score(a) || b.last - a.last).map((p) => named(p.name));
  const all = [...pools.values()];
  return [...order(all.filter((p) => !p.company)), ...order(all.filter((p) => p.company))];
}

/** How many of `lines` mention `name` as a word of their own. */
function mentions(text: string, lines: Span[], name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
  return lines.filter((l) => re.test(text.slice(l.start, l.end))).length;
}
