import { readFileSync } from 'node:fs';
import { lexicalFeatures } from './lexical.js';
import { isTree, repairParse } from './repair.js';
import { trailingFrameComma } from './trailing-frame.js';
import { reportingVerbs } from './repair-tree.js';
import { QuantisedScorer, type Scorer } from './perceptron.js';
import { parseSentence, ParseScratch, type ParseScorers } from './parser.js';
import { TAGGER_FEATURES, tagSentence } from './tagger.js';
import { lowerCaseExclusions } from './lower-case-names.js';
import { verblessPredicate } from './verbless-sentences.js';
import { modalComplements } from './modal-complements.js';

// The shipped model: a small JSON header (tag sets, labels, provenance, licence) and four int8 weight
// tables. One file, read once per process on first use.

const MAGIC = 'ANNALS-SYNTAX-3\n';

export interface ModelHeader {
  upos: string[];
  xpos: string[];
  labels: string[];
  scorers: Record<ScorerName, { classes: number; buckets: number }>;
  trainedOn: string[];
  licence: string;
  seed: number;
  epochs: { tagger: number; parser: number };
  /** Per UPOS index, the XPOS indices seen with it in training: the only ones the XPOS tagger considers. */
  xposByUpos: number[][];
  /** Per UPOS index, the dependency labels a word with that tag may take. */
  labelsByTag?: number[][];
  /** Whether the model was trained with word-cluster features (data/syntax/word-clusters.tsv). */
  clusters: boolean;
  /** Whether the model was trained with WordNet word-class features (data/syntax/wordnet-pos.tsv). */
  wordnet: boolean;
  /** Whether the tagger has treebank-specific feature copies: text is then tagged as the target domain's. */
  domains?: boolean;
  /** Whether the parser has them too. */
  parserDomains?: boolean;
}

export type ScorerName = 'upos' | 'xpos' | 'transitions' | 'labels';
export const SCORER_ORDER: ScorerName[] = ['upos', 'xpos', 'transitions', 'labels'];

/** A sentence's analysis: per word, its tags, head (0 root, else 1-based) and relation. */
export interface SentenceAnalysis {
  upos: string[];
  xpos: string[];
  heads: number[];
  deprels: string[];
}

export class SyntaxModel {
  private readonly tagFeatures = new Uint32Array(TAGGER_FEATURES + 8);
  private readonly uposScores: Float32Array;
  /** The UPOS class of proper nouns, which a lower-case word of edited prose may not take (-1 if the model has none). */
  private readonly properNoun: number;
  /** The UPOS class of verbs, forced on the predicate of a sentence the tagger found none in (verbless-sentences.ts). */
  private readonly verb: number;
  private readonly xposScores: Float32Array;
  private readonly scratch: ParseScratch;
  private readonly parseScorers: ParseScorers;

  constructor(
    readonly header: ModelHeader,
    readonly scorers: Record<ScorerName, Scorer>,
  ) {
    this.uposScores = new Float32Array(header.upos.length);
    this.properNoun = header.upos.indexOf('PROPN');
    this.verb = header.upos.indexOf('VERB');
    this.xposScores = new Float32Array(header.xpos.length);
    this.scratch = new ParseScratch(header.labels.length);
    this.parseScorers = { transitions: scorers.transitions, labels: scorers.labels, ...(header.labelsByTag && { labelsByTag: header.labelsByTag }) };
  }

  /** Whether analyse() applies the repairs of src/syntax/repair.ts (off to measure the bare model). */
  repairs = true;

  /** Tags and parses one tokenised sentence. */
  analyse(written: readonly string[]): SentenceAnalysis {
    if (written.length === 0) return { upos: [], xpos: [], heads: [], deprels: [] };
    // (Curly quotes and apostrophes read as the straight ones nearly all of the treebanks write: "Trump’s call" is no
    // "Trump is call". Training reads the treebanks' own forms, so the model is the same.)
    const forms = written.some((f) => CURLY.test(f)) ? written.map(straightQuotes) : written;
    const lex = this.lexical(forms);
    const excluded = lowerCaseExclusions(forms, this.properNoun);
    const margins = { watch: this.verb, out: new Float32Array(forms.length) };
    let upos = tagSentence(this.scorers.upos, lex, this.tagFeatures, this.uposScores, undefined, undefined, { excluded, margins });
    let xpos = tagSentence(this.scorers.xpos, lex, this.tagFeatures, this.xposScores, upos, this.header.xposByUpos);
    let uposNames = Array.from(upos, (t) => this.header.upos[t]!);
    let xposNames = Array.from(xpos, (t) => this.header.xpos[t]!);
    // (A verb after a modal is the predicate a verbless sentence lacked; only without one is a predicate looked for.)
    const modal = this.verb < 0 ? [] : modalComplements(forms, uposNames, xposNames);
    const predicate = this.verb < 0 || modal.length > 0 ? -1 : verblessPredicate(forms, uposNames, xposNames, margins.out);
    const verbs = predicate >= 0 ? [predicate] : modal;
    if (verbs.length > 0) {
      const forced = new Int16Array(forms.length).fill(-1);
      for (const k of verbs) forced[k] = this.verb;
      upos = tagSentence(this.scorers.upos, lex, this.tagFeatures, this.uposScores, undefined, undefined, { excluded, forced });
      xpos = tagSentence(this.scorers.xpos, lex, this.tagFeatures, this.xposScores, upos, this.header.xposByUpos);
      uposNames = Array.from(upos, (t) => this.header.upos[t]!);
      xposNames = Array.from(xpos, (t) => this.header.xpos[t]!);
    }
    const comma = this.repairs ? trailingFrameComma(forms, uposNames, xposNames) : -1;
    const apart = comma > 0 ? this.parseFrameApart(forms, upos, comma) : null;
    const { heads, labels } = apart ?? parseSentence(this.parseScorers, { lex, tags: upos, domain: this.parserDomain() }, this.scratch);
    const analysis: SentenceAnalysis = {
      upos: uposNames,
      xpos: xposNames,
      heads: Array.from(heads),
      deprels: Array.from(labels, (l) => this.header.labels[l]!),
    };
    if (this.repairs) repairParse(forms, analysis);
    return analysis;
  }

  /** The words' lexical features as the model was trained with them. */
  private lexical(words: readonly string[]) {
    return lexicalFeatures(words, this.header.clusters, this.header.wordnet === true, this.header.domains ? 0 : -1);
  }

  private parserDomain(): number {
    return this.header.parserDomains ? 0 : -1;
  }

  /**
   * Parses words [from, to) of a tagged sentence as a sentence of their own, followed by word `stop` (the sentence's
   * final stop) when given; heads are 1-based within the part.
   */
  private parsePart(forms: readonly string[], tags: Uint8Array, from: number, to: number, stop = -1) {
    const words = forms.slice(from, to);
    let partTags = tags.subarray(from, to);
    if (stop >= 0) {
      words.push(forms[stop]!);
      partTags = Uint8Array.from([...partTags, tags[stop]!]);
    }
    const lex = this.lexical(words);
    return parseSentence(this.parseScorers, { lex, tags: partTags, domain: this.parserDomain() }, this.scratch);
  }

  /**
   * The sentence parsed as what is reported (words before `comma`) and its trailing frame (after it), joined as UD
   * English writes it: the frame's verb a parataxis of the report's root, the comma and the final stop hung on that
   * root. Null when the frame, parsed alone, is not headed by its verb (then the sentence is parsed whole).
   */
  private parseFrameApart(forms: readonly string[], tags: Uint8Array, comma: number) {
    const n = forms.length;
    // What is reported is parsed with the sentence's final stop, as the parser saw sentences in training.
    const report = this.parsePart(forms, tags, 0, comma, n - 1);
    const frame = this.parsePart(forms, tags, comma + 1, n);
    const frameRoot = frame.heads.indexOf(0);
    const reportRoot = report.heads.indexOf(0);
    // (Not when the parser made the appended stop the report's root: a fuzzed or garbled text.)
    if (reportRoot < 0 || reportRoot === comma || frameRoot < 0 || !reportingVerbs().has(forms[comma + 1 + frameRoot]!.toLowerCase())) return null;
    const label = (name: string) => this.header.labels.indexOf(name);
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    heads.set(report.heads, 0);
    labels.set(report.labels, 0);
    // A word hung on the appended stop (a rare misparse) goes to the root.
    for (let k = 0; k < comma; k++) if (heads[k] === comma + 1) heads[k] = reportRoot + 1;
    heads[comma] = reportRoot + 1;
    labels[comma] = label('punct');
    for (let k = 0; k < frame.heads.length; k++) {
      const h = frame.heads[k]!;
      heads[comma + 1 + k] = h === 0 ? reportRoot + 1 : comma + 1 + h;
      labels[comma + 1 + k] = h === 0 ? label('parataxis') : frame.labels[k]!;
    }
    // The final stop belongs to the sentence's root.
    heads[n - 1] = reportRoot + 1;
    labels[n - 1] = label('punct');
    return isTree(Array.from(heads)) ? { heads, labels } : null;
  }

  serialise(): Buffer {
    const header = Buffer.from(JSON.stringify(this.header), 'utf8');
    const parts: Buffer[] = [Buffer.from(MAGIC, 'utf8'), u32(header.length), header];
    for (const name of SCORER_ORDER) {
      const scorer = this.scorers[name];
      if (!(scorer instanceof QuantisedScorer)) throw new Error(`scorer ${name} is not quantised`);
      parts.push(Buffer.from(scorer.rows.buffer, scorer.rows.byteOffset, scorer.rows.byteLength));
    }
    return Buffer.concat(parts);
  }

  static deserialise(bytes: Buffer, file = '<model>'): SyntaxModel {
    const magic = bytes.subarray(0, MAGIC.length).toString('utf8');
    if (magic !== MAGIC) throw new Error(`${file}: not an Annals syntax model`);
    let at = MAGIC.length;
    const headerLength = bytes.readUInt32LE(at);
    at += 4;
    const header = JSON.parse(bytes.subarray(at, at + headerLength).toString('utf8')) as ModelHeader;
    at += headerLength;
    const scorers = {} as Record<ScorerName, Scorer>;
    for (const name of SCORER_ORDER) {
      const { classes, buckets } = header.scorers[name];
      const rows = new Int8Array(buckets * (classes + 1));
      if (at + rows.length > bytes.length) throw new Error(`${file}: truncated in the ${name} weights`);
      Buffer.from(rows.buffer).set(bytes.subarray(at, at + rows.length));
      at += rows.length;
      scorers[name] = new QuantisedScorer(classes, buckets, rows);
    }
    if (at !== bytes.length) throw new Error(`${file}: ${bytes.length - at} bytes after the last weight table`);
    return new SyntaxModel(header, scorers);
  }

  static load(path: string): SyntaxModel {
    return SyntaxModel.deserialise(readFileSync(path), path);
  }
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

const CURLY = /[\u2018\u2019\u201c\u201d]/;
/** A form with its curly quotes and apostrophes made straight, as nearly all of the treebanks' are. */
export function straightQuotes(form: string): string {
  return CURLY.test(form) ? form.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"') : form;
}
