import type { SentenceAnalysis } from './model.js';
import { readNumberedDataRows } from '../data/files.js';

// What the parser repairs (repair.ts, frame-repairs.ts) share: reading and rewriting heads on a sentence's
// analysis, and the word lists of data/syntax/.

export const CLOSING_QUOTES = new Set(['"', '”', "''", '’']);

export const SUBJECT = /^nsubj/;

/** XPOS tags of a finite verb (past, present). */
export const FINITE_VERB_XPOS = new Set(['VBD', 'VBZ', 'VBP']);
/** XPOS tags of a finite verb or a modal: the word that makes a clause finite. */
export const FINITE_XPOS = new Set([...FINITE_VERB_XPOS, 'MD']);
/** The nouns of a noun phrase, and the words that may open one before its noun ("the", "major", "two"). */
export const NOMINAL_UPOS = new Set(['NOUN', 'PROPN']);
export const NOMINAL_OPENING_UPOS = new Set(['DET', 'ADJ', 'NUM']);
/** A possessive mark ('s, ’s, a bare apostrophe). */
export const POSSESSIVE_MARK = /^['\u2019]s?$/;

const wordLists = new Map<string, Set<string>>();

/** A list of words (verb forms, prepositions), one lower-case word per line of data/syntax/<file>; a bad row stops with file and line. */
export function wordList(file: string): Set<string> {
  let forms = wordLists.get(file);
  if (!forms) {
    forms = new Set(
      readNumberedDataRows(`syntax/${file}`).map(({ cells, line }) => {
        const form = cells[0] ?? '';
        if (!/^[a-z]+$/.test(form) || cells.length > 1) throw new Error(`data/syntax/${file}:${line}: expected one lower-case word, found "${cells.join('\t')}"`);
        return form;
      }),
    );
    wordLists.set(file, forms);
  }
  return forms;
}

/** Prepositions that also open a clause ("after the vote" / "after the court ruled"; data/syntax/clause-opening-prepositions.tsv). */
export const clauseOpeningPrepositions = () => wordList('clause-opening-prepositions.tsv');

/** Reporting verbs of frames after what is said, inverted or not (data/syntax/reporting-verbs.tsv). */
export const reportingVerbs = () => wordList('reporting-verbs.tsv');

/** Reporting verbs whose object is the listener ("told Suzuki that …", "…, he told MPs"): data/syntax/listener-frame-verbs.tsv. */
export const listenerFrameVerbs = () => wordList('listener-frame-verbs.tsv');

/** The 0-based head of word `i`, -1 for the root. */
export const headOf = (a: SentenceAnalysis, i: number) => a.heads[i]! - 1;

/** Hangs word `i` on `head` (-1 for the root) with relation `rel`. */
export function setHead(a: SentenceAnalysis, i: number, head: number, rel: string): void {
  a.heads[i] = head + 1;
  a.deprels[i] = rel;
}

/** The dependents of word `i`, in order (a loop: the repairs ask this inside their scans of every word). */
export function childrenOf(a: SentenceAnalysis, i: number): number[] {
  const children: number[] = [];
  for (let k = 0; k < a.heads.length; k++) if (a.heads[k]! - 1 === i) children.push(k);
  return children;
}

/**
 * The last word of word `i`'s subtree. (A repair earlier in the chain may have left a cycle, which repairParse
 * undoes at the end; the walk visits each word once so that it ends all the same.)
 */
export function subtreeEnd(a: SentenceAnalysis, i: number): number {
  let end = i;
  const seen = new Set<number>([i]);
  const stack = [i];
  while (stack.length > 0) {
    for (const c of childrenOf(a, stack.pop()!)) {
      if (seen.has(c)) continue;
      seen.add(c);
      end = Math.max(end, c);
      stack.push(c);
    }
  }
  return end;
}

/** The nearest verb (or auxiliary) at or above word `i`; -1 when none. */
export function verbAbove(a: SentenceAnalysis, i: number): number {
  let verb = i;
  // (Bounded: a repair earlier in the chain may have left a cycle, which repairParse undoes.)
  for (let steps = 0; verb >= 0 && a.upos[verb] !== 'VERB' && a.upos[verb] !== 'AUX'; steps++) verb = steps > a.heads.length ? -1 : headOf(a, verb);
  return verb;
}

/** The first word of the unbroken run of words before `head` that all lie below it (head itself when none). */
export function phraseStart(a: SentenceAnalysis, head: number): number {
  let first = head;
  while (first > 0 && dominates(a, head, first - 1)) first--;
  return first;
}

/** Whether word `ancestor` is word `t` or lies above it. */
export function dominates(a: SentenceAnalysis, ancestor: number, t: number): boolean {
  for (let x = t, steps = 0; x >= 0 && steps <= a.heads.length; x = headOf(a, x), steps++) if (x === ancestor) return true;
  return false;
}

/** Whether word `t` has the infinitive marker "to" among its children (after word `after`, when given). */
export const hasToMark = (forms: readonly string[], a: SentenceAnalysis, t: number, after = -1): boolean =>
  childrenOf(a, t).some((c) => a.deprels[c] === 'mark' && forms[c]!.toLowerCase() === 'to' && c > after);

/** The agent phrase ("by …" oblique) among `children`, after word `after`; undefined when there is none. */
export const agentPhrase = (forms: readonly string[], a: SentenceAnalysis, children: readonly number[], after: number): number | undefined =>
  children.find((c) => c > after && a.deprels[c] === 'obl' && childrenOf(a, c).some((k) => a.deprels[k] === 'case' && forms[k]!.toLowerCase() === 'by'));
