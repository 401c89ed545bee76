import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress, COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { serveStatic } from '@hono/node-server/serve-static';
import { analyze } from '../pipeline.js';
import { InputError } from '../ingest/errors.js';
import { isIsoDay } from '../article/dates.js';
import type { ArticleFilter, Store } from '../store/types.js';
import type { AnalyzeInput } from '../ingest/records.js';
import type { AnalysisResult } from '../document/serialize.js';
import { actorSeries, dyadSeriesWithQuads } from './dyad.js';
import { OPENAPI } from './openapi.js';
import { exportResponse } from './export.js';
import { glossary } from '../code/glossary.js';
import {
  EVENT_FILTER_PARAMS,
  EVENT_PARAMS,
  HttpError,
  MAX_PAGE,
  actorParam,
  actorPathParam,
  articleSortParam,
  clusterSortParam,
  byParam,
  dyadParam,
  eventFilterOf,
  idParam,
  intParam,
  modalityParam,
  oneOf,
  UNDATED,
  queryOf,
  textParam,
} from './validate.js';

// The HTTP API and the web UI in one Hono app: JSON under /api, the OpenAPI document at /openapi.json,
// and the built UI (dist/web) for everything else. Every answer carries the security headers; errors are
// {"error": "..."} with a 4xx status naming the parameter and the problem, and never a stack trace.

/** The built web UI: dist/web beside dist/serve, and also when run from src/serve with tsx. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts and Cytoscape position their tooltips and canvases through element.style (CSSOM), which
  // CSP allows; no style attributes or <style> elements are written, so no 'unsafe-inline'.
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Analyses one input: the result, or its JSON already serialised in UTF-8 (as the server's worker answers).
 * `signal` aborts when the client has gone, and the analysis may then be given up.
 */
export type Analyzer = (input: AnalyzeInput, signal?: AbortSignal) => Promise<AnalysisResult | Uint8Array<ArrayBuffer>>;

export interface AppOptions {
  store: Store;
  /** The folder of the built UI; DEFAULT_WEB_ROOT by default; null serves the API only. */
  webRoot?: string | null;
  /** The largest body POST /api/analyze accepts, in bytes (1 MB by default). */
  maxBodyBytes?: number;
  /**
   * Runs one analysis for POST /api/analyze; in this thread by default. startServer passes a worker
   * thread so that a long article does not stall the other requests.
   */
  analyzer?: Analyzer;
  /** The longest request URL accepted (4,096 characters by default). */
  maxUrlLength?: number;
  /**
   * Host header values accepted (names, without port); when set, others get 421, which stops DNS
   * rebinding against a loopback server. Unset accepts any.
   */
  allowedHosts?: string[];
}

const fail = (c: Context, status: number, error: string) =>
  c.json({ error }, status as 400 | 404 | 405 | 413 | 414 | 415 | 421 | 422 | 500 | 503);

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  const maxUrl = options.maxUrlLength ?? 4096;
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const analyzer: Analyzer = options.analyzer ?? (async (input) => analyze(input, { name: 'body' }));
  const hosts = options.allowedHosts ? new Set(options.allowedHosts.map((h) => h.toLowerCase())) : null;
  const app = new Hono();
  // gzip for the UI bundle, JSON and exports when the client accepts it (answers under 1 KB are sent as they are).
  app.use('*', compress({ contentTypeFilter: (type) => COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || /ndjson|tab-separated/.test(type) }));

  app.use('*', async (c, next) => {
    if (hosts) {
      const host = (c.req.header('host') ?? '').toLowerCase().replace(/:\d+$/, '');
      if (!hosts.has(host)) {
        c.res = c.json({ error: `this server answers only to ${[...hosts].join(', ')}` }, 421);
        return;
      }
    }
    if (c.req.url.length > maxUrl) {
      c.res = c.json({ error: `the request URL is longer than ${maxUrl} characters` }, 414);
      return;
    }
    await next();
  });
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (c.req.path.startsWith('/api/') || c.req.path === '/openapi.json') c.header('Cache-Control', 'no-store');
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return fail(c, error.status, error.message);
    // A bug or a store failure: logged here, never sent (no messages or stacks to clients).
    process.stderr.write(`annals serve: ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}\n`);
    return fail(c, 500, 'internal error');
  });

  const api = new Hono();

  api.get('/events', async (c) => {
    const filter = eventFilterOf(queryOf(c.req.url, EVENT_PARAMS));
    const [events, total] = await Promise.all([store.queryEvents(filter), store.countEvents(filter)]);
    return c.json({ total, limit: filter.limit, offset: filter.offset, sort: filter.sort ?? 'id', events });
  });

  api.get('/export', (c) => exportResponse(c, store));

  api.get('/places', async (c) => {
    const { limit: _limit, offset: _offset, sort: _sort, ...filter } = eventFilterOf(queryOf(c.req.url, EVENT_FILTER_PARAMS));
    const [places, total, placed] = await Promise.all([store.places(filter), store.countEvents(filter), store.countEvents({ ...filter, placed: true })]);
    return c.json({ total, placed, places });
  });

  api.get('/events/:id', async (c) => {
    queryOf(c.req.url, []);
    const id = idParam(c.req.param('id'), 'event');
    const event = await store.event(id);
    if (!event) throw new HttpError(404, `no event ${id}`);
    return c.json(event);
  });

  api.get('/articles', async (c) => {
    const q = queryOf(c.req.url, ['cluster', 'text', 'sort', 'limit', 'offset']);
    const filter: ArticleFilter = { limit: intParam(q, 'limit', 100, 1, MAX_PAGE), offset: intParam(q, 'offset', 0, 0, 1_000_000), sort: articleSortParam(q) };
    if (q.has('cluster')) filter.clusterId = idParam(q.get('cluster')!, 'cluster');
    const text = textParam(q, 'text');
    if (text) filter.text = text;
    const [articles, total] = await Promise.all([store.articles(filter), store.countArticles(filter)]);
    return c.json({ total, limit: filter.limit, offset: filter.offset, sort: filter.sort, articles });
  });

  api.get('/articles/:id', async (c) => {
    const q = queryOf(c.req.url, ['without']);
    const id = idParam(c.req.param('id'), 'article');
    // without=body,sentences: leave out what a client does not read (the UI shows `text` and its spans).
    const without = (q.get('without') ?? '').split(',').filter(Boolean);
    for (const part of without) if (part !== 'body' && part !== 'sentences') throw new HttpError(400, `parameter "without" takes body and sentences, not "${part.slice(0, 40)}"`);
    const article = await store.article(id);
    if (!article) throw new HttpError(404, `no article ${id}`);
    const answer: Partial<typeof article> = { ...article };
    for (const part of without) delete answer[part as 'body' | 'sentences'];
    return c.json(answer);
  });

  api.get('/clusters', async (c) => {
    const q = queryOf(c.req.url, ['minArticles', 'sort', 'limit', 'offset']);
    const options = {
      limit: intParam(q, 'limit', 100, 1, MAX_PAGE),
      offset: intParam(q, 'offset', 0, 0, 1_000_000),
      minArticles: intParam(q, 'minArticles', 1, 1, 1_000_000),
      sort: clusterSortParam(q),
    };
    const [clusters, total] = await Promise.all([store.clusters(options), store.countClusters(options)]);
    return c.json({ total, limit: options.limit, offset: options.offset, sort: options.sort, clusters });
  });

  api.get('/clusters/:id', async (c) => {
    queryOf(c.req.url, []);
    const id = idParam(c.req.param('id'), 'cluster');
    const cluster = await store.cluster(id);
    if (!cluster) throw new HttpError(404, `no cluster ${id}`);
    return c.json(cluster);
  });

  api.get('/actors', async (c) => {
    const q = queryOf(c.req.url, ['prefix', 'limit']);
    const options: { prefix?: string; limit: number } = { limit: intParam(q, 'limit', 100, 1, MAX_PAGE) };
    const prefix = actorParam(q, 'prefix');
    if (prefix) options.prefix = prefix;
    const actors = await store.actors(options);
    return c.json({ actors });
  });

  api.get('/dyads/:dyad', async (c) => {
    const q = queryOf(c.req.url, ['by', 'modality', 'undated']);
    const [a, b] = dyadParam(c.req.param('dyad'));
    return c.json(await dyadSeriesWithQuads(store, a, b, byParam(q), modalityParam(q), oneOf(q, 'undated', UNDATED, 'skip')));
  });

  api.get('/actors/:actor/series', async (c) => {
    const q = queryOf(c.req.url, ['by', 'modality', 'undated']);
    const actor = actorPathParam(c.req.param('actor'));
    return c.json(await actorSeries(store, actor, byParam(q), modalityParam(q), oneOf(q, 'undated', UNDATED, 'skip')));
  });

  api.get('/search', async (c) => {
    const q = queryOf(c.req.url, ['q', 'limit']);
    const query = textParam(q, 'q', true)!;
    const limit = intParam(q, 'limit', 20, 1, MAX_PAGE);
    return c.json({ query, hits: await store.search(query, limit) });
  });

  api.get('/glossary', (c) => {
    queryOf(c.req.url, []);
    return c.json(glossary());
  });

  api.get('/stats', async (c) => {
    queryOf(c.req.url, []);
    return c.json(await store.stats());
  });

  api.post(
    '/analyze',
    bodyLimit({ maxSize: maxBody, onError: (c) => fail(c, 413, `the body is larger than ${maxBody} bytes`) }),
    async (c) => {
      queryOf(c.req.url, []);
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') throw new HttpError(415, 'send the article as application/json: {"text": "..."} or {"html": "..."}');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new HttpError(400, 'the body is not valid JSON');
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'the body must be a JSON object with "text" or "html"');
      const record = body as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (!['text', 'html', 'title', 'url', 'date'].includes(key)) throw new HttpError(400, `unknown field "${key.slice(0, 40)}" (known: text, html, title, url, date)`);
        if (typeof record[key] !== 'string') throw new HttpError(400, `field "${key}" must be a string`);
      }
      const { text, html, title, url, date } = record as Record<string, string | undefined>;
      if ((text === undefined) === (html === undefined)) throw new HttpError(400, 'give exactly one of "text" or "html"');
      if ((text ?? html ?? '').trim() === '') throw new HttpError(400, `field "${text !== undefined ? 'text' : 'html'}" is empty`);
      if (date !== undefined && !isIsoDay(date)) throw new HttpError(400, `field "date" must be YYYY-MM-DD (a real day), not "${date.slice(0, 40)}"`);
      if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) throw new HttpError(400, 'field "url" must be an http(s) URL; it is recorded as metadata and never fetched');
      try {
        // Never fetches anything: `url` only names the page the text came from.
        const result = await analyzer({ ...(text !== undefined ? { text } : { html: html! }), ...(title && { title }), ...(url && { url }), ...(date && { date }) }, c.req.raw.signal);
        return result instanceof Uint8Array ? c.body(result, 200, { 'content-type': 'application/json' }) : c.json(result);
      } catch (error) {
        if (error instanceof InputError) throw new HttpError(422, error.problem);
        throw error;
      }
    },
  );

  api.all('*', (c) => fail(c, 404, `no API route ${c.req.method} ${c.req.path}`));
  app.route('/api', api);

  app.get('/openapi.json', (c) => c.json(OPENAPI));

  if (webRoot && existsSync(webRoot)) {
    // precompressed: the build's .br and .gz copies (vite.config.ts), sent to browsers that accept them.
    app.use('/*', serveStatic({ root: webRoot, precompressed: true }));
  } else {
    app.get('/', (c) =>
      c.text(`The web UI is not built (no ${webRoot ?? 'web root'}): run npm run build. The API is at /api and described at /openapi.json.\n`, 503),
    );
  }
  app.notFound((c) => fail(c, 404, `not found: ${c.req.path}`));
  return app;
}
