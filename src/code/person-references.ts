import type { DatedCode } from './lexicon.js';
import type { Word } from './words.js';
import { codeOn, countryOf } from './lexicon.js';
import { honorificGenders, personGenders, type Gender } from './dictionaries.js';
import { personSeen } from './named-people.js';
import type { DocumentMemory, Mention, PersonSeen } from './sentence-actors.js';

// Who a person mention is: the people the story named before (a pronoun, a title such as "the prime minister"),
// and a known person's code on a date (in office, a former holder, or undated). Read by sentence-actors.ts.

/**
 * The person named before whose role on the article's date has this title: "the prime minister" after "Tony
 * Blair", "the finance minister" after the Minister of Finance, "the chancellor" after the Chancellor of the
 * Exchequer. The latest such person; none when the title fits nobody recent.
 */
export function titleHolder(roleWords: readonly string[], memory: DocumentMemory): PersonSeen | null {
  const wanted = roleWords.join(' ').toLowerCase();
  const holders: PersonSeen[] = [];
  for (const person of [...(memory.recentPeople ?? [])].reverse()) {
    const held = person.entry.codes.filter((c) => !memory.date || ((!c.from || c.from <= memory.date) && (!c.to || memory.date < c.to)));
    const role = held.filter((c) => c.role !== undefined && titleForms(c.role).includes(wanted)).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '')).pop();
    if (role) holders.push({ ...person, entry: { ...person.entry, codes: [{ code: role.code, role: role.role! }] } });
  }
  // Undated, any role counts: two people who each held the office at some time ("Blair … Chirac … the prime
  // minister") leave it unresolved.
  return holders.length === 1 || (memory.date && holders.length > 0) ? holders[0]! : null;
}

/** The ways a title is written after "the": whole, before its "of" ("chancellor"), and "Minister of X" as "X minister". */
function titleForms(title: string): string[] {
  const t = title.toLowerCase();
  const forms = [t];
  const of = /^(minister|secretary) of (?:the )?(\w+)$/.exec(t);
  if (of) forms.push(`${of[2]} ${of[1]}`);
  const before = t.split(' of ')[0]!;
  if (before !== t) forms.push(before);
  return forms;
}

/**
 * Who "he" or "she" is: the person named before in the sentence, else (opening a sentence) the last sentence's
 * subject, else the latest one before it; not one an honorific or the public record says is of the other gender.
 */
export function pronounReferent(gender: Gender, inSentence: PersonSeen | null, memory: DocumentMemory, speaking = false, opening = false): PersonSeen | null {
  // The honorific the text gave the person decides; else the public record of a known person; else anyone fits.
  const fits = (p: PersonSeen) => (memory.genders?.get(p.entry.name) ?? personGenders().get(p.entry.name) ?? gender) === gender;
  if (inSentence && fits(inSentence)) return inSentence;
  if (speaking && memory.lastSpeaker && fits(memory.lastSpeaker)) return memory.lastSpeaker;
  // A pronoun opening a sentence continues the subject the last sentence opened with, not the latest person named
  // inside it ("Mr Hain told the BBC that Mr Howard's stance … He then accused the Tory leader …").
  if (opening && memory.lastSubject && fits(memory.lastSubject)) return memory.lastSubject;
  const recent = memory.recentPeople ?? (memory.lastPerson ? [memory.lastPerson] : []);
  for (let k = recent.length - 1; k >= 0; k--) if (fits(recent[k]!)) return recent[k]!;
  return null;
}

/** Records a person the text names: the latest of the recent people, with the gender an honorific before the name tells. */
export function notePerson(memory: DocumentMemory, person: PersonSeen, honorific: Word | undefined): void {
  memory.lastPerson = person;
  const recent = (memory.recentPeople ??= []);
  const at = recent.findIndex((p) => p.entry.name === person.entry.name);
  if (at >= 0) recent.splice(at, 1);
  recent.push(person);
  if (recent.length > 8) recent.shift();
  const gender = honorific ? honorificGenders().get(honorific.key) : undefined;
  if (gender) (memory.genders ??= new Map()).set(person.entry.name, gender);
}

/** The last person the dictionaries know among a sentence's mentions so far; not a possessor ("admired Mr Blair's leadership, he …"). */
export function personBefore(words: Word[], mentions: Mention[]): PersonSeen | null {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (words[m.end - 1]!.possessive) continue;
    if (m.kind === 'actor' && m.entry.kind === 'person') return personSeen(m.entry);
    if (m.kind === 'person-ref') return m.person;
  }
  return null;
}

/**
 * A person's code on a date. In an undated article the date is the day of the analysis, on which most people
 * of an old story hold none of their roles: they are then coded by the country all their roles share (Michael
 * Howard, Home Secretary and later Conservative leader: GBR), which is true whenever the story was written;
 * their sector is not, so it is left out.
 */
export function personCodeOn(codes: readonly DatedCode[], date: string | null, undated: boolean): string | null {
  const code = codeOn(codes, date, 'person')?.code;
  if (code || !undated || codes.length === 0) return code ?? null;
  return sharedCountry(codes);
}

/** The one code's first part all of a person's roles share ("GBR" for Home Secretary and Conservative leader), else null. */
export function sharedCountry(codes: readonly DatedCode[]): string | null {
  const countries = new Set(codes.map((c) => c.code.slice(0, 3)));
  const [country] = countries;
  return countries.size === 1 && /^[A-Z]{3}$/.test(country!) ? country! : null;
}


/**
 * A person the dictionary knows, on a date after their first role began that none of their roles covers: a
 * former office holder, whom the CAMEO codebook files under elites (ELI) of the one country all their roles share
 * ("Ex-foreign secretary Robin Cook" in 2005: GBRELI). Before the first role nothing is guessed: the same name then
 * is as likely somebody else.
 */
export function formerHolderCode(codes: readonly DatedCode[], date: string | null): string | null {
  if (!date || codes.length === 0) return null;
  const first = codes.reduce<string | undefined>((min, c) => (c.from && (!min || c.from < min) ? c.from : min), undefined);
  if (!first || date < first) return null;
  const country = countryOf(sharedCountry(codes));
  return country && country !== 'SUN' ? country + 'ELI' : null;
}
