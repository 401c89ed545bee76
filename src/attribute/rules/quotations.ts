import type { Span } from '../../document/document.js';
import { type RawAttribution } from './types.js';
import { attributionWords } from '../lexicon.js';

// Connectives opening the sentence after a frame's, before its quotation going on ("Instead, “...”").
const QUOTATION_CONNECTIVES = attributionWords('quotation-connectives');

// Quotations: their spans in a paragraph, a quotation going on after its frame or over paragraphs, and a
// quotation another frame claims.

/** How far (characters) from a sentence a quotation can belong to one of its frames. */
export const QUOTE_REACH = 2000;

// Quotation marks: straight, curly, and the doubled apostrophes of some wires ('' ... '').
export const QUOTE = `["\u201c\u201d]|''`;

export const OPENING = /^(?:["\u201c]|'')/;

export const CLOSING = /^(?:["\u201d]|'')/;

// Compiled once (not global, so test() keeps no state between calls): the rules ask this of every word's punctuation.
const QUOTE_MARK = new RegExp(QUOTE);
export const hasQuote = (s: string) => QUOTE_MARK.test(s);

/** Length of the opening quotation mark ending at `at` (0 when none). */
export function quoteMarkBefore(text: string, at: number): number {
  if (text.slice(at - 2, at) === "''") return 2;
  if (/["\u201c]/.test(text[at - 1] ?? '')) return 1;
  // A single quotation mark opening the word ("fear 'Europe is ...'", "‘We will win’"), not an apostrophe: it
  // follows a space or the start of the text.
  return /['\u2018]/.test(text[at - 1] ?? '') && (at < 2 || /\s/.test(text[at - 2]!)) ? 1 : 0;
}

/** "“Apparently not,“ he said.": an opening curly mark after a word or a stop, before a space, closes the quotation. */
function misusedClosing(text: string, i: number): boolean {
  return text[i] === '\u201c' && /[^\s\u201c]/.test(text[i - 1] ?? ' ') && /^(?:\s|$|[,.;:!?)])/.test(text[i + 1] ?? '');
}

/** Quotation spans (quote marks included) in a paragraph, straight or curly. */
export function quotations(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    // Only a quotation mark or an apostrophe (of '') opens or closes one: other characters are passed over
    // without a string made for each.
    const ch = text.charCodeAt(i);
    if (ch !== 0x22 && ch !== 0x27 && ch !== 0x201c && ch !== 0x201d) continue;
    const rest = text.slice(i, i + 2);
    const mark = rest === "''" ? 2 : 1;
    if (open < 0 && OPENING.test(rest)) {
      open = i;
      i += mark - 1;
    } else if (open >= 0 && ((CLOSING.test(rest) && (text[i] === '\u201d' || i > open + 1)) || misusedClosing(text, i))) {
      spans.push({ start: open, end: i + mark });
      open = -1;
      i += mark - 1;
    }
  }
  // A quotation left open runs to the paragraph's end (news style when a quote goes on in the next paragraph).
  if (open >= 0) spans.push({ start: open, end: paragraph.end });
  return spans;
}

/**
 * "“A,” she said, adding, “B.”", "“A,” he said, though he said, “B.”": a quotation after a frame that another
 * frame between them takes as its content is that frame's; the first one's content stops before it. So is one
 * its own inverted frame right after it takes ("“A,” she said. “B,” he added."). (Only the attributions of the
 * next few sentences are looked at.)
 */
export function leaveClaimedQuotations(text: string, found: RawAttribution[]): void {
  found.forEach((a, n) => {
    for (let j = 1; j < a.content.length; j++) {
      const piece = a.content[j]!;
      if (piece.start < a.cue.end) continue;
      let claimed = false;
      for (let m = n + 1; m < found.length && found[m]!.sentence <= a.sentence + 2 && !claimed; m++) {
        const b = found[m]!;
        // (The claiming frame between the two, or the quotation's own frame right after it: "“A,” she said.
        // “B,” he added." The quotation closes with a comma, a question or an exclamation, not a full stop.)
        const between = b.cue.start > a.cue.end && b.cue.end <= piece.start;
        const after = b.cue.start >= piece.end && /[,?!](?:["\u201d]|'')$/.test(text.slice(piece.start, piece.end)) && /^[^\n.!?]{0,80}$/.test(text.slice(piece.end, b.cue.start));
        claimed = (between || after) && b.content.some((c) => c.start < piece.end && piece.start < c.end);
      }
      if (claimed) {
        a.content.length = j;
        break;
      }
    }
  });
}

/**
 * A quotation going on over paragraphs (news style: the paragraph ends inside the quotation, with no closing
 * mark, and the next one opens with a quotation mark): the pieces after the frame's quotation are its content
 * too. A piece another frame already claims ("“...,” she said") is left to it. (Joining the pieces BEFORE the
 * frame's quotation too was measured worse: PolNeAR's annotators often frame those separately.)
 */
export function joinParagraphQuotations(text: string, quotes: Span[], found: RawAttribution[]): void {
  const unclosed = (q: Span) => !/(?:["\u201d]|'')$/.test(text.slice(q.start + 1, q.end));
  const claimed = (q: Span, self: RawAttribution) => found.some((b) => b !== self && b.content.some((c) => c.start < q.end && q.start < c.end));
  const index = new Map(quotes.map((q, k) => [q.start, k]));
  for (const a of found) {
    const last = a.content[a.content.length - 1]!;
    let k = index.get(last.start);
    if (k !== undefined && quotes[k]!.end === last.end) {
      for (; unclosed(quotes[k]!) && k + 1 < quotes.length; k++) {
        const next = quotes[k + 1]!;
        if (!/^\s+$/.test(text.slice(quotes[k]!.end, next.start)) || claimed(next, a)) break;
        a.content.push(next);
      }
    }
  }
}

/**
 * "He said the plan was “a good start. We will do more.”": a quotation opened inside a content goes on to its
 * closing mark, over the sentence ends inside it (the sentence splitter ends the clause at the first one).
 */
export function closeOpenQuotations(text: string, quotes: Span[], found: RawAttribution[]): void {
  const closed = (q: Span) => /(?:["\u201d]|'')$/.test(text.slice(q.start + 1, q.end));
  for (const a of found) {
    const last = a.content[a.content.length - 1];
    if (!last) continue;
    const q = quotes.find((x) => x.start >= last.start && x.start < last.end && x.end > last.end);
    if (!q || !closed(q)) continue;
    if (found.some((b) => b !== a && b.cue.start >= last.end && b.cue.start < q.end && !inQuoteAt(quotes, b.cue.start))) continue;
    a.content[a.content.length - 1] = { start: last.start, end: q.end };
  }
}

export const inQuoteAt = (quotes: Span[], at: number) => quotes.some((q) => at > q.start && at < q.end);

/** The quotations that continue one after a frame ending at `after`: "“A,” he said, “B.” “C.”" */
export function quotationGoesOn(text: string, quotes: Span[], after: number): Span[] {
  const more: Span[] = [];
  // A title quoted inside the frame ("he said on “Meet the Press.”") is no quotation going on, nor does it end the frame.
  const titles: Span[] = [];
  for (const q of quotes) {
    if (q.start <= after) continue;
    if (more.length === 0 && quotedTitle(text, q, after)) {
      titles.push(q);
      continue;
    }
    // (the title stands for its closing punctuation: “Meet the Press.” ends the frame's sentence)
    const gap = titles.reduceRight((g, t) => g.slice(0, t.start - after) + (/[.,!?:;](?=(?:["\u201d]|'')$)/.exec(text.slice(t.start, t.end))?.[0] ?? '') + g.slice(t.end - after), text.slice(after, q.start));
    // The frame between may be long ("he said, referring to the country's official name, ..."), but stays in the paragraph;
    // further quotations join only within their paragraph (the next paragraph's is often framed anew).
    const joined = more.length === 0 ? (/^[^\n]{0,250}$/.test(gap) || nextParagraphQuotation(text, gap, q)) && !hasQuote(gap) && frameOnlyBetween(gap) : /^[^\S\n]*$/.test(gap);
    const connective = !joined && more.length === 0 ? connectiveBefore(text, gap, q) : null;
    if (!joined && connective === null) break;
    more.push(connective === null ? q : { start: after + connective, end: q.end });
    after = q.end;
  }
  return more;
}

/**
 * "“A,” Trump said. Instead, “he acts like a defeated man.”": the sentence after the frame's is a connective
 * ("But", "Instead", "Then") and a quotation closing it; it goes on with the frame's quotation. The offset in
 * `gap` where that sentence starts, or null.
 */
function connectiveBefore(text: string, gap: string, q: Span): number | null {
  const m = /^([^\n]{0,250}?[.!?]\s+)(\p{L}+),?\s*$/u.exec(gap);
  if (!m || !QUOTATION_CONNECTIVES.has(m[2]!.toUpperCase()) || hasQuote(m[1]!) || !frameOnlyBetween(m[1]!)) return null;
  const closes = /[.!?](?:["\u201d]|'')$/.test(text.slice(q.start, q.end)) && /^\s/.test(text.slice(q.end, q.end + 1) || ' ');
  return closes ? m[1]!.length : null;
}

/** A short capitalised quotation after a word of the frame (no punctuation before it): a programme's or a book's title. */
function quotedTitle(text: string, q: Span, after: number): boolean {
  const inner = text.slice(q.start, q.end);
  return q.end - q.start <= 60 && /^(?:["\u201c]|'')[A-Z]/.test(inner) && /(?:["\u201d]|'')$/.test(inner) && /[\w'\u2019]\s+$/.test(text.slice(Math.max(after, q.start - 20), q.start)) && !/\n/.test(text.slice(after, q.start));
}

/** "“A,” he said.¶“B.”": the frame ends its paragraph and the next paragraph is the quotation `q` alone. */
export function nextParagraphQuotation(text: string, gap: string, q: Span): boolean {
  return /^[^\n]{0,250}\n\s*$/.test(gap) && /^[ \t]*(?:\n|$)/.test(text.slice(q.end, q.end + 4));
}

/** A quoted title or name inside the clause ("told ABC's “Good Morning America” on Monday ..."): no punctuation closes it and words go on. */
export function quotedName(text: string, q: Span): boolean {
  return !/[,.!?:;]\s*(?:["\u201d]|'')$/.test(text.slice(q.start, q.end)) && /^\s*[\w\u2018\u2019']/.test(text.slice(q.end, q.end + 3));
}

/**
 * The text between a quotation's frame and the next quotation holds nothing else: it ends with punctuation
 * ("he said, “B”", "he said. “B”"; not "mouthing “thank you”", an embedded quote) and no sentence begins in it
 * ("Ms. Khan wrote. She continued: “...”" is another frame).
 */
export function frameOnlyBetween(gap: string): boolean {
  const g = gap.trim();
  if (g !== '' && !/[,.:;\u2014\u2013-]$/.test(g)) return false;
  if (/(?<!\b(?:[A-Z][a-z]{0,3}|[A-Z]))[.!?]\s+\S/.test(g)) return false;
  return true;
}

/**
 * "“It's a tough area,” Woolson said. They also lie in a dead zone. “The towns are small.”": a whole-sentence
 * quotation no frame claims, later in the paragraph of a frame whose content ends in a quotation, with only the
 * writer's words between (no quotation mark, no other frame), goes on with that content.
 */
export function joinLaterQuotations(text: string, quotes: Span[], found: RawAttribution[]): void {
  const closes = (s: Span) => /(?:["\u201d]|'')$/.test(text.slice(s.start + 1, s.end));
  for (const q of quotes) {
    if (found.some((b) => b.content.some((c) => c.start < q.end && q.start < c.end) || (b.cue.start < q.end && q.start < b.cue.end))) continue;
    if (!/(?:^|\n|[.?!]["\u201d']*\s)\s*$/.test(text.slice(Math.max(0, q.start - 12), q.start)) || !/[.?!](?:["\u201d]|'')$/.test(text.slice(q.start, q.end))) continue;
    // The frame nearest before the quotation, its content ending in a quotation.
    let a: RawAttribution | undefined;
    let end = -1;
    for (const b of found) {
      const last = b.content[b.content.length - 1];
      const reach = Math.max(last?.end ?? -1, b.cue.end, b.source?.end ?? -1);
      if (reach <= q.start && reach > end) {
        end = reach;
        a = b;
      }
    }
    const last = a?.content[a.content.length - 1];
    if (!a || !last || !closes(last) || !quotes.some((x) => x.end === last.end)) continue;
    const gap = text.slice(end, q.start);
    // (Quoted words inside the writer's sentences, "what he calls the ''crooked'' process", are no other speaker's.)
    const quotedWords = quotes.filter((x) => x.start >= end && x.end <= q.start);
    if (gap.length > 300 || gap.includes('\n') || quotedWords.some((x) => text.slice(x.start, x.end).split(/\s+/).length > 5)) continue;
    a.content.push(q);
  }
}

/**
 * "The ferry is late again, the skipper said. “We have waited an hour.”": a content before its frame, not a
 * quotation, the frame ending its sentence, and the next sentence of the paragraph a whole quotation no other frame
 * claims: the quotation goes on with the content (as one after a quotation's inverted frame does).
 */
export function joinQuotationAfterInvertedFrame(text: string, quotes: Span[], found: RawAttribution[]): void {
  for (const a of found) {
    const last = a.content[a.content.length - 1];
    if (!last || a.cue.start < last.end || /(?:["\u201d]|'')$/.test(text.slice(last.start, last.end))) continue;
    const frameEnd = Math.max(a.cue.end, a.source?.end ?? 0);
    // (the frame's last words, up to its full stop: "Lind said.", "the paper said, according to Reuters.")
    const rest = /^[^\n.!?"\u201c\u201d]{0,40}?[.!?][^\S\n]+/.exec(text.slice(frameEnd, frameEnd + 60));
    if (!rest) continue;
    const q = quotes.find((x) => x.start === frameEnd + rest[0].length);
    if (!q || !/[.!?](?:["\u201d]|'')$/.test(text.slice(q.start, q.end))) continue;
    // (an attribution nested in this one's content may hold it: "“A,” Jo said, according to CNN. “B.”")
    const nested = (b: RawAttribution) => a.content.some((c) => c.start <= b.cue.start && b.cue.start < c.end);
    const claimed = found.some((b) => b !== a && !nested(b) && (b.content.some((c) => c.start < q.end && q.start < c.end) || (b.cue.start < q.end && q.start < b.cue.end)));
    if (!claimed) a.content.push(q);
  }
}
