import { analyze } from '../pipeline.js';
import { defaultDictionaries, loadDictionaries, type CoderDictionaries } from '../code/coder.js';
import type { AnalysisResult } from '../document/serialize.js';
import { InputError } from '../ingest/errors.js';
import { readSources, type ReadOptions } from '../ingest/sources.js';
import { textReport } from './report.js';
import { toConllu } from '../syntax/conllu-output.js';
import { parseSize, UsageError } from './usage.js';

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
}

/** The coder's dictionaries: the built-ins, with any replaced by the user's PETRARCH-format files. */
function dictionariesFor(flags: AnalyzeFlags): CoderDictionaries {
  const files = { actors: flags.actors, agents: flags.agents, verbs: flags.verbs, discards: flags.discards };
  if (!Object.values(files).some(Boolean)) return defaultDictionaries();
  let dictionaries: CoderDictionaries;
  try {
    dictionaries = loadDictionaries(Object.fromEntries(Object.entries(files).filter(([, v]) => v)) as Record<string, string>);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(e.code === 'ENOENT' ? `dictionary file not found: ${e.path}` : `cannot read a dictionary: ${e.message}`);
  }
  // Malformed dictionary lines are skipped; say how many, and where the first ones are.
  for (const w of dictionaries.warnings.slice(0, 5)) process.stderr.write(`annals: warning: ${w.file}:${w.line}: ${w.message}\n`);
  if (dictionaries.warnings.length > 5) process.stderr.write(`annals: warning: ${dictionaries.warnings.length - 5} more dictionary lines skipped\n`);
  return dictionaries;
}

function write(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
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

  const dictionaries = dictionariesFor(flags);
  let failures = 0;
  const collected: AnalysisResult[] = [];
  for await (const item of readSources(paths, options)) {
    let result: AnalysisResult;
    try {
      if ('error' in item) throw item.error;
      result = analyze(item.input, { name: item.name, dictionaries, syntax });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures++;
      process.stderr.write(`annals: ${error.message}\n`);
      // In JSON lines every input leaves a line, so a consumer can see which ones failed.
      if (format === 'jsonl') await write(JSON.stringify({ input: error.input, error: error.problem }) + '\n');
      continue;
    }
    if (format === 'jsonl') await write(JSON.stringify(result) + '\n');
    else if (format === 'conllu') await write(toConllu(result, item.name));
    else if (format === 'text') await write(textReport(result, item.name) + '\n');
    else collected.push(result);
  }
  if (format === 'json' && (collected.length > 0 || failures === 0)) {
    await write(JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
