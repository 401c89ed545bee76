// Annals' events against the hand-coded gold of bench/gold/events.jsonl (real news paragraphs; how it was
// made and the coding rules: bench/gold/README.md). Prints precision, recall and F1 at root level
// (source principal, target principal, CAMEO root), then the exact code, modality and year of the matched
// events, the confusions, and the PETRARCH unit suite. Dev and test (held-out) passages are reported apart;
// failures are listed for dev only.
//
//   npm run bench:events [-- --gold FILE...] [--show N] [--no-petrarch] [--split dev|test|all] [--list-uncoded]
// (--list-uncoded prints each dev miss's source or target words that no actor entity of the gold's principal covers)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline.js';
import { eventPassages, type Passage } from './gold/event-passages.js';
import { addParagraph, emptyTotals, f1, principal, type ParagraphScore, type ScoredEvent, type Totals } from './event-scoring.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const goldFiles = args.flatMap((a, i) => (args[i - 1] === '--gold' ? [a] : []));
const show = Number(option('--show') ?? 25);

interface GoldLine {
  id: string;
  sha1: string;
  events: ScoredEvent[];
}

function readGold(files: string[]): Map<string, GoldLine> {
  const gold = new Map<string, GoldLine>();
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, k) => {
      if (!line.trim()) return;
      let parsed: GoldLine;
      try {
        parsed = JSON.parse(line) as GoldLine;
      } catch (error) {
        throw new Error(`${file}:${k + 1}: not JSON (${(error as Error).message})`);
      }
      if (!parsed.id || !Array.isArray(parsed.events)) throw new Error(`${file}:${k + 1}: a gold line needs "id" and "events"`);
      for (const e of parsed.events) {
        if (!/^\d{2,4}$/.test(e.code) || !e.source || !e.target) throw new Error(`${file}:${k + 1}: event without a CAMEO code, source or target`);
        if (!['actual', 'intent', 'hypothetical', 'negated'].includes(e.modality)) throw new Error(`${file}:${k + 1}: unknown modality "${e.modality}"`);
      }
      gold.set(parsed.id, parsed);
    });
  }
  return gold;
}

interface SystemEvent {
  code: string;
  modality: string;
  date: string | null;
  sentence: number;
  span: { start: number; end: number };
  source: { actor: string; text: string };
  target: { actor: string; text: string };
  evidence: { trigger: { text: string } };
}

/** Codes a passage and returns its events per paragraph (index into passage.paragraphs). */
function codePassage(passage: Passage): { events: (ScoredEvent & { sourceText: string; targetText: string })[][]; actors: Set<string>[]; mentions: { start: number; end: number; principal: string }[][]; ms: number } {
  const text = passage.paragraphs.map((p) => p.text).join('\n\n');
  const started = performance.now();
  const result = analyze({ text, title: '', ...(passage.date && { date: passage.date }) }, { name: passage.id });
  const ms = performance.now() - started;
  const byParagraph: (ScoredEvent & { sourceText: string; targetText: string })[][] = passage.paragraphs.map(() => []);
  const sentences = result.sentences as { paragraph: number; start: number; end: number }[];
  if (result.text !== text) throw new Error(`${passage.id}: the analysed text differs from the passage's text; events cannot be placed by offset`);
  // Each gold paragraph's place in the text: events and actors are placed by offset, not by the article
  // stage's paragraph numbers (a repeated lede or a byline is not a body paragraph there).
  const bounds: { start: number; end: number }[] = [];
  let offset = 0;
  for (const p of passage.paragraphs) {
    bounds.push({ start: offset, end: offset + p.text.length });
    offset += p.text.length + 2;
  }
  const paragraphAt = (at: number) => bounds.findIndex((b) => b.start <= at && at < b.end);
  // The actors the coder recognised in each paragraph (principals), to tell a missed actor from a missed event.
  const actors = passage.paragraphs.map(() => new Set<string>());
  const mentions = passage.paragraphs.map(() => [] as { start: number; end: number; principal: string }[]);
  for (const entity of result.entities as { type: string; actor?: string | null; span: { start: number; end: number } }[]) {
    if (entity.type !== 'actor' || !entity.actor) continue;
    const paragraph = paragraphAt(entity.span.start);
    if (paragraph < 0) continue;
    actors[paragraph]!.add(principal(entity.actor));
    const base = bounds[paragraph]!.start;
    mentions[paragraph]!.push({ start: entity.span.start - base, end: entity.span.end - base, principal: principal(entity.actor) });
  }
  for (const e of result.events as unknown as SystemEvent[]) {
    const paragraph = paragraphAt(e.span.start);
    if (paragraph < 0) continue;
    const first = sentences.findIndex((s) => s.end > bounds[paragraph]!.start);
    byParagraph[paragraph]!.push({
      source: e.source.actor,
      target: e.target.actor,
      code: e.code,
      modality: e.modality,
      year: e.date ? Number(e.date.slice(0, 4)) : null,
      sentence: e.sentence - first + 1,
      trigger: e.evidence.trigger.text,
      sourceText: e.source.text,
      targetText: e.target.text,
    });
  }
  return { events: byParagraph, actors, mentions, ms };
}

type GoldEvent = ScoredEvent & { sourceText?: string; targetText?: string };

/** Whether an actor entity with this principal overlaps the first place the paragraph writes these words. */
function mentionRecognised(text: string, words: string | undefined, wanted: string, mentions: { start: number; end: number; principal: string }[]): boolean {
  if (!words) return false;
  const at = text.indexOf(words);
  if (at < 0) return mentions.some((m) => m.principal === wanted);
  return mentions.some((m) => m.principal === wanted && m.start < at + words.length && at < m.end);
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
const describe = (e: ScoredEvent & { sourceText?: string; targetText?: string }) =>
  `${e.source}(${e.sourceText ?? ''}) -${e.code}${e.modality === 'actual' ? '' : '/' + e.modality}-> ${e.target}(${e.targetText ?? ''}) [s${e.sentence ?? '?'} "${e.trigger ?? ''}"]`;

function report(label: string, t: Totals): void {
  const { precision, recall, f1: f } = f1(t);
  console.log(
    `${label.padEnd(26)} gold ${String(t.gold).padStart(4)}  system ${String(t.system).padStart(4)}  matched ${String(t.matched).padStart(4)}  ` +
      `P ${(100 * precision).toFixed(1)}  R ${(100 * recall).toFixed(1)}  F1 ${(100 * f).toFixed(1)}  | exact code ${pct(t.exactCode, t.matched)}  modality ${pct(t.modality, t.matched)}  year ${pct(t.year, t.yearKnown)} (of ${t.yearKnown})`,
  );
}

function main(): void {
  const files = goldFiles.length > 0 ? goldFiles : ['bench/gold/events.jsonl'];
  for (const f of files) if (!existsSync(f)) throw new Error(`${f}: no such gold file`);
  const gold = readGold(files);
  const passages = eventPassages().filter((p) => p.paragraphs.some((q) => gold.has(q.id)));
  const totals = { dev: emptyTotals(), test: emptyTotals(), devSure: emptyTotals(), testSure: emptyTotals() };
  const byCorpus = new Map<string, Totals>();
  const failures: { id: string; score: ParagraphScore; text: string }[] = [];
  const rootConfusion = new Map<string, number>();
  const missKinds = new Map<string, number>();
  const mentionKinds = new Map<string, number>();
  const wrongYears: string[] = [];
  let ms = 0;
  let sentences = 0;
  for (const passage of passages) {
    const coded = codePassage(passage);
    ms += coded.ms;
    passage.paragraphs.forEach((paragraph, k) => {
      const line = gold.get(paragraph.id);
      if (!line) return;
      if (line.sha1 !== paragraph.sha1) throw new Error(`${paragraph.id}: the paragraph's text changed (sha1 ${paragraph.sha1}, gold ${line.sha1}): passages are cut differently than when coded`);
      sentences += paragraph.text.split(/[.!?]["”’]?\s+(?=[A-Z“"])/).length;
      const system = coded.events[k]!;
      const score = addParagraph(totals[passage.split], line.events, system);
      addParagraph(passage.split === 'dev' ? totals.devSure : totals.testSure, line.events, system, true);
      const corpus = byCorpus.get(passage.corpus) ?? emptyTotals();
      byCorpus.set(passage.corpus, corpus);
      addParagraph(corpus, line.events, system);
      if (passage.split !== 'dev') return;
      if (score.missed.length || score.spurious.length) failures.push({ id: paragraph.id, score, text: paragraph.text });
      for (const [g, sys] of score.matched) if (g.year !== null && g.year !== sys.year) wrongYears.push(`${paragraph.id}: gold ${g.year}, system ${sys.year ?? 'none'}: ${describe(sys)}`);
      for (const g of score.missed) {
        const seen = coded.actors[k]!;
        const kind = !seen.has(principal(g.source)) && !seen.has(principal(g.target)) ? 'neither actor recognised' : !seen.has(principal(g.source)) ? 'source actor not recognised' : !seen.has(principal(g.target)) ? 'target actor not recognised' : 'both actors recognised, no event on the pair';
        missKinds.set(kind, (missKinds.get(kind) ?? 0) + 1);
        const named = (words: string | undefined, actor: string) => mentionRecognised(paragraph.text, words, principal(actor), coded.mentions[k]!);
        const s = named((g as GoldEvent).sourceText, g.source);
        const t = named((g as GoldEvent).targetText, g.target);
        const byMention = s && t ? 'both mentions coded as the gold actors' : s ? 'target mention not coded as the gold actor' : t ? 'source mention not coded as the gold actor' : 'neither mention coded as the gold actor';
        mentionKinds.set(byMention, (mentionKinds.get(byMention) ?? 0) + 1);
        if (args.includes('--list-both') && s && t) console.log(`BOTH\t${paragraph.id}\t${describe(g)}`);
        if (args.includes("--list-uncoded")) for (const [ok, words, actor] of [[s, (g as GoldEvent).sourceText, g.source], [t, (g as GoldEvent).targetText, g.target]] as const) if (!ok) console.log(`UNCODED\t${actor}\t${words}`);
      }
      // Same dyad, other root: the confusions of the code.
      for (const g of score.missed) {
        const s = score.spurious.find((e) => principal(e.source) === principal(g.source) && principal(e.target) === principal(g.target));
        const key = `${g.code.slice(0, 2)} -> ${s ? s.code.slice(0, 2) : 'none'}`;
        rootConfusion.set(key, (rootConfusion.get(key) ?? 0) + 1);
      }
    });
  }
  console.log(`Events on real news: ${gold.size} gold paragraphs of ${passages.length} passages (${files.join(', ')})`);
  report('dev (tuned on)', totals.dev);
  report('dev, doubtful left out', totals.devSure);
  report('test (held out)', totals.test);
  report('test, doubtful left out', totals.testSure);
  for (const [corpus, t] of [...byCorpus].sort()) report(`  ${corpus}`, t);
  console.log(`time: ${(ms / 1000).toFixed(1)} s for ${passages.length} passages (about ${sentences} sentences), model load included`);
  console.log('\nWhy dev events were missed (the actors the coder recognised in the paragraph):');
  for (const [kind, n] of [...missKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
  console.log('\nThe same misses by the gold event\'s own words (an actor entity inside or around the words the gold names, with its principal):');
  for (const [kind, n] of [...mentionKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${kind}: ${n}`);
  console.log('\nRoot confusions on dev (gold root -> system root on the same dyad, "none" = no event on that dyad):');
  for (const [key, n] of [...rootConfusion].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${key}: ${n}`);
  console.log(`\nMatched dev events with the wrong year (${wrongYears.length}):`);
  for (const w of wrongYears) console.log(`  ${w}`);
  if (show > 0) {
    console.log(`\nDev failures (${failures.length} paragraphs; first ${show}):`);
    for (const f of failures.slice(0, show)) {
      console.log(`\n${f.id}: ${f.text.slice(0, 300)}${f.text.length > 300 ? '…' : ''}`);
      for (const g of f.score.missed) console.log(`  missed   ${describe(g)}${g.doubtful ? ' (doubtful)' : ''}`);
      for (const s of f.score.spurious) console.log(`  spurious ${describe(s)}`);
    }
  }
  if (!args.includes('--no-petrarch')) {
    console.log('\nPETRARCH unit suite:');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/petrarch-suite.ts'], { encoding: 'utf8' });
    console.log(run.stdout.split('\n').slice(0, 3).join('\n'));
  }
}

main();
