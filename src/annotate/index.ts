import type { AnnalsDocument } from '../document/document.js';
import { splitSentences } from './sentences.js';
import { boundSentence, MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS } from './long-sentences.js';

/**
 * Sentences of the headline (marked `headline`, paragraph -1), then of the article body. The dateline is not
 * part of the first sentence. A headline given only as a title, not in the text, has no offsets and no sentence.
 */
export function annotateSentences(doc: AnnalsDocument): void {
  const article = doc.article;
  if (!article) return;
  doc.sentences = [];
  const headline = article.headlineSpan;
  if (headline) {
    for (const span of splitSentences(doc.text, headline.start, headline.end)) {
      doc.sentences.push({ ...doc.textSpan(span), paragraph: -1, headline: true });
    }
  }
  article.bodySpans.forEach((paragraph, index) => {
    let start = paragraph.start;
    const dateline = article.dateline;
    if (dateline?.span && dateline.span.start >= paragraph.start && dateline.span.end <= paragraph.end) {
      start = dateline.span.end;
      while (start < paragraph.end && /\s/.test(doc.text[start]!)) start++;
    }
    for (const sentence of splitSentences(doc.text, start, paragraph.end)) {
      const pieces = boundSentence(doc.text, sentence);
      if (pieces.length > 1) doc.warn('sentences', 'long-sentence-split', `a sentence too long to analyse whole (over ${MAX_SENTENCE_WORDS} words or ${MAX_SENTENCE_CHARS} characters) was cut into ${pieces.length} pieces`, sentence);
      for (const span of pieces) doc.sentences.push({ ...doc.textSpan(span), paragraph: index });
    }
  });
}
