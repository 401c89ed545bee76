import type { AnnalsDocument, FrontMatterItem, Span } from '../document/document.js';
import { isAbbreviation } from '../annotate/sentences.js';
import { parseDateline } from './dateline.js';
import { labelLength } from './labels.js';

// Which line is the headline. An explicit title (a JSON record's "title", even "") decides; a page's title is
// matched against the first line. In plain text the first line is the headline unless it reads as a body
// sentence (it ends in a full stop, is long, or is all the text) or opens with a dateline followed by body
// text. A label before it ("BREAKING:", "UPDATE 2-") is front matter, and the rest of the line the headline.

const STAGE = 'article';
/** A first line longer than this is a paragraph, not a headline. */
const LONG_LINE = 200;

export interface HeadlineResult {
  headline: string | null;
  headlineSpan: Span | null;
  /** The paragraphs after the headline (the first paragraph's remainder first). */
  rest: Span[];
  /** A label before the headline, as front matter. */
  label: FrontMatterItem | null;
}

function firstLine(text: string, paragraph: Span): Span {
  const rest = text.slice(paragraph.start, paragraph.end);
  const newline = rest.search(/[\r\n\u2028\u2029]/);
  if (newline < 0) return paragraph;
  return { start: paragraph.start, end: paragraph.start + rest.slice(0, newline).trimEnd().length };
}

/** The form in which headlines and repeats are compared: no case, punctuation or spacing. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** True when a line ends in a full stop that ends a sentence (not "U.S." or "Inc."), or "!" after lower-case words. */
function endsAsSentence(line: string): boolean {
  const t = line.trim().replace(/["'”’)\]]+$/u, '');
  if (!/\p{Ll}/u.test(t)) return false; // an all-capitals line is a wire headline
  if (!t.endsWith('.') || t.endsWith('...') || t.endsWith('\u2026')) return false;
  const last = /(\S+)$/.exec(t)![1]!;
  return !isAbbreviation(last);
}

/** A first line that opens with a dateline and goes on with body text ("TOKYO (Kyodo) - Japan said ..."). */
function opensWithDateline(line: string, date: string | null): boolean {
  const dateline = parseDateline(line, date);
  if (!dateline) return false;
  const after = line.slice(dateline.length).trim();
  // "WD-40 CO <WDFC> 2ND QTR NET" is a wire headline, not the dateline "WD-": the text after a dateline has lower-case words.
  if (after === '') return dateline.outlets.length > 0 || dateline.monthDay !== null;
  return /\p{Ll}{2,}/u.test(after);
}

export function findHeadline(doc: AnnalsDocument, paragraphs: Span[]): HeadlineResult {
  const explicit = doc.input.title;
  const title = explicit ?? doc.page?.title ?? null;
  const first = paragraphs[0];
  if (!first) return { headline: title || null, headlineSpan: null, rest: [], label: null };
  // An explicit empty title: the record has no headline, every paragraph is body.
  if (explicit !== undefined && explicit.trim() === '') return { headline: null, headlineSpan: null, rest: paragraphs, label: null };

  let line = firstLine(doc.text, first);
  const remainder: Span[] = [];
  if (line.end < first.end) {
    const after = doc.text.slice(line.end, first.end);
    remainder.push({ start: line.end + after.search(/\S/), end: first.end });
  }
  const rest = [...remainder, ...paragraphs.slice(1)];
  const lineText = doc.slice(line);

  if (title != null) {
    if (comparisonKey(lineText) === comparisonKey(title)) return { headline: lineText, headlineSpan: line, rest, label: null };
    // The first line may carry a label before the title ("BREAKING: Talks go on").
    const labelled = labelLength(lineText);
    if (labelled > 0 && comparisonKey(lineText.slice(labelled)) === comparisonKey(title)) {
      const label = labelItem(doc, line, labelled);
      line = { start: line.start + labelled, end: line.end };
      return { headline: doc.slice(line), headlineSpan: line, rest, label };
    }
    return { headline: title, headlineSpan: null, rest: paragraphs, label: null };
  }

  // Plain text. A label opening the line is front matter; a label alone on its line is followed by the headline.
  const labelled = labelLength(lineText);
  if (labelled > 0) {
    const label = labelItem(doc, line, labelled);
    if (labelled >= lineText.length) {
      const next = findHeadline(doc, rest);
      return { ...next, label: next.label ?? label };
    }
    line = { start: line.start + labelled, end: line.end };
    return { headline: doc.slice(line), headlineSpan: line, rest, label };
  }
  if (opensWithDateline(lineText, doc.input.date ?? null)) {
    doc.warn(STAGE, 'no-headline', 'the text opens with a dateline, so it has no headline line', line);
    return { headline: null, headlineSpan: null, rest: paragraphs, label: null };
  }
  const onlyLine = rest.length === 0;
  // A line of its own before a dateline paragraph is the headline even with a full stop ("Clinton camp: Trump's
  // Islamophobia threatens national security." then "WASHINGTON, Dec. 8 (UPI) — ...").
  const beforeDateline = line.end === first.end && rest[0] !== undefined && opensWithDateline(doc.slice(firstLine(doc.text, rest[0])), doc.input.date ?? null);
  if (onlyLine || lineText.length > LONG_LINE || (endsAsSentence(lineText) && !beforeDateline)) {
    const why = onlyLine ? 'it is all the text' : lineText.length > LONG_LINE ? 'it is too long for a headline' : 'it ends in a full stop';
    doc.warn(STAGE, 'no-headline', `the first line reads as a sentence of the body (${why}), so the text has no headline line`, line);
    return { headline: null, headlineSpan: null, rest: paragraphs, label: null };
  }
  return { headline: lineText, headlineSpan: line, rest, label: null };
}

function labelItem(doc: AnnalsDocument, line: Span, length: number): FrontMatterItem {
  const span = { start: line.start, end: line.start + length };
  const value = doc.slice(span).replace(/[\s:|\u2013\u2014-]+$/u, '');
  return { kind: 'label', span: { start: span.start, end: span.start + value.length }, value };
}
