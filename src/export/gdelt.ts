import type { CodedEvent, EventActor, EventPlace, Modality } from '../code/coder.js';
import { quadClassOfRoot } from '../code/cameo.js';
import { loadCountries, SECTOR_CODES } from '../dictionaries/actors-data.js';
import { loadPlaces, type Place } from '../dictionaries/people-places-data.js';
import type { AnalysisResult } from '../document/serialize.js';
import { fipsOfIso3, fipsOfName } from './fips.js';

// Annals' coded events as rows of the GDELT 2.0 Event table ("export" files): 61 tab-separated columns, no
// header row, one event per line, as described by the GDELT Event Codebook V2.0 (2015-02-19). A GDELT user's
// loading scripts (pandas, BigQuery schema, R) read these rows unchanged. docs/gdelt-export.md gives the
// column-by-column mapping and the conventions (dates, places, counts) with their reasons.

export type GdeltType = 'INTEGER' | 'FLOAT' | 'STRING';

export interface GdeltColumn {
  /** The codebook's name of the column. */
  name: string;
  /** The codebook's (BigQuery schema's) type. */
  type: GdeltType;
}

/** The 61 columns of the GDELT 2.0 Event table, in the codebook's order. */
export const GDELT_EVENT_COLUMNS: readonly GdeltColumn[] = [
  { name: 'GLOBALEVENTID', type: 'INTEGER' },
  { name: 'SQLDATE', type: 'INTEGER' },
  { name: 'MonthYear', type: 'INTEGER' },
  { name: 'Year', type: 'INTEGER' },
  { name: 'FractionDate', type: 'FLOAT' },
  { name: 'Actor1Code', type: 'STRING' },
  { name: 'Actor1Name', type: 'STRING' },
  { name: 'Actor1CountryCode', type: 'STRING' },
  { name: 'Actor1KnownGroupCode', type: 'STRING' },
  { name: 'Actor1EthnicCode', type: 'STRING' },
  { name: 'Actor1Religion1Code', type: 'STRING' },
  { name: 'Actor1Religion2Code', type: 'STRING' },
  { name: 'Actor1Type1Code', type: 'STRING' },
  { name: 'Actor1Type2Code', type: 'STRING' },
  { name: 'Actor1Type3Code', type: 'STRING' },
  { name: 'Actor2Code', type: 'STRING' },
  { name: 'Actor2Name', type: 'STRING' },
  { name: 'Actor2CountryCode', type: 'STRING' },
  { name: 'Actor2KnownGroupCode', type: 'STRING' },
  { name: 'Actor2EthnicCode', type: 'STRING' },
  { name: 'Actor2Religion1Code', type: 'STRING' },
  { name: 'Actor2Religion2Code', type: 'STRING' },
  { name: 'Actor2Type1Code', type: 'STRING' },
  { name: 'Actor2Type2Code', type: 'STRING' },
  { name: 'Actor2Type3Code', type: 'STRING' },
  { name: 'IsRootEvent', type: 'INTEGER' },
  { name: 'EventCode', type: 'STRING' },
  { name: 'EventBaseCode', type: 'STRING' },
  { name: 'EventRootCode', type: 'STRING' },
  { name: 'QuadClass', type: 'INTEGER' },
  { name: 'GoldsteinScale', type: 'FLOAT' },
  { name: 'NumMentions', type: 'INTEGER' },
  { name: 'NumSources', type: 'INTEGER' },
  { name: 'NumArticles', type: 'INTEGER' },
  { name: 'AvgTone', type: 'FLOAT' },
  { name: 'Actor1Geo_Type', type: 'INTEGER' },
  { name: 'Actor1Geo_FullName', type: 'STRING' },
  { name: 'Actor1Geo_CountryCode', type: 'STRING' },
  { name: 'Actor1Geo_ADM1Code', type: 'STRING' },
  { name: 'Actor1Geo_ADM2Code', type: 'STRING' },
  { name: 'Actor1Geo_Lat', type: 'FLOAT' },
  { name: 'Actor1Geo_Long', type: 'FLOAT' },
  { name: 'Actor1Geo_FeatureID', type: 'STRING' },
  { name: 'Actor2Geo_Type', type: 'INTEGER' },
  { name: 'Actor2Geo_FullName', type: 'STRING' },
  { name: 'Actor2Geo_CountryCode', type: 'STRING' },
  { name: 'Actor2Geo_ADM1Code', type: 'STRING' },
  { name: 'Actor2Geo_ADM2Code', type: 'STRING' },
  { name: 'Actor2Geo_Lat', type: 'FLOAT' },
  { name: 'Actor2Geo_Long', type: 'FLOAT' },
  { name: 'Actor2Geo_FeatureID', type: 'STRING' },
  { name: 'ActionGeo_Type', type: 'INTEGER' },
  { name: 'ActionGeo_FullName', type: 'STRING' },
  { name: 'ActionGeo_CountryCode', type: 'STRING' },
  { name: 'ActionGeo_ADM1Code', type: 'STRING' },
  { name: 'ActionGeo_ADM2Code', type: 'STRING' },
  { name: 'ActionGeo_Lat', type: 'FLOAT' },
  { name: 'ActionGeo_Long', type: 'FLOAT' },
  { name: 'ActionGeo_FeatureID', type: 'STRING' },
  { name: 'DATEADDED', type: 'INTEGER' },
  { name: 'SOURCEURL', type: 'STRING' },
];

/** The column names, for a header row (GDELT's own files have none) or a DataFrame. */
export const GDELT_EVENT_HEADER: readonly string[] = GDELT_EVENT_COLUMNS.map((c) => c.name);

/** Index of a column by its codebook name, for readers of the rows. */
export function gdeltColumn(name: string): number {
  const i = GDELT_EVENT_HEADER.indexOf(name);
  if (i < 0) throw new Error(`no GDELT 2.0 event column named ${JSON.stringify(name)}`);
  return i;
}

/** GDELT's Geo_Type values. */
export const GEO_TYPE = { none: 0, country: 1, usState: 2, usCity: 3, worldCity: 4, worldState: 5 } as const;

export interface GdeltCounts {
  numMentions: number;
  numSources: number;
  numArticles: number;
}

export interface GdeltOptions {
  /** GLOBALEVENTID of the document's first event (result.events[0]); the n-th event gets idBase + n. Default 1. */
  idBase?: number;
  /** DATEADDED, written in UTC and rounded down to GDELT's 15-minute update. Default: now. */
  dateAdded?: Date;
  /**
   * NumMentions, NumSources, NumArticles: 1, 1, 1 for one article unless given here, for every event or per
   * event (the corpus stage knows how many articles and sources carry an event).
   */
  counts?: Partial<GdeltCounts> | ((event: CodedEvent) => Partial<GdeltCounts> | undefined);
  /**
   * An event without a date of its own (background, `date: null`): 'skip' it (default: GDELT has no empty
   * SQLDATE and the article's date would date it wrongly), or date it by the 'article' (article.published).
   */
  undated?: 'skip' | 'article';
  /** Modalities exported; default actual and intent (intent is already coded as CAMEO 03x). */
  modalities?: readonly Modality[];
}

export interface SkippedEvent {
  id: string;
  reason: string;
}

export interface GdeltExport {
  rows: string[][];
  /** Events left out, each with why: no date, a modality not exported, no usable code. */
  skipped: SkippedEvent[];
}

const DEFAULT_MODALITIES: readonly Modality[] = ['actual', 'intent'];

/** One row of exactly 61 strings per exported event of `result`. */
export function gdeltRows(result: AnalysisResult, options: GdeltOptions = {}): string[][] {
  return gdeltExport(result, options).rows;
}

/** What one GDELT row is made of, from an analysis or from the store. */
interface RowInput {
  globalId: number;
  code: string;
  modality: string;
  date: string | null;
  /** The date an undated event takes with `undated: 'article'`. */
  articleDate: string | null;
  source: Pick<EventActor, 'actor' | 'name' | 'text'> | null;
  target: Pick<EventActor, 'actor' | 'name' | 'text'> | null;
  isRoot: boolean;
  quadClass: number | null | undefined;
  goldstein: number | null | undefined;
  counts: GdeltCounts;
  location: (Pick<EventPlace, 'name' | 'lat' | 'lon'> & { countries?: string[] }) | null | undefined;
  sourceUrl: string;
}

/** One row, or the reason the event is left out. */
function buildRow(e: RowInput, dateAdded: string, modalities: ReadonlySet<string>, undated: GdeltOptions['undated']): string[] | string {
  if (typeof e.code !== 'string' || !/^(0[1-9]|1[0-9]|20)[0-9]{0,2}$/.test(e.code)) return `no CAMEO event code (${JSON.stringify(e.code)})`;
  if (!modalities.has(e.modality)) return `modality ${e.modality} is not exported (options.modalities)`;
  let dateText = e.date;
  if (dateText === null) {
    if (undated === 'article' && e.articleDate) dateText = e.articleDate;
    else return undated === 'article' ? 'no date of its own and no article date' : 'no date of its own (options.undated: "article" dates it by the article)';
  }
  const date = gdeltDate(dateText);
  if (!date) return `date ${JSON.stringify(dateText)} is not YYYY, YYYY-MM or YYYY-MM-DD`;
  const code = e.code;
  const root = code.slice(0, 2);
  const row = [
    String(e.globalId),
    date.sqlDate,
    date.monthYear,
    date.year,
    date.fractionDate,
    ...actorColumns(e.source),
    ...actorColumns(e.target),
    e.isRoot ? '1' : '0',
    code,
    code.length === 4 ? code.slice(0, 3) : code,
    root,
    String(e.quadClass ?? quadClassOfRoot(root)),
    e.goldstein === null || e.goldstein === undefined ? '' : floatText(e.goldstein),
    count(e.counts.numMentions),
    count(e.counts.numSources),
    count(e.counts.numArticles),
    '', // AvgTone: Annals does not compute tone
    ...NO_GEO, // Actor1Geo: Annals does not place actors
    ...NO_GEO, // Actor2Geo
    ...actionGeo(e.location ? { ...e.location, countries: e.location.countries ?? placeCountries(e.location) } : null),
    dateAdded,
    e.sourceUrl,
  ].map(cell);
  if (row.length !== GDELT_EVENT_COLUMNS.length) throw new Error(`internal: GDELT row of ${row.length} columns`);
  return row;
}

/** The rows and the events left out, with the reason for each. */
export function gdeltExport(result: AnalysisResult, options: GdeltOptions = {}): GdeltExport {
  const idBase = options.idBase ?? 1;
  if (!Number.isSafeInteger(idBase) || idBase < 0) throw new Error(`idBase must be a non-negative integer, got ${idBase}`);
  const dateAdded = dateAddedStamp(options.dateAdded ?? new Date());
  const modalities = new Set<string>(options.modalities ?? DEFAULT_MODALITIES);
  const source = sourceUrl(result);
  const rows: string[][] = [];
  const skipped: SkippedEvent[] = [];

  result.events.forEach((raw, index) => {
    const event = raw as CodedEvent;
    const id = typeof event?.id === 'string' ? event.id : `#${index}`;
    if (!event) {
      skipped.push({ id, reason: 'no CAMEO event code (undefined)' });
      return;
    }
    const sentence = result.sentences[event.sentence];
    const row = buildRow(
      {
        globalId: idBase + index,
        code: event.code,
        modality: event.modality,
        date: event.date,
        articleDate: result.article.published,
        source: event.source,
        target: event.target,
        isRoot: !!sentence && sentence.paragraph === 0,
        quadClass: event.quadClass,
        goldstein: event.goldstein,
        counts: { numMentions: 1, numSources: 1, numArticles: 1, ...(typeof options.counts === 'function' ? options.counts(event) : options.counts) },
        location: event.location,
        sourceUrl: source,
      },
      dateAdded,
      modalities,
      options.undated,
    );
    if (typeof row === 'string') skipped.push({ id, reason: row });
    else rows.push(row);
  });
  return { rows, skipped };
}

/** A stored event (the store's `queryEvents`), as `gdeltStoredExport` takes it. */
export interface StoredEventForGdelt {
  id: number;
  code: string;
  modality: string;
  date: string | null;
  goldstein: number | null;
  quadClass: number | null;
  source: { actor: string | null; text: string | null; name: string | null };
  target: { actor: string | null; text: string | null; name: string | null };
  location: { name: string; lat: number | null; lon: number | null } | null;
  paragraph: number | null;
  numArticles: number;
  numSources: number;
  article: { url: string | null; published: string | null; publisher: string | null; origin: string | null; added: string | null };
}

/**
 * Rows from the corpus store: GLOBALEVENTID is the stored event's id; NumArticles and NumSources are the
 * copies and outlets that reported it (NumMentions = NumArticles: one mention per article); DATEADDED is
 * when its article was stored; SOURCEURL is the URL of the article it was first stored from.
 */
export function gdeltStoredExport(events: readonly StoredEventForGdelt[], options: Omit<GdeltOptions, 'idBase' | 'counts'> = {}): GdeltExport {
  const modalities = new Set<string>(options.modalities ?? DEFAULT_MODALITIES);
  const rows: string[][] = [];
  const skipped: SkippedEvent[] = [];
  for (const e of events) {
    const added = options.dateAdded ?? (e.article.added ? new Date(e.article.added) : new Date());
    const { url, publisher, origin } = e.article;
    const row = buildRow(
      {
        globalId: e.id,
        code: e.code,
        modality: e.modality,
        date: e.date,
        articleDate: e.article.published,
        source: { actor: e.source.actor ?? '', name: e.source.name ?? undefined, text: e.source.text ?? '' },
        target: { actor: e.target.actor ?? '', name: e.target.name ?? undefined, text: e.target.text ?? '' },
        isRoot: e.paragraph === 0,
        quadClass: e.quadClass,
        goldstein: e.goldstein,
        counts: { numMentions: e.numArticles, numSources: e.numSources, numArticles: e.numArticles },
        location: e.location && e.location.lat !== null && e.location.lon !== null ? { name: e.location.name, lat: e.location.lat, lon: e.location.lon } : null,
        sourceUrl: url ?? (publisher && origin && origin !== publisher ? `${publisher} (${origin})` : publisher ?? origin ?? ''),
      },
      dateAddedStamp(Number.isNaN(added.getTime()) ? new Date() : added),
      modalities,
      options.undated,
    );
    if (typeof row === 'string') skipped.push({ id: String(e.id), reason: row });
    else rows.push(row);
  }
  return { rows, skipped };
}

/** Rows as GDELT writes them: cells joined by TAB, one row per line ending in a newline; no header unless asked. */
export function toTsv(rows: readonly (readonly string[])[], options: { header?: boolean } = {}): string {
  const lines = (options.header ? [GDELT_EVENT_HEADER, ...rows] : rows).map((row) => row.map(cell).join('\t'));
  return lines.map((line) => line + '\n').join('');
}

// ---------------------------------------------------------------------------------------------------------
// Cells

/** A cell cannot hold the TAB or line breaks that delimit the file: they become one space. */
function cell(value: string): string {
  return value.replace(/[\t\r\n\u2028\u2029]+/g, ' ');
}

function count(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`GDELT counts are non-negative integers, got ${n}`);
  return String(n);
}

/** A FLOAT as GDELT writes Goldstein scores: always with a decimal point (4 → "4.0", -4.4 → "-4.4"). */
function floatText(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

// ---------------------------------------------------------------------------------------------------------
// Dates

export interface GdeltDate {
  sqlDate: string;
  monthYear: string;
  year: string;
  fractionDate: string;
}

/**
 * GDELT's four date columns from an Annals date of any precision. GDELT has full dates only, so a month
 * ("2022-01") or a year ("1956") is dated by its first day (20220101, 19560101): loaders that parse SQLDATE as
 * a date accept it and it sorts first within its period. FractionDate is computed as GDELT's files compute
 * it: YYYY + ((month - 1) * 30 + day) / 365, to 4 decimals (19790101 → 1979.0027).
 */
export function gdeltDate(date: string): GdeltDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const yyyy = m[1]!;
  const mm = String(mo).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return {
    sqlDate: `${yyyy}${mm}${dd}`,
    monthYear: `${yyyy}${mm}`,
    year: yyyy,
    fractionDate: (y + ((mo - 1) * 30 + d) / 365).toFixed(4),
  };
}

/** YYYYMMDDHHMMSS in UTC, rounded down to the quarter hour as GDELT's 15-minute updates are. */
export function dateAddedStamp(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('dateAdded is not a valid date');
  const quarter = new Date(Math.floor(date.getTime() / 900_000) * 900_000);
  return quarter.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

// ---------------------------------------------------------------------------------------------------------
// Actors

/** CAMEO region codes, which GDELT reports in the CountryCode column (AFRICA → AFR). */
const REGION_CODES: ReadonlySet<string> = new Set([
  'AFR', 'ASA', 'BLK', 'CAS', 'CAU', 'CEU', 'CFR', 'CRB', 'EAF', 'EEU', 'EIN', 'EUR', 'LAM', 'MDT', 'MEA',
  'NAF', 'NMR', 'PGS', 'SAF', 'SAM', 'SAS', 'SCN', 'SEA', 'WAF', 'WST',
]);

/** CAMEO type (role) codes: the sector codes of agents.tsv and organisations, and MNC. */
const TYPE_CODES: ReadonlySet<string> = new Set([...SECTOR_CODES, 'MNC']);

/** CAMEO religion codes Annals' dictionaries use or that are unambiguous. */
const RELIGION_CODES: ReadonlySet<string> = new Set(['MOS', 'CHR', 'CTH', 'JEW', 'BUD', 'HIN']);

let countryCodes: Set<string> | null = null;
let countryNames: Map<string, string> | null = null;

function isCountryCode(code: string): boolean {
  countryCodes ??= new Set(loadCountries().map((c) => c.code));
  return countryCodes.has(code);
}

/** The usual English name of a country by its ISO alpha-3 (or CAMEO) code, from countries.tsv. */
function countryName(code: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    for (const c of loadCountries()) {
      const name = c.names[0]?.text;
      if (!name) continue;
      for (const key of [c.iso3, c.code]) if (key && !countryNames.has(key)) countryNames.set(key, name);
    }
  }
  return countryNames.get(code) ?? null;
}

export interface ActorParts {
  countryCode: string;
  knownGroupCode: string;
  ethnicCode: string;
  religion1Code: string;
  religion2Code: string;
  typeCodes: string[];
}

/**
 * A CAMEO actor code split into GDELT's columns, three letters at a time: the first country or region code
 * is the country ("JPNGOV" → JPN, "IGOWSTNAT" → WST), sector codes are types in order (GOV, LEG, IGO, ...; at
 * most three), religion codes fill Religion1/2, and the first other part is the known group ("IGOUNO" → UNO,
 * "IGOMOSOIC" → OIC). Annals has no ethnic codes, so EthnicCode stays blank.
 */
export function splitActorCode(code: string): ActorParts {
  const parts: ActorParts = { countryCode: '', knownGroupCode: '', ethnicCode: '', religion1Code: '', religion2Code: '', typeCodes: [] };
  if (!/^(?:[A-Z0-9]{3})+$/.test(code)) return parts;
  for (let i = 0; i < code.length; i += 3) {
    const part = code.slice(i, i + 3);
    if (isCountryCode(part) || REGION_CODES.has(part)) {
      if (!parts.countryCode) parts.countryCode = part;
    } else if (TYPE_CODES.has(part)) {
      if (parts.typeCodes.length < 3) parts.typeCodes.push(part);
    } else if (RELIGION_CODES.has(part)) {
      if (!parts.religion1Code) parts.religion1Code = part;
      else if (!parts.religion2Code) parts.religion2Code = part;
    } else if (!parts.knownGroupCode) {
      parts.knownGroupCode = part;
    }
  }
  return parts;
}

/** GDELT writes actor names upper-case, on one line: "FUMIO KISHIDA", "UNITED STATES". */
export function gdeltName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toUpperCase();
}

function actorColumns(actor: Pick<EventActor, 'actor' | 'name' | 'text'> | null | undefined): string[] {
  const code = actor?.actor ?? '';
  if (!actor || !code) return ['', actor ? gdeltName(actor.name ?? actor.text) : '', '', '', '', '', '', '', '', ''];
  const p = splitActorCode(code);
  return [
    code,
    gdeltName(actor.name ?? actor.text),
    p.countryCode,
    p.knownGroupCode,
    p.ethnicCode,
    p.religion1Code,
    p.religion2Code,
    p.typeCodes[0] ?? '',
    p.typeCodes[1] ?? '',
    p.typeCodes[2] ?? '',
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Places

/** The 8 Geo columns of a missing location, as GDELT writes them: type 0, the rest blank. */
const NO_GEO: readonly string[] = ['0', '', '', '', '', '', '', ''];

let gazetteer: Place[] | null = null;

function placeKind(loc: Pick<EventPlace, 'name' | 'lat' | 'lon'>): string | null {
  const own = (loc as EventPlace & { kind?: unknown }).kind;
  if (typeof own === 'string') return own;
  gazetteer ??= loadPlaces();
  const named = gazetteer.filter((p) => p.name === loc.name);
  return (named.find((p) => p.lat === loc.lat && p.lon === loc.lon) ?? named[0])?.kind ?? null;
}

/** The countries of a gazetteer place (a stored event keeps its place's name and coordinates only). */
function placeCountries(loc: Pick<EventPlace, 'name' | 'lat' | 'lon'>): string[] {
  gazetteer ??= loadPlaces();
  const named = gazetteer.filter((p) => p.name === loc.name);
  return (named.find((p) => p.lat === loc.lat && p.lon === loc.lon) ?? named[0])?.countries ?? [];
}

/**
 * The 8 ActionGeo columns of an event's place. Geo_Type from the gazetteer kind: a country, or a territory
 * that FIPS codes as its own entity (Hong Kong, Gaza Strip), is 1 (COUNTRY); a region or other territory is 5
 * (WORLDSTATE), 2 in the United States; a city, capital, island or sea is 4 (WORLDCITY: "city or landmark"),
 * 3 in the United States. Country code: FIPS 10-4 of the administering (first) country, blank when unknown.
 */
export function actionGeo(loc: Pick<EventPlace, 'name' | 'lat' | 'lon' | 'countries'> | null | undefined): string[] {
  if (!loc) return [...NO_GEO];
  const kind = placeKind(loc);
  const iso = loc.countries[0] ?? null;
  const lat = String(loc.lat);
  const lon = String(loc.lon);
  const own = kind === 'country' || kind === 'territory' ? (fipsOfName(loc.name) ?? (kind === 'country' && iso ? fipsOfIso3(iso) : null)) : null;
  if (own) return [String(GEO_TYPE.country), loc.name, own, own, '', lat, lon, own];
  const fips = iso ? (fipsOfIso3(iso) ?? '') : '';
  const inUs = iso === 'USA';
  const type =
    kind === 'region' || kind === 'territory'
      ? inUs ? GEO_TYPE.usState : GEO_TYPE.worldState
      : inUs ? GEO_TYPE.usCity : GEO_TYPE.worldCity;
  const country = iso ? countryName(iso) : null;
  const fullName = country && country !== loc.name ? `${loc.name}, ${country}` : loc.name;
  return [String(type), fullName, fips, '', '', lat, lon, ''];
}

// ---------------------------------------------------------------------------------------------------------
// Source

/**
 * SOURCEURL: the article's URL (input, then page metadata); without one, a citation as GDELT gives for
 * offline sources: the publisher, and the originating agency when it differs ("Pakistan Point News
 * (Sputnik)"); blank when neither is known.
 */
export function sourceUrl(result: AnalysisResult): string {
  const url = result.article.url ?? result.input.url ?? result.page?.url;
  if (url) return url;
  const { publisher, origin } = result.article;
  if (publisher && origin && origin !== publisher) return `${publisher} (${origin})`;
  return publisher ?? origin ?? '';
}
