// The one document model every stage reads and annotates.
// A document owns its text; everything else is a span of [start, end) UTF-16 offsets into it
// (spaCy's Doc/Span). Stages never rewrite the text: cleaning is recorded as spans.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type WarningCode =
  | 'repeated-headline'
  | 'repeated-paragraph'
  | 'no-dateline'
  | 'dateline-date-without-year'
  | 'date-mismatch'
  | 'no-date'
  | 'html-metadata'
  | 'short-text'
  | (string & {});

import type { SyntaxLayer } from '../syntax/layer.js';
import type { Attribution, CodedEvent, Entity } from './annotations.js';

// Warnings travel with the document (unified's vfile messages): the stage that raised it, what, and where.
export interface DocumentWarning {
  stage: string;
  code: WarningCode;
  message: string;
  span?: Span;
}

/** Where the document came from and what its input said about itself. */
export interface InputMetadata {
  id?: string;
  /** File path, `-` for standard input, or `file:line` for a JSON-lines record. */
  origin?: string;
  format: 'text' | 'html';
  title?: string;
  url?: string;
  /** The input's own date, ISO YYYY-MM-DD. */
  date?: string;
}

/** What an HTML page said about itself in its metadata (og:, JSON-LD, <time>, ...). */
export interface PageMetadata {
  title?: string;
  byline?: string;
  date?: string;
  siteName?: string;
  url?: string;
  lang?: string;
  /** The short lines the page prints between its headline and its article text (bylines, dates, credits), not in `text`. */
  printed?: string[];
  /** The short lines the page prints at its end (copyright notices, footer links), not in `text`. */
  footer?: string[];
  /** Names the page's metadata credits for the story or its copy: its authors (meta author, JSON-LD author) and JSON-LD publishers. */
  credits?: string[];
}

export interface Dateline {
  text: string;
  /**
   * Where the dateline is in the text; absent when it was read from a line an HTML page prints above its
   * article (`page.printed`: "Reuters, Washington, Nov 20 2019"), which is not part of the text.
   */
  span?: Span;
  place: string | null;
  placeSpan?: Span;
  /** A region or country qualifying the place: "Calif." in "HAYWARD, Calif.", "Russia" in "Tokyo (Russia)". */
  region: string | null;
  outlets: string[];
  /** ISO YYYY-MM-DD, or null when the dateline carries no date (or no year can be found for it). */
  date: string | null;
}

export type RemovalReason = 'repeated-headline' | 'repeated-lede' | 'repeated-paragraph';

export interface Removal {
  span: Span;
  reason: RemovalReason;
  /** The kept span this one repeats. */
  duplicateOf: Span;
}

export interface Paragraph extends Span {
  /**
   * headline; front (byline, standfirst, caption: before the dateline, not a repeat); body;
   * removed (a repeat, listed in article.removed).
   */
  role: 'headline' | 'front' | 'body' | 'removed';
}

/** What a front-matter span was read as. */
export type FrontMatterKind = 'label' | 'date' | 'byline' | 'agency' | 'publisher' | 'caption' | 'other';

/**
 * A paragraph before the body (between the headline and the dateline or the lede) with its reading: the kind
 * and value of its first part ("2022-02-27" for a date line, "IANS" for "Source: IANS"); `parts` are its
 * typed spans in order ("By A Reporter | Thu 07th October 2021" holds a byline and a date).
 */
export interface FrontMatterItem {
  kind: FrontMatterKind;
  span: Span;
  /** The reading: an ISO day, an outlet's or a person's name, a label; null for a caption or other text. */
  value: string | null;
  parts?: FrontMatterItem[];
  /** How an ambiguous numeric date was read, and why. */
  assumed?: string;
}

export interface Article {
  headline: string | null;
  headlineSpan: Span | null;
  /** The cleaned body, derived from bodySpans; the dateline stays at its start. */
  body: string;
  bodySpans: Span[];
  removed: Removal[];
  /** Paragraphs between the headline and the dateline (or the lede) that are not repeats, each with its reading. */
  frontMatter: FrontMatterItem[];
  /**
   * Lines after the headline that name the outlet (copyright lines, footer links: kind `publisher`), the story's
   * origin ("Originally published by …": kind `agency`) or its date ("First Published: …": kind `date`), each
   * with the name or day as its part.
   */
  backMatter: FrontMatterItem[];
  dateline: Dateline | null;
  publisher: string | null;
  origin: string | null;
  published: string | null;
  url: string | null;
  byline: string | null;
}

export interface Sentence extends TextSpan {
  /** Index into article.bodySpans of the paragraph holding this sentence; -1 for a sentence of the headline. */
  paragraph: number;
  /** True for a sentence of the headline (coded like the body's). */
  headline?: true;
}

/**
 * The document as it moves through the stages. Layers a stage has not filled yet are empty arrays,
 * so later issues add stages (entities, events, attributions) without changing the earlier ones.
 */
export class AnnalsDocument {
  readonly text: string;
  readonly input: InputMetadata;
  page: PageMetadata | null = null;
  paragraphs: Paragraph[] = [];
  article: Article | null = null;
  sentences: Sentence[] = [];
  /** Tokens, tags and dependency trees, parsed per sentence on first use (src/syntax). */
  syntax: SyntaxLayer | null = null;
  entities: Entity[] = [];
  events: CodedEvent[] = [];
  attributions: Attribution[] = [];
  readonly warnings: DocumentWarning[] = [];

  constructor(text: string, input: InputMetadata) {
    this.text = text;
    this.input = input;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.slice(span) };
  }

  warn(stage: string, code: WarningCode, message: string, span?: Span): void {
    this.warnings.push(span ? { stage, code, message, span } : { stage, code, message });
  }
}
