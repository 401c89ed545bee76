import type { Word } from '../../code/words.js';
import { matchCue } from './cues.js';
import { AUX_OR_ADVERB } from '../phrases.js';
import { attributionWords } from '../lexicon.js';

const FINITE_CUE_FORMS = attributionWords('irregular-past-cues');
// Words that open a sentence before its verb as adverbs or subordinators: "So says", "When asked", "Still leads".
const NOT_OPENING_NAMES = new Set([...attributionWords('sentence-opening-adverbs'), ...attributionWords('subordinators'), ...attributionWords('wh-words'), ...attributionWords('linking-adverbs')]);

// Headlines that capitalise their words: the tagger reads every word as a name, so a cue verb among them is told
// by its form and place.

/**
 * "Hillary Clinton Slams Donald Trump On Abortion", "Obama Claims Hillary Most Qualified": in a headline that
 * capitalises its words the tagger reads every word as a name; a hand-written cue verb's -s form after the
 * capitalised subject and before more words is the headline's verb. (A copy of the words: the coder keeps its own.)
 */
export function titleCaseVerbs(words: Word[]): Word[] {
  if (words.length < 3 || !titleCase(words)) return words;
  let copy: Word[] | null = null;
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    const cue = w.pos === 'PROPN' && /S$/.test(w.key) && /^\p{Lu}\p{Ll}/u.test(w.raw) && !w.punctBefore && !w.possessive ? matchCue(words, i) : null;
    if (!cue || cue.generated || !/^(PROPN|NOUN)$/.test(words[i - 1]!.pos) || words[i - 1]!.possessive) continue;
    copy ??= [...words];
    copy[i] = { ...w, pos: 'VERB' };
  }
  return copy ?? words;
}

/** A sentence that capitalises most of its words, as headlines do. */
export function titleCase(words: Word[]): boolean {
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w.raw)).length;
  return capitalised * 2 > words.length;
}


/**
 * "Mr. Jolly said", "Rep. David Jolly said": outside a headline that capitalises its words, a capitalised word the
 * tagger reads as an adverb after a name's first word or a title, right before a lower-case verb, is a name (a copy of
 * the words when one is retagged).
 */
export function namesReadAsAdverbs(words: Word[]): Word[] {
  let copy: Word[] | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    // (Only after a name's first word or a title: "So said", "When asked" opening a sentence are adverbs.)
    const prev = words[i - 1];
    if ((i === 0 && opensWithName(words)) || closesWithName(words, i)) {
      copy ??= [...words];
      copy[i] = { ...w, pos: 'PROPN' };
      continue;
    }
    if (!prev || prev.pos !== 'PROPN' || !/^\p{Lu}/u.test(prev.raw) || w.punctBefore) continue;
    if (w.pos !== 'ADV' || !/^\p{Lu}\p{Ll}/u.test(w.raw) || AUX_OR_ADVERB.has(w.key) || next.punctBefore || next.pos !== 'VERB' || !/^\p{Ll}/u.test(next.raw)) continue;
    if (titleCase(words)) return words;
    copy ??= [...words];
    copy[i] = { ...w, pos: 'PROPN' };
  }
  return copy ?? words;
}

/**
 * "Kindly told reporters", "Will urged the council to ...": a sentence opening with a capitalised word the tagger
 * reads as an adverb or a modal, right before a finite cue verb ("said", "urges", "warned"), opens with a name: no
 * adverb of English stands before its verb without a subject, and no modal before a past or -s form.
 */
function opensWithName(words: Word[]): boolean {
  const [w, next] = words;
  if (!w || !next) return false;
  if (!/^(ADV|AUX)$/.test(w.pos) || !/^\p{Lu}\p{Ll}+$/u.test(w.raw) || next.punctBefore.trim() || w.possessive) return false;
  if ((w.pos === 'ADV' && AUX_OR_ADVERB.has(w.key)) || NOT_OPENING_NAMES.has(w.key)) return false;
  // (Not a base form after a modal: "Will decide".)
  return isFiniteVerbForm(next) && matchCue(words, 1) !== null && !titleCase(words);
}

/**
 * "The ferry is too slow, Jolly said.", "..., From said, adding ...": a capitalised word after a comma, right before a
 * finite cue verb that closes the sentence or its clause, is the inverted frame's name, whatever the tagger read it as
 * (an adverb, a preposition, a modal): no adverb or preposition stands between a comma and a closing verb.
 */
function closesWithName(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (i === 0 || !next || !/,\s*(?:["\u201d]|'')?\s*$/.test(w.punctBefore) || /^(PROPN|NOUN|PRON|DET|NUM)$/.test(w.pos) || !/^\p{Lu}\p{Ll}+$/u.test(w.raw) || w.possessive) return false;
  if (NOT_OPENING_NAMES.has(w.key)) return false;
  if (next.punctBefore.trim() || !isFiniteVerbForm(next)) return false;
  const after = words[i + 2];
  return (after === undefined || after.punctBefore.trim() !== '') && matchCue(words, i + 1) !== null && !titleCase(words);
}

/** A lower-case verb in a finite form a cue takes: "said", "warned", "urges", or an irregular past ("told"). */
function isFiniteVerbForm(w: Word): boolean {
  return w.pos === 'VERB' && /^\p{Ll}/u.test(w.raw) && (/(ED|S)$/.test(w.key) || FINITE_CUE_FORMS.has(w.key));
}
