import type { Word } from '../../code/words.js';
import { NP_POS, wordIndexesIn } from '../phrases.js';
import { BE_FORMS } from '../clauses.js';
import { attributionWords } from '../lexicon.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

const RELATIVE_PRONOUNS = attributionWords('relative-pronouns');

// "The bill, opposed by House Republicans, never became law", "an article cited by her campaign": a past participle
// with no auxiliary right before its "by" is a passive whose agent is the one who opposes, cites or backs; the noun
// phrase the participle follows is what it is done to, not its source.

/** A frame on a participle of a reduced passive ("a plan backed by X") takes the agent after "by" for its source. */
export function reducedPassiveAgents(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    if (!a.source || a.source.end > a.cue.start || a.refersTo) continue;
    const inCue = wordIndexesIn(words, a.cue);
    const i = inCue.at(-1);
    if (i === undefined || inCue.slice(0, -1).some((k) => words[k]!.pos !== 'ADV')) continue;
    const verb = words[i]!;
    const first = words[inCue[0]!]!;
    const before = words[inCue[0]! - 1];
    if (verb.pos !== 'VERB' || !/(ED|EN|WN)$/.test(verb.key) || !before || before.pos === 'AUX' || BE_FORMS.has(before.key)) continue;
    // (after its noun, "a plan backed by", or set off after it, "The bill, opposed by")
    if (!(/^(NOUN|PROPN)$/.test(before.pos) && !before.possessive && (!first.punctBefore.trim() || first.punctBefore.trim() === ','))) continue;
    const by = words[i + 1];
    if (by?.key !== 'BY' || by.punctBefore.trim() || !words[i + 2] || words[i + 2]!.punctBefore.trim() || (words[i + 2]!.pos === 'VERB' && /ING$/.test(words[i + 2]!.key))) continue;
    const end = agentPhraseEnd(words, i + 2);
    if (end <= i + 2) continue;
    a.source = { start: words[i + 2]!.start, end: words[end - 1]!.end };
  }
}

/** The end (exclusive) of the agent's noun phrase from word `start`: its words, "of"/"for" phrases and "and" between nouns, to punctuation or a relative pronoun. */
function agentPhraseEnd(words: Word[], start: number): number {
  let k = start;
  const np = (w: Word | undefined) => w !== undefined && (NP_POS.has(w.pos) || w.key === 'OF' || w.key === 'FOR') && !RELATIVE_PRONOUNS.has(w.key) && w.key !== 'THAT';
  // (a hyphenated word goes on: "big-bucks donors")
  while (k < words.length && (k === start || !words[k]!.punctBefore.trim() || (words[k]!.punctBefore === '-' && words[k]!.start === words[k - 1]!.end + 1))) {
    const w = words[k]!;
    if (np(w)) k++;
    else if ((w.key === 'AND' || w.key === 'OR') && np(words[k + 1]) && !words[k + 1]!.punctBefore.trim()) k++;
    else break;
  }
  while (k > start && /^(OF|FOR|AND|OR)$/.test(words[k - 1]!.key)) k--;
  return k;
}
