import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';
import type { CodedEvent } from '../src/code/coder.js';

const SEED = readFileSync(new URL('../examples/kishida-russia-2022-01-12.txt', import.meta.url), 'utf8');
const names = (chain: { name: string }[]) => chain.map((l) => l.name).join(' → ');
const seed = analyze(SEED);
const attributions = seed.attributions as Attribution[];
const events = seed.events as CodedEvent[];

test("seed: the 036 event's chain runs from Kishida to the publisher, each link with its kind and span", () => {
  const meeting = events.find((e) => e.code === '036' && e.modality === 'intent')!;
  const chain = meeting.provenance as { name: string; kind: string; span?: { start: number; end: number } }[];
  assert.equal(names(chain), 'Kishida → Suzuki → Kyodo → Sputnik → Pakistan Point News');
  assert.deepEqual(chain.map((l) => l.kind), ['said', 'cited', 'reported', 'reported', 'republished']);
  assert.deepEqual(chain.map((l) => l.span && seed.text.slice(l.span.start, l.span.end)), [
    'wants',
    'citing',
    'reported',
    'TOKYO (Pakistan Point News / Sputnik - 12th January, 2022)',
    'TOKYO (Pakistan Point News / Sputnik - 12th January, 2022)',
  ]);
});

test('seed: "Kyodo reported, citing Suzuki" nests Suzuki in Kyodo, and Kishida in Suzuki', () => {
  const kyodo = attributions.find((a) => a.cue.text === 'reported')!;
  const suzuki = attributions.find((a) => a.cue.text === 'citing')!;
  const kishida = attributions.find((a) => a.cue.text === 'wants')!;
  assert.equal(kyodo.source?.actor, 'JPNMED');
  assert.equal(suzuki.source?.text, 'Japanese lawmaker Muneo Suzuki');
  assert.equal(suzuki.parent, kyodo.id);
  assert.equal(kishida.parent, suzuki.id);
  assert.ok(kyodo.content[0]!.text.startsWith('Japanese Prime Minister Fumio Kishida wants'));
  assert.ok(kyodo.content[0]!.text.endsWith('between the countries'));
});

test('seed: the statement about personal diplomacy has source Kishida, relayed according to the media (Kyodo)', () => {
  const told = attributions.find((a) => a.cue.text === 'told')!;
  assert.equal(told.source?.text, 'Kishida');
  assert.ok(told.content[0]!.text.startsWith('that it is impossible to establish a relationship of trust'));
  assert.equal(names(told.chain), 'Kishida → Kyodo → Sputnik → Pakistan Point News');
  const media = attributions.find((a) => a.id === told.parent)!;
  assert.equal(media.cue.text, 'According to');
  assert.equal(media.source?.name, 'Kyodo News');
});

test('seed: background events with no cue are attributed to the origin and its publisher', () => {
  const signed = events.filter((x) => x.code === '057');
  assert.equal(signed.length, 2);
  for (const e of signed) assert.equal(names(e.provenance as { name: string }[]), 'Sputnik → Pakistan Point News');
  // "the United States, which threatened that ...": a threat is itself a statement, by the relative pronoun's antecedent.
  const threat = events.find((x) => x.code === '130')!;
  assert.equal(names(threat.provenance as { name: string }[]), 'United States → Sputnik → Pakistan Point News');
});

const attributionsOf = (text: string) => analyze({ text: `Headline\n\nWASHINGTON (Reuters) - ${text}`, date: '2022-03-01' }).attributions as Attribution[];

test('direct quotation with the cue after it, and interrupted by "he said"', () => {
  const [a] = attributionsOf('\u201cWe will not accept these terms,\u201d the minister said on Tuesday.');
  assert.equal(a?.cue.text, 'said');
  assert.equal(a?.source?.text, 'the minister');
  assert.equal(a?.content[0]?.text, '\u201cWe will not accept these terms,\u201d');
  assert.equal(names(a!.chain), 'minister → Reuters');
});

test('"according to X" before and after the content, and a listener after "told"', () => {
  const [before] = attributionsOf('According to the ministry, talks will resume next week.');
  assert.equal(before?.source?.text, 'the ministry');
  assert.equal(before?.content[0]?.text, 'talks will resume next week');
  const [after] = attributionsOf('Talks will resume next week, according to two officials.');
  assert.equal(after?.source?.text, 'two officials');
  assert.equal(after?.content[0]?.text, 'Talks will resume next week');
  const [told] = attributionsOf('The envoy told reporters that the ceasefire was holding.');
  assert.equal(told?.source?.text, 'The envoy');
  assert.equal(told?.content[0]?.text, 'that the ceasefire was holding');
});

test('nested "citing": the cited source is reported by the outlet', () => {
  const found = attributionsOf('The army has withdrawn from the town, the agency reported, citing a local official.');
  const agency = found.find((a) => a.cue.text === 'reported')!;
  const official = found.find((a) => a.cue.text === 'citing')!;
  assert.equal(official.parent, agency.id);
  assert.equal(official.source?.text, 'a local official');
  assert.equal(agency.content[0]?.text, 'The army has withdrawn from the town');
  assert.equal(names(official.chain), 'local official → agency → Reuters');
});
