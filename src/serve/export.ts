import { constants, createGzip } from 'node:zlib';
import type { Context } from 'hono';
import type { Store } from '../store/types.js';
import { EXPORT_FORMATS, EXPORT_TYPES, exportEvents } from '../export/events.js';
import { EXPORT_PARAMS, UNDATED, eventFilterOf, oneOf, queryOf } from './validate.js';

// GET /api/export?format=csv|jsonl|gdelt&<the events filters>: every event matching the filters, streamed
// a page at a time (src/export/events.ts) as the client reads it, so that the whole store can be exported
// without holding it: one page of events at a time. The parameters are checked before the first byte: a bad one is a 400 like anywhere.

/** Whether the client takes gzip (Accept-Encoding names it, or *, without q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  const entries = (header ?? '').split(',').map((part) => part.trim().toLowerCase().split(';'));
  const of = (name: string) => entries.find(([enc]) => enc?.trim() === name);
  const entry = of('gzip') ?? of('*');
  return !!entry && !entry.slice(1).some((param) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(param));
}

/**
 * A gzip stream written a page at a time: each page is flushed (Z_SYNC_FLUSH) so that what it compresses
 * to comes out before the next page is read, and nothing is held back for later pages.
 */
function pagedGzip(): { page(text: string | null): Promise<Uint8Array>; destroy(): void } {
  const gzip = createGzip();
  let out: Buffer[] = [];
  let failed: Error | null = null;
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  gzip.on('error', (error) => (failed = error));
  const take = () => {
    if (failed) throw failed;
    const bytes = Buffer.concat(out);
    out = [];
    return bytes;
  };
  return {
    page: (text) =>
      new Promise<void>((resolve) => {
        if (text === null) {
          gzip.once('end', resolve);
          gzip.once('error', () => resolve());
          gzip.end();
        } else {
          gzip.write(text);
          // The flush's output is pushed before its callback; setImmediate lets any queued 'data' run.
          gzip.flush(constants.Z_SYNC_FLUSH, () => setImmediate(resolve));
        }
      }).then(take),
    destroy: () => gzip.destroy(),
  };
}

export function exportResponse(c: Context, store: Store): Response {
  const q = queryOf(c.req.url, EXPORT_PARAMS);
  const format = oneOf(q, 'format', EXPORT_FORMATS, 'csv');
  const undated = oneOf(q, 'undated', UNDATED, 'skip');
  const { limit: _limit, offset: _offset, ...filter } = eventFilterOf(q);
  const chunks = exportEvents(store, filter, format, { undated });
  const encoder = new TextEncoder();
  // gzip here rather than by the app's compress middleware (a CompressionStream): its web stream over zlib
  // let the server's RSS climb by 180 MB over a 300,000-event JSON lines export (bench/export-memory.ts);
  // a page written and flushed at a time keeps it to one page.
  const gzip = acceptsGzip(c.req.header('Accept-Encoding')) ? pagedGzip() : null;
  // highWaterMark 0: no page is read ahead of the client; the next is read when the last has been taken.
  const body = new ReadableStream<Uint8Array>(
    {
      // One page per pull: the next page is read only when the client has taken the last one.
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (gzip) {
            const bytes = await gzip.page(done ? null : value);
            if (bytes.length) controller.enqueue(bytes);
            if (done) controller.close();
          } else if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          // Headers are sent: the client sees a cut answer; the cause goes to the server's standard error.
          process.stderr.write(`annals serve: GET /api/export: ${(error as Error)?.stack ?? String(error)}\n`);
          controller.error(new Error('export failed'));
        }
      },
      async cancel() {
        gzip?.destroy();
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
  const { type, extension } = EXPORT_TYPES[format];
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="annals-events.${extension}"`);
  c.header('Vary', 'Accept-Encoding');
  if (gzip) c.header('Content-Encoding', 'gzip');
  return c.body(body, 200);
}
