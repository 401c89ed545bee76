import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyzePool } from '../src/parallel.js';
import { InputError } from '../src/ingest/errors.js';

// The worker pool's defences: a time budget per job, cancelling, and a dead worker replaced.

const small = { text: 'Talks\n\nWASHINGTON (Reuters) - Japan criticized China on Monday.', date: '2022-03-01' };
const big = { text: 'Talks\n\n' + 'Japan criticized China on Monday and Russia met Germany. '.repeat(3000) };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a job past its time budget is reported failed, naming it, and the pool goes on', async () => {
  const pool = new AnalyzePool({ size: 1, timeoutMs: 1000 });
  try {
    const slow = pool.analyze(big, 'big.txt');
    const next = pool.analyze(small, 'small.txt');
    await assert.rejects(slow, (e: unknown) => e instanceof InputError && /^big\.txt: analysis took longer than 1 s/.test(e.message));
    assert.equal((await next).events.length > 0, true);
  } finally {
    await pool.close();
  }
});

test('a cancelled job is given up, running or queued, and the others still finish', async () => {
  const pool = new AnalyzePool({ size: 1, jobsAhead: 1, timeoutMs: 0 });
  try {
    const running = new AbortController();
    const queued = new AbortController();
    const a = pool.analyze(big, 'a', { signal: running.signal });
    const b = pool.analyze(small, 'b', { signal: queued.signal });
    const c = pool.analyze(small, 'c');
    assert.equal(pool.inFlight, 3);
    queued.abort();
    await assert.rejects(b, /b: cancelled/);
    await sleep(300);
    running.abort();
    await assert.rejects(a, /a: cancelled/);
    assert.ok((await c).events.length > 0);
    assert.equal(pool.inFlight, 0);
  } finally {
    await pool.close();
  }
});

test('a worker killed under a job is replaced and the job retried once; killed again, the job is reported failed', async () => {
  const pool = new AnalyzePool({ size: 1, timeoutMs: 0 });
  try {
    await pool.analyze(small, 'warm-up');
    const first = pool.threads()[0]!;
    const retried = pool.analyze(big, 'retried');
    const behind = pool.analyze(small, 'behind');
    await sleep(100);
    await first.terminate();
    const result = await retried;
    assert.ok(result.sentences.length > 2000);
    assert.ok((await behind).events.length > 0);
    assert.notEqual(pool.threads()[0], first);

    const doomed = pool.analyze(big, 'doomed');
    const after = pool.analyze(small, 'after');
    await sleep(50);
    const second = pool.threads()[0]!;
    await second.terminate();
    while (pool.threads()[0] === second) await sleep(10);
    await pool.threads()[0]!.terminate();
    await assert.rejects(doomed, /^Error: doomed: internal error: the analysis worker died twice/);
    assert.ok((await after).events.length > 0, 'the job behind it still runs');
  } finally {
    await pool.close();
  }
});

test('an internal error in one job is reported as such, naming the input, and the worker goes on', async () => {
  const pool = new AnalyzePool({ size: 1 });
  try {
    // Not a string: the pipeline breaks on it (a library caller's mistake the types would have caught).
    await assert.rejects(pool.analyze({ text: 5 as unknown as string }, 'bad-record'), (e: unknown) => !(e instanceof InputError) && /^bad-record: internal error: /.test((e as Error).message));
    assert.ok((await pool.analyze(small, 'next')).events.length > 0);
  } finally {
    await pool.close();
  }
});

test('a job asked for as JSON comes back as the UTF-8 JSON of the same analysis', async () => {
  const pool = new AnalyzePool({ size: 1, timeoutMs: 0 });
  try {
    const [object, bytes] = await Promise.all([pool.analyze(small, 'small.txt'), pool.analyzeToJson(small, 'small.txt')]);
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(bytes)), JSON.parse(JSON.stringify(object)));
  } finally {
    await pool.close();
  }
});
