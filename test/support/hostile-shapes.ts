import type { AnalyzeInput } from '../../src/ingest/records.js';

// Hostile input shapes of about `bytes` characters (issue 16), shared by the growth test and bench/growth.ts.

const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const PARAGRAPH = 'Japan met Russia on Monday in Tokyo, officials said. The two countries agreed to hold further talks on the disputed islands next month, the foreign ministry said in a statement.';

export const SHAPES: Record<string, (bytes: number) => AnalyzeInput> = {
  /** "said that" clauses in one sentence. */
  'said-that': (n) => ({ text: 'Talks\n\n' + fill('Putin said that Kishida said that ', n) + 'Japan will meet Russia.' }),
  /** Mixed quotation marks. */
  'mixed-quotes': (n) => ({ text: 'Talks\n\n' + fill('"Japan \u201cwill\u201d meet\' \u2018Russia" said \u201d', n) }),
  /** A line with no spaces. */
  'no-spaces': (n) => ({ text: 'Talks\n\n' + fill('abcdefghij', n) }),
  /** A line with no spaces but full stops. */
  'no-spaces-stops': (n) => ({ text: 'Talks\n\n' + fill('abcde.fghi', n) }),
  /** One sentence with no full stop. */
  'no-full-stop': (n) => ({ text: 'Talks\n\n' + fill('Japan will meet Russia and ', n) }),
  /** "Japan, " over and over. */
  'japan-comma': (n) => ({ text: 'Talks\n\n' + fill('Japan, ', n) }),
  /** Nested <div>s: `bytes` / 11 levels (an opening and a closing tag each). */
  'nested-divs': (n) => {
    const levels = Math.max(1, Math.floor(n / 11));
    return { html: `<html><head><title>Talks</title></head><body>${'<div>'.repeat(levels)}<p>${PARAGRAPH}</p>${'</div>'.repeat(levels)}</body></html>` };
  },
};
