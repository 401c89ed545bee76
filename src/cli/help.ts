// `annals <command> --help`: each command's own usage (the overview is `annals --help`).

const FILTERS = `  --actor JPN   --dyad JPN:RUS   --code 036 | --root 03 | --quad 1..4   --from 2018 --to 2022
  --modality actual|intent|hypothetical|negated   --text "peace treaty"   --limit N   --offset N`;
const STORE = `  --db PATH|postgres://...   the store (./annals.db by default)
  --format table|json|jsonl|csv|tsv`;

export const COMMAND_HELP: Record<string, string> = {
  analyze: `annals analyze <paths...|-> — analyse articles (text, HTML, JSON lines); nothing is stored
  --format text|json|jsonl   --max-bytes SIZE   --encoding NAME   --timeout SECONDS (30; 0 for none)
  --actors FILE --agents FILE --verbs FILE --discards FILE   PETRARCH-format dictionaries
Exit status: 0 when every input was analysed, 1 when any failed, 2 for a usage error.
`,
  ingest: `annals ingest <paths...|feed URLs...|-> — analyse, cluster syndicated copies, store each article once
  --db PATH|postgres://...   --jobs N   --encoding NAME   --max-bytes SIZE   --timeout SECONDS (30)
  --allow-private   fetch from private and loopback addresses (never cloud metadata addresses)
  --actors, --agents, --verbs, --discards FILE   PETRARCH-format dictionaries replacing the built-in ones, as for analyze
`,
  events: `annals events [filters] — the stored events, by id\n${FILTERS}\n${STORE}\n`,
  timeline: `annals timeline [filters] — the stored events in date order (undated last), paged with --limit and --offset\n${FILTERS}\n${STORE}\n`,
  dyad: `annals dyad A:B [--by year|month|day] — events and Goldstein sums per period, both directions\n${STORE}\n`,
  search: `annals search "words" [--limit N] — full-text search of the stored articles\n${STORE}\n`,
  show: `annals show <event-id> — one event with its sentence, evidence, provenance and copies\n  --db PATH|postgres://...\n`,
  stats: `annals stats — the store's counts\n${STORE}\n`,
  export: `annals export --format gdelt|csv|jsonl|json|tsv [filters] [--undated article|skip] — every matching event\n${FILTERS}\n  --db PATH|postgres://...\n`,
  serve: `annals serve [--db PATH|postgres://...] [--host 127.0.0.1] [--port 8080] [--example] — the web UI and JSON API\n`,
};
