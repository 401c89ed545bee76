import { codeOn, type ActorPhrase, type Lexicon } from './lexicon.js';
import { wordForms, type Word } from './words.js';
import type { DocumentMemory } from './sentence-actors.js';
import { isCommonWord } from '../syntax/wordnet-classes.js';

// Organisations named again by the common noun their name ends in: "The World Bank said … The Bank noted …",
// "the International Monetary Fund … the Fund".

/** Records an organisation the text names under the common noun its name ends in ("World Bank" under BANK). */
export function noteOrganisation(memory: DocumentMemory, entry: ActorPhrase, date: string | null): void {
  const head = entry.name.split(/\s+/).at(-1) ?? '';
  const code = codeOn(entry.codes, date, entry.kind)?.code;
  if (!code || !isCommonWord(head.toLowerCase())) return;
  const recent = (memory.recentOrganisations ??= []).filter((o) => o.name !== entry.name);
  recent.push({ head: head.toUpperCase(), code, name: entry.name });
  memory.recentOrganisations = recent.slice(-5);
}

/** "The Bank", "the Fund": the latest organisation named before whose name ends in that capitalised noun, when no entry of its own starts there ("the Bank of Japan"). */
export function organisationNamedBefore(words: Word[], i: number, memory: DocumentMemory, lexicon: Lexicon): { code: string; name: string } | undefined {
  const noun = words[i + 1];
  if (!noun || !memory.recentOrganisations || !/^\p{Lu}/u.test(noun.raw) || noun.punctBefore !== '') return undefined;
  const next = words[i + 2];
  // (Not a longer name: "the Bank Rakyat", "the Bank of Japan".)
  if (next && next.punctBefore === '' && (/^\p{Lu}/u.test(next.raw) || next.key === 'OF')) return undefined;
  const { keys, raws } = wordForms(words);
  if (lexicon.actors.matchAt(keys, raws, i + 1).some((a) => a.words.length > 1)) return undefined;
  return memory.recentOrganisations.findLast((o) => o.head === noun.key);
}
