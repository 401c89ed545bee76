import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { AnalyzeInput } from './ingest/records.js';
import type { AnalysisResult } from './document/serialize.js';
import { InputError } from './ingest/errors.js';

// Analysis on every core: a pool of worker threads, each running the whole pipeline with the built-in
// dictionaries. Results come back as they finish; an input the pipeline rejects comes back as InputError.

type Reply = { id: number; result: AnalysisResult } | { id: number; inputError: { input: string; problem: string } } | { id: number; failure: string };

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './parallel-worker.ts' : './parallel-worker.js', import.meta.url);

/**
 * Jobs sent ahead to each worker, queued in its own message queue. With one job at a time a worker sat
 * idle from posting a result until the main thread (busy storing) sent the next: half its time on a
 * Reuters ingest. While the main thread saves a batch of articles in one synchronous transaction (about
 * 0.1-0.2 s for 200 Reuters stories) it sends nothing: only jobs already queued keep the workers busy, and
 * a Reuters story takes about 1 ms to analyse. An input is a few KB, so a deep queue costs little memory.
 */
const JOBS_AHEAD_PER_WORKER = 64;

interface PoolWorker {
  worker: Worker;
  /** Jobs posted to it and not answered yet. */
  outstanding: number;
}

export class AnalyzePool {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting: { id: number; input: AnalyzeInput; name: string }[] = [];
  private readonly pending = new Map<number, { resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(readonly size: number = Math.max(1, availableParallelism())) {
    // Under tsx (tests, benches) the worker registers the same loader before reading TypeScript.
    const underTsx = import.meta.url.endsWith('.ts');
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`;
    for (let i = 0; i < size; i++) {
      const worker = underTsx ? new Worker(bootstrap, { eval: true }) : new Worker(workerUrl);
      const entry: PoolWorker = { worker, outstanding: 0 };
      worker.on('message', (reply: Reply) => this.settle(entry, reply));
      worker.on('error', (error) => {
        for (const [, p] of this.pending) p.reject(error);
        this.pending.clear();
      });
      this.workers.push(entry);
    }
  }

  /** How many analyses a caller should keep in flight for no worker to wait: every worker's queue full. */
  get capacity(): number {
    return this.size * JOBS_AHEAD_PER_WORKER;
  }

  /** How many analyses are queued or running. */
  get inFlight(): number {
    return this.pending.size;
  }

  analyze(input: AnalyzeInput, name: string): Promise<AnalysisResult> {
    const id = this.nextId++;
    const promise = new Promise<AnalysisResult>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.waiting.push({ id, input, name });
    this.dispatch();
    return promise;
  }

  /** Posts waiting jobs to the least loaded workers, up to JOBS_AHEAD_PER_WORKER each. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      let target: PoolWorker | undefined;
      for (const w of this.workers) if (w.outstanding < JOBS_AHEAD_PER_WORKER && (!target || w.outstanding < target.outstanding)) target = w;
      if (!target) return;
      target.outstanding++;
      target.worker.postMessage(this.waiting.shift());
    }
  }

  private settle(entry: PoolWorker, reply: Reply): void {
    const p = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    entry.outstanding--;
    this.dispatch();
    if (!p) return;
    if ('result' in reply) p.resolve(reply.result);
    else if ('inputError' in reply) p.reject(new InputError(reply.inputError.input, reply.inputError.problem));
    else p.reject(new Error(reply.failure));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
