import { codeOn, countryOf, type ActorPhrase, type DatedCode, type AgentPhrase, type Lexicon } from './lexicon.js';
import { wordForms, type Word } from './words.js';
import { insideQuotation, isReportingWord } from './speakers.js';
import { organisationNamedBefore } from './organisation-references.js';
import { companySuffixWords, impersonalVerbWords, locatedBodyWords, type Gender } from './dictionaries.js';
import { bracketedCompany, companyBeforeSeat, countryInCompanyName } from './company-names.js';
import { isTitledInText, namedPeople } from './named-people.js';
import { isAbstractUse, isAdjectiveUse, isPartOfName, isThingModifier, portfolioStart } from './role-word-readings.js';
import { actorReadingsAt, isGivenNameBeforeSurname, isNewspaperName, isOtherGivenName, newspaperOf, opensLongerName, takesNoStoryCountry, tickerEnd } from './name-readings.js';
import { opensSentence } from './document-memory.js';
import { formerHolderCode, personBefore, personCodeOn, pronounReferent, sharedCountry, titleHolder } from './person-references.js';

// The actors and places of a sentence as the coder sees them: dictionary phrases found in the words
// (mentions), composed into actors ("Japanese" + "lawmaker" → JPNLEG: groups) and listed together as one
// participant ("the Soviet Union and Japan": slots) in mention-groups.ts, resolved to codes on a date, and remembered across
// the document's sentences for coreference ("he", "the two countries": document-memory.ts).

export type Mention =
  | { kind: 'actor'; start: number; end: number; entry: ActorPhrase; /** Same words, other entries: "Moscow" of SUN and of RUS. */ alternatives: ActorPhrase[] }
  /** `noStoryCountry`: the role is no role of the story's country: another country's ("foreign banks"), no role at all ("market forces") or a body's the dictionaries lack ("Vice President of Deutsche Securities"). */
  | { kind: 'agent'; start: number; end: number; entry: AgentPhrase; noStoryCountry?: boolean }
  | { kind: 'person-ref'; start: number; end: number; person: PersonSeen; via: string }
  | { kind: 'group-ref'; start: number; end: number; codes: string[]; names: string[]; via: string }
  /** A person the dictionaries lack, named beside a role ("MP Robert Jackson"; `roleAt`: the role in apposition after it). */
  | { kind: 'name'; start: number; end: number; name: string; roleAt?: number };

export interface PersonSeen {
  entry: ActorPhrase;
  /** The full name's last word, by which later mentions may refer to the person. */
  surname: string;
}

/** One actor as it stands in the sentence: words [start, end) and how its code is made. */
export interface Group {
  start: number;
  end: number;
  mentions: Mention[];
}

/** Whether a mention is a pronoun standing for a person ("he", "she"), not a name or a surname. */
export const isPronounMention = (m: Mention): boolean => m.kind === 'person-ref' && m.via.startsWith('pronoun');

/** Actors standing together as one participant: "the Soviet Union and Japan". */
export interface Slot {
  start: number;
  end: number;
  groups: Group[];
}

export interface ResolvedActor {
  code: string | null;
  name?: string;
  refersTo?: string;
  sources: string[];
}

/** What the coder remembers across the sentences of one document (for coreference). */
export interface DocumentMemory {
  people: Map<string, PersonSeen>;
  lastPerson: PersonSeen | null;
  /** People named so far, the latest last (a few): "she" skips back past a man. */
  recentPeople?: PersonSeen[];
  /** A person's gender, by entry name, where an honorific told it ("Mr Blair", "Baroness Amos"). */
  genders?: Map<string, Gender>;
  lastCountries: string[];
  lastMedia: { code: string; name: string } | null;
  /** The person who spoke in the last sentence ("Mr Blair said …"), for its next sentence's "he added". */
  lastSpeaker?: PersonSeen | null;
  /** The person the last sentence opened with as its subject ("Mr Hain told … that Mr Howard's stance …"), for a "He" opening the next. */
  lastSubject?: PersonSeen | null;
  /** The article's date, on which "the prime minister" is the holder of that office named before. */
  date?: string | null;
  /** The last sentence's opening subject when it was an actor but no person ("Novartis said …"), for an "It" opening the next. */
  lastThingSubject?: { code: string; name: string } | null;
  /** Organisations named so far, the latest last (a few), by the common noun their name ends in: "the Bank" after "the World Bank". */
  recentOrganisations?: { head: string; code: string; name: string }[];
  /** Sentences remembered so far, and the last of them that named each country: "the two countries" are two named lately. */
  sentencesRead?: number;
  countrySeenIn?: Map<string, number>;
}

/** How many sentences back both countries of "the two countries" must have been named (the dyad in focus). */
const DYAD_RECENCY = 3;

/** The two countries named last, when both were named in the last few sentences: what "the two countries" stands for. */
function dyadInFocus(memory: DocumentMemory): string[] | null {
  const pair = memory.lastCountries.slice(-2);
  const now = (memory.sentencesRead ?? 0) + 1;
  return pair.length === 2 && pair.every((c) => now - (memory.countrySeenIn?.get(c) ?? -Infinity) <= DYAD_RECENCY) ? pair : null;
}

// The personal pronouns that stand for one person named before, with that person's gender: subject and object
// ("urged him to …"). A possessive is left alone: "his comments were denied" names no actor, and "defended his
// record" is the subject's own.
const PRONOUNS = new Map<string, Gender>([['HE', 'm'], ['SHE', 'f'], ['HIM', 'm'], ['HER', 'f']]);
const DYAD_NOUNS = new Set(['NATIONS', 'COUNTRIES', 'SIDES', 'GOVERNMENTS', 'STATES', 'NEIGHBORS', 'NEIGHBOURS']);
const MEDIA_NOUNS = new Set(['MEDIA', 'AGENCY', 'OUTLET', 'NEWSPAPER', 'BROADCASTER']);

/**
 * A word after which "It" is impersonal: any auxiliary but those of a subject that acts ("has", "will", "did" …: "It
 * has ordered …", "It will supply …"), so a form of "be" or a modal ("It is thought …", "It may be …"), or a verb of
 * seeming (impersonal-verbs.tsv: "It emerged that …").
 */
function isImpersonalVerb(next: Word | undefined): boolean {
  return next === undefined || (next.pos === 'AUX' && !['HAS', 'HAD', 'HAVE', 'WILL', 'WOULD', 'DID', 'DOES'].includes(next.key)) || impersonalVerbWords().has(next.key);
}

/** The organisations a sentence names before word i, outside quotations, that a later "the bank" may stand for. */
function organisationsNamed(mentions: Mention[], words: Word[], i: number): ActorPhrase[] {
  return mentions.flatMap((m) => (m.kind === 'actor' && m.entry.kind === 'organisation' && m.end <= i && !insideQuotation(words, m.start) ? [m.entry] : []));
}

/** "her" not before the noun it owns ("told her", not "her decision"). */
function isObjectPronoun(words: Word[], i: number): boolean {
  if (words[i]!.key === 'HIM') return true;
  const next = words[i + 1];
  return words[i]!.key === 'HER' && (next === undefined || next.punctBefore !== '' || !['NOUN', 'ADJ', 'PROPN', 'NUM', 'ADV'].includes(next.pos));
}

/**
 * The actor mentions of a sentence. `keep` drops mentions the sentence's context rules out before the people named
 * beside them take their roles from them ("Conservative opposition leader Mitsotakis": generic-party-names.ts).
 */
export function findMentions(words: Word[], lexicon: Lexicon, memory: DocumentMemory, keep: (found: Mention[]) => Mention[] = (found) => found): Mention[] {
  const { keys, raws } = wordForms(words);
  let mentions: Mention[] = [];
  // (The end of a company's name in wire copy's brackets, whose words are no roles.)
  let bracketUntil = 0;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    // "Elf Aquitaine <ELFP.PA>": a stock ticker in angle brackets names nobody ("PA" is no Palestinian Authority).
    const ticker = tickerEnd(words, i);
    if (ticker > i) {
      i = ticker;
      continue;
    }
    // "Culture Secretary Tessa Jowell said … and she accused …": a person named earlier in the sentence comes first.
    // ('"…," he added': a "he" outside a quotation stands for nobody named inside it, and, speaking, for the last speaker.)
    const quoted = PRONOUNS.has(w.key) ? insideQuotation(words, i) : false;
    const speaking = !quoted && (isReportingWord(words[i + 1]) || (i > 0 && isReportingWord(words[i - 1])));
    // ("she/he", "he/she": anyone, not a person named before.)
    const generic = w.punctBefore.includes('/') || (words[i + 1]?.punctBefore.includes('/') ?? false);
    // ("her decision": a possessive "her" is no object pronoun.)
    const resolvable = PRONOUNS.has(w.key) && w.pos === 'PRON' && !generic && (w.key !== 'HER' || isObjectPronoun(words, i));
    const referent = resolvable ? pronounReferent(PRONOUNS.get(w.key)!, personBefore(words, quoted ? mentions : mentions.filter((m) => !insideQuotation(words, m.start))), memory, speaking, !quoted && opensSentence(words, i)) : null;
    if (referent) {
      mentions.push({ kind: 'person-ref', start: i, end: i + 1, person: referent, via: `pronoun "${w.raw}"` });
      i++;
      continue;
    }
    // "Novartis bought Hexal. It also acquired Eon Labs": an "It" opening a sentence before a verb of its own ("It is
    // thought that …" is nobody) continues the last sentence's subject, when that was an organisation or a country.
    if (w.key === 'IT' && w.pos === 'PRON' && memory.lastThingSubject && opensSentence(words, i) && !insideQuotation(words, i) && !isImpersonalVerb(words[i + 1])) {
      const subject = memory.lastThingSubject;
      mentions.push({ kind: 'group-ref', start: i, end: i + 1, codes: [subject.code], names: [subject.name], via: `pronoun "${w.raw}" (the last sentence's subject, ${subject.name})` });
      i++;
      continue;
    }
    const dyad = w.key === 'THE' && keys[i + 1] === 'TWO' && DYAD_NOUNS.has(keys[i + 2] ?? '') ? dyadInFocus(memory) : null;
    if (dyad) {
      mentions.push({ kind: 'group-ref', start: i, end: i + 3, codes: dyad, names: [], via: 'the dyad in focus' });
      i += 3;
      continue;
    }
    if (w.key === 'THE' && MEDIA_NOUNS.has(keys[i + 1] ?? '') && memory.lastMedia) {
      mentions.push({ kind: 'group-ref', start: i, end: i + 2, codes: [memory.lastMedia.code], names: [memory.lastMedia.name], via: `the outlet named before (${memory.lastMedia.name})` });
      i += 2;
      continue;
    }
    // "The World Bank said … The Bank noted": an organisation named before, by the capitalised noun its name ends in.
    const named = w.key === 'THE' ? organisationNamedBefore(words, i, memory, lexicon, () => organisationsNamed(mentions, words, i)) : undefined;
    if (named) {
      mentions.push({ kind: 'group-ref', start: i, end: i + 2, codes: [named.code], names: [named.name], via: `the organisation named before (${named.name})` });
      i += 2;
      continue;
    }
    const otherGivenName = isOtherGivenName(words, i, lexicon);
    const actors = actorReadingsAt(words, i, lexicon, otherGivenName);
    // "<Japan Air Lines Co>", "<Wells Fargo Investment Advisors>": wire copy brackets a company's name; its words are
    // no roles ("Advisors", "General"), and a country or organisation opening it is the company's.
    const bracketed = bracketedCompany(words, i, actors);
    if (bracketed && 'mentions' in bracketed) {
      mentions.push(...bracketed.mentions);
      i = bracketed.end;
      continue;
    }
    if (bracketed) bracketUntil = bracketed.end;
    // "The National Union of Mineworkers": a name that opens with "The" ("The National", a newspaper) gives way to a
    // longer name starting on its next word.
    const actor = actors[0] !== undefined && opensLongerName(words, i, actors[0], lexicon) ? undefined : actors[0];
    const agent = lexicon.agents.matchAt(keys, raws, i)[0];
    const seen = memory.people.get(w.key);
    const actorLen = actor?.words.length ?? 0;
    const agentLen = agent?.words.length ?? 0;
    const holder = agent && !(actor && actorLen >= agentLen) && i > 0 && keys[i - 1] === 'THE' && keys[i + agentLen] !== 'OF' ? titleHolder(agent.words, memory) : null;
    // "Tory chairman Liam Fox … Dr Fox": a surname alone is first the person of that name the story named.
    const namedBefore = seen !== undefined && actor?.kind === 'person' && actorLen === 1 && seen.entry.name !== actor.name && !otherGivenName;
    // ("Belgian Finance Minister Mark Eyskens … Eyskens said" on a day none of his listed roles covers: the person as the
    // text titled him, not a former holder of the listed roles.)
    const titledBefore = seen !== undefined && actor?.kind === 'person' && seen.entry.name === actor.name && seen.entry !== actor && isTitledInText(seen.entry);
    if (namedBefore || titledBefore) {
      const length = titledBefore ? actorLen : 1;
      mentions.push({ kind: 'person-ref', start: i, end: i + length, person: seen, via: `${length > 1 ? 'name' : 'surname'} of ${seen.entry.name}${titledBefore ? ', as the text titled him or her before' : ''}` });
      i += length;
    } else if (actor && actorLen >= agentLen && isNewspaperName(words, i + actorLen, actor)) {
      // "The Beijing News said": a place and a newspaper's word name an outlet of the place's country.
      mentions.push({ kind: 'actor', start: i, end: i + actorLen + 1, alternatives: [], entry: newspaperOf(words, i, actor) });
      i += actorLen + 1;
    } else if (actor && actorLen >= agentLen) {
      // "Gillette Canada Inc", "Yamaichi International (Europe) Ltd": a country inside a company's name, before its
      // suffix, is where that company is; the company is the country's business (BUS), not the country.
      const alternatives = actors.filter((a) => a !== actor && a.words.length === actorLen);
      const previousEnd = mentions.at(-1)?.end ?? 0;
      const company = countryInCompanyName(words, i, actor, alternatives, previousEnd);
      // ("Inland Steel Co of the U.S.": a company's name before "of" and its country is that country's business.)
      const seatedCompany = company ? null : companyBeforeSeat(words, i, actor, previousEnd);
      if (seatedCompany === 'seat') {
        i += actorLen;
        continue;
      }
      if (seatedCompany) mentions.push(seatedCompany);
      mentions.push(...(company?.mentions ?? [{ kind: 'actor', start: i, end: i + actorLen, entry: actor, alternatives }]));
      i = company?.end ?? i + actorLen;
    } else if (holder) {
      // "Tony Blair … the prime minister": the office's holder named before, in that office (whatever the date).
      mentions.push({ kind: 'person-ref', start: i, end: i + agentLen, person: holder, via: `the ${raws.slice(i, i + agentLen).join(' ').toLowerCase()} named before (${holder.entry.name})` });
      i += agentLen;
    } else if (agent && i >= bracketUntil && !(agentLen === 1 && (isAbstractUse(words, i, mentions) || isAdjectiveUse(words, i) || isPartOfName(words, i, lexicon) || isThingModifier(words, i)))) {
      // "Shadow Constitutional Affairs Secretary": a government office shadowed is the opposition's.
      const shadow = i > 0 && words[i - 1]!.key === 'SHADOW' && words[i]!.punctBefore === '' && agent.code.startsWith('GOV') && mentions.at(-1)?.end !== i;
      // "Former Cabinet minister Clare Short": a former office holder is an elite (ELI), not the office.
      // ("former South African president Nelson Mandela": so is one whose country stands between "former" and the office.)
      const before = mentions.at(-1);
      const formerCountry = before?.end === i && before.kind === 'actor' && (before.entry.kind === 'adjective' || before.entry.kind === 'country') && before.start > 0 && words[before.start - 1]!.key === 'FORMER' && words[i]!.punctBefore === '';
      const former = ((i > 0 && words[i - 1]!.key === 'FORMER' && words[i]!.punctBefore === '' && before?.end !== i) || formerCountry) && /^(GOV|LEG|JUD|OPP|PTY)/.test(agent.code);
      // "Hospital Corp", "Swiss Bank Corp": a capitalised role word before a company's suffix names a company (BUS).
      const following = words[i + agentLen];
      const company = following !== undefined && following.punctBefore === '' && /^\p{Lu}/u.test(w.raw) && companySuffixWords().has(following.key) && agent.code !== 'BUS';
      if (company) mentions.push({ kind: 'agent', start: i, end: i + agentLen + 1, entry: { ...agent, code: 'BUS', words: [...agent.words, following.key], source: `${agent.source} before a company's suffix: a company (BUS)` } });
      else if (shadow) mentions.push({ kind: 'agent', start: i - 1, end: i + agentLen, entry: { ...agent, code: 'OPP', words: ['SHADOW', ...agent.words], source: `${agent.source} with "shadow" before it: the opposition (OPP)` } });
      else if (former) mentions.push({ kind: 'agent', start: formerCountry ? i : i - 1, end: i + agentLen, entry: { ...agent, code: 'ELI', words: formerCountry ? agent.words : ['FORMER', ...agent.words], source: `${agent.source} with "former" before it: a former office holder (ELI)` } });
      else {
        // ("Soviet Foreign Trade Minister", "Thai Commerce Ministry": a portfolio before the office is part of it.)
        const from = portfolioStart(words, i, agent.code, mentions, lexicon);
        const entry = from === i ? agent : { ...agent, words: [...keys.slice(from, i), ...agent.words], source: `${agent.source} with the portfolio "${raws.slice(from, i).join(' ')}" before it` };
        mentions.push({ kind: 'agent', start: from, end: i + agentLen, entry, ...(takesNoStoryCountry(words, from, i + agentLen, lexicon) && { noStoryCountry: true }) });
      }
      i += agentLen;
    } else if (seen && !otherGivenName && (w.pos === 'PROPN' || /^\p{Lu}/u.test(w.raw)) && !isGivenNameBeforeSurname(words, i, lexicon)) {
      mentions.push({ kind: 'person-ref', start: i, end: i + 1, person: seen, via: `surname of ${seen.entry.name}` });
      i++;
    } else i++;
  }
  mentions = keep(mentions);
  const named = namedPeople(words, mentions);
  return named.length === 0 ? mentions : [...mentions, ...named].sort((a, b) => a.start - b.start);
}

/** Whether resolveGroup may give more than one actor for `group`, on some date. */
export function mayResolveToSeveral(group: Group): boolean {
  return group.mentions.some(
    (m) =>
      (m.kind === 'group-ref' && m.codes.length >= 2) ||
      (m.kind === 'actor' && (m.entry.codes.some((c) => c.code.includes('/')) || m.alternatives.some((e) => e.codes.some((c) => c.code.includes('/'))))),
  );
}

/** The actors of a group on a date; `undated` when the date stands in for an article that has none. */
export function resolveGroup(group: Group, date: string | null, undated = false, preferred: readonly string[] = []): ResolvedActor[] {
  const sources: string[] = [];
  let person: ResolvedActor | null = null;
  let base: { code: string; name: string } | null = null;
  const agents: AgentPhrase[] = [];
  let named: string | undefined;
  let personCodes: readonly DatedCode[] | null = null;
  // Named in full ("Robin Cook", not "Cook" alone) or referred back to one named before.
  let personNamed = false;
  for (const m of group.mentions) {
    if (m.kind === 'name') {
      named = m.name;
      continue;
    }
    if (m.kind === 'group-ref') return m.codes.map((code, k) => ({ code, ...(m.names[k] && { name: m.names[k] }), refersTo: m.via, sources: [] }));
    if (m.kind === 'person-ref') {
      sources.push(m.person.entry.source);
      person = { code: personCodeOn(m.person.entry.codes, date, undated), name: m.person.entry.name, refersTo: m.via, sources };
      personCodes = m.person.entry.codes;
      personNamed = true;
      continue;
    }
    if (m.kind === 'agent') {
      agents.push(m.entry);
      sources.push(m.entry.source);
      continue;
    }
    // Of entries with the same words, the one valid on the date ("Moscow" is SUN's capital in 1956).
    // Of those, one of the countries the story is about ("Howard" in a story of Australia is John Howard).
    const valid = date ? [m.entry, ...m.alternatives].filter((e) => codeOn(e.codes, date, 'person')) : [];
    const entry = valid.find((e) => preferred.includes(codeOn(e.codes, date, 'person')!.code.slice(0, 3))) ?? valid[0] ?? m.entry;
    sources.push(entry.source);
    if (entry.kind === 'person') {
      person = { code: personCodeOn(entry.codes, date, undated), name: entry.name, sources };
      personCodes = entry.codes;
      personNamed = m.end - m.start >= 2;
      continue;
    }
    // ("the Moscow embassy": a city right before a body that stands abroad is where the body stands, not its owner.)
    if (entry.kind === 'capital' && locatedBodyFollows(group, m)) continue;
    const code = codeOn(entry.codes, date, entry.kind);
    // A capital stands for its government alone; beside a role it is where the role is ("police in Cairo",
    // "Beijing's military"): the role takes the capital's country.
    const ofCapital = entry.kind === 'capital' && group.mentions.some((x) => x.kind === 'agent') && code;
    if (!base && code) base = { code: ofCapital ? code.code.slice(0, 3) : code.code, name: entry.name };
    // ("the U.S. Federal Reserve Board": a body of the country named before it is the actor, not the country.)
    else if (base && code && !ofCapital && code.code.length > base.code.length && code.code.startsWith(base.code)) base = { code: code.code, name: entry.name };
  }
  // "former Prime Minister Shinzo Abe" (a lawmaker still in 2022): the text names the person as a former office
  // holder, an elite (ELI) of their country.
  const personCountry = countryOf(person?.code ?? null);
  if (person && personCountry && agents.length > 0 && agents.every((a) => a.code === 'ELI')) return [{ ...person, code: personCountry + 'ELI', sources: [...sources] }];
  if (person?.code) return [person];
  // "Environment Secretary Margaret Beckett" on a day none of her listed roles covers: the title the text
  // gives her, in the one country all her roles are of.
  if (!base && person && personCodes && agents.length > 0) {
    const country = countryOf(sharedCountry(personCodes));
    if (country) base = { code: country, name: person.name ?? country };
  }
  if (!base && person && personCodes && personNamed && !undated && agents.length === 0) {
    const former = formerHolderCode(personCodes, date);
    if (former) return [{ ...person, code: former, refersTo: person.refersTo ?? 'a former holder of the roles listed (elite, ELI)' }];
  }
  if (!base) return person ? [person] : [];
  const agent = agents[0];
  const name = person?.name ?? named ?? base.name;
  // A PETRARCH code "FRO/BIL/SAM" names several actors. An agent adds its sector to a bare country
  // ("JPN" + "LEG"); a code that has a sector already keeps it.
  return base.code.split('/').map((one) => ({
    code: agent && one.length === 3 ? (agent.attach === 'suffix' ? one + agent.code : agent.code + one) : one,
    name,
    sources,
  }));
}

export function resolveSlot(slot: Slot, date: string | null, storyCountry: string | null = null, undated = false, preferred: readonly string[] = [], storyCountryWhy?: string): { g: Group; r: ResolvedActor }[] {
  const resolved = slot.groups.map((g) => ({ g, actors: resolveGroup(g, date, undated, preferred.length > 0 ? preferred : storyCountry ? [storyCountry] : []) }));
  const listed = resolved.flatMap((x) => x.actors).map((a) => countryOf(a.code)).find((c) => c !== null) ?? null;
  const country = listed ?? storyCountry;
  const why = listed ? 'the country of the actor it is listed with' : (storyCountryWhy ?? `the country the story is about (${storyCountry})`);
  return resolved.flatMap(({ g, actors }) => {
    const agentMention = g.mentions.find((m): m is Extract<Mention, { kind: 'agent' }> => m.kind === 'agent');
    if (actors.length > 0 || !country || !agentMention || agentMention.noStoryCountry || !g.mentions.every((m) => m.kind === 'agent' || m.kind === 'name')) return actors.map((r) => ({ g, r }));
    const agent = agentMention.entry;
    const code = agent.attach === 'suffix' ? country + agent.code : agent.code + country;
    const name = g.mentions.find((m): m is Extract<Mention, { kind: 'name' }> => m.kind === 'name')?.name;
    return [{ g, r: { code, ...(name && { name }), refersTo: why, sources: [agent.source] } }];
  });
}

/**
 * The country a story is about, so far: the country of most of the actors named up to here, when it is at
 * least two of them and three in five. A story of several countries has none.
 */
export class StoryCountry {
  private readonly counts = new Map<string, number>();
  private total = 0;

  add(code: string | null): void {
    const country = countryOf(code);
    if (!country) return;
    this.counts.set(country, (this.counts.get(country) ?? 0) + 1);
    this.total++;
  }

  /** Every country the story has named so far. */
  seen(): string[] {
    return [...this.counts.keys()];
  }

  get(): string | null {
    let best: string | null = null;
    let n = 0;
    for (const [country, count] of this.counts) if (count > n) [best, n] = [country, count];
    return n >= 2 && n * 5 >= this.total * 3 ? best : null;
  }
}

/** Whether the mention is followed right away, in its group, by an agent naming a body that stands abroad ("embassy"). */
function locatedBodyFollows(group: Group, mention: Mention): boolean {
  const next = group.mentions.find((x) => x.start === mention.end);
  return next !== undefined && next.kind === 'agent' && next.entry.words.length === 1 && locatedBodyWords().has(next.entry.words[0]!);
}
