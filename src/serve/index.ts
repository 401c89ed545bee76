import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { AnalyzePool } from '../parallel.js';
import { createApp, type AppOptions, type Analyzer } from './app.js';
import { HttpError } from './validate.js';

// The serve stage: the store read over HTTP, as JSON and as the web UI.

export { createApp, CONTENT_SECURITY_POLICY, DEFAULT_WEB_ROOT, type AppOptions, type Analyzer } from './app.js';
export { OPENAPI } from './openapi.js';
export { actorSeries, dyadSeriesWithQuads, type ActorSeriesAnswer, type ActorSeriesPoint, type DyadSeriesAnswer, type DyadSeriesPoint } from './dyad.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Analyses queued or running at once in the server's worker; more get 503. */
export const MAX_ANALYSES = 4;

/** POST /api/analyze on one worker thread, started on first use, with a bounded queue; a job whose client has gone is given up. */
function workerAnalyzer(timeoutMs: number | undefined): { analyzer: Analyzer; close(): Promise<void> } {
  let pool: AnalyzePool | null = null;
  return {
    analyzer: async (input, signal) => {
      pool ??= new AnalyzePool({ size: 1, jobsAhead: 1, ...(timeoutMs !== undefined && { timeoutMs }) });
      if (pool.inFlight >= MAX_ANALYSES) throw new HttpError(503, `busy: ${pool.inFlight} analyses are already running or queued; try again shortly`);
      return pool.analyzeToJson(input, 'body', signal ? { signal } : {}).catch((error: unknown) => {
        // Given up because the client has gone: nobody reads the answer, and it is no server fault to log.
        throw signal?.aborted ? new HttpError(503, 'cancelled: the client has gone') : error;
      });
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/** The server's limits on slow and idle clients, in milliseconds, and on open connections. */
export interface ServerLimits {
  /** Time to receive a request's headers (10 s). */
  headersMs?: number;
  /** Time to receive a whole request (30 s). */
  requestMs?: number;
  /** How long a connection may wait for its next request after a response (5 s). */
  keepAliveMs?: number;
  /** A socket with no traffic at all for this long is closed (60 s): idle connections never held. */
  idleMs?: number;
  /** Open connections at once (1,000); more are refused. */
  maxConnections?: number;
  /** Time budget of one POST /api/analyze analysis (30 s). */
  analyzeMs?: number;
}

export interface StartOptions extends Omit<AppOptions, 'store'> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  limits?: ServerLimits;
}

/** Serves the app on host:port (127.0.0.1:8080 by default); resolves once it listens. */
export function startServer(store: Store, options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  // On loopback, answer only to loopback host names: a web page elsewhere cannot reach the API through DNS rebinding.
  const allowedHosts = options.allowedHosts ?? (isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]'] : undefined);
  const limits = options.limits ?? {};
  const worker = options.analyzer ? null : workerAnalyzer(limits.analyzeMs);
  const app = createApp({ ...options, store, ...(allowedHosts && { allowedHosts }), ...(worker && { analyzer: worker.analyzer }) });
  return new Promise((resolve, reject) => {
    // (Connections are checked against the header and request times every second, not every 30.)
    const serverOptions = { connectionsCheckingInterval: 1000 };
    const server = serve({ fetch: app.fetch, hostname: host, port, serverOptions }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }).then(() => worker?.close()),
      });
    });
    server.once('error', (error) => {
      void worker?.close();
      reject(error);
    });
    // Slow, stuck or idle clients do not hold the process: bounded header, request, keep-alive and idle times.
    if ('headersTimeout' in server) {
      server.headersTimeout = limits.headersMs ?? 10_000;
      server.requestTimeout = limits.requestMs ?? 30_000;
      server.keepAliveTimeout = limits.keepAliveMs ?? 5_000;
      server.timeout = limits.idleMs ?? 60_000;
      server.maxConnections = limits.maxConnections ?? 1_000;
    }
  });
}
