import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { DAYS, MONTHS, TIME_NOUNS } from '../clauses.js';
import { verbal } from '../phrases.js';
import { hasQuote } from './quotations.js';

// The tail of an object content that is the frame's, not the content's: the manner of the saying ("by pointing
// out"), a second predicate ("but also went on"), a time or venue of the saying ("during a call Tuesday").

const SAYING_VENUES = attributionWords('saying-venues');
const TAIL_PREPOSITIONS = attributionWords('tail-prepositions');
const BARE_TIME_OPENERS = attributionWords('bare-time-openers');

/**
 * "criticized the plan by pointing out ...", "praised the report but also went on ...": after an object (no verb
 * yet), "by" and a gerund is the manner of the saying, "but" and a verb a second predicate of its subject; the
 * content ends before them. Returns where the content ends (character offset).
 */
export function frameTailStart(words: Word[], start: number, end: number): number {
  for (let k = start + 1; k < words.length && words[k]!.end <= end; k++) {
    const w = words[k]!;
    if (verbal(w) || /[;:]/.test(w.punctBefore) || hasQuote(w.punctBefore)) return end;
    const next = words[k + 1];
    const manner = w.key === 'BY' && next?.pos === 'VERB' && /ING$/.test(next.key) && !next.punctBefore;
    const predicate = w.key === 'BUT' && (verbal(next) || (next?.pos === 'ADV' && verbal(words[k + 2]))) && !next!.punctBefore;
    if (manner || predicate) return words[k - 1]!.end;
  }
  return end;
}

/**
 * "endorsed Clinton during a conference call with reporters Tuesday", "announced his candidacy in June 2015": a
 * time or a venue of the saying at the end of an object content is neither content nor cue. Returns where the
 * content ends (character offset): before the first such phrase after which no verb comes.
 */
export function situatingTailStart(words: Word[], start: number, end: number): number {
  let last = start;
  while (last + 1 < words.length && words[last + 1]!.end <= end) last++;
  // (Only after an object: a clause keeps its own time and place, "said he would run on Tuesday", measured.)
  if (words.slice(start, last + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return end;
  for (let k = start + 1; k <= last; k++) {
    const w = words[k]!;
    if (w.punctBefore.trim() && !w.punctBefore.includes(',')) return end;
    // ("endorsed Cruz last week", "criticized the plan earlier this year": a bare time phrase, not one a
    // preposition or determiner before it takes in, "for next year", "his last year".)
    const bareTime = BARE_TIME_OPENERS.has(w.key) && !w.punctBefore && !/^(ADP|DET)$/.test(words[k - 1]!.pos) && !words[k - 1]!.possessive && bareTimePhrase(words, k, last);
    const opens = TAIL_PREPOSITIONS.has(w.key) || (DAYS.has(w.key) && !words[k - 1]!.possessive) || bareTime;
    if (!opens) continue;
    const rest = words.slice(k, last + 1);
    if (rest.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /["\u201c\u201d]/.test(x.punctBefore))) continue;
    const situates = DAYS.has(w.key) || bareTime || rest.slice(1, 5).some((x) => DAYS.has(x.key) || MONTHS.has(x.key) || TIME_NOUNS.has(x.key) || SAYING_VENUES.has(x.key) || /^(1[89]|20)\d\d$/.test(x.key));
    if (situates) return words[k - 1]!.end;
  }
  return end;
}

/** "last week", "this month", "earlier this year": from word `k` to `last`, a bare time opener, then time words ending in a time noun. */
function bareTimePhrase(words: Word[], k: number, last: number): boolean {
  const rest = words.slice(k + 1, last + 1);
  return rest.length > 0 && rest.length <= 2 && rest.every((x) => !x.punctBefore && (TIME_NOUNS.has(x.key) || BARE_TIME_OPENERS.has(x.key))) && TIME_NOUNS.has(rest[rest.length - 1]!.key);
}

/**
 * "endorsed Rep. Jo Lee (R-Texas)", "urged Gov. Ann Roe (D) to resign": a party label in a parenthesis right after
 * a name is the name's, inside an object content as inside a source (the parenthesis opening before word `k`).
 */
export function partyLabelAt(text: string, words: Word[], k: number): boolean {
  const w = words[k];
  if (!w || !w.punctBefore.trim().endsWith('(') || words[k - 1]?.pos !== 'PROPN') return false;
  const open = text.lastIndexOf('(', w.start);
  return /^\([RDI](?:-[A-Z][\w. ]{0,14})?\)/.test(text.slice(open, open + 20));
}
