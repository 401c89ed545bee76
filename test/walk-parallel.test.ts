import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkRecords } from '../src/ingest/walk.js';
import { AnalyzePool } from '../src/parallel.js';
import { analyze } from '../src/pipeline.js';
import { InputError } from '../src/ingest/errors.js';

const SGML = `<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" NEWID="7">
<DATE>26-FEB-1987 15:01:01.79</DATE>
<TEXT>&#2;
<TITLE>BIG STEEL TALKS</TITLE>
<DATELINE>    PITTSBURGH, Feb 26 - </DATELINE><BODY>Steelmakers met union leaders on Thursday, officials said.
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" NEWID="8">
<DATE>26-FEB-1987 15:02:01.79</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF ONLY</TITLE>
</TEXT>
</REUTERS>`;

test('a folder is walked recursively in a stable order, Reuters SGML gives one record per story', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'annals-walk-'));
  try {
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a.txt'), 'Headline A\n\nMADRID \u2014 Spain acted on Monday.');
    writeFileSync(join(dir, 'b', 'c.jsonl'), JSON.stringify({ id: 'c1', text: 'H\n\nBody.' }) + '\n');
    writeFileSync(join(dir, 'b', 'reut2-000.sgm'), SGML);
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    const items = [];
    for await (const item of walkRecords([dir, join(dir, 'missing')])) items.push(item);
    assert.deepEqual(items.map((i) => ('error' in i ? `error ${i.error.problem}` : i.input.id ?? 'text')), [
      'text',
      'c1',
      'reuters-7',
      'reuters-8',
      'error no such file or folder',
    ]);
    const story = items[2]!;
    assert.ok('input' in story && story.input.date === '1987-02-26' && story.input.title === 'BIG STEEL TALKS');
    assert.ok('input' in story && story.input.text!.startsWith('PITTSBURGH, Feb 26 - Steelmakers'));
    // A BRIEF story (a title, no body) is a headline-only article: its title is its text.
    const brief = items[3]!;
    assert.ok('input' in brief && brief.input.text === 'BRIEF ONLY' && brief.input.title === 'BRIEF ONLY');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the worker pool gives what analyze() gives, and passes input errors back', async () => {
  const pool = new AnalyzePool(2);
  try {
    const input = { text: 'Talks\n\nWASHINGTON (Reuters) - Japan criticized China on Monday.', date: '2022-03-01' };
    const [a, b] = await Promise.all([pool.analyze(input, 'one'), pool.analyze({ ...input, id: 'x' }, 'two')]);
    assert.deepEqual(a.events, analyze(input, { name: 'one' }).events);
    assert.equal(b.id, 'x');
    await assert.rejects(pool.analyze({ html: '<html><body><p>Hi</p></body></html>' }, 'empty.html'), (e: unknown) => e instanceof InputError && /no article text/.test(e.message));
  } finally {
    await pool.close();
  }
});
