import { codeOn } from './lexicon.js';
import type { Mention } from './sentence-actors.js';
import type { Word } from './words.js';
import { isCommonWord } from '../syntax/wordnet-classes.js';

// "Conservative opposition leader Constantine Mitsotakis" in a story about Greece is no member of Britain's
// Conservative Party: a party named by one common word ("Conservative", "Labour", "Liberal", "Democrats")
// names the dictionary's party only where the story could be about that party's country.

/** The codes of a party's rows: its country in government, opposition or as a party. */
const POLITICAL = /^[A-Z]{3}(GOV|OPP|PTY)$/;

/**
 * Whether a mention is a party named by one common word ("Conservative", "Labour"; not "Tory", "Likud", "UKIP", nor
 * the newspaper "Telegraph"), or by such a word and "party" ("the ruling Labour party" in a story about Australia).
 */
function isGenericName(words: Word[], m: Mention): boolean {
  if (m.kind !== 'actor' || m.entry.kind !== 'organisation') return false;
  const length = m.end - m.start;
  if (length !== 1 && !(length === 2 && /^part(y|ies)$/i.test(words[m.start + 1]!.raw))) return false;
  if (!m.entry.codes.every((c) => POLITICAL.test(c.code))) return false;
  const lower = words[m.start]!.raw.toLowerCase();
  return isCommonWord(lower) || (lower.endsWith('s') && isCommonWord(lower.slice(0, -1)));
}

/**
 * The mentions without the organisations named by a common word whose country is none of the countries the
 * sentence names (countries and their adjectives, not such names) or the story is about, when it names or is
 * about at least one. `context`: the story's countries and those of the sentences before (asked only when a
 * mention is such a name).
 */
export function withoutForeignGenericNames(words: Word[], mentions: Mention[], date: string, context: () => readonly string[]): Mention[] {
  if (!mentions.some((m) => isGenericName(words, m))) return mentions;
  const countries = new Set(context());
  for (const m of mentions) {
    if (m.kind !== 'actor' || (m.entry.kind !== 'country' && m.entry.kind !== 'adjective' && m.entry.kind !== 'capital')) continue;
    const code = codeOn(m.entry.codes, date, m.entry.kind)?.code;
    if (code) countries.add(code.slice(0, 3));
  }
  if (countries.size === 0) return mentions;
  return mentions.filter((m) => {
    if (!isGenericName(words, m) || m.kind !== 'actor') return true;
    // (One row per period: the entry matched first and the others of the same words.)
    const codes = [m.entry, ...m.alternatives].flatMap((e) => codeOn(e.codes, date, e.kind)?.code ?? []);
    return codes.length === 0 || codes.some((code) => countries.has(code.slice(0, 3)));
  });
}
