import type { Span } from '../document/document.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { cueLexicon } from '../attribute/lexicon.js';
import { quotations } from '../attribute/rules/quotations.js';

// The clauses of a sentence as the event-date rules read them, taken from the parse (SyntaxLayer.clauseHead)
// rather than cut at words: each piece is a run of the sentence's text whose tokens belong to one clause,
// with the clause it hangs on and whether it lies inside quotation marks (the attribution stage's quotations:
// a speaker's dates are the speaker's, not a sign about the saying).

export interface ClausePiece extends Span {
  /** The token heading the piece's clause. */
  clause: number;
  /** Inside quoted speech. */
  quoted: boolean;
}

export interface SentenceClauses {
  pieces: ClausePiece[];
  /** The clause (its head token) that holds the character at `at`. */
  clauseAt(at: number): number;
  /** The clause a clause hangs on, -1 for the main clause. */
  governing(clause: number): number;
  /** For a relative clause (or other clause modifying a noun), the clause of that noun; else -1. */
  relativeTo(clause: number): number;
  /** True when `clause` is the content of `speaker`'s clause: a clausal complement or parataxis of it, at any depth. */
  contentOf(clause: number, speaker: number): boolean;
  /**
   * The clause that reports `clause`, or -1: the clause it is the complement of ("on Wednesday she said the
   * government was planning …"), or an inverted frame that hangs on it, headed by a reporting verb ("… wants
   * to meet, Kyodo reported on Wednesday").
   */
  reportOf(clause: number): number;
}

/** Relations of a clause that is what its governor says or thinks. */
const CONTENT = new Set(['ccomp', 'parataxis', 'csubj']);

/** How an inverted reporting frame ("…, Kyodo reported") hangs on what it reports. */
const FRAME = new Set(['parataxis', 'conj']);

/** A verb that reports speech (the attribution cues: say, tell, report, announce …). */
function isReportingVerb(word: string): boolean {
  return (cueLexicon(false).get(word.toUpperCase()) ?? []).some((c) => c.words.length === 1 && !c.evidential && !c.needsQuotation);
}

export function sentenceClauses(layer: SyntaxLayer, text: string, sentence: Span): SentenceClauses {
  const { first, count } = layer.sentence(sentence);
  const quotes = quotations(text, sentence);
  const isQuoted = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const pieces: ClausePiece[] = [];
  for (let t = first; t < first + count; t++) {
    const clause = layer.clauseHead(t);
    const { start } = layer.token(t);
    const quoted = isQuoted(start);
    const last = pieces[pieces.length - 1];
    if (last && last.clause === clause && last.quoted === quoted) continue;
    if (last) last.end = start;
    pieces.push({ start: last ? start : sentence.start, end: sentence.end, clause, quoted });
  }
  const clauseAt = (at: number): number => (pieces.find((p) => p.start <= at && at < p.end) ?? pieces[pieces.length - 1])?.clause ?? -1;
  const governing = (clause: number): number => (clause < 0 ? -1 : layer.governingClause(clause));
  const contentOf = (clause: number, speaker: number): boolean => {
    for (let c = clause; c >= 0 && c !== speaker; c = governing(c)) if (!CONTENT.has(layer.relation(c).split(':')[0]!)) return false;
    return clause >= 0 && clause !== speaker;
  };
  const relativeTo = (clause: number): number => (clause >= 0 && layer.relation(clause).startsWith('acl') ? governing(clause) : -1);
  const reportOf = (clause: number): number => {
    if (clause < 0) return -1;
    if (CONTENT.has(layer.relation(clause).split(':')[0]!)) return governing(clause);
    const frames = layer.children(clause).filter((c) => c > clause && FRAME.has(layer.relation(c)) && layer.clauseHead(c) === c && isReportingVerb(layer.word(c)));
    return frames[0] ?? -1;
  };
  return { pieces, clauseAt, governing, relativeTo, contentOf, reportOf };
}
