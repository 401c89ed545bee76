import type { AnnalsDocument, Sentence, Span } from '../document/document.js';
import { eventCode } from './cameo.js';
import { eventDate, type EventDate } from './event-date.js';
import type { Lexicon } from './lexicon.js';
import { matchPatterns, type ClauseView, type VerbForm, type VerbIndex } from './verb-patterns.js';
import { sentenceWords, type Word } from './words.js';
import type { CoderDictionaries } from './dictionaries.js';
import { findMentions, findPlaces, groupMentions, isModifier, mayResolveToSeveral, nearestPlace, remember, resolveGroup, slotsOf, wordForms, type DocumentMemory, type Slot } from './sentence-actors.js';

export { defaultDictionaries, loadDictionaries, type CoderDictionaries, type DictionaryFiles } from './dictionaries.js';
export type { Modality, EventActor, EventPlace, CodedEvent, Entity } from '../document/annotations.js';
import type { Modality, CodedEvent, Entity } from '../document/annotations.js';

// The CAMEO coder. For each sentence: find actor mentions (dictionary phrases, composed: "Japanese" +
// "lawmaker" → JPNLEG), group them into actor slots (with compounds: "the Soviet Union and Japan"), find
// verbs of the verb dictionary, match the verb's patterns in its clause, take the subject before the verb
// as source (the agent after "by" in the passive) and the first actor after it as target, and give the
// event its modality, its own date, its place and the evidence that produced it.

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
