import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../src/store/index.js';
import { createApp, startServer } from '../src/serve/index.js';

// The server's defences (issue 16): idle and slow sockets closed, analyses whose client has gone given
// up (so the queue frees and nobody else gets 503), one analysis's internal error a 500 for it alone.

let dir = '';
let store: Store;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annals-limits-'));
  store = await openStore(join(dir, 'empty.db'));
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens a socket, writes `send`, and resolves with the milliseconds until the server closes it. */
function closedAfter(port: number, send: string, giveUpMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(send));
    socket.on('data', () => {});
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the socket open past ${giveUpMs} ms`));
    }, giveUpMs);
  });
}

test('idle sockets, half-sent headers and kept-alive connections are closed by the server', { timeout: 60_000 }, async () => {
  const server = await startServer(store, { port: 0, limits: { idleMs: 500, headersMs: 1000, requestMs: 2000, keepAliveMs: 300 } });
  try {
    const idle = await Promise.all(Array.from({ length: 20 }, () => closedAfter(server.port, '', 10_000)));
    assert.ok(Math.max(...idle) < 5000, `idle sockets closed after ${idle.map(Math.round).join(', ')} ms`);
    const halfHeaders = await closedAfter(server.port, 'GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n', 10_000);
    assert.ok(halfHeaders < 5000, `half-sent headers closed after ${Math.round(halfHeaders)} ms`);
    const keptAlive = await closedAfter(server.port, `GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`, 10_000);
    assert.ok(keptAlive < 5000, `kept-alive connection closed after ${Math.round(keptAlive)} ms`);
  } finally {
    await server.close();
  }
});

test('analyses whose clients hung up are given up: the next client is answered, not told 503', { timeout: 120_000 }, async () => {
  const server = await startServer(store, { port: 0 });
  try {
    const slow = JSON.stringify({ text: 'Talks\n\n' + 'Japan criticized China on Monday and Russia met Germany. '.repeat(4000) });
    // Six clients (more than the queue holds) post a slow text and hang up after half a second.
    const gone = Array.from({ length: 6 }, async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 500);
      return fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: slow, signal: controller.signal }).then(
        (r) => r.status,
        () => 'aborted',
      );
    });
    const statuses = await Promise.all(gone);
    assert.ok(statuses.filter((s) => s === 'aborted').length >= 4, statuses.join(', '));
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const next = await fetch(`${server.url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Talks\n\nJapan criticized China on Monday.' }) });
    assert.equal(next.status, 200, await next.clone().text());
    assert.ok(((await next.json()) as { events: unknown[] }).events.length > 0);
    assert.ok(performance.now() - started < 20_000, 'answered without waiting for the abandoned analyses');
  } finally {
    await server.close();
  }
});

test('an internal error in one analysis is a 500 without detail for that request alone; impossible dates are 400', async () => {
  let calls = 0;
  const app = createApp({
    store,
    webRoot: null,
    analyzer: async (input) => {
      calls++;
      if (input.text?.includes('boom')) throw new TypeError("Cannot read properties of undefined (reading 'key')");
      return { text: input.text } as never;
    },
  });
  const post = (body: unknown) => app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const write = process.stderr.write;
  process.stderr.write = () => true;
  let broken: Response;
  try {
    broken = await post({ text: 'boom' });
  } finally {
    process.stderr.write = write;
  }
  assert.equal(broken.status, 500);
  assert.deepEqual(await broken.json(), { error: 'internal error' });
  const fine = await post({ text: 'fine' });
  assert.equal(fine.status, 200);
  for (const date of ['9999-99-99', '2022-02-30', '2022-13-01']) {
    const r = await post({ text: 'fine', date });
    assert.equal(r.status, 400, date);
    assert.match(((await r.json()) as { error: string }).error, /"date" must be YYYY-MM-DD \(a real day\)/);
  }
  assert.equal(calls, 2);
});
