import type { FrontMatterItem, FrontMatterKind, Span } from '../document/document.js';
import { readNumberedDataRows } from '../data/files.js';
import { loadOrganisations } from '../dictionaries/actors-data.js';
import { parseDay } from './dates.js';
import { labelLength } from './labels.js';
import { foreignDates } from './month-names.js';
import { isKnownPlace } from './title-dateline.js';
import { isPlainWord, knownOutlet } from './outlets.js';

// The lines before the body of a real page: labels ("BREAKING"), date lines ("Published February 27, 2022 |
// 12:10 PM", "Updated: 21-11-2021 08:40 IST | Created: ..."), bylines, agency and publisher credits ("Associated
// Press", "Source: IANS", "AFP | Berlin | Updated: ...", "This story was first published by ..."), captions.
// Each paragraph is read into parts, each a typed span with its reading; the paragraph takes the kind of its
// first part. Numeric dates whose day and month could be swapped are read only when something settles the order.

const AGENCIES_FILE = 'lexicon/news-agencies.tsv';

interface Outlets {
  agencies: Map<string, string>;
  /** Media outlets of the organisations data: simple key -> name as written there. */
  media: Map<string, string>;
}
let outlets: Outlets | null = null;

const simple = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function loadOutlets(): Outlets {
  if (!outlets) {
    const agencies = new Map<string, string>();
    for (const { cells, line } of readNumberedDataRows(AGENCIES_FILE)) {
      const name = cells[0] ?? '';
      if (!/\p{L}/u.test(name)) throw new Error(`${AGENCIES_FILE}:${line}: an agency needs a name`);
      agencies.set(simple(name), name);
    }
    const media = new Map<string, string>();
    for (const org of loadOrganisations()) {
      if (org.kind !== 'media') continue;
      for (const name of [org.name, ...org.aliases]) if (!media.has(simple(name))) media.set(simple(name), name);
    }
    outlets = { agencies, media };
  }
  return outlets;
}

/** The agency named by `text` exactly (case and punctuation aside), or null. */
export function agencyNamed(text: string): string | null {
  const t = text.trim();
  // Short all-capital names ("AP", "ANI") only as written in capitals.
  const name = loadOutlets().agencies.get(simple(t));
  if (!name) return null;
  if (name.length <= 4 && t !== t.toUpperCase() && name !== t) return null;
  return t;
}

/** A media outlet of the organisations data or of news-outlets.tsv named by `text` exactly, or null. */
function outletNamed(text: string): string | null {
  // A name of one plain word ("People", "Science") is as likely a section's label: only the organisations data's.
  return loadOutlets().media.has(simple(text)) || (knownOutlet(text) && !isPlainWord(text)) ? text.trim() : null;
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** A date with a year as front matter writes it, found anywhere in a line. */
const WRITTEN_DATE = new RegExp(
  [
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `\\b\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+${MONTH},?\\s+\\d{4}`,
    `\\b\\d{4}-\\d{2}-\\d{2}`,
    // Year first with dots or slashes ("2016.12.01", "2018/08/25", "2019. 11. 19"): never day first.
    `\\b\\d{4}(?:[./]|\\.\\s)\\d{1,2}(?:[./]|\\.\\s)\\d{1,2}(?!\\d)`,
    // Year, month and day with their signs in Chinese, Japanese or Korean ("2019年11月19日", "2019년 11월 19일").
    `\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]`,
    // The month's abbreviation between dashes ("19-Nov-2019", "Nov-19-2019").
    `\\b\\d{1,2}-${MONTH}-\\d{4}`,
    `\\b${MONTH}-\\d{1,2}-\\d{4}`,
    // "18.11.2019Get short URL": a page's date may run into the next word.
    `\\b\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})(?!\\d)`,
  ].join('|'),
  'gi',
);
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
/** Words that mark the publication date among several dates on a line. */
const PUBLISHED_MARK = /\b(?:published|posted|created|first published|date)\b\s*(?:on|at)?\s*:?\s*$/i;
const UPDATED_MARK = /\b(?:updated|modified|last updated|last modified)\b\s*(?:on|at)?\s*:?\s*$/i;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateReading {
  date: string;
  /** Set when a numeric date's order was settled by something else: what was assumed and why. */
  assumed?: string;
}

/** A written date ("Nov 19, 2019", "19 November 2019", "2019-11-19", "08-10-2021") as ISO, or null. */
export function readWrittenDate(written: string, monthDay: string | null): DateReading | null {
  const yearFirst = /^(\d{4})\s*(?:[./]|年|년)\s*(\d{1,2})\s*(?:[./]|月|월)\s*(\d{1,2})\s*(?:日|일)?$/u.exec(written);
  if (yearFirst) {
    const date = iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
    return date ? { date } : null;
  }
  const numeric = NUMERIC.exec(written);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    let year = Number(numeric[3]);
    if (numeric[3]!.length === 2) year += year < 70 ? 2000 : 1900;
    const dayFirst = iso(year, b, a);
    const monthFirst = iso(year, a, b);
    if (dayFirst && (!monthFirst || dayFirst === monthFirst)) return { date: dayFirst };
    if (monthFirst && !dayFirst) return { date: monthFirst };
    if (monthDay && dayFirst?.endsWith(monthDay)) return { date: dayFirst, assumed: `read ${written} day first, as the dateline's day settles` };
    if (monthDay && monthFirst?.endsWith(monthDay)) return { date: monthFirst, assumed: `read ${written} month first, as the dateline's day settles` };
    return null;
  }
  const parsed = parseDay(written.replace(/(\d)(?:st|nd|rd|th)\b|(\d)\.(?=\s)/, '$1$2').replace(/^(\d{1,2})-(\p{L}+\.?)-(\d{4})$|^(\p{L}+\.?)-(\d{1,2})-(\d{4})$/u, '$1$4 $2$5 $3$6'));
  return parsed?.yearGiven ? { date: parsed.date } : null;
}

/** A month and day without a year ("Posted Nov 19, 6:51 AM"), read only when the page's year is known. */
const YEARLESS_DATE = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'gi');

interface Found {
  reading: DateReading;
  span: Span;
}

/** The dates a line writes, in order: English ones, other languages' ones, and (given the page's year) days without a year. */
function datesOf(line: string, monthDay: string | null, year: number | null): Found[] {
  const found: Found[] = [];
  for (const m of line.matchAll(WRITTEN_DATE)) {
    const reading = readWrittenDate(m[0], monthDay);
    if (reading) found.push({ reading, span: { start: m.index!, end: m.index! + m[0].length } });
  }
  for (const d of foreignDates(line)) found.push({ reading: { date: d.date }, span: { start: d.index, end: d.index + d.length } });
  if (year !== null && found.length === 0) {
    // Mid-year as the reference keeps every day in the page's year.
    for (const m of line.matchAll(YEARLESS_DATE)) {
      // Only a day the line marks as the story's ("Posted Nov 19"), not a masthead's "Wednesday, November 20".
      const before = line.slice(Math.max(0, m.index! - 30), m.index!).replace(/\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}\s*[,;]?/gi, '');
      if (!PUBLISHED_MARK.test(before) && !UPDATED_MARK.test(before)) continue;
      const parsed = parseDay(m[0].replace(/(\d)(?:st|nd|rd|th)\b/, '$1'), `${year}-07-01`);
      if (parsed) found.push({ reading: { date: parsed.date, assumed: `read ${m[0]} in ${year}, the year of the page's copyright line` }, span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The publication date a line prints: after "Published"/"Created" when it says so, else its first date not marked "Updated". */
export function lineDate(line: string, monthDay: string | null, year: number | null = null): Found | null {
  let first: Found | null = null;
  let updated: Found | null = null;
  for (const found of datesOf(line, monthDay, year)) {
    const index = found.span.start;
    const before = line.slice(Math.max(0, index - 30), index).replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b,?\s*/gi, '').replace(/\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{0,4}\s*,?/gi, '');
    if (PUBLISHED_MARK.test(before)) return found;
    if (UPDATED_MARK.test(before)) updated ??= found;
    else first ??= found;
  }
  return first ?? updated;
}

/** A byline's name, up to a date after it ("by Jane Roe December 6, 2017"). */
const BYLINE = new RegExp(`^(?:by|written by|von|por|par)(?:\\s*:)?\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?!${MONTH}\\s+\\d)(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|da|and|&))*)`, 'iu');
const CAPTION = /\b(?:photo|photograph|image|picture|file photo|credit)s?\b\s*(?::|\.\.\.|by\b)|\((?:[^()]*\/\s*)?(?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\)|\([^()]*\/[^()]*\)$|Getty Images|REUTERS\//i;
const SOURCE = /^(?:source|sources|courtesy|via)\s*:\s*(.+)$/i;
const FIRST_PUBLISHED = /\b(?:was\s+)?(?:first|originally)\s+(?:published|appeared)\s+(?:by|in|on)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’ -]{1,60}?)(?:\s+on\b|[.,;]|$)/u;

/** The outlet a byline's writer wrote for, at the end of the line. */
const WRITTEN_FOR = /(?:^|[\s|,])(?:[Ss]pecial to|for) (?:the )?(\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s*$/u;

const ROLE = /\s+(?:(?:staff|auto|business|sports|political|medical|science|chief|senior|white house|diplomatic|economics)\s+)*(?:writer|correspondent|reporter)s?$/i;

/** An agency that ends a short staff line (a name then the agency, perhaps with a role), as a span of `line`. */
function staffAgency(line: string): { name: string; start: number; end: number } | null {
  const trimmed = line.replace(/[\s|,·•-]+$/u, '');
  const wordCount = trimmed.split(/\s+/).length;
  if (wordCount < 2 || wordCount > 10) return null;
  const role = ROLE.exec(trimmed);
  const head = role ? trimmed.slice(0, role.index) : trimmed;
  // The last n words as the line writes them (a substring, so that its span is the name's own).
  const words = [...head.matchAll(/[^\s,]+/g)];
  let outlet: { name: string; start: number; end: number } | null = null;
  for (let n = 1; n <= Math.min(4, words.length); n++) {
    const first = words[words.length - n]!;
    const last = words[words.length - 1]!;
    const tail = head.slice(first.index!, last.index! + last[0].length);
    if (tail.length === head.trim().length) break; // the agency alone is read elsewhere
    if (tail.includes(',')) break; // "Tom Krisher, AP": a name does not run across a comma
    // With a role after it ("Ap Auto Writer") the name may be in any case; otherwise as the agency writes it.
    const named = role ? (loadOutlets().agencies.get(simple(tail)) ?? null) : agencyNamed(tail);
    if (named && (tail.length >= 5 || role || tail === tail.toUpperCase())) {
      return { name: role ? named : tail, start: first.index!, end: first.index! + tail.length };
    }
    // "Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader": an outlet of several words (the longest) the writers write for.
    // Named as the outlets data names it ("Sioux Falls Argus Leader" -> "Argus Leader").
    const known = n >= 2 ? knownOutlet(tail) : null;
    if (known) outlet = { name: known, start: first.index!, end: first.index! + tail.length };
  }
  return outlet;
}

/** A line that reads as a sentence of the body: long, or ending in a full stop with lower-case words. */
export function readsAsBody(line: string): boolean {
  const t = line.trim();
  if (t.length > 220) return true;
  const words = t.split(/\s+/);
  // A time's "a.m." or "p.m." ends a date line, not a sentence ("By Jane Roe on Monday, November 18th, 2019 at 11:08 a.m.").
  return words.length >= 8 && /[.!?]["'”’)]*$/.test(t) && !/\b[ap]\.m\.$/i.test(t) && /\p{Ll}{3,}/u.test(t) && !CAPTION.test(t);
}

/** The reading of one front-matter paragraph (or null when it reads as body). */
export function readFrontParagraph(text: string, paragraph: Span, monthDay: string | null, year: number | null = null): FrontMatterItem | null {
  const line = text.slice(paragraph.start, paragraph.end);
  const parts: FrontMatterItem[] = [];
  const at = (start: number, end: number): Span => ({ start: paragraph.start + start, end: paragraph.start + end });
  const add = (kind: FrontMatterKind, start: number, end: number, value: string | null) => parts.push({ kind, span: at(start, end), value });

  const label = labelLength(line);
  if (label > 0) add('label', 0, label, line.slice(0, label).replace(/[\s:|\u2013\u2014-]+$/u, ''));
  const rest = line.slice(label);
  const offset = label;

  const date = lineDate(rest, monthDay, year);
  if (date) add('date', offset + date.span.start, offset + date.span.end, date.reading.date);
  const assumed = date?.reading.assumed;

  // Credits: "Source: IANS", an agency or outlet alone or first in a "|"- or ","-separated line.
  const source = SOURCE.exec(rest);
  const segments = rest.split(/\s*[|\u2022·]\s*|\s+[\u2013\u2014-]\s+|,\s+/u);
  const credit = source ? source[1]!.trim() : segments[0]!.trim();
  const creditAt = rest.indexOf(credit);
  const creditName = credit.replace(/\s+(?:staff|bureau|news desk|wire|reports?|writer)$/i, '').replace(/^(?:by\s+)/i, '');
  const agency = agencyNamed(creditName) ?? (date ? agencyNamed(rest.slice(0, date.span.start).trim()) : null);
  if (agency && creditAt >= 0) add('agency', offset + creditAt, offset + creditAt + credit.length, agency);
  else if (outletNamed(creditName) && creditAt >= 0 && segments.length <= 4) add('publisher', offset + creditAt, offset + creditAt + credit.length, creditName);

  const first = FIRST_PUBLISHED.exec(rest);
  if (first) add('publisher', offset + first.index, offset + first.index + first[0].length, first[1]!.trim());

  // The byline opens the line, or a part of it after a bar ("November 12, 2018 | BY: Jane Roe").
  const bar = BYLINE.test(rest) ? null : /\s\|\s*(?=(?:by|written by)\b)/iu.exec(rest);
  const bylineAt = bar ? bar.index + bar[0].length : 0;
  const byline = BYLINE.exec(rest.slice(bylineAt));
  if (byline) {
    const end = bylineAt + byline[0].length;
    // "By Tom Krisher, AP Auto Writer": the byline, and an agency after its comma.
    add('byline', offset + bylineAt, offset + end, byline[1]!.trim());
    // "By Bill Hoppe | Special to the Pioneer Press", "By Amy Kuperinsky | NJ Advance Media for NJ.com": the outlet written for.
    const writtenFor = WRITTEN_FOR.exec(rest.slice(end));
    if (writtenFor) {
      const i = end + writtenFor.index + writtenFor[0].length - writtenFor[1]!.length;
      add('publisher', offset + i, offset + i + writtenFor[1]!.length, writtenFor[1]!);
    }
    for (const piece of rest.slice(end).split(/\s*[,|]\s*/)) {
      const named = agencyNamed(piece.replace(/\s+(?:staff|auto|business|sports|political|medical|science)?\s*writer$/i, '').trim());
      if (named) {
        const i = rest.indexOf(piece, end);
        add('agency', offset + i, offset + i + piece.length, named);
        break;
      }
    }
  }
  // A staff line ending with its agency: "Tom Davies Associated Press", "Tom Krisher, Ap Auto Writer".
  if (!parts.some((p) => p.kind === 'agency') && !CAPTION.test(line)) {
    const staff = staffAgency(date ? rest.slice(0, date.span.start) : rest);
    if (staff) add('agency', offset + staff.start, offset + staff.end, staff.name);
  }
  if (CAPTION.test(line) && !parts.some((p) => p.kind === 'date' || p.kind === 'agency')) add('caption', 0, line.length, null);

  if (parts.length === 0) return null;
  parts.sort((a, b) => a.span.start - b.span.start);
  const main = parts.find((p) => p.kind !== 'label') ?? parts[0]!;
  const item: FrontMatterItem = { kind: main.kind, span: { ...paragraph }, value: main.value, parts };
  if (assumed) item.assumed = assumed;
  return item;
}

export interface CreditPlace {
  place: string;
  /** Offset of the place in the line. */
  at: number;
  /** The agency the line credits before the place, if any. */
  agency: string | null;
}

/** Words after a place that make the segment an outlet's own desk: "News Nation Bureau". */
const DESK = /^(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}(?:Bureau|News Desk|Desk|Staff)$/u;

/**
 * The place of a credit line above the body: "Reuters, Washington, Nov 20 2019, 11:06am ist" (agency, place)
 * or "New Delhi, News Nation Bureau | Updated : …" (place, the outlet's bureau). The place must be in the
 * gazetteer or written in capitals, so a byline's "Jane Doe, Staff Writer" is not read as one.
 */
export function creditPlace(line: string): CreditPlace | null {
  const head = line.split(/\s*\|\s*/)[0]!;
  const parts = head.split(/\s*,\s*/);
  if (parts.length < 2) return null;
  const placeLike = (p: string) => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u.test(p) && (isKnownPlace(p) || p === p.toUpperCase());
  const agency = agencyNamed(parts[0]!);
  if (agency && placeLike(parts[1]!)) return { place: parts[1]!, at: line.indexOf(parts[1]!, parts[0]!.length), agency };
  if (!agency && placeLike(parts[0]!) && DESK.test(parts[1]!)) return { place: parts[0]!, at: line.indexOf(parts[0]!), agency: null };
  return null;
}
