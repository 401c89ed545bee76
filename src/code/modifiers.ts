import type { Group } from './sentence-actors.js';
import type { Word } from './words.js';
import { ownedNounWords, topicNounWords, tradedGoodsWords } from './dictionaries.js';

// A country or a capital named before a noun that describes or places the noun rather than naming an actor:
// "Japanese sovereignty", "the Iraq war", "the Paris stock exchange".

/**
 * A country adjective standing alone before a noun ("Japanese sovereignty") modifies it: it is not an actor; nor
 * a country's name before a noun of a topic (data/lexicon/topic-nouns.tsv).
 */
export function isModifier(words: Word[], group: Group, nextGroup?: Group): boolean {
  if (group.mentions.length !== 1) return false;
  const m = group.mentions[0]!;
  if (m.kind !== 'actor') return false;
  const next = words[group.end];
  const nounFollows = next !== undefined && /^-?$/.test(next.punctBefore) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  // Only Annals' own adjectives: a user's PETRARCH dictionary decides itself what a phrase codes. (Not before a
  // noun of what an actor proposes or holds: "the French proposal" is France's, data/lexicon/owned-nouns.tsv; nor
  // before goods it sells: "Canadian rapeseed", data/lexicon/traded-goods.tsv.)
  // (The noun may follow describing words: "Japanese electronic goods".)
  let noun = group.end;
  while (noun < group.end + 2 && words[noun]?.pos === 'ADJ' && /^\p{Ll}/u.test(words[noun]!.raw) && words[noun + 1]?.punctBefore === '') noun++;
  const nounKey = words[noun]?.key ?? '';
  // ("a British cargo ship", "Iranian oil installations": the owned noun may follow a noun that describes it.)
  const describedKey = words[noun]?.pos === 'NOUN' && /^\p{Ll}/u.test(words[noun]!.raw) && words[noun + 1]?.punctBefore === '' && words[noun + 1]?.pos === 'NOUN' ? words[noun + 1]!.key : '';
  if (m.entry.kind === 'adjective' && nounFollows && !ownedNounWords().has(nounKey) && !ownedNounWords().has(describedKey) && !tradedGoodsWords().has(nounKey)) return true;
  // "European and Asian exporters": the first of two adjectives joined before the noun (not before a role:
  // "European and Asian leaders" are two actors).
  if (m.entry.kind === 'adjective' && next !== undefined && (next.key === 'AND' || next.key === 'OR')) {
    const joinedAdjective = ['ADJ', 'PROPN'].includes(words[group.end + 1]?.pos ?? '') && ['NOUN', 'PROPN'].includes(words[group.end + 2]?.pos ?? '') && words[group.end + 2]!.punctBefore === '';
    const roleFollows = nextGroup !== undefined && nextGroup.start === group.end + 1 && nextGroup.mentions.some((x) => x.kind === 'agent');
    if (joinedAdjective && !roleFollows) return true;
  }
  // "the Paris stock exchange", "the Paris, Amsterdam and Lisbon stock exchanges": a capital (and a list of them)
  // before a common noun names where the thing is, not a government ("Tokyo said", "talks with Beijing" stay).
  // (Not an owner: "Seoul's package of measures" is Seoul's.)
  if (m.entry.kind === 'capital' && !words[group.end - 1]!.possessive && placeBeforeNoun(words, group.end)) return true;
  // "the Iraq war", "the EU constitution", "the 1976 Berne protocol": a country's (or a capital's) name before a noun
  // of a topic names the topic.
  return (m.entry.kind === 'country' || m.entry.kind === 'organisation' || m.entry.kind === 'capital') && nounFollows && ['NOUN', 'PROPN'].includes(next.pos) && topicNounWords().has(next.key);
}

/** Whether the words from `at` (more capitalised names of a list, then a lower-case common noun) make a place a noun's modifier. */
function placeBeforeNoun(words: Word[], at: number): boolean {
  let k = at;
  // ("Paris, Amsterdam and Lisbon stock exchanges": past the rest of a list of names.)
  while (k < at + 8 && k < words.length && (words[k]!.key === 'AND' || (words[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(words[k]!.raw)))) k++;
  const noun = words[k];
  return noun !== undefined && /^-?$/.test(noun.punctBefore) && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.raw);
}
