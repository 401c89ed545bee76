import * as chrono from 'chrono-node';
import { isIsoDate } from '../data/files.js';

// Dates in news are calendar days as the outlet wrote them. chrono-node reads the components and we
// take year/month/day as written, with the time zone pinned to UTC so the host's zone never shifts a day.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when `value` starts with a real calendar day YYYY-MM-DD (alone, or followed by a time). */
export function isIsoDay(value: string): boolean {
  return ISO_DAY.test(value) && isIsoDate(value.slice(0, 10));
}

export interface ParsedDay {
  date: string;
  /** False when the text gave no year and it was taken from the reference date (the closest such day). */
  yearGiven: boolean;
  /** The matched text and where it starts in the parsed string. */
  text: string;
  index: number;
}

/**
 * The first calendar day written in `text`. A day without a year takes the year that puts it closest to
 * `reference` (a dateline "Dec. 31" on an article of 2 January is the previous year); with no
 * reference, a day without a year is not returned.
 */
export function parseDay(text: string, reference?: string | null): ParsedDay | null {
  // Wire datelines repeat the same few days ("Feb 26" on a whole day's Reuters stories), and chrono is the
  // dear part of reading one: a day read against a given reference is remembered. Without a valid
  // reference the result depends on today's date, so it is not.
  if (!reference || !isIsoDay(reference)) return parseDayUncached(text, reference);
  const key = `${reference}\u0000${text}`;
  let parsed = parsedDays.get(key);
  if (parsed === undefined) {
    if (parsedDays.size >= PARSED_DAYS_LIMIT) parsedDays.clear();
    parsedDays.set(key, (parsed = parseDayUncached(text, reference)));
  }
  return parsed && { ...parsed };
}

const PARSED_DAYS_LIMIT = 10_000;
const parsedDays = new Map<string, ParsedDay | null>();

function parseDayUncached(text: string, reference?: string | null): ParsedDay | null {
  const m = ISO_DAY.exec(text.trim());
  if (m && isIsoDay(text.trim())) return { date: `${m[1]}-${m[2]}-${m[3]}`, yearGiven: true, text: m[0], index: text.indexOf(m[0]) };
  const instant = reference && isIsoDay(reference) ? new Date(`${reference.slice(0, 10)}T12:00:00Z`) : new Date();
  for (const result of chrono.en.strict.parse(text, { instant, timezone: 'UTC' })) {
    const c = result.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    const yearGiven = c.isCertain('year');
    if (!yearGiven && !reference) return null;
    const year = c.get('year');
    const month = c.get('month');
    const day = c.get('day');
    if (year == null || month == null || day == null) continue;
    return { date: iso(year, month, day), yearGiven, text: result.text, index: result.index };
  }
  return null;
}

/** A metadata date ("2022-01-12T10:00:00+05:00", "Wed, 12 Jan 2022 ...") as ISO YYYY-MM-DD, or null. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = parseDay(value);
  // A placeholder timestamp ("0001-01-01T00:00:00Z") is no date.
  return parsed && parsed.yearGiven && parsed.date >= '1800' ? parsed.date : null;
}

/** Whole days from a to b (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}
