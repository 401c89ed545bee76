import { InputError } from './errors.js';

// Turns the bytes of one input into text, or says plainly why it cannot.

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodeOptions {
  /** A WHATWG encoding label ("utf-8", "latin1", "windows-1252", ...); UTF-8 by default, strictly checked. */
  encoding?: string;
  maxBytes?: number;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function checkSize(input: string, bytes: number, maxBytes: number): void {
  if (bytes > maxBytes) {
    throw new InputError(input, `input is ${formatBytes(bytes)}, over the limit of ${formatBytes(maxBytes)} (raise it with --max-bytes)`);
  }
}

const MAGIC: [number[], string][] = [
  [[0x1f, 0x8b], 'a gzip-compressed file; decompress it first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF file, not text or HTML'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/OpenDocument file), not text or HTML'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a binary executable, not text or HTML'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not text or HTML'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not text or HTML'],
];

/** Throws when the bytes are plainly not text. */
export function checkNotBinary(input: string, bytes: Uint8Array): void {
  for (const [magic, what] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new InputError(input, `this is ${what}`);
  }
  const head = bytes.subarray(0, 8192);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) throw new InputError(input, 'binary data (it contains NUL bytes), not text or HTML');
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Text of the bytes. Empty input, binary data and (without an explicit encoding) invalid UTF-8 are errors.
 * A named encoding applies only to bytes that are not valid UTF-8: over a folder of mixed files
 * (`--encoding latin1`), each file that is valid UTF-8 is still read as UTF-8, never as "Â£25,000".
 */
export function decodeText(input: string, bytes: Uint8Array, options: DecodeOptions = {}): string {
  checkSize(input, bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length === 0) throw new InputError(input, 'empty input (0 bytes)');
  checkNotBinary(input, bytes);
  const named = options.encoding ?? 'utf-8';
  // Valid UTF-8 is UTF-8, whatever encoding was named for the inputs that are not (a byte order mark aside:
  // a UTF-16 file is never valid UTF-8).
  const encoding = !/^utf-?8$/i.test(named) && !/^utf-?16/i.test(named) && firstInvalidUtf8(bytes) < 0 ? 'utf-8' : named;
  let text: string;
  if (/^utf-?8$/i.test(encoding)) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
      throw new InputError(input, `not valid UTF-8 (byte 0x${byte} at offset ${bad}); if the file uses another encoding, name it with --encoding (for example --encoding latin1)`);
    }
    text = new TextDecoder('utf-8').decode(bytes);
  } else {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      throw new InputError(input, `unknown encoding "${encoding}"`);
    }
    text = decoder.decode(bytes);
  }
  if (text.trim() === '') throw new InputError(input, 'empty input (only whitespace)');
  return text;
}
