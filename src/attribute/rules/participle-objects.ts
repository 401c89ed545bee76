import { wordIndexesIn } from '../phrases.js';
import { attributionWords } from '../lexicon.js';
import { DAYS, MONTHS, TIME_NOUNS } from '../clauses.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

const OBJECT_PREPOSITIONS = attributionWords('participle-object-prepositions');
const timeWord = (key: string) => TIME_NOUNS.has(key) || DAYS.has(key) || MONTHS.has(key);

/**
 * "poured money into groups backing the mayor", "ended with Jo Lee asking", "a fund for pilots seeking work": a
 * participle cue right after the object of a preposition (no comma) is a reduced relative on that object, whose
 * words say it; the source is that noun phrase, not the clause's subject. (Not a time, "in May saying"; not an "of"
 * phrase: participlesAfterOfPhrases; after "to" only an indefinite or quantified object, "gave money to a group
 * backing", since a definite one is most often a listener the subject's participle goes on from: "sent a memo to the
 * board explaining".)
 */
export function participlesAfterObjects(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const inCue = wordIndexesIn(words, a.cue);
    const i = inCue[0];
    if (a.refersTo || i === undefined || i < 2) continue;
    const w = words[i]!;
    const last = words[i - 1]!;
    if (w.pos !== 'VERB' || !/ING$/.test(w.key) || w.punctBefore.trim() || !/^(NOUN|PROPN|NUM)$/.test(last.pos) || last.possessive) continue;
    let j = i - 1;
    while (j > i - 6 && j > 0 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(words[j]!.pos) && !words[j]!.punctBefore.trim() && !timeWord(words[j]!.key)) j--;
    // (after "to" only an indefinite or quantified object: "gave money to a group backing", "to all pilots seeking")
    const indefiniteTo = words[j]!.key === 'TO' && words[j + 1]!.pos === 'DET' && words[j + 1]!.key !== 'THE';
    if (!(OBJECT_PREPOSITIONS.has(words[j]!.key) || indefiniteTo) || j === i - 1 || words[j + 1]!.punctBefore.trim() || timeWord(words[j + 1]!.key)) continue;
    const phrase = { start: words[j + 1]!.start, end: last.end };
    if (a.source && a.source.start >= phrase.start) continue;
    a.source = phrase;
  }
}
