import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';

// A page nested past the depth caps is still read, and the document says what was changed before reading it.

const PARAGRAPH = 'Japan and Russia agreed on Monday in Tokyo to resume talks on a peace treaty, officials said. The two countries will meet again next month, the foreign ministry said in a statement.';
const page = (levels: number) => `<html><head><title>Talks</title></head><body>${'<div>'.repeat(levels)}<p>${PARAGRAPH}</p>${'</div>'.repeat(levels)}</body></html>`;
const codes = (levels: number) => analyze({ html: page(levels) }, { name: 'deep.html' }).warnings.map((w) => w.code);

test('a page of ordinary depth is read without a depth warning', () => {
  assert.deepEqual(codes(20).filter((c) => c === 'nesting-flattened' || c === 'markup-thinned'), []);
});

test('wrappers nested past the DOM cap are flattened, said in a warning, and the text kept', () => {
  const result = analyze({ html: page(300) }, { name: 'deep.html' });
  assert.ok(result.warnings.some((w) => w.code === 'nesting-flattened' && w.stage === 'ingest'));
  assert.ok(result.text.includes('resume talks on a peace treaty'));
});

test('markup nested past the parse cap is thinned before parsing, said in a warning, and the text kept', () => {
  const result = analyze({ html: page(3000) }, { name: 'deep.html' });
  assert.ok(result.warnings.some((w) => w.code === 'markup-thinned'));
  assert.ok(result.text.includes('resume talks on a peace treaty'));
});
