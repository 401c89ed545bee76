import { wordList } from './repair-tree.js';

// In edited prose a word written all in lower case is no proper noun, whatever its neighbours: the tagger,
// trained partly on web text, read "Iraq blames Iran" as one name and "U.S. purchases" or "bank" after
// "U.S." as part of one. Name particles ("Barend du Plessis", "al-Sabah", "Petroleos de Venezuela") are the
// exception (data/syntax/name-particles.tsv). A sentence that does not open with a capital is not taken for
// edited prose (chat, all-lower-case text), and its lower-case names stay possible.

/** Per word, the class `properNoun` when the word may not take it, else -1. */
export function lowerCaseExclusions(forms: readonly string[], properNoun: number): Int16Array {
  const out = new Int16Array(forms.length).fill(-1);
  const first = forms.find((f) => /[A-Za-z]/.test(f));
  if (properNoun < 0 || !first || !/^[A-Z]/.test(first)) return out;
  const particles = wordList('name-particles.tsv');
  forms.forEach((form, i) => {
    if (/^[a-z]+$/.test(form) && !particles.has(form)) out[i] = properNoun;
  });
  return out;
}
