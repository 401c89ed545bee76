import type { ActorPhrase, Lexicon } from './lexicon.js';
import { wordForms, type Word } from './words.js';
import { isHonorific } from './named-people.js';
import { isPlacePreposition } from './roles.js';
import { isCommonWord } from '../syntax/wordnet-classes.js';
import { companySuffixAt } from './company-names.js';
import { readsAsDate } from './date-words.js';
import { backerParticipleWords, companySuffixWords, gatheringNounWords, givenNameGenders, isBodyRole, partyNameWords, currencyWords, foreignModifierWords, givenNameCountryWords, marketRoleWords, newspaperNameWords, nonRolePhrases, seatParticipleWords } from './dictionaries.js';

// How a capitalised word is to be read before the dictionaries' match is taken: a surname that is a common word
// or a place ("Straw hats", "Ban on hunting", "in Kerry"), a surname after another given name ("Liam Fox" is not
// Vicente Fox), and a role of a body no dictionary knows ("Vice President of Deutsche Securities Japan").

/**
 * Whether a capitalised word matching a surname alone is a common word before its noun ("Straw hats": WordNet
 * knows "straw" as more than a noun; "Kishida face-to-face" stays Kishida) or a place after "in" ("in Kerry").
 */
export function isSurnameMisread(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (next && next.punctBefore === '' && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.raw) && isCommonWord(words[i]!.raw.toLowerCase())) return true;
  // "Ban on hunting comes into force": at the start of a sentence (or headline) capitals tell nothing, and a common
  // word followed by a preposition and a common noun is that word ("Straw said", "Ban on the crisis" stay names).
  const after = words[i + 2];
  if (i === 0 && next?.pos === 'ADP' && /^\p{Ll}/u.test(next.raw) && after && /^\p{Ll}/u.test(after.raw) && ['NOUN', 'VERB'].includes(after.pos) && isCommonWord(words[i]!.raw.toLowerCase())) return true;
  const prev = words[i - 1];
  return prev !== undefined && words[i]!.punctBefore === '' && /^\p{Ll}/u.test(prev.raw) && isPlacePreposition(prev.raw.toLowerCase());
}

/** Whether word i follows a capitalised name that is neither an honorific nor a role: "Liam" in "Liam Fox". */
export function isOtherGivenName(words: Word[], i: number, lexicon: Lexicon): boolean {
  const prev = words[i - 1];
  if (!prev || prev.punctBefore !== '' && i - 1 === 0) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(prev.raw) || prev.pos !== 'PROPN' || words[i]!.punctBefore !== '') return false;
  if (isHonorific(prev)) return false;
  const { keys, raws } = wordForms(words);
  return lexicon.agents.matchAt(keys, raws, i - 1).length === 0 && lexicon.actors.matchAt(keys, raws, i - 1).length === 0;
}

/** Whether some entry of the actor, agent or place dictionaries starts at word k. */
export function entryStartsAt(words: Word[], k: number, lexicon: Lexicon): boolean {
  const { keys, raws } = wordForms(words);
  return lexicon.actors.matchAt(keys, raws, k).length > 0 || lexicon.agents.matchAt(keys, raws, k).length > 0 || lexicon.places.matchAt(keys, raws, k).length > 0;
}

/** Whether word k follows the word before it with nothing between, not even a space's worth of punctuation. */
function joinedToPrevious(words: Word[], k: number): boolean {
  const w = words[k];
  return w !== undefined && k > 0 && w.punctBefore === '' && w.start === words[k - 1]!.end + 1;
}

/**
 * "said Chad Bown, an expert on trade": a country whose name is also a given name (data/lexicon/given-name-countries.tsv),
 * followed at once by a capitalised word no dictionary knows and WordNet knows at most as a noun (a surname: "Bown",
 * "Reynolds"), is a person's name; not before a company's suffix ("Oil India Ltd").
 */
export function isGivenNameOfPerson(words: Word[], i: number, lexicon: Lexicon): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!givenNameCountryWords().has(w.key) || !next || next.punctBefore !== '' || next.start !== w.end + 1 || !/^\p{Lu}\p{Ll}/u.test(next.raw)) return false;
  if (isCommonWord(next.raw.toLowerCase()) || companySuffixWords().has(next.key)) return false;
  const { keys, raws } = wordForms(words);
  return !entryStartsAt(words, i + 1, lexicon) && lexicon.actors.matchAt(keys, raws, i).every((a) => a.words.length === 1);
}

/**
 * "the Howard Hughes biopic": a known person's one-word name followed at once by a capitalised word no dictionary knows
 * but as a surname, and WordNet not as a common word ("Hughes"), is the given name of someone else. ("Brown
 * University", "Blair Says" keep the known person: a common word is no surname.)
 */
export function isGivenNameBeforeSurname(words: Word[], i: number, lexicon: Lexicon): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  // ("Judge Howard F. Sachs": a middle initial and a capitalised word after it make the first a given name.)
  const after = words[i + 2];
  if (next && next.punctBefore === '' && /^\p{Lu}\.?$/u.test(next.raw) && after && /^\p{Lu}\p{Ll}+$/u.test(after.raw) && /^\.?\s*$/.test(after.punctBefore)) return true;
  if (!next || next.punctBefore !== '' || next.start !== w.end + 1 || !/^\p{Lu}\p{Ll}+$/u.test(next.raw) || next.pos !== 'PROPN') return false;
  if (isCommonWord(next.raw.toLowerCase()) || companySuffixWords().has(next.key)) return false;
  const { keys, raws } = wordForms(words);
  // (Another known person's surname is a surname all the same: "Howard Hughes" is neither Michael Howard nor Simon Hughes.)
  const known = lexicon.actors.matchAt(keys, raws, i + 1).filter((a) => !(a.kind === 'person' && a.words.length === 1));
  return known.length === 0 && lexicon.agents.matchAt(keys, raws, i + 1).length === 0 && lexicon.places.matchAt(keys, raws, i + 1).length === 0;
}

/** Whether word i follows, with no punctuation, a capitalised word no dictionary knows (the sentence's first only as a name). */
function runsIntoName(words: Word[], i: number, lexicon: Lexicon): boolean {
  const prev = words[i - 1];
  // (A sentence's first word is capitalised whatever it is: there only one the tagger reads as a name counts, "Royal
  // Bank of Canada Chairman Allan Taylor said …"; not a day the tagger took for one, "Yesterday Bank of Japan officials".)
  if (!prev || (i - 1 === 0 && (prev.pos !== 'PROPN' || readsAsDate(prev.raw))) || words[i]!.punctBefore !== '' || !/^\p{Lu}\p{Ll}/u.test(prev.raw) || !['PROPN', 'ADJ'].includes(prev.pos) || prev.possessive || isHonorific(prev)) return false;
  const { keys, raws } = wordForms(words);
  for (let k = Math.max(0, i - 4); k < i; k++) if ([...lexicon.actors.matchAt(keys, raws, k), ...lexicon.agents.matchAt(keys, raws, k)].some((m) => k + m.words.length >= i)) return false;
  return true;
}

/**
 * Whether the role at words [start, end) is no role of the story's country: another country's ("foreign banks",
 * "overseas investors"), a role word that names no role ("market forces"), or the role of a body the dictionaries
 * lack (ofUnknownBody).
 */
export function takesNoStoryCountry(words: Word[], start: number, end: number, lexicon: Lexicon): boolean {
  const before = start > 0 ? words[start - 1]! : undefined;
  // ("foreign banks", "Western creditor governments": a modifier of the role's phrase, before its other modifiers.)
  for (let k = start - 1; k >= 0 && k >= start - 3 && words[k + 1]!.punctBefore === ''; k--) {
    if (foreignModifierWords().has(words[k]!.key)) return true;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(words[k]!.pos)) break;
  }
  if (before && nonRolePhrases().has(`${before.key} ${words.slice(start, end).map((w) => w.key).join(' ')}`)) return true;
  // ("traders said", "investors sold dollars": anyone in a market, of whatever country.)
  if (end - start === 1 && marketRoleWords().has(words[start]!.key)) return true;
  return ofUnknownBody(words, end, lexicon) || namedByUnknownBody(words, start, lexicon) || (end - start === 1 && ofCommonBody(words, start, lexicon));
}

/** Sectors of bodies that are no part of a government: a role of one of them is that body's. */
const NON_STATE_BODY = /^(BUS|LAB|EDU|MED|NGO|AGR|HLH|REL|CVL)/;

/**
 * "Officials of major brokerage firms", "executives at the company": a role every body has, with "of", "at" or "for"
 * before a body named by a common noun that no government is (a company, firms, a union), is that body's role, not
 * one of the story's country's government.
 */
function ofCommonBody(words: Word[], start: number, lexicon: Lexicon): boolean {
  const link = words[start + 1];
  if (!isBodyRole(words[start]!.key) || !link || (link.key !== 'OF' && link.key !== 'AT' && link.key !== 'FOR')) return false;
  const { keys, raws } = wordForms(words);
  // (A role that is itself a company's keeps the story's country: "executives of the company".)
  if (lexicon.agents.matchAt(keys, raws, start).some((a) => NON_STATE_BODY.test(a.code))) return false;
  for (let k = start + 2; k < words.length && k <= start + 5; k++) {
    const w = words[k]!;
    if (w.punctBefore !== '' || !/^\p{Ll}/u.test(w.raw)) return false;
    const agents = lexicon.agents.matchAt(keys, raws, k);
    if (agents.length > 0) return agents.every((a) => NON_STATE_BODY.test(a.code));
    if (!['DET', 'ADJ', 'NOUN'].includes(w.pos)) return false;
  }
  return false;
}

/**
 * "UAW president Owen Bieber", "a Cominco spokesman": a role right after the name of a body no dictionary holds is
 * that body's role, not one of the story's country. The name is an acronym no dictionary knows ("UAW", "GAF"), or,
 * before a role every kind of body has (data/lexicon/any-body-roles.tsv, official-roles.tsv), a proper noun that is
 * no common word and no place, or two proper nouns no dictionary knows that open with no given name. (Not "Defence
 * Minister", "Treasury spokesman": common words; not "a Houston lawyer", "Notts police chief", "the Reagan
 * administration": a place or a person before a role is no body of its own.)
 */
function namedByUnknownBody(words: Word[], start: number, lexicon: Lexicon): boolean {
  const name = start > 0 ? words[start - 1]! : undefined;
  if (!name || words[start]!.punctBefore !== '' || !/^\p{Lu}/u.test(name.raw) || isHonorific(name)) return false;
  if (entryStartsAt(words, start - 1, lexicon)) return false;
  if (/^\p{Lu}{2,6}$/u.test(name.raw)) return true;
  if (!isBodyRole(words[start]!.key) || name.pos !== 'PROPN') return false;
  if (!isCommonWord(name.raw.toLowerCase())) return true;
  // ("a Morgan Guaranty official": a name of two proper nouns, one no common word, that no dictionary or place list
  // knows as a whole or in part, and that opens with no given name: a person's name before a role is no body.)
  const first = words[start - 2];
  if (!first || name.punctBefore !== '' || !/^\p{Lu}/u.test(first.raw) || first.pos !== 'PROPN' || isHonorific(first) || isCommonWord(first.raw.toLowerCase())) return false;
  if (givenNameGenders().has(first.key)) return false;
  return !entryStartsAt(words, start - 2, lexicon);
}

/**
 * "Vice President of Deutsche Securities Japan", "chairman at Acme Holdings": a role followed by "of", "at" or "for" and a
 * capitalised name of two words or more that no dictionary entry starts is the role of a body the dictionaries lack.
 */
export function ofUnknownBody(words: Word[], at: number, lexicon: Lexicon): boolean {
  const link = words[at];
  // ("a spokesman for the Dai-Ichi Kangyo office": "for", and a "the" before the name.)
  const skip = words[at + 1]?.key === 'THE' ? 1 : 0;
  const name = words[at + 1 + skip];
  const second = words[at + 2 + skip];
  // (A name of two capitalised words at least: "Secretary of Health" is the office, not a body's.)
  const capitalised = (w: Word | undefined) => w !== undefined && (w.punctBefore === '' || w.punctBefore === '-') && /^\p{Lu}/u.test(w.raw);
  if (!link || (link.key !== 'OF' && link.key !== 'AT' && link.key !== 'FOR') || !capitalised(name) || !capitalised(second)) return false;
  const { keys, raws } = wordForms(words);
  return lexicon.actors.matchAt(keys, raws, at + 1 + skip).length === 0 && lexicon.agents.matchAt(keys, raws, at + 1 + skip).length === 0;
}

/** Whether the word at `at`, capitalised and joined to the place before it, makes the place a newspaper's name ("Beijing News"). */
export function isNewspaperName(words: Word[], at: number, place: ActorPhrase): boolean {
  const next = words[at];
  return (place.kind === 'capital' || place.kind === 'country') && next !== undefined && next.punctBefore === '' && /^\p{Lu}/u.test(next.raw) && next.start === words[at - 1]!.end + 1 && newspaperNameWords().has(next.key);
}

/** The outlet a place and a newspaper's word name ("Beijing News"): of the place's country, a news medium (MED). */
export function newspaperOf(words: Word[], i: number, place: ActorPhrase): ActorPhrase {
  const n = place.words.length + 1;
  const code = (place.codes.find((c) => !c.to) ?? place.codes[0])?.code.slice(0, 3);
  const { keys, raws } = wordForms(words);
  return { kind: 'organisation', name: raws.slice(i, i + n).join(' '), codes: code ? [{ code: code + 'MED' }] : [], words: keys.slice(i, i + n), stem: false, caseSensitive: false, source: `${place.source} before "${raws[i + n - 1]}": a newspaper of the place (data/lexicon/newspaper-name-words.tsv)` };
}

/**
 * The dictionary's actor entries starting at word `i` as they read there: a name of a person or organisation only
 * with a capital ("a ban on imports" is no mention of Ban Ki-moon, "labour costs" none of the Labour Party); a
 * capital hyphened to a participle of seat as its country's adjective ("London-based"); none that is a given name
 * ("said Chad Bown"), a backer ("Russian-backed separatists"), a company's name ("Whitehall Corp"), a surname
 * misread ("Straw hats") or another given name's ("Liam Fox" is not Vicente Fox), nor a digest item's dateline ("TOKYO - …").
 */
export function actorReadingsAt(words: Word[], i: number, lexicon: Lexicon, otherGivenName: boolean): readonly ActorPhrase[] {
  const { keys, raws } = wordForms(words);
  const found = seatOfWhatFollows(words, i, lexicon.actors.matchAt(keys, raws, i));
  // (Most words start no entry: no array is made for them.)
  if (found.length === 0) return found;
  const w = words[i]!;
  return found.filter((a) => {
    if ((a.kind === 'person' || a.kind === 'organisation') && !/\p{Lu}/u.test(w.raw)) return false;
    if (a.kind === 'country' && a.words.length === 1 && isGivenNameOfPerson(words, i, lexicon)) return false;
    const after = words[i + a.words.length];
    if (after && after.punctBefore === '-' && backerParticipleWords().has(after.key)) return false;
    // ("the Iran-contra scandal", "U.S.-made missiles": a place hyphened to a common word (not one of seat, "London-based",
    // read as its country's adjective) names an affair or an origin, no actor.)
    // (Hyphened: no space on either side; "Ivory Coast - a former colony -" is a dash.)
    const hyphened = after !== undefined && after.punctBefore === '-' && after.start === words[i + a.words.length - 1]!.end + 1;
    if (hyphened && /^\p{Ll}/u.test(after.raw) && (a.kind === 'country' || a.kind === 'adjective' || a.kind === 'capital') && !seatParticipleWords().has(after.key)) return false;
    // (A capital's name, a government's metonym, opening a company's name is the company's: "Whitehall Corp", "Beijing
    // Non-Ferrous Metals Industrial Corp". A country's stays: "Oil India Ltd", "Gillette Canada Inc" are of that country.)
    if (a.kind === 'capital' && beforeCompanySuffix(words, i + a.words.length)) return false;
    // (So does a capital's name before a proper noun no dictionary knows: "provide Tokyo Sogo with help", a bank.)
    if (a.kind === 'capital' && opensUnknownName(words, i + a.words.length, lexicon)) return false;
    // ("<The Daily Telegraph PLC>, of London, agreed …": a capital set off by commas after a name and "of" is where
    // the name is based, no actor; its government says nothing.)
    if (a.kind === 'capital' && isSeatAfterName(words, i, a.words.length)) return false;
    // ("refused to attend the Paris G-7 meeting": a capital before an organisation's name is where it meets.)
    if (a.kind === 'capital' && beforeOrganisation(words, i + a.words.length, lexicon)) return false;
    // (So is an international body's: "British and Commonwealth Shipping Co Plc" is no Commonwealth.)
    if (a.kind === 'organisation' && a.codes.every((c) => c.code.startsWith('IGO')) && beforeCompanySuffix(words, i + a.words.length)) return false;
    // ("The Industrial Bank of Japan Ltd", "the Export-Import Bank of Japan": a public body's name that a capitalised word
    // no dictionary knows runs into is the end of another name, not that body.)
    // (Only a public body's: "Shearson Lehman Brothers" is still Lehman Brothers' business.)
    if (a.kind === 'organisation' && a.words.length >= 2 && a.codes.some((c) => /GOV|^IGO/.test(c.code)) && runsIntoName(words, i, lexicon)) return false;
    // ("West Germany's Social Democrats", "Italy's Christian Democrats": a party's one-word name after another country
    // and a word or two of a name is another party's; "Senate Democrats", "Congressional Democrats" stay.)
    if (a.kind === 'organisation' && a.words.length === 1 && a.codes.some((c) => /OPP$|PTY$/.test(c.code)) && (afterOtherCountry(words, i, a, lexicon) || afterPartyNameWord(words, i))) return false;
    if (a.kind === 'person' && a.words.length === 1 && (isSurnameMisread(words, i) || isGivenNameBeforeSurname(words, i, lexicon))) return false;
    // ("54.9 mln US dlrs", "to grant US 22 mln dlrs", "the Canadian dollar": a country's adjective or abbreviation before
    // a currency or a sum in one names the currency; a name stays: "lend Brazil 500 mln dlrs".)
    const abbreviation = a.words.length === 1 && /^(?:\p{Lu}\.?){2,3}$/u.test(w.raw) && words[i - 1]?.key !== 'THE';
    if ((a.kind === 'adjective' || (a.kind === 'country' && abbreviation)) && beforeSum(words, i + a.words.length)) return false;
    // ("900 mln Singapore dlrs", "50 mln Hong Kong dlrs": a country's name between a sum and its currency names the currency.)
    if ((a.kind === 'country' || a.kind === 'capital') && afterSum(words, i) && currencyWords().has(words[i + a.words.length]?.key ?? '')) return false;
    // ("TOKYO - Central Bank Governor Satoshi Sumita said …": a place in capitals opening a sentence before a dash is the
    // dateline of one item of a digest, not an actor.)
    if (i === 0 && after && /^\s*[-\u2013\u2014]+\s*$/.test(after.punctBefore) && words.slice(0, a.words.length).every((x) => !/\p{Ll}/u.test(x.raw))) return false;
    return !(a.kind === 'person' && a.words.length === 1 && otherGivenName);
  });
}

/** Whether word `k` follows a number, or a number and its scale ("900 mln", "1.5 billion"). */
function afterSum(words: Word[], k: number): boolean {
  return isFigure(words[k - 1]) || (isFigure(words[k - 2]) && /^\p{Ll}+$/u.test(words[k - 1]?.raw ?? ''));
}

/** A number as wire copy writes one ("900", "1.5", "22,000"). */
const isFigure = (w: Word | undefined): boolean => w !== undefined && /^[\d.,]+$/.test(w.raw);

/** Whether a currency's word (currency-words.tsv) follows at word `k` ("US dlrs"), or a sum in one: a number, perhaps "mln" or "billion", then the currency. */
function beforeSum(words: Word[], k: number): boolean {
  if (words[k]?.punctBefore !== '') return false;
  if (currencyWords().has(words[k]!.key)) return true;
  if (!isFigure(words[k])) return false;
  return [k + 1, k + 2].some((j) => currencyWords().has(words[j]?.key ?? ''));
}

const HYPHENED = ['', '-'];

/** Whether word i follows, joined to it, a capitalised word of another party's name ("Christian Democrats"; party-name-words.tsv). */
function afterPartyNameWord(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && words[i]!.punctBefore === '' && /^\p{Lu}/u.test(prev.raw) && partyNameWords().has(prev.key);
}

/** Whether one or two capitalised words before word i follow a country, or its adjective, other than the actor's. */
function afterOtherCountry(words: Word[], i: number, actor: ActorPhrase, lexicon: Lexicon): boolean {
  const own = new Set(actor.codes.map((c) => c.code.slice(0, 3)));
  const { keys, raws } = wordForms(words);
  for (let k = i - 1; k >= 0 && k >= i - 2 && /^\p{Lu}\p{Ll}/u.test(words[k]!.raw) && words[k + 1]!.punctBefore === ''; k--) {
    for (let from = k - 1; from >= 0 && from >= k - 2; from--) {
      const country = lexicon.actors.matchAt(keys, raws, from).find((m) => (m.kind === 'country' || m.kind === 'adjective') && from + m.words.length === k);
      if (country) return country.codes.every((c) => !own.has(c.code.slice(0, 3)));
    }
  }
  return false;
}

/** Whether word k, joined to the word before it, opens an organisation's name of the dictionaries. */
function beforeOrganisation(words: Word[], k: number, lexicon: Lexicon): boolean {
  if (!joinedToPrevious(words, k)) return false;
  const { keys, raws } = wordForms(words);
  return lexicon.actors.matchAt(keys, raws, k).some((m) => m.kind === 'organisation' && m.codes.every((c) => c.code.startsWith('IGO')));
}

/** Whether word k, joined to the word before it, is a capitalised proper noun no dictionary, place list or calendar knows. */
function opensUnknownName(words: Word[], k: number, lexicon: Lexicon): boolean {
  const w = words[k];
  if (!w || !joinedToPrevious(words, k) || !/^\p{Lu}\p{Ll}+$/u.test(w.raw) || w.pos !== 'PROPN') return false;
  // (Nor a gathering held there: "the Beijing Olympics", gathering-nouns.tsv.)
  if (isCommonWord(w.raw.toLowerCase()) || newspaperNameWords().has(w.key) || companySuffixWords().has(w.key) || gatheringNounWords().has(w.key) || readsAsDate(w.raw)) return false;
  return !entryStartsAt(words, k, lexicon);
}

/** Whether capitalised words from word `k` on, joined with no punctuation but hyphens, end in a company's suffix ("Non-Ferrous Metals Industrial Corp"). */
const beforeCompanySuffix = (words: Word[], k: number): boolean => companySuffixAt(words, k, 5, HYPHENED, HYPHENED) >= 0;

/**
 * "The National Union of Mineworkers", "The National Energy Board": a name that opens with "The" ("The National", a
 * newspaper) gives way to a longer name starting on its next word, or to one whose next word goes on with capitals
 * (a longer name no dictionary has).
 */
export function opensLongerName(words: Word[], i: number, actor: ActorPhrase, lexicon: Lexicon): boolean {
  if (actor.words[0] !== 'THE') return false;
  const { keys, raws } = wordForms(words);
  if (lexicon.actors.matchAt(keys, raws, i + 1).some((b) => b.words.length > actor.words.length - 1)) return true;
  const next = words[i + actor.words.length];
  return next !== undefined && next.punctBefore === '' && !next.possessive && /^\p{Lu}\p{Ll}/u.test(next.raw) && (next.pos === 'PROPN' || next.pos === 'NOUN');
}

/** Whether the capital at word `i` (of `length` words) is set off as ", of <capital>," right after a capitalised name. */
function isSeatAfterName(words: Word[], i: number, length: number): boolean {
  const of = words[i - 1];
  const name = words[i - 2];
  const after = words[i + length];
  if (!of || !name || of.key !== 'OF' || !of.punctBefore.includes(',')) return false;
  if (!(/^\p{Lu}/u.test(name.raw) || of.punctBefore.includes('>'))) return false;
  return after === undefined || after.punctBefore.includes(',');
}

/**
 * "London-based sugar operator": a capital hyphened to a participle of seat says where what follows is, so it is
 * read as its country's adjective ("British operator"), not as the country's government.
 */
function seatOfWhatFollows(words: Word[], i: number, found: readonly ActorPhrase[]): readonly ActorPhrase[] {
  return found.map((a) => {
    const after = words[i + a.words.length];
    if (a.kind !== 'capital' || !after || after.punctBefore !== '-' || !seatParticipleWords().has(after.key)) return a;
    return { ...a, kind: 'adjective', codes: a.codes.map((c) => ({ ...c, code: c.code.slice(0, 3) })) };
  });
}

/**
 * Where a stock ticker in angle brackets that opens at word `i` ends ("<ELFP.PA>", "<AN>", "<BA.N>": capitals and
 * digits joined by full stops), else `i`. Wire copy brackets company names too ("<Fuji Bank Ltd>"): those are kept.
 */
export function tickerEnd(words: Word[], i: number): number {
  if (!words[i]!.punctBefore.endsWith('<')) return i;
  let k = i;
  while (k < words.length && /^[A-Z0-9]+$/.test(words[k]!.raw) && (k === i || words[k]!.punctBefore === '.')) k++;
  return k > i && k - i <= 3 && (k === words.length || words[k]!.punctBefore.startsWith('>')) ? k : i;
}
