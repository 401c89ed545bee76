import { isIsoDate, readNumberedDataRows, type DataRow } from '../data/files.js';

export { isIsoDate };

// Typed loaders for Annals' actor dictionaries (data/dictionaries/*.tsv). Each file documents its columns in
// its `#` header; these loaders check every row against that description and throw an Error naming the
// file and line of the first malformed row.

export const COUNTRIES_FILE = 'dictionaries/countries.tsv';
export const AGENTS_FILE = 'dictionaries/agents.tsv';
export const ORGANISATIONS_FILE = 'dictionaries/organisations.tsv';
export const COMPANIES_FILE = 'dictionaries/companies.tsv';

/** A period of validity: `from` inclusive, `to` exclusive, ISO `YYYY-MM-DD`; absent = open. */
export interface Period {
  from?: string;
  to?: string;
}

/** One `|`-separated item (a name, adjective or capital), optionally with its own `[from..to]` period. */
export interface DatedItem extends Period {
  text: string;
}

export interface CountryRecord extends Period {
  /** CAMEO country code (three capital letters). */
  code: string;
  /** ISO 3166 alpha-3 code (ISO 3166-3 for historical states), when there is one. */
  iso3?: string;
  names: DatedItem[];
  adjectives: DatedItem[];
  capitals: DatedItem[];
  notes: string;
  /** 1-based line in the data file. */
  line: number;
}

export interface AgentRecord {
  /** Lower-case phrase ("prime minister", "lawmakers"). */
  phrase: string;
  /** Concatenated CAMEO sector codes ("LEG", "GOVMIL"). */
  code: string;
  /** `code` split into its three-letter sector codes. */
  sectors: string[];
  notes: string;
  line: number;
}

export const ORGANISATION_KINDS = ['igo', 'ngo', 'media', 'gov', 'party', 'armed', 'association', 'company'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface OrganisationRecord extends Period {
  name: string;
  aliases: string[];
  /** Full CAMEO actor code ("IGOWSTNAT", "JPNMED"). */
  code: string;
  kind: OrganisationKind;
  /** Alpha-3 country of a media outlet, government body, party or company (its headquarters). */
  country?: string;
  notes: string;
  line: number;
}

/** CAMEO sector (agent) codes accepted in agents.tsv. */
export const SECTOR_CODES: ReadonlySet<string> = new Set([
  'GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY', 'OPP', 'PTY', 'REB', 'INS', 'SEP', 'UAF',
  'MED', 'BUS', 'LAB', 'EDU', 'HLH', 'AGR', 'ENV', 'CVL', 'REF', 'CRM', 'ELI', 'RAD',
  'MOD', 'HRI', 'DEV', 'REL', 'NGO', 'IGO',
]);

const COUNTRY_COLUMNS = 8;
const AGENT_COLUMNS = 3;
const ORGANISATION_COLUMNS = 8;

const ITEM_PERIOD = /^(.*?)\s*\[([^\]]*)\.\.([^\]]*)\]$/;

/** True when `date` (ISO) falls inside `period`. */
export function isValidOn(period: Period, date: string): boolean {
  return (period.from === undefined || period.from <= date) && (period.to === undefined || date < period.to);
}

/** True when two periods share at least one day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.to === undefined || b.from === undefined || b.from < a.to) &&
    (b.to === undefined || a.from === undefined || a.from < b.to);
}


/** A data row together with where it came from, for error messages. */
export type SourceRow = DataRow;

class RowError extends Error {}

/** Rows of a data file with their 1-based line numbers. */
export function readSourceRows(relative: string): SourceRow[] {
  return readNumberedDataRows(relative);
}

function where(file: string, line: number): string {
  return line > 0 ? `${file}:${line}` : file;
}

function parseRows<T>(file: string, rows: SourceRow[], columns: number, parse: (cells: string[], line: number) => T): T[] {
  return rows.map(({ cells, line }) => {
    try {
      if (cells.length !== columns) {
        throw new RowError(`expected ${columns} tab-separated columns, found ${cells.length}`);
      }
      return parse(cells, line);
    } catch (error) {
      if (error instanceof RowError) throw new Error(`${where(file, line)}: ${error.message}`);
      throw error;
    }
  });
}

function cell(cells: string[], index: number): string {
  return cells[index] ?? '';
}

function optionalDate(value: string, column: string): string | undefined {
  if (value === '') return undefined;
  if (!isIsoDate(value)) throw new RowError(`${column}: "${value}" is not an ISO date (YYYY-MM-DD)`);
  return value;
}

function period(fromText: string, toText: string, what: string): Period {
  const from = optionalDate(fromText, `${what} from`);
  const to = optionalDate(toText, `${what} to`);
  if (from !== undefined && to !== undefined && !(from < to)) {
    throw new RowError(`${what}: from ${from} is not before to ${to}`);
  }
  const result: Period = {};
  if (from !== undefined) result.from = from;
  if (to !== undefined) result.to = to;
  return result;
}

function list(value: string, column: string): string[] {
  if (value === '') return [];
  const items = value.split('|').map((item) => item.trim());
  if (items.some((item) => item === '')) throw new RowError(`${column}: empty item in "${value}"`);
  return items;
}

function datedList(value: string, column: string): DatedItem[] {
  return list(value, column).map((item) => {
    const m = ITEM_PERIOD.exec(item);
    if (!m) {
      if (/[[\]]/.test(item)) throw new RowError(`${column}: malformed period in "${item}" (use [from..to])`);
      return { text: item };
    }
    const text = (m[1] ?? '').trim();
    if (text === '') throw new RowError(`${column}: "${item}" has a period but no text`);
    return { text, ...period(m[2] ?? '', m[3] ?? '', `${column} "${text}"`) };
  });
}

function countryCode(value: string, column: string): string {
  if (!/^[A-Z]{3}$/.test(value)) throw new RowError(`${column}: "${value}" is not a three-letter code`);
  return value;
}

export function parseCountryRows(file: string, rows: SourceRow[]): CountryRecord[] {
  return parseRows(file, rows, COUNTRY_COLUMNS, (cells, line) => {
    const code = countryCode(cell(cells, 0), 'code');
    const iso3Text = cell(cells, 1);
    const names = datedList(cell(cells, 2), 'names');
    const adjectives = datedList(cell(cells, 3), 'adjectives');
    const capitals = datedList(cell(cells, 4), 'capitals');
    if (names.length === 0) throw new RowError('names: at least one name is required');
    if (adjectives.length === 0) throw new RowError('adjectives: at least one adjective is required');
    const record: CountryRecord = {
      code,
      names,
      adjectives,
      capitals,
      ...period(cell(cells, 5), cell(cells, 6), 'row'),
      notes: cell(cells, 7),
      line,
    };
    if (iso3Text !== '') record.iso3 = countryCode(iso3Text, 'iso3');
    return record;
  });
}

export function parseAgentRows(file: string, rows: SourceRow[]): AgentRecord[] {
  return parseRows(file, rows, AGENT_COLUMNS, (cells, line) => {
    const phrase = cell(cells, 0);
    const code = cell(cells, 1);
    if (phrase === '') throw new RowError('phrase: empty');
    // ("Diet": a phrase written with capitals is matched only so written; the lower-case diet is food.)
    if (phrase !== phrase.toLowerCase() && !/^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*$/u.test(phrase)) throw new RowError(`phrase: "${phrase}" is neither lower case nor capitalised word by word`);
    if (!/^([A-Z]{3})+$/.test(code)) throw new RowError(`code: "${code}" is not a sequence of three-letter codes`);
    const sectors = code.match(/[A-Z]{3}/g) ?? [];
    const unknown = sectors.filter((sector) => !SECTOR_CODES.has(sector));
    if (unknown.length > 0) throw new RowError(`code: unknown sector code ${unknown.join(', ')} in "${code}"`);
    return { phrase, code, sectors, notes: cell(cells, 2), line };
  });
}

/** What a file of organisation rows may hold, checked row by row. */
export interface OrganisationRules {
  /** Country codes a row may name (countries.tsv); absent = any three capital letters. */
  countries?: ReadonlySet<string>;
  /** The kinds this file may hold; absent = all of ORGANISATION_KINDS. */
  kinds?: readonly OrganisationKind[];
}

export function parseOrganisationRows(file: string, rows: SourceRow[], rules: OrganisationRules = {}): OrganisationRecord[] {
  const kinds: readonly string[] = rules.kinds ?? ORGANISATION_KINDS;
  return parseRows(file, rows, ORGANISATION_COLUMNS, (cells, line) => {
    const name = cell(cells, 0);
    if (name === '') throw new RowError('name: empty');
    const aliases = list(cell(cells, 1), 'aliases');
    const code = cell(cells, 2);
    if (!/^([A-Z0-9]{3})+$/.test(code)) throw new RowError(`code: "${code}" is not a sequence of three-character codes`);
    const kindText = cell(cells, 3);
    if (!kinds.includes(kindText)) {
      throw new RowError(`kind: "${kindText}" is not one of ${kinds.join(', ')}`);
    }
    const kind = kindText as OrganisationKind;
    const countryText = cell(cells, 4);
    const country = countryText === '' ? undefined : countryCode(countryText, 'country');
    if (country !== undefined && rules.countries && !rules.countries.has(country)) {
      throw new RowError(`country: "${country}" is not a code of ${COUNTRIES_FILE}`);
    }
    if (kind === 'armed' && country === undefined) {
      // A transnational militant group: CAMEO's IMG + religion + group (al-Qaeda IMGMOSALQ).
      if (!code.startsWith('IMG')) throw new RowError(`code: an armed group with no country is coded IMG + religion + group, got "${code}"`);
    } else if (kind === 'igo' || kind === 'ngo') {
      const prefix = kind.toUpperCase();
      if (!code.startsWith(prefix)) throw new RowError(`code: an ${kind} code must start with ${prefix}, got "${code}"`);
    } else {
      if (country === undefined) throw new RowError(`country: required for kind ${kind}`);
      if (!code.startsWith(country)) throw new RowError(`code: "${code}" does not start with its country ${country}`);
      // A company is its home country's business sector (GDELT's USABUS), state-owned or not.
      if (kind === 'company' && code !== `${country}BUS`) throw new RowError(`code: a company's code is its country + BUS (${country}BUS), got "${code}"`);
      // A national body of employers or of trade unions is its country's business or labour sector.
      if (kind === 'association' && code !== `${country}BUS` && code !== `${country}LAB`) throw new RowError(`code: an association's code is its country + BUS (employers) or + LAB (trade unions), got "${code}"`);
    }
    const record: OrganisationRecord = {
      name,
      aliases,
      code,
      kind,
      ...period(cell(cells, 5), cell(cells, 6), 'row'),
      notes: cell(cells, 7),
      line,
    };
    if (country !== undefined) record.country = country;
    return record;
  });
}

export function loadCountries(file: string = COUNTRIES_FILE): CountryRecord[] {
  return parseCountryRows(file, readSourceRows(file));
}

export function loadAgents(file: string = AGENTS_FILE): AgentRecord[] {
  return parseAgentRows(file, readSourceRows(file));
}

/** Country codes of countries.tsv, which organisation and company rows must name. */
function countryCodes(): Set<string> {
  return new Set(loadCountries().map((c) => c.code));
}

/** Organisations (organisations.tsv): every kind but company, whose rows live in companies.tsv. */
export function loadOrganisations(file: string = ORGANISATIONS_FILE): OrganisationRecord[] {
  return parseOrganisationRows(file, readSourceRows(file), { countries: countryCodes(), kinds: ORGANISATION_KINDS.filter((k) => k !== 'company') });
}

/** Companies (companies.tsv): organisation rows of kind company only, each coded its country + BUS. */
export function loadCompanies(file: string = COMPANIES_FILE): OrganisationRecord[] {
  return parseOrganisationRows(file, readSourceRows(file), { countries: countryCodes(), kinds: ['company'] });
}

/** Organisations whose name or an alias is exactly `text`, valid on `date` when given. */
export function findOrganisations(records: readonly OrganisationRecord[], text: string, date?: string): OrganisationRecord[] {
  return records.filter(
    (r) => (r.name === text || r.aliases.includes(text)) && (date === undefined || isValidOn(r, date)),
  );
}

/** The agent row for a phrase (matched lower case), if any. */
export function findAgent(records: readonly AgentRecord[], phrase: string): AgentRecord | undefined {
  const key = phrase.toLowerCase();
  return records.find((r) => r.phrase.toLowerCase() === key);
}
