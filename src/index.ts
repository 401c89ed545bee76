export { analyze, runStages, STAGES, type Stage } from './pipeline.js';
export type { AnalysisResult } from './document/serialize.js';
export { AnnalsDocument } from './document/document.js';
export type * from './document/document.js';
export type { AnalyzeInput } from './ingest/records.js';
export { InputError } from './ingest/errors.js';
export { parseDateline } from './article/dateline.js';
export { splitSentences } from './annotate/sentences.js';
