import { parseHTML } from 'linkedom';
import { blockText } from '../src/ingest/html.js';

// The text a user gets by selecting a saved page from its headline down and copying it (bench:front-matter's
// text mode).

/** The page's visible text from its headline on: scripts and styles dropped, block elements as paragraphs. */
export function pageText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll('script,style,noscript,template,svg')) el.remove();
  const text = document.body ? blockText(document.body as never) : '';
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const heads = [document.querySelector('h1')?.textContent, document.querySelector('meta[property="og:title"]')?.getAttribute('content')]
    .map((h) => (h ? squash(h) : ''))
    .filter((h) => h.length >= 10);
  for (const head of heads) {
    // The headline as a line of its own: the copy starts there.
    const lines = text.split('\n');
    let offset = 0;
    for (const line of lines) {
      if (squash(line) === head) return text.slice(offset);
      offset += line.length + 1;
    }
  }
  return text;
}
