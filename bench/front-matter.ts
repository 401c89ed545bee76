// Front matter on real pages: published date, dateline place, origin agency and publisher, measured against
// bench/gold/front-matter.jsonl (114 pages coded by hand; bench/gold/README.md says how).
//
//   npm run bench:front-matter [-- --failures N] [-- --mode html|text] [-- --gold <file>]
//
// --gold reads another gold file of the same form (default bench/gold/front-matter.jsonl; the held-out set is
// bench/gold/front-matter-heldout.jsonl, whose failure lists are not to be read while rules are written).
//
// Each aeb page is analysed twice: `html`, the saved page with its URL; `text`, the page's visible text from
// its headline to the end of the page, with no metadata and no URL (what a user gets by copying the page from
// the headline down). The aggregator copies exist only as text and are run in the text mode.
//
// Scoring, per field, over the pages whose gold row has the field:
//   published  the ISO day equals the gold day;
//   dateline   article.dateline.place equals the gold place (case and spacing ignored); also scored over the
//              pages with no dateline, where no dateline is the right answer ("dateline, all pages");
//   origin     article.origin names the gold agency: both read through the organisations data (a name or an
//              alias becomes the organisation's name), then compared without case, punctuation or a leading "The";
//   publisher  article.publisher names the gold publisher or one of its publisherAlso forms, compared the same way.
//              In the text mode it is also scored over the pages whose analysed text prints one of those forms
//              (as a whole word, case and spacing aside), "publisher, printed": a copy that never names its
//              outlet (only its owner's copyright, "© NBC UNIVERSAL") cannot give it. That line is information
//              beside the floored one, which still counts every page.
// Prints the figures on standard output and up to N failures per field (default 10) on standard error.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/pipeline.js';
import { pageText } from './page-text.js';
import { loadOrganisations } from '../src/dictionaries/actors-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const FLOOR = 0.9;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const maxFailures = Number(option('failures') ?? 10);
const onlyMode = option('mode');

interface Gold {
  id: string;
  source: 'aeb' | 'aggregator-copies';
  url: string;
  published?: string;
  dateline?: string;
  origin?: string;
  publisher?: string;
  publisherAlso?: string[];
}

const goldFile = resolve(option('gold') ?? join(root, 'bench', 'gold', 'front-matter.jsonl'));
const gold: Gold[] = readFileSync(goldFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);

// ---- names: an outlet's name or alias becomes the organisation's name ----
const simple = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
const canonical = new Map<string, string>();
for (const org of loadOrganisations()) {
  if (org.kind !== 'media') continue;
  for (const name of [org.name, ...org.aliases]) if (!canonical.has(simple(name))) canonical.set(simple(name), simple(org.name));
}
const nameKey = (s: string) => canonical.get(simple(s)) ?? simple(s);

// ---- the inputs ----
const truth = JSON.parse(readFileSync(join(shared, 'aeb', 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
const aggregator = new Map(
  readFileSync(join(shared, 'aggregator-copies', 'pages.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; url: string; text: string })
    .map((p) => [p.id, p]),
);

interface Got {
  published: string | null;
  dateline: string | null;
  origin: string | null;
  publisher: string | null;
}

function run(input: Parameters<typeof analyze>[0]): Got {
  try {
    const { article } = analyze(input, { code: false });
    return { published: article.published, dateline: article.dateline?.place ?? null, origin: article.origin, publisher: article.publisher };
  } catch {
    return { published: null, dateline: null, origin: null, publisher: null };
  }
}

const FIELDS = ['published', 'dateline', 'datelineAll', 'origin', 'publisher', 'publisherPrinted'] as const;
/** Lines printed without a floor: the dateline over all pages, the publisher over the pages whose text prints it. */
const UNFLOORED = new Set<string>(['datelineAll', 'publisherPrinted']);
type Field = (typeof FIELDS)[number];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** True when `text` prints one of the gold publisher's forms as a whole word (case and spacing aside). */
function printsPublisher(g: Gold, text: string): boolean {
  return [g.publisher!, ...(g.publisherAlso ?? [])].some((name) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu').test(text));
}

function judge(g: Gold, got: Got, text: string | null): Partial<Record<Field, boolean>> {
  const out: Partial<Record<Field, boolean>> = {};
  if (g.published) out.published = got.published === g.published;
  const placeOk = g.dateline ? got.dateline != null && simple(got.dateline) === simple(g.dateline) : got.dateline == null;
  if (g.dateline) out.dateline = placeOk;
  out.datelineAll = placeOk;
  if (g.origin) out.origin = got.origin != null && nameKey(got.origin) === nameKey(g.origin);
  if (g.publisher) out.publisher = got.publisher != null && [g.publisher, ...(g.publisherAlso ?? [])].some((p) => nameKey(p) === nameKey(got.publisher!));
  if (g.publisher && text !== null && printsPublisher(g, text)) out.publisherPrinted = out.publisher;
  return out;
}

const modes = (['html', 'text'] as const).filter((m) => !onlyMode || m === onlyMode);
const html = new Map<string, string>();
for (const g of gold) if (g.source === 'aeb') html.set(g.id, gunzipSync(readFileSync(join(shared, 'aeb', 'html', `${g.id}.html.gz`))).toString('utf8'));

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
let allMet = true;
for (const mode of modes) {
  const tally = new Map<Field, { ok: number; n: number }>(FIELDS.map((f) => [f, { ok: 0, n: 0 }]));
  const failures = new Map<Field, string[]>(FIELDS.map((f) => [f, []]));
  let pages = 0;
  for (const g of gold) {
    let got: Got;
    let text: string | null = null;
    if (g.source === 'aggregator-copies') {
      if (mode !== 'text') continue;
      text = aggregator.get(g.id)!.text;
      got = run({ id: g.id, text });
    } else {
      const page = html.get(g.id)!;
      if (mode === 'text') text = pageText(page);
      got = mode === 'html' ? run({ id: g.id, html: page, url: truth[g.id]!.url }) : run({ id: g.id, text: text! });
    }
    pages++;
    for (const [field, ok] of Object.entries(judge(g, got, text)) as [Field, boolean][]) {
      const t = tally.get(field)!;
      t.n++;
      if (ok) t.ok++;
      else {
        const key = field === 'datelineAll' ? 'dateline' : field === 'publisherPrinted' ? 'publisher' : field;
        const want = field === 'publisher' ? g.publisher : (g as unknown as Record<string, string | undefined>)[key] ?? null;
        failures.get(field)!.push(`${g.id.slice(0, 10)} ${new URL(g.url).host}: want ${JSON.stringify(want)} got ${JSON.stringify((got as unknown as Record<string, string | null>)[key])}`);
      }
    }
  }
  console.log(`\nfront matter, ${mode} (${pages} pages of ${goldFile.slice(root.length + 1)})`);
  for (const field of FIELDS) {
    const t = tally.get(field)!;
    if (field === 'publisherPrinted' && mode !== 'text') continue;
    const share = t.n ? t.ok / t.n : 1;
    const floored = !UNFLOORED.has(field);
    if (floored && share < FLOOR) allMet = false;
    const label = field === 'datelineAll' ? 'dateline, all pages' : field === 'publisherPrinted' ? 'publisher, printed' : field;
    console.log(`${label.padEnd(22)} ${pct(t.ok, t.n).padStart(6)} (${t.ok} of ${t.n})${floored ? `   floor ${FLOOR * 100}%: ${share >= FLOOR ? 'met' : 'NOT met'}` : ''}`);
  }
  if (maxFailures > 0) {
    for (const field of FIELDS) {
      const list = failures.get(field)!;
      // The dateline's are listed under datelineAll, the printed publisher's under publisher.
      if (list.length === 0 || field === 'dateline' || field === 'publisherPrinted') continue;
      console.error(`\n${mode} ${field}: ${list.length} wrong${list.length > maxFailures ? `; the first ${maxFailures}` : ''}`);
      for (const line of list.slice(0, maxFailures)) console.error(`  ${line}`);
    }
  }
}
process.exitCode = allMet ? 0 : 1;
