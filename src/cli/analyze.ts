import { loadDictionaries, type CoderDictionaries, type DictionaryFiles } from '../code/coder.js';
import { AnalyzePool } from '../parallel.js';
import type { AnalysisResult } from '../document/serialize.js';
import { InputError } from '../ingest/errors.js';
import { readSources, type ReadOptions } from '../ingest/sources.js';
import { textReport } from './report.js';
import { toConllu } from '../syntax/conllu-output.js';
import { parseSize, parseTimeout, UsageError } from './usage.js';

type Format = 'text' | 'json' | 'jsonl' | 'conllu';

export interface AnalyzeFlags {
  format?: string | undefined;
  'max-bytes'?: string | undefined;
  encoding?: string | undefined;
  actors?: string | undefined;
  agents?: string | undefined;
  verbs?: string | undefined;
  discards?: string | undefined;
  syntax?: boolean | undefined;
  timeout?: string | undefined;
}

/**
 * The user's PETRARCH-format dictionary files, if any, checked here (the workers read them again):
 * a missing file is a usage error, malformed lines are counted and the first ones named.
 */
export function dictionaryFiles(flags: Pick<AnalyzeFlags, 'actors' | 'agents' | 'verbs' | 'discards'>): DictionaryFiles | undefined {
  const files = { actors: flags.actors, agents: flags.agents, verbs: flags.verbs, discards: flags.discards };
  if (!Object.values(files).some(Boolean)) return undefined;
  const given = Object.fromEntries(Object.entries(files).filter(([, v]) => v)) as DictionaryFiles;
  let dictionaries: CoderDictionaries;
  try {
    dictionaries = loadDictionaries(given);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(e.code === 'ENOENT' ? `dictionary file not found: ${e.path}` : `cannot read a dictionary: ${e.message}`);
  }
  // Malformed dictionary lines are skipped; say how many, and where the first ones are.
  for (const w of dictionaries.warnings.slice(0, 5)) process.stderr.write(`annals: warning: ${w.file}:${w.line}: ${w.message}\n`);
  if (dictionaries.warnings.length > 5) process.stderr.write(`annals: warning: ${dictionaries.warnings.length - 5} more dictionary lines skipped\n`);
  return given;
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}

/**
 * `--format json` written as it goes: one result alone is an object, several an array, and no more
 * than one result is held at a time (the same bytes as JSON.stringify of the whole, indented by 2).
 */
class JsonWriter {
  private first: AnalysisResult | null = null;
  private count = 0;
  private readonly item = (r: AnalysisResult) => '  ' + JSON.stringify(r, null, 2).replace(/\n/g, '\n  ');

  async add(result: AnalysisResult): Promise<void> {
    this.count++;
    if (this.count === 1) this.first = result;
    else if (this.count === 2) {
      await write('[\n' + this.item(this.first!));
      this.first = null;
      await write(',\n' + this.item(result));
    } else await write(',\n' + this.item(result));
  }

  /** Ends the output; with no result at all, an empty array unless every input failed. */
  async end(failures: number): Promise<void> {
    if (this.count === 1) await write(JSON.stringify(this.first, null, 2) + '\n');
    else if (this.count > 1) await write('\n]\n');
    else if (failures === 0) await write('[]\n');
  }
}

/** `annals analyze`: every input is analysed or reported; returns the exit status. */
export async function runAnalyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  if (paths.length === 0) throw new UsageError('analyze needs at least one file, or - for standard input');
  const format = (flags.format ?? (process.stdout.isTTY ? 'text' : 'json')) as Format;
  if (!['text', 'json', 'jsonl', 'conllu'].includes(format)) throw new UsageError(`--format takes text, json, jsonl or conllu, not "${flags.format}"`);
  const syntax = format === 'conllu' || flags.syntax === true;
  const options: ReadOptions = {};
  if (flags['max-bytes'] !== undefined) options.maxBytes = parseSize(flags['max-bytes'], '--max-bytes');
  if (flags.encoding !== undefined) options.encoding = flags.encoding;
  const timeoutMs = parseTimeout(flags.timeout);
  const dictionaries = dictionaryFiles(flags);

  // Each input is analysed on a worker thread, so that one past its time budget is stopped and one
  // that breaks the pipeline is reported alone: the batch goes on either way. The next input is read
  // while one is analysed; results are written in input order.
  const pool = new AnalyzePool({ size: 1, jobsAhead: 2, timeoutMs, syntax, ...(dictionaries && { dictionaries }) });
  let failures = 0;
  const json = new JsonWriter();
  const report = async (name: string, outcome: Promise<AnalysisResult>) => {
    let result: AnalysisResult;
    try {
      result = await outcome;
    } catch (error) {
      failures++;
      const input = error instanceof InputError ? error.input : name;
      const problem = error instanceof InputError ? error.problem : `internal error: ${String((error as Error)?.message ?? error).replace(`${name}: internal error: `, '')}`;
      process.stderr.write(`annals: ${input}: ${problem}\n`);
      // In JSON lines every input leaves a line, so a consumer can see which ones failed.
      if (format === 'jsonl') await write(JSON.stringify({ input, error: problem }) + '\n');
      return;
    }
    if (format === 'jsonl') await write(JSON.stringify(result) + '\n');
    else if (format === 'conllu') await write(toConllu(result, name));
    else if (format === 'text') await write(textReport(result, name) + '\n');
    else await json.add(result);
  };
  try {
    let ahead: Promise<void> = Promise.resolve();
    for await (const item of readSources(paths, options)) {
      const outcome = 'error' in item ? Promise.reject(item.error) : pool.analyze(item.input, item.name);
      outcome.catch(() => {});
      const previous = ahead;
      ahead = previous.then(() => report(item.name, outcome));
      await previous;
    }
    await ahead;
    if (format === 'json') await json.end(failures);
  } finally {
    await pool.close();
  }
  return failures > 0 ? 1 : 0;
}
