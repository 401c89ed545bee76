import { parentPort } from 'node:worker_threads';
import { analyze } from './pipeline.js';
import { InputError } from './ingest/errors.js';
import type { AnalyzeInput } from './ingest/records.js';

// One analysis worker of AnalyzePool (src/parallel.ts).
parentPort!.on('message', (job: { id: number; input: AnalyzeInput; name: string }) => {
  try {
    parentPort!.postMessage({ id: job.id, result: analyze(job.input, { name: job.name }) });
  } catch (error) {
    if (error instanceof InputError) parentPort!.postMessage({ id: job.id, inputError: { input: error.input, problem: error.problem } });
    else parentPort!.postMessage({ id: job.id, failure: `${job.name}: ${(error as Error).message}` });
  }
});
