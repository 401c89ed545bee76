import type { EventFilter, Store, StoredEvent } from '../store/types.js';
import { gdeltStoredExport, toTsv } from './gdelt.js';

// The events of a filter written out whole, a page at a time, as CSV, JSON lines or GDELT 2.0 TSV: what
// GET /api/export streams. Pages are read in stored order by id (keyset: each page starts after the last
// id of the one before), so that the thousandth page costs what the first does and memory stays one page.

export const EXPORT_FORMATS = ['csv', 'jsonl', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
};

/** The CSV columns: one flat row per event, names beside codes, the article it was first stored from. */
export const CSV_COLUMNS: readonly [string, (e: StoredEvent) => string | number | null][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['datePrecision', (e) => e.datePrecision],
  ['code', (e) => e.code],
  ['root', (e) => e.root],
  ['name', (e) => e.name],
  ['quadClass', (e) => e.quadClass],
  ['goldstein', (e) => e.goldstein],
  ['modality', (e) => e.modality],
  ['sourceActor', (e) => e.source.actor],
  ['sourceName', (e) => e.source.name],
  ['sourceText', (e) => e.source.text],
  ['targetActor', (e) => e.target.actor],
  ['targetName', (e) => e.target.name],
  ['targetText', (e) => e.target.text],
  ['location', (e) => e.location?.name ?? null],
  ['lat', (e) => e.location?.lat ?? null],
  ['lon', (e) => e.location?.lon ?? null],
  ['plover', (e) => (e.plover ? `${e.plover.type}${e.plover.mode ? ` ${e.plover.mode}` : ''}` : null)],
  ['numArticles', (e) => e.numArticles],
  ['numSources', (e) => e.numSources],
  ['articleId', (e) => e.articleId],
  ['url', (e) => e.article.url],
  ['published', (e) => e.article.published],
  ['publisher', (e) => e.article.publisher],
  ['origin', (e) => e.article.origin],
];

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. A text cell starting with
 * = + - @ or a tab is prefixed with ' so that a spreadsheet shows it rather than running it as a formula
 * (article text is untrusted); numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvHeader = (): string => CSV_COLUMNS.map(([name]) => name).join(',') + '\r\n';
/** One event's CSV line (a loop, not map and join: the export writes a million of them). */
export function csvRow(e: StoredEvent): string {
  let line = csvCell(CSV_COLUMNS[0]![1](e));
  for (let i = 1; i < CSV_COLUMNS.length; i++) line += ',' + csvCell(CSV_COLUMNS[i]![1](e));
  return line + '\r\n';
}

export interface ExportOptions {
  /** GDELT only: leave undated background events out ('skip', the default) or date them by their article. */
  undated?: 'skip' | 'article';
  /**
   * Events read per page (1,000 by default; at most the store's 10,000). A page's events and its text
   * are what the export holds at once: 5,000-event pages made the server's RSS swing 120 to 190 MB above
   * its idle size on a 300,000-event export (bench/export-memory.ts); keyset pages cost the same at any
   * depth, so smaller ones export as fast.
   */
  pageSize?: number;
  /** Called once the last page is written: events read, rows written, and (GDELT) events left out. */
  onDone?: (summary: ExportSummary) => void;
}

export interface ExportSummary {
  events: number;
  rows: number;
  skipped: number;
}

/**
 * The filter's events in `format`, as chunks of text (one per page, the CSV header first). The filter's
 * sort, limit, offset and afterId are ignored: everything matching, in stored order.
 */
export async function* exportEvents(store: Store, filter: EventFilter, format: ExportFormat, options: ExportOptions = {}): AsyncGenerator<string> {
  const pageSize = Math.min(10_000, Math.max(1, options.pageSize ?? 1000));
  const { sort: _sort, limit: _limit, offset: _offset, afterId: _after, ...where } = filter;
  const summary: ExportSummary = { events: 0, rows: 0, skipped: 0 };
  if (format === 'csv') yield csvHeader();
  let afterId = 0;
  for (;;) {
    const page = await store.queryEvents({ ...where, afterId, limit: pageSize });
    if (!page.length) break;
    summary.events += page.length;
    afterId = page[page.length - 1]!.id;
    if (format === 'csv') {
      summary.rows += page.length;
      let text = '';
      for (const e of page) text += csvRow(e);
      yield text;
    } else if (format === 'jsonl') {
      summary.rows += page.length;
      let text = '';
      for (const e of page) text += JSON.stringify(e) + '\n';
      yield text;
    } else {
      const { rows, skipped } = gdeltStoredExport(page, { undated: options.undated ?? 'skip' });
      summary.rows += rows.length;
      summary.skipped += skipped.length;
      if (rows.length) yield toTsv(rows);
    }
    if (page.length < pageSize) break;
  }
  options.onDone?.(summary);
}
