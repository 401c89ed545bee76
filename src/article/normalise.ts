import type { AnnalsDocument, Article, Dateline, FrontMatterItem, Paragraph, Removal, Span } from '../document/document.js';
import { splitParagraphs } from './paragraphs.js';
import { parseDateline, type DatelineMatch } from './dateline.js';
import { daysBetween, isIsoDay, normaliseDate } from './dates.js';
import { comparisonKey, findHeadline } from './headline.js';
import { agencyNamed, creditPlace, readFrontParagraph, readsAsBody, readWrittenDate } from './front-matter.js';
import { isKnownPlace, parseDateFirstDateline, parseTitleDateline, type TitleDateline } from './title-dateline.js';
import { outletOfUrl } from './outlet-hosts.js';
import { isMediaGroup, knownOutlet } from './outlets.js';
import { nameKey, readBackMatter, type BackMatter } from './back-matter.js';

const STAGE = 'article';
/** How many paragraphs after the headline may precede the dateline (bylines, standfirsts, captions). */
const DATELINE_SEARCH_PARAGRAPHS = 6;
/** How many paragraphs after the headline are read for front matter when recognised front matter leads there. */
const FRONT_SEARCH_PARAGRAPHS = 16;
/** How far that reading goes while no paragraph has read as body (a copied page's menus before its byline). */
const FRONT_SEARCH_CHROME_PARAGRAPHS = 28;
/** Paragraphs shorter than this (as compared) are never dropped as repeats: "Advertisement", "Read more". */
const MIN_REPEAT_KEY = 24;

export { comparisonKey };

function toDateline(paragraph: Span, match: DatelineMatch): Dateline {
  return {
    text: match.text,
    span: { start: paragraph.start, end: paragraph.start + match.text.length },
    place: match.place,
    placeSpan: { start: paragraph.start, end: paragraph.start + match.placeLength },
    region: match.region,
    outlets: match.outlets,
    date: match.date,
  };
}

interface Opening {
  dateline: Dateline | null;
  match: DatelineMatch | null;
  /** Index of the dateline's paragraph, or -1. */
  datelineIndex: number;
  /** Index of the first paragraph of the body (the dateline's, or the lede's). */
  bodyIndex: number;
  /** Readings of the paragraphs before the body that are front matter. */
  readings: Map<number, FrontMatterItem>;
}

/**
 * Where the body opens: at a dateline among the first paragraphs, else after the front matter (date lines,
 * bylines, credits, labels, captions) that leads the text. Past the first paragraph a bare "PLACE -" is as
 * likely a heading ("NOTE:", "WHEAT -"), so it is taken only when every paragraph before it is front matter.
 */
function findOpening(doc: AnnalsDocument, candidates: Span[], reference: string | null, year: number | null): Opening {
  const readings = new Map<number, FrontMatterItem>();
  let allFront = true;
  let lastFront = -1;
  let bodyLike = 0;
  const limit = Math.min(candidates.length, FRONT_SEARCH_CHROME_PARAGRAPHS);
  let bodySeen = false;
  // An agency credited above the body (in the text or in the lines an HTML page prints there): its copy opens with a dateline.
  let wire = printedAgency(doc);
  for (let i = 0; i < limit; i++) {
    const paragraph = candidates[i]!;
    const match = parseDateline(doc.slice(paragraph), reference);
    // Past the first paragraph, a dateline needs an outlet, a date, a region or a known place, or only front matter before it.
    const strong = !!match && (match.outlets.length > 0 || match.monthDay !== null || match.region !== null || (match.place != null && isKnownPlace(match.place)));
    if (match && (i === 0 || allFront || strong) && (i < DATELINE_SEARCH_PARAGRAPHS || allFront || strong || lastFront >= i - 2)) {
      return { dateline: toDateline(paragraph, match), match, datelineIndex: i, bodyIndex: i, readings };
    }
    const text = doc.slice(paragraph);
    const body = readsAsBody(text);
    // A title-case dateline opening a sentence right after the front matter, though front matter (a caption) may follow it.
    const title = i > 0 && allFront && body ? parseTitleDateline(text, wire) : null;
    if (title) return { ...titleOpening(paragraph, title), datelineIndex: i, bodyIndex: i, readings };
    const reading = body ? null : readFrontParagraph(doc.text, paragraph, null, year);
    if (reading) {
      readings.set(i, reading);
      lastFront = i;
      wire ||= (reading.parts ?? [reading]).some((p) => p.kind === 'agency');
    } else allFront = false;
    // The body has begun once two paragraphs in a row read as body text.
    bodyLike = body ? bodyLike + 1 : 0;
    bodySeen ||= body;
    if (bodySeen && i + 1 >= FRONT_SEARCH_PARAGRAPHS) break;
    if (bodyLike >= 2 && i >= DATELINE_SEARCH_PARAGRAPHS - 1) break;
    if (bodyLike >= 2 && lastFront < 0) break;
  }
  // A dateline written in title case ("Indianapolis –", "Dekalb, Ill. —") where the body begins.
  let bodyIndex = lastFront + 1;
  let opening = candidates[bodyIndex];
  let title = opening ? parseTitleDateline(doc.slice(opening), wire) : null;
  // A picture's caption, one sentence, may stand between the front matter and a title-case dateline.
  const next = candidates[bodyIndex + 1];
  if (!title && opening && next && isOneSentence(doc.slice(opening))) {
    title = parseTitleDateline(doc.slice(next), wire);
    if (title) opening = candidates[++bodyIndex];
  }
  if (opening && title) return { ...titleOpening(opening, title), datelineIndex: bodyIndex, bodyIndex, readings };
  const dateFirst = opening ? parseDateFirstDateline(doc.slice(opening)) : null;
  if (opening && dateFirst) {
    const date = readWrittenDate(dateFirst.date, null)?.date ?? null;
    const placeAt = dateFirst.text.indexOf(dateFirst.place);
    const match: DatelineMatch = { text: dateFirst.text, length: dateFirst.length, place: dateFirst.place, placeLength: 0, region: null, outlets: [], date, dateWithoutYear: false, monthDay: date ? date.slice(5) : null };
    const dateline = toDateline(opening, match);
    dateline.placeSpan = { start: opening.start + placeAt, end: opening.start + placeAt + dateFirst.place.length };
    return { dateline, match, datelineIndex: bodyIndex, bodyIndex, readings };
  }
  const late = lateDateline(doc, candidates, bodyIndex, reference);
  if (late) return { dateline: toDateline(candidates[late.index]!, late.match), match: late.match, datelineIndex: late.index, bodyIndex: late.index, readings };
  return { dateline: null, match: null, datelineIndex: -1, bodyIndex, readings };
}

function titleOpening(paragraph: Span, title: TitleDateline): Pick<Opening, 'dateline' | 'match'> {
  const match: DatelineMatch = { text: title.text, length: title.length, place: title.place, placeLength: title.place.length, region: title.region, outlets: [], date: null, dateWithoutYear: false, monthDay: null };
  return { dateline: toDateline(paragraph, match), match };
}

/** True when a line an HTML page prints above its article credits a news agency ("Tom Davies Associated Press"). */
function printedAgency(doc: AnnalsDocument): boolean {
  return (doc.page?.printed ?? []).some((line) => {
    const reading = readsAsBody(line) ? null : readFrontParagraph(line, { start: 0, end: line.length }, null);
    return (reading?.parts ?? []).some((p) => p.kind === 'agency');
  });
}

/** How far past the front matter a wire dateline is looked for, and how many body-like paragraphs in a row end the search. */
const LATE_DATELINE_PARAGRAPHS = 24;
const LATE_DATELINE_BODY_RUN = 4;

/**
 * A wire dateline further down a copied page, after its key points, captions and share buttons ("DUBAI, United
 * Arab Emirates —", "BUFFALO, N.Y. —", or "BAAR, SWITZERLAND" alone on its line): the place in capitals with a
 * region, an outlet or a gazetteer name. The search ends where the body has plainly begun (several body-like
 * paragraphs in a row), so a dateline inside an article's text is not taken for its opening.
 */
function lateDateline(doc: AnnalsDocument, candidates: Span[], from: number, reference: string | null): { index: number; match: DatelineMatch } | null {
  let run = 0;
  for (let i = from; i < Math.min(candidates.length, from + LATE_DATELINE_PARAGRAPHS); i++) {
    const text = doc.slice(candidates[i]!);
    // A place and region alone on their line ("BAAR, SWITZERLAND") read as if a dash followed.
    const alone = !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 5;
    const match = parseDateline(alone ? `${text} \u2014 ` : text, reference);
    const place = match?.place ?? null;
    // Alone on its line, a dateline needs its region: a menu's "USA" or "U.S." is not one.
    const strong = !!match && place !== null && /^[^\p{Ll}]+$/u.test(place) && (match.region !== null || (!alone && (match.outlets.length > 0 || isKnownPlace(place))));
    if (match && strong) {
      if (alone) Object.assign(match, { text, length: text.length });
      return { index: i, match };
    }
    run = readsAsBody(text) ? run + 1 : 0;
    if (run >= LATE_DATELINE_BODY_RUN) return null;
  }
  return null;
}

/** True for a paragraph of one sentence (a caption, a standfirst). */
function isOneSentence(text: string): boolean {
  return !/[.!?]["'”’)]*\s+["'“‘(]?\p{Lu}/u.test(text.trim());
}

interface Sorted {
  removed: Removal[];
  roles: Map<Span, Paragraph['role']>;
  frontMatter: FrontMatterItem[];
  bodySpans: Span[];
}

/** Each paragraph after the headline as a repeat (removed), front matter or body. */
function sortParagraphs(doc: AnnalsDocument, candidates: Span[], opening: Opening, out: Sorted, year: number | null): void {
  const { dateline, datelineIndex, bodyIndex } = opening;
  const { removed, roles, frontMatter, bodySpans } = out;
  // Compare each paragraph with those kept before it; a dateline paragraph is compared by its lede, the text after the dateline.
  const ledeOf = (p: Span): Span => {
    let start = dateline!.span!.end;
    while (start < p.end && /\s/.test(doc.text[start]!)) start++;
    return { start, end: p.end };
  };
  const compared = (p: Span, i: number) => (i === datelineIndex ? ledeOf(p) : p);
  const keyOf = (p: Span, i: number) => comparisonKey(doc.slice(compared(p, i)));
  // Scraped pages repeat the lede (before the dateline, or again after it) and sometimes a paragraph twice
  // in a row. Those copies are dropped; a paragraph that recurs elsewhere (a recipe's "Portion: 1 cup") is content.
  const ledeIndex = bodyIndex;
  const lede = candidates[ledeIndex] ? compared(candidates[ledeIndex]!, ledeIndex) : null;
  const ledeKey = lede ? comparisonKey(doc.slice(lede)) : '';
  let previous: { key: string; span: Span } | null = null;
  candidates.forEach((paragraph, i) => {
    const key = keyOf(paragraph, i);
    const duplicateOf =
      key.length < MIN_REPEAT_KEY ? null :
      i !== ledeIndex && key === ledeKey ? lede :
      previous && key === previous.key ? previous.span :
      null;
    if (duplicateOf) {
      const reason = duplicateOf === lede ? 'repeated-lede' : 'repeated-paragraph';
      removed.push({ span: paragraph, reason, duplicateOf });
      roles.set(paragraph, 'removed');
      return;
    }
    previous = { key, span: paragraph };
    if (i < bodyIndex) {
      // Read again with the dateline's month and day, which settle an ambiguous numeric date.
      const reading = readFrontParagraph(doc.text, paragraph, opening.match?.monthDay ?? null, year) ?? opening.readings.get(i) ?? { kind: 'other' as const, span: { ...paragraph }, value: null };
      frontMatter.push(reading);
      roles.set(paragraph, 'front');
    } else {
      bodySpans.push(paragraph);
      roles.set(paragraph, 'body');
    }
  });

}

export function normaliseArticle(doc: AnnalsDocument): void {
  const { headline, headlineSpan, rest, label } = findHeadline(doc, splitParagraphs(doc.text));
  const reference = doc.input.date ?? normaliseDate(doc.page?.date) ?? null;
  const removed: Removal[] = [];
  const roles = new Map<Span, Paragraph['role']>();
  const headlineKey = headline ? comparisonKey(headline) : null;
  // A headline repeated with its label ("Fact Check: Is An 'Oxygen Bar' …") is a repeat too.
  const labelledKey = label && headlineSpan ? comparisonKey(doc.text.slice(label.span.start, headlineSpan.end)) : null;

  for (const paragraph of rest) {
    const key = headlineSpan ? comparisonKey(doc.slice(paragraph)) : null;
    if (headlineSpan && (key === headlineKey || (labelledKey !== null && key === labelledKey))) {
      removed.push({ span: paragraph, reason: 'repeated-headline', duplicateOf: headlineSpan });
      roles.set(paragraph, 'removed');
    }
  }
  const candidates = rest.filter((p) => !roles.has(p));

  // The dateline opens one of the first paragraphs; what comes before it is front matter or a repeat of the lede.
  // The lines after the headline that name the outlet, date the story or give the page's copyright year
  // (read over all of them: a long page's chrome may be taken for front matter).
  const back = readBackMatter(doc.text, candidates);
  const opening = findOpening(doc, candidates, reference, back.year);
  const { datelineIndex, bodyIndex } = opening;
  let dateline = opening.dateline;
  let dateWithoutYear = opening.match?.dateWithoutYear ?? false;
  const monthDay = opening.match?.monthDay ?? null;

  const frontMatter: FrontMatterItem[] = label ? [label] : [];
  const bodySpans: Span[] = [];
  sortParagraphs(doc, candidates, opening, { removed, roles, frontMatter, bodySpans }, back.year);

  doc.paragraphs = [
    ...(headlineSpan ? [{ ...headlineSpan, role: 'headline' as const }] : []),
    ...rest.map((p) => ({ start: p.start, end: p.end, role: roles.get(p) ?? 'body' })),
  ];
  removed.sort((a, b) => a.span.start - b.span.start);

  const { frontDate, bylineDate, dates, credits } = frontReadings(doc, frontMatter, monthDay, back.year);
  dateline ??= creditDateline(doc, frontMatter);
  // A dateline day without a year takes its year from a byline date in the front matter, when there is one.
  if (dateWithoutYear && frontDate && dateline) {
    dateline.date = parseDateline(doc.slice(candidates[datelineIndex]!), frontDate)?.date ?? null;
    dateWithoutYear = dateline.date === null;
  }

  if (!dateline) doc.warn(STAGE, 'no-dateline', 'no dateline found at the start of the article');
  if (dateWithoutYear) doc.warn(STAGE, 'dateline-date-without-year', 'the dateline gives a day without a year and the article has no date to take it from', dateline?.span);

  doc.article = {
    headline,
    headlineSpan,
    body: bodySpans.map((s) => doc.slice(s)).join('\n\n'),
    bodySpans,
    removed,
    frontMatter,
    backMatter: back.items,
    dateline,
    ...outletsAndDate(doc, dateline, { frontDate, bylineDate, dates, credits, siteName: siteNameHeadline(doc, headline, candidates) }, back),
    url: doc.input.url ?? doc.page?.url ?? null,
    byline: doc.page?.byline ?? credits.byline,
  };
}

/**
 * A dateline read from a credit line above the body ("Reuters, Washington, Nov 20 2019"), when the body opens
 * with none: a line of the text's front matter, else one an HTML page prints above its article (not in the
 * text, so that dateline has no span).
 */
function creditDateline(doc: AnnalsDocument, frontMatter: FrontMatterItem[]): Dateline | null {
  for (const item of frontMatter) {
    const credit = creditPlace(doc.slice(item.span));
    if (!credit) continue;
    const start = item.span.start + credit.at;
    return {
      text: doc.slice(item.span),
      span: { ...item.span },
      place: credit.place,
      placeSpan: { start, end: start + credit.place.length },
      region: null,
      outlets: credit.agency ? [credit.agency] : [],
      date: null,
    };
  }
  for (const line of doc.page?.printed ?? []) {
    const credit = readsAsBody(line) ? null : creditPlace(line);
    if (credit) return { text: line, place: credit.place, region: null, outlets: credit.agency ? [credit.agency] : [], date: null };
  }
  return null;
}

interface Credits {
  agency: string | null;
  publisher: string | null;
  byline: string | null;
}

/**
 * What the front matter says: its first date line, agency, publisher and byline; an HTML page's printed lines
 * between its headline and its article (not in the text) are read the same way, after the text's own.
 */
function frontReadings(doc: AnnalsDocument, frontMatter: FrontMatterItem[], monthDay: string | null, year: number | null): FrontReadings {
  const parts = frontMatter.flatMap((item) => item.parts ?? [item]);
  // A printed day without a year ("Posted Nov 18, 8:19 PM") takes the year of the page's copyright, else of its timestamp.
  const pageYear = year ?? (normaliseDate(doc.page?.date) ? Number(normaliseDate(doc.page?.date)!.slice(0, 4)) : null);
  const printedItems = (doc.page?.printed ?? []).flatMap((line) => {
    const reading = readsAsBody(line) ? null : readFrontParagraph(line, { start: 0, end: line.length }, monthDay, pageYear);
    return reading ? [{ line, reading }] : [];
  });
  const printed = printedItems.flatMap(({ reading }) => reading.parts ?? [reading]);
  // A day on the byline's own line ("By Jane Roe on Monday, November 18th, 2019", "November 12, 2018 | BY: …"),
  // not one marked as an update: the story's date as the page prints it.
  const bylineDay = (line: string, item: FrontMatterItem, offset: number) => {
    const parts = item.parts ?? [item];
    const date = parts.find((p) => p.kind === 'date' && p.value);
    if (!date || !parts.some((p) => p.kind === 'byline') || /\bupdated\b/i.test(line.slice(0, date.span.start - offset))) return null;
    return date.value;
  };
  const bylineDate =
    frontMatter.map((item) => bylineDay(doc.slice(item.span), item, item.span.start)).find((d) => d) ??
    printedItems.map(({ line, reading }) => bylineDay(line, reading, 0)).find((d) => d) ??
    null;
  const firstOf = (kind: FrontMatterItem['kind']) =>
    parts.find((p) => p.kind === kind && p.value)?.value ?? printed.find((p) => p.kind === kind && p.value)?.value ?? null;
  const dated = frontMatter.find((item) => (item.parts ?? [item]).some((p) => p.kind === 'date'));
  if (dated?.assumed) doc.warn(STAGE, 'date-order-assumed', dated.assumed, dated.span);
  const dates = [...parts, ...printed].filter((p) => p.kind === 'date' && p.value).map((p) => p.value!);
  return { frontDate: firstOf('date'), bylineDate, dates, credits: { agency: firstOf('agency'), publisher: firstOf('publisher'), byline: firstOf('byline') } };
}

/** A first line of at most this many words, followed by at least MENU_RUN short lines, may be the site's name. */
const SITE_NAME_WORDS = 5;
const MENU_RUN = 8;
/** The most words of a menu's line. */
const MENU_WORDS = 8;

/**
 * The site's name, when a copy of a page begins at its masthead: a short first line (taken for the headline)
 * followed by a run of menu lines ("India", "World", "Sport News", …) before any text. Only for plain text (an
 * HTML page's headline is its title) and only as the last source of the publisher.
 */
function siteNameHeadline(doc: AnnalsDocument, headline: string | null, candidates: Span[]): string | null {
  if (doc.page || !headline || headline.split(/\s+/).length > SITE_NAME_WORDS || /[.!?:]$/.test(headline.trim())) return null;
  const next = candidates.slice(0, MENU_RUN).map((p) => doc.slice(p));
  if (next.length < MENU_RUN || next.some((line) => line.split(/\s+/).length > MENU_WORDS || readsAsBody(line))) return null;
  return headline.trim();
}

interface FrontReadings {
  /** The site's name when the copy begins at the page's masthead (siteNameHeadline). */
  siteName?: string | null;
  /** The first date the front matter prints (the text's own lines first, then an HTML page's printed lines). */
  frontDate: string | null;
  /** The day printed on the byline's line, not marked as an update. */
  bylineDate: string | null;
  /** Every date the front matter prints, in that order. */
  dates: string[];
  credits: Credits;
}

function outletsAndDate(doc: AnnalsDocument, dateline: Dateline | null, front: FrontReadings, back: BackMatter): Pick<Article, 'publisher' | 'origin' | 'published'> {
  const { frontDate, bylineDate, dates, credits } = front;
  const outlets = dateline?.outlets ?? [];
  // An aggregator's dateline names "publisher / originating agency"; a wire dateline names only the agency.
  // An agency credited above the body is the story's origin; it says nothing of who publishes this copy.
  // The page's own name first, then a publisher line, an aggregator's dateline ("publisher / agency"), the
  // host of the URL, the name the lines after the body give (a copied page's footer), and last a wire
  // dateline's one outlet.
  const url = doc.input.url ?? doc.page?.url ?? null;
  // A dateline of two agencies ("ANI/Sputnik") is one agency carrying another: it does not name the page.
  const aggregator = outlets.length > 1 && !agencyNamed(outlets[0]!) ? outlets[0]! : null;
  // A name after the body that is the byline's is the writer's ("© Jane Roe" on her blog), not the outlet's, when another is proposed.
  const writer = doc.page?.byline ?? credits.byline;
  const named = back.publishers.filter((p) => !writer || nameKey(p) !== nameKey(writer));
  // An outlet the byline writes for ("Jane Roe Detroit Free Press") over a footer naming only an owner ("© 2019 Gannett") or none.
  const bylineOutlet = credits.agency && !agencyNamed(credits.agency) && knownOutlet(credits.agency) ? credits.agency : null;
  const footer = back.ownerOnly || back.publishers.length === 0 ? (bylineOutlet ?? named[0] ?? back.publisher) : (named[0] ?? back.publisher);
  const publisher = pageSiteName(doc) ?? credits.publisher ?? aggregator ?? outletOfUrl(url) ?? footer ?? pageFooterName(doc) ?? outlets[0] ?? front.siteName ?? null;
  // A news agency the page's metadata names as an author or publisher ("author": "Associated Press").
  const metaAgency = (doc.page?.credits ?? []).map((name) => agencyNamed(name)).find((name) => name) ?? null;
  const origin = outlets.length > 0 ? outlets[outlets.length - 1]! : credits.agency ?? back.origin ?? metaAgency ?? publisher;

  const inputDate = doc.input.date ?? null;
  let pageDate = normaliseDate(doc.page?.date);
  // A page's timestamp is read in UTC; a day the page prints within a day of it (the first such) is the outlet's own.
  const printedDay = pageDate ? dates.find((d) => Math.abs(daysBetween(pageDate!, d)) <= 1) : undefined;
  if (printedDay) pageDate = printedDay;
  // The day printed on the byline's line is the story's, over a timestamp of another day (a page's modified time).
  if (bylineDate) pageDate = bylineDate;
  const published = (inputDate && isIsoDay(inputDate) ? inputDate.slice(0, 10) : null) ?? pageDate ?? dateline?.date ?? bylineDate ?? frontDate ?? back.published;
  if (!published) doc.warn(STAGE, 'no-date', 'the article date is unknown: no date in the input, the page, the dateline or a byline');
  else if (dateline?.date && Math.abs(daysBetween(published, dateline.date)) > 2) {
    doc.warn(STAGE, 'date-mismatch', `the dateline says ${dateline.date} but the article is dated ${published}`, dateline.span);
  }
  return { publisher, origin, published };
}

/**
 * The page's own name for its site: its site name without a slogan ("LinkNaija | Nigeria's news"), else its
 * title's suffix. A site name that is a place ("U.S.", a section's name put in og:site_name) names no site.
 */
function pageSiteName(doc: AnnalsDocument): string | null {
  const page = doc.page;
  if (!page) return null;
  const clean = (name: string) => name.split(/\s+[|\u2013\u2014-]\s+/u)[0]!.trim();
  if (page.siteName && isKnownPlace(clean(page.siteName))) return null;
  // A media group's name ("Gannett") is the owner's; a subdomain's name ("Hosted" at hosted.ap.org) a service's of the outlet the host table knows.
  if (page.siteName && (isMediaGroup(clean(page.siteName)) || subdomainName(clean(page.siteName), doc.input.url ?? page.url))) return null;
  if (page.siteName && !/^https?:|^www\./i.test(page.siteName)) return clean(page.siteName) || null;
  return page.siteName ? hostName(page.siteName) : null;
}

/** The name an HTML page's own footer gives (its copyright notice, its footer links), read as a copied page's lines after the body are. */
function pageFooterName(doc: AnnalsDocument): string | null {
  const lines = doc.page?.footer ?? [];
  if (lines.length === 0) return null;
  const text = lines.join('\n\n');
  let start = 0;
  const spans = lines.map((line) => {
    const span = { start, end: start + line.length };
    start += line.length + 2;
    return span;
  });
  const writer = doc.page?.byline;
  return readBackMatter(text, spans).publishers.find((p) => !writer || nameKey(p) !== nameKey(writer)) ?? null;
}

/** True when `name` is the first label of the URL's host below a domain whose outlet the host table knows ("Hosted", hosted.ap.org). */
function subdomainName(name: string, url: string | null | undefined): boolean {
  const host = url ? hostName(url) : null;
  if (!host || host.split('.').length < 3) return false;
  const [first, ...rest] = host.split('.');
  return first === name.toLowerCase().replace(/[^a-z0-9-]/g, '') && outletOfUrl(`https://${rest.join('.')}`) !== null;
}

function hostName(url: string): string | null {
  try {
    return new URL(/^https?:/i.test(url) ? url : `https://${url}`).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
