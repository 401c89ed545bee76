import * as chrono from 'chrono-node';

// Date expressions in a sentence and how each resolves to a date, for event-date.ts, which chooses the one that
// dates an event.
//
// Days without a year (weekdays, "Jan. 5", "in March") are resolved to the latest such day on or before
// the article's date: "on Monday" in a Friday article is the Monday before, "on Friday" that Friday. When
// the trigger's verb phrase is future ("will meet", "is to sign", "plans to visit") or the expression says
// so ("next", "coming", "scheduled for"), the earliest such day on or after the article's date is taken
// instead ("will meet on Friday" in a Friday article is that day). A day or month without a year under a verb
// that is not in the past (a present form, a modal: "when he visits Washington April 29", "on April 17 he would
// raise tariffs") is the nearest such day or month, before or after. Modified weekdays ("last Friday",
// "next Monday") are chrono's. A week has no precision of its own: "last week" is dated by the month (or
// year) that holds the whole calendar week (Monday-Sunday), null when it straddles a new year.
// Bare years count when governed ("in/since/by/during/until 2018", "in early 2018", sentence-initial), not
// before a unit noun ("2018 tons") nor as a name ("the 1956 Joint Declaration"); "since 2014" dates the
// start of a state, "by 2030" a deadline; "between 2012 and 2020" is no single date (null).

export interface Span {
  start: number;
  end: number;
}

export type Precision = 'year' | 'month' | 'day';

export interface Expression extends Span {
  text: string;
  /** After "by" or "until": a deadline ("by July 1", "until 2007"), which dates only the verb it hangs on. */
  deadline?: boolean;
  /** A day after a determiner ("a July 20 order"): when the tree makes it a modifier of a noun after it, it dates that noun. */
  attributive?: boolean;
  /** The resolved date, or null when it needs an article date that is missing. */
  resolve: (ctx: ResolveContext) => { date: string | null; precision: Precision | null; how: string };
}

export interface ResolveContext {
  article: Day | null;
  future: boolean;
  /**
   * Whether the expression's verb is not in the past ("when he visits Washington April 29", "said on April 17 he
   * would"): a day or month without a year is then the one nearest the article's date. Asked only by the resolvers
   * that need it (reading the tree for it costs a walk over the sentence's tokens).
   */
  nearest: () => boolean;
}

export interface Day {
  y: number;
  m: number;
  d: number;
}

// ---------------------------------------------------------------- calendar helpers

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoDay(day: Day): string {
  return `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
}

function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

function toDay(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toDate(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d, 12));
}

function addDays(day: Day, n: number): Day {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + n);
  return toDay(date);
}

function weekday(day: Day): number {
  return toDate(day).getUTCDay();
}

function compare(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The coarsest of day/month/year that holds the whole range, or null across a year boundary. */
function enclosing(from: Day, to: Day): { date: string | null; precision: Precision | null } {
  if (compare(from, to) === 0) return { date: isoDay(from), precision: 'day' };
  if (from.y === to.y && from.m === to.m) return { date: isoMonth(from.y, from.m), precision: 'month' };
  if (from.y === to.y) return { date: pad(from.y, 4), precision: 'year' };
  return { date: null, precision: null };
}

// ---------------------------------------------------------------- finding date expressions

const UNIT_NOUN =
  /^\s+(?:tons?|tonnes?|people|persons|troops|soldiers|men|women|children|km|kilometers?|kilometres?|miles?|meters?|metres?|dollars?|euros?|yen|rubles?|roubles?|percent|per\s+cent|votes?|units?|barrels?|cases|deaths|casualties|hectares?|acres?|feet|pounds?|kg|kilograms?|points?|times|years?|days?|months?|hours?|minutes?|seats?)\b/i;
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|whose)|'s|’s)\s+$/i;
const CAPITALISED_AFTER = /^\s+[A-Z]/;

/**
 * A year used as part of a name: "the 1956 Japanese-Soviet Joint Declaration", "2020 Olympics ..." opening a
 * sentence; or as a noun's modifier after a determiner, which dates the thing, not the event: "failure to comply
 * with a July 1986 agreement", "the 1986 pact".
 */
function isNameModifier(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (DETERMINER_BEFORE.test(before) && LOWER_CASE_WORD_AFTER.test(after)) return true;
  if (!CAPITALISED_AFTER.test(after)) return false;
  return DETERMINER_BEFORE.test(before) || /^\W*$/.test(before);
}

const LOWER_CASE_WORD_AFTER = /^[\s-]+[a-z]{2,}/;
/** After a day: the rest of a range of days ("the March 1 through 20 period"), which dates the event after all. */
const DAY_RANGE_AFTER = /^\s*(?:through|to|until|till|and|[-–])\s*\d/;

const SEASON = '(?:(?:early|late|mid|middle|the\\s+(?:spring|summer|autumn|fall|winter|start|beginning|end|middle|first\\s+half|second\\s+half))(?:\\s+of)?[\\s-]*)';
const BARE_YEAR = new RegExp(`\\b(in|since|by|during|until|In|Since|By|During|Until)\\s+${SEASON}?((?:19|20)\\d\\d)\\b(?!\\s*[-–/]\\d|s\\b|'s|’s)`, 'g');
const INITIAL_YEAR = /^(\W*)((?:19|20)\d\d)\b(?!s\b|'s|’s|\s*[-–/]\d)/;

const YEAR_RANGE = /\b(?:[Bb]etween|[Ff]rom)\s+((?:19|20)\d\d)\s*(?:and|to|until|through|-|–)\s*((?:19|20)\d\d)\b/g;

function bareYears(sentence: string): { start: number; end: number; year: number; prep: string }[] {
  const found: { start: number; end: number; year: number; prep: string }[] = [];
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const yearText = m[2]!;
    const end = m.index + m[0].length;
    if (UNIT_NOUN.test(sentence.slice(end))) continue;
    found.push({ start: m.index, end, year: Number(yearText), prep: m[1]!.toLowerCase() });
  }
  const initial = INITIAL_YEAR.exec(sentence);
  if (initial) {
    const start = initial[1]!.length;
    const end = start + initial[2]!.length;
    const rest = sentence.slice(end);
    if (!UNIT_NOUN.test(rest) && !CAPITALISED_AFTER.test(rest)) found.push({ start, end, year: Number(initial[2]), prep: '' });
  }
  return found;
}

const RELATIVE_WORD = /\b(?:yesterday|today|tonight|tomorrow|ago|last|this|next|past|previous|coming|earlier|later)\b/i;
const PART_OF_DAY = /^(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|tonight|today|yesterday|tomorrow)$/i;
const MONTH_CONTEXT = /\b(?:in|since|by|during|until|of|last|this|next|early|late|mid|end\s+of|beginning\s+of)\s*-?\s*$/i;
export const FUTURE_CONTEXT = /\b(?:scheduled|set|slated|planned|due|expected)\s+(?:for|on|in)\s+$|\b(?:next|coming|upcoming)\s+$/i;

let parser: chrono.Chrono | null = null;

/**
 * chrono's casual English parser without three parsers an event date never needs, which cost most of its
 * time: clock times ("10:30 pm"), "within 2 days" and "2 days later" (counted from another event, not
 * from the article, so never an event's date here).
 */
const UNUSED_PARSERS = new Set(['ENTimeExpressionParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser']);
function dateParser(): chrono.Chrono {
  if (!parser) {
    parser = chrono.en.casual.clone();
    parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  }
  return parser;
}

/** Words without which chrono finds no date: most sentences have none, and chrono is the costly step. */
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(?:now|today|tonight|tomorrow|yesterday|ago|last|next|this|past|previous|coming|week|weeks|month|months|year|years|noon|midnight|morning|afternoon|evening|night|weekend|earlier|later|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\b/i;

function chronoExpressions(sentence: string, reference: Date): (Span & { kind: string; result: chrono.ParsedResult })[] {
  const found: (Span & { kind: string; result: chrono.ParsedResult })[] = [];
  if (!MAY_HOLD_DATE.test(sentence)) return found;
  for (const result of dateParser().parse(sentence, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    const c = result.start;
    let start = result.index;
    const text = result.text.replace(/[\s,.;:]+$/, '').trim();
    const end = result.index + result.text.replace(/[\s,.;:]+$/, '').length;
    if (/^(?:right\s+)?now$/i.test(text)) continue; // "now" is the present, not a date of its own
    // "five years after crowds trashed its embassy", "two days later": counted from another event, not from today.
    if (/\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before|later|earlier)\b/i.test(text)) continue;
    // Relative to the reference: "yesterday", "last month", "tonight" (a year chrono filled in itself).
    const relative = RELATIVE_WORD.test(text) || PART_OF_DAY.test(text) || (c.isCertain('year') && !/\d{4}|['’]\d\d\b/.test(text));
    let kind: string;
    if (/\bweeks?\b/i.test(text)) kind = 'week';
    else if (c.isCertain('weekday') && !c.isCertain('day')) kind = 'weekday';
    else if (c.isCertain('day') && c.isCertain('month')) kind = relative ? 'relative-day' : c.isCertain('year') ? 'full-day' : 'month-day';
    else if (c.isCertain('month') && c.isCertain('year')) kind = relative ? 'relative-month' : 'month-year';
    else if (c.isCertain('month')) kind = 'month';
    else if (c.isCertain('year')) kind = relative ? 'relative-year' : 'year';
    else if (PART_OF_DAY.test(text)) kind = 'relative-day';
    else continue; // times of day, "now": no day of their own
    if (kind === 'month') {
      // A bare month must look like one: capitalised ("march" is a verb) and governed ("in March").
      const first = /[A-Za-z]/.exec(text);
      if (!first || first[0] !== first[0].toUpperCase()) continue;
      if (!MONTH_CONTEXT.test(sentence.slice(0, start))) continue;
    }
    // Absorb a modifier chrono leaves out: "earlier this month", "later on Monday", "last March".
    const before = /\b(earlier|later|late|early|last|this|next)\s+(?:on\s+)?$/i.exec(sentence.slice(0, start));
    if (before && (kind !== 'month' || /^(?:last|this|next)$/i.test(before[1]!))) start = before.index;
    // ("The Sunday Telegraph", "the Monday Club": a weekday opening a name is no date either.)
    if ((kind === 'year' || kind === 'month-year') && isNameModifier(sentence, start, end)) continue;
    if (kind === 'weekday' && CAPITALISED_AFTER.test(sentence.slice(end)) && DETERMINER_BEFORE.test(sentence.slice(0, start))) continue;
    // "bought rapeseed for May shipment", "for June 1/10 shipment": a date after "for" before a noun dates that noun.
    if (/\bfor\s+$/i.test(sentence.slice(0, start)) && LOWER_CASE_WORD_AFTER.test(sentence.slice(end))) continue;
    // ("June 1/10": a year chrono reads from two digits after a slash is a range of days, not a year.)
    if (c.isCertain('year') && !relative && !/\d{4}|['’]\d\d\b/.test(text)) continue;
    found.push({ start, end, kind, result });
  }
  return found;
}

/** "last", "next", "this" or "" for a weekday, month or week expression. */
function modifier(text: string): string {
  const m = /\b(last|next|this|coming|past|previous|earlier|later)\b/i.exec(text);
  return m ? m[1]!.toLowerCase() : '';
}

function needsArticle(text: string) {
  return { date: null, precision: null, how: `'${text}' needs the article's date` } as const;
}

export function expressions(sentence: string, offset: number, articleDate: string | null): Expression[] {
  const reference = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const list: Expression[] = [];
  for (const e of chronoExpressions(sentence, reference)) {
    const text = sentence.slice(e.start, e.end);
    const c = e.result.start;
    const mod = modifier(text);
    // ("agreed to allow its passage through parliament by July 1": a deadline may lie ahead; the nearest such day.)
    const deadline = /\b(?:by|until|till)\s+$/i.test(sentence.slice(Math.max(0, e.start - 6), e.start));
    const get = (unit: 'year' | 'month' | 'day' | 'weekday') => c.get(unit) ?? 0;
    let resolve: Expression['resolve'];
    switch (e.kind) {
      case 'full-day':
        resolve = () => ({ date: isoDay({ y: get('year'), m: get('month'), d: get('day') }), precision: 'day', how: `date '${text}'` });
        break;
      case 'month-year':
        resolve = () => ({ date: isoMonth(get('year'), get('month')), precision: 'month', how: `month '${text}'` });
        break;
      case 'year':
        resolve = () => ({ date: pad(get('year'), 4), precision: 'year', how: `year '${text}'` });
        break;
      case 'relative-day':
        resolve = ({ article }) => (article ? { date: isoDay({ y: get('year'), m: get('month'), d: get('day') }), precision: 'day', how: `'${text}' from the article date` } : needsArticle(text));
        break;
      case 'relative-month':
        resolve = ({ article }) => (article ? { date: isoMonth(get('year'), get('month')), precision: 'month', how: `'${text}' from the article date` } : needsArticle(text));
        break;
      case 'relative-year':
        resolve = ({ article }) => (article ? { date: pad(get('year'), 4), precision: 'year', how: `'${text}' from the article date` } : needsArticle(text));
        break;
      case 'weekday':
        resolve = ({ article, future, nearest }) => {
          if (!article) return needsArticle(text);
          if (mod === 'last' || mod === 'next' || mod === 'past' || mod === 'previous') {
            return { date: isoDay({ y: get('year'), m: get('month'), d: get('day') }), precision: 'day', how: `weekday '${text}' from the article date` };
          }
          const wanted = get('weekday');
          // ("ministers meet in Belgium this weekend": "this" under a verb not in the past looks ahead.)
          const forward = future || mod === 'coming' || mod === 'later' || (mod === 'this' && nearest());
          const shift = forward ? (wanted - weekday(article) + 7) % 7 : -((weekday(article) - wanted + 7) % 7);
          return { date: isoDay(addDays(article, shift)), precision: 'day', how: `weekday '${text}' resolved to the ${forward ? 'future' : 'past'}` };
        };
        break;
      case 'month-day':
        resolve = ({ article, future, nearest }) => {
          if (!article) return needsArticle(text);
          const m = get('month');
          const d = get('day');
          // "Thursday, March 26": the year, of the article's and the two beside it, in which the day falls on that weekday.
          if (c.isCertain('weekday')) {
            const years = [article.y, article.y + 1, article.y - 1].filter((yy) => validDay(yy, m, d) && weekday({ y: yy, m, d }) === get('weekday'));
            if (years.length > 0) return { date: isoDay({ y: years[0]!, m, d }), precision: 'day', how: `'${text}': the year in which the day falls on that weekday` };
          }
          let y = article.y;
          const forward = future || mod === 'next' || mod === 'coming';
          if (!forward && mod !== 'last' && (deadline || nearest())) {
            const span = (yy: number) => Math.abs(toDate({ y: yy, m, d }).getTime() - toDate(article).getTime());
            y = [article.y, article.y - 1, article.y + 1].filter((yy) => validDay(yy, m, d)).sort((a, b) => span(a) - span(b))[0] ?? article.y;
            return { date: isoDay({ y, m, d }), precision: 'day', how: `'${text}' ${deadline ? 'a deadline' : 'in a clause not in the past'}: the nearest such day` };
          }
          if (forward && compare({ y, m, d }, article) < 0) y += 1;
          if (!forward && compare({ y, m, d }, article) > 0) y -= 1;
          if (!validDay(y, m, d)) return { date: null, precision: null, how: `'${text}' is not a day in ${y}` };
          return { date: isoDay({ y, m, d }), precision: 'day', how: `'${text}' resolved to the ${forward ? 'future' : 'past'}` };
        };
        break;
      case 'month':
        resolve = ({ article, future, nearest }) => {
          if (!article) return needsArticle(text);
          const m = get('month');
          let y = article.y;
          if (!future && mod !== 'last' && mod !== 'next' && (deadline || nearest())) {
            y = m - article.m > 6 ? y - 1 : article.m - m > 6 ? y + 1 : y;
            return { date: isoMonth(y, m), precision: 'month', how: `month '${text}' ${deadline ? 'a deadline' : 'in a clause not in the past'}: the nearest such month` };
          }
          if (mod === 'last') y = m >= article.m ? y - 1 : y;
          else if (mod === 'next') y = m <= article.m ? y + 1 : y;
          else if (future) y = m < article.m ? y + 1 : y;
          else y = m > article.m ? y - 1 : y;
          const dir = mod === 'next' || (future && mod !== 'last') ? 'future' : 'past';
          return { date: isoMonth(y, m), precision: 'month', how: `month '${text}' resolved to the ${dir}` };
        };
        break;
      case 'week':
      default:
        resolve = ({ article, future }) => {
          if (!article) return needsArticle(text);
          let from: Day;
          let to: Day;
          const n = /(\d+|one|two|three|four|five|six|a)\s+weeks?\s+ago/i.exec(text);
          const monday = (day: Day) => addDays(day, -((weekday(day) + 6) % 7));
          if (n) {
            const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
            const count = words[n[1]!.toLowerCase()] ?? Number(n[1]);
            from = monday(addDays(article, -7 * count));
            to = addDays(from, 6);
          } else if (mod === 'last' || mod === 'previous' || mod === 'past') {
            from = mod === 'past' ? addDays(article, -7) : monday(addDays(article, -7));
            to = mod === 'past' ? article : addDays(from, 6);
          } else if (mod === 'next' || mod === 'coming') {
            from = monday(addDays(article, 7));
            to = addDays(from, 6);
          } else {
            // "this week", "earlier this week": the part of this week before the article (after it, when future).
            const forward = future || mod === 'later';
            from = forward ? article : monday(article);
            to = forward ? addDays(monday(article), 6) : article;
          }
          const range = enclosing(from, to);
          return range.date
            ? { ...range, how: `week '${text}' (${isoDay(from)}..${isoDay(to)}) kept to its ${range.precision}` }
            : { ...range, how: `week '${text}' (${isoDay(from)}..${isoDay(to)}) straddles a new year` };
        };
    }
    const attributive = (e.kind === 'month-day' || e.kind === 'full-day') && DETERMINER_BEFORE.test(sentence.slice(0, e.start)) && !DAY_RANGE_AFTER.test(sentence.slice(e.end));
    list.push({ start: offset + e.start, end: offset + e.end, text, resolve, ...(deadline && { deadline }), ...(attributive && { attributive }) });
  }
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    const text = m[0];
    list.push({
      start: offset + m.index,
      end: offset + m.index + text.length,
      text,
      resolve: () => (from === to ? { date: pad(from, 4), precision: 'year', how: `year '${text}'` } : { date: null, precision: null, how: `no date: '${text}' spans several years` }),
    });
  }
  for (const y of bareYears(sentence)) {
    const start = offset + y.start;
    const end = offset + y.end;
    if (list.some((e) => e.start < end && start < e.end)) continue;
    const text = sentence.slice(y.start, y.end);
    const how =
      y.prep === 'since' ? `'${text}' (the start of a continuing state)` : y.prep === 'by' || y.prep === 'until' ? `'${text}' (a deadline)` : `year '${text}'`;
    // ("extending its support until 2007": a deadline dates only the verb it hangs on, as after "by".)
    const deadline = y.prep === 'by' || y.prep === 'until';
    list.push({ start, end, text, resolve: () => ({ date: pad(y.year, 4), precision: 'year', how }), ...(deadline && { deadline }) });
  }
  return list.sort((a, b) => a.start - b.start);
}

