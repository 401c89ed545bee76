import { readFileSync } from 'node:fs';

// CoNLL-U (https://universaldependencies.org/format.html): the treebanks the tagger and parser learn
// from, and the format `annals analyze --format conllu` writes. Reading stops at the first malformed
// line with the file and line, so a broken training file never trains a silently broken model.

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root; 1-based index of the head word otherwise. */
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token ("don't" over the words "do" and "n't"): word indices first..last, 1-based. */
export interface MultiwordToken {
  first: number;
  last: number;
  form: string;
}

export interface ConlluSentence {
  /** `# key = value` comments, in order (sent_id, text, newdoc id, ...). */
  comments: Map<string, string>;
  words: ConlluWord[];
  multiwords: MultiwordToken[];
  /** Line of the sentence's first line in its file, for messages. */
  line: number;
}

export class ConlluError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ConlluError';
  }
}

const RANGE = /^(\d+)-(\d+)$/;
const INDEX = /^[1-9]\d*$/;
const HEAD = /^(0|[1-9]\d*)$/;

/** Sentences of a CoNLL-U text; `file` names it in errors. Empty nodes (`8.1`) are skipped. */
export function parseConllu(text: string, file = '<conllu>'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  const lines = text.split(/\r?\n/);
  const finish = (line: number) => {
    if (!current) return;
    if (current.words.length === 0) throw new ConlluError(file, current.line, 'a sentence with comments but no words');
    current.words.forEach((word, i) => {
      if (word.head > current!.words.length) throw new ConlluError(file, current!.line, `word ${i + 1} has head ${word.head} past the sentence's ${current!.words.length} words`);
    });
    sentences.push(current);
    current = null;
    void line;
  };
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (raw.trim() === '') return finish(lineNo);
    current ??= { comments: new Map(), words: [], multiwords: [], line: lineNo };
    if (raw.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(raw);
      if (m) current.comments.set(m[1]!, m[2]!);
      return;
    }
    const cells = raw.split('\t');
    if (cells.length !== 10) throw new ConlluError(file, lineNo, `expected 10 tab-separated columns, found ${cells.length}`);
    const id = cells[0]!;
    const range = RANGE.exec(id);
    if (range) {
      current.multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: cells[1]! });
      return;
    }
    if (id.includes('.')) return;
    if (!INDEX.test(id)) throw new ConlluError(file, lineNo, `bad word index "${id}"`);
    if (Number(id) !== current.words.length + 1) throw new ConlluError(file, lineNo, `word index ${id} out of order (expected ${current.words.length + 1})`);
    if (!HEAD.test(cells[6]!)) throw new ConlluError(file, lineNo, `bad head "${cells[6]}"`);
    if (cells[1] === '') throw new ConlluError(file, lineNo, 'empty form');
    if (cells[7] === '' || cells[7] === '_') throw new ConlluError(file, lineNo, 'missing dependency relation');
    current.words.push({
      form: cells[1]!,
      lemma: cells[2]!,
      upos: cells[3]!,
      xpos: cells[4]!,
      feats: cells[5]!,
      head: Number(cells[6]),
      deprel: cells[7]!,
      misc: cells[9]!,
    });
  });
  finish(lines.length + 1);
  return sentences;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'), path);
}

/** One sentence as CoNLL-U lines (with the trailing blank line). */
export function formatConlluSentence(comments: [string, string][], words: ConlluWord[], multiwords: MultiwordToken[] = []): string {
  const lines = comments.map(([key, value]) => `# ${key} = ${value}`);
  const starting = new Map(multiwords.map((m) => [m.first, m]));
  words.forEach((w, i) => {
    const mwt = starting.get(i + 1);
    if (mwt) lines.push([`${mwt.first}-${mwt.last}`, mwt.form, '_', '_', '_', '_', '_', '_', '_', '_'].join('\t'));
    lines.push([String(i + 1), w.form, w.lemma || '_', w.upos, w.xpos || '_', w.feats || '_', String(w.head), w.deprel, '_', w.misc || '_'].join('\t'));
  });
  return lines.join('\n') + '\n\n';
}
