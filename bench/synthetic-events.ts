// The synthetic corpus of the store and API benches: articles of `events` coded events each, one per
// sentence, with actors, codes, dates (80% the article's day, the rest its month, an earlier year or none)
// and modalities drawn from a seeded generator, so that every run stores the same data.

import type { AnalysisResult } from '../src/document/serialize.js';
import type { CodedEvent } from '../src/code/coder.js';

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['USA', 'RUS', 'JPN', 'CHN', 'GBR', 'FRA', 'DEU', 'IND', 'IRN', 'ISR', 'UKR', 'SYR', 'TUR', 'PAK', 'KOR', 'PRK', 'BRA', 'EGY', 'SAU', 'NGA'];
const AGENTS = ['', '', 'GOV', 'GOV', 'MIL', 'LEG', 'MED', 'BUS', 'OPP', 'REB'];
const CODES: [string, number, number][] = [
  ['010', 0, 1], ['020', 3, 1], ['036', 4, 1], ['040', 1, 1], ['042', 1.9, 1], ['043', 2.8, 1], ['057', 8, 1],
  ['061', 6.4, 2], ['071', 7.4, 2], ['080', 5, 2], ['111', -2, 3], ['112', -2, 3], ['130', -4.4, 3], ['138', -7, 3],
  ['141', -6.5, 4], ['173', -5, 4], ['190', -10, 4], ['193', -10, 4], ['195', -10, 4],
];
const WORDS = 'minister talks treaty border sanctions troops summit ceasefire trade oil gas election protest embassy envoy islands peace missile aid visit'.split(' ');
const MODALITIES = ['actual', 'actual', 'actual', 'actual', 'intent', 'hypothetical', 'negated'] as const;

/** Synthetic article number `n` with `events` events: the same for the same arguments. */
export function syntheticArticle(n: number, events: number): AnalysisResult {
  const rand = mulberry32(n + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const actor = () => pick(COUNTRIES) + pick(AGENTS);
  const year = 1990 + Math.floor(rand() * 35);
  const published = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const headline = `Article ${n}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
  const sentences: AnalysisResult['sentences'] = [];
  const coded: CodedEvent[] = [];
  let text = `${headline}\n\n`;
  const bodyStart = text.length;
  for (let i = 0; i < events; i++) {
    const source = actor();
    const target = actor();
    const [code, goldstein, quad] = pick(CODES);
    const sentence = `${source} ${pick(WORDS)} ${pick(WORDS)} with ${target} over ${pick(WORDS)} and ${pick(WORDS)} in story ${n}.`;
    const start = text.length;
    text += sentence + ' ';
    const r = rand();
    const [date, datePrecision] =
      r < 0.8 ? [published, 'day' as const] : r < 0.9 ? [published.slice(0, 7), 'month' as const] : r < 0.97 ? [String(year - Math.floor(rand() * 60)), 'year' as const] : [null, null];
    const span = { start, end: start + source.length };
    coded.push({
      id: `e${i + 1}`, code, root: code.slice(0, 2), name: null, goldstein, quadClass: quad, plover: null, modality: pick(MODALITIES),
      date, datePrecision,
      source: { text: source, span, actor: source },
      target: { text: target, span: { start: start + sentence.indexOf(' with ') + 6, end: start + sentence.indexOf(' over ') }, actor: target },
      location: null, sentence: i, span: { start: span.end + 1, end: span.end + 5 },
      evidence: { sentence: { start, end: start + sentence.length, text: sentence }, trigger: { text: 'verb', span }, verbBlock: 'SYNTHETIC', pattern: null, dictionary: [], date: 'synthetic', modality: 'synthetic' },
      provenance: [{ name: 'Synthetic Wire', kind: 'reported' }],
    });
    sentences.push({ start, end: start + sentence.length, text: sentence, paragraph: 0 });
  }
  const body = text.slice(bodyStart).trimEnd();
  return {
    text,
    input: { origin: `synthetic-${n}`, format: 'text' },
    page: null,
    article: {
      headline, headlineSpan: { start: 0, end: headline.length }, body, bodySpans: [{ start: bodyStart, end: bodyStart + body.length }],
      removed: [], frontMatter: [], dateline: null, publisher: `Outlet ${n % 50}`, origin: `Agency ${n % 7}`, published, url: `https://example.com/${n}`, byline: null,
    },
    paragraphs: [], sentences, entities: [], events: coded, attributions: [], warnings: [],
  } as unknown as AnalysisResult;
}
