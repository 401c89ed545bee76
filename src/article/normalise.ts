import type { AnnalsDocument, Article, Dateline, Paragraph, Removal, Span } from '../document/document.js';
import { splitParagraphs } from './paragraphs.js';
import { parseDateline } from './dateline.js';
import { daysBetween, isIsoDay, normaliseDate } from './dates.js';
import { frontMatterDate } from './front-date.js';

const STAGE = 'article';
/** How many paragraphs after the headline may precede the dateline (bylines, standfirsts, captions). */
const DATELINE_SEARCH_PARAGRAPHS = 6;
/** Paragraphs shorter than this (as compared) are never dropped as repeats: "Advertisement", "Read more". */
const MIN_REPEAT_KEY = 24;

/** The form in which repeats are compared: no case, punctuation or spacing. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function firstLine(text: string, paragraph: Span): Span {
  const rest = text.slice(paragraph.start, paragraph.end);
  const newline = rest.search(/[\r\n\u2028\u2029]/);
  if (newline < 0) return paragraph;
  return { start: paragraph.start, end: paragraph.start + rest.slice(0, newline).trimEnd().length };
}

/** The headline and the paragraphs, splitting the first paragraph after its first line when it is the headline. */
function findHeadline(doc: AnnalsDocument, paragraphs: Span[]): { headline: string | null; headlineSpan: Span | null; rest: Span[] } {
  const title = doc.input.title ?? doc.page?.title ?? null;
  const first = paragraphs[0];
  if (!first) return { headline: title, headlineSpan: null, rest: [] };
  const line = firstLine(doc.text, first);
  const lineText = doc.slice(line);
  const remainder: Span[] = [];
  if (line.end < first.end) {
    const after = doc.text.slice(line.end, first.end);
    const lead = after.search(/\S/);
    remainder.push({ start: line.end + lead, end: first.end });
  }
  const rest = [...remainder, ...paragraphs.slice(1)];
  if (title != null) {
    if (comparisonKey(lineText) === comparisonKey(title)) return { headline: lineText, headlineSpan: line, rest };
    return { headline: title, headlineSpan: null, rest: paragraphs };
  }
  // Plain text: the first non-empty line is the headline, unless the text opens straight with a dateline.
  if (parseDateline(lineText, doc.input.date ?? null)) {
    doc.warn(STAGE, 'no-headline', 'the text opens with a dateline, so it has no headline line', line);
    return { headline: null, headlineSpan: null, rest: paragraphs };
  }
  return { headline: lineText, headlineSpan: line, rest };
}

export function normaliseArticle(doc: AnnalsDocument): void {
  const { headline, headlineSpan, rest } = findHeadline(doc, splitParagraphs(doc.text));
  const reference = doc.input.date ?? normaliseDate(doc.page?.date) ?? null;
  const removed: Removal[] = [];
  const roles = new Map<Span, Paragraph['role']>();
  const headlineKey = headline ? comparisonKey(headline) : null;

  for (const paragraph of rest) {
    if (headlineSpan && comparisonKey(doc.slice(paragraph)) === headlineKey) {
      removed.push({ span: paragraph, reason: 'repeated-headline', duplicateOf: headlineSpan });
      roles.set(paragraph, 'removed');
    }
  }
  const candidates = rest.filter((p) => !roles.has(p));

  // The dateline opens one of the first paragraphs; what comes before it is front matter or a repeat of the lede.
  let dateline: Dateline | null = null;
  let datelineIndex = -1;
  let dateWithoutYear = false;
  let monthDay: string | null = null;
  for (let i = 0; i < Math.min(candidates.length, DATELINE_SEARCH_PARAGRAPHS); i++) {
    const paragraph = candidates[i]!;
    const match = parseDateline(doc.text.slice(paragraph.start, paragraph.end), reference);
    if (!match) continue;
    // Past the first paragraph a bare "PLACE -" is as likely a heading ("NOTE:", "WHEAT -"): ask for an outlet or a date.
    if (i > 0 && match.outlets.length === 0 && !match.monthDay) continue;
    dateline = {
      text: match.text,
      span: { start: paragraph.start, end: paragraph.start + match.text.length },
      place: match.place,
      placeSpan: { start: paragraph.start, end: paragraph.start + match.placeLength },
      region: match.region,
      outlets: match.outlets,
      date: match.date,
    };
    dateWithoutYear = match.dateWithoutYear;
    monthDay = match.monthDay;
    datelineIndex = i;
    break;
  }

  // Compare each paragraph with those kept before it; a dateline paragraph is compared by its lede, the text after the dateline.
  const ledeOf = (p: Span): Span => {
    let start = dateline!.span.end;
    while (start < p.end && /\s/.test(doc.text[start]!)) start++;
    return { start, end: p.end };
  };
  const compared = (p: Span, i: number) => (i === datelineIndex ? ledeOf(p) : p);
  const keyOf = (p: Span, i: number) => comparisonKey(doc.slice(compared(p, i)));
  // Scraped pages repeat the lede (before the dateline, or again after it) and sometimes a paragraph twice
  // in a row. Those copies are dropped; a paragraph that recurs elsewhere (a recipe's "Portion: 1 cup") is content.
  const ledeIndex = datelineIndex >= 0 ? datelineIndex : 0;
  const lede = candidates[ledeIndex] ? compared(candidates[ledeIndex]!, ledeIndex) : null;
  const ledeKey = lede ? comparisonKey(doc.slice(lede)) : '';
  const frontMatter: Span[] = [];
  const bodySpans: Span[] = [];
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
    if (i < datelineIndex) {
      frontMatter.push(paragraph);
      roles.set(paragraph, 'front');
    } else {
      bodySpans.push(paragraph);
      roles.set(paragraph, 'body');
    }
  });

  doc.paragraphs = [
    ...(headlineSpan ? [{ ...headlineSpan, role: 'headline' as const }] : []),
    ...rest.map((p) => ({ start: p.start, end: p.end, role: roles.get(p) ?? 'body' })),
  ];
  removed.sort((a, b) => a.span.start - b.span.start);

  // A dateline day without a year takes its year from a byline date in the front matter, when there is one.
  let frontDate: string | null = null;
  if (frontMatter.length > 0) {
    frontDate = frontMatterDate(frontMatter.map((span) => doc.slice(span)), monthDay);
    if (dateWithoutYear && frontDate && dateline) {
      dateline.date = parseDateline(doc.slice(candidates[datelineIndex]!), frontDate)?.date ?? null;
      dateWithoutYear = dateline.date === null;
    }
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
    dateline,
    ...outletsAndDate(doc, dateline, frontDate),
    url: doc.input.url ?? doc.page?.url ?? null,
    byline: doc.page?.byline ?? null,
  };
}

function outletsAndDate(doc: AnnalsDocument, dateline: Dateline | null, frontDate: string | null): Pick<Article, 'publisher' | 'origin' | 'published'> {
  const outlets = dateline?.outlets ?? [];
  // An aggregator's dateline names "publisher / originating agency"; a wire dateline names only the agency.
  const publisher = doc.page?.siteName ?? (outlets.length > 1 ? outlets[0]! : outlets[0]) ?? null;
  const origin = outlets.length > 0 ? outlets[outlets.length - 1]! : publisher;

  const inputDate = doc.input.date ?? null;
  const pageDate = normaliseDate(doc.page?.date);
  const published = (inputDate && isIsoDay(inputDate) ? inputDate.slice(0, 10) : null) ?? pageDate ?? dateline?.date ?? frontDate;
  if (!published) doc.warn(STAGE, 'no-date', 'the article date is unknown: no date in the input, the page, the dateline or a byline');
  else if (dateline?.date && Math.abs(daysBetween(published, dateline.date)) > 2) {
    doc.warn(STAGE, 'date-mismatch', `the dateline says ${dateline.date} but the article is dated ${published}`, dateline.span);
  }
  return { publisher, origin, published };
}
