import { isIsoDate, readNumberedDataRows } from '../data/files.js';

export { isIsoDate };

// Loaders for Annals' own people and places dictionaries (data/dictionaries/people.tsv and
// places.tsv). Each loader checks every row and throws an Error naming the file and line of the first
// malformed one, so a bad edit to a data file fails loudly instead of coding events wrongly.

export const PEOPLE_FILE = 'dictionaries/people.tsv';
export const PLACES_FILE = 'dictionaries/places.tsv';

/** One role of one person: the CAMEO actor code that person carries from `from` until `to`. */
export interface PersonRole {
  /** Canonical name, given name first ("Fumio Kishida"). */
  name: string;
  /** Other spellings, surname alone, native name order ... (never includes `name` itself). */
  aliases: string[];
  /** CAMEO actor code for the role: JPNGOV, JPNLEG, RUSGOV, SUNGOV, IGOEUREEC ... */
  code: string;
  /** Role title: "Prime Minister", "Foreign Minister", "Member of the House of Representatives" ... */
  role: string;
  /** First day of the role, ISO YYYY-MM-DD. */
  from: string;
  /** First day the role no longer applies (the successor's first day); null = still held. */
  to: string | null;
  notes: string;
  /** 1-based line in the data file, for messages. */
  line: number;
}

export const PLACE_KINDS = ['country', 'capital', 'city', 'region', 'territory', 'island', 'sea'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One gazetteer entry. */
export interface Place {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** Decimal degrees, -90..90. */
  lat: number;
  /** Decimal degrees, -180..180. */
  lon: number;
  /** ISO alpha-3 codes of the countries the place belongs to or is claimed by; empty for seas. */
  countries: string[];
  /** Status notes: "administered by Russia, claimed by Japan" ... */
  status: string;
  line: number;
}

const CAMEO_CODE = /^(?:[A-Z]{3})+$/;
const COUNTRY_CODE = /^[A-Z]{3}$/;
const DECIMAL = /^-?\d{1,3}(?:\.\d+)?$/;


/** Whether `role` applies on `date` (ISO): from <= date < to, `to` open when null. */
export function roleActiveOn(role: PersonRole, date: string): boolean {
  return role.from <= date && (role.to === null || date < role.to);
}

/** The roles that apply on `date`. */
export function rolesOn(people: readonly PersonRole[], date: string): PersonRole[] {
  return people.filter((role) => roleActiveOn(role, date));
}

/** The roles of the person whose name or alias is `name` (compared without regard to case). */
export function rolesOf(people: readonly PersonRole[], name: string): PersonRole[] {
  const key = name.toLowerCase();
  return people.filter((r) => r.name.toLowerCase() === key || r.aliases.some((a) => a.toLowerCase() === key));
}

/** The places whose name or alias is `name` (compared without regard to case). */
export function placesNamed(places: readonly Place[], name: string): Place[] {
  const key = name.toLowerCase();
  return places.filter((p) => p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key));
}

export function loadPeople(relative: string = PEOPLE_FILE): PersonRole[] {
  return readNumberedDataRows(relative).map(({ cells, line }) => parsePersonRow(cells, relative, line));
}

export function loadPlaces(relative: string = PLACES_FILE): Place[] {
  return readNumberedDataRows(relative).map(({ cells, line }) => parsePlaceRow(cells, relative, line));
}

/** Parses one people.tsv row: name, aliases, code, role, from[, to[, notes]]. */
export function parsePersonRow(cells: string[], file: string, line: number): PersonRole {
  const fail = (message: string): never => {
    throw new Error(`${file}:${line}: ${message}`);
  };
  if (cells.length < 5 || cells.length > 7) {
    fail(`expected 5 to 7 tab-separated columns (name, aliases, code, role, from, to, notes), found ${cells.length}`);
  }
  const [name = '', aliasCell = '', code = '', role = '', from = '', toCell = '', notes = ''] = cells;
  if (name === '') fail('empty name');
  if (!CAMEO_CODE.test(code)) fail(`bad CAMEO code "${code}"`);
  if (role === '') fail('empty role');
  if (!isIsoDate(from)) fail(`bad from date "${from}"`);
  if (toCell !== '' && !isIsoDate(toCell)) fail(`bad to date "${toCell}"`);
  if (toCell !== '' && toCell < from) fail(`from ${from} is after to ${toCell}`);
  return { name, aliases: splitAliases(aliasCell, name), code, role, from, to: toCell === '' ? null : toCell, notes, line };
}

/** Parses one places.tsv row: name, aliases, kind, lat, lon, countries[, status]. */
export function parsePlaceRow(cells: string[], file: string, line: number): Place {
  const fail = (message: string): never => {
    throw new Error(`${file}:${line}: ${message}`);
  };
  if (cells.length < 6 || cells.length > 7) {
    fail(`expected 6 or 7 tab-separated columns (name, aliases, kind, lat, lon, countries, status), found ${cells.length}`);
  }
  const [name = '', aliasCell = '', kind = '', latCell = '', lonCell = '', countryCell = '', status = ''] = cells;
  if (name === '') fail('empty name');
  if (!(PLACE_KINDS as readonly string[]).includes(kind)) fail(`bad kind "${kind}" (expected ${PLACE_KINDS.join('|')})`);
  const lat = Number(latCell);
  const lon = Number(lonCell);
  if (!DECIMAL.test(latCell) || !(lat >= -90 && lat <= 90)) fail(`bad latitude "${latCell}"`);
  if (!DECIMAL.test(lonCell) || !(lon >= -180 && lon <= 180)) fail(`bad longitude "${lonCell}"`);
  const countries = countryCell === '' ? [] : countryCell.split('|').map((c) => c.trim());
  for (const c of countries) if (!COUNTRY_CODE.test(c)) fail(`bad country code "${c}"`);
  if (countries.length === 0 && kind !== 'sea') fail('no country code (only seas may have none)');
  return { name, aliases: splitAliases(aliasCell, name), kind: kind as PlaceKind, lat, lon, countries, status, line };
}

function splitAliases(cell: string, name: string): string[] {
  const seen = new Set<string>([name]);
  const out: string[] = [];
  for (const alias of cell.split('|').map((a) => a.trim())) {
    if (alias === '' || seen.has(alias)) continue;
    seen.add(alias);
    out.push(alias);
  }
  return out;
}

