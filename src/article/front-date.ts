import { parseDay } from './dates.js';

// Scraped pages often carry the publication date in a byline line before the dateline
// ("Published February 27, 2022 | 12:10 PM", "Updated: 08-10-2021 11:48 IST"). Numeric dates whose
// day and month could be swapped are read only when the dateline's own month and day settle which is which.

const NUMERIC = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;

function iso(year: string, month: number, day: number): string | null {
  const date = new Date(Date.UTC(Number(year), month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first full date (with a year) written in `lines`, as ISO YYYY-MM-DD. `monthDay` ("10-08") is the
 * dateline's month and day, used to read an ambiguous numeric date.
 */
export function frontMatterDate(lines: string[], monthDay: string | null): string | null {
  for (const line of lines) {
    const numeric = NUMERIC.exec(line);
    if (numeric) {
      const [, a, b, year] = numeric as unknown as [string, string, string, string];
      const dayFirst = iso(year, Number(b), Number(a));
      const monthFirst = iso(year, Number(a), Number(b));
      if (dayFirst && !monthFirst) return dayFirst;
      if (monthFirst && !dayFirst) return monthFirst;
      if (dayFirst === monthFirst) return dayFirst;
      if (monthDay && dayFirst?.endsWith(monthDay)) return dayFirst;
      if (monthDay && monthFirst?.endsWith(monthDay)) return monthFirst;
      continue;
    }
    const parsed = parseDay(line);
    if (parsed?.yearGiven) return parsed.date;
  }
  return null;
}
