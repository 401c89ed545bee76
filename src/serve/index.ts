import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../store/types.js';
import { createApp, type AppOptions } from './app.js';

// The serve stage: the store read over HTTP, as JSON and as the web UI.

export { createApp, CONTENT_SECURITY_POLICY, DEFAULT_WEB_ROOT, type AppOptions } from './app.js';
export { OPENAPI } from './openapi.js';
export { dyadSeriesWithQuads, type DyadSeriesAnswer, type DyadSeriesPoint } from './dyad.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StartOptions extends Omit<AppOptions, 'store'> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

/** Serves the app on host:port (127.0.0.1:8080 by default); resolves once it listens. */
export function startServer(store: Store, options: StartOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  // On loopback, answer only to loopback host names: a web page elsewhere cannot reach the API through DNS rebinding.
  const allowedHosts = options.allowedHosts ?? (isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]'] : undefined);
  const app = createApp({ ...options, store, ...(allowedHosts && { allowedHosts }) });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.once('error', reject);
    // Slow or stuck clients do not hold the process: bounded header and request times.
    if ('headersTimeout' in server) {
      server.headersTimeout = 10_000;
      server.requestTimeout = 30_000;
    }
  });
}
