// Loads the real PETRARCH/Phoenix dictionaries in ../shared/data and prints, per file, its entry counts,
// its warnings and its load time (reading the file from disk included).
//
//   node --import tsx bench/petrarch-dictionaries.ts [--warnings]
//
// `--warnings` also lists every warning.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  readActorDictionary,
  readAgentDictionary,
  readDiscardDictionary,
  readVerbDictionary,
  type DictionaryWarning,
} from '../src/dictionaries/petrarch/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const showWarnings = process.argv.includes('--warnings');

type Kind = 'actors' | 'agents' | 'verbs' | 'discards';
const FILES: Array<[Kind, string]> = [
  ['verbs', 'phoenix-dictionaries/CAMEO.2.0.txt'],
  ['actors', 'phoenix-dictionaries/Phoenix.Countries.actors.txt'],
  ['actors', 'phoenix-dictionaries/Phoenix.International.actors.txt'],
  ['actors', 'phoenix-dictionaries/Phoenix.MilNonState.actors.txt'],
  ['agents', 'phoenix-dictionaries/Phoenix.agents.txt'],
  ['discards', 'phoenix-dictionaries/Phoenix.discards.txt'],
  ['actors', 'petrarch-validation/PETR.Validate.actors.txt'],
  ['agents', 'petrarch-validation/PETR.Validate.agents.txt'],
  ['verbs', 'petrarch-validation/PETR.Validate.verbs.txt'],
  ['discards', 'petrarch-validation/PETR.Validate.discards.txt'],
];

if (!existsSync(shared)) {
  console.error(`no dictionaries: ${shared} does not exist`);
  process.exit(1);
}

function load(kind: Kind, path: string): { counts: string; warnings: DictionaryWarning[] } {
  const text = readFileSync(path, 'utf8');
  const name = path.split('/').pop() ?? path;
  switch (kind) {
    case 'actors': {
      const d = readActorDictionary(text, name);
      const synonyms = d.entries.reduce((n, e) => n + e.synonyms.length, 0);
      const codes = d.entries.reduce((n, e) => n + e.codes.length, 0);
      const dated = d.entries.reduce((n, e) => n + e.codes.filter((c) => c.restriction).length, 0);
      return { counts: `${d.entries.length} actors, ${synonyms} synonyms, ${codes} codes (${dated} dated)`, warnings: d.warnings };
    }
    case 'agents': {
      const d = readAgentDictionary(text, name);
      const plurals = d.entries.reduce((n, e) => n + e.plurals.length, 0);
      const subst = d.entries.filter((e) => e.substitution).length;
      return {
        counts: `${d.entries.length} agents (${subst} from substitutions), ${plurals} plurals, ${d.substitutions.length} substitution sets`,
        warnings: d.warnings,
      };
    }
    case 'verbs': {
      const d = readVerbDictionary(text, name);
      const verbs = d.blocks.reduce((n, b) => n + b.verbs.length, 0);
      return {
        counts: `${d.patternCount} patterns, ${d.blocks.length} blocks, ${verbs} verbs, ${Object.keys(d.synsets).length} synsets, ${d.transformations.length} transformations`,
        warnings: d.warnings,
      };
    }
    case 'discards': {
      const d = readDiscardDictionary(text, name);
      const story = d.entries.filter((e) => e.scope === 'story').length;
      return { counts: `${d.entries.length} discards (${story} story-level)`, warnings: d.warnings };
    }
  }
}

let total = 0;
for (const [kind, rel] of FILES) {
  const path = join(shared, rel);
  if (!existsSync(path)) {
    console.log(`${rel}: missing`);
    continue;
  }
  load(kind, path); // warm-up, so the timed run measures the reader rather than module loading and JIT
  const t0 = performance.now();
  const { counts, warnings } = load(kind, path);
  const ms = performance.now() - t0;
  total += ms;
  console.log(`${rel}\n  ${counts}\n  ${warnings.length} warnings, ${ms.toFixed(1)} ms`);
  if (showWarnings) for (const w of warnings) console.log(`    ${w.file}:${w.line}: ${w.message}`);
}
console.log(`total load time ${total.toFixed(1)} ms`);
