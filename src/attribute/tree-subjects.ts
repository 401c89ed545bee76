import type { Span } from '../document/document.js';
import type { Word } from '../code/words.js';
import type { SyntaxLayer } from '../syntax/layer.js';

// Subjects read on the dependency tree, for the frames whose subject the word rules cannot find: a verb
// coordinated with an earlier one ("Gov. Rick Scott (R) blasted Congress and said ...") shares that verb's
// subject, which the parse gives across parentheses, asides and objects that stop the word rules.

/** The tree's token that starts where the word starts, parsing the sentence on first use; undefined when none does. */
export function tokenStartingAt(layer: SyntaxLayer, sentence: Span, word: Word): number | undefined {
  return layer.tokensWithin(sentence, word).find((t) => layer.tokenStart(t) === word.start);
}

/** A subject as words of the sentence (end exclusive) and, when it closes an appositive, the end of that comma. */
export interface TreeSubject {
  start: number;
  end: number;
  sourceEnd: number | null;
}

/** Finds the subject of the verb at word `i` of the sentence on its parse (the sentence is parsed on first use). */
export type SubjectFinder = (i: number) => TreeSubject | null;

export function treeSubjectFinder(layer: SyntaxLayer | null, text: string, sentence: Span, words: Word[]): SubjectFinder | undefined {
  if (!layer) return undefined;
  return (i) => {
    const word = words[i]!;
    const { first, count } = layer.sentence(sentence);
    let verb = -1;
    for (let t = first; t < first + count && verb < 0; t++) if (layer.tokenStart(t) < word.end && word.start < layer.tokenEnd(t)) verb = t;
    if (verb < 0) return null;
    const subject = layer.subjects(verb)[0];
    if (subject === undefined) return null;
    const span = layer.phrase(subject);
    if (span.end > word.start) return null;
    const start = words.findIndex((w) => w.start >= span.start);
    let end = start;
    while (end >= 0 && end < words.length && words[end]!.end <= span.end) end++;
    if (start < 0 || end <= start) return null;
    // "Jane Doe, a lawyer, filed ... and said": an appositive's closing comma belongs to the source.
    const comma = /^\s*,/.exec(text.slice(span.end, span.end + 3));
    const appositive = comma !== null && text.slice(span.start, span.end).includes(',');
    return { start, end, sourceEnd: appositive ? span.end + comma[0].length : null };
  };
}
