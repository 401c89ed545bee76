import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Dictionaries and lexicons ship as data files in <package>/data; this resolves the same folder from
// src/ (tsx) and from dist/ (compiled), which both sit one level below the package root.
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(relative: string): string {
  return DATA_DIR + relative;
}

/** A data row with its 1-based line number in the file, for error messages. */
export interface DataRow {
  cells: string[];
  line: number;
}

/** Non-empty, non-comment lines of a data file, each split on tabs, with their line numbers. */
export function readNumberedDataRows(relative: string): DataRow[] {
  const rows: DataRow[] = [];
  readFileSync(dataPath(relative), 'utf8')
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() !== '' && !line.startsWith('#')) rows.push({ cells: line.split('\t').map((cell) => cell.trim()), line: index + 1 });
    });
  return rows;
}

/** Non-empty, non-comment lines of a data file, each split on tabs. */
export function readDataRows(relative: string): string[][] {
  return readNumberedDataRows(relative).map((row) => row.cells);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written exactly YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
