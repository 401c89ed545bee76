import type { Span } from '../../document/document.js';
import { type Word } from '../../code/words.js';
import { attributionWords, nounCueLexicon } from '../lexicon.js';
import { clauseEndAfter, trimContent } from '../clauses.js';
import { POSSESSIVE_PRONOUNS, clauseSubject, phraseBefore, spanWords, wordSpan } from '../phrases.js';
import { type RawAttribution } from './types.js';
import { matchCue } from './cues.js';
import { inQuoteAt } from './quotations.js';

// Statement nouns with a possessive source: "Trump's proposal to ban ...", "his comments on Muslims".

export const NOUN_CUE_PREPOSITIONS = attributionWords('noun-cue-prepositions');
const NOT_OWNERS = attributionWords('not-owners');
const NOT_THEIR_SUBJECTS = attributionWords('not-their-subjects');
const NOT_HIS_SUBJECTS = attributionWords('not-his-subjects');

/**
 * "Trump's controversial proposal to ban ...", "his comments on Muslims", "Graham's endorsement of Cruz": a
 * statement noun with a possessive source. The cue spans the noun with its adjectives and the preposition that
 * opens the content; the source keeps its "'s".
 */
export function nounCue(text: string, sentence: Span, words: Word[], i: number, index: number, quotes: Span[]): RawAttribution | null {
  const kind = nounCueLexicon().get(words[i]!.key);
  if (!kind || words[i]!.pos !== 'NOUN') return null;
  let first = i;
  while (first > 0 && words[first - 1]!.pos === 'ADJ' && !words[first]!.punctBefore) first--;
  if (first === 0 || words[first]!.punctBefore) return null;
  const owner = words[first - 1]!;
  let source: Span | null = null;
  let cueStart = words[first]!.start;
  if (POSSESSIVE_PRONOUNS.has(owner.key)) {
    const governed = ownerSubject(text, words, first - 1);
    source = governed?.subject ?? { start: owner.start, end: owner.end };
    // "has stepped up his attacks on", "reiterated his claim": the verb group that governs the noun is the cue's.
    // (Not a cue verb of its own, found as its own frame: "reiterated his claim".)
    if (governed && !words.slice(governed.head, first - 1).some((_, k) => matchCue(words, governed.head + k))) cueStart = words[governed.head]!.start;
  }
  else if (owner.possessive) {
    const phrase = phraseBefore(words, first, 0);
    if (!phrase) return null;
    const mark = /^['\u2019]s?/.exec(text.slice(owner.end, owner.end + 2));
    source = { start: words[possessorStart(words, phrase.start, first - 1)]!.start, end: owner.end + (mark ? mark[0].length : 0) };
  } else return null;
  const next = words[i + 1];
  if (!next || next.punctBefore) return null;
  const cue: Span = { start: cueStart, end: words[i]!.end };
  let from = i + 1;
  if (NOUN_CUE_PREPOSITIONS.has(next.key) && !(next.key === 'TO' && words[i + 2]?.pos === 'VERB')) {
    cue.end = next.end;
    from = i + 2;
  } else if (!(next.key === 'THAT' || next.key === 'TO')) return null;
  if (from >= words.length) return null;
  // The content: a clause ("that ...", "to ...") to the clause's end, else the object phrase up to a comma or a verb.
  let end = from;
  const clause = words[from - 1]!.key === 'THAT' || words[from]!.key === 'THAT' || words[from]!.key === 'TO';
  if (clause) {
    let clauseEnd = clauseEndAfter(text, words, from, sentence, (at) => inQuoteAt(quotes, at));
    // "Trump's proposal to ban X drew protests": an infinitive ends where the sentence's own verb comes.
    if (words[from]!.key === 'TO') {
      for (let k = from + 2; k < words.length && words[k]!.start < clauseEnd; k++) {
        if (words[k]!.pos === 'AUX' || (words[k]!.pos === 'VERB' && !/ING$/.test(words[k]!.key) && words[k - 1]!.key !== 'TO' && words[k - 1]!.key !== 'AND' && words[k - 1]!.key !== 'OR')) {
          clauseEnd = words[k - 1]!.end;
          break;
        }
      }
    }
    return { source, cue, content: [trimContent(text, { start: words[from]!.start, end: clauseEnd })], kind, sentence: index };
  }
  while (end < words.length && (end === from || !words[end]!.punctBefore) && !(end > from && (words[end]!.pos === 'AUX' || (words[end]!.pos === 'VERB' && !/ING$/.test(words[end]!.key))))) end++;
  return { source, cue, content: [wordSpan(words, from, end)], kind, sentence: index };
}

/**
 * "Trump continued his attacks on X", "He is doubling down on his support for Y", "Both were unanimous in their
 * condemnation of Z": a possessive pronoun's statement noun that the clause's verb (or a preposition after it)
 * governs is the subject's own act; the clause's subject is the source. Null when no verb governs it.
 */
function ownerSubject(text: string, words: Word[], owner: number): { subject: Span; head: number } | null {
  let verb = owner - 1;
  if (words[verb]?.pos === 'ADP' && !words[owner]!.punctBefore) verb--;
  while (verb > 0 && words[verb]?.pos === 'ADP' && !words[verb + 1]!.punctBefore) verb--;
  const governor = words[verb];
  if (!governor || verb < 1 || words[verb + 1]!.punctBefore || !(governor.pos === 'VERB' || (governor.pos === 'ADJ' && words[verb - 1]?.pos === 'AUX'))) return null;
  let head = verb;
  while (head > 0 && /^(AUX|ADV|VERB|ADJ)$/.test(words[head - 1]!.pos) && !words[head]!.punctBefore) head--;
  const subject = clauseSubject(text, words, head);
  if (!subject) return null;
  // (Not an expletive, another statement's owner, nor a pronoun of another number: "There were his comments",
  // "His comments renewed his criticism", "they answer his critics".)
  const said = spanWords(text, subject);
  const plural = words[owner]!.key === 'THEIR';
  if (said.some((w) => POSSESSIVE_PRONOUNS.has(w)) || NOT_OWNERS.has(said[0] ?? '') || (said.length === 1 && (plural ? NOT_THEIR_SUBJECTS : NOT_HIS_SUBJECTS).has(said[0]!))) return null;
  return { subject, head };
}

/**
 * "at the centre of Lee's complaint", "a view shaped by Cole's remarks": the possessor is the noun phrase after
 * the last preposition before the possessive word `owner`, not the phrase that preposition ends; the phrase from
 * `start` when none ("the Secretary of State's", a preposition inside a name, stays).
 */
function possessorStart(words: Word[], start: number, owner: number): number {
  for (let k = owner - 1; k >= start; k--) {
    const w = words[k]!;
    const inName = /^\p{Lu}/u.test(words[k - 1]?.raw ?? '') && /^\p{Lu}/u.test(words[k + 1]!.raw);
    if ((w.pos === 'ADP' || w.pos === 'VERB') && !inName) return k + 1;
  }
  return start;
}
