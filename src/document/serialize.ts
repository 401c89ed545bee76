import type { SyntaxResult } from '../syntax/index.js';
import type { Attribution, CodedEvent, Entity } from './annotations.js';
import type { AnnalsDocument, Article, DocumentWarning, InputMetadata, PageMetadata, Paragraph, Sentence } from './document.js';

/**
 * The JSON contract of `annals analyze` and of `analyze()`: `text` is what every span indexes.
 * Later stages fill entities, events and attributions; the other fields keep their meaning.
 */
export interface AnalysisResult {
  id?: string;
  text: string;
  input: InputMetadata;
  page: PageMetadata | null;
  article: Article;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  events: CodedEvent[];
  attributions: Attribution[];
  warnings: DocumentWarning[];
  /** Tokens with tags and dependency trees, when asked for (`analyze(…, { syntax: true })`). */
  syntax?: SyntaxResult;
}

export function toResult(doc: AnnalsDocument): AnalysisResult {
  if (!doc.article) throw new Error('the article stage has not run on this document');
  return {
    ...(doc.input.id !== undefined && { id: doc.input.id }),
    text: doc.text,
    input: doc.input,
    page: doc.page,
    article: doc.article,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: doc.entities,
    events: doc.events,
    attributions: doc.attributions,
    warnings: doc.warnings,
  };
}
