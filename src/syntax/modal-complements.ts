import { wordnetLetters } from './wordnet-classes.js';

// After a modal comes a verb: "will open talks". The tagger, reading "open talks" as an adjective and its noun, made
// "talks" the root and lost the event. A word right after a modal that the tagger took for an adjective or a noun,
// and that WordNet knows as a verb in its base form, is tagged a verb. (Not past an adverb or "be": "will soon be
// open" keeps its adjective. Not after "to", which the tagger also marks TO where it is a preposition: "a letter to
// top American policy makers".)

/** The tokens to tag as verbs: each right after a modal (MD), tagged ADJ or NOUN, a base verb in WordNet. */
export function modalComplements(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): number[] {
  const out: number[] = [];
  for (let k = 1; k < forms.length; k++) {
    if (xpos[k - 1] !== 'MD') continue;
    if ((upos[k] !== 'ADJ' && upos[k] !== 'NOUN') || !/^[a-z]+$/.test(forms[k]!)) continue;
    if (wordnetLetters(forms[k]!).includes('v')) out.push(k);
  }
  return out;
}
