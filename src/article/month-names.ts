import { readNumberedDataRows, type DataRow } from '../data/files.js';

// Date lines in other languages ("22 de outubro de 2010", "24 сентября 2018", "25. September 2018", "Maret 30,
// 2015"), with the month names of data/lexicon/month-names.tsv. English dates are chrono-node's.

const FILE = 'lexicon/month-names.tsv';

interface Months {
  month: Map<string, number>;
  pattern: RegExp;
}
let months: Months | null = null;

/** The month names of rows of month-names.tsv; a bad row throws an error naming `file` and its line. */
export function parseMonthRows(rows: DataRow[], file: string = FILE): Map<string, number> {
  const month = new Map<string, number>();
  for (const { cells, line } of rows) {
    const [name = '', number = ''] = cells;
    const n = Number(number);
    if (!/^\p{L}+$/u.test(name)) throw new Error(`${file}:${line}: a month name is letters, not "${name}"`);
    if (!Number.isInteger(n) || n < 1 || n > 12) throw new Error(`${file}:${line}: the month is 1 to 12, not "${number}"`);
    const key = name.toLowerCase();
    if (month.has(key) && month.get(key) !== n) throw new Error(`${file}:${line}: "${name}" is already month ${month.get(key)}`);
    month.set(key, n);
  }
  return month;
}

function load(): Months {
  if (!months) {
    const month = parseMonthRows(readNumberedDataRows(FILE));
    const names = [...month.keys()].sort((a, b) => b.length - a.length).join('|');
    const bound = String.raw`(?<![\p{L}\p{N}])`;
    const end = String.raw`(?![\p{L}\p{N}])`;
    // Day first ("24 сентября 2018", "22 de outubro de 2010", "25. September 2018", "02 Ago 2017") or month first ("Maret 30, 2015").
    const dayFirst = String.raw`(?<d1>\d{1,2})\.?(?:\s+de)?\s+(?<m1>${names})\.?,?(?:\s+de)?\s+(?<y1>\d{4})`;
    const monthFirst = String.raw`(?<m2>${names})\.?\s+(?<d2>\d{1,2}),?\s+(?<y2>\d{4})`;
    months = { month, pattern: new RegExp(`${bound}(?:${dayFirst}|${monthFirst})${end}`, 'giu') };
  }
  return months;
}

export interface ForeignDate {
  date: string;
  index: number;
  length: number;
}

/** The dates written with a month name of another language in `line`, as ISO days, in order. */
export function foreignDates(line: string): ForeignDate[] {
  const { month, pattern } = load();
  const out: ForeignDate[] = [];
  for (const m of line.matchAll(pattern)) {
    const g = m.groups!;
    const day = Number(g.d1 ?? g.d2);
    const year = Number(g.y1 ?? g.y2);
    const mon = month.get((g.m1 ?? g.m2)!.toLowerCase())!;
    const date = new Date(Date.UTC(year, mon - 1, day));
    if (date.getUTCMonth() !== mon - 1 || date.getUTCDate() !== day) continue;
    out.push({ date: date.toISOString().slice(0, 10), index: m.index!, length: m[0].length });
  }
  return out;
}
