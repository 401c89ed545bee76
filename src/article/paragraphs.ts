import type { Span } from '../document/document.js';

// Paragraphs are found without changing the text: blank lines always separate them; a single line break
// separates them too, except inside hard-wrapped blocks (wire copy such as Reuters-21578 wraps lines at
// ~70 columns and marks a new paragraph by indenting its first line).

const HARD_WRAP_MAX_LINE = 100;
const HARD_WRAP_MIN_LINES = 3;

interface Line extends Span {
  /** Offset of the first non-space character, or -1 for a blank line. */
  contentStart: number;
  contentEnd: number;
  indented: boolean;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.search(/\S/);
    if (lead < 0) {
      lines.push({ start, end, contentStart: -1, contentEnd: -1, indented: false });
    } else {
      const trailing = raw.length - raw.trimEnd().length;
      lines.push({ start, end, contentStart: start + lead, contentEnd: end - trailing, indented: lead > 0 });
    }
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return lines;
}

/** Spans of the paragraphs of `text`, each trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Span[] {
  const lines = splitLines(text);
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.contentStart < 0) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const paragraphs: Span[] = [];
  for (const block of blocks) {
    const longest = Math.max(...block.map((l) => l.contentEnd - l.start));
    const hardWrapped = block.length >= HARD_WRAP_MIN_LINES && longest <= HARD_WRAP_MAX_LINE;
    let first = block[0]!;
    let last = first;
    for (const line of block.slice(1)) {
      const continues = hardWrapped && !line.indented;
      if (!continues) {
        paragraphs.push({ start: first.contentStart, end: last.contentEnd });
        first = line;
      }
      last = line;
    }
    paragraphs.push({ start: first.contentStart, end: last.contentEnd });
  }
  return paragraphs;
}
