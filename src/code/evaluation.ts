import type { SyntaxLayer } from '../syntax/layer.js';
import { readNumberedDataRows, type DataRow } from '../data/files.js';

// A plain statement whose content judges its target is praise or criticism, not a neutral comment: "Blair said
// Jackson was a decent, fair-minded public servant" (051), "Fox said the Tory leader was wrong" (111). The words
// that judge are data (data/lexicon/evaluative-words.tsv); only a copular predicate about the content's subject is
// read, with the words that modify it and its conjuncts ("decent, fair-minded and dedicated").

export type Judgement = 'praise' | 'criticism';
const JUDGEMENTS: readonly Judgement[] = ['praise', 'criticism'];

/** CAMEO codes of a judgement: praise or endorse (051), criticize or denounce (111). */
export const JUDGEMENT_CODES: Record<Judgement, string> = { praise: '051', criticism: '111' };

/** Evaluative word rows (word, judgement): a bad row stops with file and line. */
export function parseEvaluativeRows(rows: DataRow[], file: string): Map<string, Judgement> {
  const out = new Map<string, Judgement>();
  for (const { cells, line } of rows) {
    const [word, judgement] = cells;
    if (!word || !/^[a-z][a-z-]*$/.test(word)) throw new Error(`${file}:${line}: the word must be lower-case letters, got "${word ?? ''}"`);
    if (!JUDGEMENTS.includes(judgement as Judgement)) throw new Error(`${file}:${line}: unknown judgement "${judgement ?? ''}" (one of ${JUDGEMENTS.join(', ')})`);
    out.set(word, judgement as Judgement);
  }
  return out;
}

let evaluative: Map<string, Judgement> | null = null;
const evaluativeWords = () => (evaluative ??= parseEvaluativeRows(readNumberedDataRows('lexicon/evaluative-words.tsv'), 'data/lexicon/evaluative-words.tsv'));

/** Whether a word (any case) judges: the coder parses a plain "A said B …" only when one follows. */
export const isEvaluativeWord = (word: string): boolean => evaluativeWords().has(word.toLowerCase());

/**
 * The judgement a content clause passes on its subject, with the word that passes it: its head is a predicate with a
 * copula ("was wrong", "is a decent man"), not negated (`isNegation`: the negation words of data/lexicon/modality.tsv),
 * whose words that judge agree. Null otherwise.
 */
export function judgementOf(layer: SyntaxLayer, content: number, isNegation: (token: number) => boolean): { judgement: Judgement; word: string } | null {
  if (layer.childrenBy(content, 'cop').length === 0) return null;
  // ("would be able to stop", "had been responsible for huge waste": a predicate with a complement of its own says
  // what someone can do or did, it does not judge them.)
  if (layer.childrenBy(content, 'xcomp', 'ccomp', 'obl', 'advcl').length > 0) return null;
  if (layer.children(content).some((c) => isNegation(c) && ['advmod', 'det', 'aux'].includes(layer.relation(c)))) return null;
  const predicates = layer.conjuncts(content);
  const words = predicates.flatMap((p) => [p, ...layer.childrenBy(p, 'amod').flatMap((a) => layer.conjuncts(a))]);
  const found = words.flatMap((t) => {
    const judgement = evaluativeWords().get(layer.word(t).toLowerCase());
    return judgement ? [{ judgement, word: layer.word(t) }] : [];
  });
  if (found.length === 0 || found.some((f) => f.judgement !== found[0]!.judgement)) return null;
  return found[0]!;
}
