import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { DAYS, MONTHS, TIME_NOUNS } from '../clauses.js';
import { verbal } from '../phrases.js';
import { hasQuote } from './quotations.js';

// The tail of an object content that is the frame's, not the content's: the manner of the saying ("by pointing
// out"), a second predicate ("but also went on"), a time or venue of the saying ("during a call Tuesday").

const SAYING_VENUES = attributionWords('saying-venues');
const TAIL_PREPOSITIONS = attributionWords('tail-prepositions');

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
    const opens = TAIL_PREPOSITIONS.has(w.key) || (DAYS.has(w.key) && !words[k - 1]!.possessive);
    if (!opens) continue;
    const rest = words.slice(k, last + 1);
    if (rest.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /["\u201c\u201d]/.test(x.punctBefore))) continue;
    const situates = DAYS.has(w.key) || rest.slice(1, 5).some((x) => DAYS.has(x.key) || MONTHS.has(x.key) || TIME_NOUNS.has(x.key) || SAYING_VENUES.has(x.key) || /^(1[89]|20)\d\d$/.test(x.key));
    if (situates) return words[k - 1]!.end;
  }
  return end;
}
