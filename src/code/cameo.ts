import { readFileSync } from 'node:fs';
import { dataPath } from '../data/files.js';

// Typed loader for Annals' CAMEO event-code table (data/cameo/event-codes.tsv). The file's `#` header
// documents the columns and sources; every row is checked against it, and the first malformed row throws an
// Error naming the file and line.

export const EVENT_CODES_FILE = 'cameo/event-codes.tsv';

/** GDELT's QuadClass: 1 Verbal Cooperation, 2 Material Cooperation, 3 Verbal Conflict, 4 Material Conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export interface PloverMapping {
  /** PLOVER event type as the 2021 CAMEO->PLOVER table spells it ("AGREE", "ACCUSE", "REQUEST", ...). */
  type: string;
  /** PLOVER mode ("visit", "assist", ...), or null when the table gives none. */
  mode: string | null;
}

export interface EventCode {
  /** CAMEO event code with its leading zeros: "036", "0311", "13". */
  code: string;
  /** Its 2-digit root category, "01".."20". */
  root: string;
  /** The codebook's short name. */
  name: string;
  /** Goldstein score (-10..+10) as GDELT assigns it. */
  goldstein: number;
  quadClass: QuadClass;
  /** PLOVER type and mode, or null when PLOVER does not map the code (roots 01, 02, some 1.1b3 additions). */
  plover: PloverMapping | null;
  notes: string;
  /** 1-based line in the data file. */
  line: number;
}

const CODE_RE = /^(0[1-9]|1[0-9]|20)[0-9]{0,2}$/;
const GOLDSTEIN_RE = /^-?(10|[0-9])(\.[0-9]+)?$/;
const PLOVER_RE = /^[A-Z][A-Z_]*$/;
const MODE_RE = /^[a-z][a-z_-]*$/;

/** The QuadClass GDELT gives a root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
export function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (!/^[0-9]{2}$/.test(root) || n < 1 || n > 20) throw new Error(`Not a CAMEO root code: ${JSON.stringify(root)}`);
  return n <= 5 ? 1 : n <= 8 ? 2 : n <= 13 ? 3 : 4;
}

/** Whether `code` has the shape of a CAMEO event code (2 to 4 digits, root 01..20); says nothing of existence. */
export function isCameoCodeShape(code: string): boolean {
  return CODE_RE.test(code);
}

/**
 * The root of a CAMEO event code: its first two digits ("0311" → "03", "13" → "13"). Throws for anything that
 * is not shaped like a CAMEO code, including numbers that lost their leading zero.
 */
export function rootOf(code: string): string {
  if (typeof code !== 'string' || !CODE_RE.test(code)) {
    throw new Error(`Not a CAMEO event code: ${JSON.stringify(code)} (expected 2-4 digits with leading zeros, root 01-20)`);
  }
  return code.slice(0, 2);
}

/** Parses the table's text; `file` names it in errors. Exported for tests of malformed input. */
export function parseEventCodes(text: string, file: string = EVENT_CODES_FILE): Map<string, EventCode> {
  const codes = new Map<string, EventCode>();
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const fail = (why: string): never => {
      throw new Error(`${file}:${line}: ${why}: ${JSON.stringify(raw)}`);
    };
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length < 7 || cells.length > 8) fail(`expected 7 or 8 tab-separated columns, found ${cells.length}`);
    const [code = '', root = '', name = '', goldstein = '', quad = '', ploverType = '', ploverMode = '', notes = ''] =
      cells;
    if (!CODE_RE.test(code)) fail(`bad code ${JSON.stringify(code)}`);
    if (codes.has(code)) fail(`duplicate code ${code} (first on line ${codes.get(code)?.line})`);
    if (root !== code.slice(0, 2)) fail(`root ${JSON.stringify(root)} is not the first two digits of ${code}`);
    if (code.length > 2 && !codes.has(code.slice(0, code.length - 1)) && !codes.has(root)) {
      fail(`code ${code} appears before its root ${root}`);
    }
    if (name === '') fail('empty name');
    if (!GOLDSTEIN_RE.test(goldstein) || Math.abs(Number(goldstein)) > 10) fail(`bad goldstein ${JSON.stringify(goldstein)}`);
    const quadClass = quadClassOfRoot(root);
    if (quad !== String(quadClass)) fail(`quad_class ${JSON.stringify(quad)} should be ${quadClass} for root ${root}`);
    let plover: PloverMapping | null = null;
    if (ploverType === '-') {
      if (ploverMode !== '-') fail('plover_mode given without plover_type');
    } else {
      if (!PLOVER_RE.test(ploverType)) fail(`bad plover_type ${JSON.stringify(ploverType)}`);
      if (ploverMode !== '-' && !MODE_RE.test(ploverMode)) fail(`bad plover_mode ${JSON.stringify(ploverMode)}`);
      plover = { type: ploverType, mode: ploverMode === '-' ? null : ploverMode };
    }
    codes.set(code, { code, root, name, goldstein: Number(goldstein), quadClass, plover, notes, line });
  });
  return codes;
}

let cache: Map<string, EventCode> | undefined;

/** Every CAMEO event code in data/cameo/event-codes.tsv, keyed by code string; read once and cached. */
export function loadEventCodes(): Map<string, EventCode> {
  cache ??= parseEventCodes(readFileSync(dataPath(EVENT_CODES_FILE), 'utf8'), `data/${EVENT_CODES_FILE}`);
  return cache;
}

/** The entry for a CAMEO event code; throws an Error naming the code when the table has no such code. */
export function eventCode(code: string): EventCode {
  const entry = loadEventCodes().get(code);
  if (entry === undefined) {
    const hint = typeof code === 'string' && /^[0-9]+$/.test(code) && !isCameoCodeShape(code)
      ? ' (CAMEO codes are 2-4 digit strings with leading zeros, e.g. "036")'
      : '';
    throw new Error(`Unknown CAMEO event code ${JSON.stringify(code)}${hint}`);
  }
  return entry;
}
