import { trimContent } from '../clauses.js';
import { verbal } from '../phrases.js';
import { sentenceAttributions, type SentenceContext } from './types.js';

// "Delegates who plan to attend the convention could be faced with a choice", "Efforts to help rebuild the port
// largely fell to the wayside": a cue inside the subject of a later verb of the sentence (a relative clause or a
// noun's infinitive in it). Its infinitive content is part of that subject and ends with it; the word rules ran it
// on to the sentence's end. The dependency tree tells the subject, read only for the infinitive contents with a verb
// further on.

/** Infinitive contents that run on past the end of the subject holding their cue end there. */
export function contentsInSubjects(ctx: SentenceContext): void {
  const layer = ctx.syntax;
  if (!layer) return;
  const { text, words } = ctx;
  for (const a of sentenceAttributions(ctx)) {
    const last = a.content[a.content.length - 1]!;
    if (a.content.length !== 1 || last.start < a.cue.end) continue;
    const k = words.findIndex((w) => w.start >= last.start);
    if (k < 0 || words[k]!.key !== 'TO' || !verbal(words[k + 1])) continue;
    // (the word check: a verb further on in the content, no punctuation before it, not another infinitive)
    const later = words.find((w, j) => j > k + 2 && w.end <= last.end && verbal(w) && words[j - 1]!.key !== 'TO' && !/ING$/.test(w.key));
    if (!later || words.slice(k + 1, words.indexOf(later) + 1).some((w) => w.punctBefore.trim())) continue;
    const { first, count } = layer.sentence(ctx.sentence);
    let verb = -1;
    for (let t = first; t < first + count && verb < 0; t++) if (layer.tokenStart(t) < later.end && later.start < layer.tokenEnd(t)) verb = t;
    if (verb < 0) continue;
    // (an auxiliary or copula hangs on its verb or predicate, which has the subject: "could be faced")
    if (/^(aux|cop)/.test(layer.relation(verb)) && layer.head(verb) >= 0) verb = layer.head(verb);
    const subject = layer.childrenBy(verb, 'nsubj', 'nsubj:pass', 'csubj')[0];
    if (subject === undefined) continue;
    const phrase = layer.phrase(subject);
    if (phrase.start > a.cue.start || phrase.end <= last.start || phrase.end >= last.end) continue;
    const span = trimContent(text, { start: last.start, end: phrase.end });
    if (span.end > span.start) a.content[a.content.length - 1] = span;
  }
}
