import { type Word } from '../../code/words.js';
import { attributionWords } from '../lexicon.js';
import { verbal } from '../phrases.js';
import { matchCue } from './cues.js';

// Whether a participle after a content's comma goes on with the content or is the frame's (clauses.ts asks).

const COMPLEMENTIZERS = attributionWords('complementizers');
const SUBORDINATORS = attributionWords('subordinators');
const LISTING_PARTICIPLES = attributionWords('listing-participles');

/**
 * The words from `from` to `k` hold a clause that is complete by then: a verb, and no subordinator or preposition
 * opening it ("that while X, the attacks ...": the clause's subject comes after the comma).
 */
export function finishedClause(words: Word[], from: number, k: number): boolean {
  let j = from;
  if (COMPLEMENTIZERS.has(words[j]?.key ?? '')) j++;
  const opener = words.slice(j, Math.min(k, j + 3)).some((w) => SUBORDINATORS.has(w.key) || w.pos === 'SCONJ') || words[j]?.pos === 'ADP';
  return !opener && words.slice(j, k).some((w) => verbal(w) && !LISTING_PARTICIPLES.has(w.key));
}

/**
 * "said sales rose in May, bringing the total to ...": after a content that is a whole clause, a participle that is
 * no cue verb tells what the content's event did or led to, so it is still the content. A cue participle (", adding
 * that") is the frame's, and so is one after an infinitive content ("vowed to cut costs, reversing a promise": the
 * participle's subject is the frame's). (Train, against ending there: 33 contents gained, 13 lost.)
 */
export function participleInContent(words: Word[], from: number, k: number): boolean {
  return words[from]?.key !== 'TO' && !matchCue(words, k) && finishedClause(words, from, k);
}
