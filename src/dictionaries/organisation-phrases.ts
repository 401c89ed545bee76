import { COMPANIES_FILE, ORGANISATIONS_FILE, loadCompanies, loadOrganisations, type OrganisationRecord } from './actors-data.js';

// The names by which organisations and companies are matched: each row's name and aliases, plus the other
// English spellings of each (British -isation / American -ization, "Co-operation" / "Cooperation") and the
// form the tokeniser leaves of a possessive name ("People's Daily"), so that a row lists one spelling and the
// text may use any.

/** A dated code as the lexicon keeps it. */
export interface OrganisationCode {
  code: string;
  from?: string;
  to?: string;
}

export interface OrganisationPhrase {
  /** A written name: the row's name, an alias or a spelling variant of one. */
  text: string;
  /** The row's name. */
  name: string;
  codes: OrganisationCode[];
  /** "dictionaries/companies.tsv:12". */
  source: string;
}

const SPELLINGS: readonly [RegExp, string][] = [
  // Organisation ↔ Organization, Privatisation ↔ Privatization (and plurals): the suffix only, after a letter.
  [/(?<=\p{L})isation/gu, 'ization'],
  [/(?<=\p{L})ization/gu, 'isation'],
  [/(?<=\p{L})ISATION/gu, 'IZATION'],
  [/(?<=\p{L})IZATION/gu, 'ISATION'],
  // Co-operation ↔ Cooperation, Co-operative ↔ Cooperative. The tokeniser keeps "Co-operation" one word
  // (canonical COOPERATION) while a dictionary phrase is split on its hyphens (CO OPERATION): the hyphenless
  // variant is the one that meets the text.
  [/\b([Cc])o-op(?=erat)/g, '$1oop'],
  [/\b([Cc])oop(?=erat)/g, '$1o-op'],
  [/\bCO-OP(?=ERAT)/g, 'COOP'],
  [/\bCOOP(?=ERAT)/g, 'CO-OP'],
];

// People's Daily → People Daily: the tokeniser splits a possessive "'s" off its word (People + 's), so a name
// with one is matched by its form without it. Not for a one-word name: "McDonald's", "Sainsbury's" and
// "Lloyd's" without the 's are surnames (Lord Sainsbury, Tony Lloyd).
const POSSESSIVE = /(?<=\p{L})['\u2019]s\b/gu;

/**
 * The spellings of a name: the name itself first, then every variant made by switching -isation/-ization
 * and co-operation/cooperation (each independently), then those without a possessive 's when the name has
 * more than one word; without duplicates.
 */
export function spellingVariants(name: string): string[] {
  const out = [name];
  for (const [pattern, replacement] of SPELLINGS) {
    for (const text of [...out]) {
      const variant = text.replace(pattern, replacement);
      if (!out.includes(variant)) out.push(variant);
    }
  }
  if (/\s/.test(name.trim())) {
    for (const text of [...out]) {
      const variant = text.replace(POSSESSIVE, '');
      if (!out.includes(variant)) out.push(variant);
    }
  }
  return out;
}

function phrasesOf(records: readonly OrganisationRecord[], file: string): OrganisationPhrase[] {
  const phrases: OrganisationPhrase[] = [];
  for (const record of records) {
    const source = `${file}:${record.line}`;
    const codes: OrganisationCode[] = [{ code: record.code, ...(record.from && { from: record.from }), ...(record.to && { to: record.to }) }];
    const texts = new Set<string>();
    for (const text of [record.name, ...record.aliases]) for (const variant of spellingVariants(text)) texts.add(variant);
    for (const text of texts) phrases.push({ text, name: record.name, codes, source });
  }
  return phrases;
}

/** The files organisationPhrases() reads, for the list of dictionaries behind an event. */
export const ORGANISATION_SOURCES: readonly string[] = [ORGANISATIONS_FILE, COMPANIES_FILE];

/** Every name of every organisation (organisations.tsv) and company (companies.tsv), with its spelling variants. */
export function organisationPhrases(): OrganisationPhrase[] {
  return [...phrasesOf(loadOrganisations(), ORGANISATIONS_FILE), ...phrasesOf(loadCompanies(), COMPANIES_FILE)];
}
