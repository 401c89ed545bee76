import { loadPlaces } from '../dictionaries/people-places-data.js';
import { loadCountries } from '../dictionaries/actors-data.js';

// A dateline whose place is written as a name, not in capitals, at the start of the body: "Indianapolis –",
// "Dekalb, Ill. —", "Washington, DC, United States:", "New York, NY –". A capitalised word and a dash also open
// ordinary sentences ("Kishida — who took office ..."), so the place must be in the gazetteer (places.tsv, the
// countries and their capitals) or be followed by a region (a state abbreviation, a country).

const TITLE_DATELINE = /^(?<place>\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2})(?<regions>(?:, ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}){0,2})\s*(?:\u2014|\u2013|--|-|:)\s+(?=\S)/u;
/** A region after the place: a state or province abbreviation ("Ill.", "N.Y.", "DC", "S.D.") or a name in the gazetteer. */
const ABBREVIATION = /^(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}{2})$/u;

let known: Set<string> | null = null;

function knownPlaces(): Set<string> {
  if (!known) {
    known = new Set();
    for (const place of loadPlaces()) for (const name of [place.name, ...place.aliases]) known.add(name.toLowerCase());
    for (const country of loadCountries()) for (const item of [...country.names, ...country.capitals]) known.add(item.text.toLowerCase());
  }
  return known;
}

/** True when `name` (any case) is a place of the gazetteer or a country or capital. */
export function isKnownPlace(name: string): boolean {
  return knownPlaces().has(name.replace(/\s+/g, ' ').trim().toLowerCase());
}

export interface TitleDateline {
  text: string;
  length: number;
  place: string;
  region: string | null;
}

/** A dash between spaces, then a capitalised word: how an agency's dateline ends ("Indianapolis – Several …"). */
const WIRE_END = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2} (?:\u2014|\u2013|--) ["“‘']?\p{Lu}/u;

/**
 * A title-case dateline at the very start of `text`, or null. With `wire` (the front matter credits a news
 * agency, whose copy opens with a dateline) a place the gazetteer does not know is taken too, when a dash
 * between spaces and a capitalised word follow it.
 */
export function parseTitleDateline(text: string, wire = false): TitleDateline | null {
  const m = TITLE_DATELINE.exec(text.slice(0, 200));
  if (!m) return null;
  const place = m.groups!.place!;
  const regions = m.groups!.regions!.split(',').map((r) => r.trim()).filter(Boolean);
  const places = knownPlaces();
  const ok =
    places.has(place.toLowerCase()) ||
    (regions.length > 0 && regions.every((r) => ABBREVIATION.test(r) || places.has(r.toLowerCase()))) ||
    (wire && regions.length === 0 && WIRE_END.test(text.slice(0, 200)));
  if (!ok) return null;
  return { text: m[0].trimEnd(), length: m[0].length, place, region: regions.length ? regions.join(', ') : null };
}

/** A dateline that gives the date first and the place in brackets: "May 9, 2012 (NAIROBI) –". */
const DATE_FIRST = /^(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,? \d{4}) \((?<place>\p{Lu}[\p{L}.'’ -]{1,40})\)\s*(?:\u2014|\u2013|--|-|:)\s+(?=\S)/u;

export interface DateFirstDateline {
  text: string;
  length: number;
  place: string;
  /** The date as written. */
  date: string;
}

export function parseDateFirstDateline(text: string): DateFirstDateline | null {
  const m = DATE_FIRST.exec(text.slice(0, 120));
  if (!m) return null;
  return { text: m[0].trimEnd(), length: m[0].length, place: m.groups!.place!.trim(), date: m.groups!.date! };
}
