import type { Span } from '../document/document.js';
import type { EventPlace } from '../document/annotations.js';
import type { ActorPhrase, Lexicon, PlacePhrase } from './lexicon.js';
import type { Group, Mention } from './sentence-actors.js';
import type { Word } from './words.js';
import { wordForms } from './words.js';

// The places of a sentence (data/dictionaries/places.tsv) and the place an event happens at.

export interface PlaceHit {
  at: number;
  span: Span;
  place: PlacePhrase;
}

export function findPlaces(words: Word[], lexicon: Lexicon): PlaceHit[] {
  const { keys, raws } = wordForms(words);
  const hits: PlaceHit[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.raw)) continue;
    const place = lexicon.places.matchAt(keys, raws, i)[0];
    if (!place) continue;
    const end = i + place.words.length;
    // "the Dayton accords", "the Minsk talks": a place name modifying a noun names an agreement or a format, not a place.
    if (words[end] && words[end]!.pos === 'NOUN' && words[end]!.punctBefore === '') {
      i = end - 1;
      continue;
    }
    hits.push({ at: i, span: { start: words[i]!.start, end: words[end - 1]!.end }, place });
    i = end - 1;
  }
  return hits;
}

/** The place of an event: the nearest place of its clause after the verb, else the last before it; never a place that is one of its actors ("to reward Tripoli"). */
export function nearestPlace(places: PlaceHit[], at: number, start: number, end: number, actors: readonly { start: number; end: number }[] = []): EventPlace | null {
  const inClause = places.filter((p) => p.at >= start && p.at < end && !actors.some((a) => p.at >= a.start && p.at < a.end));
  const chosen = inClause.find((p) => p.at > at) ?? inClause[inClause.length - 1];
  if (!chosen) return null;
  const p = chosen.place;
  return { name: p.name, span: chosen.span, lat: p.lat, lon: p.lon, countries: p.countries };
}


/** Kinds of places that stand for their country as an event's participant (cities and territories, not seas or regions). */
const STANDS_FOR_COUNTRY = new Set(['city', 'territory']);

/**
 * "Russian troops shelled Kharkiv", "Israeli jets bombed Gaza": a city or territory of the gazetteer that no actor
 * mention (of `found`) covers stands for its (first listed) country, as PETRARCH's country dictionaries list cities
 * under their country, where force or a visit may reach it (placeOfArrival). The mention names the place; its code is
 * the country's.
 */
export function placeMentions(words: readonly Word[], places: readonly PlaceHit[], found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const p of places) {
    const country = p.place.countries[0];
    const end = p.at + p.place.words.length;
    const covered = found.some((m) => m.start < end && p.at < m.end);
    // ("the Seattle-based company", "The Glasgow Kelvin MP", "Manchester United": a place hyphened or joined to a name or a
    // noun after it names where that is, or part of a name.)
    if (!country || !STANDS_FOR_COUNTRY.has(p.place.kind) || covered || !placeOfArrival(words, p.at) || joinedToWhatFollows(words, end)) continue;
    const entry: ActorPhrase = { kind: 'country', standsInForCountry: true, name: p.place.name, codes: [{ code: country }], words: p.place.words, stem: false, caseSensitive: false, source: `${p.place.source} (a ${p.place.kind} stands for its country, ${country})` };
    out.push({ kind: 'actor', start: p.at, end, entry, alternatives: [] });
  }
  return out;
}

/** Whether the group is only a place standing for its country (placeMentions). */
export const isStandIn = (g: Group): boolean => g.mentions.every((m) => m.kind === 'actor' && m.entry.standsInForCountry === true);

/**
 * Whether the place at word `at` stands where force or a visit may reach it: right after a verb ("shelled Kharkiv") or
 * after "to", "on", "against", "into", "at", "in" ("flew to Basra", "strikes on Kharkiv"), a determiner aside; not after
 * "of" or "from" ("Cigra Inc of Chicago"). ("talks in Geneva": a gathering's place is its venue, roles.ts.)
 */
function placeOfArrival(words: readonly Word[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && words[k]!.pos === 'DET') k--;
  return k >= 0 && (words[k]!.pos === 'VERB' || ARRIVAL_PREPOSITIONS.has(words[k]!.key));
}
const ARRIVAL_PREPOSITIONS = new Set(['TO', 'ON', 'ONTO', 'AGAINST', 'INTO', 'AT', 'TOWARD', 'TOWARDS', 'IN']);

/** Whether word `at` is hyphened to the word before it, or joined to it as a name or a noun ("Seattle-based", "Glasgow Kelvin MP"). */
function joinedToWhatFollows(words: readonly Word[], at: number): boolean {
  const w = words[at];
  return w !== undefined && (w.punctBefore === '-' || (w.punctBefore === '' && (/^\p{Lu}/u.test(w.raw) || ['NOUN', 'PROPN'].includes(w.pos))));
}
