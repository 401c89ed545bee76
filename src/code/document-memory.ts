import { codeOn } from './lexicon.js';
import { wordBeforePhrase, type Word } from './words.js';
import { namedPersonEntry, personSeen, unknownPeople, unknownPersonEntry, type UnknownPerson } from './named-people.js';
import { notePerson } from './person-references.js';
import { noteOrganisation } from './organisation-references.js';
import { besideReportingVerb, insideQuotation } from './speakers.js';
import type { DocumentMemory, Group, Mention, PersonSeen } from './sentence-actors.js';
import { isPlacePreposition } from './roles.js';

// What a sentence leaves for the next ones to refer to (coreference): the people named, with their gender and role,
// the speaker and the subject the sentence opened with, the countries in focus, the outlet and organisations named.

/**
 * Remembers what later sentences may refer to. `codeOf` gives a group's code as the sentence resolved it:
 * a person named beside a role is remembered with it.
 */
export function remember(memory: DocumentMemory, words: Word[], groups: Group[], date: string | null, codeOf: (g: Group) => string | null = () => null): void {
  const sentence = (memory.sentencesRead = (memory.sentencesRead ?? 0) + 1);
  let speaker: PersonSeen | null = null;
  // The sentence's opening subject, when a person: the first person named, if the phrase opens the sentence.
  let subject: PersonSeen | null | undefined;
  // ("Robert Kilroy-Silk was interviewed. He …": a person no dictionary knows is remembered too, with no code.)
  const unknown = unknownPeople(words, groups);
  const items: (Group | UnknownPerson)[] = [...groups, ...unknown].sort((a, b) => a.start - b.start);
  // ("the United States and Soviet Union could agree … missiles in Europe": where two countries are named as parties,
  // one named as where something is does not push one of them out of the dyad "the two sides" refers back to; alone
  // with one party it may be the other: "Egypt has agreed to build two new roads in Uganda".)
  const countryOf = (m: Extract<Mention, { kind: 'actor' }>) => codeOn(m.entry.codes, date, m.entry.kind)?.code.slice(0, 3) ?? null;
  const parties = new Set(groups.flatMap((g) => g.mentions.filter(isCountryMention).filter((m) => !afterPlacePreposition(words, m.start)).map(countryOf)).filter((c) => c !== null));
  const skipPlaces = parties.size >= 2;
  for (const g of items) {
    // A person named inside a quotation is remembered by name but is not the latest person a later "he" stands for:
    // 'he wrote: "… Tony Blair rather than Michael Howard …". While saying he admired …' is still the writer.
    const quoted = insideQuotation(words, g.start);
    const note = (person: PersonSeen, honorific: Word | undefined) => {
      if (quoted) return;
      notePerson(memory, person, honorific);
      // ("Tony Blair told Charles Kennedy": the first person beside the verb speaks, not the listener after it.)
      if (besideReportingVerb(words, g.start, g.end)) speaker ??= person;
      // ("Mr Brown's Budget was …": a possessor is not the subject.)
      if (subject === undefined) subject = opensSentence(words, g.start) && !words[g.end - 1]!.possessive ? person : null;
    };
    if (!('mentions' in g)) {
      const seen = personSeen(unknownPersonEntry(g.name));
      // (A known person whom the sentence's groups left out, in a quotation say, stays known: "what Ken Livingstone said".)
      if (memory.people.get(seen.surname)?.entry.name === g.name) continue;
      memory.people.set(seen.surname, seen);
      note(seen, words[g.start]);
      if (g.gender && !quoted) (memory.genders ??= new Map()).set(seen.entry.name, g.gender);
      continue;
    }
    const name = g.mentions.find((m): m is Extract<Mention, { kind: 'name' }> => m.kind === 'name');
    const code = name ? codeOf(g) : null;
    if (name && code) {
      const role = g.mentions.filter((m) => m.kind === 'agent').map((m) => (m as Extract<Mention, { kind: 'agent' }>).entry.words.join(' ').toLowerCase()).join(' ');
      const seen = personSeen(namedPersonEntry(name.name, code, role));
      memory.people.set(seen.surname, seen);
      note(seen, words[name.start]);
    }
    for (const m of g.mentions) {
      if (m.kind === 'actor' && m.entry.kind === 'person') {
        // "Tory chairman Liam Fox" on a day none of his listed roles covers: remembered with the code the text gives him.
        // ("George Bush" in 2005 is the son: of people of one name, the one holding a role on the date.)
        const entry = [m.entry, ...m.alternatives].find((e) => codeOn(e.codes, date, 'person')) ?? m.entry;
        const titled = !codeOn(entry.codes, date, 'person') && g.mentions.length > 1 ? codeOf(g) : null;
        const seen = personSeen(titled ? namedPersonEntry(entry.name, titled, 'as the text titles him or her') : entry);
        memory.people.set(seen.surname, seen);
        note(seen, words[m.start - 1]);
      } else if (m.kind === 'person-ref') note(m.person, m.via.startsWith('pronoun') ? undefined : words[m.start - 1]);
      else if (isCountryMention(m) && !(skipPlaces && afterPlacePreposition(words, m.start))) {
        const code = countryOf(m);
        if (code && memory.lastCountries[memory.lastCountries.length - 1] !== code) {
          memory.lastCountries = [...memory.lastCountries.filter((c) => c !== code), code].slice(-2);
        }
        if (code) (memory.countrySeenIn ??= new Map()).set(code, sentence);
      }
      if (m.kind === 'actor' && m.entry.kind === 'organisation' && !quoted) noteOrganisation(memory, m.entry, date);
      if (m.kind === 'actor' && m.entry.kind === 'organisation' && /MED$/.test(m.entry.codes[0]?.code ?? '')) {
        memory.lastMedia = { code: m.entry.codes[0]!.code, name: m.entry.name };
      }
    }
  }
  memory.lastThingSubject = thingSubject(words, groups, codeOf);
  memory.lastSpeaker = speaker;
  // ("…, the Tory leader said": the speaker of a frame is its sentence's subject, wherever the frame stands.)
  memory.lastSubject = speaker ?? subject ?? null;
}

/**
 * The actor a sentence opens with as its subject when it is no person ("Novartis said …", "The World Bank approved
 * …"), with its code as the sentence resolved it; null when a person, no actor or a possessor opens it.
 */
function thingSubject(words: Word[], groups: Group[], codeOf: (g: Group) => string | null): { code: string; name: string } | null {
  // ("Australia faces …, the OECD said in its review. It said …": the speaker of a frame is the subject, wherever it stands.)
  const sorted = [...groups].sort((a, b) => a.start - b.start);
  // ("IRNA, monitored by the BBC in London, said": not a place or another phrase's noun before the verb.)
  const speaker = sorted.find((g) => besideReportingVerb(words, g.start, g.end) && !insideQuotation(words, g.start) && wordBeforePhrase(words, g.start)?.pos !== 'ADP');
  const first = speaker ?? sorted[0];
  // (Failing a speaker, the first actor, when it stands where the subject does; beside a reporting verb it speaks.)
  const speaking = speaker !== undefined || (first !== undefined && besideReportingVerb(words, first.start, first.end));
  if (!first || (!speaking && !opensSentence(words, first.start)) || words[first.end - 1]!.possessive || insideQuotation(words, first.start)) return null;
  if (first.mentions.some((m) => m.kind === 'person-ref' || m.kind === 'name' || (m.kind === 'actor' && m.entry.kind === 'person'))) return null;
  const code = codeOf(first);
  return code ? { code, name: words.slice(first.start, first.end).map((w) => w.raw).join(' ') } : null;
}

/**
 * Whether the phrase at word `at` stands where a sentence's subject does: first ("He then accused"), after a
 * conjunction or adverb ("But he said"), or after an opening phrase closed by a comma with no verb in it ("In a
 * speech on Monday, he …").
 */
export function opensSentence(words: Word[], at: number): boolean {
  let k = at;
  while (k > 0 && ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(words[k - 1]!.pos) && words[k]!.punctBefore === '') k--;
  if (k === 0) return true;
  const before = words.slice(0, k);
  if (before.every((w) => w.pos === 'CCONJ' || w.pos === 'ADV')) return true;
  return words[k]!.punctBefore.includes(',') && !before.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
}

/**
 * Whether the mention at word `at` follows a preposition of place ("missiles in Europe", "in the Gulf"): a country named
 * as where something is is no party of the dyad "the two sides" or "the two countries" refers back to.
 */
function afterPlacePreposition(words: readonly Word[], at: number): boolean {
  const before = wordBeforePhrase(words, at);
  return before !== undefined && isPlacePreposition(before.key.toLowerCase());
}

/** A mention of a country: its name, adjective or capital. */
const isCountryMention = (m: Mention): m is Extract<Mention, { kind: 'actor' }> => m.kind === 'actor' && (m.entry.kind === 'country' || m.entry.kind === 'adjective' || m.entry.kind === 'capital');
