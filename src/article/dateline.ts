import type { Dateline } from '../document/document.js';
import { parseDay } from './dates.js';

// Datelines open wire copy and its republications:
//   TOKYO (Pakistan Point News / Sputnik - 12th January, 2022)     aggregator: publisher / origin - date
//   BEIJING, Feb. 27 (UrduPoint / Pakistan Point News - 27th Feb, 2022 ) :
//   Tokyo (Russia), October 8 (ANI/Sputnik):      TOKYO, October 27. /TASS/.      Tokyo, Dec. 27 (Jiji Press)--
//   WASHINGTON (Reuters) -      HAYWARD, Calif. (AP) —      MADRID —      CLEVELAND, Feb 26 -
// Parsed with one pattern of optional parts, then checked so that an ordinary sentence opening
// ("Prime Minister Imran Khan (PTI) said") is not taken for a dateline.

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month name in any case ("March", "MARCH", "march", "MArch"), whole or cut to at least three letters ("Mar", "Sept", "Marc"). */
const MONTH = `(?:${MONTH_NAMES.flatMap((name) => Array.from({ length: name.length - 2 }, (_, i) => name.slice(0, i + 3)))
  .sort((a, b) => b.length - a.length)
  .map((word) => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join(''))
  .join('|')})`;

/** The month a month word names (as MONTH matches it), 1-12, or null. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(w));
  return i >= 0 ? i + 1 : null;
}

/** A month and day, month first ("Feb. 27", "MARCH 2", "Sept 3") or day first ("2 March"), perhaps with a year. */
const DATE = `(?:${MONTH}\\.? +\\d{1,2}(?:st|nd|rd|th)?(?!\\d|[\u2013-]\\d)|\\d{1,2}(?:st|nd|rd|th)? +${MONTH}\\b\\.?)(?:,? +\\d{4})?`;

/** A word that is a month and day, which never belongs to a place or region ("JOHANNESBURG March 3"). */
const NOT_A_DATE = `(?!${MONTH}\\.? +\\d)`;
/** Initials, possibly ending in a short word: "U.S.", "N.J.", "N.Y", "W.Va.", "D.C.". */
const INITIALS = '\\p{Lu}\\.(?:\\p{Lu}\\.)*\\p{Lu}\\p{Ll}*\\.?(?![-\\p{L}\\d])';
/** A capitalised word, perhaps hyphenated: "ST.", "WINSTON-SALEM", "N'DJAMENA". */
const NAME_WORD = "\\p{Lu}[\\p{L}'\u2019]*(?:-[\\p{L}'\u2019]+)*\\.?";
const PLACE_WORD = `${NOT_A_DATE}(?:${INITIALS}|${NAME_WORD})`;
const LINK_WORD = '(?:de|del|da|do|dos|la|le|el|al|es|of|upon|on|am|an|der|di)';
const PLACE = `${PLACE_WORD}(?: (?:${PLACE_WORD}|${LINK_WORD}(?= \\p{Lu}))){0,4}`;
/** A region or country after the place: "Calif.", "W. Va.", "West Germany", "the Netherlands". */
const REGION_PART = `(?!${MONTH}\\b)(?:the )?${PLACE_WORD}(?: ${PLACE_WORD}){0,2}`;
/** The comma before a region or date, with the stray spaces wire copy has around it ("OAKLAND , N.J.", "LONDON,March 3"). */
const COMMA = ' ?, *';
/** What may come between the place (or region) and the date: a comma, a space, or a dash when another dash follows the date ("KANSAS CITY, Mo. - March 13 -"). */
const BEFORE_DATE = `(?:${COMMA}| |,? +-{1,2} +(?=${DATE}\\.? *(?:--|[\u2014\u2013-])))`;
/** An agency named after the date without brackets, just before the dash: "CHICAGO, March 4, Reuter -". */
const BARE_OUTLET = `, (?<bare>\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,2})(?= *(?:--|[\u2014\u2013-])(?:\\s|$))`;
/** The separator that ends the dateline; a stray comma may precede it ("CHICAGO, March 4, -"). */
const SEPARATOR = `(?<sep>,? *(?:--|[\u2014\u2013-]|:) *| +)`;

const DATELINE = new RegExp(
  [
    `^(?<place>${PLACE})`,
    `(?:${COMMA}(?<region>${REGION_PART}(?:${COMMA}${REGION_PART})?))?`,
    `(?: \\((?<qualifier>\\p{Lu}[\\p{L} .'-]{1,30})\\)(?=,))?`,
    `(?:(?<before>${BEFORE_DATE})(?<date>${DATE})\\.?(?:${BARE_OUTLET})?)?`,
    `(?: ?\\((?<outlets>[^()\\n]{2,100})\\)| +/(?<slashed>[^/\\n]{2,40})/\\.?)?`,
    SEPARATOR,
  ].join(''),
  'u',
);

/**
 * A dateline whose place is not capitalised as a name ("omaha, march 4 -", "La paz, March 4 -",
 * "New york, March 4 -"): taken only with a comma, a date and a dash or colon after it.
 */
const ANY_CASE_WORD = "\\p{L}[\\p{L}'\u2019.]*(?:-[\\p{L}'\u2019.]+)*";
const LOWER_CASE_DATELINE = new RegExp(
  [
    `^(?<place>${NOT_A_DATE}${ANY_CASE_WORD}(?: ${NOT_A_DATE}${ANY_CASE_WORD}){0,2})`,
    `(?:${COMMA}(?<region>(?!${MONTH}\\b)${ANY_CASE_WORD}(?: ${NOT_A_DATE}${ANY_CASE_WORD}){0,2}))?`,
    `${COMMA}(?<date>${DATE})\\.?`,
    `(?<sep>,? *(?:--|[\u2014\u2013-]|:) *)`,
  ].join(''),
  'u',
);

/** A dateline date as written, in the one form the date reader takes: "MARCH 2" -> "March 2", "2 Marc 1987" -> "March 2, 1987". */
function canonicalDate(written: string): string {
  const m = /^(?:(?<month>\p{L}+)\.? +(?<day>\d{1,2})|(?<day2>\d{1,2})\p{L}* +(?<month2>\p{L}+)\.?)\p{L}*(?:,? +(?<year>\d{4}))?/u.exec(written);
  const month = m ? monthNumber(m.groups!.month ?? m.groups!.month2!) : null;
  if (!m || !month) return written;
  const day = m.groups!.day ?? m.groups!.day2!;
  return `${MONTH_NAMES[month - 1]} ${Number(day)}${m.groups!.year ? `, ${m.groups!.year}` : ''}`;
}

const DATE_IN_OUTLETS = /\s+[-\u2013\u2014]\s+(?<date>[^-\u2013\u2014]*\d[^-\u2013\u2014]*)$/u;

export interface DatelineMatch extends Omit<Dateline, 'span' | 'placeSpan'> {
  /** Length of the dateline within the parsed string, separator included. */
  length: number;
  placeLength: number;
  /** True when a date was found but had no year and no reference date supplied one. */
  dateWithoutYear: boolean;
  /** The dateline's month and day as "MM-DD", known even when its year is not. */
  monthDay: string | null;
}

/** A leap-year reference, so that a year-less "Feb. 29" still yields its month and day. */
const ANY_YEAR = '2000-06-15';

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
  const head = text.slice(0, 400);
  const m = DATELINE.exec(head);
  const parsed = m ? interpret(m, head, reference) : null;
  if (parsed) return parsed;
  // Not a capitalised dateline: perhaps one whose place is written in lower case, which needs a date and a dash.
  const lower = LOWER_CASE_DATELINE.exec(head);
  return lower ? interpret(lower, head, reference) : null;
}

function interpret(m: RegExpExecArray, head: string, reference: string | null | undefined): DatelineMatch | null {
  const g = m.groups!;
  // "DEAR ABBY: My husband …": a letter's salutation.
  if (/^DEAR\s/i.test(g.place!)) return null;
  // "AP-US--Trump-Impeachment, 4th Ld-Writethru": a dash joined to the next word is a wire slug's, not a dateline's.
  // (A bare place only: "Tokyo, Dec. 27 (Jiji Press)--Japan" is Jiji's way.)
  if (/^(?:--|[\u2014\u2013-])$/u.test(g.sep!) && /^\p{L}/u.test(head.slice(m[0].length)) && !g.outlets && !g.date && !g.region) return null;
  const place = g.place!;
  const sep = g.sep!.trim();
  let outletText = g.outlets ?? g.slashed ?? g.bare ?? null;
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
  // A date joined to the place by a bare space ("JOHANNESBURG March 3 -") needs a capitalised place and a dash or colon.
  if (g.date != null && g.before != null && g.before.trim() === '' && !(capsPlace && hasSeparator)) return null;

  let date: string | null = null;
  let monthDay: string | null = null;
  for (const candidate of [outletDate, g.date]) {
    if (!candidate) continue;
    const written = candidate === g.date ? canonicalDate(candidate) : candidate;
    const parsed = parseDay(written, reference);
    if (parsed) {
      date = parsed.date;
      monthDay = date.slice(5);
      break;
    }
    monthDay ??= parseDay(written, ANY_YEAR)?.date.slice(5) ?? null;
  }

  return {
    text: m[0].trimEnd(),
    length: m[0].length,
    place,
    placeLength: place.length,
    region: g.region ?? g.qualifier ?? null,
    outlets,
    date,
    dateWithoutYear: date === null && monthDay !== null,
    monthDay,
  };
}
