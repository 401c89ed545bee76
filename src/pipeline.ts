import type { AnnalsDocument } from './document/document.js';
import { toResult, type AnalysisResult } from './document/serialize.js';
import { createDocument } from './ingest/document.js';
import type { AnalyzeInput } from './ingest/records.js';
import { normaliseArticle } from './article/normalise.js';
import { annotateSentences } from './annotate/index.js';

// Data flows one way: ingest → article → annotate → code → store → serve. Each stage annotates the
// document in place; a new stage is one more entry here and a folder of its own.

export interface Stage {
  name: string;
  run(doc: AnnalsDocument): void;
}

export const STAGES: readonly Stage[] = [
  { name: 'article', run: normaliseArticle },
  { name: 'sentences', run: annotateSentences },
];

export function runStages(doc: AnnalsDocument, stages: readonly Stage[] = STAGES): AnnalsDocument {
  for (const stage of stages) stage.run(doc);
  return doc;
}

/**
 * Analyses one article. A string is plain text (its first non-empty line is the headline); an object
 * gives `text` or `html` with optional `id`, `title`, `url` and `date` (YYYY-MM-DD).
 * `name` (a path, `file:line`) is what errors and warnings call the input. Throws InputError for input
 * it cannot analyse.
 */
export function analyze(input: string | AnalyzeInput, name?: string): AnalysisResult {
  const record = typeof input === 'string' ? { text: input } : input;
  return toResult(runStages(createDocument(record, name)));
}
