import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReutersSgml, reutersDateToIso } from '../../src/ingest/reuters-sgml.js';
import { seededRandom } from '../../src/syntax/hash.js';

// The passages of real news that the event gold (bench/gold/events.jsonl) is coded on, and how they are
// cut from ../shared. The gold stores only each paragraph's id and a hash of its text: the text itself
// stays in ../shared and is cut here again, the same way, by the benchmark (nothing is copied).
//
// A passage is the first paragraphs of one story (its headline left out), analysed as one document so
// that "he" and "the two countries" have their antecedents; events are coded and scored per paragraph.

export const SHARED = process.env.ANNALS_SHARED ?? '../shared';

export interface GoldParagraph {
  /** `<passage id>-p<k>` (k from 1). */
  id: string;
  text: string;
  sha1: string;
}

export interface Passage {
  id: string;
  corpus: 'bbc-news' | 'reuters21578' | 'polnear' | 'aggregator-copies' | 'gigaword';
  /** Where the story is in ../shared. */
  file: string;
  /** The story's date when the corpus gives it (ISO day), else null. */
  date: string | null;
  paragraphs: GoldParagraph[];
  /** "dev" (read while developing the coder) or "test" (held out: never read in failure lists). */
  split: 'dev' | 'test';
}

export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex').slice(0, 16);

function paragraphsOf(id: string, texts: string[], limit: number): GoldParagraph[] {
  return texts
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0)
    .slice(0, limit)
    .map((text, k) => ({ id: `${id}-p${k + 1}`, text, sha1: sha1(text) }));
}

/** A seeded shuffle, so that the sample is fixed by the seed and not chosen by hand. */
function shuffled<T>(items: T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const PARAGRAPHS_PER_PASSAGE = 3;

/**
 * The BBC files carry no date; the dataset's stories are of 2004–2005. They are analysed as of 2005-01-01
 * so that their people resolve to their roles of the time (an undated article is otherwise resolved on
 * the day of the analysis, Annals' rule): the year of BBC events is not scored (the gold has none).
 */
const BBC_PERIOD = '2005-01-01';

/** The stories [from, to) of the category's seeded shuffle. */
function bbcPassages(category: 'politics' | 'business', from: number, to: number, seed: number): Passage[] {
  const dir = join(SHARED, 'data/bbc-news/bbc', category);
  const files = shuffled(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort(), seed).slice(from, to);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const blocks = text.split(/\n\s*\n/);
    const id = `bbc-${category}-${f.replace('.txt', '')}`;
    return { id, corpus: 'bbc-news', file: `data/bbc-news/bbc/${category}/${f}`, date: BBC_PERIOD, paragraphs: paragraphsOf(id, blocks.slice(1), PARAGRAPHS_PER_PASSAGE), split: 'dev' };
  });
}

/** Reuters stories placed in at least two countries (the PLACES field): international news, chosen by metadata. */
function reutersPassages(count: number, seed: number): Passage[] {
  const dir = join(SHARED, 'data/reuters21578');
  const candidates: Passage[] = [];
  for (const f of readdirSync(dir).filter((n) => /^reut2-\d+\.sgm$/.test(n)).sort()) {
    const sgml = readFileSync(join(dir, f), 'latin1');
    const places = new Map<string, number>();
    for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>[\s\S]*?<PLACES>([\s\S]*?)<\/PLACES>/g)) places.set(m[1]!, (m[2]!.match(/<D>/g) ?? []).length);
    for (const story of parseReutersSgml(sgml)) {
      if (story.textType !== 'NORM' || (places.get(story.newid) ?? 0) < 2) continue;
      const body = story.body.replace(/\s*Reuter\s*$/, '');
      const id = `reuters-${story.newid}`;
      const paragraphs = paragraphsOf(id, body.split(/\n(?=\s{2,}\S)/), PARAGRAPHS_PER_PASSAGE);
      if (paragraphs.length === 0) continue;
      candidates.push({ id, corpus: 'reuters21578', file: `data/reuters21578/${f}#${story.newid}`, date: reutersDateToIso(story.date), paragraphs, split: 'dev' });
    }
  }
  return shuffled(candidates, seed).slice(0, count);
}

/** PolNeAR's train articles only: its dev articles are the attribution benchmark's evaluation set. */
function polnearPassages(from: number, to: number, seed: number): Passage[] {
  const dir = join(SHARED, 'data/polnear/data/train/text');
  const files = shuffled(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort(), seed).slice(from, to);
  return files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const id = `polnear-${f.replace('.txt', '').slice(0, 60)}`;
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? null;
    return { id, corpus: 'polnear', file: `data/polnear/data/train/text/${f}`, date, paragraphs: paragraphsOf(id, text.split(/\n\s*\n/).slice(1), PARAGRAPHS_PER_PASSAGE), split: 'dev' };
  });
}

/**
 * The day each aggregator page prints, read off the page by hand ("12th January, 2022", "Thu 07th October 2021",
 * "Updated: 08-10-2021 11:48 IST", "Published February 27, 2022"). The passages are cut from the body, below
 * those lines, so the day is passed as the passage's date; without it the passage would be resolved on the day the
 * benchmark runs (Kishida, prime minister until 2024, would not be Japan's government).
 */
const AGGREGATOR_PRINTED_DAYS: Record<string, string> = { 'kishida-ppn': '2022-01-12', r1: '2021-10-07', r2: '2021-10-08', r3: '2022-02-27' };

/** Every aggregator page, its repeated headline lines left out; the date is the one the page prints. */
function aggregatorPassages(): Passage[] {
  const lines = readFileSync(join(SHARED, 'data/aggregator-copies/pages.jsonl'), 'utf8').split('\n').filter(Boolean);
  return lines.map((line) => {
    const page = JSON.parse(line) as { id: string; text: string };
    // Two pages have no blank lines: each line is then a paragraph.
    const byBlankLines = page.text.split(/\n\s*\n/);
    const blocks = byBlankLines.length > 1 ? byBlankLines : page.text.split('\n');
    const headline = blocks[0]!.trim().toLowerCase();
    const body = blocks.slice(1).filter((b) => b.trim().toLowerCase() !== headline);
    const id = `aggregator-${page.id}`;
    return { id, corpus: 'aggregator-copies', file: `data/aggregator-copies/pages.jsonl#${page.id}`, date: AGGREGATOR_PRINTED_DAYS[page.id] ?? null, paragraphs: paragraphsOf(id, body, 4), split: 'dev' };
  });
}

/** The passages in their fixed order; every fourth one (by position in that order) is held out as test. */
export function eventPassages(): Passage[] {
  const all = [
    ...bbcPassages('politics', 0, 18, 1301),
    ...bbcPassages('business', 0, 18, 1302),
    ...reutersPassages(22, 1303),
    ...polnearPassages(0, 10, 1304),
    ...aggregatorPassages(),
    // Added when the first 72 passages gave too few events; appended so that the splits above stay as coded.
    ...gigawordPassages(),
    ...bbcPassages('politics', 18, 30, 1301),
    ...bbcPassages('business', 18, 30, 1302),
    // Added again for the same reason.
    ...bbcPassages('politics', 30, 48, 1301),
    ...polnearPassages(10, 20, 1304),
  ];
  return all.map((p, k) => ({ ...p, split: k % 4 === 3 ? 'test' : 'dev' }));
}

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The wire sentences of PETRARCH's GigaWord sample, each a passage of one paragraph, with its date: the
 * records whose id names an agency story (AFP…) or one of its samples of real news (GOLD_, SYRIA_, abc).
 * The others (TEST_, VERB_, PASSIVE_, NEG_ …) are made-up test sentences and are left out.
 */
function gigawordPassages(): Passage[] {
  const xml = readFileSync(join(SHARED, 'data/petrarch-validation/GigaWord.sample.PETR.xml'), 'utf8');
  const out: Passage[] = [];
  const seen = new Map<string, number>();
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = m[1] ?? '';
    let record = /id\s*=\s*"([^"]+)"/.exec(attrs)?.[1];
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(m[2] ?? '')?.[1]?.trim();
    if (!record || !text || !/^(AFP|GOLD_|SYRIA_|abc)/.test(record)) continue;
    // One id is used twice, for two sentences.
    const n = (seen.get(record) ?? 0) + 1;
    seen.set(record, n);
    if (n > 1) record = `${record}-${n}`;
    const raw = /date\s*=\s*"(\d{8})"/.exec(attrs)?.[1];
    const date = raw ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : null;
    const id = `gigaword-${record}`;
    out.push({ id, corpus: 'gigaword', file: `data/petrarch-validation/GigaWord.sample.PETR.xml#${record}`, date, paragraphs: paragraphsOf(id, [unescapeXml(text)], 1), split: 'dev' });
  }
  return out;
}
