import { analyze } from '../pipeline.js';
import type { AnalysisResult } from '../document/serialize.js';
import { InputError } from '../ingest/errors.js';
import { readSources, type ReadOptions } from '../ingest/sources.js';
import { textReport } from './report.js';
import { parseSize, UsageError } from './usage.js';

type Format = 'text' | 'json' | 'jsonl';

export interface AnalyzeFlags {
  format?: string | undefined;
  'max-bytes'?: string | undefined;
  encoding?: string | undefined;
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
  if (!['text', 'json', 'jsonl'].includes(format)) throw new UsageError(`--format takes text, json or jsonl, not "${flags.format}"`);
  const options: ReadOptions = {};
  if (flags['max-bytes'] !== undefined) options.maxBytes = parseSize(flags['max-bytes'], '--max-bytes');
  if (flags.encoding !== undefined) options.encoding = flags.encoding;

  let failures = 0;
  const collected: AnalysisResult[] = [];
  for await (const item of readSources(paths, options)) {
    let result: AnalysisResult;
    try {
      if ('error' in item) throw item.error;
      result = analyze(item.input, item.name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures++;
      process.stderr.write(`annals: ${error.message}\n`);
      // In JSON lines every input leaves a line, so a consumer can see which ones failed.
      if (format === 'jsonl') await write(JSON.stringify({ input: error.input, error: error.problem }) + '\n');
      continue;
    }
    if (format === 'jsonl') await write(JSON.stringify(result) + '\n');
    else if (format === 'text') await write(textReport(result, item.name) + '\n');
    else collected.push(result);
  }
  if (format === 'json' && (collected.length > 0 || failures === 0)) {
    await write(JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2) + '\n');
  }
  return failures > 0 ? 1 : 0;
}
