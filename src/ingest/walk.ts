import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors.js';
import { readHead, readSources, type ReadOptions, type SourceItem } from './sources.js';
import { reutersRecords, SGML_EXTENSIONS } from './reuters-sgml.js';
import { checkNotBinary, checkSize, decodeText, DEFAULT_MAX_BYTES, formatBytes } from './decode.js';
import { toAnalyzeInput } from './records.js';
import { contentRecord, declaredXmlEncoding, linkedPageRecord, parseFeed, sniffFeed, summaryRecord, type FeedItem, type ParsedFeed } from './feeds.js';
import { fetchUrl, isHttpUrl, type FeedStateStore, type FetchLimits, type FetchOptions } from './fetch.js';
import type { AddressPolicy, Resolver } from './net-guard.js';

// Records of a corpus: folders walked recursively (in a stable order), with the readers of `annals analyze`
// for text, HTML and JSON files, Reuters-21578's SGML files (one record per story), RSS/Atom/JSON Feed files
// (one record per entry), gzip-compressed files (decompressed under a limit), and http(s) URLs of feeds and
// pages, fetched under the limits and address policy of fetch.ts.

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson']);
/** Files that hold a feed or nothing: anything else in them is reported, never read as text. */
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf']);
const BATCH_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.sgm', '.sgml']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const HEAD_BYTES = 64 * 1024;
/** Default limit on a decompressed .gz batch (JSON lines, Reuters SGML); a single document keeps --max-bytes. */
export const DEFAULT_MAX_DECOMPRESSED_BATCH_BYTES = 256 * 1024 * 1024;

export interface WalkOptions extends ReadOptions, FetchLimits, AddressPolicy {
  /** Each feed URL's ETag / Last-Modified, for conditional requests; set once the feed's entries are all read. */
  feedState?: FeedStateStore;
  /** Fetch the page of a feed entry that has no full content: by default for feeds fetched over HTTP, not for feed files. */
  fetchLinks?: boolean;
  /** Entries whose URL this says is already stored are skipped before anything is fetched. */
  skipUrl?: (url: string) => boolean | Promise<boolean>;
  /** Limit on a decompressed .gz JSON-lines or SGML batch; default 256 MB. */
  maxDecompressedBatchBytes?: number;
  /** How hostnames are resolved (tests inject one); dns.lookup by default. */
  resolve?: Resolver;
}

const ext = (path: string) => extname(path).toLowerCase();
/** The extension that says what a file holds: "a.jsonl.gz" holds ".jsonl". */
const innerExt = (path: string) => (ext(path) === '.gz' ? ext(path.slice(0, -3)) : ext(path));
const walkable = (name: string) => {
  const inner = innerExt(name);
  return DOCUMENT_EXTENSIONS.has(inner) || SGML_EXTENSIONS.has(inner) || FEED_EXTENSIONS.has(inner);
};

async function* files(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* files(child);
    else if (walkable(entry.name)) yield child;
  }
}

function errorItem(name: string, error: unknown): SourceItem {
  if (error instanceof InputError) return { name, error };
  const err = error as NodeJS.ErrnoException;
  const problem = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.message;
  return { name, error: new InputError(name, problem) };
}

/** The text of a feed or page: the --encoding given, else the XML declaration's or the HTTP charset, else strict UTF-8. */
function decodeDocument(name: string, bytes: Uint8Array, options: ReadOptions, charset?: string): string {
  const encoding = options.encoding ?? charset ?? declaredXmlEncoding(bytes);
  return decodeText(name, bytes, { ...options, ...(encoding && !/^utf-?8$/i.test(encoding) && { encoding }) });
}

const fetchOptions = (options: WalkOptions): FetchOptions => ({
  ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  ...(options.connectTimeoutMs !== undefined && { connectTimeoutMs: options.connectTimeoutMs }),
  ...(options.maxRedirects !== undefined && { maxRedirects: options.maxRedirects }),
  ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }),
  ...(options.allowAddresses !== undefined && { allowAddresses: options.allowAddresses }),
  ...(options.resolve !== undefined && { resolve: options.resolve }),
});

const charsetOf = (contentType: string) => /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function htmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/** Pages of entries fetched at once, per feed (the records still come in the feed's order). */
const LINK_CONCURRENCY = 4;

/** A feed's entries as records: full content as it is, else the linked page (fetched) or the summary. */
async function* feedRecords(source: string, feed: ParsedFeed, options: WalkOptions, fetchLinks: boolean): AsyncGenerator<SourceItem> {
  if (feed.items.length === 0) {
    yield { name: source, error: new InputError(source, 'the feed has no entries') };
    return;
  }
  const record = async (item: FeedItem, i: number): Promise<SourceItem | null> => {
    const name = `${source}#${i + 1}`;
    try {
      if (item.link && options.skipUrl && (await options.skipUrl(item.link))) return null;
    } catch (error) {
      return { name, error: new InputError(name, `could not check whether ${item.link} is stored (${(error as Error).message})`) };
    }
    const content = contentRecord(feed, item);
    if (content) return { name, input: content };
    if (fetchLinks && item.link) return linkedPage(name, feed, item, options);
    const summary = summaryRecord(item);
    if (summary) return { name, input: summary };
    return { name, error: new InputError(name, item.link ? 'the entry has no content or summary (its page is fetched only with fetchLinks)' : 'the entry has no content, summary or link') };
  };
  const pending: Promise<SourceItem | null>[] = [];
  let next = 0;
  while (next < feed.items.length || pending.length > 0) {
    while (next < feed.items.length && pending.length < LINK_CONCURRENCY) {
      pending.push(record(feed.items[next]!, next));
      next++;
    }
    const item = await pending.shift()!;
    if (item) yield item;
  }
}

async function linkedPage(name: string, feed: ParsedFeed, item: FeedItem, options: WalkOptions): Promise<SourceItem> {
  const link = item.link!;
  try {
    const result = await fetchUrl(link, { ...fetchOptions(options), accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5' });
    if (result.status !== 'ok') throw new InputError(link, 'not modified');
    const html = decodeDocument(link, result.body, options, charsetOf(result.contentType) ?? htmlCharset(result.body));
    return { name, input: linkedPageRecord(feed, item, html) };
  } catch (error) {
    const problem = error instanceof InputError ? error.message : (error as Error).message;
    return { name, error: new InputError(name, problem) };
  }
}

/** Records of bytes read whole (a decompressed .gz, a fetched body): what `ext` and the content say they are. */
async function* bytesRecords(name: string, bytes: Buffer, extension: string, options: WalkOptions, context: { baseUrl?: string; charset?: string; remote?: boolean } = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (bytes.length === 0) throw new InputError(name, 'empty input (0 bytes)');
    checkNotBinary(name, bytes.subarray(0, 8192));
    if (SGML_EXTENSIONS.has(extension)) {
      yield* reutersRecords(name, bytes.toString('latin1'));
      return;
    }
    const head = Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '');
    const batch = extension === '.jsonl' || extension === '.ndjson' || (extension !== '.json' && !context.remote && head.trimStart().startsWith('{') && !sniffFeed(head));
    if (!batch) checkSize(name, bytes.length, maxBytes);
    if (!batch && (sniffFeed(head) || FEED_EXTENSIONS.has(extension))) {
      const feed = parseFeed(name, decodeDocument(name, bytes, options, context.charset), context.baseUrl);
      yield* feedRecords(name, feed, options, options.fetchLinks ?? Boolean(context.remote));
      return;
    }
    if (batch) {
      let lineNo = 0;
      let records = 0;
      for (let from = 0; from < bytes.length; ) {
        let nl = bytes.indexOf(10, from);
        if (nl < 0) nl = bytes.length;
        const line = bytes.subarray(from, nl);
        from = nl + 1;
        const where = `${name}:${++lineNo}`;
        if (line.toString('latin1').trim() === '') continue;
        records++;
        try {
          if (line.length > maxBytes) throw new InputError(where, `line is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
          let value: unknown;
          const text = decodeText(where, line, options);
          try {
            value = JSON.parse(text);
          } catch (error) {
            throw new InputError(where, `not valid JSON (${(error as Error).message})`);
          }
          yield { name: where, input: toAnalyzeInput(value, where) };
        } catch (error) {
          yield errorItem(where, error);
        }
      }
      if (records === 0) yield { name, error: new InputError(name, 'empty input (no JSON lines)') };
      return;
    }
    const text = decodeDocument(name, bytes, options, context.charset ?? (HTML_EXTENSIONS.has(extension) ? htmlCharset(bytes) : undefined));
    if (extension === '.json' || (context.remote && head.trimStart().startsWith('{'))) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new InputError(name, `not valid JSON (${(error as Error).message})`);
      }
      const records = Array.isArray(value) ? value : [value];
      for (const [i, record] of records.entries()) {
        const where = Array.isArray(value) ? `${name}[${i}]` : name;
        try {
          yield { name: where, input: toAnalyzeInput(record, where) };
        } catch (error) {
          yield errorItem(where, error);
        }
      }
      return;
    }
    const isHtml = HTML_EXTENSIONS.has(extension) || /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 4096));
    yield { name, input: isHtml ? { html: text, ...(context.baseUrl && { url: context.baseUrl }) } : { text, ...(context.baseUrl && { url: context.baseUrl }) } };
  } catch (error) {
    yield errorItem(name, error);
  }
}

/** A .gz file, decompressed with a limit on its decompressed size: a gzip bomb is refused, not expanded. */
async function* gzipRecords(path: string, options: WalkOptions): AsyncGenerator<SourceItem> {
  const inner = innerExt(path);
  const limit = BATCH_EXTENSIONS.has(inner) ? options.maxDecompressedBatchBytes ?? DEFAULT_MAX_DECOMPRESSED_BATCH_BYTES : options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    checkSize(path, info.size, limit);
    const compressed = await readFile(path);
    if (compressed[0] !== 0x1f || compressed[1] !== 0x8b) throw new InputError(path, 'named .gz but not gzip-compressed');
    try {
      bytes = gunzipSync(compressed, { maxOutputLength: limit });
    } catch (error) {
      const err = error as NodeJS.ErrnoException;
      if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new InputError(path, `decompresses to over ${formatBytes(limit)}; refused (a gzip bomb, or raise the limit with --max-bytes)`);
      }
      throw new InputError(path, `the gzip data is corrupt (${err.message})`);
    }
  } catch (error) {
    yield errorItem(path, error);
    return;
  }
  yield* bytesRecords(path, bytes, inner, options);
}

/** A feed file (.xml/.rss/.atom/.rdf, or any file whose content is a feed), else the readers of sources.ts. */
async function* fileRecords(path: string, options: WalkOptions): AsyncGenerator<SourceItem> {
  const extension = ext(path);
  if (extension === '.gz') return yield* gzipRecords(path, options);
  if (SGML_EXTENSIONS.has(extension)) {
    // The files are ASCII but for one byte in reut2-017.sgm: read as Latin-1 so nothing is lost.
    try {
      yield* reutersRecords(path, (await readFile(path)).toString('latin1'));
    } catch (error) {
      yield errorItem(path, error);
    }
    return;
  }
  let isFeed = FEED_EXTENSIONS.has(extension);
  if (!isFeed && !BATCH_EXTENSIONS.has(extension)) {
    try {
      const head = await readHead(path, HEAD_BYTES);
      isFeed = sniffFeed(head.toString('latin1').replace(/^\u00EF\u00BB\u00BF/, '')) !== null;
    } catch {
      // sources.ts reports the file's problem.
    }
  }
  if (!isFeed) return yield* readSources([path], options);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    checkSize(path, info.size, options.maxBytes ?? DEFAULT_MAX_BYTES);
    bytes = await readFile(path);
  } catch (error) {
    yield errorItem(path, error);
    return;
  }
  yield* bytesRecords(path, bytes, extension, options);
}

/** A feed or page over HTTP(S): a feed gives its entries, a page itself; a 304 gives nothing. */
async function* urlRecords(url: string, options: WalkOptions): AsyncGenerator<SourceItem> {
  let state;
  try {
    state = await options.feedState?.get(url);
  } catch (error) {
    yield { name: url, error: new InputError(url, `could not read the stored feed state (${(error as Error).message})`) };
  }
  let result;
  try {
    result = await fetchUrl(url, { ...fetchOptions(options), ...(state && { state }) });
  } catch (error) {
    yield errorItem(url, error);
    return;
  }
  if (result.status === 'not-modified') return;
  const type = result.contentType.split(';')[0]!.trim().toLowerCase();
  const extension =
    /json/.test(type) ? '.json' :
    /html/.test(type) ? '.html' :
    /xml|rss|atom|rdf/.test(type) ? '.xml' :
    type === 'text/plain' ? '.txt' :
    ext(new URL(result.finalUrl).pathname);
  if (!/^(?:text\/|application\/(?:[\w.+-]*(?:json|xml))|$)/.test(type) && !sniffFeed(result.body.subarray(0, HEAD_BYTES).toString('latin1'))) {
    yield { name: url, error: new InputError(url, `not a feed or a page (content type ${type})`) };
    return;
  }
  let failed = false;
  for await (const item of bytesRecords(url, result.body, extension, options, { baseUrl: result.finalUrl, charset: charsetOf(result.contentType), remote: true })) {
    if ('error' in item) failed = true;
    yield item;
  }
  // The state is kept only once every entry has been read, so a feed with a failure is fetched whole next
  // time (and what was stored already is found by its URL).
  if (!failed && options.feedState && (result.state.etag || result.state.lastModified)) {
    try {
      await options.feedState.set(url, result.state);
    } catch (error) {
      yield { name: url, error: new InputError(url, `could not store the feed state (${(error as Error).message})`) };
    }
  }
}

/** Every record under `paths` (files, folders, http(s) URLs, or `-`), each a document to analyse or an error naming its input. */
export async function* walkRecords(paths: string[], options: WalkOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readSources(['-'], options);
      continue;
    }
    if (isHttpUrl(path)) {
      yield* urlRecords(path, options);
      continue;
    }
    let list: AsyncGenerator<string>;
    try {
      await stat(path);
      list = files(path);
    } catch {
      yield { name: path, error: new InputError(path, 'no such file or folder') };
      continue;
    }
    for await (const file of list) yield* fileRecords(file, options);
  }
}

/**
 * How many records walkRecords will give for local `paths` (a JSON line, a Reuters story, a document
 * each), counted by reading them once more; undefined when that cannot be known beforehand (feeds, URLs,
 * standard input, .gz files). For a progress bar's total: an estimate, never used to decide anything.
 */
export async function countRecords(paths: string[]): Promise<number | undefined> {
  let total = 0;
  for (const path of paths) {
    if (path === '-' || /^https?:\/\//i.test(path)) return undefined;
    try {
      for await (const file of files(path)) {
        const inner = innerExt(file);
        if (ext(file) === '.gz' || FEED_EXTENSIONS.has(inner)) return undefined;
        if (inner === '.jsonl' || inner === '.ndjson') {
          const text = await readFile(file, 'latin1');
          total += text.split('\n').filter((line) => line.trim()).length;
        } else if (SGML_EXTENSIONS.has(inner)) total += Math.max(1, (await readFile(file, 'latin1')).match(/<REUTERS[\s>]/gi)?.length ?? 0);
        else total++;
      }
    } catch {
      total++; // (a missing or unreadable path is one record: its error)
    }
  }
  return total;
}
