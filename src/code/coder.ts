import type { AnnalsDocument, Sentence, Span } from '../document/document.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { eventDate, type EventDate } from './event-date.js';
import { canonicalWord, codeOn, countryOf, type Lexicon } from './lexicon.js';
import { isValidOn } from '../dictionaries/actors-data.js';
import type { ClauseView, VerbIndex } from './verb-patterns.js';
import { sentenceWords, wordForms, type Word } from './words.js';
import { headlineWords } from './headline-words.js';
import { measureNounWords, relationalNounWords, type CoderDictionaries } from './dictionaries.js';
import { remember } from './document-memory.js';
import { isEvaluativeWord } from './evaluation.js';
import { findMentions, mayResolveToSeveral, resolveGroup, resolveSlot, StoryCountry, type DocumentMemory, type Group, type Mention, type Slot } from './sentence-actors.js';
import { distributeAgents, groupMentions, pairModifiers, slotsOf } from './mention-groups.js';
import { findPlaces, isStandIn, nearestPlace, placeMentions, type PlaceHit } from './sentence-places.js';
import { BE, linearReading } from './linear-reading.js';
import { dropFrames, markSpeakerCountries, treeReading, type TreeState } from './tree-reading.js';
import { dropDeniedContents, dropJudgedProposals } from './content-drops.js';
import { namesPerson, pronounsToNamedPeople } from './named-people.js';
import { withoutForeignGenericNames } from './generic-party-names.js';
import { isModifier } from './modifiers.js';
import { sentenceTree } from './sentence-tree.js';
import { emits, eventOf, resolveReading, type ActorPair, type ReadingSetting, type ResolvedReading } from './event-pairs.js';
import type { Reading, SentenceContext, VerbHit } from './reading.js';

export { defaultDictionaries, loadDictionaries, type CoderDictionaries, type DictionaryFiles } from './dictionaries.js';
export type { Modality, EventActor, EventPlace, CodedEvent, Entity } from '../document/annotations.js';
import type { CodedEvent, Entity } from '../document/annotations.js';

// The CAMEO coder. For each sentence: find actor mentions (dictionary phrases, composed: "Japanese" +
// "lawmaker" → JPNLEG), group them into actor slots (with compounds: "the Soviet Union and Japan"), find
// verbs of the verb dictionary, match the verb's patterns in its clause, take the subject before the verb
// as source (the agent after "by" in the passive) and the first actor after it as target, and give the
// event its modality, its own date, its place and the evidence that produced it (from a reading to its events:
// event-pairs.ts).

const DETERMINERS = new Set(['THE', 'A', 'AN', 'HIS', 'HER', 'ITS', 'THEIR', 'OUR', 'MY', 'YOUR', 'THIS', 'THAT']);
const MODAL_OR_TO = new Set(['WOULD', 'WILL', 'CAN', 'COULD', 'SHOULD', 'MAY', 'MIGHT', 'MUST', 'SHALL', 'TO']);

/**
 * A headline in title case ("Kishida, Putin Confirm Commitment To Dialogue"): most of its longer words capitalised,
 * not all in capitals (a wire headline in capitals, "GHANA TO BUY CRUDE OIL FROM IRAN", tells still less).
 */
function isTitleCase(words: Word[]): boolean {
  const long = words.filter((w) => /^\p{L}{4,}$/u.test(w.raw));
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w.raw)).length;
  const allCaps = long.filter((w) => w.raw === w.raw.toUpperCase()).length;
  return long.length >= 3 && capitalised >= 0.75 * long.length && allCaps < 0.5 * long.length;
}

/**
 * The words of the verb dictionary that stand as verbs. In a title-case headline the word tagger reads most words as
 * names, so every capitalised word of the dictionary is a candidate, and the parse decides (tree-reading.ts).
 */
function findVerbs(words: Word[], verbs: VerbIndex, inSlot: (i: number) => boolean, titleCase = false): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prev = words[i - 1];
    // An -s form after "to" is a plural noun whatever the tagger says ("an early start to talks"): an infinitive has no
    // -s ("to discuss", "to focus" end in others).
    if (prev?.key === 'TO' && (w.pos === 'NOUN' || w.pos === 'VERB') && /[^SU]S$/.test(w.key)) continue;
    // "it would free 150 prisoners": after a modal or "to" a word the word tagger took for an adjective is a verb.
    const afterModal = prev !== undefined && MODAL_OR_TO.has(prev.key) && w.punctBefore === '' && (w.pos === 'ADJ' || w.pos === 'NOUN');
    const titled = titleCase && i > 0 && ['PROPN', 'NOUN', 'ADJ'].includes(w.pos) && /^\p{Lu}/u.test(w.raw);
    // "…, offering aid to Lebanon", "after meeting Putin": an -ing form outside a progressive, which the word tagger
    // often reads as a noun, is a candidate the parse confirms or drops (tree-reading.ts).
    const participle = w.key.endsWith('ING') && !(prev && BE.has(prev.key));
    if (participle && (!['VERB', 'NOUN'].includes(w.pos) || w.possessive)) continue;
    // "Egypt and Qatar mediated between …": a past form the word tagger read as an adjective right after a name is a
    // candidate the parse confirms or drops.
    const pastAsAdjective = w.pos === 'ADJ' && w.key.endsWith('ED') && prev !== undefined && prev.pos === 'PROPN' && w.punctBefore === '';
    // ("Tony Blair fears Michael Howard may win": so is a present form in -s the word tagger read as a plural noun right
    // after a name or a pronoun, not a possessive one; not before a preposition, where a name's noun is the more likely
    // reading: "Shultz' Moscow talks with", "Nissan exports to the U.S. fell".)
    const next = words[i + 1];
    const presentAsNoun = w.pos === 'NOUN' && w.key.endsWith('S') && prev !== undefined && (prev.pos === 'PROPN' || prev.pos === 'PRON') && !prev.possessive && w.punctBefore === '' && /^\p{Ll}/u.test(w.raw) && next?.pos !== 'ADP';
    // ("France and Germany welcome a resumption of ties": so is a word read as an adjective or a noun between a name
    // and a determiner, where a verb stands far more often; "welcome" is an adjective to the word tagger.)
    const presentBeforeObject = (w.pos === 'ADJ' || w.pos === 'NOUN') && prev !== undefined && prev.pos === 'PROPN' && !prev.possessive && w.punctBefore === '' && /^\p{Ll}/u.test(w.raw) && next?.pos === 'DET' && next.punctBefore === '';
    if (inSlot(i) || !(w.pos === 'VERB' || w.pos === 'AUX' || afterModal || titled || participle || pastAsAdjective || presentAsNoun || presentBeforeObject)) continue;
    // "the signing of", "possibility of transferring": nouns made of verbs are not events.
    if (prev && (DETERMINERS.has(prev.key) || (participle && (prev.possessive || prev.pos === 'ADJ')))) continue;
    // "drought-stricken", "US-led", "war-torn": a word joined to another by a hyphen is part of a compound adjective.
    if (w.punctBefore === '-' || words[i + 1]?.punctBefore === '-') continue;
    const forms = verbs.forms.get(w.key);
    if (!forms) continue;
    for (const form of forms) {
      const first = i - form.verbIndex;
      if (first < 0) continue;
      if (wordsAt(words, first, form.words)) {
        hits.push({ at: i, end: first + form.words.length, form, ...(participle && { participle }), ...((pastAsAdjective || presentAsNoun || presentBeforeObject) && { confirm: true }) });
        break;
      }
    }
  }
  return hits;
}

/** Whether the words from `first` on are `keys`. */
function wordsAt(words: Word[], first: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (words[first + k]?.key !== keys[k]) return false;
  return true;
}

const BETWEEN_SOURCE_AND_VERB = new Set(['ADV', 'AUX', 'PART']);
const BEFORE_TARGET = new Set(['DET', 'NUM', 'ADJ']);

/** Source, verb and target side by side: "Russia expelled two British diplomats", "China has summoned the envoy". */
function isPlainClause(words: Word[], reading: Reading, dictionaries: CoderDictionaries): boolean {
  const { hit, source, target } = reading;
  if (!target || source.groups.length !== 1 || target.groups.length !== 1 || source.end > hit.at || target.start < hit.end) return false;
  if (words.slice(0, source.start).some((w) => w.pos === 'VERB')) return false;
  // ("Blair said Howard was wrong": a statement whose content may judge its target is read on the tree, evaluation.ts.)
  if (reading.forward === '010' && words.slice(target.end).some((w) => isEvaluativeWord(w.raw))) return false;
  // A modal, a negation or a future ("will", "not", "could") is read on the tree.
  const gap = (from: number, to: number, allowed: Set<string>) => words.slice(from, to).every((w) => allowed.has(w.pos) && w.punctBefore === '' && !dictionaries.modality.has(w.key));
  // ("said the U.S. dollar was …": an actor before a quantity it owns is nobody, as the tree reads; measure-nouns.tsv.)
  const quantityAfter = words[target.end]?.punctBefore === '' && measureNounWords().has(words[target.end]!.key);
  // (Nor the owner of a noun naming others, read on the tree: "described Volcker's successor", "Africa's development
  // partners"; relational-nouns.tsv.)
  const possessorOfOthers = words[target.end - 1]!.possessive && relationalNounWords().has(words[possessedHead(words, target.end)]?.key ?? '');
  return !quantityAfter && !possessorOfOthers && gap(source.end, hit.at, BETWEEN_SOURCE_AND_VERB) && gap(hit.end, target.start, BEFORE_TARGET) && words[target.start]!.punctBefore === '' && words[hit.at]!.punctBefore === '';
}

/** The head noun of what a possessor owns, from word `at`: the last of the nouns and adjectives that follow it. */
function possessedHead(words: Word[], at: number): number {
  let k = at;
  while (k + 1 < words.length && words[k + 1]!.punctBefore === '' && (words[k + 1]!.pos === 'NOUN' || words[k + 1]!.pos === 'ADJ')) k++;
  return k;
}

/**
 * Whether a clause with an actor follows word `from` ("said on Thursday that India …", "warned India was …"): "that"
 * within a few words, or an actor that a verb follows, the subject of a clause.
 */
function clauseFollows(words: Word[], from: number, slots: Slot[]): boolean {
  if (words.slice(from, from + 5).some((w) => w.key === 'THAT' && w.pos === 'SCONJ')) return slots.some((s) => s.start > from);
  return slots.some((s) => s.start >= from && s.start <= from + 5 && (words[s.end]?.pos === 'AUX' || words[s.end]?.pos === 'VERB'));
}

/** Whether a phrase starting at word `start` follows a comma or a closing quotation mark (its determiners and adjectives aside): "…, the OECD said". */
function afterComma(words: Word[], start: number): boolean {
  let k = start;
  while (k > 0 && words[k]!.punctBefore === '' && (words[k - 1]!.pos === 'DET' || words[k - 1]!.pos === 'ADJ')) k--;
  return /[,"”’]/.test(words[k]!.punctBefore);
}

/**
 * Whether the sentence's actor groups can make an event's two sides: two different codes, or a person, whose
 * code may differ on the event's own date. (Most parsed sentences gave no event because every actor in them was
 * one actor, or nobody: "the government … ministers" in a story of one country.)
 */
function twoActorsPossible(slots: Slot[], codesOf: (s: Slot) => (string | null)[]): boolean {
  const codes = new Set<string>();
  let people = 0;
  for (const s of slots) {
    // (Resolved by participant: a role takes the country of the actor it is listed with, "the government and the rebels".)
    // (Not a person no dictionary knows, named before and referred to: no date gives them a code.)
    people += s.groups.filter((g) => namesPerson(g) && !g.mentions.every((m) => m.kind === 'person-ref' && m.person.entry.codes.length === 0)).length;
    for (const code of codesOf(s)) if (code) codes.add(code);
    if (codes.size + people >= 2) return true;
  }
  return false;
}

export interface CodeResult {
  entities: Entity[];
  events: CodedEvent[];
}

/** Codes the events of a document whose article and sentence stages have run. */
export function codeDocument(doc: AnnalsDocument, dictionaries: CoderDictionaries): CodeResult {
  const { lexicon, verbs } = dictionaries;
  const memory: DocumentMemory = { people: new Map(), lastPerson: null, lastCountries: [], lastMedia: null };
  const storyCountry = new StoryCountry();
  // ("PARIS, April 27 - French Finance Minister Edouard Balladur said the government awarded control … to a consortium
  // headed by Sweden's Ericsson": where the story is filed counts toward the country it is about.)
  const filedIn = datelineCountry(doc.article?.dateline?.place ?? null, lexicon, doc.article?.published ?? null);
  if (filedIn) storyCountry.add(filedIn);
  const entities: Entity[] = [];
  const events: CodedEvent[] = [];
  const articleDate = doc.article?.published ?? null;
  // With no article date, actors are resolved on the day of the analysis (said in a warning and in each event's evidence).
  const resolutionDate = articleDate ?? new Date().toISOString().slice(0, 10);
  memory.date = articleDate;
  const text = doc.text;
  const layer = doc.syntax;
  if (!layer) throw new Error('the code stage reads the syntax layer: run the syntax stage before it');

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
      const sentenceDate = mainVerb ? eventDate(text, doc.sentences[index]!, mainVerb, articleDate, layer) : null;
      earlier = sentenceDate !== null && isEarlierTime(sentenceDate, articleDate);
      marksEarlierTime.set(index, earlier);
    }
    return earlier;
  };
  // The codes of a participant on the article's date (the story's country so far for a bare role): what the
  // parse decision and the memory of people read before any event has a date of its own.
  const slotCodes = (slot: Slot): (string | null)[] => resolveSlot(slot, resolutionDate, storyCountry.get(), !articleDate).map((x) => x.r.code);
  const paragraphEarlierBefore = (index: number): boolean => {
    if (!articleDate) return false; // isEarlierTime is false for every sentence
    const paragraph = doc.sentences[index]!.paragraph;
    for (let k = index - 1; k >= 0 && doc.sentences[k]!.paragraph === paragraph; k--) if (sentenceMarksEarlierTime(k)) return true;
    return false;
  };

  doc.sentences.forEach((sentence: Sentence, sentenceIndex) => {
    const words = headlineWords(sentenceWordsOf[sentenceIndex]!, sentence, layer);
    if (discardIn(words, lexicon, 'sentence')) return;
    // "Potash producers from New Mexico", "in the South China Sea": a country's name inside a longer place name
    // names the place, not the country.
    const places = findPlaces(words, lexicon);
    const inContext = (found: Mention[]) => withoutForeignGenericNames(words, found, resolutionDate, () => [...storyCountry.seen(), ...memory.lastCountries]);
    const found = findMentions(words, lexicon, memory, inContext).filter((m) => m.kind !== 'actor' || !insideLongerPlace(places, m));
    // (A city or territory stands for its country as a participant; it stays a place in the entities, the story's
    // country and the document's memory.)
    const standIns = placeMentions(words, places, found);
    const mentions = standIns.length === 0 ? found : [...found, ...standIns].sort((a, b) => a.start - b.start);
    const isPlaceOnly = (g: Group) => standIns.length > 0 && isStandIn(g);
    const grouped = pronounsToNamedPeople(words, distributeAgents(words, groupMentions(words, mentions)));
    const pairs = pairModifiers(words, grouped);
    const groups = grouped.filter((g, k) => !isModifier(words, g, grouped[k + 1]) && !pairs.has(g));
    const slots = slotsOf(words, groups);
    const spanOf = (from: number, to: number): Span => ({ start: words[from]!.start, end: words[to - 1]!.end });

    // The countries the sentence and the story are about, to choose among people of one name ("Howard"). (Not a
    // name of several entries: the one it is, is what these choose.)
    const sentenceCountries = [...groups.filter((g) => !isPlaceOnly(g)).flatMap((g) => g.mentions.flatMap((m) => (m.kind === 'actor' && m.entry.kind !== 'person' && m.alternatives.length === 0 ? [codeOn(m.entry.codes, resolutionDate, m.entry.kind)?.code.slice(0, 3) ?? ''] : []))), storyCountry.get() ?? '', ...memory.lastCountries].filter((c) => /^[A-Z]{3}$/.test(c));
    // Entities, with the article date; events resolve their actors again on their own date.
    for (const g of groups) {
      if (isPlaceOnly(g)) continue;
      for (const r of resolveGroup(g, resolutionDate, !articleDate, sentenceCountries)) {
        storyCountry.add(r.code);
        const span = spanOf(g.start, g.end);
        entities.push({ text: text.slice(span.start, span.end), span, type: 'actor', actor: r.code, ...(r.name && { name: r.name }), ...(r.refersTo && { refersTo: r.refersTo }), sources: r.sources });
      }
    }
    for (const p of places) entities.push({ text: text.slice(p.span.start, p.span.end), span: p.span, type: 'place', name: p.place.name, sources: [p.place.source] });

    const setting: ReadingSetting = {
      text, sentence, sentenceIndex, words, layer, articleDate, resolutionDate, dictionaries, sentenceCountries,
      storyCountry: storyCountry.get(),
      paragraphEarlier: () => paragraphEarlierBefore(sentenceIndex),
      verbsFile: verbs.file,
    };
    // (Each reading resolved once: frames ask whether what they report gives an event.)
    const resolved = new Map<Reading, ResolvedReading>();
    const resolve = (reading: Reading): ResolvedReading => {
      let known = resolved.get(reading);
      if (!known) resolved.set(reading, (known = resolveReading(reading, setting)));
      return known;
    };
    const readings = sentenceReadings(sentence, words, groups, slots, layer, dictionaries, slotCodes, resolve);
    addEvents(events, readings, resolve, places, setting);
    remember(memory, words, groups.filter((g) => !isPlaceOnly(g)), articleDate, (g) => slotCodes({ start: g.start, end: g.end, groups: [g] })[0] ?? null);
  });
  if (!articleDate && entities.some((e) => e.type === 'actor')) {
    doc.warn('code', 'undated', `the article has no date: its actors are resolved as of the analysis date, ${resolutionDate}; people holding none of their roles then are coded by the country all their roles share`);
  }
  return { entities, events };
}

/**
 * The readings of a sentence's verbs that may give events: by word order where that reads the same as the tree
 * ("A verb B"), else on the parse, which is made only where word order finds an event (parsing costs more than the
 * rest of the coder). `resolve` tells whether a reading's actors resolve to a pair (a frame reports only such).
 */
function sentenceReadings(sentence: Sentence, words: Word[], groups: Group[], slots: Slot[], layer: SyntaxLayer, dictionaries: CoderDictionaries, slotCodes: (slot: Slot) => (string | null)[], resolve: (r: Reading) => ResolvedReading): Reading[] {
  const slotAt = new Map<number, Slot>(slots.map((s) => [s.start, s]));
  const slotWords = new Uint8Array(words.length);
  for (const s of slots) slotWords.fill(1, s.start, s.end);
  const inSlot = (i: number) => slotWords[i] === 1;
  const titleCase = sentence.headline === true && isTitleCase(words);
  const hits = findVerbs(words, dictionaries.verbs, inSlot, titleCase);
  // The parse is asked for only where an event can come of it: a verb of the dictionary and two
  // actors, or one that stands for several ("the two countries").
  const couldCode = hits.length > 0 && (groups.some(mayResolveToSeveral) || (groups.length >= 2 && twoActorsPossible(slots, slotCodes)));
  // (The patterns read the infinitives' "to" only where a reading is made: most sentences have none.)
  const infinitiveMarks = couldCode ? new Set(words.flatMap((w, i) => (w.key === 'TO' && (words[i + 1]?.pos === 'VERB' || words[i + 1]?.pos === 'AUX') ? [i] : []))) : undefined;
  const view: ClauseView = { words: wordForms(words).keys, actorAt: new Map(slots.map((s) => [s.start, s.end])), start: 0, end: words.length, ...(infinitiveMarks && { infinitiveMarks }) };
  const ctx: SentenceContext = { words, groups, slots, slotAt, inSlot, view, dictionaries, tree: null };
  // Parsing costs more than the rest of the coder: a sentence is parsed only when word order finds a
  // reading that would give an event, which the tree then confirms, corrects or drops.
  const wholeSentence = { start: 0, end: words.length };
  const linear = couldCode ? hits.map((hit) => linearReading(ctx, hit, wholeSentence)) : [];
  const emitting = linear.filter((r): r is Reading => r !== null && emits(r, dictionaries, words));
  // A plain "A <verb> B" (one verb of the dictionary, the source right before it, the target right
  // after it) reads the same on the tree: it is not parsed.
  const plain = !titleCase && hits.length === 1 && !hits[0]!.participle && !hits[0]!.confirm && emitting.length === 1 && isPlainClause(words, emitting[0]!, dictionaries);
  // A frame after what it says ("Australia faces …, the OECD said") has its target before it: word order
  // finds none, the tree does (the subject of what is said).
  const invertedFrame = emitting.length === 0 && linear.some((r, k) => r !== null && !r.target && r.forward.startsWith('01') && afterComma(words, r.source.start) && slots.some((s) => s.end <= hits[k]!.at && s !== r.source));
  // A statement before what it says ("The IMF said on Thursday that India …") has its target in it, the subject of
  // what is said: word order finds none (it stops at the words between), the tree does.
  const forwardFrame = emitting.length === 0 && linear.some((r, k) => r !== null && !r.target && r.forward.startsWith('01') && clauseFollows(words, hits[k]!.end, slots));
  // (A title-case headline is parsed whenever it could code: word order reads its "A, B Verb" as B alone.)
  const tree = (emitting.length > 0 || invertedFrame || forwardFrame || (titleCase && couldCode)) && !plain ? sentenceTree(layer, sentence, words, groups, sentence.headline === true) : null;
  ctx.tree = tree;
  let readings: Reading[] = [];
  if (plain) readings = emitting.map((r) => ({ ...r, relations: ['source and target side by side with the verb (A verb B): not parsed'] }));
  else if (tree) {
    const state: TreeState = { coded: new Set() };
    hits.forEach((hit) => {
      const reading = treeReading(ctx, hit, state);
      if (reading) readings.push(reading);
      if (reading && emits(reading, dictionaries, words)) state.coded.add(reading.token);
    });
    // (A frame is provenance only of a content that gives an event, its actors resolved.)
    // (Before frames are dropped: a bare role in what a speaker says takes the speaker's country.)
    // (Not an outlet's: "Reuters reported that Iraq's Oil Ministry has awarded …" is no British ministry.)
    markSpeakerCountries(readings, tree.layer, words, (slot) => {
      const codes = slotCodes(slot);
      const countries = new Set(codes.map(countryOf).filter((c) => c !== null));
      return countries.size === 1 && !codes.some((c) => c !== null && /MED$/.test(c)) ? [...countries][0]! : null;
    });
    readings = dropJudgedProposals(dropDeniedContents(dropFrames(readings, tree.layer, (r) => emits(r, dictionaries, words) && resolve(r).pairs.length > 0), tree, hits), tree, hits);
    const superseded = new Set(readings.flatMap((r) => (r.supersedes !== undefined && emits(r, dictionaries, words) ? [r.supersedes] : [])));
    readings = readings.filter((r) => !superseded.has(r.token));
  }
  return readings;
}

/** The events of a sentence's readings, numbered on from `events`; a mutual act's two directions name each other. */
function addEvents(events: CodedEvent[], readings: Reading[], resolve: (r: Reading) => ResolvedReading, places: PlaceHit[], setting: ReadingSetting): void {
  const { words, dictionaries, layer } = setting;
  // ("met recently in Paris to discuss …", "approved a loan to help modernise …": an infinitive of purpose coding an act
  // of the same kind (CAMEO root) between the same actors as the verb it hangs on is that act, not a second one.)
  const codingsOf = new Map<number, Set<string>>();
  const actOf = (pair: ActorPair) => [pair.s.r.code, pair.t.r.code, pair.code.slice(0, 2)].join('|');
  for (const reading of readings) if (reading.token >= 0 && emits(reading, dictionaries, words)) codingsOf.set(reading.token, new Set(resolve(reading).pairs.map(actOf)));
  const purposeOf = (reading: Reading): Set<string> | undefined => {
    const t = reading.token;
    if (t < 0 || !['advcl', 'xcomp'].includes(layer.relation(t)) || !layer.isInfinitive(t)) return undefined;
    return codingsOf.get(layer.head(t));
  };
  for (const reading of readings) {
    if (!emits(reading, dictionaries, words)) continue;
    const result = resolve(reading);
    const governing = purposeOf(reading);
    const location = nearestPlace(places, reading.hit.at, reading.clauseStart, reading.clauseEnd, reading.target ? [reading.source, reading.target] : [reading.source]);
    const firstOfPair = new Map<string, CodedEvent>();
    // ("The official, a member of the Indian delegation, told …": two words for one side resolve to one actor; the
    // verb's act between the same two actors is one event, as PETRARCH keeps each coding of a sentence once. Named
    // people and bodies of one code stay apart: "criticised Tony Blair and Gordon Brown", "to investigate US Airways
    // and Delta Air Lines" are two.)
    const coded = new Set<string>();
    for (const pair of result.pairs) {
      const coding = [pair.s.r.code, namedEntity(pair.s.g, words), pair.t.r.code, namedEntity(pair.t.g, words), pair.code].join('|');
      if (coded.has(coding) || governing?.has(actOf(pair))) continue;
      coded.add(coding);
      const event = { ...eventOf(pair, reading, result, location, setting), id: `e${events.length + 1}` };
      if (pair.mutual) {
        const key = [pair.s.r.code, pair.t.r.code].sort().join('|');
        const other = firstOfPair.get(key);
        if (other) {
          other.symmetricWith = event.id;
          event.symmetricWith = other.id;
        } else firstOfPair.set(key, event);
      }
      events.push(event);
    }
  }
}

/** The words of a group that names a person or a body by name ("Tony Blair", "Delta Air Lines"); "" for a role or a country's body. */
function namedEntity(group: Group, words: Word[]): string {
  const named = namesPerson(group) || group.mentions.some((m) => m.kind === 'name' || (m.kind === 'actor' && m.entry.kind !== 'country' && m.entry.kind !== 'adjective' && m.entry.kind !== 'capital'));
  return named ? words.slice(group.start, group.end).map((w) => w.key).join(' ') : '';
}

/**
 * The country of a dateline that opens with a capital ("PARIS" → FRA; "MOSCOW" in 1987 → SUN), on the article's date,
 * from the actor dictionaries' dated capitals; null for any other place (a city's gazetteer country is today's).
 */
function datelineCountry(place: string | null, lexicon: Lexicon, date: string | null): string | null {
  if (!place) return null;
  const written = place.split(/[\s,]+/).filter(Boolean);
  const keys = written.map(canonicalWord);
  // (Of the states a capital has served, the one holding it on the date: Moscow is the Soviet Union's in 1987.)
  const codes = lexicon.actors.matchAt(keys, written, 0).filter((a) => a.kind === 'capital').flatMap((a) => a.codes.filter((c) => !date || isValidOn(c, date)));
  const countries = new Set(codes.map((c) => countryOf(c.code)));
  return countries.size === 1 ? [...countries][0]! : null;
}

/** Whether words [m.start, m.end) lie inside a longer place name of the sentence. */
function insideLongerPlace(places: readonly PlaceHit[], m: { start: number; end: number }): boolean {
  return places.some((p) => m.start >= p.at && m.end <= p.at + p.place.words.length && m.end - m.start < p.place.words.length);
}

/** A sentence set in another year than the article's, or marked as earlier ("formerly", "subsequent"). */
function isEarlierTime(date: EventDate, articleDate: string | null): boolean {
  if (!articleDate) return false;
  // (An undated sentence marks an earlier time only when a word of its says so: "formerly", a past perfect; not when
  // a date it holds belongs to another clause: "invited firms to bid for contracts it will offer next year".)
  if (date.date === null) return date.rule.startsWith('no date:') && date.rule.endsWith('earlier time');
  return date.date.slice(0, 4) < articleDate.slice(0, 4);
}

function discardIn(words: Word[], lexicon: Lexicon, scope: 'sentence' | 'story'): boolean {
  if (lexicon.discards.size === 0) return false;
  const { keys, raws } = wordForms(words);
  for (let i = 0; i < keys.length; i++) if (lexicon.discards.matchAt(keys, raws, i).some((d) => d.scope === scope)) return true;
  return false;
}
