import type { Store } from '../store/types.js';

// Output formatting of the corpus queries: rows as table, JSON, JSON lines, CSV or TSV.

export const ROW_FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type RowFormat = (typeof ROW_FORMATS)[number];

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Rows in the given format, ending with a newline. */
export function formatRows(rows: Record<string, unknown>[], format: RowFormat): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'jsonl':
      return rows.map((r) => JSON.stringify(r) + '\n').join('');
    case 'csv': {
      const q = (v: unknown) => (/[",\n\r]/.test(cell(v)) ? `"${cell(v).replace(/"/g, '""')}"` : cell(v));
      return [columns.join(','), ...rows.map((r) => columns.map((c) => q(r[c])).join(','))].join('\n') + '\n';
    }
    case 'tsv':
      return [columns.join('\t'), ...rows.map((r) => columns.map((c) => cell(r[c]).replace(/[\t\r\n]+/g, ' ')).join('\t'))].join('\n') + '\n';
    case 'table': {
      const widths = columns.map((c) => Math.min(40, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
      const line = (values: string[]) => values.map((v, i) => v.slice(0, widths[i]).padEnd(widths[i]!)).join('  ');
      return [line(columns), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n') + '\n';
    }
  }
}

/** An event as one row of the events and timeline listings. */
export const eventRow = (e: Awaited<ReturnType<Store['queryEvents']>>[number]) => ({
  id: e.id,
  date: e.date,
  code: e.code,
  name: e.name,
  source: e.source.actor,
  target: e.target.actor,
  modality: e.modality,
  goldstein: e.goldstein,
  quadClass: e.quadClass,
});
