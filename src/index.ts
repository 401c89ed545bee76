export { analyze, runStages, ARTICLE_STAGES, codeStage, type Stage, type AnalyzeOptions } from './pipeline.js';
export { defaultDictionaries, loadDictionaries, type CoderDictionaries, type CodedEvent, type Entity } from './code/coder.js';
export type { AnalysisResult } from './document/serialize.js';
export { AnnalsDocument } from './document/document.js';
export type * from './document/document.js';
export type { AnalyzeInput } from './ingest/records.js';
export { InputError } from './ingest/errors.js';
export { parseDateline } from './article/dateline.js';
export { splitSentences } from './annotate/sentences.js';
