import type { Sentence, Span } from '../document/document.js';
import type { CodedEvent, EventPlace } from '../document/annotations.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { eventCode } from './cameo.js';
import { eventDate, type EventDate } from './event-date.js';
import { anyBodyRoleWords, isBodyRole, oneSidedVerbWords, ownPossessiveWords, pressEventPhrases, type CoderDictionaries } from './dictionaries.js';
import { mayResolveToSeveral, resolveSlot, type Group, type Slot } from './sentence-actors.js';
import { isStandIn } from './sentence-places.js';
import { namesPerson } from './named-people.js';
import { intentCode, type Reading } from './reading.js';
import { canonicalWord } from './lexicon.js';
import { wordBeforePhrase, type Word } from './words.js';

// From a reading of a verb to events: the reading's date, its actors resolved on that date, the pairs of actors the
// rules keep (no self-directed pair, no country against its own body, no outlet as a statement's target …), and
// the event each pair is, with the evidence that produced it. Called by coder.ts for each reading of a sentence.

/** What resolving a reading needs to know of its sentence and story. */
export interface ReadingSetting {
  text: string;
  sentence: Sentence;
  sentenceIndex: number;
  words: Word[];
  layer: SyntaxLayer;
  articleDate: string | null;
  /** The article's date, else the day of the analysis. */
  resolutionDate: string;
  /** The country the story is about so far, if any. */
  storyCountry: string | null;
  /** The countries the sentence and the story are about, to choose among people of one name. */
  sentenceCountries: string[];
  dictionaries: CoderDictionaries;
  /** Whether an earlier sentence of the paragraph speaks of an earlier time (asked only when needed: it dates them). */
  paragraphEarlier: () => boolean;
  /** The verb dictionary's file name, for the evidence. */
  verbsFile: string;
}

/** A reading's dated, resolved pairs of actors: what events it gives, after the rules that drop a pair. */
export function resolveReading(reading: Reading, at: ReadingSetting): ResolvedReading {
  const { words, dictionaries, articleDate } = at;
  const { hit, source, target } = reading;
  const trigger: Span = { start: words[hit.at]!.start, end: words[hit.end - 1]!.end };
  const own = eventDate(at.text, at.sentence, trigger, articleDate, at.layer, (word) => dictionaries.modality.get(canonicalWord(word)));
  const dated: EventDate = own.rule === 'article date' && at.paragraphEarlier() ? { date: null, precision: null, rule: 'no date: the paragraph speaks of an earlier time' } : own;
  const when = datePoint(dated, articleDate) ?? at.resolutionDate;
  // (Undated only when the event's date is the stand-in: a date of its own settles who held which office.)
  const standIn = !articleDate && dated.date === null;
  // ("Balladur said the government awarded …": a bare role in what a speaker says is the speaker's country's; "Iran said
  // its forces launched attacks": so is the frame's own target owned by the speaker.)
  const speakerWhy = (country: string | undefined) => (country ? `the country of the speaker who says it (${country})` : undefined);
  const sourceActors = resolveSlot(source, when, reading.speakerCountry ?? at.storyCountry, standIn, at.sentenceCountries, speakerWhy(reading.speakerCountry));
  const targetCountry = reading.contentCountry ?? reading.speakerCountry;
  const targetActors = target ? resolveSlot(target, when, targetCountry ?? at.storyCountry, standIn, at.sentenceCountries, speakerWhy(targetCountry)) : [];
  const pairs: ActorPair[] = [];
  if (targetActors.length > 0) {
    for (const s of sourceActors) for (const t of targetActors) {
      if (reading.forward) pairs.push({ s, t, code: reading.forward, mutual: false, verbal: false });
      if (reading.reverse) pairs.push({ s: t, t: s, code: reading.reverse, mutual: false, verbal: false });
    }
  } else if (!reading.withPartner && sourceActors.length >= 2 && isMutualAct(reading, dictionaries, words) && !isAlternativeList(words, source)) {
    // "The Soviet Union and Japan signed a declaration": each with the other. (Not when the verb names a partner
    // that is no actor: "Venezuela, Chile and the Philippines have struck agreement with commercial banks".)
    const members = organisationAndItsMembers(words, source, sourceActors) ? sourceActors.filter((a) => a.g !== source.groups[0]) : sourceActors;
    // ("The GCC states -- the UAE, Saudi Arabia, Bahrain, Qatar, Oman and Kuwait -- have agreed": more than three acting
    // together is one multilateral act, not a dyad for every pair; six gave thirty events.)
    if (members.length <= MAX_MUTUAL_PARTIES) for (const s of members) for (const t of members) if (s !== t) pairs.push({ s, t, code: reading.forward, mutual: true, verbal: false });
  }
  return { trigger, dated, pairs: pairs.flatMap((pair) => keptPair(pair, words, dictionaries)) };
}

/** The most actors a mutual act is coded among, each with each: three give six events; more are a multilateral act. */
const MAX_MUTUAL_PARTIES = 3;

/** A pair as the rules keep it (recoded where force between political actors of one country is words), or none. */
function keptPair(pair: ActorPair, words: Word[], dictionaries: CoderDictionaries): ActorPair[] {
  const { s, t } = pair;
  if (!isCode(pair.code) || !s.r.code || !t.r.code || s.r.code === t.r.code) return [];
  // "Kennedy defended his party's plans": a bare role after "his" is the actor's own side, not a second actor.
  if (isOwnBody(words, s.g) || isOwnBody(words, t.g)) return [];
  // ("Russian troops shelled Kharkiv", "he flew to Basra": a city stands for its country only as where force strikes or
  // a visit goes; never as who acts, nor as whom words or deals are with: "Manchester agreed …", "said Houston was …".)
  if (isStandIn(s.g) || (isStandIn(t.g) && !PLACE_TARGET_CODES.test(pair.code))) return [];
  const verbal = isVerbalForce(pair.code, s.r.code, t.r.code, dictionaries.politicalSectors);
  // "the ideological turmoil in the U.S. … helped foster distrust of government", "The Venezuelan company … to
  // supply Venezuelan crude", "Japan's Sumitomo … the bank": a country as a whole and a body of its own are one
  // side, the setting or the body's side, not a second actor. (Not force recoded as criticism: "Howard launched an
  // attack on Britain's asylum system" criticises its owner; nor a person an undated article codes by the
  // country alone: "Blair criticised the Tories".)
  // (But a body's conflict with its own country named as a state is no setting: "Yukos sued Russia", "Japanese banks
  // criticised Japan".)
  if (!verbal && (isCountryOfOtherSide(s, t.r.code) || (isCountryOfOtherSide(t, s.r.code) && !conflictWithState(pair.code, words, t.g)))) return [];
  const code = verbal ? '111' : pair.code;
  // "told Kyodo", "told reporters": the listener of a statement is its channel, not its target; "…, Reuters
  // says", "the Financial Times reported": an outlet's plain statement is the report's provenance, not an event.
  // ("Speaking to reporters after …", "talked to the BBC": a news outlet is a consultation's channel as well, and
  // of an intention voiced to it: "officials suggested to reporters that the ceiling will be lowered".)
  if ((code.startsWith('01') || code.startsWith('03') || code === '040' || code === '041') && (/MED$/.test(t.r.code) || /MED$/.test(s.r.code))) return [];
  // ("told a Pentagon news conference": the host of an event for the press is no listener; press-events.tsv.)
  if (code.startsWith('01') && hostsPressEvent(words, t.g)) return [];
  // ("A spokesman said the company's decision …", "Nissan is negotiating a deal, the spokeswoman said": a bare role
  // every body has, saying something of a body, speaks for it; any-body-roles.tsv.)
  if (code.startsWith('01') && speaksForBody(words, s.g, t.g)) return [];
  // ("A Conservative spokeswoman said the party stuck to the rules": a political actor's statement of a bare "party"
  // is of its own party.)
  if (code.startsWith('01') && isBareParty(words, t.g) && /(OPP|GOV|PTY)$/.test(s.r.code)) return [];
  return [{ ...pair, code, verbal, dictionaryCode: pair.code }];
}

/**
 * Whether the source is a bare role every body has ("a spokesman": its words alone) and the target a body (an
 * organisation or a company), or a role of a kind of body ("a bank spokesman") and the target a body of that kind.
 */
function speaksForBody(words: Word[], source: Group, target: Group): boolean {
  const last = source.mentions.at(-1);
  if (!last || last.kind !== 'agent' || source.mentions.some((m) => m.kind !== 'agent')) return false;
  const role = words[last.end - 1]!.key;
  if (!isBodyRole(role)) return false;
  // ("Taiwan's Central Bank will issue bonds, a bank spokesman told Reuters": where the kind of body the spokesman's is
  // is named by a word of the body spoken of, the spokesman is that body's.)
  const kinds = new Set(words.slice(source.mentions[0]!.start, last.end - 1).map((w) => w.key));
  if (kinds.size > 0) return words.slice(target.start, target.end).some((w) => kinds.has(w.key));
  // (A bare official is the government's: "said one official" of the banks he inspects.)
  if (!anyBodyRoleWords().has(role)) return false;
  return target.mentions.some((m) => (m.kind === 'actor' && m.entry.kind === 'organisation') || (m.kind === 'agent' && m.entry.code === 'BUS'));
}


/** Whether the group is a party named by its lower-case role word alone ("the party"; not "… National Party"). */
function isBareParty(words: Word[], group: Group): boolean {
  const last = group.mentions.at(-1);
  return last?.kind === 'agent' && last.entry.code === 'PTY' && group.mentions.every((m) => m.kind === 'agent') && /^\p{Ll}/u.test(words[last.start]!.raw);
}

/** Whether the group names the host of an event for the press: "a Pentagon news conference", "a White House briefing". */
function hostsPressEvent(words: Word[], g: { end: number }): boolean {
  const phrases = pressEventPhrases();
  for (let at = g.end; at < Math.min(words.length, g.end + 3); at++) {
    const one = words[at]!;
    if (one.punctBefore !== '') return false;
    const two = words[at + 1];
    if (phrases.has(one.key) || (two && two.punctBefore === '' && phrases.has(`${one.key} ${two.key}`))) return true;
    if (one.pos !== 'NOUN' && one.pos !== 'PROPN') return false;
  }
  return false;
}

/** CAMEO roots of acts, not words: consultation and cooperation (04–09), and conflict (15–20). */
const MATERIAL_ROOTS = new Set(['04', '05', '06', '07', '08', '09', '15', '16', '17', '18', '19', '20']);

/** The event a kept pair is (its id and its symmetric twin are the caller's to set), with the evidence that produced it. */
export function eventOf(pair: ActorPair, reading: Reading, resolved: ResolvedReading, location: EventPlace | null, at: ReadingSetting): CodedEvent {
  const { text, sentence, words } = at;
  const { s, t, code, verbal } = pair;
  const { hit, match } = reading;
  const { trigger, dated } = resolved;
  const spanOf = (from: number, to: number): Span => ({ start: words[from]!.start, end: words[to - 1]!.end });
  const sSpan = spanOf(s.g.start, s.g.end);
  const tSpan = spanOf(t.g.start, t.g.end);
  // "U.S. and Japanese officials meet tomorrow": an act told as done but dated after the article's day is coming. (Not
  // a statement, an appeal, a demand, a threat …: words are said now, whatever the date of what they are about.)
  // (A month or a year after the article's too: "when he visits Washington next month".)
  const coming = reading.modality === 'actual' && MATERIAL_ROOTS.has(code.slice(0, 2)) && at.articleDate !== null && dated.date !== null && dated.date > at.articleDate.slice(0, dated.date.length);
  const codeAsTold = coming ? intentCode(code) : code;
  return {
    id: '',
    code: codeAsTold,
    root: codeAsTold.slice(0, 2),
    ...codeInfo(codeAsTold),
    modality: coming ? 'intent' : reading.modality,
    date: dated.date,
    datePrecision: dated.precision,
    source: { text: text.slice(sSpan.start, sSpan.end), span: sSpan, actor: s.r.code, ...(s.r.name && { name: s.r.name }), ...(s.r.refersTo && { refersTo: s.r.refersTo }) },
    target: { text: text.slice(tSpan.start, tSpan.end), span: tSpan, actor: t.r.code, ...(t.r.name && { name: t.r.name }), ...(t.r.refersTo && { refersTo: t.r.refersTo }) },
    location,
    sentence: at.sentenceIndex,
    span: trigger,
    evidence: {
      sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
      trigger: { text: text.slice(trigger.start, trigger.end), span: trigger },
      verbBlock: `${hit.form.block.name} [${hit.form.block.code}] (${at.verbsFile}:${hit.form.block.line})`,
      pattern: match ? { text: match.pattern.text, code: match.pattern.code, source: `${at.verbsFile}:${match.pattern.line}` } : null,
      dictionary: [...new Set([...s.r.sources, ...t.r.sources])],
      date: dated.rule + (dated.date === null && !at.articleDate ? `; actors resolved on the analysis date ${at.resolutionDate}` : ''),
      modality: coming ? `dated after the article (${dated.date}): told as coming` : reading.modalityWhy,
      ...(verbal && { recoded: `${pair.dictionaryCode} between political actors of one country is criticism (111): data/lexicon/political-sectors.tsv` }),
      ...(reading.relations.length > 0 && { roles: reading.relations }),
    },
    provenance: [],
  };
}

/** Whether a reading can give an event: a code for the pair it names, or a mutual code and several actors. */
export function emits(reading: Reading, dictionaries: CoderDictionaries, words: Word[]): boolean {
  const { source, target } = reading;
  const forward = isCode(reading.forward) ? reading.forward : '';
  const reverse = isCode(reading.reverse) ? reading.reverse : '';
  if (target) return !!forward || !!reverse;
  // Without a target an event needs two source actors, and one group gives several only through a group
  // reference or a code naming several ("FRO/BIL").
  return isMutualAct(reading, dictionaries, words) && (source.groups.length >= 2 || mayResolveToSeveral(source.groups[0]!));
}

/**
 * A mutual code ("met", "signed") by a verb that is not one each subject does on its own ("attended", "joined"), or
 * a pattern that says its actor is a compound whose members act with each other ("% HAVE * [191]": "Gondor and
 * Osgiliath have delayed their meeting").
 */
export function isMutualAct(reading: Reading, dictionaries: CoderDictionaries, words: Word[]): boolean {
  if (!reading.forward || !isCode(reading.forward)) return false;
  if (reading.match?.compound !== undefined) return true;
  return isSymmetric(reading.forward, dictionaries) && !oneSidedVerbWords().has(words[reading.hit.at]!.key);
}

/** "Indonesia, Sri Lanka or the Maldives": actors listed with "or" are alternatives, never partners of one act. */
function isAlternativeList(words: Word[], slot: Slot): boolean {
  return words.slice(slot.start, slot.end).some((w) => w.key === 'OR' || w.key === 'NOR');
}

/**
 * "The leaders of the G-7, the United States, Britain, …, West Germany, are expected to discuss …": a list set off
 * by commas after an organisation names its members. The organisation and its members are one side of the act,
 * never a dyad of their own (the members are each other's counterparts).
 */
function organisationAndItsMembers(words: Word[], slot: Slot, actors: { g: Group; r: { code: string | null } }[]): boolean {
  const groups = slot.groups;
  if (groups.length < 3) return false;
  const [first, second] = groups as [Group, Group];
  const last = groups[groups.length - 1]!;
  // Set off by commas on both sides: "the G-7, the United States, …, West Germany, are" (a word's punctBefore).
  if (second.start !== first.end + (words[first.end]?.key === 'THE' ? 1 : 0) || !words[first.end]?.punctBefore.includes(',') || !words[last.end]?.punctBefore.startsWith(',')) return false;
  const organisation = actors.filter((a) => a.g === first).map((a) => a.r.code ?? '');
  return organisation.length > 0 && organisation.every((code) => /^(IGO|NGO|IMG|MNC)/.test(code));
}

const FORCE_ROOTS = new Set(['18', '19', '20']);

/** A force code between two political actors of one country ("Labour attacked the Tories"): words, not force. */
function isVerbalForce(code: string, source: string, target: string, political: Set<string>): boolean {
  if (!FORCE_ROOTS.has(code.slice(0, 2)) || source.slice(0, 3) !== target.slice(0, 3)) return false;
  const sectors = (actor: string) => (actor.slice(3).match(/.{3}/g) ?? []);
  const politicalOnly = (actor: string) => sectors(actor).length > 0 && sectors(actor).every((x) => political.has(x));
  // (Or its own country, named bare: "Howard launched an attack on the cost of Britain's asylum system".)
  return politicalOnly(source) && (politicalOnly(target) || sectors(target).length === 0);
}

/** A block's null code "---" codes nothing. */
export const isCode = (code: string | undefined): code is string => code !== undefined && /^\d{2,4}$/.test(code);

function isSymmetric(code: string, dictionaries: CoderDictionaries): boolean {
  return dictionaries.symmetricCodes.some((c) => code.startsWith(c));
}

export function datePoint(date: EventDate, articleDate: string | null): string | null {
  if (!date.date) return articleDate;
  if (date.precision === 'year') return `${date.date}-07-01`;
  if (date.precision === 'month') return `${date.date}-15`;
  return date.date;
}

/** One side of an event as resolved: the group and its actor. */
type ResolvedSide = ReturnType<typeof resolveSlot>[number];

/** A source and a target an event is coded between; `dictionaryCode` before a recoding (`verbal`: force between political actors of one country is criticism). */
export interface ActorPair {
  s: ResolvedSide;
  t: ResolvedSide;
  code: string;
  mutual: boolean;
  verbal: boolean;
  dictionaryCode?: string;
}

/** What a reading gives: its trigger, its date, and the pairs of actors left after the rules that drop a pair. */
export interface ResolvedReading {
  trigger: Span;
  dated: EventDate;
  pairs: ActorPair[];
}

/**
 * "his party", "their government": a group of one singular role only, after a possessive determiner of the third
 * person. (Not "his leaders": members of the actor's side are actors of their own, "clashed with his leaders".)
 */
function isOwnBody(words: Word[], group: Group): boolean {
  const lastRole = [...group.mentions].reverse().find((m) => m.kind === 'agent');
  const plural = lastRole !== undefined && /[^S]S$/.test(words[lastRole.end - 1]!.key);
  // ("its embassy in Beirut": the place a body of one's own stands in is no owner of it.)
  const placed = (m: (typeof group.mentions)[number]) => m.kind === 'actor' && (m.entry.kind === 'capital' || m.entry.kind === 'country') && m.start > 0 && words[m.start - 1]!.key === 'IN';
  return group.start > 0 && !plural && ownPossessiveWords().has(words[group.start - 1]!.key) && group.mentions.some((m) => m.kind === 'agent') && group.mentions.every((m) => m.kind === 'agent' || placed(m));
}

/** A side coded as a country alone ("the U.S.", "Brazil", "Japan's Sumitomo"), not as a person, the other side a body of that country. */
function isCountryOfOtherSide(side: { g: Group; r: { code: string | null } }, other: string | null): boolean {
  const code = side.r.code ?? '';
  return code.length === 3 && other !== null && other.length > 3 && other.startsWith(code) && !namesPerson(side.g);
}

/**
 * A conflictual code (roots 11-20) whose target is a country named alone as a verb's object ("sued Russia", "attack
 * the UK"): not a modifier ("Russian oil", "U.S. consumption", "Dutch-based", "Russia's"), nor a place ("in northern Chad").
 */
function conflictWithState(code: string, words: Word[], target: Group): boolean {
  if (!/^(1[1-9]|20)/.test(code) || target.end - target.start !== 1) return false;
  const country = words[target.start]!;
  const next = words[target.end];
  // (Nor the subject of a clause the verb reports: "warned Argentina may break off talks".)
  if (country.pos !== 'PROPN' || country.possessive || (next && (next.punctBefore === '-' || (!next.punctBefore && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB', 'AUX'].includes(next.pos))))) return false;
  const verb = wordBeforePhrase(words, target.start);
  return verb !== undefined && verb.pos === 'VERB' && !country.punctBefore && !words[target.start - 1]!.punctBefore;
}

function codeInfo(code: string): Pick<CodedEvent, 'name' | 'goldstein' | 'quadClass' | 'plover'> {
  try {
    const info = eventCode(code);
    return { name: info.name, goldstein: info.goldstein, quadClass: info.quadClass, plover: info.plover };
  } catch {
    // A user's dictionary may use codes outside CAMEO (the PETRARCH suite's WEIS codes): kept, without scores.
    return { name: null, goldstein: null, quadClass: null, plover: null };
  }
}

/** Codes a city may be the target of: a visit (042-044, 036 when intended), force (18-20). */
const PLACE_TARGET_CODES = /^(04[234]|036|18|19|20)/;
