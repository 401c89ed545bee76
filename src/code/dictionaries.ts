import { readFileSync } from 'node:fs';
import { dataPath, readDataRows } from '../data/files.js';
import {
  readActorDictionary,
  readAgentDictionary,
  readDiscardDictionary,
  readVerbDictionary,
  type DictionaryWarning,
} from '../dictionaries/petrarch/index.js';
import { annalsLexicon, withPetrarchDictionaries, type Lexicon } from './lexicon.js';
import { indexVerbs, type VerbIndex } from './verb-patterns.js';

// The coder's dictionaries: Annals' built-in actors, agents, places and verbs (loaded once per process),
// or a user's PETRARCH-format files in their place, and the modality words.

export interface CoderDictionaries {
  lexicon: Lexicon;
  verbs: VerbIndex;
  modality: Map<string, 'intent' | 'hypothetical' | 'negation'>;
  warnings: DictionaryWarning[];
}


// ---------------------------------------------------------------------------------------------------------
// Dictionaries

let defaultLexicon: Lexicon | null = null;
let defaultVerbs: { index: VerbIndex; warnings: DictionaryWarning[] } | null = null;
let modality: CoderDictionaries['modality'] | null = null;

function modalityLexicon(): CoderDictionaries['modality'] {
  if (!modality) {
    modality = new Map();
    for (const [word, kind] of readDataRows('lexicon/modality.tsv')) {
      if (word && (kind === 'intent' || kind === 'hypothetical' || kind === 'negation')) modality.set(word, kind);
    }
  }
  return modality;
}

function builtinVerbs(): { index: VerbIndex; warnings: DictionaryWarning[] } {
  if (!defaultVerbs) {
    const verbs = readVerbDictionary(readFileSync(dataPath('dictionaries/verbs.txt'), 'utf8'), 'dictionaries/verbs.txt');
    defaultVerbs = { index: indexVerbs(verbs), warnings: verbs.warnings };
  }
  return defaultVerbs;
}

/** Annals' built-in dictionaries, each loaded once. */
export function defaultDictionaries(): CoderDictionaries {
  defaultLexicon ??= annalsLexicon();
  const verbs = builtinVerbs();
  return { lexicon: defaultLexicon, verbs: verbs.index, modality: modalityLexicon(), warnings: verbs.warnings };
}

export interface DictionaryFiles {
  actors?: string;
  agents?: string;
  verbs?: string;
  discards?: string;
}

/** Built-ins with any of them replaced by PETRARCH/TABARI-format files. Malformed lines become warnings. */
export function loadDictionaries(files: DictionaryFiles): CoderDictionaries {
  const read = (path: string) => readFileSync(path, 'utf8');
  const actors = files.actors ? readActorDictionary(read(files.actors), files.actors) : undefined;
  const agents = files.agents ? readAgentDictionary(read(files.agents), files.agents) : undefined;
  const discards = files.discards ? readDiscardDictionary(read(files.discards), files.discards) : undefined;
  const verbs = files.verbs ? readVerbDictionary(read(files.verbs), files.verbs) : undefined;
  defaultLexicon ??= annalsLexicon();
  const builtin = verbs ? null : builtinVerbs();
  return {
    lexicon: withPetrarchDictionaries(defaultLexicon, { ...(actors && { actors }), ...(agents && { agents }), ...(discards && { discards }) }),
    verbs: verbs ? indexVerbs(verbs) : builtin!.index,
    modality: modalityLexicon(),
    warnings: [...(actors?.warnings ?? []), ...(agents?.warnings ?? []), ...(discards?.warnings ?? []), ...(verbs?.warnings ?? builtin!.warnings)],
  };
}
