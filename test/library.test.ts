import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The package's public entry point, as a user imports it (`npm test` builds dist/ first).
test("import { analyze } from 'annals' returns the same object as the command", async () => {
  const annals = await import('annals');
  const text = readFileSync(new URL('../examples/kishida-russia-2022-01-12.txt', import.meta.url), 'utf8');
  const result = annals.analyze(text);
  assert.equal(result.article.origin, 'Sputnik');
  assert.equal(result.article.publisher, 'Pakistan Point News');
  assert.equal(result.text, text);
  assert.throws(() => annals.analyze({ text: '   ' }), annals.InputError);
  assert.throws(() => annals.analyze({ html: '<html><body><p>Hi</p></body></html>' }), /no article text found/);
});
