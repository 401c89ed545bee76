import { readNumberedDataRows } from '../data/files.js';
import { loadEventCodes } from './cameo.js';
import { loadCountries, loadOrganisations, SECTOR_CODES } from '../dictionaries/actors-data.js';

// What the codes mean, for people: every CAMEO event code with its name, Goldstein score, QuadClass and
// PLOVER type (data/cameo/event-codes.tsv), the QuadClasses, and the actor code scheme: sector codes
// (data/cameo/actor-sectors.tsv), country codes and organisation codes with their names.

export const ACTOR_SECTORS_FILE = 'cameo/actor-sectors.tsv';

export interface ActorSector {
  code: string;
  name: string;
  description: string;
}

/** The sector codes of the actor code scheme; a malformed row, or a code the dictionaries do not know, is an error naming its line. */
export function loadActorSectors(file: string = ACTOR_SECTORS_FILE): ActorSector[] {
  return readNumberedDataRows(file).map(({ cells, line }) => {
    const [code = '', name = '', description = ''] = cells;
    if (cells.length !== 3) throw new Error(`${file}:${line}: expected 3 columns (code, name, description), found ${cells.length}`);
    if (!/^[A-Z]{3}$/.test(code) || !SECTOR_CODES.has(code)) throw new Error(`${file}:${line}: "${code}" is not a sector code of the actor dictionaries`);
    if (!name || !description) throw new Error(`${file}:${line}: empty name or description`);
    return { code, name, description };
  });
}

export const QUAD_CLASSES = [
  { quadClass: 1, name: 'Verbal cooperation', roots: '01–05' },
  { quadClass: 2, name: 'Material cooperation', roots: '06–08' },
  { quadClass: 3, name: 'Verbal conflict', roots: '09–13' },
  { quadClass: 4, name: 'Material conflict', roots: '14–20' },
] as const;

export interface Glossary {
  codes: { code: string; root: string; name: string; goldstein: number; quadClass: number; plover: { type: string; mode: string | null } | null }[];
  quadClasses: typeof QUAD_CLASSES;
  sectors: ActorSector[];
  /** Country codes with their current (latest) name. */
  countries: { code: string; name: string }[];
  /** Organisation codes (IGOUNO, JPNMED ...) with their names. */
  organisations: { code: string; name: string }[];
}

let cached: Glossary | null = null;

export function glossary(): Glossary {
  if (cached) return cached;
  const codes = [...loadEventCodes().values()].map((c) => ({ code: c.code, root: c.root, name: c.name, goldstein: c.goldstein, quadClass: c.quadClass, plover: c.plover ? { type: c.plover.type, mode: c.plover.mode } : null }));
  const countries = new Map<string, string>();
  for (const c of loadCountries()) {
    const name = c.names[0]?.text; // the most usual name first
    if (name && !countries.has(c.code)) countries.set(c.code, name);
  }
  const organisations = new Map<string, string>();
  for (const o of loadOrganisations()) if (!organisations.has(o.code)) organisations.set(o.code, o.name);
  cached = {
    codes,
    quadClasses: QUAD_CLASSES,
    sectors: loadActorSectors(),
    countries: [...countries].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)),
    organisations: [...organisations].map(([code, name]) => ({ code, name })).sort((a, b) => a.code.localeCompare(b.code)),
  };
  return cached;
}
