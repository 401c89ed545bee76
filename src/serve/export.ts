import type { Context } from 'hono';
import type { Store } from '../store/types.js';
import { EXPORT_FORMATS, EXPORT_TYPES, exportEvents } from '../export/events.js';
import { EXPORT_PARAMS, UNDATED, eventFilterOf, oneOf, queryOf } from './validate.js';

// GET /api/export?format=csv|jsonl|gdelt&<the events filters>: every event matching the filters, streamed
// a page at a time (src/export/events.ts) as the client reads it, so that the whole store can be exported
// without holding it: one page of events at a time. The parameters are checked before the first byte: a bad one is a 400 like anywhere.

export function exportResponse(c: Context, store: Store): Response {
  const q = queryOf(c.req.url, EXPORT_PARAMS);
  const format = oneOf(q, 'format', EXPORT_FORMATS, 'csv');
  const undated = oneOf(q, 'undated', UNDATED, 'skip');
  const { limit: _limit, offset: _offset, ...filter } = eventFilterOf(q);
  const chunks = exportEvents(store, filter, format, { undated });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    // One page per pull: the next page is read only when the client has taken the last one.
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        // Headers are sent: the client sees a cut answer; the cause goes to the server's standard error.
        process.stderr.write(`annals serve: GET /api/export: ${(error as Error)?.stack ?? String(error)}\n`);
        controller.error(new Error('export failed'));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const { type, extension } = EXPORT_TYPES[format];
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="annals-events.${extension}"`);
  return c.body(body, 200);
}
