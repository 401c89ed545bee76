import { attributionWords } from '../lexicon.js';
import { trimContent } from '../clauses.js';
import { phraseAfter, verbal, wordSpan } from '../phrases.js';
import { sentenceAttributions, type RawAttribution, type SentenceContext } from './types.js';

const PARTICIPLE_SUBORDINATORS = attributionWords('participle-subordinators');

// "Noting that turnout was low, Tester added ...", "After saying he was nervous, the man asked ...": a present participle
// cue opening the sentence has the main clause's subject for its source; its content ends where the main
// clause begins.

/** The source and content end of a participle cue that opens its sentence, from the main clause after it. */
export function openingParticiples(ctx: SentenceContext): void {
  const { text, words, index } = ctx;
  const here = sentenceAttributions(ctx);
  for (const a of here) {
    const i = words.findIndex((w) => w.start === a.cue.start);
    if (i < 0 || a.source || !/ING$/.test(words[i]!.key) || words[i]!.pos !== 'VERB') continue;
    const opens = i === 0 || (i === 1 && PARTICIPLE_SUBORDINATORS.has(words[0]!.key));
    if (!opens) continue;
    const main = mainClauseAfter(ctx, a, i);
    if (!main) continue;
    a.source = main.source;
    const last = a.content[a.content.length - 1];
    if (last && last.start < main.at && last.end > main.at) a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: main.at });
  }
}

/** The main clause after the participle at word `i`: where it starts (the comma) and its subject, or null. */
function mainClauseAfter(ctx: SentenceContext, a: RawAttribution, i: number): { at: number; source: { start: number; end: number } } | null {
  const { words, index } = ctx;
  for (let k = i + 1; k < words.length; k++) {
    if (!words[k]!.punctBefore.includes(',') || ctx.inQuote(words[k]!.start)) continue;
    const subject = phraseAfter(words, k, words.length);
    if (!subject) continue;
    // The main clause's own frame names its source with appositives ("Dana Perino, a host, refused"); else a
    // noun phrase right before a verb.
    const frame = ctx.found.find((b) => b !== a && b.sentence === index && b.source && b.source.start === words[k]!.start && b.cue.start > words[k]!.start);
    if (frame) return { at: words[k - 1]!.end, source: { ...frame.source! } };
    if (verbal(words[subject.end]) && !words[subject.end]!.punctBefore) return { at: words[k - 1]!.end, source: wordSpan(words, subject.start, subject.end) };
    return null;
  }
  return null;
}
