import type { Word } from './words.js';
import { reportingVerbs } from '../syntax/repair-tree.js';

// Who speaks in a sentence, for the "he" of the next one: "Mr Blair said Mr Jackson was a decent man. '…,' he added."
// is Mr Blair adding, not Mr Jackson. And what is quoted: a person named inside a quotation is not whom a "he" outside
// it stands for.

/** For each word of a sentence, whether it stands inside a quotation opened in the sentence: made once per sentence. */
const quotedWords = new WeakMap<readonly Word[], Uint8Array>();

/** Whether word `at` stands inside a quotation opened in its sentence: an odd number of quotation marks before it. */
export function insideQuotation(words: readonly Word[], at: number): boolean {
  let quoted = quotedWords.get(words);
  if (!quoted) {
    quoted = new Uint8Array(words.length);
    let open = false;
    for (let k = 0; k < words.length; k++) {
      for (const ch of words[k]!.punctBefore) {
        if (ch === '"') open = !open;
        else if (ch === '\u201c') open = true;
        else if (ch === '\u201d') open = false;
      }
      quoted[k] = open ? 1 : 0;
    }
    quotedWords.set(words, quoted);
  }
  return quoted[Math.min(at, words.length - 1)] === 1;
}

/** A reporting verb form ("said", "added", "told": data/syntax/reporting-verbs.tsv). */
export const isReportingWord = (word: Word | undefined): boolean => word !== undefined && reportingVerbs().has(word.raw.toLowerCase());

/** Whether the words [start, end) stand right before a reporting verb ("Mr Blair said", "he has said") or right after one ("said Mr Blair"). */
export function besideReportingVerb(words: readonly Word[], start: number, end: number): boolean {
  const next = words[end];
  const auxiliary = next !== undefined && ['HAS', 'HAD', 'HAVE'].includes(next.key) ? words[end + 1] : undefined;
  return isReportingWord(next) || isReportingWord(auxiliary) || (start > 0 && words[start]!.punctBefore === '' && isReportingWord(words[start - 1]));
}
