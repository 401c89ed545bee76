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

/**
 * "The Bank", "the Fund", and in wire copy "the bank", "the fund": the latest organisation named before whose name
 * ends in that noun, earlier in the sentence ("A Swiss National Bank spokesman said the bank …") or in the story,
 * when no entry of its own starts there ("the Bank of Japan"). Lower case, only a noun standing alone ("the bank
 * account" is none), so that "the bank" after the World Bank is that bank and not a bank of the story's country.
 */
export function organisationNamedBefore(words: Word[], i: number, memory: DocumentMemory, lexicon: Lexicon, earlier: () => readonly ActorPhrase[] = () => []): { code: string; name: string } | undefined {
  const noun = words[i + 1];
  if (!noun || noun.punctBefore !== '') return undefined;
  const capitalised = /^\p{Lu}/u.test(noun.raw);
  if (!capitalised && noun.pos !== 'NOUN') return undefined;
  const next = words[i + 2];
  // (Not a longer name: "the Bank Rakyat", "the Bank of Japan"; nor a compound: "the bank account".)
  if (next && next.punctBefore === '' && (/^\p{Lu}/u.test(next.raw) || next.key === 'OF' || (!capitalised && !noun.possessive && (next.pos === 'NOUN' || next.pos === 'PROPN')))) return undefined;
  // (Asked first: most nouns after "the" are no organisation's, and the dictionary look-up below reads the sentence.)
  // (In lower case not a company's: "the company", "the exchange" stand as often for one no dictionary knows, or for
  // the story's first company rather than the latest named.)
  const fits = (code: string | undefined): code is string => code !== undefined && (capitalised || !isCompanyCode(code));
  const inSentence = earlier().findLast((entry) => headOf(entry) === noun.key);
  const sentenceCode = inSentence && codeOn(inSentence.codes, memory.date ?? null, inSentence.kind)?.code;
  const before = inSentence && fits(sentenceCode) ? { code: sentenceCode, name: inSentence.name } : memory.recentOrganisations?.findLast((o) => o.head === noun.key);
  const named = before && fits(before.code) ? before : undefined;
  if (!named) return undefined;
  const { keys, raws } = wordForms(words);
  if (lexicon.actors.matchAt(keys, raws, i + 1).some((a) => a.words.length > 1)) return undefined;
  return named;
}

const headOf = (entry: ActorPhrase) => (entry.name.split(/\s+/).at(-1) ?? '').toUpperCase();

/** A business's code (…BUS), not a state's bank or agency (…GOVBUS). */
const isCompanyCode = (code: string) => code.endsWith('BUS') && !code.endsWith('GOVBUS');
