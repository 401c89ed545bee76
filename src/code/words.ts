import type { Span } from '../document/document.js';
import { forEachToken, type Token } from '../annotate/tokens.js';
import { canonicalWord } from './lexicon.js';

// A sentence as the coder reads it: the words (tokens with letters or digits) in canonical form, with the
// punctuation that came before each, a possessive mark, and the token's offsets and part of speech.

export interface Word extends Span {
  /** Canonical form: letters and digits, upper case ("U.S." → "US"). */
  key: string;
  /** As written. */
  raw: string;
  pos: string;
  /** Punctuation between the previous word and this one (",", ";", "(" ...), concatenated. */
  punctBefore: string;
  /** Followed by a possessive "'s" / "'". */
  possessive: boolean;
}

/** Words of each sentence object, so the coding and attribution stages tokenise a sentence once. */
const cache = new WeakMap<Span, { text: string; words: Word[] }>();

export function sentenceWords(text: string, sentence: Span): Word[] {
  const cached = cache.get(sentence);
  if (cached && cached.text === text) return cached.words;
  const words = tokenizeSentence(text, sentence);
  cache.set(sentence, { text, words });
  return words;
}

function tokenizeSentence(text: string, sentence: Span): Word[] {
  const words: Word[] = [];
  let punct = '';
  forEachToken(text, sentence.start, sentence.end, (start, end, pos, raw) => {
    if (isPossessiveMark(raw) && words.length > 0 && punct === '') {
      words[words.length - 1]!.possessive = true;
      return;
    }
    const key = canonicalWord(raw);
    // (A line break is no punctuation: wire copy wraps "a Pentagon\nnews conference" anywhere.)
    if (key === '' && raw.trim() === '') return;
    if (key === '') {
      punct += raw;
      return;
    }
    words.push({ start, end, key, raw, pos, punctBefore: punct, possessive: false });
    punct = '';
  });
  return words;
}

/** "'", "’", "'s", "’S": what /^['\u2019]s?$/i matches, without a regular expression per token. */
function isPossessiveMark(raw: string): boolean {
  if (raw.length === 0 || raw.length > 2 || (raw[0] !== "'" && raw[0] !== '\u2019')) return false;
  return raw.length === 1 || raw[1] === 's' || raw[1] === 'S';
}

export type { Token };

/** The canonical and written forms of a sentence's words, made once for every matcher that reads them. */
const forms = new WeakMap<readonly Word[], { keys: string[]; raws: string[] }>();
export function wordForms(words: readonly Word[]): { keys: string[]; raws: string[] } {
  let f = forms.get(words);
  if (!f) forms.set(words, (f = { keys: words.map((w) => w.key), raws: words.map((w) => w.raw) }));
  return f;
}

/** The word before a phrase that starts at word `at`, past a "the" opening it ("in the Gulf": "in"). */
export function wordBeforePhrase(words: readonly Word[], at: number): Word | undefined {
  return words[at - 1]?.key === 'THE' ? words[at - 2] : words[at - 1];
}
