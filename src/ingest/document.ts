import { AnnalsDocument } from '../document/document.js';
import type { AnalyzeInput } from './records.js';
import { extractHtml } from './html.js';
import { InputError } from './errors.js';

/** The ingest stage's product: a document whose text is the input text exactly, or the page's extracted text. */
export function createDocument(input: AnalyzeInput, name = input.id ?? 'input'): AnnalsDocument {
  const meta = {
    ...(input.id !== undefined && { id: input.id }),
    origin: name,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.url !== undefined && { url: input.url }),
    ...(input.date !== undefined && { date: input.date.slice(0, 10) }),
  };
  if (input.html !== undefined) {
    const extracted = extractHtml(name, input.html);
    const doc = new AnnalsDocument(extracted.text, { ...meta, format: 'html' });
    doc.page = extracted.page;
    for (const w of extracted.warnings) doc.warn('ingest', w.code, w.message);
    return doc;
  }
  // A title with no text (a wire brief) is a headline-only article: the title is its text.
  const text = (input.text === undefined || input.text.trim() === '') && input.title?.trim() ? input.title : input.text;
  if (text === undefined || text.trim() === '') throw new InputError(name, 'empty input');
  return new AnnalsDocument(text, { ...meta, format: 'text' });
}
