import { readFileSync } from 'node:fs';
import type { AnnalsDocument, Sentence, Span } from '../document/document.js';
import { dataPath, readDataRows } from '../data/files.js';
import {
  readActorDictionary,
  readAgentDictionary,
  readDiscardDictionary,
  readVerbDictionary,
  type DictionaryWarning,
} from '../dictionaries/petrarch/index.js';
import { eventCode } from './cameo.js';
import { eventDate, type EventDate } from './event-date.js';
import { annalsLexicon, codeOn, withPetrarchDictionaries, type ActorPhrase, type AgentPhrase, type Lexicon, type PlacePhrase } from './lexicon.js';
import { indexVerbs, matchPatterns, type ClauseView, type VerbForm, type VerbIndex } from './verb-patterns.js';
import { sentenceWords, type Word } from './words.js';

// The CAMEO coder. For each sentence: find actor mentions (dictionary phrases, composed: "Japanese" +
// "lawmaker" → JPNLEG), group them into actor slots (with compounds: "the Soviet Union and Japan"), find
// verbs of the verb dictionary, match the verb's patterns in its clause, take the subject before the verb
// as source (the agent after "by" in the passive) and the first actor after it as target, and give the
// event its modality, its own date, its place and the evidence that produced it.

export type Modality = 'actual' | 'intent' | 'hypothetical' | 'negated';

export interface CoderDictionaries {
  lexicon: Lexicon;
  verbs: VerbIndex;
  modality: Map<string, 'intent' | 'hypothetical' | 'negation'>;
  warnings: DictionaryWarning[];
}

export interface EventActor {
  text: string;
  span: Span;
  actor: string | null;
  name?: string;
}

export interface EventPlace {
  name: string;
  span: Span;
  lat: number;
  lon: number;
  countries: string[];
}

export interface CodedEvent {
  id: string;
  code: string;
  root: string;
  name: string | null;
  goldstein: number | null;
  quadClass: number | null;
  plover: { type: string; mode: string | null } | null;
  modality: Modality;
  date: string | null;
  datePrecision: EventDate['precision'];
  source: EventActor;
  target: EventActor;
  location: EventPlace | null;
  /** Index into the document's sentences. */
  sentence: number;
  /** The trigger (the verb) as offsets into the text. */
  span: Span;
  evidence: {
    sentence: { start: number; end: number; text: string };
    trigger: { text: string; span: Span };
    verbBlock: string;
    pattern: { text: string; code: string; source: string } | null;
    dictionary: string[];
    date: string;
    modality: string;
  };
  provenance: unknown[];
  /** Every mention of the event when it is mentioned more than once (the headline restating the lede), this one included. */
  mentions?: { sentence: number; span: Span }[];
}

export interface Entity {
  text: string;
  span: Span;
  type: 'actor' | 'place';
  actor?: string | null;
  name?: string;
  refersTo?: string;
  sources: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Dictionaries

let defaultLexicon: Lexicon | null = null;
let defaultVerbs: { index: VerbIndex; warnings: DictionaryWarning[] } | null = null;
let modality: CoderDictionaries['modality'] | null = null;

function modalityLexicon(): CoderDictionaries['modality'] {
  if (!modality) {
    modality = new Map();
    for (const [word, kind] of readDataRows('lexicon/modality.tsv')) {
      if (word && (kind === 'intent' || kind === 'hypothetical' || kind === 'negation')) modality.set(word, kind);
    }
  }
  return modality;
}

function builtinVerbs(): { index: VerbIndex; warnings: DictionaryWarning[] } {
  if (!defaultVerbs) {
    const verbs = readVerbDictionary(readFileSync(dataPath('dictionaries/verbs.txt'), 'utf8'), 'dictionaries/verbs.txt');
    defaultVerbs = { index: indexVerbs(verbs), warnings: verbs.warnings };
  }
  return defaultVerbs;
}

/** Annals' built-in dictionaries, each loaded once. */
export function defaultDictionaries(): CoderDictionaries {
  defaultLexicon ??= annalsLexicon();
  const verbs = builtinVerbs();
  return { lexicon: defaultLexicon, verbs: verbs.index, modality: modalityLexicon(), warnings: verbs.warnings };
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
    verbs: verbs ? indexVerbs(verbs) : builtin!.index,
    modality: modalityLexicon(),
    warnings: [...(actors?.warnings ?? []), ...(agents?.warnings ?? []), ...(discards?.warnings ?? []), ...(verbs?.warnings ?? builtin!.warnings)],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Mentions and actor slots

type Mention =
  | { kind: 'actor'; start: number; end: number; entry: ActorPhrase; /** Same words, other entries: "Moscow" of SUN and of RUS. */ alternatives: ActorPhrase[] }
  | { kind: 'agent'; start: number; end: number; entry: AgentPhrase }
  | { kind: 'person-ref'; start: number; end: number; person: PersonSeen; via: string }
  | { kind: 'group-ref'; start: number; end: number; codes: string[]; names: string[]; via: string };

interface PersonSeen {
  entry: ActorPhrase;
  /** The full name's last word, by which later mentions may refer to the person. */
  surname: string;
}

/** One actor as it stands in the sentence: words [start, end) and how its code is made. */
interface Group {
  start: number;
  end: number;
  mentions: Mention[];
}

/** Actors standing together as one participant: "the Soviet Union and Japan". */
interface Slot {
  start: number;
  end: number;
  groups: Group[];
}

interface ResolvedActor {
  code: string | null;
  name?: string;
  refersTo?: string;
  sources: string[];
}

/** What the coder remembers across the sentences of one document (for coreference). */
interface DocumentMemory {
  people: Map<string, PersonSeen>;
  lastPerson: PersonSeen | null;
  lastCountries: string[];
  lastMedia: { code: string; name: string } | null;
}

const PRONOUNS = new Set(['HE', 'SHE']);
const DYAD_NOUNS = new Set(['NATIONS', 'COUNTRIES', 'SIDES', 'GOVERNMENTS', 'STATES', 'NEIGHBORS', 'NEIGHBOURS']);
const MEDIA_NOUNS = new Set(['MEDIA', 'AGENCY', 'OUTLET', 'NEWSPAPER', 'BROADCASTER']);

/** The canonical and written forms of a sentence's words, made once for every matcher that reads them. */
const forms = new WeakMap<readonly Word[], { keys: string[]; raws: string[] }>();
function wordForms(words: readonly Word[]): { keys: string[]; raws: string[] } {
  let f = forms.get(words);
  if (!f) forms.set(words, (f = { keys: words.map((w) => w.key), raws: words.map((w) => w.raw) }));
  return f;
}

function findMentions(words: Word[], lexicon: Lexicon, memory: DocumentMemory): Mention[] {
  const { keys, raws } = wordForms(words);
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (PRONOUNS.has(w.key) && memory.lastPerson && w.pos === 'PRON') {
      mentions.push({ kind: 'person-ref', start: i, end: i + 1, person: memory.lastPerson, via: `pronoun "${w.raw}"` });
      i++;
      continue;
    }
    if (w.key === 'THE' && keys[i + 1] === 'TWO' && DYAD_NOUNS.has(keys[i + 2] ?? '') && memory.lastCountries.length >= 2) {
      mentions.push({ kind: 'group-ref', start: i, end: i + 3, codes: memory.lastCountries.slice(-2), names: [], via: 'the dyad in focus' });
      i += 3;
      continue;
    }
    if (w.key === 'THE' && MEDIA_NOUNS.has(keys[i + 1] ?? '') && memory.lastMedia) {
      mentions.push({ kind: 'group-ref', start: i, end: i + 2, codes: [memory.lastMedia.code], names: [memory.lastMedia.name], via: `the outlet named before (${memory.lastMedia.name})` });
      i += 2;
      continue;
    }
    const actors = lexicon.actors.matchAt(keys, raws, i);
    const actor = actors[0];
    const agent = lexicon.agents.matchAt(keys, raws, i)[0];
    const seen = memory.people.get(w.key);
    const actorLen = actor?.words.length ?? 0;
    const agentLen = agent?.words.length ?? 0;
    if (actor && actorLen >= agentLen) {
      mentions.push({ kind: 'actor', start: i, end: i + actorLen, entry: actor, alternatives: actors.filter((a) => a !== actor && a.words.length === actorLen) });
      i += actorLen;
    } else if (agent) {
      mentions.push({ kind: 'agent', start: i, end: i + agentLen, entry: agent });
      i += agentLen;
    } else if (seen && (w.pos === 'PROPN' || /^\p{Lu}/u.test(w.raw))) {
      mentions.push({ kind: 'person-ref', start: i, end: i + 1, person: seen, via: `surname of ${seen.entry.name}` });
      i++;
    } else i++;
  }
  return mentions;
}

const LINKS = new Set(['OF', 'FROM', 'IN']);
const LIST_WORDS = new Set(['AND', 'OR', 'NOR', 'NEITHER', 'BOTH', 'THE', 'A', 'AN']);

/** Adjacent mentions form one actor ("Japanese" "Prime Minister" "Fumio Kishida"); "soldiers from Gondor" too. */
function groupMentions(words: Word[], mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    if (last) {
      const joined = m.start === last.end && (words[m.start]!.punctBefore === '' || words[last.end - 1]!.possessive);
      const agentOnly = last.mentions.every((x) => x.kind === 'agent');
      const linked =
        agentOnly && m.kind !== 'agent' && LINKS.has(words[last.end]?.key ?? '') &&
        (m.start === last.end + 1 || (m.start === last.end + 2 && words[last.end + 1]!.key === 'THE'));
      // "Ithilen's awful and evil minister": a possessor, then describing words, then a role.
      const possessed =
        m.kind === 'agent' && words[last.end - 1]!.possessive &&
        words.slice(last.end, m.start).every((w) => w.pos === 'ADJ' || w.key === 'AND');
      // "Prime Minister Falastur": a name after a role belongs to the same actor.
      const named = joined && last.mentions[last.mentions.length - 1]!.kind === 'agent';
      if ((joined && (named || !hasBase(last, m))) || linked || possessed) {
        last.mentions.push(m);
        last.end = m.end;
        continue;
      }
    }
    groups.push({ start: m.start, end: m.end, mentions: [m] });
  }
  return groups;
}

/** A second country or organisation next to the first starts a new actor ("Japanese-Soviet"). */
function hasBase(group: Group, next: Mention): boolean {
  const isBase = (m: Mention) => m.kind === 'actor' && m.entry.kind !== 'person';
  return isBase(next) && group.mentions.some(isBase) && !(next.kind === 'actor' && next.entry.kind === 'organisation' && group.mentions.every((m) => m.kind === 'actor' && m.entry.kind !== 'organisation'));
}

/** A country adjective standing alone before a noun ("Japanese sovereignty") modifies it: it is not an actor. */
function isModifier(words: Word[], group: Group): boolean {
  if (group.mentions.length !== 1) return false;
  const m = group.mentions[0]!;
  if (m.kind !== 'actor') return false;
  const next = words[group.end];
  const nounFollows = next !== undefined && /^-?$/.test(next.punctBefore) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  // Only Annals' own adjectives: a user's PETRARCH dictionary decides itself what a phrase codes.
  return m.entry.kind === 'adjective' && nounFollows;
}

/** How group `b` follows group `a` in a list: 'and' ("A and B", "A, and the evil B"), 'comma' ("A, B"), or null. */
function listLink(words: Word[], a: Group, b: Group): 'and' | 'comma' | null {
  const between = words.slice(a.end, b.start);
  if (!between.every((w) => LIST_WORDS.has(w.key) || w.pos === 'ADJ')) return null;
  if (between.some((w) => w.key === 'AND' || w.key === 'OR' || w.key === 'NOR')) return 'and';
  const comma = words[b.start]!.punctBefore.includes(',') || between.some((w) => w.punctBefore.includes(','));
  return comma ? 'comma' : null;
}

function slotsOf(words: Word[], groups: Group[]): Slot[] {
  const slots: Slot[] = [];
  // "A and B", "A, B and C", "Fornost and the evil awful Gondor": one participant of several actors. A comma
  // alone joins only inside a list that ends with "and" ("According to the media, Kishida told" is no list).
  const endsWithAnd = (from: number): boolean => {
    for (let k = from; k + 1 < groups.length; k++) {
      const link = listLink(words, groups[k]!, groups[k + 1]!);
      if (link === 'and') return true;
      if (link !== 'comma') return false;
    }
    return false;
  };
  groups.forEach((g, k) => {
    const last = slots[slots.length - 1];
    const link = k > 0 && last ? listLink(words, groups[k - 1]!, g) : null;
    if (last && (link === 'and' || (link === 'comma' && endsWithAnd(k)))) {
      last.groups.push(g);
      last.end = g.end;
      return;
    }
    slots.push({ start: g.start, end: g.end, groups: [g] });
  });
  return slots;
}

/** Whether resolveGroup may give more than one actor for `group`, on some date. */
function mayResolveToSeveral(group: Group): boolean {
  return group.mentions.some(
    (m) =>
      (m.kind === 'group-ref' && m.codes.length >= 2) ||
      (m.kind === 'actor' && (m.entry.codes.some((c) => c.code.includes('/')) || m.alternatives.some((e) => e.codes.some((c) => c.code.includes('/'))))),
  );
}

function resolveGroup(group: Group, date: string | null): ResolvedActor[] {
  const sources: string[] = [];
  let person: ResolvedActor | null = null;
  let base: { code: string; name: string } | null = null;
  const agents: AgentPhrase[] = [];
  for (const m of group.mentions) {
    if (m.kind === 'group-ref') return m.codes.map((code, k) => ({ code, ...(m.names[k] && { name: m.names[k] }), refersTo: m.via, sources: [] }));
    if (m.kind === 'person-ref') {
      const code = codeOn(m.person.entry.codes, date, 'person');
      sources.push(m.person.entry.source);
      person = { code: code?.code ?? null, name: m.person.entry.name, refersTo: m.via, sources };
      continue;
    }
    if (m.kind === 'agent') {
      agents.push(m.entry);
      sources.push(m.entry.source);
      continue;
    }
    // Of entries with the same words, the one valid on the date ("Moscow" is SUN's capital in 1956).
    const entry = date ? ([m.entry, ...m.alternatives].find((e) => codeOn(e.codes, date, 'person')) ?? m.entry) : m.entry;
    sources.push(entry.source);
    const code = codeOn(entry.codes, date, entry.kind);
    if (entry.kind === 'person') person = { code: code?.code ?? null, name: entry.name, sources };
    else if (!base && code) base = { code: code.code, name: entry.name };
  }
  if (person?.code) return [person];
  if (!base) return person ? [person] : [];
  const agent = agents[0];
  // A PETRARCH code "FRO/BIL/SAM" names several actors. An agent adds its sector to a bare country
  // ("JPN" + "LEG"); a code that has a sector already keeps it.
  return base.code.split('/').map((one) => ({
    code: agent && one.length === 3 ? (agent.attach === 'suffix' ? one + agent.code : agent.code + one) : one,
    name: person?.name ?? base!.name,
    sources,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Clauses and modality

const BE = new Set(['IS', 'ARE', 'WAS', 'WERE', 'BE', 'BEEN', 'BEING']);
const DETERMINERS = new Set(['THE', 'A', 'AN', 'HIS', 'HER', 'ITS', 'THEIR', 'OUR', 'MY', 'YOUR', 'THIS', 'THAT']);
const RELATIVES = new Set(['WHICH', 'WHO', 'WHOM']);
const CLAUSE_STARTERS = new Set(['WHILE', 'WHEREAS', 'BUT', 'ALTHOUGH', 'THOUGH', 'BECAUSE', 'SINCE', 'AFTER', 'BEFORE', 'WHEN']);

/**
 * Where the clause holding word `at` begins, for finding its subject: a semicolon or colon, a relative
 * pronoun, a subordinating word, or a complementiser "that" after a verb ("agree that disputes should be
 * resolved": the disputes, not the agreeing parties, are that clause's subject).
 */
function clauseStart(words: Word[], at: number): number {
  for (let i = at; i > 0; i--) {
    const w = words[i]!;
    if (/[;:]/.test(w.punctBefore) || RELATIVES.has(w.key) || (CLAUSE_STARTERS.has(w.key) && i < at)) return i;
    if (w.key === 'THAT' && i < at && (words[i - 1]!.pos === 'VERB' || words[i - 1]!.pos === 'AUX')) return i;
  }
  return 0;
}

function clauseEnd(words: Word[], at: number): number {
  for (let i = at + 1; i < words.length; i++) {
    const w = words[i]!;
    if (/[;:]/.test(w.punctBefore) || (w.punctBefore.includes(',') && (RELATIVES.has(w.key) || CLAUSE_STARTERS.has(w.key)))) return i;
    if (CLAUSE_STARTERS.has(w.key)) return i;
    if (RELATIVES.has(w.key)) return i;
  }
  return words.length;
}

/** The CAMEO "express intent to" code for an intended event of another root (CAMEO 03's sub-codes). */
const INTENT_CODES: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' };

// ---------------------------------------------------------------------------------------------------------
// The coder

interface VerbHit {
  at: number;
  end: number;
  form: VerbForm;
}

function findVerbs(words: Word[], verbs: VerbIndex, inSlot: (i: number) => boolean): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (inSlot(i) || !(w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const prev = words[i - 1];
    // "the signing of", "possibility of transferring": nouns made of verbs are not events.
    if (prev && DETERMINERS.has(prev.key)) continue;
    if (w.key.endsWith('ING') && !(prev && BE.has(prev.key))) continue;
    for (const form of verbs.forms.get(w.key) ?? []) {
      const first = i - form.verbIndex;
      if (first < 0) continue;
      if (form.words.every((word, k) => words[first + k]?.key === word)) {
        hits.push({ at: i, end: first + form.words.length, form });
        break;
      }
    }
  }
  return hits;
}

function datePoint(date: EventDate, articleDate: string | null): string | null {
  if (!date.date) return articleDate;
  if (date.precision === 'year') return `${date.date}-07-01`;
  if (date.precision === 'month') return `${date.date}-15`;
  return date.date;
}

export interface CodeResult {
  entities: Entity[];
  events: CodedEvent[];
}

/** Codes the events of a document whose article and sentence stages have run. */
export function codeDocument(doc: AnnalsDocument, dictionaries: CoderDictionaries): CodeResult {
  const { lexicon, verbs } = dictionaries;
  const memory: DocumentMemory = { people: new Map(), lastPerson: null, lastCountries: [], lastMedia: null };
  const entities: Entity[] = [];
  const events: CodedEvent[] = [];
  const articleDate = doc.article?.published ?? null;
  const text = doc.text;

  const sentenceWordsOf = doc.sentences.map((s) => sentenceWords(text, s));
  const storyDiscarded = sentenceWordsOf.some((words) => discardIn(words, lexicon, 'story'));
  if (storyDiscarded) {
    doc.warn('code', 'discarded', 'a story-level discard phrase matched: no events coded');
    return { entities, events };
  }

  // Background: once a paragraph shows an earlier time ("In 1956", "Subsequent negotiations"), its
  // sentences without a date of their own are not today's news. Asked only when an event would take the
  // article's date: dating a sentence runs chrono, and most sentences have no event.
  const marksEarlierTime = new Map<number, boolean>();
  const sentenceMarksEarlierTime = (index: number): boolean => {
    let earlier = marksEarlierTime.get(index);
    if (earlier === undefined) {
      const mainVerb = sentenceWordsOf[index]!.find((w) => w.pos === 'VERB' || w.pos === 'AUX');
      const sentenceDate = mainVerb ? eventDate(text, doc.sentences[index]!, mainVerb, articleDate) : null;
      earlier = sentenceDate !== null && isEarlierTime(sentenceDate, articleDate);
      marksEarlierTime.set(index, earlier);
    }
    return earlier;
  };
  const paragraphEarlierBefore = (index: number): boolean => {
    if (!articleDate) return false; // isEarlierTime is false for every sentence
    const paragraph = doc.sentences[index]!.paragraph;
    for (let k = index - 1; k >= 0 && doc.sentences[k]!.paragraph === paragraph; k--) if (sentenceMarksEarlierTime(k)) return true;
    return false;
  };

  doc.sentences.forEach((sentence: Sentence, sentenceIndex) => {
    const words = sentenceWordsOf[sentenceIndex]!;
    if (discardIn(words, lexicon, 'sentence')) return;
    const mentions = findMentions(words, lexicon, memory);
    const groups = groupMentions(words, mentions).filter((g) => !isModifier(words, g));
    const slots = slotsOf(words, groups);
    const slotAt = new Map<number, Slot>(slots.map((s) => [s.start, s]));
    const slotWords = new Uint8Array(words.length);
    for (const s of slots) slotWords.fill(1, s.start, s.end);
    const inSlot = (i: number) => slotWords[i] === 1;
    const spanOf = (from: number, to: number): Span => ({ start: words[from]!.start, end: words[to - 1]!.end });

    // Entities, with the article date; events resolve their actors again on their own date.
    for (const g of groups) {
      for (const r of resolveGroup(g, articleDate)) {
        const span = spanOf(g.start, g.end);
        entities.push({ text: text.slice(span.start, span.end), span, type: 'actor', actor: r.code, ...(r.name && { name: r.name }), ...(r.refersTo && { refersTo: r.refersTo }), sources: r.sources });
      }
    }
    const places = findPlaces(words, lexicon);
    for (const p of places) entities.push({ text: text.slice(p.span.start, p.span.end), span: p.span, type: 'place', name: p.place.name, sources: [p.place.source] });

    const view: ClauseView = { words: wordForms(words).keys, actorAt: new Map(slots.map((s) => [s.start, s.end])), start: 0, end: words.length };
    const coded = new Set<number>();
    let lastSource: Slot | null = null;

    for (const hit of findVerbs(words, verbs, inSlot)) {
      const start = clauseStart(words, hit.at);
      const end = clauseEnd(words, hit.at);
      const clause: ClauseView = { ...view, start, end };
      const match = matchPatterns(hit.form, clause, hit.at, hit.end, verbs);

      // A "to"-complement: its governor's event already covers it, or an intent verb makes it an intention.
      let governedByIntent = false;
      if (words[hit.at - 1]?.key === 'TO') {
        let governor: number | undefined;
        for (let k = hit.at - 2; k >= start && governor === undefined; k--) {
          if (words[k]!.pos === 'VERB' || words[k]!.pos === 'ADJ' || words[k]!.pos === 'AUX') governor = k;
        }
        if (governor !== undefined && coded.has(governor)) continue;
        if (governor !== undefined && dictionaries.modality.get(words[governor]!.key) === 'intent') governedByIntent = true;
      }
      const isIntentVerb = dictionaries.modality.get(words[hit.at]!.key) === 'intent';
      if (isIntentVerb && (!match || match.weight === 0) && words[hit.end]?.key === 'TO') continue;

      // "042:043": the first code for source → target, the second for target → source (either may be empty).
      const codeText = match?.pattern.code ?? hit.form.code ?? hit.form.block.code;
      const [forward, reverse] = codeText.split(':') as [string, string | undefined];

      // Source: the agent after "by" in the passive; else the subject before the verb, through a relative pronoun.
      let source: Slot | null = null;
      let target: Slot | null = null;
      // The passive ("was signed", "was opposed earlier by"): its subject is what the event is done to.
      const passive = !words[hit.at]!.key.endsWith('ING') && (BE.has(words[hit.at - 1]?.key ?? '') || (BE.has(words[hit.at - 2]?.key ?? '') && words[hit.at - 1]!.pos === 'ADV'));
      // "was signed by X", "was opposed earlier by X".
      const by = [hit.end, hit.end + 1].find((i) => words[i]?.key === 'BY' && slotAt.has(i + 1));
      if (passive && by !== undefined) {
        source = slotAt.get(by + 1)!;
        target = nearestBefore(slots, hit.at, start);
      } else if (passive && match?.source === undefined) {
        // A passive without its agent names no source: no event ("disputes should be resolved").
        continue;
      } else {
        if (match?.source !== undefined) source = slotAt.get(match.source) ?? null;
        source ??= nearestBefore(slots, hit.at, start);
        if (!source && RELATIVES.has(words[start]?.key ?? '')) source = nearestBefore(slots, start, 0);
        if (!source && (words[start]?.key === 'AND' || words[hit.at - 1]?.key === 'AND' || governedByIntent)) source = lastSource;
        if (match?.target !== undefined) target = slotAt.get(match.target) ?? null;
        // The target stands before the next comma: what follows a comma is an aside or another clause
        // ("..., a senior official said").
        const comma = words.findIndex((w, i) => i > hit.end && i < end && w.punctBefore.includes(',') && !inSlot(i));
        const targetEnd = comma > 0 ? comma : end;
        target ??= slots.find((s) => s.start >= hit.end && s.start < targetEnd && s !== source) ?? null;
      }
      if (!source) continue;
      lastSource = source;
      // No pair of actors can come of it, whatever its date: do not date it (chrono is the costly step).
      // Without a target, an event needs two source actors, and one group gives several only through a
      // group reference or a code naming several ("FRO/BIL").
      if (target ? !forward && !reverse : !forward || (source.groups.length < 2 && !mayResolveToSeveral(source.groups[0]!))) continue;

      // Modality.
      let modality: Modality = 'actual';
      const before = words.slice(Math.max(start, source.end), hit.at).map((w) => w.key);
      const lastFew = words.slice(Math.max(start, hit.at - 3), hit.at).map((w) => w.key);
      if (lastFew.some((k) => dictionaries.modality.get(k) === 'negation')) modality = 'negated';
      else if (words.slice(start, hit.at).some((w) => w.key === 'IF' || w.key === 'UNLESS') || before.some((k) => k === 'WOULD' || k === 'COULD' || k === 'MIGHT')) modality = 'hypothetical';
      else if (governedByIntent || (isIntentVerb && match && match.weight > 0)) modality = 'intent';
      let forwardCode = forward;
      if (governedByIntent && forward && INTENT_CODES[forward.slice(0, 2)]) forwardCode = INTENT_CODES[forward.slice(0, 2)]!;

      const trigger: Span = { start: words[hit.at]!.start, end: words[hit.end - 1]!.end };
      const own = eventDate(text, sentence, trigger, articleDate);
      const dated: EventDate = own.rule === 'article date' && paragraphEarlierBefore(sentenceIndex) ? { date: null, precision: null, rule: 'no date: the paragraph speaks of an earlier time' } : own;
      const when = datePoint(dated, articleDate);

      const sourceActors = source.groups.flatMap((g) => resolveGroup(g, when).map((r) => ({ g, r })));
      const targetActors = target ? target.groups.flatMap((g) => resolveGroup(g, when).map((r) => ({ g, r }))) : [];
      const pairs: { s: (typeof sourceActors)[number]; t: (typeof sourceActors)[number]; code: string }[] = [];
      if (targetActors.length > 0) {
        for (const s of sourceActors) for (const t of targetActors) {
          if (forwardCode) pairs.push({ s, t, code: forwardCode });
          if (reverse) pairs.push({ s: t, t: s, code: reverse });
        }
      } else if (sourceActors.length >= 2 && forwardCode) {
        // "The Soviet Union and Japan signed a declaration": each with the other.
        for (const s of sourceActors) for (const t of sourceActors) if (s !== t) pairs.push({ s, t, code: forwardCode });
      }
      const location = nearestPlace(places, hit.at, start, end);
      let emitted = false;
      for (const { s, t, code } of pairs) {
        if (!/^\d{2,4}$/.test(code) || !s.r.code || !t.r.code || s.r.code === t.r.code) continue;
        const info = codeInfo(code);
        const sSpan = spanOf(s.g.start, s.g.end);
        const tSpan = spanOf(t.g.start, t.g.end);
        events.push({
          id: `e${events.length + 1}`,
          code,
          root: code.slice(0, 2),
          ...info,
          modality,
          date: dated.date,
          datePrecision: dated.precision,
          source: { text: text.slice(sSpan.start, sSpan.end), span: sSpan, actor: s.r.code, ...(s.r.name && { name: s.r.name }) },
          target: { text: text.slice(tSpan.start, tSpan.end), span: tSpan, actor: t.r.code, ...(t.r.name && { name: t.r.name }) },
          location,
          sentence: sentenceIndex,
          span: trigger,
          evidence: {
            sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
            trigger: { text: text.slice(trigger.start, trigger.end), span: trigger },
            verbBlock: `${hit.form.block.name} [${hit.form.block.code}] (${verbs.file}:${hit.form.block.line})`,
            pattern: match ? { text: match.pattern.text, code: match.pattern.code, source: `${verbs.file}:${match.pattern.line}` } : null,
            dictionary: [...new Set([...s.r.sources, ...t.r.sources])],
            date: dated.rule,
            modality: modality === 'actual' ? 'no modal marker' : modality === 'intent' ? 'an intent verb governs the event' : modality === 'negated' ? 'a negation precedes the verb' : 'a condition or "would" governs the verb',
          },
          provenance: [],
        });
        emitted = true;
      }
      if (emitted) coded.add(hit.at);
    }
    remember(memory, groups, articleDate);
  });
  return { entities, events };
}

/** A sentence set in another year than the article's, or marked as earlier ("formerly", "subsequent"). */
function isEarlierTime(date: EventDate, articleDate: string | null): boolean {
  if (!articleDate) return false;
  if (date.date === null) return date.rule.startsWith('no date:');
  return date.date.slice(0, 4) < articleDate.slice(0, 4);
}

function nearestBefore(slots: Slot[], at: number, from: number): Slot | null {
  let best: Slot | null = null;
  for (const s of slots) if (s.end <= at && s.start >= from) best = s;
  return best;
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

function discardIn(words: Word[], lexicon: Lexicon, scope: 'sentence' | 'story'): boolean {
  if (lexicon.discards.size === 0) return false;
  const { keys, raws } = wordForms(words);
  for (let i = 0; i < keys.length; i++) if (lexicon.discards.matchAt(keys, raws, i).some((d) => d.scope === scope)) return true;
  return false;
}

interface PlaceHit {
  at: number;
  span: Span;
  place: PlacePhrase;
}

function findPlaces(words: Word[], lexicon: Lexicon): PlaceHit[] {
  const { keys, raws } = wordForms(words);
  const hits: PlaceHit[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!.raw)) continue;
    const place = lexicon.places.matchAt(keys, raws, i)[0];
    if (!place) continue;
    const end = i + place.words.length;
    hits.push({ at: i, span: { start: words[i]!.start, end: words[end - 1]!.end }, place });
    i = end - 1;
  }
  return hits;
}

function nearestPlace(places: PlaceHit[], at: number, start: number, end: number): EventPlace | null {
  const inClause = places.filter((p) => p.at >= start && p.at < end);
  const chosen = inClause.find((p) => p.at > at) ?? inClause[inClause.length - 1];
  if (!chosen) return null;
  const p = chosen.place;
  return { name: p.name, span: chosen.span, lat: p.lat, lon: p.lon, countries: p.countries };
}

function remember(memory: DocumentMemory, groups: Group[], date: string | null): void {
  for (const g of groups) {
    for (const m of g.mentions) {
      if (m.kind === 'actor' && m.entry.kind === 'person') {
        const surname = m.entry.name.split(' ').pop()!.toUpperCase();
        const seen = { entry: m.entry, surname };
        memory.people.set(surname, seen);
        memory.lastPerson = seen;
      } else if (m.kind === 'person-ref') memory.lastPerson = m.person;
      else if (m.kind === 'actor' && (m.entry.kind === 'country' || m.entry.kind === 'adjective' || m.entry.kind === 'capital')) {
        const code = codeOn(m.entry.codes, date, m.entry.kind)?.code.slice(0, 3);
        if (code && memory.lastCountries[memory.lastCountries.length - 1] !== code) {
          memory.lastCountries = [...memory.lastCountries.filter((c) => c !== code), code].slice(-2);
        }
      } else if (m.kind === 'actor' && m.entry.kind === 'organisation' && /MED$/.test(m.entry.codes[0]?.code ?? '')) {
        memory.lastMedia = { code: m.entry.codes[0]!.code, name: m.entry.name };
      }
    }
  }
}
