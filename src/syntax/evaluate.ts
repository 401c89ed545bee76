import type { Span } from '../document/document.js';
import type { ConlluSentence } from './conllu.js';

// Scoring as the CoNLL 2018 shared task does: system words aligned to gold words by character range in
// the sentence's text, then F1 of words, UPOS, UAS and LAS (universal relation, before ':'), and per
// relation. A gold multiword token whose words do not spell it leaves its later words unaligned.

export interface SystemSentence {
  words: Span[]; // offsets into the sentence's `# text`
  upos: string[];
  heads: number[]; // 0 root, 1-based
  deprels: string[];
}

export interface Counts {
  gold: number;
  system: number;
  correct: number;
}

export interface Scores {
  words: Counts;
  upos: Counts;
  uas: Counts;
  las: Counts;
  relations: Map<string, Counts>;
}

/** Relations reported one by one; other subtypes count as their universal relation. */
export const REPORTED_RELATIONS = ['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'ccomp', 'xcomp', 'conj', 'advcl', 'acl:relcl', 'appos'];
const REPORTED = new Set(REPORTED_RELATIONS);

const counts = (): Counts => ({ gold: 0, system: 0, correct: 0 });

export function emptyScores(): Scores {
  return { words: counts(), upos: counts(), uas: counts(), las: counts(), relations: new Map(REPORTED_RELATIONS.map((r) => [r, counts()])) };
}

export function universal(deprel: string): string {
  return deprel.split(':')[0]!;
}

function reportedAs(deprel: string): string {
  return REPORTED.has(deprel) ? deprel : universal(deprel);
}

/** Character ranges of the gold words in the sentence's text. */
export function goldWordSpans(sentence: ConlluSentence, text: string): (Span | null)[] {
  const spans: (Span | null)[] = new Array(sentence.words.length).fill(null);
  const multiword = new Map(sentence.multiwords.map((m) => [m.first, m]));
  let cursor = 0;
  const locate = (form: string): Span | null => {
    while (cursor < text.length && /\s/.test(text[cursor]!)) cursor++;
    if (text.startsWith(form, cursor)) {
      const span = { start: cursor, end: cursor + form.length };
      cursor = span.end;
      return span;
    }
    const at = text.indexOf(form, cursor);
    if (at < 0) return null;
    cursor = at + form.length;
    return { start: at, end: cursor };
  };
  for (let w = 1; w <= sentence.words.length; w++) {
    const mwt = multiword.get(w);
    if (mwt) {
      const span = locate(mwt.form);
      const forms = sentence.words.slice(mwt.first - 1, mwt.last).map((x) => x.form);
      if (span && forms.join('') === mwt.form) {
        let at = span.start;
        forms.forEach((f, k) => {
          spans[mwt.first - 1 + k] = { start: at, end: at + f.length };
          at += f.length;
        });
      } else if (span) spans[mwt.first - 1] = span;
      w = mwt.last;
      continue;
    }
    spans[w - 1] = locate(sentence.words[w - 1]!.form);
  }
  return spans;
}

function add(total: Counts, gold: number, system: number, correct: number): void {
  total.gold += gold;
  total.system += system;
  total.correct += correct;
}

export function scoreSentence(gold: ConlluSentence, text: string, system: SystemSentence, scores: Scores): void {
  const goldSpans = goldWordSpans(gold, text);
  const systemIndex = new Map(system.words.map((s, i) => [`${s.start}:${s.end}`, i]));
  // aligned[g] = system word index for gold word g, or -1
  const aligned = goldSpans.map((s) => (s ? systemIndex.get(`${s.start}:${s.end}`) ?? -1 : -1));
  const goldOfSystem = new Map<number, number>();
  aligned.forEach((s, g) => s >= 0 && goldOfSystem.set(s, g));
  const n = gold.words.length;
  add(scores.words, n, system.words.length, aligned.filter((s) => s >= 0).length);
  let upos = 0, uas = 0, las = 0;
  const relation = (deprel: string) => scores.relations.get(reportedAs(deprel));
  for (let g = 0; g < n; g++) {
    const word = gold.words[g]!;
    relation(word.deprel) && relation(word.deprel)!.gold++;
    const s = aligned[g]!;
    if (s < 0) continue;
    if (system.upos[s] === word.upos) upos++;
    const systemHead = system.heads[s]!;
    const headMatches = word.head === 0 ? systemHead === 0 : systemHead > 0 && aligned[word.head - 1] === systemHead - 1;
    if (headMatches) {
      uas++;
      if (universal(system.deprels[s]!) === universal(word.deprel)) las++;
      if (reportedAs(system.deprels[s]!) === reportedAs(word.deprel) && relation(word.deprel)) relation(word.deprel)!.correct++;
    }
  }
  for (const deprel of system.deprels) {
    const r = relation(deprel);
    if (r) r.system++;
  }
  add(scores.upos, n, system.words.length, upos);
  add(scores.uas, n, system.words.length, uas);
  add(scores.las, n, system.words.length, las);
}

export function f1(c: Counts): number {
  return c.gold + c.system === 0 ? 0 : (200 * c.correct) / (c.gold + c.system);
}
