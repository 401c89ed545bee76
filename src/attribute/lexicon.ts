import { readNumberedDataRows } from '../data/files.js';
import type { LinkKind } from '../document/annotations.js';

// The attribution rules' data: cue verbs (hand-written, then WordNet's), statement nouns, hedging adverbs and
// the word lists (data/lexicon/attribution-*.tsv). Every value is checked: a row the rules would misread
// (a kind "sayd" reaching the provenance chains) is an error naming its file and line.

export const CUES_FILE = 'lexicon/attribution-cues.tsv';
export const WORDNET_CUES_FILE = 'lexicon/attribution-wordnet-verbs.tsv';
export const NOUN_CUES_FILE = 'lexicon/attribution-nouns.tsv';
export const WORDS_FILE = 'lexicon/attribution-words.tsv';

const KINDS: readonly LinkKind[] = ['said', 'told', 'reported', 'cited'];
const NEEDS = ['', 'complement', 'clause', 'quotation', 'evidential', 'proposition'] as const;
type Needs = (typeof NEEDS)[number];

export interface Cue {
  words: string[];
  kind: LinkKind;
  object: boolean;
  needsComplement: boolean;
  /** A cue only with a clause or quotation after it, never with a bare object (the WordNet verbs). */
  needsClause?: boolean;
  /** A cue only before a colon or a quotation ("He continued: “...”"), or after a quotation. */
  needsQuotation?: boolean;
  /** From the generated WordNet lexicon (not the hand-written one). */
  generated?: boolean;
  /** Hedges its subject ("The plan seems to work"): subject and complement are the content; no source. */
  evidential?: boolean;
  /** A cue only with a proposition: a clause, a quotation, or an object with a predicate ("saw it as a threat");
   * a bare object is another sense of the verb ("maintained a lead", "saw the crowd"). */
  needsProposition?: boolean;
}

/** One row of a cue file: its forms (upper case), and kind "none" for a verb that is no cue. */
export interface CueRow {
  forms: string[];
  kind: LinkKind | 'none';
  object: boolean;
  needs: Needs;
}

const FORM = /^[A-Z0-9'\u2019-]+( [A-Z0-9'\u2019-]+)*$/;

function forms(cell: string, file: string, line: number): string[] {
  const out = cell.split('|').map((f) => f.trim().toUpperCase());
  for (const f of out) if (!FORM.test(f)) throw new Error(`${file}:${line}: "${f}" is not a word or phrase`);
  return out;
}

function kindOf(cell: string, file: string, line: number, none: boolean): LinkKind | 'none' {
  if ((KINDS as readonly string[]).includes(cell) || (none && cell === 'none')) return cell as LinkKind | 'none';
  throw new Error(`${file}:${line}: kind "${cell}" is not one of ${[...KINDS, ...(none ? ['none'] : [])].join(', ')}`);
}

/** A row of attribution-cues.tsv or attribution-wordnet-verbs.tsv: forms, kind, object, needs (and WordNet's sense files). */
export function parseCueRow(cells: string[], file: string, line: number): CueRow {
  const [form = '', kind = '', object = '', needs = '', lexfile = ''] = cells;
  if (cells.length < 2 || cells.length > 5) throw new Error(`${file}:${line}: expected 2 to 5 columns (forms, kind, object, needs, senses), found ${cells.length}`);
  if (object !== '' && object !== 'object') throw new Error(`${file}:${line}: object "${object}" is not "object" or empty`);
  if (!(NEEDS as readonly string[]).includes(needs)) throw new Error(`${file}:${line}: needs "${needs}" is not one of ${NEEDS.filter(Boolean).join(', ')} or empty`);
  if (lexfile !== '' && !/^verb\.[a-z]+(,verb\.[a-z]+)*$/.test(lexfile)) throw new Error(`${file}:${line}: "${lexfile}" is not a WordNet verb file`);
  return { forms: forms(form, file, line), kind: kindOf(kind, file, line, true), object: object === 'object', needs: needs as Needs };
}

export function cueRows(file: string): CueRow[] {
  return readNumberedDataRows(file).map(({ cells, line }) => parseCueRow(cells, file, line));
}

const cueLexicons = new Map<boolean, Map<string, Cue[]>>();

/**
 * The cue verbs by their first word, longest phrase first. The hand-written lexicon first; WordNet's verbs of
 * communication and cognition add the long tail (a form already listed keeps the hand-written entry).
 * `wordnet: false` leaves WordNet's out (bench:polnear --no-wordnet-cues measures what they add).
 */
export function cueLexicon(wordnet = true): Map<string, Cue[]> {
  const known = cueLexicons.get(wordnet);
  if (known) return known;
  const cues = new Map<string, Cue[]>();
  const listed = new Set<string>();
  const sources: [CueRow[], boolean][] = [[cueRows(CUES_FILE), false]];
  if (wordnet) sources.push([cueRows(WORDNET_CUES_FILE), true]);
  for (const [rows, generated] of sources) {
    for (const row of rows) {
      for (const key of row.forms) {
        if ((generated && listed.has(key)) || row.kind === 'none') continue;
        const words = key.split(/\s+/);
        const n = row.needs;
        const cue: Cue = { words, kind: row.kind, object: row.object, needsComplement: n !== '' && n !== 'proposition', needsClause: n === 'clause' || n === 'quotation', needsQuotation: n === 'quotation', evidential: n === 'evidential', needsProposition: n === 'proposition', generated };
        const list = cues.get(words[0]!) ?? [];
        list.push(cue);
        list.sort((a, b) => b.words.length - a.words.length);
        cues.set(words[0]!, list);
      }
      for (const key of row.forms) listed.add(key);
    }
  }
  cueLexicons.set(wordnet, cues);
  return cues;
}

/** A row of attribution-nouns.tsv: forms, kind. */
export function parseNounCueRow(cells: string[], file: string, line: number): { forms: string[]; kind: LinkKind } {
  if (cells.length !== 2) throw new Error(`${file}:${line}: expected 2 columns (forms, kind), found ${cells.length}`);
  return { forms: forms(cells[0]!, file, line), kind: kindOf(cells[1]!, file, line, false) as LinkKind };
}

let nounCues: Map<string, LinkKind> | null = null;

/** Statement nouns ("proposal", "comments") and the link each makes. */
export function nounCueLexicon(): Map<string, LinkKind> {
  if (!nounCues) {
    nounCues = new Map();
    for (const { cells, line } of readNumberedDataRows(NOUN_CUES_FILE)) {
      const row = parseNounCueRow(cells, NOUN_CUES_FILE, line);
      for (const form of row.forms) nounCues.set(form, row.kind);
    }
  }
  return nounCues;
}

/** The lists the rules read from attribution-words.tsv; a list of another name is an error. */
export const WORD_LISTS = [
  'possessive-pronouns', 'noun-cue-prepositions', 'quantifiers', 'aux-or-adverb', 'joining-prepositions', 'experiencer-participles', 'copulas',
  'after-cue-prepositions', 'be-forms', 'concessive', 'content-concessive', 'listing-participles', 'content-prepositions', 'not-object', 'subject-pronouns', 'object-gap-subjects', 'relative-head-nouns', 'collective-nouns',
  'not-in-phrase', 'personal-pronouns', 'not-cues', 'standalone-quantifiers', 'partitive-quantifiers', 'companion-adverbs', 'finding-sources', 'plural-finding-sources', 'articles', 'cited-nouns', 'expletives',
  'wh-words', 'channels', 'attitude-participles', 'clause-verbs', 'subordinators', 'days', 'months', 'time-nouns', 'finders',
  'parts-of-day', 'duration-nouns', 'time-words', 'evidential-adverbs',
  'naming-participles', 'indefinite-articles', 'time-prepositions', 'situating-adverbs', 'editor-labels',
  'quotation-connectives',
  'headline-labels', 'calendar-units', 'time-determiners', 'floating-quantifiers', 'time-openers', 'participle-subordinators', 'comparatives', 'asked-openers', 'citing-verbs', 'as-phrases', 'saying-venues', 'fronted-relatives', 'gapped-relatives', 'saying-verbs', 'clause-openers', 'named-pronouns', 'answer-words', 'go-forms', 'publishing-verbs', 'relative-pronouns', 'relative-subjects',
  'agent-ends', 'relay-participles', 'written-statements', 'statement-determiners',
  'time-modifiers', 'bare-time-openers', 'comparison-prepositions', 'complementizers', 'cue-clause-openers', 'question-conjunctions',
  'indefinite-pronouns', 'appositive-prepositions', 'phrase-relatives', 'list-conjunctions', 'predicate-conjunctions', 'initial-asked-openers',
  'tail-prepositions', 'appositive-relatives', 'background-relatives', 'not-going-on', 'describing-prepositions', 'not-owners',
  'not-their-subjects', 'not-his-subjects', 'as-if-words', 'hedged-relatives', 'speaking-verbs', 'no-one-subjects',
  'label-prepositions', 'bare-articles', 'not-sources', 'anonymity-words', 'linking-adverbs', 'linking-prepositions', 'linking-nouns', 'gap-quantifiers', 'object-control-verbs', 'relative-time-adverbs',
  'gerund-prepositions', 'fronted-objects',
  'voicing-verbs', 'stance-prepositions', 'source-prepositions', 'result-verbs', 'result-details', 'hedge-times', 'state-verbs', 'passive-complements', 'questioning-verbs', 'role-time-adverbs', 'noun-phrase-prepositions', 'place-abbreviations', 'singular-quantifiers',
  'irregular-past-cues', 'sentence-opening-adverbs', 'postnominal-adverbs', 'time-source-words', 'participle-object-prepositions',
] as const;
export type WordListName = (typeof WORD_LISTS)[number];

/** The rows of a word-list file: every known list exactly once, each word upper case (a "WORD:kind" pair for evidential adverbs). */
export function parseWordLists(rows: { cells: string[]; line: number }[], file: string): Map<WordListName, string[]> {
  const lists = new Map<WordListName, string[]>();
  for (const { cells, line } of rows) {
    const [name = '', words = ''] = cells;
    if (cells.length !== 2) throw new Error(`${file}:${line}: expected 2 columns (list, words), found ${cells.length}`);
    if (!(WORD_LISTS as readonly string[]).includes(name)) throw new Error(`${file}:${line}: "${name}" is not a list the attribution rules read`);
    if (lists.has(name as WordListName)) throw new Error(`${file}:${line}: list "${name}" given twice`);
    const entries = words.split('|');
    for (const w of entries) {
      const [word = '', kind] = w.split(':');
      if (!/^[A-Z0-9]+$/.test(word)) throw new Error(`${file}:${line}: "${w}" is not an upper-case word`);
      if ((name === 'evidential-adverbs') !== (kind !== undefined)) throw new Error(`${file}:${line}: "${w}": only evidential-adverbs give a kind (WORD:kind)`);
      if (kind !== undefined) kindOf(kind, file, line, false);
    }
    lists.set(name as WordListName, entries);
  }
  const missing = WORD_LISTS.filter((n) => !lists.has(n));
  if (missing.length > 0) throw new Error(`${file}: lists missing: ${missing.join(', ')}`);
  return lists;
}

let wordLists: Map<WordListName, string[]> | null = null;

function lists(): Map<WordListName, string[]> {
  wordLists ??= parseWordLists(readNumberedDataRows(WORDS_FILE), WORDS_FILE);
  return wordLists;
}

/** One word list of attribution-words.tsv. */
export function attributionWords(name: Exclude<WordListName, 'evidential-adverbs'>): ReadonlySet<string> {
  return new Set(lists().get(name)!);
}

/** "reportedly", "allegedly": hedging adverbs that pass on an unnamed source's claim, with the link each makes. */
export function evidentialAdverbs(): ReadonlyMap<string, LinkKind> {
  return new Map(lists().get('evidential-adverbs')!.map((e) => e.split(':') as [string, LinkKind]));
}
