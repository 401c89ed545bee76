import { readNumberedDataRows, type DataRow } from '../data/files.js';

// The data the back matter is read with (src/article/back-matter.ts): the cues of lines that name an outlet
// (back-matter-cues.tsv), the words of company names and of non-names (back-matter-words.tsv), masthead words,
// web domains' endings and the marks of a line dating the story, each read by a typed loader that stops at a
// bad row with its file and line; and the pattern of an outlet's name.

const CUES_FILE = 'lexicon/back-matter-cues.tsv';
const WORDS_FILE = 'lexicon/back-matter-words.tsv';
const MASTHEADS_FILE = 'lexicon/masthead-words.tsv';
const ENDINGS_FILE = 'lexicon/web-domain-endings.tsv';

/** One word of an outlet's name: capitalised or a number (any script), or a lower-case domain or word with a digit. */
const WORD = String.raw`(?:[\p{Lu}\p{Lt}\p{Lo}\p{N}][\p{L}\p{M}\p{N}.&'’+-]*|\p{Ll}[\p{L}\p{N}-]*(?:\d[\p{L}\p{N}-]*|\.[a-z]{2,}(?:\.[a-z]{2})?))`;
const JOIN = String.raw`(?:of|the|and|&|de|du|des|la|le|di|del|da|do|dos|for|y|e)`;
/** Between words; never after a sentence's full stop ("LLC. IGN®"), though after an initial ("A. Smith"). */
const SEP = String.raw`(?<!\p{L}{2}\.)[ \t]+`;
/** A name: up to six words, small joining words between them ("The Wall Street Journal", "Dow Jones & Company"). */
const NAME = String.raw`${WORD}(?:${SEP}(?:${JOIN}[ \t]+)*${WORD}){0,5}`;
export const NAME_LINE = new RegExp(`^${NAME}$`, 'u');
/** A cue's name: the shortest that lets the line match, so that a cue's own words after it stay the cue's ("Subscribe to X Magazine"). */
const SHORTEST_NAME = String.raw`${WORD}(?:${SEP}(?:${JOIN}[ \t]+)*${WORD}){0,5}?`;
export const NAME_AT_START = new RegExp(`^${NAME}`, 'u');

export type Reading = 'publisher' | 'origin';
/** A cue's reading: `credit` is the publisher's own staff ("Harbour Daily Staff"), or the origin when it names a news agency ("Reuters Staff"). */
export type CueReading = Reading | 'credit';
export interface Cue {
  re: RegExp;
  reading: CueReading;
  weight: number;
}
export interface Words {
  legal: Set<string>;
  company: Set<string>;
  notName: Set<string>;
}

let cues: Cue[] | null = null;
let words: Words | null = null;
let mastheads: Set<string> | null = null;
let endings: RegExp | null = null;

/** The pattern of a web domain's ending at the end of a name (".com", ".co.uk") from rows of web-domain-endings.tsv; a bad row throws naming `file` and its line. */
export function parseEndingRows(rows: DataRow[], file: string = ENDINGS_FILE): RegExp {
  const list: string[] = [];
  for (const { cells, line } of rows) {
    const ending = cells[0] ?? '';
    if (!/^[a-z]{2,6}(?:\.[a-z]{2,3})?$/.test(ending)) throw new Error(`${file}:${line}: an ending is lower-case letters without the first dot, not "${ending}"`);
    list.push(ending.replace('.', '\\.'));
  }
  return new RegExp(`\\.(?:${list.sort((a, b) => b.length - a.length).join('|')})$`);
}

export function domainEnding(): RegExp {
  endings ??= parseEndingRows(readNumberedDataRows(ENDINGS_FILE));
  return endings;
}

export function loadMastheads(): Set<string> {
  if (!mastheads) {
    mastheads = new Set();
    for (const { cells, line } of readNumberedDataRows(MASTHEADS_FILE)) {
      const word = cells[0] ?? '';
      if (!/^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(word)) throw new Error(`${MASTHEADS_FILE}:${line}: a masthead word is capitalised, not "${word}"`);
      mastheads.add(word.split(' ').pop()!);
    }
  }
  return mastheads;
}

/** The cues of rows of back-matter-cues.tsv; a bad row throws an error naming `file` and its line. */
export function parseCueRows(rows: DataRow[], file: string = CUES_FILE): Cue[] {
  return rows.map(({ cells, line }) => {
    const [pattern = '', reading = '', weightText = ''] = cells;
    const where = `${file}:${line}`;
    if (pattern.split('{name}').length !== 2) throw new Error(`${where}: the pattern needs {name} exactly once`);
    if (reading !== 'publisher' && reading !== 'origin' && reading !== 'credit') throw new Error(`${where}: reading is publisher, origin or credit, not "${reading}"`);
    const weight = Number(weightText);
    if (!(weight > 0)) throw new Error(`${where}: weight is a positive number, not "${weightText}"`);
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${pattern.replace('{name}', `(?<name>${SHORTEST_NAME})`)})[.!]?$`, 'u');
    } catch (e) {
      throw new Error(`${where}: ${(e as Error).message}`);
    }
    return { re, reading, weight };
  });
}

export function loadCues(): Cue[] {
  cues ??= parseCueRows(readNumberedDataRows(CUES_FILE));
  return cues;
}

export function loadWords(): Words {
  if (!words) {
    const loaded: Words = { legal: new Set(), company: new Set(), notName: new Set() };
    for (const { cells, line } of readNumberedDataRows(WORDS_FILE)) {
      const [word = '', kind = ''] = cells;
      if (!/\p{L}/u.test(word)) throw new Error(`${WORDS_FILE}:${line}: a word needs a letter`);
      if (kind === 'legal') loaded.legal.add(bare(word));
      else if (kind === 'company') loaded.company.add(bare(word));
      else if (kind === 'not-name') loaded.notName.add(word.toLowerCase());
      else throw new Error(`${WORDS_FILE}:${line}: kind is legal, company or not-name, not "${kind}"`);
    }
    words = loaded;
  }
  return words;
}

const MARKS_FILE = 'lexicon/published-marks.tsv';
let publishedLine: RegExp | null = null;

/** The opening of a line dating the story ("First Published: …", "기사입력 :[ …") from rows of published-marks.tsv; a bad row throws naming `file` and its line. */
export function parseMarkRows(rows: DataRow[], file: string = MARKS_FILE): RegExp {
  const marks: string[] = [];
  for (const { cells, line } of rows) {
    const mark = cells[0] ?? '';
    if (!/^\p{L}+(?: \p{L}+)*$/u.test(mark)) throw new Error(`${file}:${line}: a mark is words of letters with single spaces, not "${mark}"`);
    marks.push(mark.replace(/ /g, '\\s+'));
  }
  marks.sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:${marks.join('|')})(?!\\p{L})(?:\\s+(?:on|at))?\\s*:?\\s*\\[?\\s*`, 'iu');
}

/** A line after the body that dates the story ("First Published: Tuesday, November 19, 2019 08:38 AM"). */
export function publishedLineMark(): RegExp {
  publishedLine ??= parseMarkRows(readNumberedDataRows(MARKS_FILE));
  return publishedLine;
}

/** A word without its closing full stop or comma ("Inc." -> "Inc"). */
export const bare = (word: string) => word.replace(/[.,]+$/, '');

