// PolNeAR attribution benchmark (../shared/data/polnear, Newell, Margolin & Ruths, LREC 2018).
//
//   node --import tsx bench/polnear.ts [--split dev|train] [--limit N] [--show N] [--errors] [--study] [--data DIR]
//
// STUDY-PLACEHOLDER
//
// Reading the corpus. Each article is `data/<split>/text/<name>.txt` (read as UTF-8, BOM kept: the offsets
// count it) and one or more `data/<split>/attributions/<name>_<annotator>.ann` files. When several annotators
// annotated an article (16 train articles with 95 files, 2 dev articles with 12), the first file in sorted
// file-name order is taken, i.e. the lowest annotator id: deterministic, and no merging of annotators. brat
// offsets are code points (the corpus was written with Python); they are converted to UTF-16 string indices
// (identical on this corpus, which has no character outside the BMP: checked, every T line's text equals its
// slice). `E` lines are the attributions (parseBrat in bench/polnear-scoring.ts); the 34 train / 0 dev `E`
// lines with no content are left out and counted.
//
// Predictions: `analyze({ text, title: '-' })`: with a title that is not the first line the whole text is the
// body, and `text` is the input as given, so gold and predicted offsets index the same string. Predicted
// attributions are read from `result.attributions`: `source?.span`, `cue.span` (or `cue.spans`), `content`
// spans. PolNeAR is licence-less: this harness only reads it and writes nothing.
//
// Scores, micro-averaged over the split, per role (source, cue, content):
// * exact: a predicted role span-list is correct when it equals a not-yet-matched gold one of the same role;
//   "exact" compares normalised lists (each span trimmed of white space at both ends, then spans that overlap,
//   touch or are separated only by white space merged), "strict" the lists as they are. An absent source is
//   not an item on either side.
// * tokens: tokens are \w+ runs (Unicode letters, digits, _); a token is on a side when it overlaps that
//   side's spans of the role; TP = on both sides.
// * attribution recall: a gold attribution is found when one predicted attribution overlaps its cue, its
//   content and, when it has one, its source.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.js';
import {
  ROLES,
  addScore,
  codePointOffsets,
  emptyScore,
  fromResult,
  parseBrat,
  prf,
  scoreArticle,
  type Counts,
  type Span,
  type SpanAttribution,
} from './polnear-scoring.js';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const dataDir = option('data') ?? fileURLToPath(new URL('../../shared/data/polnear/data/', import.meta.url));
const split = option('split') ?? 'dev';
const limit = option('limit') === undefined ? Infinity : Number(option('limit'));
const show = Number(option('show') ?? 0);

interface Article {
  name: string;
  annotationFile: string;
  /** Annotation files of this article (several annotators). */
  annotations: number;
  text: string;
  gold: SpanAttribution[];
  incomplete: number;
}

function loadArticles(dir: string, splitName: string, max = Infinity): { articles: Article[]; unannotated: number } {
  const textDir = join(dir, splitName, 'text');
  const annDir = join(dir, splitName, 'attributions');
  if (!existsSync(textDir)) throw new Error(`no PolNeAR split at ${textDir}`);
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const byName = new Map<string, string[]>();
  for (const f of anns) {
    const name = f.replace(/_[0-9a-f]+\.ann$/, '');
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const articles: Article[] = [];
  let unannotated = 0;
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    if (articles.length >= max) break;
    const name = file.slice(0, -4);
    const files = byName.get(name);
    if (!files) {
      unannotated++;
      continue;
    }
    const text = readFileSync(join(textDir, file), 'utf8');
    const { attributions, incomplete } = parseBrat(readFileSync(join(annDir, files[0]!), 'utf8'));
    const at = codePointOffsets(text);
    const conv = (spans: Span[]) => spans.map((s) => ({ start: at(s.start), end: at(s.end) }));
    const gold = attributions.map((a) => ({ ...a, source: a.source && conv(a.source), cue: conv(a.cue), content: conv(a.content) }));
    articles.push({ name, annotationFile: files[0]!, annotations: files.length, text, gold, incomplete });
  }
  return { articles, unannotated };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const snippet = (text: string, spans: readonly Span[] | null, max = 70) => {
  if (!spans || spans.length === 0) return '—';
  const s = oneLine(spans.map((x) => text.slice(x.start, x.end)).join(' … '));
  return s.length > max ? `${s.slice(0, max - 25)} … ${s.slice(-20)}` : s;
};
const overlapsAny = (a: readonly Span[], b: readonly Span[] | null) => !!b && a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

function row(label: string, c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `${label.padEnd(22)}${pct(precision)}${pct(recall)}${pct(f1)}${String(c.tp).padStart(8)}${String(c.fp).padStart(8)}${String(c.fn).padStart(8)}`;
}

function showArticle(a: Article, predicted: SpanAttribution[]): void {
  console.log(`\n=== ${a.name} (${a.annotationFile}): ${a.gold.length} gold, ${predicted.length} predicted`);
  const used = new Set<SpanAttribution>();
  const line = (tag: string, x: SpanAttribution) =>
    `  ${tag} [${snippet(a.text, x.source, 30)}] <${snippet(a.text, x.cue, 30)}> «${snippet(a.text, x.content, 70)}»`;
  for (const g of [...a.gold].sort((x, y) => x.cue[0]!.start - y.cue[0]!.start)) {
    const p = predicted.find((q) => !used.has(q) && overlapsAny(g.cue, q.cue)) ?? predicted.find((q) => !used.has(q) && overlapsAny(g.content, q.content));
    console.log(line('G', g));
    if (p) {
      used.add(p);
      console.log(line('P', p));
    } else console.log('  P (none)');
  }
  for (const p of predicted.filter((q) => !used.has(q))) console.log(line('P+', p));
}

function top(counts: Map<string, number>, n: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w, c]) => `${String(c).padStart(6)}  ${w}`)
    .join('\n');
}

function study(articles: Article[]): void {
  console.log(articles.length);
}

function main(): void {
  const { articles, unannotated } = loadArticles(dataDir, split, limit);
  if (flag('study')) {
    study(articles);
    return;
  }
  const total = emptyScore();
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  let failed = 0;
  let incomplete = 0;
  let shown = 0;
  let ms = 0;
  for (const a of articles) {
    incomplete += a.incomplete;
    let predicted: SpanAttribution[] = [];
    const t0 = performance.now();
    try {
      const result = analyze({ text: a.text, title: '-' }, { name: a.name });
      predicted = (result.attributions as unknown[]).map(fromResult).filter((x): x is SpanAttribution => x !== null);
    } catch (e) {
      failed++;
      console.error(`${a.name}: ${(e as Error).message}`);
    }
    ms += performance.now() - t0;
    addScore(total, scoreArticle(a.text, a.gold, predicted));
    if (flag('errors')) {
      const cueWords = (x: SpanAttribution) => oneLine(x.cue.map((s) => a.text.slice(s.start, s.end)).join(' ')).toLowerCase();
      for (const g of a.gold) if (!predicted.some((p) => overlapsAny(g.cue, p.cue))) missed.set(cueWords(g), (missed.get(cueWords(g)) ?? 0) + 1);
      for (const p of predicted) if (!a.gold.some((g) => overlapsAny(p.cue, g.cue))) spurious.set(cueWords(p), (spurious.get(cueWords(p)) ?? 0) + 1);
    }
    if (shown < show && a.gold.length > 0) {
      shown++;
      showArticle(a, predicted);
    }
  }

  console.log(`\nPolNeAR ${split}: ${articles.length} articles (${unannotated} without annotation skipped), ${total.gold} gold attributions (${incomplete} incomplete E lines left out), ${total.predicted} predicted; ${failed} failed`);
  console.log(`time: ${(ms / Math.max(1, articles.length)).toFixed(1)} ms/article (analyze, whole pipeline)\n`);
  console.log(`${''.padEnd(22)}${'P%'.padStart(6)}${'R%'.padStart(6)}${'F1%'.padStart(6)}${'TP'.padStart(8)}${'FP'.padStart(8)}${'FN'.padStart(8)}`);
  for (const role of ROLES) console.log(row(`${role} exact`, total.exact[role]));
  for (const role of ROLES) console.log(row(`${role} strict`, total.strict[role]));
  for (const role of ROLES) console.log(row(`${role} tokens`, total.tokens[role]));
  console.log(`attribution recall    ${pct(total.gold ? total.found / total.gold : 0)}  (${total.found}/${total.gold} gold found: cue, content and source overlapped by one prediction)`);
  if (flag('errors')) {
    console.log(`\nmost frequent missed cues (gold cue overlapped by no predicted cue):\n${top(missed, 30)}`);
    console.log(`\nmost frequent spurious cues (predicted cue overlapping no gold cue):\n${top(spurious, 30)}`);
  }
}

main();
