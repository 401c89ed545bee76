import type { ActorPhrase } from './lexicon.js';
import type { Word } from './words.js';
import type { Group, Mention, PersonSeen } from './sentence-actors.js';
import { abbreviationsOfKind } from '../annotate/sentences.js';
import { canonicalWord } from './lexicon.js';
import { readsAsDate } from './date-words.js';
import { givenNameGenders, honorificGenders, personGenders, type Gender } from './dictionaries.js';

// People the dictionaries do not know, named beside a role the text gives them: "Conservative MP Robert
// Jackson", "President Michel Suleiman" (a title right before the name), "Robert Jackson, 58, MP for
// Wantage" (a role in apposition after it). A name has two words at least: after "the Police" a capitalised
// "Bill" is a law, not a man. The name joins the role's actor, and the document remembers
// the person by surname with the role's code, so that "Mr Jackson" and "he" further on are the same actor.

let titles: Set<string> | null = null;

/**
 * Whether a word is an honorific written before a name ("Mr", "Dr", "Sir"): data/lexicon/abbreviations.tsv's
 * titles, without their period. "Mr Hain" is a name of two words.
 */
export function isHonorific(word: Word | undefined): boolean {
  titles ??= new Set(abbreviationsOfKind('title').map(canonicalWord));
  return word !== undefined && titles.has(word.key);
}

/** Whether a group names a person: a listed one, a reference to one, or a name the text gives beside a role. */
export function namesPerson(g: Group): boolean {
  return g.mentions.some(isPersonMention);
}

/** Whether the group is a person, its last mention naming one: "Minister Juan Perez", not "the Reagan administration". */
export function isPersonGroup(g: Group): boolean {
  const last = g.mentions.reduce<Mention | undefined>((a, m) => (!a || m.end > a.end ? m : a), undefined);
  return last !== undefined && isPersonMention(last);
}

const isPersonMention = (m: Mention): boolean => m.kind === 'name' || m.kind === 'person-ref' || (m.kind === 'actor' && m.entry.kind === 'person');

/** A person as the document remembers them: the entry, and the surname later mentions may use. */
export function personSeen(entry: ActorPhrase): PersonSeen {
  return { entry, surname: entry.name.split(' ').pop()!.toUpperCase() };
}

/** The most words a name of a person is taken to have ("Maleeha Lodhi", "Alun Pugh", "Luiz Inacio Lula"). */
const MAX_NAME_WORDS = 3;
const DAY_OR_MONTH = /^(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)$/;
/** The most words between a name, its comma and the role in apposition ("a senior intelligence officer"). */
const MAX_APPOSITION_GAP = 4;

/**
 * A capitalised word that may be part of a name. The word tagger reads some surnames as common words
 * ("Ravel", "Brown"): inside a sentence a capital says more than its tag; the first word needs the tag.
 */
function isNameWord(words: Word[], i: number): boolean {
  const word = words[i];
  if (word === undefined || word.possessive || !/^\p{Lu}\p{Ll}/u.test(word.raw) || isHonorific(word)) return false;
  return word.pos === 'PROPN' || (i > 0 && (word.pos === 'NOUN' || word.pos === 'VERB' || word.pos === 'ADJ'));
}

/** Words [start, end) of the name that begins at `start`: capitalised, uncovered, joined without punctuation; not a day or a month ("the minister Tuesday"). */
function nameRun(words: Word[], start: number, covered: Uint8Array): number {
  let end = isHonorific(words[start]) && covered[start] === 0 ? start + 1 : start;
  if (end > start && !isNameWord(words, end)) return start;
  while (end < words.length && end - start < MAX_NAME_WORDS && covered[end] === 0 && isNameWord(words, end) && (end === start || words[end]!.punctBefore === '')) end++;
  if (end > start && readsAsDate(words.slice(start, end).map((w) => w.raw).join(' '))) return start;
  return end;
}

/** Whether the words between a name and an agent mention read as an apposition: ", 58, MP", ", a senior KGB officer". */
function isApposition(words: Word[], nameEnd: number, roleStart: number): boolean {
  if (roleStart - nameEnd > MAX_APPOSITION_GAP || !words[nameEnd]?.punctBefore.startsWith(',')) return false;
  for (let k = nameEnd; k < roleStart; k++) {
    const w = words[k]!;
    if (k > nameEnd && w.punctBefore !== '' && !(w.punctBefore === ',' && words[k - 1]!.pos === 'NUM')) return false;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'PROPN' || (w.pos === 'NOUN' && /^\p{Ll}/u.test(w.raw)))) return false;
  }
  // The role itself: right after the name's comma, or after its describing words.
  return roleStart === nameEnd ? true : words[roleStart]!.punctBefore === '' || words[roleStart]!.punctBefore === ',';
}

/** Whether an organisation's mention is followed by a title of lower-case nouns set off by a comma: ", CBI director general,". */
function isOrganisationTitle(words: Word[], m: Mention): boolean {
  if (m.kind !== 'actor' || m.entry.kind !== 'organisation') return false;
  let k = m.end;
  while (k < words.length && k - m.end < 3 && words[k]!.punctBefore === '' && (words[k]!.pos === 'NOUN' || words[k]!.pos === 'ADJ') && /^\p{Ll}/u.test(words[k]!.raw)) k++;
  return k < words.length && words.slice(m.end, k).some((w) => w.pos === 'NOUN') && words[k]!.punctBefore.trim() === ',';
}

/**
 * Name mentions for the uncovered names next to a role among `mentions` (sorted by position). A name after
 * a title takes the title's actor; a name with a role in apposition points at the role (`roleAt`).
 */
export function namedPeople(words: Word[], mentions: Mention[]): Mention[] {
  const covered = new Uint8Array(words.length);
  for (const m of mentions) covered.fill(1, m.start, m.end);
  const out: Mention[] = [];
  for (const m of mentions) {
    const role = m.kind === 'agent' || (m.kind === 'actor' && m.entry.kind !== 'person');
    if (!role) continue;
    // "President Michel Suleiman": the name right after the title, with no punctuation between; "Labour
    // election chief Alan Milburn": after an actor and a title of one or two lower-case nouns the dictionaries lack.
    let at = m.end;
    while (at < words.length && at - m.end < 2 && covered[at] === 0 && (words[at]!.pos === 'NOUN' || words[at]!.pos === 'ADJ') && /^\p{Ll}/u.test(words[at]!.raw) && !/ing$/.test(words[at]!.raw) && words[at]!.punctBefore === '') at++;
    // (A title introduces a full name; "Mr Prescott" after "unions meeting" is a reference, not a title.)
    if ((at === m.end ? m.kind === 'agent' : true) && at < words.length && covered[at] === 0 && words[at]!.punctBefore === '' && !isHonorific(words[at])) {
      const end = nameRun(words, at, covered);
      if (end - at >= 2 && !(end < words.length && covered[end] === 0 && isNameWord(words, end))) {
        out.push({ kind: 'name', start: at, end, name: words.slice(at, end).map((w) => w.raw).join(' ') });
        covered.fill(1, at, end);
        continue;
      }
    }
    if (m.kind !== 'agent' && !isOrganisationTitle(words, m)) continue;
    // "Robert Jackson, 58, MP": a name of two words or more before a comma, then the role; "Sir Digby Jones, CBI director
    // general,": an organisation with a title the dictionaries lack.
    for (let start = Math.max(0, m.start - MAX_APPOSITION_GAP - MAX_NAME_WORDS); start < m.start; start++) {
      if (covered[start] === 1 || !(isNameWord(words, start) || isHonorific(words[start])) || (start > 0 && (isNameWord(words, start - 1) || isHonorific(words[start - 1])) && words[start]!.punctBefore === '')) continue;
      const end = nameRun(words, start, covered);
      if (end - start < 2 || end > m.start || !isApposition(words, end, m.start)) continue;
      out.push({ kind: 'name', start, end, name: words.slice(start, end).map((w) => w.raw).join(' '), roleAt: m.start });
      covered.fill(1, start, end);
      break;
    }
  }
  return out;
}

/** The dictionary entry a named person is remembered by: their name with the code their role gave them. */
export function namedPersonEntry(name: string, code: string, role: string): ActorPhrase {
  return { kind: 'person', name, codes: [{ code }], words: name.toUpperCase().split(' '), stem: false, caseSensitive: false, source: `${TITLED_IN_TEXT} "${role}"` };
}
const TITLED_IN_TEXT = 'named in the text with the role';

/** Whether an entry is a person as the text titled them (namedPersonEntry), not a dictionary's. */
export const isTitledInText = (entry: ActorPhrase): boolean => entry.source.startsWith(TITLED_IN_TEXT);

/**
 * "Culture Secretary Tessa Jowell said … and she accused …": a "he" or "she" after a person named beside a role
 * in the same sentence (no other person between) is that person, with the role's actor. The pronoun's group takes
 * the named group's mentions; its own words and span stay its own. A pronoun no one named before could be (none of
 * its gender) gets a group of its own here.
 */
export function pronounsToNamedPeople(words: Word[], groups: Group[]): Group[] {
  // (Written as a pronoun: not a ticker's "HE" in "<NEOY.HE>", nor "he/she".)
  const unresolved: number[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if ((w.key === 'HE' || w.key === 'SHE') && w.pos === 'PRON' && /^(?:[Hh]e|[Ss]he)$/.test(w.raw) && !w.punctBefore.includes('/') && !words[k + 1]?.punctBefore.includes('/') && !groups.some((g) => g.start <= k && k < g.end)) unresolved.push(k);
  }
  let out: Group[] | null = null;
  let lastPerson: Group | null = null;
  let next = 0;
  const added: Group[] = [];
  const pronounsBefore = (at: number) => {
    for (; next < unresolved.length && unresolved[next]! < at; next++) {
      if (lastPerson?.mentions.some((m) => m.kind === 'name')) added.push({ start: unresolved[next]!, end: unresolved[next]! + 1, mentions: lastPerson.mentions });
    }
  };
  groups.forEach((g, k) => {
    pronounsBefore(g.start);
    const first = g.mentions[0]!;
    const isPronoun = g.mentions.length === 1 && first.kind === 'person-ref' && first.via.startsWith('pronoun');
    if (isPronoun && lastPerson?.mentions.some((m) => m.kind === 'name')) {
      out ??= groups.slice();
      out[k] = { ...g, mentions: lastPerson.mentions };
      return;
    }
    if (namesPerson(g) && !isPronoun && !words[g.end - 1]!.possessive) lastPerson = g;
  });
  pronounsBefore(words.length);
  if (added.length === 0) return out ?? groups;
  return [...(out ?? groups), ...added].sort((a, b) => a.start - b.start);
}

/** A person the dictionaries lack, named where no role is beside them, with the gender the honorific or given name tells. */
export interface UnknownPerson {
  start: number;
  end: number;
  name: string;
  gender: Gender | null;
}

/**
 * "Robert Kilroy-Silk was interviewed. He …", "Mr Smith said he …": people no dictionary knows, named outside every
 * group of the sentence, so that a later "he" stands for them (and names no actor) rather than for the person
 * named before them. A name is a run of capitalised words after an honorific, or of two or three opening with a
 * given name of people.tsv (givenNameGenders).
 */
export function unknownPeople(words: Word[], groups: readonly Group[]): UnknownPerson[] {
  // (Most sentences name nobody new: look only where a capitalised word could open a name.)
  if (!words.some((w) => w.pos === 'PROPN')) return [];
  const covered = new Uint8Array(words.length);
  for (const g of groups) covered.fill(1, g.start, g.end);
  const given = givenNameGenders();
  const out: UnknownPerson[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] === 1) continue;
    const honorific = isHonorific(words[i]) ? words[i]! : undefined;
    const first = honorific ? i + 1 : i;
    if (!honorific && !(words[i]!.pos === 'PROPN' && given.has(words[i]!.key) && isNameWord(words, i))) continue;
    // (Not nameRun: its test for a date parses every new name with chrono, and a name after an honorific or a given
    // name is none; a day or a month still ends it.)
    let end = first;
    while (end < words.length && end - first < MAX_NAME_WORDS && covered[end] === 0 && isNameWord(words, end) && (end === first || words[end]!.punctBefore === '') && !DAY_OR_MONTH.test(words[end]!.key)) end++;
    if (end - first < (honorific ? 1 : 2) || (end < words.length && covered[end] === 1 && words[end]!.punctBefore === '')) continue;
    // ("Kilroy-Silk": a hyphened surname is one.)
    while (end < words.length && covered[end] === 0 && words[end]!.punctBefore === '-' && /^\p{Lu}\p{Ll}/u.test(words[end]!.raw)) end++;
    const name = words.slice(first, end).map((w, k) => (k > 0 && w.punctBefore === '-' ? '-' : k > 0 ? ' ' : '') + w.raw).join('');
    // (A known person the sentence's groups left out, in a quotation say, is no unknown one; a possessor, "Mr Smith's
    // comments", is no one a later "he" stands for.)
    if (personGenders().has(name) || words[end - 1]!.possessive) continue;
    const gender = honorific ? (honorificGenders().get(honorific.key) ?? null) : (given.get(words[i]!.key) ?? null);
    out.push({ start: i, end, name, gender });
    i = end - 1;
  }
  return out;
}

/** The dictionary entry an unknown person is remembered by: a name with no code. */
export function unknownPersonEntry(name: string): ActorPhrase {
  return { kind: 'person', name, codes: [], words: name.toUpperCase().split(' '), stem: false, caseSensitive: false, source: 'a person the dictionaries lack, named in the text' };
}
