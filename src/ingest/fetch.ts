import { request as httpRequest, type IncomingMessage, type ClientRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type Socket } from 'node:net';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError } from './errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './decode.js';
import { refusal, type AddressPolicy, type ResolvedAddress, type Resolver } from './net-guard.js';

// Fetching feeds and pages over HTTP(S), defensively: only public addresses (unless allowed), checked on
// the address the hostname resolves to and pinned for the connection, so a DNS answer that changes between
// the check and the connection (DNS rebinding) cannot reach a private address; every redirect is checked
// again. Connect and total timeouts, a limit on the body both as sent and decompressed (a gzip bomb is cut
// off, not expanded), a limit on redirects, and conditional requests from a stored ETag / Last-Modified.

/** What a server said about a feed, to ask next time whether it changed (If-None-Match / If-Modified-Since). */
export interface FeedState {
  etag?: string;
  lastModified?: string;
}

/** Where the caller keeps each feed's state between runs (the store, a file, a Map in tests). */
export interface FeedStateStore {
  get(url: string): Promise<FeedState | undefined>;
  set(url: string, state: FeedState): Promise<void>;
}

/** A FeedStateStore in memory (for one process, and for tests). */
export class MemoryFeedState implements FeedStateStore {
  readonly states = new Map<string, FeedState>();
  async get(url: string) {
    return this.states.get(url);
  }
  async set(url: string, state: FeedState) {
    this.states.set(url, state);
  }
}

export interface FetchLimits {
  /** Milliseconds to resolve and connect (TLS handshake included); default 10 000. */
  connectTimeoutMs?: number;
  /** Milliseconds for the whole fetch, redirects and body included; default 30 000. */
  timeoutMs?: number;
  /** Largest body in bytes, as sent and once decompressed; default 10 MB (the --max-bytes default). */
  maxBytes?: number;
  /** Most redirects followed; default 5. */
  maxRedirects?: number;
}

export interface FetchOptions extends FetchLimits, AddressPolicy {
  /** How hostnames are resolved; dns.lookup (all addresses) by default. */
  resolve?: Resolver;
  /** Send If-None-Match / If-Modified-Since from this state. */
  state?: FeedState;
  /** The Accept header. */
  accept?: string;
  userAgent?: string;
  /** Certificate authorities to trust for https, instead of Node's (an intranet CA; tests). */
  ca?: string | Buffer | Array<string | Buffer>;
}

export type FetchResult =
  | { status: 'ok'; url: string; finalUrl: string; body: Buffer; contentType: string; state: FeedState }
  | { status: 'not-modified'; url: string; finalUrl: string };

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'Annals/0.1 (news event data; +https://github.com/annals)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export const isHttpUrl = (value: string) => /^https?:\/\//i.test(value);

const systemResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** The address to connect to for `url`: resolved, every answer checked, the first one pinned. */
async function pinAddress(url: URL, options: FetchOptions, deadline: number): Promise<ResolvedAddress> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal) addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  else {
    const ms = Math.max(0, Math.min(options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, deadline - Date.now()));
    let timer: NodeJS.Timeout | undefined;
    try {
      addresses = await Promise.race([
        (options.resolve ?? systemResolver)(hostname),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: `no answer within ${ms / 1000} s` })), ms);
        }),
      ]);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(`could not resolve ${hostname}${code ? ` (${code})` : ''}`);
    } finally {
      clearTimeout(timer);
    }
    if (addresses.length === 0) throw new Error(`could not resolve ${hostname} (no addresses)`);
  }
  for (const { address } of addresses) {
    const why = refusal(address, options);
    if (why) throw new Error(literal ? why : `${hostname} resolves to ${why}`);
  }
  return addresses[0]!;
}

function limiter(limit: number, problem: () => string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) callback(new Error(problem()));
      else callback(null, chunk);
    },
  });
}

function decoder(encoding: string): Transform | null {
  switch (encoding) {
    case '':
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new Error(`the server sent an unsupported content encoding "${encoding}"`);
  }
}

function describe(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'host unreachable';
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
    case 'ERR__ERROR_FORMAT_PADDING_1':
      return `the compressed body is corrupt (${err.message})`;
    default:
      return err.message;
  }
}

interface Hop {
  response: IncomingMessage;
  request: ClientRequest;
  /** Set when the total timeout cut the exchange off (while the body was read). */
  timedOut: () => boolean;
}

/** One request to the pinned address, resolved once the response headers arrive. */
function send(url: URL, pinned: ResolvedAddress, headers: Record<string, string>, options: FetchOptions, deadline: number): Promise<Hop> {
  const https = url.protocol === 'https:';
  const connectTimeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return new Promise<Hop>((resolve, reject) => {
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    const lookup = (_host: string, opts: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (opts?.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
      else callback(null, pinned.address, pinned.family);
    };
    const requestOptions: RequestOptions & { servername?: string } = {
      protocol: url.protocol,
      host: pinned.address,
      family: pinned.family,
      port: url.port || (https ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: { host: url.host, ...headers },
      agent: false,
      lookup: lookup as unknown as RequestOptions['lookup'],
      ...(https && !isIP(hostname) && { servername: hostname }),
      ...(https && options.ca !== undefined && { ca: options.ca }),
    };
    const request = (https ? httpsRequest : httpRequest)(requestOptions);
    let timedOut = false;
    const fail = (error: Error) => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      request.destroy();
      reject(error);
    };
    const connectTimer = setTimeout(() => fail(new Error(`could not connect within ${connectTimeout / 1000} s`)), Math.min(connectTimeout, Math.max(0, deadline - Date.now())));
    const totalTimer = setTimeout(() => {
      timedOut = true;
      fail(new Error(`timed out after ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s`));
    }, Math.max(0, deadline - Date.now()));
    request.on('socket', (socket: Socket) => {
      socket.once(https ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        // The connection went to the pinned address; checked again, in case anything in between chose another.
        const why = socket.remoteAddress ? refusal(socket.remoteAddress, options) : null;
        if (why) fail(new Error(why));
      });
    });
    request.on('error', (error) => fail(new Error(describe(error))));
    request.on('response', (response) => {
      clearTimeout(connectTimer);
      // The total timer stays armed while the body is read.
      response.once('close', () => clearTimeout(totalTimer));
      resolve({ response, request, timedOut: () => timedOut });
    });
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new Error(`the response is ${formatBytes(declared)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
  }
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  let unzip: Transform | null;
  try {
    unzip = decoder(encoding);
  } catch (error) {
    response.destroy();
    throw error;
  }
  const chunks: Buffer[] = [];
  const sink = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  };
  const wire = limiter(maxBytes, () => `the response is over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
  try {
    if (unzip) {
      const inflated = limiter(maxBytes, () => `the ${encoding} response decompresses to over ${formatBytes(maxBytes)}; refused (a compression bomb, or raise --max-bytes)`);
      await pipeline(response as Readable, wire, unzip, inflated, sink);
    } else await pipeline(response as Readable, wire, sink);
  } catch (error) {
    response.destroy();
    throw new Error(describe(error));
  }
  return Buffer.concat(chunks);
}

/**
 * GETs `url` under the address policy and limits. Throws an InputError naming the URL and the problem;
 * a 304 (with `state`) is `{status: 'not-modified'}`.
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: options.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.state?.etag) headers['if-none-match'] = options.state.etag;
  if (options.state?.lastModified) headers['if-modified-since'] = options.state.lastModified;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new InputError(url, 'not a valid URL');
  }
  let redirects = 0;
  for (;;) {
    // (An address only normalised, "http://127.1/" read as http://127.0.0.1/, was not redirected.)
    const where = current.href === url ? '' : redirects === 0 ? `normalised to ${current.href}: ` : `redirected to ${current.href}: `;
    if (current.protocol !== 'http:' && current.protocol !== 'https:') throw new InputError(url, `${where}only http and https URLs can be fetched`);
    if (current.username || current.password) throw new InputError(url, `${where}URLs with credentials are not fetched`);
    let hop: Hop;
    try {
      const pinned = await pinAddress(current, options, deadline);
      hop = await send(current, pinned, headers, options, deadline);
    } catch (error) {
      throw new InputError(url, `${where}${(error as Error).message}`);
    }
    const { response } = hop;
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status) && response.headers.location) {
      response.resume();
      if (++redirects > maxRedirects) throw new InputError(url, `too many redirects (more than ${maxRedirects})`);
      try {
        current = new URL(response.headers.location, current);
      } catch {
        throw new InputError(url, `${where}redirected to an invalid URL "${response.headers.location}"`);
      }
      continue;
    }
    if (status === 304 && options.state) {
      response.resume();
      return { status: 'not-modified', url, finalUrl: current.href };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new InputError(url, `${where}HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    let body: Buffer;
    try {
      body = await readBody(response, maxBytes);
    } catch (error) {
      const problem = hop.timedOut() ? `timed out after ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s` : (error as Error).message;
      throw new InputError(url, `${where}${problem}`);
    }
    if (Date.now() > deadline) throw new InputError(url, `${where}timed out after ${(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s`);
    const state: FeedState = {};
    const etag = response.headers.etag;
    const lastModified = response.headers['last-modified'];
    if (etag) state.etag = etag;
    if (lastModified) state.lastModified = lastModified;
    return { status: 'ok', url, finalUrl: current.href, body, contentType: String(response.headers['content-type'] ?? ''), state };
  }
}
