import type { Lexicon } from './lexicon.js';
import type { Mention } from './sentence-actors.js';
import { wordForms, type Word } from './words.js';
import { abstractAgentNouns, backerParticipleWords, lowerCaseRoleWords, measureNounWords, postpositiveTitles, pressEventPhrases, seatParticipleWords, securityNounWords, tradedGoodsWords } from './dictionaries.js';
import { canBeAdjective, isCommonWord } from '../syntax/wordnet-classes.js';
import { entryStartsAt } from './name-readings.js';
import { readsAsDate } from './date-words.js';

// A one-word role of agents.tsv that names no role where it stands: an abstract noun ("serious opposition arose"),
// an adjective ("the general election"), or part of a name or title ("director general", "General Motors").

const DETERMINING = new Set(['THE', 'ITS', 'THEIR', 'HIS', 'HER', 'OUR', 'YOUR', 'MY', 'THIS', 'THAT', 'THESE', 'THOSE', 'S']);

/** "Serious opposition arose": an agent word of abstract-agent-nouns.tsv used as an abstract noun, not naming an agent. */
export function isAbstractUse(words: Word[], i: number, mentions: Mention[]): boolean {
  if (!abstractAgentNouns().has(words[i]!.key)) return false;
  const before = words[i - 1];
  if (before && (DETERMINING.has(before.key) || before.pos === 'DET' || /['’]s$/i.test(before.raw))) return false;
  const last = mentions.at(-1);
  if (last && last.end >= i - 1 && last.kind !== 'agent') return false;
  const after = words[i + 1];
  return !(after && after.pos === 'NOUN' && after.punctBefore === '');
}

/**
 * "the general election", "a firm but fair policy": a one-word agent used as an adjective names nobody; so does one
 * "official", which the tagger may read as a noun, before a common noun ("lower official rates", "official organ of"), and
 * one before a participle modifying a noun ("a national pooled capital program"), or hyphened to one of seat
 * ("citizen-based media").
 */
export function isAdjectiveUse(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  // ("citizen-based media", "community-based groups": hyphened to a participle of seat, a modifier.)
  // ("a farmer-owned reserve": a backer's or owner's participle likewise, backer-participles.tsv.)
  if (next && next.punctBefore === '-' && (seatParticipleWords().has(next.key) || backerParticipleWords().has(next.key))) return true;
  // ("its 12-bank advisory committee", "a three-party coalition": hyphened after a number, it counts the members of a
  // noun after it.)
  const before = words[i - 1];
  if (w.punctBefore === '-' && before !== undefined && (before.pos === 'NUM' || /^\d+$/.test(before.raw)) && next !== undefined && next.punctBefore === '' && /^\p{Ll}/u.test(next.raw)) return true;
  if (!/^\p{Ll}/u.test(w.raw)) return false;
  // ("has not, in general, been favored": an adjective right after a preposition with no noun after it is an adverb's
  // phrase, no role.)
  if (w.pos === 'ADJ' && before?.pos === 'ADP' && (next === undefined || next.punctBefore !== '' || (next.pos !== 'NOUN' && next.pos !== 'PROPN'))) return true;
  if (next === undefined || next.punctBefore !== '') return false;
  const commonNoun = (x: Word | undefined) => x !== undefined && x.pos === 'NOUN' && /^\p{Ll}/u.test(x.raw) && x.punctBefore === '';
  // ("senior union figures": not a noun that modifies another as a noun does.)
  // ("official organ", "official figures", "lower official rates": "official" before a common noun qualifies it.)
  // (Not before a word of time: "a Portuguese official today said".)
  if (w.pos === 'NOUN') return w.key === 'OFFICIAL' && commonNoun(next) && !readsAsDate(next.raw);
  if (w.pos !== 'ADJ') return false;
  const participle = next.pos === 'VERB' && /(?:ED|ING)$/.test(next.key) && commonNoun(words[i + 2]);
  // ("the general economic outlook": another adjective, then the noun both describe.)
  const adjective = next.pos === 'ADJ' && /^\p{Ll}/u.test(next.raw) && commonNoun(words[i + 2]);
  return next.pos === 'NOUN' || next.key === 'BUT' || next.key === 'AND' || participle || adjective;
}

/**
 * "director general", "Secretary-General" (data/lexicon/postpositive-titles.tsv); "General Motors", "Union
 * Pacific", "National Press Club": a one-word role that is the adjective of a title, or a role word WordNet also
 * knows as an adjective starting a name whose next word is a capitalised common word no dictionary knows, names no
 * role; so does such a word before another role word ("general secretary"). ("General Petraeus": the next word is a
 * name; "Senate Finance Committee": "senate" is no adjective.)
 */
export function isPartOfName(words: Word[], i: number, lexicon: Lexicon): boolean {
  const w = words[i]!;
  // ("National Distillers", "Gross National Product": a role named only in lower case, capitalised, lower-case-roles.tsv.)
  if (/^\p{Lu}/u.test(w.raw) && lowerCaseRoleWords().has(w.key)) return true;
  const before = words[i - 1];
  if (before && /^[-\s]*$/.test(w.punctBefore) && postpositiveTitles().has(`${before.key} ${w.key}`)) return true;
  const next = words[i + 1];
  // ("the bulk carrier Envoy, 75,453 tonnes": a capitalised role word right after a lower-case common noun, set off by a
  // comma or a bracket after it, names the thing that noun is, a ship or a product; not "farm-state Congressmen said".)
  const setOff = next === undefined || /[,(]/.test(next.punctBefore);
  if (before && before.pos === 'NOUN' && /^\p{Ll}/u.test(before.raw) && w.punctBefore === '' && /^\p{Lu}\p{Ll}/u.test(w.raw) && setOff) return true;
  if (!next || next.punctBefore !== '') return false;
  // ('told ABC\'s "Business World"': a role noun opening a quotation before a capitalised common word no dictionary
  // knows opens a title. Not unquoted: "Senate Finance Committee", "the Army Board" are the role's bodies.)
  if (!canBeAdjective(w.key.toLowerCase())) return /["“]/.test(w.punctBefore) && startsUnknownName(words, i, lexicon);
  const { keys, raws } = wordForms(words);
  // ("TUC general secretary", "General Secretary", "Union Minister": before another role word, read as an adjective or
  // written as a title within the sentence, it is that role's adjective; not "union" in "union leaders", nor in "Union
  // president Angela Foulkes" at a sentence's start, where capitals tell nothing.)
  if (lexicon.agents.matchAt(keys, raws, i + 1).length > 0) return w.pos === 'ADJ' || (i > 0 && /^\p{Lu}/u.test(w.raw) && /^\p{Lu}/u.test(next.raw));
  return startsUnknownName(words, i, lexicon);
}

/** Word i and the next are capitalised ("Union Pacific"), the next a common word that no dictionary entry starts at. */
function startsUnknownName(words: Word[], i: number, lexicon: Lexicon): boolean {
  const next = words[i + 1]!;
  if (!/^\p{Lu}\p{Ll}/u.test(words[i]!.raw) || !/^\p{Lu}\p{Ll}/u.test(next.raw) || !isCommonWord(next.raw.toLowerCase())) return false;
  return !entryStartsAt(words, i + 1, lexicon);
}

/**
 * "treasury bills", "media products", "government bonds": a one-word role right before a traded good, a security or a
 * quantity (traded-goods.tsv, security-nouns.tsv, measure-nouns.tsv), or before a compound headed by one, only says what
 * kind of thing it is; it names nobody.
 * Nor does the first word of an event for the press ("his monthly media conference"; press-events.tsv).
 */
export function isThingModifier(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.punctBefore !== '' || words[i]!.possessive) return false;
  const thing = (w: Word) => tradedGoodsWords().has(w.key) || securityNounWords().has(w.key) || measureNounWords().has(w.key);
  if (thing(next) || pressEventPhrases().has(`${words[i]!.key} ${next.key}`)) return true;
  // ("government financing bills": or the head of the lower-case compound it opens.)
  let head = i + 1;
  while (head + 1 < words.length && head - i < 3 && words[head + 1]!.punctBefore === '' && words[head + 1]!.pos === 'NOUN' && /^\p{Ll}/u.test(words[head + 1]!.raw)) head++;
  return head > i + 1 && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.raw) && thing(words[head]!);
}

/**
 * "Soviet Foreign Trade Minister Boris Aristov", "Thai Commerce Ministry officials", "the U.S. Agriculture Department",
 * "the Bahrain Amiri Air Force":
 * capitalised words of a portfolio between a country (or "the") and a government office's role word belong to that
 * role, so the country composes with it. Returns where the role's phrase starts (i when no portfolio stands before
 * it). The portfolio is one to four title-case words no dictionary knows ("and" between them: "Mines and Energy"),
 * after a country's mention or "the"; the role is a capitalised government or military one (GOV…, MIL…).
 */
export function portfolioStart(words: Word[], i: number, code: string, mentions: Mention[], lexicon: Lexicon): number {
  if (!/^(GOV|MIL)/.test(code) || !/^\p{Lu}/u.test(words[i]!.raw)) return i;
  let start = i;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const w = words[k]!;
    if (words[k + 1]!.punctBefore !== '') break;
    const title = /^\p{Lu}\p{Ll}+$/u.test(w.raw) && ['PROPN', 'NOUN', 'ADJ'].includes(w.pos) && !w.possessive && !entryStartsAt(words, k, lexicon);
    const link = (w.key === 'AND' || w.raw === '&') && k + 1 === start && k > 0 && /^\p{Lu}\p{Ll}+$/u.test(words[k - 1]!.raw);
    if (!title && !link) break;
    if (title) start = k;
  }
  if (start === i) return i;
  const before = mentions.at(-1);
  const afterCountry = before !== undefined && before.end === start && before.kind === 'actor' && ['country', 'adjective'].includes(before.entry.kind);
  return afterCountry || words[start - 1]?.key === 'THE' ? start : i;
}
