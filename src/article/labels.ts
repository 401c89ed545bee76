import { readNumberedDataRows } from '../data/files.js';

// Labels outlets put before a headline or above the body ("BREAKING:", "UPDATE 2-", "EXCLUSIVE -", "RPT-"),
// from data/lexicon/front-matter-labels.tsv. A label is front matter: never a dateline's place, and the
// text after it on its line is the headline.

const FILE = 'lexicon/front-matter-labels.tsv';
let labels: RegExp | null = null;

function pattern(): RegExp {
  if (!labels) {
    const words: string[] = [];
    for (const { cells, line } of readNumberedDataRows(FILE)) {
      const label = cells[0] ?? '';
      if (!/^[\p{L}][\p{L} ]*[\p{L}]$/u.test(label) || /\s{2}/.test(label)) {
        throw new Error(`${FILE}:${line}: a label is letters and single spaces, not "${label}"`);
      }
      words.push(label.replace(/ /g, '\\s+'));
    }
    words.sort((a, b) => b.length - a.length);
    // The label, an optional number ("UPDATE 2"), then a colon, a dash, a bar or the end of the line.
    labels = new RegExp(`^(?:${words.join('|')})(?:\\s+\\d{1,2})?(?:\\s*[:|]\\s*|\\s*-{1,2}\\s*|\\s+[\u2013\u2014]\\s*|\\s*$)`, 'iu');
  }
  return labels;
}

/** The length of a label (with its separator and spaces) opening `line`, or 0. */
export function labelLength(line: string): number {
  const m = pattern().exec(line);
  if (!m) return 0;
  // "UPDATE-" needs the separator; a label alone on its line is the whole line.
  return m[0].length;
}
