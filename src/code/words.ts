import type { Span } from '../document/document.js';
import { tokenize, type Token } from '../annotate/tokens.js';
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
  for (const token of tokenize(text, sentence.start, sentence.end)) {
    const raw = text.slice(token.start, token.end);
    if (/^['\u2019]s?$/i.test(raw) && words.length > 0 && punct === '') {
      words[words.length - 1]!.possessive = true;
      continue;
    }
    const key = canonicalWord(raw);
    if (key === '') {
      punct += raw;
      continue;
    }
    words.push({ start: token.start, end: token.end, key, raw, pos: token.pos, punctBefore: punct, possessive: false });
    punct = '';
  }
  return words;
}

export type { Token };
