import { openStore } from '../store/index.js';
import type { EventFilter, Store, StoredEvent } from '../store/types.js';
import { gdeltStoredExport, toTsv } from '../export/gdelt.js';
import { ingest, type IngestOptions, type IngestProgress } from '../corpus/ingest.js';
import { countRecords } from '../ingest/walk.js';
import { eventRow, formatRows, ROW_FORMATS, type RowFormat } from '../corpus/format.js';
import { parseSize, parseTimeout, UsageError } from './usage.js';
import { dictionaryFiles } from './analyze.js';

// The corpus commands: ingest into a store, then query it. Every command takes --db (default ./annals.db;
// postgres://... for PostgreSQL) and --format table|json|jsonl|csv|tsv.

export type Flags = Record<string, string | boolean | undefined>;

const str = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);

async function withStore<T>(flags: Flags, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(str(flags, 'db') ?? './annals.db');
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** `annals ingest <paths...>`: the flags parsed, src/corpus/ingest.ts does the work, progress on a terminal. */
export async function runIngest(paths: string[], flags: Flags): Promise<number> {
  if (paths.length === 0) throw new UsageError('ingest needs at least one file or folder, or - for standard input');
  const jobs = count(flags, 'jobs', 1);
  const encoding = str(flags, 'encoding');
  const maxBytes = str(flags, 'max-bytes');
  // The workers load the same dictionaries as `annals analyze` would; checked here, once.
  const dictionaries = dictionaryFiles({ actors: str(flags, 'actors'), agents: str(flags, 'agents'), verbs: str(flags, 'verbs'), discards: str(flags, 'discards') });
  const options: IngestOptions = {
    ...(dictionaries && { dictionaries }),
    ...(jobs !== undefined && { jobs }),
    ...(encoding && { encoding }),
    ...(maxBytes !== undefined && { maxBytes: parseSize(maxBytes, '--max-bytes') }),
    allowPrivate: flags['allow-private'] === true,
    timeoutMs: parseTimeout(str(flags, 'timeout')),
  };
  const tty = process.stderr.isTTY;
  // On a terminal, a progress bar once the inputs are counted (alongside the ingest); in pipes, quiet.
  let total: number | undefined;
  if (tty) void countRecords(paths).then((n) => (total = n), () => undefined);
  let drawn = 0;
  const line = (c: IngestProgress) => {
    const rate = c.read / Math.max(c.seconds, 0.001);
    const counts = `${c.stored} stored, ${c.already} already stored, ${c.copies} copies, ${c.events} events, ${c.errors} errors, ${rate.toFixed(0)}/s`;
    if (total === undefined || total < c.read) return `\r${c.read} read, ${counts}`;
    const share = total === 0 ? 1 : c.read / total;
    const width = 24;
    const filled = Math.round(share * width);
    const left = rate > 0 ? Math.max(0, (total - c.read) / rate) : 0;
    const eta = left >= 60 ? `${Math.floor(left / 60)} min ${Math.round(left % 60)} s` : `${Math.round(left)} s`;
    return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${c.read}/${total}, ${counts}, ${eta} left\x1b[K`;
  };
  const draw = (c: IngestProgress) => {
    // At most ten times a second.
    if (performance.now() - drawn < 100) return;
    drawn = performance.now();
    process.stderr.write(line(c));
  };
  return withStore(flags, async (store) => {
    const counts = await ingest(
      store,
      paths,
      { ...options, onError: (error) => process.stderr.write(`${tty ? '\n' : ''}annals: ${error.message}\n`) },
      tty ? draw : undefined,
    );
    process.stderr.write(
      `${tty ? '\n' : ''}ingested ${counts.read} records in ${counts.seconds.toFixed(1)} s: ${counts.stored} stored, ${counts.already} already stored, ` +
        `${counts.elsewhere ? `${counts.elsewhere} taken by another ingest, ` : ''}${counts.copies} syndicated copies, ${counts.events} events coded (a story's events are stored once), ${counts.errors} errors\n`,
    );
    return counts.errors > 0 ? 1 : 0;
  });
}

const MODALITIES = ['actual', 'intent', 'hypothetical', 'negated'];

/** A whole-number flag, at least `min`; a usage error naming the flag otherwise. */
function count(flags: Flags, name: string, min: number): number | undefined {
  const value = str(flags, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`--${name} takes a whole number, ${min} or more, not "${value}"`);
  return Number(value);
}

function filterFrom(flags: Flags): EventFilter {
  const filter: EventFilter = {};
  const dyad = str(flags, 'dyad');
  if (dyad) {
    const [a, b] = dyad.split(':');
    if (!a || !b) throw new UsageError(`--dyad takes two actor codes such as JPN:RUS, not "${dyad}"`);
    filter.dyad = [a.toUpperCase(), b.toUpperCase()];
  }
  const modality = str(flags, 'modality');
  if (modality !== undefined && !MODALITIES.includes(modality)) throw new UsageError(`--modality takes ${MODALITIES.join(', ')}, not "${modality}"`);
  for (const key of ['actor', 'code', 'root', 'from', 'to', 'modality', 'text'] as const) {
    const value = str(flags, key);
    if (value !== undefined) filter[key] = key === 'actor' ? value.toUpperCase() : value;
  }
  const quad = str(flags, 'quad');
  if (quad !== undefined) {
    if (!/^[1-4]$/.test(quad)) throw new UsageError(`--quad takes 1, 2, 3 or 4, not "${quad}"`);
    filter.quad = Number(quad);
  }
  const limit = count(flags, 'limit', 1);
  if (limit !== undefined) filter.limit = limit;
  const offset = count(flags, 'offset', 0);
  if (offset !== undefined) filter.offset = offset;
  return filter;
}

/** Rows printed in the chosen format. */
function print(rows: Record<string, unknown>[], flags: Flags): void {
  const format = str(flags, 'format') ?? (process.stdout.isTTY ? 'table' : 'json');
  if (!(ROW_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes table, json, jsonl, csv or tsv, not "${format}"`);
  process.stdout.write(formatRows(rows, format as RowFormat));
}

export async function runQuery(command: string, args: string[], flags: Flags): Promise<number> {
  return withStore(flags, async (store) => {
    switch (command) {
      case 'events':
      case 'timeline': {
        // The timeline is ordered by date in the query itself, so --limit and --offset page through it in order.
        const events = await store.queryEvents({ ...filterFrom(flags), ...(command === 'timeline' && { sort: 'date' as const }) });
        print(events.map(eventRow), flags);
        return 0;
      }
      case 'dyad': {
        const [pair] = args;
        const [a, b] = (pair ?? '').split(':');
        if (!a || !b) throw new UsageError('dyad takes two actor codes such as JPN:RUS');
        const by = (str(flags, 'by') ?? 'year') as 'year' | 'month' | 'day';
        if (!['year', 'month', 'day'].includes(by)) throw new UsageError('--by takes year, month or day');
        print((await store.dyadSeries(a.toUpperCase(), b.toUpperCase(), by)) as unknown as Record<string, unknown>[], flags);
        return 0;
      }
      case 'search': {
        if (!args[0]) throw new UsageError('search takes a query, such as "peace treaty"');
        print((await store.search(args.join(' '), count(flags, 'limit', 1) ?? 20)) as unknown as Record<string, unknown>[], flags);
        return 0;
      }
      case 'show': {
        const id = Number(args[0]);
        if (!Number.isInteger(id)) throw new UsageError('show takes an event id (a number)');
        const event = await store.event(id);
        if (!event) {
          process.stderr.write(`annals: no event ${id}\n`);
          return 1;
        }
        process.stdout.write(JSON.stringify(event, null, 2) + '\n');
        return 0;
      }
      case 'stats': {
        const stats = await store.stats();
        if ((str(flags, 'format') ?? 'table') === 'json') process.stdout.write(JSON.stringify(stats) + '\n');
        else print([stats as unknown as Record<string, unknown>], flags);
        return 0;
      }
      case 'export': {
        const format = str(flags, 'format') ?? 'jsonl';
        const undated = str(flags, 'undated');
        if (undated !== undefined && undated !== 'article' && undated !== 'skip') throw new UsageError(`--undated takes article or skip, not "${undated}"`);
        if (!['gdelt', 'csv', 'jsonl', 'json', 'tsv'].includes(format)) throw new UsageError(`export --format takes gdelt, csv, jsonl, json or tsv, not "${format}"`);
        const filter = filterFrom(flags);
        const wanted = filter.limit ?? Number.POSITIVE_INFINITY;
        // Every matching event, a page at a time (queries cap a page at 10,000).
        const events: StoredEvent[] = [];
        for (let offset = 0; events.length < wanted; ) {
          const page = await store.queryEvents({ ...filter, limit: Math.min(10_000, wanted - events.length), offset });
          events.push(...page);
          offset += page.length;
          if (page.length < 10_000) break;
        }
        if (format === 'gdelt') {
          // GDELT 2.0's 61 columns (docs/gdelt-export.md); events GDELT has no row for are named on stderr.
          const { rows, skipped } = gdeltStoredExport(events, { undated: undated === 'article' ? 'article' : 'skip' });
          process.stdout.write(toTsv(rows));
          if (skipped.length) process.stderr.write(`annals: ${skipped.length} of ${events.length} events left out of the GDELT export (undated, or negated/hypothetical); --format jsonl has them all\n`);
          return 0;
        }
        print(events as unknown as Record<string, unknown>[], { ...flags, format });
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  });
}
