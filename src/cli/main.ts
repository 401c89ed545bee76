#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { runAnalyze } from './analyze.js';
import { UsageError } from './usage.js';
import { runIngest, runQuery } from './corpus.js';
import { runServe } from './serve.js';
import { COMMAND_HELP } from './help.js';

const CORPUS_COMMANDS = new Set(['ingest', 'events', 'timeline', 'dyad', 'search', 'show', 'stats', 'export']);

const HELP = `annals — sourced event data from news

Usage:
  annals analyze <paths...|-> [--format text|json|jsonl|conllu] [--syntax] [--max-bytes SIZE] [--encoding NAME]
                 [--actors FILE] [--agents FILE] [--verbs FILE] [--discards FILE]

  annals ingest <paths...|feed URLs...|-> [--db PATH|postgres://...] [--jobs N] [--encoding NAME]
                [--max-bytes SIZE] [--allow-private] [--actors FILE] [--agents FILE] [--verbs FILE] [--discards FILE]
  annals events [--actor JPN] [--dyad JPN:RUS] [--code 036|--root 03|--quad 1] [--from 2018 --to 2022]
                [--modality actual] [--text "peace treaty"] [--limit N]
  annals dyad JPN:RUS [--by year|month|day]     annals timeline --actor JPN
  annals search "peace treaty"     annals show <event-id>     annals stats
  annals export --format gdelt|csv|jsonl [filters] [--undated article]
  annals serve [--db PATH|postgres://...] [--host 127.0.0.1] [--port 8080] [--example]

Commands:
  analyze   Analyse articles: plain text (first line is the headline), HTML pages, or JSON lines
            ({"id", "text" | "html", "title"?, "url"?, "date"?} per line). "-" reads standard input.
  ingest    Analyse files and folders (text, HTML, JSON, RSS/Atom/JSON Feed, Reuters-21578 SGML, and
            .gz of these) and feeds or pages over HTTP(S) on every core, cluster syndicated copies,
            and store each article once, each event once with its copies. Re-running adds nothing;
            several ingests may share one PostgreSQL database. --allow-private lets it fetch from
            private and loopback addresses (refused by default).
  events, dyad, timeline, search, show, stats, export
            Query the store. Every corpus command takes --db (default ./annals.db) and
            --format table|json|jsonl|csv|tsv. export --format gdelt writes GDELT 2.0's 61
            columns; --undated article dates background events by their article.
  serve     The JSON API (/api, described at /openapi.json) and the web UI on one port, on
            127.0.0.1:8080 by default. --example serves the bundled examples from
            ./annals-example.db, storing them first when it is empty.

Options:
  --format      text (default on a terminal), json (one object, or an array for several), jsonl,
                conllu (tokens, tags and dependency trees of the headline and body; CoNLL-U)
  --syntax      add the tokens, tags and dependency trees to json and jsonl output
  --max-bytes   largest input (or JSON line) accepted, e.g. 10MB (default), 500KB, 1GB
  --encoding    the inputs' encoding when not UTF-8, e.g. latin1, windows-1252
  --timeout     time budget of one input's analysis in seconds (30; 0 for none): past it the input
                is reported failed and the rest go on (analyze, ingest)
  --actors, --agents, --verbs, --discards
                PETRARCH/TABARI-format dictionaries that replace Annals' built-in ones (analyze, ingest)
  -h, --help    this help
  --version     the version

Exit status: 0 when every input was analysed, 1 when any failed, 2 for a usage error.
"annals <command> --help" prints that command's options.
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  // `annals <command> --help`: that command's usage, whatever else is on the line.
  if (COMMAND_HELP[command] && rest.some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(COMMAND_HELP[command]!);
    return 0;
  }
  if (CORPUS_COMMANDS.has(command)) {
    let corpus;
    try {
      corpus = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          ...Object.fromEntries(['db', 'format', 'jobs', 'encoding', 'actor', 'dyad', 'code', 'root', 'quad', 'from', 'to', 'modality', 'text', 'limit', 'by', 'undated', 'max-bytes', 'timeout', 'offset', 'actors', 'agents', 'verbs', 'discards'].map((o) => [o, { type: 'string' as const }])),
          'allow-private': { type: 'boolean' as const },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (command === 'ingest') return runIngest(corpus.positionals, corpus.values);
    return runQuery(command, corpus.positionals, corpus.values);
  }
  if (command === 'serve') {
    let serveArgs;
    try {
      serveArgs = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, example: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (serveArgs.values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    return runServe(serveArgs.positionals, serveArgs.values);
  }
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}" (try: annals analyze <file>)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'max-bytes': { type: 'string' },
        encoding: { type: 'string' },
        actors: { type: 'string' },
        agents: { type: 'string' },
        verbs: { type: 'string' },
        discards: { type: 'string' },
        syntax: { type: 'boolean' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  return runAnalyze(parsed.positionals, parsed.values);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`annals: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      // A bug, not a user error: say so briefly; ANNALS_DEBUG=1 shows the stack.
      const e = error as Error;
      process.stderr.write(`annals: internal error: ${e?.message ?? String(error)}\n`);
      if (process.env.ANNALS_DEBUG) process.stderr.write(`${e?.stack}\n`);
      process.exitCode = 70;
    }
  },
);
