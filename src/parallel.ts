import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { AnalyzeInput } from './ingest/records.js';
import type { AnalysisResult } from './document/serialize.js';
import type { DictionaryFiles } from './code/coder.js';
import { InputError } from './ingest/errors.js';

// Analysis on every core: a pool of worker threads, each running the whole pipeline (with the built-in
// dictionaries, or the files given). Results come back as they finish; an input the pipeline rejects
// comes back as InputError, an internal error as an Error naming the input. A job running past its time
// budget, or whose caller gave up, has its worker ended and replaced; a worker that dies is replaced
// and its running job tried once more, then reported failed. Jobs queued behind it are not lost.

type Reply =
  | { id: number; started: true }
  | { id: number; result: AnalysisResult }
  | { id: number; json: Uint8Array<ArrayBuffer> }
  | { id: number; inputError: { input: string; problem: string } }
  | { id: number; failure: string };

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './parallel-worker.ts' : './parallel-worker.js', import.meta.url);

/**
 * Jobs sent ahead to each worker, queued in its own message queue. With one job at a time a worker sat
 * idle from posting a result until the main thread (busy storing) sent the next: half its time on a
 * Reuters ingest. While the main thread saves a batch of articles in one synchronous transaction (about
 * 0.1-0.2 s for 200 Reuters stories) it sends nothing: only jobs already queued keep the workers busy, and
 * a Reuters story takes about 1 ms to analyse. An input is a few KB, so a deep queue costs little memory.
 */
const JOBS_AHEAD_PER_WORKER = 64;

/** The default time budget of one analysis: generous, the last line of defence against a slow input. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface PoolOptions {
  /** Worker threads; every core by default. */
  size?: number;
  /** Jobs posted ahead to each worker (JOBS_AHEAD_PER_WORKER by default); 1 keeps the others cancellable in the queue. */
  jobsAhead?: number;
  /** Time budget of one analysis in milliseconds (DEFAULT_TIMEOUT_MS); 0 for none. */
  timeoutMs?: number;
  /** PETRARCH-format dictionaries replacing the built-in ones, read by each worker. */
  dictionaries?: DictionaryFiles;
  /** Parse every sentence and add the syntax layer to each result (`analyze(…, { syntax: true })`). */
  syntax?: boolean;
}

export interface JobOptions {
  /** Aborting it gives the job up: dropped from the queue, or its worker ended and replaced when running. */
  signal?: AbortSignal;
}

interface Job {
  id: number;
  input: AnalyzeInput;
  name: string;
  /** Answered as the result's JSON (UTF-8), serialised on the worker. */
  asJson: boolean;
  tries: number;
  resolve: (r: AnalysisResult | Uint8Array<ArrayBuffer>) => void;
  reject: (e: Error) => void;
  worker?: PoolWorker;
  timer?: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface PoolWorker {
  worker: Worker;
  /** Jobs posted to it and not answered yet, in the order posted. */
  posted: Job[];
  /** Ended on purpose (a timeout, a cancel, close): its exit is no death to report. */
  ended: boolean;
}

export class AnalyzePool {
  readonly size: number;
  private readonly workers: PoolWorker[] = [];
  private readonly waiting: Job[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly jobsAhead: number;
  private readonly timeoutMs: number;
  private readonly dictionaries: DictionaryFiles | undefined;
  private nextId = 0;
  private closed = false;
  private readonly syntax: boolean;

  constructor(options: number | PoolOptions = {}) {
    const o = typeof options === 'number' ? { size: options } : options;
    this.size = Math.max(1, o.size ?? availableParallelism());
    this.jobsAhead = Math.max(1, o.jobsAhead ?? JOBS_AHEAD_PER_WORKER);
    this.timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.dictionaries = o.dictionaries;
    this.syntax = o.syntax === true;
    for (let i = 0; i < this.size; i++) this.workers.push(this.spawn());
  }

  private spawn(): PoolWorker {
    // Under tsx (tests, benches) the worker registers the same loader before reading TypeScript.
    const underTsx = import.meta.url.endsWith('.ts');
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`;
    const workerData = { dictionaries: this.dictionaries, syntax: this.syntax };
    const worker = underTsx ? new Worker(bootstrap, { eval: true, workerData }) : new Worker(workerUrl, { workerData });
    const entry: PoolWorker = { worker, posted: [], ended: false };
    worker.on('message', (reply: Reply) => this.onReply(entry, reply));
    worker.on('error', (error) => this.onDeath(entry, error));
    worker.on('exit', (code) => this.onDeath(entry, new Error(`the analysis worker stopped (exit code ${code})`)));
    return entry;
  }

  /** How many analyses a caller should keep in flight for no worker to wait: every worker's queue full. */
  get capacity(): number {
    return this.size * this.jobsAhead;
  }

  /** How many analyses are queued or running. */
  get inFlight(): number {
    return this.jobs.size;
  }

  /** The worker threads (to watch or test them); a dead one is replaced, so call again for the current ones. */
  threads(): Worker[] {
    return this.workers.map((w) => w.worker);
  }

  analyze(input: AnalyzeInput, name: string, options: JobOptions = {}): Promise<AnalysisResult> {
    return this.submit(input, name, options, false) as Promise<AnalysisResult>;
  }

  /** The analysis as its JSON text in UTF-8, serialised on the worker (a server answers with it as it is). */
  analyzeToJson(input: AnalyzeInput, name: string, options: JobOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
    return this.submit(input, name, options, true) as Promise<Uint8Array<ArrayBuffer>>;
  }

  private submit(input: AnalyzeInput, name: string, options: JobOptions, asJson: boolean): Promise<AnalysisResult | Uint8Array<ArrayBuffer>> {
    if (this.closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (options.signal?.aborted) return Promise.reject(new Error(`${name}: cancelled`));
    const id = this.nextId++;
    return new Promise<AnalysisResult | Uint8Array<ArrayBuffer>>((resolve, reject) => {
      const job: Job = { id, input, name, asJson, tries: 0, resolve, reject };
      if (options.signal) {
        job.signal = options.signal;
        job.onAbort = () => this.finish(job, new Error(`${name}: cancelled`));
        options.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.jobs.set(id, job);
      this.waiting.push(job);
      this.dispatch();
    });
  }

  /** Posts waiting jobs to the least loaded workers, up to jobsAhead each. */
  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      let target: PoolWorker | undefined;
      for (const w of this.workers) if (w.posted.length < this.jobsAhead && (!target || w.posted.length < target.posted.length)) target = w;
      if (!target) return;
      const job = this.waiting.shift()!;
      job.worker = target;
      target.posted.push(job);
      target.worker.postMessage({ id: job.id, input: job.input, name: job.name, asJson: job.asJson });
    }
  }

  private onReply(entry: PoolWorker, reply: Reply): void {
    const job = this.jobs.get(reply.id);
    if (!job || job.worker !== entry) return;
    if ('started' in reply) {
      if (this.timeoutMs > 0) job.timer = setTimeout(() => this.finish(job, new InputError(job.name, `analysis took longer than ${this.timeoutMs / 1000} s; stopped`)), this.timeoutMs);
      return;
    }
    if ('result' in reply) this.finish(job, null, reply.result, true);
    else if ('json' in reply) this.finish(job, null, reply.json, true);
    else if ('inputError' in reply) this.finish(job, new InputError(reply.inputError.input, reply.inputError.problem), undefined, true);
    else this.finish(job, new Error(`${job.name}: internal error: ${reply.failure}`), undefined, true);
  }

  /** Settles a job; one its worker did not answer (timed out, cancelled) is still there: that worker is replaced. */
  private finish(job: Job, error: Error | null, result?: AnalysisResult | Uint8Array<ArrayBuffer>, answered = false): void {
    if (!this.jobs.delete(job.id)) return;
    clearTimeout(job.timer);
    if (job.onAbort) job.signal!.removeEventListener('abort', job.onAbort);
    const waitingAt = this.waiting.indexOf(job);
    if (waitingAt >= 0) this.waiting.splice(waitingAt, 1);
    const entry = job.worker;
    if (entry) {
      entry.posted.splice(entry.posted.indexOf(job), 1);
      if (!answered && !entry.ended) this.replace(entry);
    }
    if (error) job.reject(error);
    else job.resolve(result!);
    this.dispatch();
  }

  /** Ends a worker and starts another in its place; the jobs posted to it wait for the new one. */
  private replace(entry: PoolWorker, tried?: Job): void {
    entry.ended = true;
    void entry.worker.terminate();
    const at = this.workers.indexOf(entry);
    if (at < 0) return;
    const requeue = entry.posted.filter((j) => j !== tried);
    entry.posted = [];
    for (const j of requeue) delete j.worker;
    this.waiting.unshift(...requeue);
    if (!this.closed) this.workers[at] = this.spawn();
  }

  /** A worker died (out of memory, killed): its running job is tried once more, then reported failed. */
  private onDeath(entry: PoolWorker, error: Error): void {
    if (entry.ended) return;
    const running = entry.posted[0];
    this.replace(entry, running);
    if (running) {
      clearTimeout(running.timer);
      delete running.worker;
      if (++running.tries < 2) this.waiting.unshift(running);
      else {
        this.finish(running, new Error(`${running.name}: internal error: the analysis worker died twice on it (${error.message})`));
        return;
      }
    }
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of [...this.jobs.values()]) {
      delete job.worker;
      this.finish(job, new Error(`${job.name}: the analysis pool was closed`));
    }
    await Promise.all(
      this.workers.map((w) => {
        w.ended = true;
        return w.worker.terminate();
      }),
    );
  }
}
