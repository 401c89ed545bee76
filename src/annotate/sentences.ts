import type { Span } from '../document/document.js';
import { readDataRows, readNumberedDataRows } from '../data/files.js';

// A rule-based sentence splitter that returns offsets. Periods after abbreviations, initials and
// month names, and punctuation inside quotations followed by a lower-case word ("Is it?" he asked),
// do not end a sentence.

export type AbbreviationKind = 'title' | 'month' | 'number' | 'final';

const ABBREVIATIONS_FILE = 'lexicon/abbreviations.tsv';
const KINDS: readonly AbbreviationKind[] = ['title', 'month', 'number', 'final'];

/** A row of abbreviations.tsv: the abbreviation (lower case, ending in a period) and its kind; anything else is an error naming file and line. */
export function parseAbbreviationRow(cells: string[], file: string, line: number): [string, AbbreviationKind] {
  const [abbreviation = '', kind = ''] = cells;
  if (cells.length !== 2) throw new Error(`${file}:${line}: expected 2 columns (abbreviation, kind), found ${cells.length}`);
  if (!/^[\p{L}.]+\.$/u.test(abbreviation)) throw new Error(`${file}:${line}: "${abbreviation}" is not an abbreviation ending in a period`);
  if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${file}:${line}: kind "${kind}" is not one of ${KINDS.join(', ')}`);
  return [abbreviation.toLowerCase(), kind as AbbreviationKind];
}

let lexicon: { abbreviations: Map<string, AbbreviationKind>; starters: Set<string> } | null = null;

function loadLexicon() {
  if (!lexicon) {
    const abbreviations = new Map<string, AbbreviationKind>();
    for (const { cells, line } of readNumberedDataRows(ABBREVIATIONS_FILE)) {
      const [abbreviation, kind] = parseAbbreviationRow(cells, ABBREVIATIONS_FILE, line);
      abbreviations.set(abbreviation, kind);
    }
    const starters = new Set(readDataRows('lexicon/sentence-starters.txt').map((row) => row[0]!));
    lexicon = { abbreviations, starters };
  }
  return lexicon;
}

const TERMINATOR = /[.!?\u2026]+/g;
const CLOSERS = /^["'\u201d\u2019\u00bb)\]]*/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const OPENERS = /["'\u201c\u2018\u00ab(\[]/;

/** The word (with any inner periods) that ends right before position `end` of `text`. */
function wordBefore(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && /[\p{L}\p{N}.'\u2019&-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

function nextWord(text: string, at: number, end: number): string {
  const m = /^[\p{L}\p{N}']+/u.exec(text.slice(at, Math.min(end, at + 40)));
  return m ? m[0] : '';
}

function isBoundary(text: string, from: number, termStart: number, termEnd: number, nextAt: number, end: number): boolean {
  const { abbreviations, starters } = loadLexicon();
  const next = text[nextAt]!;
  const terminator = text.slice(termStart, termEnd);
  if (LOWER.test(next)) return false;
  if (!(UPPER.test(next) || DIGIT.test(next) || OPENERS.test(next))) return false;
  if (terminator !== '.') return true;

  const word = wordBefore(text, from, termStart) + '.';
  const kind = abbreviations.get(word.toLowerCase());
  if (kind === 'title') return false;
  // ("Jan. 5", "No. 3": a number follows; "the candidate said no. But ..." ends there.)
  if (kind === 'month' || kind === 'number') return !DIGIT.test(next);
  if (kind === 'final') return starters.has(nextWord(text, nextAt, end));
  // An initial ("Fumio K. Smith") or a dotted acronym ("U.S.S.R.") not listed: split only before a sentence starter.
  if (/^(\p{Lu}\.)+$/u.test(word)) return starters.has(nextWord(text, nextAt, end));
  return true;
}

/** The listed abbreviations of one kind ("title": "mr.", "dr.", "gen." …), lower case with their period. */
export function abbreviationsOfKind(kind: AbbreviationKind): string[] {
  return [...loadLexicon().abbreviations].filter(([, k]) => k === kind).map(([abbreviation]) => abbreviation);
}

/** True when `word` (with its final period) is a listed abbreviation or initials ("Inc.", "U.S."): a period that need not end a sentence. */
export function isAbbreviation(word: string): boolean {
  return loadLexicon().abbreviations.has(word.toLowerCase()) || /^(\p{Lu}\.)+$/u.test(word);
}

/** Sentence spans within [start, end) of `text`, trimmed of whitespace. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = start;
  TERMINATOR.lastIndex = start;
  for (let m = TERMINATOR.exec(text); m && m.index < end; m = TERMINATOR.exec(text)) {
    const termStart = m.index;
    let termEnd = Math.min(termStart + m[0].length, end);
    termEnd += CLOSERS.exec(text.slice(termEnd, end))![0].length;
    TERMINATOR.lastIndex = termEnd;
    if (termEnd >= end) break;
    if (!/\s/.test(text[termEnd]!)) continue;
    let nextAt = termEnd;
    while (nextAt < end && /\s/.test(text[nextAt]!)) nextAt++;
    if (nextAt >= end) break;
    if (isBoundary(text, sentenceStart, termStart, termEnd, nextAt, end)) {
      sentences.push({ start: sentenceStart, end: termEnd });
      sentenceStart = nextAt;
    }
  }
  let last = end;
  while (last > sentenceStart && /\s/.test(text[last - 1]!)) last--;
  if (last > sentenceStart) sentences.push({ start: sentenceStart, end: last });
  return sentences;
}
