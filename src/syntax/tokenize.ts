import type { Span } from '../document/document.js';
import { readNumberedDataRows } from '../data/files.js';

// Words as Universal Dependencies' English treebanks cut them, each a span of the text: punctuation
// apart, clitics off ("do" + "n't", "Japan" + "'s"), hyphens between word parts apart ("long - term"),
// abbreviations, initials, numbers, URLs and e-mail addresses whole. Linear in the text: every
// character is looked at a bounded number of times.

interface TokenizerRules {
  clitics: string[]; // lower-case, with ' as the apostrophe
  splits: Map<string, number[]>; // lower-case word → lengths of its parts
  abbreviations: Set<string>; // lower-case, with the final period
  prefixes: Set<string>; // lower-case, without the hyphen
}

let rules: TokenizerRules | null = null;

function loadRules(): TokenizerRules {
  if (rules) return rules;
  const clitics: string[] = [];
  const splits = new Map<string, number[]>();
  const prefixes = new Set<string>();
  for (const { cells, line } of readNumberedDataRows('syntax/tokenizer.tsv')) {
    const [kind, form, split] = cells;
    const where = `data/syntax/tokenizer.tsv:${line}`;
    if (kind === 'clitic' && form) clitics.push(form.toLowerCase().replace(/’/g, "'"));
    else if (kind === 'prefix' && form) prefixes.add(form.toLowerCase());
    else if (kind === 'split' && form && split) {
      const parts = split.split(' ');
      if (parts.join('').toLowerCase() !== form.toLowerCase()) throw new Error(`${where}: the parts of "${split}" do not spell "${form}"`);
      splits.set(form.toLowerCase(), parts.map((p) => p.length));
    } else throw new Error(`${where}: expected "clitic<TAB>form", "prefix<TAB>form" or "split<TAB>form<TAB>parts", found "${cells.join(' ')}"`);
  }
  clitics.sort((a, b) => b.length - a.length);
  const abbreviations = new Set(readNumberedDataRows('lexicon/abbreviations.tsv').map((r) => r.cells[0]!.toLowerCase()));
  rules = { clitics, splits, abbreviations, prefixes };
  return rules;
}

const SPACE = /\s/;
const OPENING = new Set(['"', "'", '“', '‘', '«', '(', '[', '{', '<', '„', '¿', '¡', '`']);
const CLOSING = new Set(['"', "'", '”', '’', '»', ')', ']', '}', '>', ',', ';', ':', '!', '?', '%', '…']);
const CURRENCY = new Set(['$', '£', '€', '¥', '₹', '#', '@']);
const WORDISH = /[\p{L}\p{N}]/u;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const INITIALS = /^(?:\p{L}\.){1,}\p{L}?\.?$/u;
const NUMBERISH = /^[+-]?\d[\d,.:/]*\d$|^\d{3}-\d{3,4}(?:-\d{4})?$|^\d+-\p{L}{3}-\d+$/u;
const APOSTROPHES = /[’]/g;
/** Emoticons, one word each as EWT has them (":)", ":-(", ";P", "<3"). */
const EMOTICON = /^(?:[:;=8][-o'^]?[()[\]DPpOo3/\\|*]{1,3}|<3+|\^\^|\^_\^)$/;
// Far past any real word: a chunk this long (a line with no spaces) is cut into pieces of this size,
// so that no rule below sees more than a bounded string.
const MAX_CHUNK = 200;

/** Token spans of text[start, end). */
export function tokenizeSpan(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let i = start;
  while (i < end) {
    while (i < end && SPACE.test(text[i]!)) i++;
    let j = i;
    while (j < end && !SPACE.test(text[j]!) && j - i < MAX_CHUNK) j++;
    if (j > i) chunk(text, i, j, out);
    i = j;
  }
  return out;
}

function chunk(text: string, start: number, end: number, out: Span[]): void {
  const { abbreviations } = loadRules();
  if (EMOTICON.test(text.slice(start, end))) {
    out.push({ start, end });
    return;
  }
  const tail: Span[] = [];
  // Leading punctuation and currency signs.
  while (start < end) {
    const ch = text[start]!;
    if (OPENING.has(ch) || (CURRENCY.has(ch) && end - start > 1 && /\d/.test(text[start + 1]!))) {
      out.push({ start, end: start + 1 });
      start++;
    } else if ((ch === '-' || ch === '.') && text[start + 1] === ch) {
      // "--" and "...Now": a run of dashes or dots opening the chunk is a word of its own.
      let k = start;
      while (k < end && text[k] === ch) k++;
      out.push({ start, end: k });
      start = k;
    } else if (ch === '-' && end - start > 1 && WORDISH.test(text[start + 1]!)) {
      // "-Page 71", "1:30 -2:30": a hyphen opening a word is a dash of its own, as EWT has it.
      out.push({ start, end: start + 1 });
      start++;
    } else break;
  }
  if (start < end && URL_LIKE.test(text.slice(start, end).replace(/[.,;:!?)"'”’]+$/, ''))) {
    const core = text.slice(start, end).replace(/[.,;:!?)"'”’]+$/, '');
    out.push({ start, end: start + core.length });
    start += core.length;
    if (start < end) chunk(text, start, end, out);
    return;
  }
  // Trailing punctuation, kept in order.
  while (end > start) {
    const ch = text[end - 1]!;
    if (ch === '.') {
      let k = end;
      while (k > start && text[k - 1] === '.') k--;
      if (end - k === 2 && abbreviations.has(text.slice(start, end - 1).toLowerCase())) {
        // "Inc.." at a sentence's end: the abbreviation keeps its period, the other ends the sentence.
        tail.unshift({ start: end - 1, end });
        end--;
        break;
      }
      if (end - k >= 2) {
        tail.unshift({ start: k, end });
        end = k;
        continue;
      }
      const word = text.slice(start, end).toLowerCase();
      if (end - start > 1 && (abbreviations.has(word) || INITIALS.test(word))) break;
      tail.unshift({ start: end - 1, end });
      end--;
    } else if ((ch === '!' || ch === '?') && end - start >= 2 && /[!?.]/.test(text[end - 2]!)) {
      // "!!!", "?!", ".?": one word, as the treebanks write them.
      let k = end;
      while (k > start && /[!?.]/.test(text[k - 1]!)) k--;
      // "...?" is an ellipsis and a question mark; "?!" and ".?" stay one word.
      const dots = /^\.{2,}/.exec(text.slice(k, end))?.[0].length ?? 0;
      if (dots > 0 && k + dots < end) tail.unshift({ start: k, end: k + dots }, { start: k + dots, end });
      else tail.unshift({ start: k, end });
      end = k;
    } else if ((ch === '-' || ch === '(') && end - start >= 3 && /\p{L}/u.test(text[end - 2]!) && !loadRules().prefixes.has(text.slice(start, end - 1).toLowerCase())) {
      // "Great service- high class", "Road( Bus Stops)": a dash or bracket left on the word before a space.
      tail.unshift({ start: end - 1, end });
      end--;
    } else if (CLOSING.has(ch)) {
      // A closing apostrophe after an s is the possessive ("parents'"), a word of its own all the same.
      tail.unshift({ start: end - 1, end });
      end--;
    } else break;
  }
  if (end > start) word(text, start, end, out);
  out.push(...tail);
}

function word(text: string, start: number, end: number, out: Span[]): void {
  const { clitics, splits } = loadRules();
  const value = text.slice(start, end);
  const lower = value.toLowerCase().replace(APOSTROPHES, "'");
  const parts = splits.get(lower);
  if (parts) {
    let at = start;
    for (const length of parts) {
      out.push({ start: at, end: at + length });
      at += length;
    }
    return;
  }
  for (const clitic of clitics) {
    if (lower.length > clitic.length && lower.endsWith(clitic) && WORDISH.test(lower[lower.length - clitic.length - 1]!)) {
      inner(text, start, end - clitic.length, out);
      out.push({ start: end - clitic.length, end });
      return;
    }
  }
  inner(text, start, end, out);
}

/** A word's inside: hyphens and dashes between word parts, ellipses and commas between words, split. */
function inner(text: string, start: number, end: number, out: Span[]): void {
  const { prefixes } = loadRules();
  const value = text.slice(start, end);
  if (NUMBERISH.test(value) || URL_LIKE.test(value)) {
    out.push({ start, end });
    return;
  }
  let from = start;
  for (let k = start + 1; k < end - 1; k++) {
    const ch = text[k]!;
    const before = text[k - 1]!;
    const after = text[k + 1]!;
    const splitHere =
      (ch === '-' && (WORDISH.test(before) || before === '.') && WORDISH.test(after) && !prefixes.has(text.slice(from, k).toLowerCase())) ||
      (ch === '/' && /\p{L}/u.test(before) && /\p{L}/u.test(after)) ||
      ((ch === '—' || ch === '–') && WORDISH.test(after));
    if (ch === '.' && text[k + 1] === '.' && k > from) {
      // An ellipsis between words ("past...and"): the words either side and the dots, three words.
      let r = k;
      while (r < end && text[r] === '.') r++;
      if (r < end && WORDISH.test(text[r]!)) {
        out.push({ start: from, end: k }, { start: k, end: r });
        from = r;
        k = r - 1;
        continue;
      }
    }
    if (splitHere) {
      if (k > from) out.push({ start: from, end: k });
      out.push({ start: k, end: k + 1 });
      from = k + 1;
    } else if ((ch === '(' && /[\p{L}\p{N})]/u.test(before) && /\p{Lu}/u.test(after)) || (ch === ')' && after === '(')) {
      // "body(African", "file.pdf)(See": brackets without the space before them.
      if (k > from) out.push({ start: from, end: k });
      out.push({ start: k, end: k + 1 });
      from = k + 1;
    } else if ((ch === ',' || ch === ';') && /\p{L}/u.test(before) && /\p{L}/u.test(after)) {
      out.push({ start: from, end: k });
      out.push({ start: k, end: k + 1 });
      from = k + 1;
    }
  }
  if (end > from) out.push({ start: from, end });
}
