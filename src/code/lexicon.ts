import { isValidOn, loadAgents, loadCountries, type DatedItem } from '../dictionaries/actors-data.js';
import { organisationPhrases } from '../dictionaries/organisation-phrases.js';
import { loadPeople, loadPlaces } from '../dictionaries/people-places-data.js';
import type { ActorDictionary, AgentDictionary, DiscardDictionary, Phrase } from '../dictionaries/petrarch/index.js';

// The coder's view of the dictionaries: phrases indexed by their first word, each carrying dated codes and
// where it came from (file:line), whether they were loaded from Annals' TSV files or a user's PETRARCH files.
// Words are compared in a canonical form: letters and digits only, upper case ("U.S." → "US",
// "high-ranking" → "HIGH", "RANKING"), so the text's tokenisation and the dictionary's spelling meet.

/** A code valid from `from` (inclusive) to `to` (exclusive); open ends are absent. */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
  /** A person's role title ("Prime Minister", "Chancellor of the Exchequer"): "the prime minister" may refer to its holder. */
  role?: string;
}

export type ActorKind = 'country' | 'adjective' | 'capital' | 'person' | 'organisation' | 'actor';

export interface PhraseBase {
  /** Canonical words. */
  words: string[];
  /** The last word is a stem (PETRARCH phrases not ending in `_`): it matches any word it begins. */
  stem: boolean;
  /** Short all-capital phrases ("US", "AP", "WHO") match only text written in capitals. */
  caseSensitive: boolean;
  /** A mixed-case abbreviation ("LeT") matches only the word written exactly so. */
  written?: string;
  /** A phrase written with capitals in its dictionary ("Diet") matches only words written with a capital. */
  capitalised?: boolean;
  /** For each word, whether the text must write it with a capital, as the name's dictionary does ("The News": not "the news"). */
  capitalWords?: boolean[];
  /** Where the entry came from: "dictionaries/people.tsv:212". */
  source: string;
}

export interface ActorPhrase extends PhraseBase {
  kind: ActorKind;
  /** Canonical name: "Fumio Kishida", "Japan", "Kyodo News". */
  name: string;
  codes: DatedCode[];
  /** A city or territory of the gazetteer standing for its country (sentence-places.ts placeMentions). */
  standsInForCountry?: true;
}

export interface AgentPhrase extends PhraseBase {
  /** Sector code(s) without `~`: "GOV", "LEG", "GOVMIL". */
  code: string;
  /** `suffix`: country + agent ("JPN" + "LEG"); `prefix`: agent + country ("NGO" + "ARN"). */
  attach: 'suffix' | 'prefix';
}

export interface PlacePhrase extends PhraseBase {
  name: string;
  kind: string;
  lat: number;
  lon: number;
  countries: string[];
}

export interface DiscardPhrase extends PhraseBase {
  scope: 'sentence' | 'story';
}

const NO_MATCH: readonly never[] = Object.freeze([]);

/** Phrases indexed by their first canonical word, longest first. */
export class PhraseIndex<T extends PhraseBase> {
  private readonly byFirst = new Map<string, T[]>();
  private readonly stems: T[] = [];
  size = 0;

  add(entry: T): void {
    if (entry.words.length === 0) return;
    this.size++;
    if (entry.stem && entry.words.length === 1) {
      this.stems.push(entry);
      return;
    }
    const first = entry.words[0]!;
    const list = this.byFirst.get(first);
    if (list) list.push(entry);
    else this.byFirst.set(first, [entry]);
  }

  /** Sorts candidates longest first; call once after the last add. */
  seal(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.stems.sort((a, b) => b.words[0]!.length - a.words[0]!.length);
    return this;
  }

  /**
   * Entries matching the words starting at `at`, longest first. `raw[i]` is the word as written, for
   * case-sensitive entries.
   */
  matchAt(words: readonly string[], raw: readonly string[], at: number): readonly T[] {
    const candidates = this.byFirst.get(words[at]!);
    // Most words start no phrase: no array allocated for them.
    if (!candidates && this.stems.length === 0) return NO_MATCH;
    const found: T[] = [];
    for (const entry of candidates ?? []) {
      if (matches(entry, words, raw, at)) found.push(entry);
    }
    for (const entry of this.stems) {
      if (words[at]!.startsWith(entry.words[0]!) && (!entry.caseSensitive || raw[at] === raw[at]!.toUpperCase())) found.push(entry);
    }
    return found;
  }
}

function matches(entry: PhraseBase, words: readonly string[], raw: readonly string[], at: number): boolean {
  const n = entry.words.length;
  if (at + n > words.length) return false;
  for (let k = 0; k < n; k++) {
    const word = words[at + k]!;
    const want = entry.words[k]!;
    const ok = entry.stem && k === n - 1 ? word.startsWith(want) : word === want;
    if (!ok) return false;
    if (entry.caseSensitive && raw[at + k] !== raw[at + k]!.toUpperCase()) return false;
    if (entry.written !== undefined && raw[at + k] !== entry.written) return false;
    if (entry.capitalised && !/^\p{Lu}/u.test(raw[at + k]!)) return false;
    if (entry.capitalWords?.[k] && !/^\p{Lu}/u.test(raw[at + k]!)) return false;
  }
  return true;
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALPHANUMERIC = /[^A-Za-z0-9]+/g;

/** The canonical form of one written word ("U.S." → "US", "Kyodo's" → "KYODOS"): letters and digits, upper case. */
export function canonicalWord(word: string): string {
  // Letters and digits of ASCII only (most words): nothing to remove, and no regular expression run.
  if (isAsciiAlphanumeric(word)) return word.toUpperCase();
  // ASCII (nearly every word of English news): NFKD changes nothing and \p{L}\p{N} are [A-Za-z0-9].
  if (ASCII.test(word)) return word.replace(NOT_ASCII_ALPHANUMERIC, '').toUpperCase();
  return word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();
}

function isAsciiAlphanumeric(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** Canonical words of a written phrase, split on spaces, underscores and hyphens. */
export function canonicalWords(phrase: string): string[] {
  return phrasePieces(phrase).map(canonicalWord);
}

/** The written words of a phrase that have a canonical form, split as canonicalWords splits it. */
function phrasePieces(phrase: string): string[] {
  return phrase.split(/[\s_\-\u2010-\u2015/]+/).filter((w) => canonicalWord(w) !== '');
}

/**
 * For a title opening with "The" ("The News", "The Independent", "The Times": common words made a name), which words
 * its dictionary writes with a capital, word for word with canonicalWords; undefined for other names, which wire copy
 * may write in lower case ("the Tokyo stock exchange").
 */
function capitalsOf(phrase: string): boolean[] | undefined {
  const pieces = phrasePieces(phrase);
  if (pieces[0] !== 'The' || pieces.length < 2) return undefined;
  // ("according to the News": the article itself may be written small.)
  const capitals = pieces.map((w, k) => k > 0 && /^\p{Lu}/u.test(w));
  return capitals.some(Boolean) ? capitals : undefined;
}

function isShortCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && letters === letters.toUpperCase() && !/\s/.test(text.trim());
}

/** A short abbreviation written in mixed case ("LeT", "MoD"), matched only as written: "Let's hope" is no Lashkar-e-Taiba. */
function mixedCaseAbbreviation(text: string): string | undefined {
  const word = text.trim();
  return /^[\p{L}.]{2,4}$/u.test(word) && /\p{Ll}\p{Lu}/u.test(word) ? word : undefined;
}

export interface Lexicon {
  actors: PhraseIndex<ActorPhrase>;
  agents: PhraseIndex<AgentPhrase>;
  places: PhraseIndex<PlacePhrase>;
  discards: PhraseIndex<DiscardPhrase>;
  /** Which dictionaries were loaded, for the explanation of every event. */
  sources: string[];
}

function datedItemCodes(item: DatedItem, row: { code: string; from?: string; to?: string }, code: string): DatedCode[] {
  const from = item.from ?? row.from;
  const to = item.to ?? row.to;
  return [{ code, ...(from && { from }), ...(to && { to }) }];
}

/** Annals' own dictionaries (data/dictionaries). */
export function annalsLexicon(): Lexicon {
  const actors = new PhraseIndex<ActorPhrase>();
  const agents = new PhraseIndex<AgentPhrase>();
  const places = new PhraseIndex<PlacePhrase>();
  const addActor = (text: string, kind: ActorKind, name: string, codes: DatedCode[], source: string) => {
    const written = mixedCaseAbbreviation(text);
    const capitalWords = kind === 'organisation' ? capitalsOf(text) : undefined;
    actors.add({ words: canonicalWords(text), stem: false, caseSensitive: isShortCapitals(text), ...(written && { written }), ...(capitalWords && { capitalWords }), source, kind, name, codes });
  };

  for (const country of loadCountries()) {
    const source = `dictionaries/countries.tsv:${country.line}`;
    const name = country.names[0]?.text ?? country.code;
    for (const item of country.names) addActor(item.text, 'country', name, datedItemCodes(item, country, country.code), source);
    for (const item of country.adjectives) addActor(item.text, 'adjective', name, datedItemCodes(item, country, country.code), source);
    // A capital stands for the country's government ("Moscow agreed", "Tokyo protested").
    for (const item of country.capitals) addActor(item.text, 'capital', name, datedItemCodes(item, country, country.code + 'GOV'), source);
  }
  // Organisations and companies, each name also in its other English spelling (Organisation/Organization).
  for (const org of organisationPhrases()) addActor(org.text, 'organisation', org.name, org.codes, org.source);
  // People: one phrase per name or alias, carrying every dated role of that person.
  const people = new Map<string, { aliases: Set<string>; codes: DatedCode[]; line: number }>();
  for (const role of loadPeople()) {
    const person = people.get(role.name) ?? { aliases: new Set<string>(), codes: [], line: role.line };
    role.aliases.forEach((a) => person.aliases.add(a));
    person.codes.push({ code: role.code, from: role.from, ...(role.to && { to: role.to }), role: role.role });
    people.set(role.name, person);
  }
  for (const [name, person] of people) {
    for (const text of [name, ...person.aliases]) addActor(text, 'person', name, person.codes, `dictionaries/people.tsv:${person.line}`);
  }
  for (const agent of loadAgents()) {
    agents.add({ words: canonicalWords(agent.phrase), stem: false, caseSensitive: false, ...(agent.phrase !== agent.phrase.toLowerCase() && { capitalised: true }), source: `dictionaries/agents.tsv:${agent.line}`, code: agent.code, attach: 'suffix' });
  }
  for (const place of loadPlaces()) {
    for (const text of [place.name, ...place.aliases]) {
      places.add({ words: canonicalWords(text), stem: false, caseSensitive: false, source: `dictionaries/places.tsv:${place.line}`, name: place.name, kind: place.kind, lat: place.lat, lon: place.lon, countries: place.countries });
    }
  }
  return {
    actors: actors.seal(),
    agents: agents.seal(),
    places: places.seal(),
    discards: new PhraseIndex<DiscardPhrase>().seal(),
    sources: ['dictionaries/countries.tsv', 'dictionaries/organisations.tsv', 'dictionaries/companies.tsv', 'dictionaries/people.tsv', 'dictionaries/agents.tsv', 'dictionaries/places.tsv'],
  };
}

function phraseWords(p: Phrase): string[] {
  return p.words.flatMap((w) => canonicalWords(w));
}

/** Converts PETRARCH date restrictions (limits inclusive) to dated codes (`to` exclusive). */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Replaces parts of a lexicon with a user's PETRARCH-format dictionaries. Date-restricted codes come
 * first, the default code last, so that the first code valid on a date is the one PETRARCH would choose.
 */
export function withPetrarchDictionaries(
  base: Lexicon,
  dictionaries: { actors?: ActorDictionary; agents?: AgentDictionary; discards?: DiscardDictionary },
): Lexicon {
  const lexicon: Lexicon = { ...base, sources: [...base.sources] };
  if (dictionaries.actors) {
    const actors = new PhraseIndex<ActorPhrase>();
    const file = dictionaries.actors.name;
    for (const entry of dictionaries.actors.entries) {
      const restricted: DatedCode[] = [];
      let fallback: DatedCode | undefined;
      for (const c of entry.codes) {
        const r = c.restriction;
        if (!r) fallback = { code: c.code };
        else if (r.kind === 'before') restricted.push({ code: c.code, to: dayAfter(r.date) });
        else if (r.kind === 'after') restricted.push({ code: c.code, from: r.date });
        else restricted.push({ code: c.code, from: r.from, to: dayAfter(r.to) });
      }
      const codes = fallback ? [...restricted, fallback] : restricted;
      if (codes.length === 0) continue;
      const name = entry.phrase.text.replace(/_/g, ' ');
      for (const phrase of [entry.phrase, ...entry.synonyms.map((s) => s.phrase)]) {
        actors.add({ words: phraseWords(phrase), stem: false, caseSensitive: false, source: `${file}:${entry.line}`, kind: 'actor', name, codes });
      }
    }
    lexicon.actors = actors.seal();
    lexicon.sources = lexicon.sources.filter((s) => !/countries|organisations|companies|people/.test(s)).concat(file);
  }
  if (dictionaries.agents) {
    const agents = new PhraseIndex<AgentPhrase>();
    const file = dictionaries.agents.name;
    for (const entry of dictionaries.agents.entries) {
      for (const phrase of [entry.phrase, ...entry.plurals]) {
        agents.add({ words: phraseWords(phrase), stem: false, caseSensitive: false, source: `${file}:${entry.line}`, code: entry.code, attach: entry.attach });
      }
    }
    lexicon.agents = agents.seal();
    lexicon.sources = lexicon.sources.filter((s) => !/agents/.test(s)).concat(file);
  }
  if (dictionaries.discards) {
    const discards = new PhraseIndex<DiscardPhrase>();
    const file = dictionaries.discards.name;
    for (const entry of dictionaries.discards.entries) {
      discards.add({ words: phraseWords(entry.phrase), stem: !entry.phrase.wholeWord, caseSensitive: false, source: `${file}:${entry.line}`, scope: entry.scope });
    }
    lexicon.discards = discards.seal();
    lexicon.sources.push(file);
  }
  return lexicon;
}

/**
 * The code of an entry on `date` (ISO day): the first code valid then. A place name (a country, a
 * capital) with no code valid then takes the nearest one in time ("the Soviet Union" in a sentence of
 * unknown date); a person out of every dictionary role gets none, never a role held at another time.
 */
/** The country of an actor code (JPNGOV → JPN); null for organisations (IGO…, NGO…, IMG…, MNC) and no code. */
export function countryOf(code: string | null): string | null {
  return code && /^[A-Z]{3}/.test(code) && !/^(IGO|NGO|IMG|MNC)/.test(code) ? code.slice(0, 3) : null;
}

export function codeOn(codes: readonly DatedCode[], date: string | null, kind: ActorKind): DatedCode | undefined {
  if (codes.length === 0) return undefined;
  if (date) {
    const valid = codes.find((c) => isValidOn(c, date));
    if (valid || kind === 'person' || kind === 'organisation' || kind === 'actor') return valid;
  }
  if (!date) return codes.find((c) => !c.to) ?? codes[codes.length - 1];
  // A state not yet born on the date names something else then: "Georgia" in 1987 is the US state (Georgia Power),
  // not the republic born in 1991. (A state that has ended still names itself: "the Soviet Union" in 2005.)
  if (codes.every((c) => c.from !== undefined && date < c.from)) return undefined;
  const distance = (c: DatedCode) => (c.to && c.to <= date ? daysApart(c.to, date) : c.from ? daysApart(date, c.from) : 0);
  return [...codes].sort((a, b) => distance(a) - distance(b))[0];
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}
