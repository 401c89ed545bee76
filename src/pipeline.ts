import type { AnnalsDocument } from './document/document.js';
import { toResult, type AnalysisResult } from './document/serialize.js';
import { createDocument } from './ingest/document.js';
import type { AnalyzeInput } from './ingest/records.js';
import { normaliseArticle } from './article/normalise.js';
import { annotateSentences } from './annotate/index.js';
import { codeDocument, defaultDictionaries, type CoderDictionaries } from './code/coder.js';
import { attributeDocument, type AttributionOptions } from './attribute/index.js';
import { annotateSyntax, syntaxResult } from './syntax/index.js';
import { mergeHeadlineEvents } from './code/headline-events.js';

// Data flows one way: ingest → article → annotate → code → store → serve. Each stage annotates the
// document in place; a new stage is one more entry here and a folder of its own.

/** How many of the body's first paragraphs a headline's event may restate. */
const LEDE_PARAGRAPHS = 2;

export interface Stage {
  name: string;
  run(doc: AnnalsDocument): void;
}

export const ARTICLE_STAGES: readonly Stage[] = [
  { name: 'article', run: normaliseArticle },
  { name: 'sentences', run: annotateSentences },
  { name: 'syntax', run: annotateSyntax },
];

/** The coding stage with the given dictionaries: entities and events. */
export function codeStage(dictionaries: CoderDictionaries): Stage {
  return {
    name: 'code',
    run(doc) {
      const { entities, events } = codeDocument(doc, dictionaries);
      doc.entities = entities;
      // The headline's events that restate the lede's are one event with both mentions.
      // (The lede is the body's first two paragraphs: a wire lede often opens with a sentence whose subject is lost or
      // a frame, and says the headline's act in the next: "In his keynote address, reiterated …" then "I intend …".)
      const ledeParagraphs = new Set([...new Set(doc.sentences.filter((s) => !s.headline).map((s) => s.paragraph))].slice(0, LEDE_PARAGRAPHS));
      doc.events = mergeHeadlineEvents(events, (i) => doc.sentences[i]?.headline === true, (i) => !doc.sentences[i]?.headline && ledeParagraphs.has(doc.sentences[i]?.paragraph ?? -1));
    },
  };
}

/** Attributions, nested, and the provenance chain of every attribution and event. */
export const ATTRIBUTION_STAGE: Stage = { name: 'attribute', run: (doc) => attributeDocument(doc) };

/** The attribution stage with options (benchmarks that leave a part of the rules out). */
export function attributionStage(options: AttributionOptions): Stage {
  return { name: 'attribute', run: (doc) => attributeDocument(doc, options) };
}

export function runStages(doc: AnnalsDocument, stages: readonly Stage[]): AnnalsDocument {
  for (const stage of stages) stage.run(doc);
  return doc;
}

export interface AnalyzeOptions {
  /** What errors and warnings call the input: a path, `file:line`. */
  name?: string;
  /** Dictionaries for the coder; Annals' built-ins by default. */
  dictionaries?: CoderDictionaries;
  /** False to stop after the article and sentence stages (benchmarks of extraction and datelines). */
  code?: boolean;
  /** True to parse every sentence (headline and body) and add the tokens and trees to the result. */
  syntax?: boolean;
  /** Options of the attribution stage. */
  attribution?: AttributionOptions;
}

/**
 * Analyses one article. A string is plain text (its first non-empty line is the headline); an object
 * gives `text` or `html` with optional `id`, `title`, `url` and `date` (YYYY-MM-DD).
 * Throws InputError for input it cannot analyse.
 */
export function analyze(input: string | AnalyzeInput, options: AnalyzeOptions = {}): AnalysisResult {
  const record = typeof input === 'string' ? { text: input } : input;
  const stages =
    options.code === false ? ARTICLE_STAGES : [...ARTICLE_STAGES, codeStage(options.dictionaries ?? defaultDictionaries()), options.attribution ? attributionStage(options.attribution) : ATTRIBUTION_STAGE];
  const doc = runStages(createDocument(record, options.name), stages);
  const result = toResult(doc);
  if (options.syntax) result.syntax = syntaxResult(doc);
  return result;
}
