import type { Span } from '../../document/document.js';
import { wordIndexesIn, wordSpan } from '../phrases.js';
import { tokenStartingAt } from '../tree-subjects.js';
import { sentenceAttributions, type SentenceContext } from './types.js';
import { attributionWords } from '../lexicon.js';

const OBJECT_CONTROL_VERBS = attributionWords('object-control-verbs');

// "The rivals seized on the storm to criticise the mayor", "The board struggled on Monday to justify": the word
// rules read an infinitive cue's source backwards from "to" and may run over the main verb itself. The tree hangs
// the infinitive on the main verb (an adverbial clause of purpose, or an open complement) and gives it that verb's
// subject.

/**
 * An infinitive cue ("to explain") hung on a verb before it, whose source as the rules found it runs over that verb
 * ("The board struggled on Monday") or is a phrase after that verb the infinitive of purpose follows ("went on the
 * radio to applaud"), has for its source the tree's subject of the infinitive, when that subject ends before the verb.
 */
export function infinitiveTreeSubjects(ctx: SentenceContext): void {
  const layer = ctx.syntax;
  if (!layer) return;
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const source = a.source;
    if (!source || source.end > a.cue.start || a.refersTo) continue;
    const cueWords = wordIndexesIn(words, a.cue);
    if (cueWords.length < 2 || words[cueWords[0]!]!.key !== 'TO' || words[cueWords[1]!]!.pos !== 'VERB') continue;
    const verbWord = words[cueWords[1]!]!;
    const verb = tokenStartingAt(layer, ctx.sentence, verbWord);
    if (verb === undefined || !/^(advcl|xcomp)$/.test(layer.relation(verb))) continue;
    const governor = layer.head(verb);
    if (governor < 0 || layer.tag(governor) !== 'VERB' || layer.tokenStart(governor) >= a.cue.start) continue;
    // (The verb inside the source with words of its own after it: "struggled on Monday to justify"; not its last word,
    // a noun the tree may read as a verb: "allow farmers and fishermen to back".)
    const runsOver = source.start <= layer.tokenStart(governor) && layer.tokenEnd(governor) < source.end;
    // (Or the source the rules found is a phrase after that verb, when the tree reads the infinitive as one of purpose:
    // "went on television to praise", "was returning to her home town to mourn"; not an object the infinitive is said of,
    // "urged the mayor to act" (an open complement, or an object-control verb), nor the subject "for" gives it: "an
    // opening for the mayor to criticize".)
    const afterFor = /\bfor\s+$/i.test(ctx.text.slice(Math.max(0, source.start - 5), source.start));
    const afterVerb = source.start >= layer.tokenEnd(governor) && layer.relation(verb) === 'advcl' && !afterFor && !OBJECT_CONTROL_VERBS.has(layer.word(governor).toUpperCase());
    if (!runsOver && !afterVerb) continue;
    const subject = layer.subjects(verb)[0];
    if (subject === undefined) continue;
    const phrase = wholeWords(ctx, layer.phrase(subject));
    if (phrase && phrase.end <= layer.tokenStart(governor) && (phrase.start !== source.start || phrase.end !== source.end)) a.source = phrase;
  }
}

/** A span of the tree cut to the sentence's whole words (null when no word starts and ends inside it). */
function wholeWords(ctx: SentenceContext, span: Span): Span | null {
  const inside = wordIndexesIn(ctx.words, span);
  return inside.length === 0 ? null : wordSpan(ctx.words, inside[0]!, inside[inside.length - 1]! + 1);
}
