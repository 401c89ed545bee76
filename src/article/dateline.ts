import type { Dateline } from '../document/document.js';
import { parseDay } from './dates.js';

// Datelines open wire copy and its republications:
//   TOKYO (Pakistan Point News / Sputnik - 12th January, 2022)     aggregator: publisher / origin - date
//   BEIJING, Feb. 27 (UrduPoint / Pakistan Point News - 27th Feb, 2022 ) :
//   Tokyo (Russia), October 8 (ANI/Sputnik):      TOKYO, October 27. /TASS/.      Tokyo, Dec. 27 (Jiji Press)--
//   WASHINGTON (Reuters) -      HAYWARD, Calif. (AP) —      MADRID —      CLEVELAND, Feb 26 -
// Parsed with one pattern of optional parts, then checked so that an ordinary sentence opening
// ("Prime Minister Imran Khan (PTI) said") is not taken for a dateline.

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const PLACE_WORD = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'\u2019]*(?:-[\\p{L}'\u2019]+)*\\.?)";
const LINK_WORD = '(?:de|del|da|do|dos|la|le|el|al|es|of|upon|on|am|an|der|di)';
const PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|${LINK_WORD}(?= \\p{Lu}))){0,4}`;

const DATELINE = new RegExp(
  [
    `^(?<place>${PLACE})`,
    `(?:, (?<region>(?!${MONTH}\\b)${PLACE_WORD}(?: ${PLACE_WORD}){0,2}))?`,
    `(?: \\((?<qualifier>\\p{Lu}[\\p{L} .'-]{1,30})\\)(?=,))?`,
    `(?:,? (?<date>${MONTH}\\.? \\d{1,2}(?:,? \\d{4})?)\\.?)?`,
    `(?: ?\\((?<outlets>[^()\\n]{2,100})\\)| +/(?<slashed>[^/\\n]{2,40})/\\.?)?`,
    `(?<sep> *(?:--|[\u2014\u2013-]|:) *| +)`,
  ].join(''),
  'u',
);

const DATE_IN_OUTLETS = /\s+[-\u2013\u2014]\s+(?<date>[^-\u2013\u2014]*\d[^-\u2013\u2014]*)$/u;

export interface DatelineMatch extends Omit<Dateline, 'span' | 'placeSpan'> {
  /** Length of the dateline within the parsed string, separator included. */
  length: number;
  placeLength: number;
  /** True when a date was found but had no year and no reference date supplied one. */
  dateWithoutYear: boolean;
}

function looksLikeOutlet(name: string): boolean {
  return /^[\p{Lu}\d]/u.test(name) && !/[@#]|https?:|\d{3,}/u.test(name) && name.length >= 2 && name.length <= 50;
}

function isUpperCase(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * Parses a dateline at the very start of `text`. `reference` (ISO day) supplies the year of a
 * dateline date written without one.
 */
export function parseDateline(text: string, reference?: string | null): DatelineMatch | null {
  const m = DATELINE.exec(text.slice(0, 400));
  if (!m || !m.groups) return null;
  const g = m.groups;
  const place = g.place!;
  const sep = g.sep!.trim();
  let outletText = g.outlets ?? g.slashed ?? null;
  let outletDate: string | null = null;
  if (outletText) {
    const d = DATE_IN_OUTLETS.exec(outletText);
    if (d) {
      outletDate = d.groups!.date!.trim();
      outletText = outletText.slice(0, d.index);
    }
  }
  const outlets = outletText ? outletText.split('/').map((o) => o.trim()).filter((o) => o !== '') : [];
  if (outletText && (outlets.length === 0 || !outlets.every(looksLikeOutlet))) return null;

  const placeWords = place.split(' ').length;
  const capsPlace = isUpperCase(place);
  const hasDate = g.date != null || outletDate != null;
  const hasSeparator = sep !== '';
  // Evidence that this is a dateline and not the start of a sentence.
  const valid =
    (outlets.length > 0 && (capsPlace || hasDate || hasSeparator || outlets.length > 1)) ||
    (hasDate && (hasSeparator || capsPlace)) ||
    (capsPlace && hasSeparator && placeWords <= 4);
  if (!valid || (!capsPlace && placeWords > 3)) return null;

  let date: string | null = null;
  let dateWithoutYear = false;
  for (const candidate of [outletDate, g.date]) {
    if (!candidate) continue;
    const parsed = parseDay(candidate, reference);
    if (parsed) {
      date = parsed.date;
      break;
    }
    if (parseDay(candidate, '2000-06-15')) dateWithoutYear = true;
  }
  if (date) dateWithoutYear = false;

  return {
    text: m[0].trimEnd(),
    length: m[0].length,
    place,
    placeLength: place.length,
    region: g.region ?? g.qualifier ?? null,
    outlets,
    date,
    dateWithoutYear,
  };
}
