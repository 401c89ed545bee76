import { readFileSync } from 'node:fs';
import { dataPath, readNumberedDataRows, type DataRow } from '../data/files.js';
import {
  readActorDictionary,
  readAgentDictionary,
  readDiscardDictionary,
  readVerbDictionary,
  type DictionaryWarning,
} from '../dictionaries/petrarch/index.js';
import { annalsLexicon, withPetrarchDictionaries, type Lexicon } from './lexicon.js';
import { indexVerbs, type VerbIndex } from './verb-patterns.js';
import { eventCode } from './cameo.js';
import { isCommonWord } from '../syntax/wordnet-classes.js';

const isEventCode = (code: string): boolean => {
  try {
    return /^\d{2,4}$/.test(code) && eventCode(code) !== undefined;
  } catch {
    return false;
  }
};

// The coder's dictionaries: Annals' built-in actors, agents, places and verbs (loaded once per process),
// or a user's PETRARCH-format files in their place, and the modality words.

/** intent: "wants to meet"; future: "will meet" (told as intended); hypothetical: "could meet", "if"; negation: "not". */
export const MODALITY_KINDS = ['intent', 'future', 'hypothetical', 'negation', 'announcement', 'question', 'failure', 'scheduled', 'time', 'open', 'ordinal', 'attempt'] as const;
export type ModalityKind = (typeof MODALITY_KINDS)[number];

export interface CoderDictionaries {
  lexicon: Lexicon;
  verbs: VerbIndex;
  modality: Map<string, ModalityKind>;
  /** CAMEO codes (or their prefixes) of mutual events: a plural subject without a target is each with the other. */
  symmetricCodes: string[];
  /** Sectors of domestic politics: force codes between two such actors of one country are criticism (111). */
  politicalSectors: Set<string>;
  warnings: DictionaryWarning[];
}


// ---------------------------------------------------------------------------------------------------------
// Dictionaries

let defaultLexicon: Lexicon | null = null;
let defaultVerbs: { index: VerbIndex; warnings: DictionaryWarning[] } | null = null;
let modality: CoderDictionaries['modality'] | null = null;

/** Modality rows (word, kind): a kind other than those known stops with file and line. */
export function parseModalityRows(rows: DataRow[], file: string): CoderDictionaries['modality'] {
  const out: CoderDictionaries['modality'] = new Map();
  for (const { cells, line } of rows) {
    const [word, kind] = cells;
    if (!word || !/^[A-Z]+$/.test(word)) throw new Error(`${file}:${line}: the word must be upper-case letters, got "${word ?? ''}"`);
    if (!MODALITY_KINDS.includes(kind as ModalityKind)) throw new Error(`${file}:${line}: unknown modality kind "${kind ?? ''}" (one of ${MODALITY_KINDS.join(', ')})`);
    out.set(word, kind as ModalityKind);
  }
  return out;
}

/** Symmetric event codes (code, notes): a code that is no CAMEO code stops with file and line. */
export function parseSymmetricCodes(rows: DataRow[], file: string): string[] {
  return rows.map(({ cells, line }) => {
    const code = cells[0] ?? '';
    if (!isEventCode(code)) throw new Error(`${file}:${line}: "${code}" is not a CAMEO event code`);
    return code;
  });
}

let symmetric: string[] | null = null;
let political: Set<string> | null = null;

/** Sector rows: a code that is not three capital letters stops with file and line. */
export function parseSectorRows(rows: DataRow[], file: string): Set<string> {
  return new Set(
    rows.map(({ cells, line }) => {
      const code = cells[0] ?? '';
      if (!/^[A-Z]{3}$/.test(code)) throw new Error(`${file}:${line}: "${code}" is not a three-letter sector code`);
      return code;
    }),
  );
}
/** Rows of one lower-case word (and notes), as upper case (Word.key): a word that is not lower-case letters stops with file and line. */
export function parseWordRows(rows: DataRow[], file: string): Set<string> {
  return new Set(
    rows.map(({ cells, line }) => {
      const word = cells[0] ?? '';
      if (!/^[a-z]+$/.test(word)) throw new Error(`${file}:${line}: "${word}" is not a lower-case word`);
      return word.toUpperCase();
    }),
  );
}

/** Rows of one lower-case phrase each (words separated by single spaces), as upper-case keys. */
export function parsePhraseRows(rows: DataRow[], file: string): Set<string> {
  return new Set(
    rows.map(({ cells, line }) => {
      const phrase = cells[0] ?? '';
      if (!/^[a-z]+( [a-z]+)*$/.test(phrase)) throw new Error(`${file}:${line}: "${phrase}" is not a lower-case phrase`);
      return phrase.toUpperCase();
    }),
  );
}

export type Gender = 'm' | 'f';

/** Honorific rows (honorific, m or f): a bad row stops with file and line. Keys upper case, as Word.key. */
export function parseHonorificGenders(rows: DataRow[], file: string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const { cells, line } of rows) {
    const [word, gender] = cells;
    if (!word || !/^[a-z]+$/.test(word)) throw new Error(`${file}:${line}: "${word ?? ''}" is not a lower-case word`);
    if (gender !== 'm' && gender !== 'f') throw new Error(`${file}:${line}: unknown gender "${gender ?? ''}" (m or f)`);
    out.set(word.toUpperCase(), gender);
  }
  return out;
}

let honorifics: Map<string, Gender> | null = null;

/** The gender an honorific tells ("Mr" m, "Baroness" f), by upper-case word. */
export function honorificGenders(): Map<string, Gender> {
  honorifics ??= parseHonorificGenders(readNumberedDataRows('lexicon/honorific-genders.tsv'), 'data/lexicon/honorific-genders.tsv');
  return honorifics;
}

/** People's genders (data/dictionaries/people-genders.tsv: name, m or f): a bad row stops with file and line. */
export function parsePersonGenders(rows: DataRow[], file: string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const { cells, line } of rows) {
    const [name, gender, ...rest] = cells;
    if (!name || name.trim() !== name) throw new Error(`${file}:${line}: empty or padded name "${name ?? ''}"`);
    if (gender !== 'm' && gender !== 'f') throw new Error(`${file}:${line}: unknown gender "${gender ?? ''}" (m or f)`);
    if (rest.length > 0) throw new Error(`${file}:${line}: expected 2 columns (name, gender), found ${cells.length}`);
    if (out.has(name)) throw new Error(`${file}:${line}: "${name}" is listed twice`);
    out.set(name, gender);
  }
  return out;
}

let personGenderMap: Map<string, Gender> | null = null;

/** The gender of a person of people.tsv, by canonical name ("Hillary Clinton" f). */
export function personGenders(): Map<string, Gender> {
  personGenderMap ??= parsePersonGenders(readNumberedDataRows('dictionaries/people-genders.tsv'), 'data/dictionaries/people-genders.tsv');
  return personGenderMap;
}

let givenNameGenderMap: Map<string, Gender | null> | null = null;

/**
 * The given names of people.tsv (first words of full names that WordNet does not know as common words: "ROBERT",
 * "HILLARY"; not "BILL", "MIKE"), by upper-case word, with the gender all people of that name share (null when
 * they differ): a name no dictionary knows that opens with one reads as a person's.
 */
export function givenNameGenders(): Map<string, Gender | null> {
  if (givenNameGenderMap) return givenNameGenderMap;
  const out = new Map<string, Gender | null>();
  for (const [name, gender] of personGenders()) {
    const words = name.split(' ');
    const first = words[0]!;
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(first) || isCommonWord(first.toLowerCase())) continue;
    const key = first.toUpperCase();
    out.set(key, out.has(key) && out.get(key) !== gender ? null : gender);
  }
  givenNameGenderMap = out;
  return out;
}

/** Abstract-noun agent rows (data/lexicon/abstract-agent-nouns.tsv): words, upper case. */
export const parseAbstractAgentNouns = parseWordRows;

/** A word list of data/lexicon/<name>.tsv (one lower-case word a row, as upper-case keys), read once, when first asked for. */
function lexiconWords(name: string, parse: (rows: DataRow[], file: string) => Set<string> = parseWordRows): () => Set<string> {
  let words: Set<string> | null = null;
  return () => (words ??= parse(readNumberedDataRows(`lexicon/${name}.tsv`), `data/lexicon/${name}.tsv`));
}

/** Nouns of quantities, markets and economies ("SURPLUS", "EXPORTS"). */
export const measureNounWords = lexiconWords('measure-nouns');
/** Words before a party's one-word name that make another party's name ("CHRISTIAN" Democrats). */
export const partyNameWords = lexiconWords('party-name-words');
/** Roles bare of the government but held by any body named before them ("OFFICIAL"). */
export const officialRoleWords = lexiconWords('official-roles');
/** Nouns of proposals and rules ("LEGISLATION", "PLAN"): their "to"-infinitive is what the thing would do. */
export const proposalNounWords = lexiconWords('proposal-nouns');
/** Nouns of texts a body issues ("RESOLUTION", "STATEMENT"): a participle on one is the issuer's act (issued-texts.tsv). */
export const issuedTextWords = lexiconWords('issued-texts');
/** Nouns of bodies that stand abroad ("EMBASSY"): a city before one is where it stands (located-bodies.tsv). */
export const locatedBodyWords = lexiconWords('located-bodies');
/** Nouns of gatherings ("TALKS", "SUMMIT"): their "in" phrase is their venue. */
export const gatheringNounWords = lexiconWords('gathering-nouns');
/** Words that open a clause of content on a noun ("hope that …"): data/lexicon/content-marks.tsv. */
export const contentMarkWords = lexiconWords('content-marks');
/** Phrases of events held for the press ("NEWS CONFERENCE", "BRIEFING"): their host is no listener. */
export const pressEventPhrases = lexiconWords('press-events', parsePhraseRows);
/** Words of currencies ("DLRS", "YEN"): a country's adjective or abbreviation before a sum in one names the currency. */
export const currencyWords = lexiconWords('currency-words');
/** Nouns naming someone by a relation to another ("SUCCESSOR", "PARTNERS"): their owner is not who they name. */
export const relationalNounWords = lexiconWords('relational-nouns');
/** A role every body has (any-body-roles.tsv) or an official's (official-roles.tsv): "SPOKESMAN", "OFFICIAL". */
export const isBodyRole = (key: string): boolean => anyBodyRoleWords().has(key) || officialRoleWords().has(key);
/** Nouns of a reduction ("CUTS"): right after a pattern's noun they name the cut, not the thing cut ("tariff cuts"). */
export const reductionNounWords = lexiconWords('reduction-nouns');
/** Nouns of a part of a place ("OUTSKIRTS"): their "of" phrase is a place, no participant. */
export const placePartNounWords = lexiconWords('place-part-nouns');
/** Verb forms whose "in" phrase is where the visit goes ("ARRIVED in Beijing"). */
export const arrivalVerbWords = lexiconWords('arrival-verbs');
/** Linking verb forms ("BECAME"): their object or open complement is what the subject is, no participant. */
export const linkingVerbWords = lexiconWords('linking-verbs');

/** Verbs after which an opening "It" is impersonal ("It emerged that …"). */
export const impersonalVerbWords = lexiconWords('impersonal-verbs');
/** Verb forms of protecting ("PROTECT"): their "from" or "against" phrase is the threat, no target. */
export const protectionVerbWords = lexiconWords('protection-verbs');
/** Verb forms each subject does on its own even under a mutual code ("ATTENDED"). */
export const oneSidedVerbWords = lexiconWords('one-sided-verbs');
/** Participles after a capital that give the seat of what follows ("London-BASED operator"): the country, not its government. */
export const seatParticipleWords = lexiconWords('seat-participles');
/** Role words that name an agent only in lower case ("NATIONAL": "National Distillers" is a firm). */
export const lowerCaseRoleWords = lexiconWords('lower-case-roles');
/** Nouns a country adjective before them names the owner of ("the French PROPOSAL"). */
export const ownedNounWords = lexiconWords('owned-nouns');
/** Goods a country adjective before them names the seller of ("Canadian RAPESEED"). */
export const tradedGoodsWords = lexiconWords('traded-goods');
/** Nouns of securities and papers ("BILLS", "SECURITIES"): a role word before one only describes it. */
export const securityNounWords = lexiconWords('security-nouns');
/** Nouns of asking and pressing: an infinitive on one is asked for, not done ("PRESSURE to soften"). */
export const demandNounWords = lexiconWords('demand-nouns');
/** Verbs whose object is a topic, not a partner ("DISCUSSED ONGC's plans"). */
export const topicObjectVerbWords = lexiconWords('topic-object-verbs');
/** Verbs of asking and pressing, whose infinitive is asked for, not done ("URGED the banks to lend"). */
export const requestVerbWords = lexiconWords('request-verbs');
/** Participles that, hyphened after an actor's name, make it a backer of what follows ("Russian-BACKED separatists"). */
export const backerParticipleWords = lexiconWords('backer-participles');
/** Words that end companies' names ("Oil India LTD"). */
export const companySuffixWords = lexiconWords('company-suffixes');
/** Countries whose names are also given names ("CHAD Bown"). */
export const givenNameCountryWords = lexiconWords('given-name-countries');
/** Words that make a place before them a newspaper's name ("the Beijing NEWS", "China DAILY"). */
export const newspaperNameWords = lexiconWords('newspaper-name-words');
/** Nouns a country's name before them names the topic of ("the Iraq WAR"). */
export const topicNounWords = lexiconWords('topic-nouns');
/** Words that make a role another country's than the story's ("FOREIGN banks"). */
export const foreignModifierWords = lexiconWords('foreign-modifiers');
/** Phrases in which a role word names no role ("MARKET FORCES"), upper case, words joined by a space. */
export const nonRolePhrases = lexiconWords('non-role-phrases', parsePhraseRows);
/** Titles with an adjective after the noun ("DIRECTOR GENERAL"): the adjective names no role of its own. */
export const postpositiveTitles = lexiconWords('postpositive-titles', parsePhraseRows);
/** Roles of market participants ("TRADERS"): of no country unless the text names one. */
export const marketRoleWords = lexiconWords('market-roles');
/** Roles every kind of body has ("SPOKESMAN"): after an unknown name, that body's role. */
export const anyBodyRoleWords = lexiconWords('any-body-roles');
/** Possessive determiners that make a bare role the subject's own body ("HIS party"). */
export const ownPossessiveWords = lexiconWords('own-possessives');
/** Agent words that name an agent only with a determiner, a possessive, an actor before them, or as a modifier. */
export const abstractAgentNouns = lexiconWords('abstract-agent-nouns', parseAbstractAgentNouns);

const readPoliticalSectors = () => parseSectorRows(readNumberedDataRows('lexicon/political-sectors.tsv'), 'data/lexicon/political-sectors.tsv');
const readSymmetricCodes = () => parseSymmetricCodes(readNumberedDataRows('lexicon/symmetric-codes.tsv'), 'data/lexicon/symmetric-codes.tsv');

function modalityLexicon(): CoderDictionaries['modality'] {
  modality ??= parseModalityRows(readNumberedDataRows('lexicon/modality.tsv'), 'data/lexicon/modality.tsv');
  return modality;
}

function builtinVerbs(): { index: VerbIndex; warnings: DictionaryWarning[] } {
  if (!defaultVerbs) {
    const verbs = readVerbDictionary(readFileSync(dataPath('dictionaries/verbs.txt'), 'utf8'), 'dictionaries/verbs.txt');
    defaultVerbs = { index: indexVerbs(verbs, reductionNounWords()), warnings: verbs.warnings };
  }
  return defaultVerbs;
}

/** Annals' built-in dictionaries, each loaded once. */
export function defaultDictionaries(): CoderDictionaries {
  defaultLexicon ??= annalsLexicon();
  const verbs = builtinVerbs();
  return { lexicon: defaultLexicon, verbs: verbs.index, modality: modalityLexicon(), symmetricCodes: (symmetric ??= readSymmetricCodes()), politicalSectors: (political ??= readPoliticalSectors()), warnings: verbs.warnings };
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
    verbs: verbs ? indexVerbs(verbs, reductionNounWords()) : builtin!.index,
    modality: modalityLexicon(),
    symmetricCodes: (symmetric ??= readSymmetricCodes()),
    politicalSectors: (political ??= readPoliticalSectors()),
    warnings: [...(actors?.warnings ?? []), ...(agents?.warnings ?? []), ...(discards?.warnings ?? []), ...(verbs?.warnings ?? builtin!.warnings)],
  };
}
