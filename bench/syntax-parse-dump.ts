// Dumps the analysis of every sentence of the UD English files and of the bbc-news articles (tokens, UPOS,
// XPOS, heads, relations; bare and with repairs) as JSON lines, and prints their SHA-256: run it on two
// checkouts and compare, to prove that a speed-up changed no parse.
//   node --import tsx bench/syntax-parse-dump.ts [--root <checkout>] [--out <file.jsonl>]
import { createHash } from 'node:crypto';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConlluSentence } from '../src/syntax/conllu.js';
import type { SyntaxModel as SyntaxModelType } from '../src/syntax/model.js';
import type { Span } from '../src/document/document.js';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    out: { type: 'string' },
    ud: { type: 'string', default: '../shared/data/ud-english' },
    bbc: { type: 'string', default: '../shared/data/bbc-news/bbc' },
  },
});
// The checkout under test supplies the code and the model; the data are shared.
const root = resolve(values.root);
const { SyntaxModel } = (await import(`${root}/src/syntax/model.ts`)) as { SyntaxModel: typeof SyntaxModelType };
const { tokenizeSpan } = (await import(`${root}/src/syntax/tokenize.ts`)) as { tokenizeSpan: (t: string, s: number, e: number) => Span[] };
const { readConllu } = (await import(`${root}/src/syntax/conllu.ts`)) as { readConllu: (file: string) => ConlluSentence[] };
const { splitSentences } = (await import(`${root}/src/annotate/sentences.ts`)) as { splitSentences: (t: string, s: number, e: number) => Span[] };
const model = SyntaxModel.load(`${root}/data/syntax/en-ud.model`);

const texts: string[] = [];
for (const file of readdirSync(values.ud).filter((f) => f.endsWith('.conllu')).sort())
  for (const s of readConllu(`${values.ud}/${file}`)) texts.push(s.comments.get('text') ?? s.words.map((w) => w.form).join(' '));
const ud = texts.length;
for (const category of readdirSync(values.bbc, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort())
  for (const file of readdirSync(`${values.bbc}/${category}`).sort()) {
    const text = readFileSync(`${values.bbc}/${category}/${file}`, 'latin1');
    for (const s of splitSentences(text, 0, text.length)) texts.push(text.slice(s.start, s.end));
  }

const out = values.out ? createWriteStream(values.out) : null;
const hash = createHash('sha256');
let tokens = 0;
for (const text of texts) {
  const forms = tokenizeSpan(text, 0, text.length).map((w) => text.slice(w.start, w.end));
  tokens += forms.length;
  model.repairs = false;
  const bare = model.analyse(forms);
  model.repairs = true;
  const fixed = model.analyse(forms);
  const line = JSON.stringify({ forms, bare, fixed }) + '\n';
  out?.write(line);
  hash.update(line);
}
out?.end();
console.log(`${texts.length} sentences (${ud} UD, ${texts.length - ud} bbc-news), ${tokens} tokens: sha256 ${hash.digest('hex')}`);
