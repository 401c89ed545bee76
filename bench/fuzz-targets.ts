import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.js';
import type { AnalysisResult } from '../src/document/serialize.js';
import { InputError } from '../src/ingest/errors.js';
import { toAnalyzeInput, type AnalyzeInput } from '../src/ingest/records.js';
import { checkXmlEntities, contentRecord, parseFeed, summaryRecord } from '../src/ingest/feeds.js';
import { reutersRecords } from '../src/ingest/reuters-sgml.js';
import { readActorDictionary } from '../src/dictionaries/petrarch/actors.js';
import { readAgentDictionary } from '../src/dictionaries/petrarch/agents.js';
import { readDiscardDictionary } from '../src/dictionaries/petrarch/discards.js';
import { readVerbDictionary } from '../src/dictionaries/petrarch/verbs.js';
import { parseConllu } from '../src/syntax/conllu.js';

// The fuzzing targets (issue 16): seeds from the project's own files, mutations of them, and the checks
// every run makes: no internal error (an exception that is not the input's own InputError or a loader's
// named rejection), every span 0 <= start <= end <= text length with its `text` the slice, and for
// plain text the output text equal to the input. Used by bench/fuzz.ts and test/fuzz.test.ts.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const files = (dir: string, ext: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => ext.test(f)).map((f) => read(join(dir, f)));

export const TARGETS = ['text', 'html', 'jsonl', 'feed', 'sgml', 'dictionary', 'conllu'] as const;
export type Target = (typeof TARGETS)[number];

/** A problem a run found: the kind and what was seen. */
export interface Finding {
  kind: 'crash' | 'span' | 'text';
  detail: string;
}

const SEED_ARTICLE = read('examples/kishida-russia-2022-01-12.txt');

/** Seeds per target, from the repository's examples and test fixtures (never ../shared). */
export function seeds(target: Target): string[] {
  switch (target) {
    case 'text':
      return [
        SEED_ARTICLE,
        'Talks\n\nThe minister appeared to\n',
        'Talks\n\nTOKYO (Reuters) - "We will meet," Kishida said, according to Kyodo. Russia said that Japan wants talks.',
      ];
    case 'html':
      return [
        `<!DOCTYPE html><html lang="en"><head><title>Talks</title><meta property="og:site_name" content="Wire"></head><body><article><h1>Talks</h1>${SEED_ARTICLE.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><nav><a href="/">Home</a></nav></body></html>`,
      ];
    case 'jsonl':
      return [JSON.stringify({ id: 1, text: SEED_ARTICLE, date: '2022-01-12' }) + '\n' + JSON.stringify({ id: 2, html: '<p>Japan met Russia on Monday.</p>', title: 'Talks' })];
    case 'feed':
      return files('test/fixtures/feeds', /\.(xml|atom|rss|json)$/);
    case 'sgml':
      return files('test/fixtures/reuters', /\.sgm$/);
    case 'dictionary':
      return files('test/fixtures/petrarch', /\.txt$/);
    case 'conllu':
      // CoNLL-U for the training reader; the same mutated text is also tagged and parsed whole.
      return [...files('test/fixtures/syntax', /\.conllu$/), SEED_ARTICLE];
  }
}

/** Mutates `seed` a few times: flips, inserts of characters that matter to the parsers, deletions, repeats, splices. */
export function mutate(seed: string, random: () => number, others: string[]): string {
  const ALPHABET = ['"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '<', '>', '&', ';', '.', ',', '\n', '\n\n', ' ', '-', '(', ')', '\u00a0', '\ud83d\ude00', '\ud800', '#', ':', '[', ']', '{', '}', '\\', 'said', 'that', ' appeared to', '</div>', '<div>', '<p>', '&amp;', '&#0;', '\u0000'];
  let s = seed;
  const at = () => Math.floor(random() * (s.length + 1));
  const steps = 1 + Math.floor(random() * 6);
  for (let k = 0; k < steps; k++) {
    const r = random();
    const i = at();
    if (r < 0.3) s = s.slice(0, i) + ALPHABET[Math.floor(random() * ALPHABET.length)] + s.slice(i);
    else if (r < 0.5) s = s.slice(0, i) + s.slice(i + 1 + Math.floor(random() * 40));
    else if (r < 0.6) s = s.slice(0, i) + String.fromCharCode(Math.floor(random() * 0x3000)) + s.slice(i + 1);
    else if (r < 0.7 && s.length < 50_000) {
      const len = 1 + Math.floor(random() * 60);
      s = s.slice(0, i) + s.slice(i, i + len).repeat(2 + Math.floor(random() * 20)) + s.slice(i);
    } else if (r < 0.8 && others.length) {
      const other = others[Math.floor(random() * others.length)]!;
      const j = Math.floor(random() * other.length);
      s = s.slice(0, i) + other.slice(j, j + Math.floor(random() * 300)) + s.slice(i);
    } else if (r < 0.9) s = s.slice(0, i);
    else s = s.slice(i);
  }
  return s;
}

/** Every span in `result` (any object with numeric start and end) checked against its text. */
export function spanProblems(result: AnalysisResult): string[] {
  const problems: string[] = [];
  const length = result.text.length;
  const visit = (value: unknown, path: string) => {
    if (problems.length >= 5) return;
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number') {
        if (!(0 <= o.start && o.start <= o.end && o.end <= length)) problems.push(`${path}: {start: ${o.start}, end: ${o.end}} outside 0..${length} or inverted`);
        else if (typeof o.text === 'string' && o.text !== result.text.slice(o.start, o.end)) problems.push(`${path}: text ${JSON.stringify(o.text.slice(0, 40))} is not the slice ${JSON.stringify(result.text.slice(o.start, o.end).slice(0, 40))}`);
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'text') visit(v, `${path}.${k}`);
    }
  };
  visit(result, '');
  return problems;
}

/** An exception that is a bug, not a rejection of the input: anything but InputError or a named loader error. */
function isInternal(error: unknown): boolean {
  if (error instanceof InputError) return false;
  if (error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return true;
  return !(error instanceof Error);
}

function analysed(input: AnalyzeInput, findings: Finding[], syntax = false): void {
  let result: AnalysisResult;
  try {
    result = analyze(input, { name: 'fuzz', syntax });
  } catch (error) {
    if (isInternal(error)) findings.push({ kind: 'crash', detail: String((error as Error)?.stack ?? error) });
    return;
  }
  for (const p of spanProblems(result)) findings.push({ kind: 'span', detail: p });
  if (input.text !== undefined && result.text !== input.text) findings.push({ kind: 'text', detail: 'the output text is not the input text' });
}

/** Runs one input through a target; returns what went wrong (nothing for a good run). */
export function runTarget(target: Target, data: string): Finding[] {
  const findings: Finding[] = [];
  try {
    switch (target) {
      case 'text':
        analysed({ text: data }, findings);
        break;
      case 'html':
        analysed({ html: data }, findings);
        break;
      case 'jsonl':
        data.split('\n').forEach((line, i) => {
          if (!line.trim()) return;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch {
            return;
          }
          let input: AnalyzeInput;
          try {
            input = toAnalyzeInput(value, `fuzz:${i + 1}`);
          } catch (error) {
            if (isInternal(error)) findings.push({ kind: 'crash', detail: String((error as Error)?.stack ?? error) });
            return;
          }
          analysed(input, findings);
        });
        break;
      case 'feed': {
        try {
          checkXmlEntities('fuzz', data);
        } catch (error) {
          if (isInternal(error)) throw error;
          break;
        }
        let feed;
        try {
          feed = parseFeed('fuzz', data);
        } catch (error) {
          if (isInternal(error)) throw error;
          break;
        }
        for (const item of feed.items.slice(0, 5)) {
          const record = contentRecord(feed, item) ?? summaryRecord(item);
          if (record) analysed(record, findings);
        }
        break;
      }
      case 'sgml':
        for (const item of [...reutersRecords('fuzz.sgm', data)].slice(0, 5)) if ('input' in item) analysed(item.input, findings);
        break;
      case 'dictionary':
        for (const reader of [readActorDictionary, readAgentDictionary, readDiscardDictionary, readVerbDictionary]) {
          try {
            reader(data, 'fuzz.txt');
          } catch (error) {
            if (isInternal(error)) throw error;
          }
        }
        break;
      case 'conllu':
        try {
          parseConllu(data, 'fuzz.conllu');
        } catch (error) {
          if (isInternal(error)) throw error;
        }
        analysed({ text: data }, findings, true);
        break;
    }
  } catch (error) {
    findings.push({ kind: 'crash', detail: String((error as Error)?.stack ?? error) });
  }
  return findings;
}

/** A small seeded generator (mulberry32), so a run can be repeated: the one training uses. */
export { seededRandom } from '../src/syntax/hash.js';
