// Shared reading machinery for PETRARCH/TABARI-format dictionaries: comment stripping, a line reader that
// keeps 1-based line numbers, phrase splitting and dictionary dates.
//
// Comments (PETRARCH's "General Rules for dictionaries"): `#` to the end of the line, the legacy KEDS/TABARI
// `;` to the end of the line, and `<!-- ... -->` blocks, on one line or across several (text after `-->` on
// the closing line is kept). Blank lines are skipped. A line holding `---STOP---` ends the file.

/** A problem found while reading a dictionary: reading goes on past it. */
export interface DictionaryWarning {
  /** The dictionary's name as given to the reader (usually its file name). */
  file: string;
  /** 1-based line number in the dictionary text. */
  line: number;
  message: string;
}

/** One non-blank line of a dictionary, comments removed. */
export interface DictionaryLine {
  /** 1-based line number. */
  line: number;
  /** The line with comments removed and trailing whitespace trimmed (leading whitespace kept). */
  text: string;
  /** Whether the line started with whitespace (TABARI writes date restrictions on tab-indented lines). */
  indented: boolean;
}

/** Collects warnings for one dictionary. */
/**
 * A CAMEO actor or agent code: letters and digits (3-letter groups in practice, "USAGOV"), "---" for none,
 * "/" between alternatives ("ELR/GAL"). Case is not checked (PETRARCH reads "[pse]" as PSE).
 */
export const CAMEO_CODE = /^(?:---|\+\+\+|###|[A-Z0-9]+(?:\/[A-Z0-9]+)*)$/i;

/** A dictionary line that must not be skipped: the loader stops, naming the file and line. */
export class DictionaryError extends Error {
  constructor(readonly file: string, readonly line: number, readonly problem: string) {
    super(`${file}:${line}: ${problem}`);
  }
}

/** Stops the loader on a code that is no CAMEO code ("JAVASCRIPT:X" would be stored, then never found). */
export function checkCameoCode(code: string, file: string, line: number): void {
  if (!CAMEO_CODE.test(code)) throw new DictionaryError(file, line, `code "${code.slice(0, 40)}" is not a CAMEO code (letters and digits, such as USAGOV; "---" for none)`);
}

export class WarningSink {
  readonly warnings: DictionaryWarning[] = [];
  constructor(readonly file: string) {}
  add(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }
}

const HTML_OPEN = /<!\s*--/; // `<! --` (a typo found in the PETRARCH validation actors) is read as an opener too

/**
 * Splits a dictionary into its non-blank lines with comments removed. Never throws: an unterminated
 * `<!--` comment is reported as a warning at the line that opened it.
 */
export function readDictionaryLines(text: string, sink: WarningSink): DictionaryLine[] {
  const out: DictionaryLine[] = [];
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let commentOpenedAt = 0; // line of the `<!--` whose `-->` we are looking for; 0 = not in a comment
  for (let i = 0; i < rawLines.length; i++) {
    const lineNo = i + 1;
    let rest = rawLines[i] ?? '';
    let kept = '';
    // Walk the line, alternating between code and <!-- --> comments.
    for (;;) {
      if (commentOpenedAt) {
        const close = rest.indexOf('-->');
        if (close < 0) {
          rest = '';
          break;
        }
        rest = rest.slice(close + 3);
        commentOpenedAt = 0;
        continue;
      }
      const open = rest.search(HTML_OPEN);
      const hash = firstOf(rest, '#', ';');
      if (hash >= 0 && (open < 0 || hash < open)) {
        kept += rest.slice(0, hash);
        rest = '';
        break;
      }
      if (open < 0) {
        kept += rest;
        rest = '';
        break;
      }
      const opener = HTML_OPEN.exec(rest.slice(open))?.[0] ?? '<!--';
      if (opener !== '<!--') sink.add(lineNo, `malformed comment opener "${opener}" read as "<!--"`);
      kept += rest.slice(0, open);
      rest = rest.slice(open + opener.length);
      commentOpenedAt = lineNo;
    }
    const trimmed = kept.trimEnd();
    if (trimmed.trim() === '') continue;
    if (trimmed.includes('---STOP---')) break;
    out.push({ line: lineNo, text: trimmed, indented: /^\s/.test(trimmed) });
  }
  if (commentOpenedAt) sink.add(commentOpenedAt, 'comment "<!--" is never closed by "-->"; the rest of the file was skipped');
  return out;
}

function firstOf(s: string, a: string, b: string): number {
  const i = s.indexOf(a);
  const j = s.indexOf(b);
  if (i < 0) return j;
  if (j < 0) return i;
  return Math.min(i, j);
}

/**
 * A phrase of words as a dictionary writes it: words joined by `_` (must be consecutive in the text) or by
 * spaces (PETRARCH's agents and verb patterns let other words come between; actors treat both alike).
 */
export interface Phrase {
  /** The phrase as written, trimmed. */
  text: string;
  /** Upper-case words; matching is case-insensitive. */
  words: string[];
  /** How each word is joined to the next: `joins[i]` sits between `words[i]` and `words[i + 1]`. */
  joins: Array<'_' | ' '>;
  /** The phrase ended in `_`: in TABARI terms a "stopped" (whole-word) phrase rather than a stem. */
  wholeWord: boolean;
}

/** Splits `text` into a phrase; undefined when it holds no word. */
export function parsePhrase(text: string): Phrase | undefined {
  const t = text.trim();
  const words: string[] = [];
  const joins: Array<'_' | ' '> = [];
  const re = /[^\s_]+/g;
  let prevEnd = -1;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (prevEnd >= 0) joins.push(t.slice(prevEnd, m.index).includes('_') ? '_' : ' ');
    words.push(m[0].toUpperCase());
    prevEnd = m.index + m[0].length;
  }
  if (words.length === 0) return undefined;
  return { text: t, words, joins, wholeWord: /_\s*$/.test(t) };
}

/** The phrase's words joined by single spaces, e.g. for display or a lookup key ("UNITED NATIONS"). */
export function phraseKey(p: Phrase): string {
  return p.words.join(' ');
}

/** A phrase with its last word replaced (used for plurals and verb forms). */
export function withLastWord(p: Phrase, word: string): Phrase {
  const words = [...p.words.slice(0, -1), word.toUpperCase()];
  return { text: rebuild(words, p.joins), words, joins: [...p.joins], wholeWord: p.wholeWord };
}

export function rebuild(words: string[], joins: Array<'_' | ' '>): string {
  let s = words[0] ?? '';
  for (let i = 1; i < words.length; i++) s += (joins[i - 1] ?? ' ') + words[i];
  return s;
}

/**
 * Reads a dictionary date: `YYYYMMDD`, or `YYMMDD` where, as in KEDS, TABARI and PETRARCH, years 00-30 are
 * 20YY and 31-99 are 19YY. Returns ISO `YYYY-MM-DD`, or an error message for any other length or an
 * impossible calendar date.
 */
export function parseDictionaryDate(s: string): { iso: string } | { error: string } {
  if (!/^\d+$/.test(s)) return { error: `date "${s}" is not all digits` };
  let y: number;
  let rest: string;
  if (s.length === 6) {
    const yy = Number(s.slice(0, 2));
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.slice(2);
  } else if (s.length === 8) {
    y = Number(s.slice(0, 4));
    rest = s.slice(4);
  } else {
    return { error: `date "${s}" has ${s.length} digits; expected YYMMDD or YYYYMMDD` };
  }
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return { error: `date "${s}" is not a calendar date` };
  return { iso: `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}` };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Normalises `YYYY-MM-DD` or `YYYYMMDD` to ISO; throws a RangeError for anything else. */
export function toIsoDate(date: string): string {
  const compact = date.trim().replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1$2$3');
  if (!/^\d{8}$/.test(compact)) throw new RangeError(`not a date (YYYY-MM-DD or YYYYMMDD): "${date}"`);
  const r = parseDictionaryDate(compact);
  if ('error' in r) throw new RangeError(r.error);
  return r.iso;
}

/** A `[...]` group found on a line. */
export interface Bracketed {
  /** Text inside the brackets, trimmed. */
  inner: string;
  start: number;
  end: number;
  /** The group was closed by `}` instead of `]` (a typo seen in real files). */
  closedByBrace: boolean;
}

/** Finds the `[...]` groups on a line; `unclosed` is the index of a `[` that has no closing `]`. */
export function findBrackets(s: string): { groups: Bracketed[]; unclosed?: number } {
  const groups: Bracketed[] = [];
  let i = 0;
  for (;;) {
    const open = s.indexOf('[', i);
    if (open < 0) return { groups };
    const close = s.indexOf(']', open + 1);
    const nextOpen = s.indexOf('[', open + 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      // Accept `[~ENV}`: a brace typed for the closing bracket, at the end of the line.
      const brace = s.indexOf('}', open + 1);
      if (brace >= 0 && (nextOpen < 0 || brace < nextOpen) && s.slice(brace + 1).trim() === '') {
        groups.push({ inner: s.slice(open + 1, brace).trim(), start: open, end: brace + 1, closedByBrace: true });
        i = brace + 1;
        continue;
      }
      return { groups, unclosed: open };
    }
    groups.push({ inner: s.slice(open + 1, close).trim(), start: open, end: close + 1, closedByBrace: false });
    i = close + 1;
  }
}
