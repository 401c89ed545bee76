import type { ActorPhrase, AgentPhrase } from './lexicon.js';
import type { Word } from './words.js';
import type { Mention } from './sentence-actors.js';
import { companySuffixWords } from './dictionaries.js';

// Companies named by their seat: a country inside a company's name is where the company is, and the company that
// country's business (BUS), not the country ("Gillette Canada Inc", "Japan Air Lines Co"); a company's name bracketed
// by wire copy ("<Wells Fargo Investment Advisors>") holds no role words.

/**
 * "Gillette Canada Inc", "Yamaichi International (Europe) Ltd", "the U.S. Shaw's Supermarkets Inc": the mentions of a
 * country read at word `i` that stands inside a company's name before its suffix — the country, its words stretched
 * back to the name's start (not before `previousEnd`) with its `alternatives`, and the rest of the name as a business agent — with the word
 * after the name; else null.
 */
export function countryInCompanyName(words: Word[], i: number, actor: ActorPhrase, alternatives: ActorPhrase[], previousEnd: number): { mentions: Mention[]; end: number } | null {
  const at = i + actor.words.length;
  const company = companySuffixAfterCountry(words, at, actor);
  if (!company) return null;
  return {
    mentions: [
      { kind: 'actor', start: Math.max(company.nameStart, previousEnd), end: at, entry: actor, alternatives },
      { kind: 'agent', start: at, end: company.end, entry: company.suffix },
    ],
    end: company.end,
  };
}

/**
 * "Inland Steel Co of the U.S.", "Acme Widgets Inc of Britain": a company's name ending in its suffix, then "of" (and
 * "the") before the country at word `i`, is that country's business (BUS): the name as a business agent, which the
 * country after "of" then joins (sentence-actors.ts groupMentions), else null; 'seat' when a mention before `previousEnd` already
 * names the company ("Nippon Steel Corp of Japan"): the country is then only where the company is.
 */
export function companyBeforeSeat(words: Word[], i: number, actor: ActorPhrase, previousEnd: number): Mention | 'seat' | null {
  if (actor.kind !== 'country') return null;
  let k = i - 1;
  if (words[k]?.key === 'THE') k--;
  // (Wire copy brackets the name: "<Inland Steel Co> of the U.S.")
  if (k < 2 || words[k]!.key !== 'OF' || words[k + 1]!.punctBefore !== '' || !['', '>'].includes(words[k]!.punctBefore)) return null;
  const suffix = words[k - 1]!;
  if (!companySuffixWords().has(suffix.key) || !/^\p{Lu}/u.test(suffix.raw)) return null;
  const nameStart = nameStartBefore(words, k - 1, 5);
  if (nameStart === k - 1) return null;
  // ("Nippon Steel Corp of Japan": a company a mention already names has the country for its seat, no actor.)
  if (nameStart < previousEnd) return 'seat';
  const source = `a company's name before "of" and its country ("${suffix.raw} of"): that country's business (BUS)`;
  return { kind: 'agent', start: nameStart, end: k, entry: { words: words.slice(nameStart, k).map((w) => w.key), stem: false, caseSensitive: false, code: 'BUS', attach: 'suffix', source } };
}

/** The company suffix at word `at` after a country named inside a company's name (a capitalised word before it), as a business agent; else null. */
function companySuffixAfterCountry(words: Word[], at: number, actor: ActorPhrase): { suffix: AgentPhrase; nameStart: number; end: number } | null {
  if (actor.kind !== 'country' || words[at - 1]!.possessive) return null;
  // The suffix right after the country ("Oil India Ltd"), or after a few more capitalised words of the name ("Japan Air
  // Lines Co", "the U.S. Shaw's Supermarkets Inc").
  // (The suffix may follow the bracket closing the country: "Yamaichi International (Europe) Ltd".)
  const end = companySuffixAt(words, at, 4, [''], ['', ')']);
  if (end < 0) return null;
  const suffix = words[end]!;
  let nameStart = at - actor.words.length;
  if (end === at) {
    nameStart--;
    if (nameStart < 0 || !/^\p{Lu}/u.test(words[nameStart]!.raw) || !['', '('].includes(words[nameStart + 1]!.punctBefore)) return null;
  }
  nameStart = nameStartBefore(words, nameStart, Infinity);
  const source = `a country's name inside a company's name, before its suffix "${suffix.raw}": its business (BUS)`;
  return { suffix: { words: words.slice(at, end + 1).map((w) => w.key), stem: false, caseSensitive: false, code: 'BUS', attach: 'suffix', source }, nameStart, end: end + 1 };
}

/**
 * Where a company's name that reaches word `k` starts: back over capitalised words joined with no punctuation (no
 * possessive among them), at most `most` words before `k`.
 */
function nameStartBefore(words: Word[], k: number, most: number): number {
  let start = k;
  while (start > 0 && k - start < most && /^\p{Lu}/u.test(words[start - 1]!.raw) && words[start]!.punctBefore === '' && !words[start - 1]!.possessive) start--;
  return start;
}

/**
 * Where the company suffix ends a name going on from word `k` (company-suffixes.tsv): the suffix's index after at
 * most `nameWords` capitalised words, each joined to the one before it by one of `nameJoins` and the suffix by one of
 * `suffixJoins`; -1 when no suffix ends the name.
 */
export function companySuffixAt(words: Word[], k: number, nameWords: number, nameJoins: readonly string[], suffixJoins: readonly string[]): number {
  for (let j = k; j < words.length && j <= k + nameWords; j++) {
    const w = words[j]!;
    if (companySuffixWords().has(w.key)) return suffixJoins.includes(w.punctBefore) ? j : -1;
    if (!nameJoins.includes(w.punctBefore) || !/^\p{Lu}/u.test(w.raw)) return -1;
  }
  return -1;
}

/**
 * A company's name that wire copy opens with "<" at word `i`: the mentions it makes when a country (the company's seat,
 * its business: BUS) or an organisation opens it, with the word after it; else only its end, before which no word is read
 * as a role ("<Bank of Japan>"). Null when no bracket opens at `i`.
 */
export function bracketedCompany(words: Word[], i: number, actors: readonly ActorPhrase[]): { mentions: Mention[]; end: number } | { end: number } | null {
  const end = companyBracketEnd(words, i);
  if (end <= i) return null;
  const opening = actors.find((a) => a.kind !== 'person' && a.kind !== 'capital' && i + a.words.length <= end);
  if (!opening) return { end };
  if (opening.kind !== 'country' && opening.kind !== 'adjective') return { mentions: [{ kind: 'actor', start: i, end, entry: opening, alternatives: [] }], end };
  const after = i + opening.words.length;
  const mentions: Mention[] = [{ kind: 'actor', start: i, end: after, entry: opening, alternatives: [] }];
  const source = 'a country opening a company\'s bracketed name ("<Japan Air Lines Co>"): its business (BUS)';
  if (after < end) mentions.push({ kind: 'agent', start: after, end, entry: { words: words.slice(after, end).map((w) => w.key), stem: false, caseSensitive: false, code: 'BUS', attach: 'suffix', source } });
  return { mentions, end };
}

/** Where a company's name that wire copy opens with "<" at word `i` ends (the word after its ">"), or -1. */
function companyBracketEnd(words: Word[], i: number): number {
  if (!words[i]!.punctBefore.includes('<')) return -1;
  for (let k = i + 1; k < words.length && k <= i + 10; k++) if (words[k]!.punctBefore.includes('>')) return k;
  // ("… managed by <Wells Fargo Investment Advisors>.": a name closing the sentence, its ">" after its last word.)
  const rest = words.slice(i);
  return rest.length <= 10 && rest.every((w) => /^[\p{Lu}\d&]/u.test(w.raw)) ? words.length : -1;
}
