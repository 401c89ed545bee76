import type { Span } from '../document/document.js';
import type { EventPlace } from '../document/annotations.js';
import type { Lexicon, PlacePhrase } from './lexicon.js';
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

