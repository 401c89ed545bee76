// Reader for PETRARCH discard lists: one phrase a line. A sentence containing the phrase is not coded; a
// leading `+` makes the whole story uncoded. A phrase ending in `_` must end at a word boundary; otherwise
// it is a stem. Matching is case-insensitive. (TABARI's `[###]` discard code inside the actors and verbs
// dictionaries is not read here.)

import { type DictionaryWarning, type Phrase, WarningSink, parsePhrase, readDictionaryLines } from './common.js';

export interface DiscardEntry {
  phrase: Phrase;
  /** `story` for a `+` line (discard the whole story), `sentence` otherwise. */
  scope: 'story' | 'sentence';
  line: number;
}

export interface DiscardDictionary {
  name: string;
  entries: DiscardEntry[];
  warnings: DictionaryWarning[];
}

/** Reads a discard list. Never throws: malformed lines become warnings and are skipped. */
export function readDiscardDictionary(text: string, name: string): DiscardDictionary {
  const sink = new WarningSink(name);
  const entries: DiscardEntry[] = [];
  for (const { line, text: t } of readDictionaryLines(text, sink)) {
    let s = t.trim();
    let scope: DiscardEntry['scope'] = 'sentence';
    if (s.startsWith('+')) {
      scope = 'story';
      s = s.slice(1);
    }
    if (/[[\]{}]/.test(s)) {
      sink.add(line, `bracket or brace in discard phrase "${t.trim()}"; skipped`);
      continue;
    }
    const phrase = parsePhrase(s);
    if (!phrase) {
      sink.add(line, `"+" with no discard phrase; skipped`);
      continue;
    }
    entries.push({ phrase, scope, line });
  }
  return { name, entries, warnings: sink.warnings };
}
