import { FINITE_XPOS } from './repair-tree.js';
import { wordnetLetters } from './wordnet-classes.js';

// A sentence needs a predicate. Headlines drop articles and auxiliaries ("Howard rejects BNP's claim", "Venezuela
// and China sign oil deal"), and the tagger, trained on full sentences, then reads every word as a noun: the parse
// has no verb and the coder no event. When the tagger finds no predicate (a finite verb, a passive participle or an
// infinitive) in a sentence that opens with a noun phrase, a word after that phrase that WordNet knows as a verb
// agreeing with it is taken for the predicate: a verb -s form after a singular noun or name ("Howard rejects"), a
// base form after a plural or coordinated subject ("Protesters plan", "Venezuela and China sign"). The sentence is
// then tagged again with that word a verb.

/** Tags a subject phrase opening the sentence may hold. */
const SUBJECT_PHRASE_UPOS = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM', 'PART', 'CCONJ', 'PUNCT']);
const SUBJECT_HEAD_UPOS = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * How far (in the tagger's score units) VERB may have lost to the tag chosen for the word taken as the predicate.
 * Set by reading the choices on the 927 headlines of BBC News politics and business (which no gold set holds): in
 * the final version, below it the word chosen was the verb for about 146 of 162 headlines (many already tagged a
 * verb in its base form), above it for about 16 of 31 ("Assembly ballot papers 'missing'", "Five million Germans
 * out of work" have none).
 */
const VERB_MARGIN = 90;

/** Whether the noun or name at `k` is plural, or the last of coordinated ones ("Venezuela and China"). */
function pluralSubject(forms: readonly string[], upos: readonly string[], k: number): boolean {
  const lower = forms[k]!.toLowerCase();
  if (wordnetLetters(lower).includes('N')) return true;
  if (upos[k] === 'PROPN' && /[^s]s$/.test(forms[k]!)) return true;
  return forms.slice(0, k).some((f, i) => upos[i] === 'CCONJ' && f.toLowerCase() === 'and');
}

/**
 * The token to tag as the sentence's verb, or -1 when the sentence has a verb or no word agrees as one. Of several
 * words that could be ("US crude prices surge", "Howard attacks cost of asylum"), the one the tagger found the most
 * verb-like: `margins[k]` is how far VERB scored below the tag chosen for word k.
 */
export function verblessPredicate(forms: readonly string[], upos: readonly string[], xpos: readonly string[], margins: Float32Array): number {
  // (A finite verb after the first word is the predicate, and so are a headline's passive participle and its
  // infinitive, "Umbro profits lifted by Euro 2004", "EU ministers to mull jet fuel tax"; a gerund is not one, "Blair
  // blasts Tory spending plans", nor a capitalised first word the tagger took for a verb, "Labour MP praises …".)
  if (upos.some((t, k) => k > 0 && (t === 'VERB' || t === 'AUX') && (FINITE_XPOS.has(xpos[k]!) || xpos[k] === 'VBN' || xpos[k - 1] === 'TO'))) return -1;
  let best = -1;
  for (let k = 1; k < forms.length && (k === 1 || SUBJECT_PHRASE_UPOS.has(upos[k - 1]!)); k++) {
    // (A name the tagger read as an adjective heads a subject too: "Brown visits slum", "Short attacks US".)
    // (So does a capitalised first word the tagger took for a verb, unless it has a verb's ending: "Mixed signals".)
    const misread = (upos[k - 1] === 'ADJ' || (upos[k - 1] === 'VERB' && k === 1 && !/(ed|ing)$/.test(forms[0]!))) && /^[A-Z][a-z]/.test(forms[k - 1]!);
    const head = SUBJECT_HEAD_UPOS.has(upos[k - 1]!) || misread;
    if (!/^[a-z]+$/.test(forms[k]!) || !head) continue;
    const letters = wordnetLetters(forms[k]!);
    const plural = pluralSubject(forms, upos, k - 1);
    const agrees = (letters.includes('s') && !plural) || (letters.includes('v') && plural);
    if (agrees && (best < 0 || margins[k]! < margins[best]!)) best = k;
  }
  return best >= 0 && margins[best]! < VERB_MARGIN ? best : -1;
}
