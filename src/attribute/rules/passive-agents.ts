import { BE_FORMS } from '../clauses.js';
import { NP_POS, wordIndexesIn } from '../phrases.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

// "The ferry crew was asked to stay by the Harbour Board", "The quay is considered unsafe by Lee Marine": a
// passive cue with no source, whose content ends in "by" and a name's phrase: the phrase is the passive's agent,
// the source, and no part of the content.

/** A passive cue's agent closing its content is its source. */
export function trailingAgents(ctx: SentenceContext): void {
  const { words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const last = a.content[a.content.length - 1];
    if (a.source || !last || last.start < a.cue.end || ctx.inQuote(last.start)) continue;
    const cueWords = wordIndexesIn(words, a.cue).map((k) => words[k]!);
    const participle = cueWords[cueWords.length - 1];
    if (!participle || participle.pos !== 'VERB' || /ING$/.test(participle.key) || !cueWords.some((w) => BE_FORMS.has(w.key))) continue;
    const inside = wordIndexesIn(words, last);
    if (inside.length < 3) continue;
    const lastWord = inside[inside.length - 1]!;
    let by = -1;
    for (let k = lastWord; k > inside[0]! && k >= lastWord - 8; k--) {
      if (words[k]!.key === 'BY') {
        by = k;
        break;
      }
    }
    // (Not the agent of a participle inside the content: "every letter sent or received by the board".)
    if (by <= inside[0]! || words[by - 1]!.pos === 'VERB') continue;
    const agent = words.slice(by + 1, lastWord + 1);
    // A name's phrase: noun-phrase words (a name among them), no number or other punctuation than a name's stop.
    const phrase = agent.length > 0 && agent.every((w, k) => (NP_POS.has(w.pos) || w.possessive || (k > 0 && /^(OF|AND|ON|FOR)$/.test(w.key))) && w.pos !== 'NUM' && !/[,;:()"\u201c\u201d]/.test(w.punctBefore)) && agent.some((w) => w.pos === 'PROPN');
    if (!phrase || agent[0]!.pos === 'PRON') continue;
    a.source = { start: agent[0]!.start, end: last.end };
    a.content = [...a.content.slice(0, -1), { start: last.start, end: words[by - 1]!.end }];
  }
}
