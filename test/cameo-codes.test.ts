import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  eventCode,
  loadEventCodes,
  parseEventCodes,
  quadClassOfRoot,
  rootOf,
} from '../src/code/cameo.js';

const codes = loadEventCodes();
const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

// Reference copies of GDELT's Goldstein table and the CAMEO->PLOVER table, outside the project.
const SHARED = fileURLToPath(new URL('../../shared/data/cameo/', import.meta.url));
const GOLDSTEIN_FILE = SHARED + 'CAMEO.goldsteinscale.txt';
const PLOVER_FILE = SHARED + 'CAMEO2PLOVER-2021.txt';

test('all 20 root categories are present', () => {
  for (const root of ROOTS) {
    const entry = codes.get(root);
    assert.ok(entry, `root ${root} missing`);
    assert.equal(entry.root, root);
  }
  const roots = new Set([...codes.values()].map((c) => c.root));
  assert.deepEqual([...roots].sort(), ROOTS);
});

test('codes are 2-4 digit strings with leading zeros, under their root and parent', () => {
  assert.ok(codes.size >= 300, `only ${codes.size} codes`);
  for (const [key, c] of codes) {
    assert.equal(typeof c.code, 'string');
    assert.equal(key, c.code);
    assert.match(c.code, /^[0-9]{2,4}$/);
    assert.equal(c.root, c.code.slice(0, 2));
    assert.equal(rootOf(c.code), c.root);
    if (c.code.length > 2) assert.ok(codes.has(c.code.slice(0, -1)), `${c.code}: parent ${c.code.slice(0, -1)} missing`);
    assert.ok(c.name.length > 0);
  }
  for (const k of ['01', '010', '036', '0311', '0874', '13', '204', '2042']) assert.ok(codes.has(k), `${k} missing`);
  assert.equal(codes.has('36'), false);
  assert.equal(codes.has('311'), false);
});

test('quad classes follow the GDELT convention', () => {
  for (const c of codes.values()) {
    const n = Number(c.root);
    const expected = n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
    assert.equal(c.quadClass, expected, `${c.code}`);
    assert.equal(quadClassOfRoot(c.root), expected);
  }
  for (const c of codes.values()) if (c.root === '13') assert.equal(c.quadClass, 3, c.code);
  assert.equal(eventCode('130').quadClass, 3);
  assert.equal(eventCode('1385').quadClass, 3);
});

test('known codes: 036, 057, 13', () => {
  const c036 = eventCode('036');
  assert.equal(c036.name, 'Express intent to meet or negotiate');
  assert.equal(c036.quadClass, 1);
  assert.equal(c036.goldstein, 4.0);
  assert.deepEqual(c036.plover, { type: 'AGREE', mode: null });
  const c057 = eventCode('057');
  assert.equal(c057.name, 'Sign formal agreement');
  assert.equal(c057.quadClass, 1);
  assert.equal(c057.plover?.type, 'SUPPORT');
  assert.equal(eventCode('13').name, 'Threaten');
  assert.equal(eventCode('042').plover?.mode, 'visit');
  assert.equal(eventCode('010').plover, null);
});

test('Goldstein scores lie within -10..10', () => {
  for (const c of codes.values()) {
    assert.ok(Number.isFinite(c.goldstein) && c.goldstein >= -10 && c.goldstein <= 10, `${c.code}: ${c.goldstein}`);
  }
});

test('codes missing from GDELT take their parent score and say so', () => {
  for (const c of codes.values()) {
    const m = /goldstein from parent ([0-9]+)/.exec(c.notes);
    if (m) assert.equal(c.goldstein, eventCode(m[1] ?? '').goldstein, c.code);
  }
  assert.match(eventCode('1951').notes, /goldstein from parent 195/);
});

test('eventCode and rootOf reject unknown or malformed codes clearly', () => {
  assert.throws(() => eventCode('999'), /Unknown CAMEO event code "999"/);
  assert.throws(() => eventCode('36'), /Unknown CAMEO event code "36"/);
  assert.throws(() => eventCode('0365'), /Unknown CAMEO event code/);
  assert.equal(rootOf('0311'), '03');
  assert.equal(rootOf('13'), '13');
  assert.throws(() => rootOf('311'), /Not a CAMEO event code/);
  assert.throws(() => rootOf('21'), /Not a CAMEO event code/);
  assert.throws(() => rootOf(''), /Not a CAMEO event code/);
  assert.strictEqual(loadEventCodes(), codes, 'loader caches');
});

test('malformed rows throw naming the file and line', () => {
  const good = '# header\n01\t01\tMake public statement\t0.0\t1\t-\t-\n';
  assert.equal(parseEventCodes(good, 'x.tsv').size, 1);
  const bad: [string, RegExp][] = [
    ['1\t01\tX\t0.0\t1\t-\t-', /bad code/],
    ['01\t01\tX\t0.0\t2\t-\t-', /quad_class/],
    ['01\t01\tX\t11.0\t1\t-\t-', /bad goldstein/],
    ['01\t01\tX\tabc\t1\t-\t-', /bad goldstein/],
    ['01\t02\tX\t0.0\t1\t-\t-', /root/],
    ['01\t01\t\t0.0\t1\t-\t-', /empty name/],
    ['01\t01\tX\t0.0\t1\t-', /columns/],
    ['01\t01\tX\t0.0\t1\t-\tvisit', /plover_mode given without/],
    ['01\t01\tX\t0.0\t1\tagree\t-', /bad plover_type/],
    ['036\t03\tX\t4.0\t1\t-\t-', /before its root/],
  ];
  for (const [row, why] of bad) {
    assert.throws(
      () => parseEventCodes(`# header\n\n${row}\n`, 'data/cameo/x.tsv'),
      (e: unknown) => e instanceof Error && e.message.startsWith('data/cameo/x.tsv:3:') && why.test(e.message),
      row,
    );
  }
  assert.throws(() => parseEventCodes(good + '01\t01\tY\t0.0\t1\t-\t-\n', 'f.tsv'), /f\.tsv:3: duplicate code 01/);
});

test('every code in GDELT\'s Goldstein table has the same score here', { skip: !existsSync(GOLDSTEIN_FILE) && 'no ../shared/data/cameo' }, () => {
  const rows = readFileSync(GOLDSTEIN_FILE, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  assert.ok(rows.length > 300);
  for (const row of rows) {
    const [code = '', score = ''] = row.split('\t').map((s) => s.trim());
    const ours = codes.get(code);
    assert.ok(ours, `GDELT code ${code} missing`);
    assert.equal(ours.goldstein, Number(score), `goldstein of ${code}`);
    assert.doesNotMatch(ours.notes, /goldstein from parent/, `${code} is in GDELT's table`);
  }
});

test('every code in the CAMEO->PLOVER 2021 table has the same PLOVER type here', { skip: !existsSync(PLOVER_FILE) && 'no ../shared/data/cameo' }, () => {
  const types = new Map<string, Set<string>>();
  for (const line of readFileSync(PLOVER_FILE, 'utf8').split(/\r?\n/)) {
    const m = /^([0-9]+):\s*([^,#]*)/.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const set = types.get(m[1]) ?? new Set<string>();
    set.add(m[2].trim());
    types.set(m[1], set);
  }
  assert.ok(types.size > 250);
  for (const [code, set] of types) {
    const ours = codes.get(code);
    assert.ok(ours, `PLOVER-mapped code ${code} missing`);
    assert.ok(ours.plover, `${code} has no PLOVER type here`);
    // A code the table lists under two types (08: CONCEDE and RETREAT) must match one and say so in its notes.
    assert.ok(set.has(ours.plover.type), `${code}: ours ${ours.plover.type}, table ${[...set].join('/')}`);
    if (set.size > 1) assert.match(ours.notes, /PLOVER mapping lists/);
  }
  for (const c of codes.values()) if (c.plover) assert.ok(types.has(c.code), `${c.code} has a PLOVER type the table lacks`);
});
