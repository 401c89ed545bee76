import { InputError } from './errors.js';
import { isIsoDay } from '../article/dates.js';

/** One article to analyse: the library's input and one line of a JSON-lines batch. */
export interface AnalyzeInput {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
}

const FIELDS = new Set(['id', 'text', 'html', 'title', 'url', 'date']);

/** Checks one parsed JSON value as an input record; `name` says where it came from, for errors. */
export function toAnalyzeInput(value: unknown, name: string): AnalyzeInput {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(name, 'expected a JSON object with "text" or "html"');
  }
  const record = value as Record<string, unknown>;
  const input: AnalyzeInput = {};
  if (record.id !== undefined) {
    if (typeof record.id !== 'string' && typeof record.id !== 'number') throw new InputError(name, '"id" must be a string or a number');
    input.id = String(record.id);
  }
  const where = input.id !== undefined ? `${name} (id ${input.id})` : name;
  for (const key of ['text', 'html', 'title', 'url', 'date'] as const) {
    const field = record[key];
    if (field === undefined || field === null) continue;
    if (typeof field !== 'string') throw new InputError(where, `"${key}" must be a string`);
    input[key] = field;
  }
  if (input.text !== undefined && input.html !== undefined) throw new InputError(where, 'give either "text" or "html", not both');
  // A title with no text (a wire brief) is a headline-only article: the title is its text.
  if (input.title !== undefined && input.title.trim() !== '' && input.html === undefined && (input.text === undefined || input.text.trim() === '')) {
    input.text = input.title;
  }
  const content = input.text ?? input.html;
  if (content === undefined) {
    const unknown = Object.keys(record).filter((k) => !FIELDS.has(k));
    const hint = unknown.length ? ` (it has ${unknown.map((k) => `"${k}"`).join(', ')})` : '';
    throw new InputError(where, `the record has no "text" or "html"${hint}`);
  }
  if (content.trim() === '') throw new InputError(where, `"${input.text !== undefined ? 'text' : 'html'}" is empty`);
  if (input.date !== undefined && !isIsoDay(input.date)) throw new InputError(where, `"date" must be a day as YYYY-MM-DD, not "${input.date}"`);
  return input;
}
