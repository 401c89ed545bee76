import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './pipeline.js';
import { InputError } from './ingest/errors.js';
import type { AnalyzeInput } from './ingest/records.js';
import { defaultDictionaries, loadDictionaries, type DictionaryFiles } from './code/coder.js';

// One analysis worker of AnalyzePool (src/parallel.ts). It says when it starts a job (the pool's time
// budget counts from there), then answers with the result, the input's error, or an internal error.
const data = workerData as { dictionaries?: DictionaryFiles; syntax?: boolean } | null;
const files = data?.dictionaries;
const syntax = data?.syntax === true;
const dictionaries = files ? loadDictionaries(files) : defaultDictionaries();
// Lexicons and models load on first use: loaded here, before any job's time budget starts.
analyze('Warm-up\n\nJapan said that Russia met China.', { name: 'warm-up', dictionaries, syntax });

parentPort!.on('message', (job: { id: number; input: AnalyzeInput; name: string; asJson?: boolean }) => {
  parentPort!.postMessage({ id: job.id, started: true });
  try {
    const result = analyze(job.input, { name: job.name, dictionaries, syntax });
    if (job.asJson) {
      // Serialised here and handed over without a copy: a hostile input's result can run to 100 MB of JSON,
      // seconds of work that would otherwise stall the server's thread.
      const json = new TextEncoder().encode(JSON.stringify(result));
      parentPort!.postMessage({ id: job.id, json }, [json.buffer]);
    } else parentPort!.postMessage({ id: job.id, result });
  } catch (error) {
    if (error instanceof InputError) parentPort!.postMessage({ id: job.id, inputError: { input: error.input, problem: error.problem } });
    else parentPort!.postMessage({ id: job.id, failure: (error as Error)?.message ?? String(error) });
  }
});
