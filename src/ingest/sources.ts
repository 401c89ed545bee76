import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { checkNotBinary, checkSize, decodeText, DEFAULT_MAX_BYTES, type DecodeOptions } from './decode.js';
import { toAnalyzeInput, type AnalyzeInput } from './records.js';
import { reutersRecords, SGML_EXTENSIONS } from './reuters-sgml.js';

// Reads the inputs named on the command line: files (text, HTML, JSON lines), or `-` for standard input.
// Every problem becomes an item with an error naming the input, so a batch goes on with the rest.

export type SourceItem = { name: string; input: AnalyzeInput } | { name: string; error: InputError };

export interface ReadOptions extends DecodeOptions {}

const BATCH_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const SNIFF_BYTES = 64 * 1024;

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 4096));
}

function looksLikeJsonLines(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').trimStart();
  return head.startsWith('{');
}

function errorItem(name: string, error: unknown): SourceItem {
  if (error instanceof InputError) return { name, error };
  const err = error as NodeJS.ErrnoException;
  const problem =
    err.code === 'ENOENT' ? 'no such file' :
    err.code === 'EACCES' ? 'permission denied' :
    err.code === 'EISDIR' ? 'is a directory, not a file' :
    err.message;
  return { name, error: new InputError(name, problem) };
}

/** Lines of a byte stream, as bytes, so each line's encoding is checked on its own. */
async function* byteLines(stream: AsyncIterable<Buffer>, name: string, maxLineBytes: number): AsyncGenerator<Buffer | InputError> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let lineNo = 0;
  for await (const chunk of stream) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      lineNo++;
      if (overflow || pendingBytes + nl - from > maxLineBytes) {
        yield new InputError(`${name}:${lineNo}`, `line is over the limit of ${maxLineBytes} bytes (raise it with --max-bytes)`);
      } else {
        yield Buffer.concat([...pending, chunk.subarray(from, nl)]);
      }
      pending = [];
      pendingBytes = 0;
      overflow = false;
      from = nl + 1;
    }
    if (from < chunk.length && !overflow) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
      if (pendingBytes > maxLineBytes) {
        overflow = true;
        pending = [];
      }
    }
  }
  if (overflow) yield new InputError(`${name}:${lineNo + 1}`, `line is over the limit of ${maxLineBytes} bytes (raise it with --max-bytes)`);
  else if (pendingBytes > 0) yield Buffer.concat(pending);
}

/** Records of a JSON-lines stream; blank lines are skipped, each bad line is one error item. */
async function* jsonLines(stream: AsyncIterable<Buffer>, name: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let lineNo = 0;
  let records = 0;
  for await (const line of byteLines(stream, name, maxBytes)) {
    lineNo++;
    const where = `${name}:${lineNo}`;
    if (line instanceof InputError) {
      yield { name: line.input, error: line };
      continue;
    }
    if (line.toString('latin1').trim() === '') continue;
    records++;
    try {
      const text = decodeText(where, line, options);
      let value: unknown;
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
}

/** One whole text or HTML input, or a .json file holding one record or an array of them. */
function* wholeInput(name: string, bytes: Uint8Array, options: ReadOptions, extension: string): Generator<SourceItem> {
  let text: string;
  try {
    text = decodeText(name, bytes, options);
  } catch (error) {
    yield errorItem(name, error);
    return;
  }
  if (extension === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { name, error: new InputError(name, `not valid JSON (${(error as Error).message})`) };
      return;
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
  const input = HTML_EXTENSIONS.has(extension) || looksLikeHtml(text) ? { html: text } : { text };
  yield { name, input };
}

/** The first `bytes` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* readFileSource(path: string, options: ReadOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const extension = extname(path).toLowerCase();
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    size = info.size;
    if (size === 0) throw new InputError(path, 'empty input (0 bytes)');
    const head = await readHead(path, Math.min(size, SNIFF_BYTES));
    // A Reuters-21578 SGML file is a batch of stories, as `annals ingest` reads it (Latin-1: one stray byte).
    if (SGML_EXTENSIONS.has(extension)) {
      checkNotBinary(path, head);
      yield* reutersRecords(path, (await readFile(path)).toString('latin1'));
      return;
    }
    // A JSON-lines batch may be any size (each line is checked on its own); a single document may not.
    if (BATCH_EXTENSIONS.has(extension) || (extension !== '.json' && looksLikeJsonLines(head))) {
      checkNotBinary(path, head);
      yield* jsonLines(createReadStream(path), path, options);
      return;
    }
    checkSize(path, size, maxBytes);
    checkNotBinary(path, head);
  } catch (error) {
    yield errorItem(path, error);
    return;
  }
  try {
    yield* wholeInput(path, await readFile(path), options, extension);
  } catch (error) {
    yield errorItem(path, error);
  }
}

/** Standard input: JSON lines when it starts with "{", else one text or HTML document. */
async function* readStream(name: string, stream: Readable, options: ReadOptions): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) {
    yield { name, error: new InputError(name, 'empty input (0 bytes)') };
    return;
  }
  const head: Buffer = first.value;
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  if (looksLikeJsonLines(head)) {
    yield* jsonLines(rest, name, options);
    return;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of rest) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      yield { name, error: new InputError(name, `input is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`) };
      return;
    }
    chunks.push(chunk);
  }
  yield* wholeInput(name, Buffer.concat(chunks), options, '');
}

export async function* readSources(paths: string[], options: ReadOptions = {}, stdin: Readable = process.stdin): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') yield* readStream('-', stdin, options);
    else yield* readFileSource(path, options);
  }
}
