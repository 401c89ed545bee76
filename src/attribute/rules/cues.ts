import { type Word } from '../../code/words.js';
import { attributionWords, type Cue } from '../lexicon.js';
import { POSSESSIVE_PRONOUNS, STANDALONE_QUANTIFIERS, SUBJECT_PRONOUNS } from '../phrases.js';

// Which words are cues: the lexicon's verbs and phrases, "that"-clause verbs, and the tagger's nouns that are verbs.

// The cue lexicon of the call under way (the rules run synchronously, one document at a time).
let cues = new Map<string, Cue[]>();

/** Sets the cue lexicon the next document's rules read (with or without WordNet's verbs). */
export function useCueLexicon(lexicon: Map<string, Cue[]>): void {
  cues = lexicon;
}

export const NOT_CUES = attributionWords('not-cues');

/**
 * Any verb taking a "that" clause reports speech or thought ("figured that", "learned that"), so it is a cue
 * even when no lexicon lists it; "so that", "is that" and verbs of causing ("ensure that") are not.
 */
export function thatClauseCue(words: Word[], i: number): Cue | null {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.pos !== 'VERB' || NOT_CUES.has(w.key) || !next || next.key !== 'THAT' || next.pos !== 'SCONJ' || next.punctBefore) return null;
  return { words: [w.key], kind: 'said', object: false, needsComplement: true };
}

export function matchCue(words: Word[], i: number): Cue | null {
  // (Past the sentence's last word, as after a final "appeared to", there is no cue.)
  const word = words[i];
  if (!word) return null;
  const candidates = cues.get(word.key);
  if (!candidates) return null;
  for (const cue of candidates) if (startsAt(cue.words, words, i)) return cue;
  return null;
}

/** Whether the words from `i` on are `keys` (a loop, not a closure per cue: every word of every sentence is asked). */
function startsAt(keys: readonly string[], words: Word[], i: number): boolean {
  for (let k = 0; k < keys.length; k++) if (words[i + k]?.key !== keys[k]) return false;
  return true;
}

/**
 * A cue verb the tagger read as a noun ("19 percent support Clinton", "Others call it ..."): right after its
 * subject (not a determiner, adjective or possessive: "his support for") and right before an object or clause.
 * `after`: the word after the cue, past a phrasal verb's particle ("Critics point out that ..."; `i + 1` for one word).
 */
export function verbTaggedNoun(words: Word[], i: number, after = i + 1): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[after];
  if (w.pos !== 'NOUN' || !prev || !next || w.punctBefore || words.slice(i + 1, after + 1).some((x) => x.punctBefore) || prev.possessive) return false;
  // "Some view X as ...", "Many believe ...": a quantifier standing alone as the subject
  const subject = prev.pos === 'PRON' || prev.pos === 'NOUN' || prev.pos === 'NUM' || prev.pos === 'PROPN' || (STANDALONE_QUANTIFIERS.has(prev.key) && (i === 1 || words[i - 1]!.punctBefore !== '' || !/^(DET|ADJ|NOUN|PROPN)$/.test(words[i - 2]!.pos)));
  // "voters support banning ...", "polls show 40 percent": after a plural subject also a gerund or a number
  // (not an adjective: "the tariffs companies charge foreign operators", "figures support recent data")
  const pluralSubject = /S$/.test(prev.key) && /^(NOUN|PROPN)$/.test(prev.pos);
  return subject && !POSSESSIVE_PRONOUNS.has(prev.key) && (/^(DET|PRON|PROPN)$/.test(next.pos) || next.key === 'THAT' || next.key === 'TO' || (pluralSubject && (next.pos === 'NUM' || (next.pos === 'VERB' && /ING$/.test(next.key)))));
}

/** ", warning that ...": a participle after a comma, before "that", that the tagger read as a noun. */
export function participleTaggedNoun(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  return w.pos === 'NOUN' && /ING$/.test(w.key) && w.punctBefore.trim() === ',' && next !== undefined && next.key === 'THAT' && !next.punctBefore;
}

/**
 * "..., new fundraising reports show.": a cue verb the tagger read as a noun, closing an inverted frame after a
 * plural subject (a singular "the show." stays a noun).
 */
export function verbTaggedNounClosingFrame(words: Word[], i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  return w.pos === 'NOUN' && !w.punctBefore && prev !== undefined && /^(NOUN|PROPN)$/.test(prev.pos) && /S$/.test(prev.key) && !prev.possessive && (next === undefined || /[,.;]/.test(next.punctBefore)) && /,/.test(words.slice(0, i).map((x) => x.punctBefore).join(''));
}

// Determiners that are never pronouns ("this" and "that" may be: "This shows voters want ...").
export const ARTICLES = attributionWords('articles');

/**
 * A verb form between an article (past an adverb: "a widely read"; past an adjective and "and": "an able and
 * determined rival") and a noun modifies the noun: an adjective. So does a participle in -ed right after a number
 * ("leads by 270 pledged delegates", before a common noun or adjective: "Seven backed Lind" is a saying; nor a present
 * after a quantity, its subject: "those over 45 support X").
 */
export function participleAfterDeterminer(words: Word[], i: number): boolean {
  if (words[i]!.punctBefore) return false;
  let k = i - 1;
  while (k >= 0 && words[k]!.pos === 'ADV' && /LY$/.test(words[k]!.key) && !words[k + 1]!.punctBefore) k--;
  if (k > 1 && words[k]!.key === 'AND' && !words[k]!.punctBefore && !words[k + 1]!.punctBefore && words[k - 1]!.pos === 'ADJ') k -= 2;
  const next = words[i + 1];
  if (k >= 0 && words[k]!.pos === 'NUM' && k === i - 1 && /ED$/.test(words[i]!.key)) return next !== undefined && !next.punctBefore && /^(NOUN|ADJ)$/.test(next.pos);
  return k >= 0 && ARTICLES.has(words[k]!.key) && words[k]!.pos === 'DET' && !words[k + 1]!.punctBefore && next !== undefined && !next.punctBefore && /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos);
}

const CUE_CLAUSE_OPENERS = attributionWords('cue-clause-openers');

/** What may open a clause after a cue: "that", "to", "if", "whether", a subject pronoun, a colon. */
export function mayOpenClause(words: Word[], at: number): boolean {
  const next = words[at];
  return next !== undefined && (CUE_CLAUSE_OPENERS.has(next.key) || SUBJECT_PRONOUNS.has(next.key) || next.punctBefore.includes(':'));
}
