import type { AnnalsDocument, Sentence } from '../document/document.js';
import { sentenceWords } from '../code/words.js';
import { cueLexicon } from './lexicon.js';
import { trimContent } from './clauses.js';
import { QUANTIFIERS, clauseSubject, cueStartOf } from './phrases.js';
import { accordingTo } from './rules/according-to.js';
import { citing } from './rules/citing.js';
import { colonAttribution } from './rules/colon-headlines.js';
import { matchCue, useCueLexicon, mayOpenClause, participleAfterDeterminer, thatClauseCue, verbTaggedNoun, verbTaggedNounClosingFrame } from './rules/cues.js';
import { EVIDENTIAL_ADVERBS, evidentialAdverb, evidentialFrame } from './rules/evidentials.js';
import { inSourceAttribution } from './rules/findings.js';
import { nounCue } from './rules/noun-cues.js';
import { QUOTE_REACH, joinParagraphQuotations, leaveClaimedQuotations, quotations } from './rules/quotations.js';
import { type AttributionOptions, type RawAttribution } from './rules/types.js';
import { verbCueOrOpener } from './rules/verb-frames.js';

// Attributions: who says (or thinks, or wants) what. Each is a cue ("said", "according to", "citing"),
// its content (one or more spans: a quotation may be interrupted by "he said") and, when named, its source.
// Found by rules over the sentence's words and parts of speech, and over quotation marks in the paragraph;
// the rules, one file each in rules/, run in the order of RULES below.

export type { LinkKind } from '../document/annotations.js';
export type { AttributionOptions, RawAttribution } from './rules/types.js';

/** Attributions of one document, before nesting and chains. */
export function findAttributions(doc: AnnalsDocument, options: AttributionOptions = {}): RawAttribution[] {
  useCueLexicon(cueLexicon(options.wordnetCues ?? true));
  const text = doc.text;
  const found: RawAttribution[] = [];
  const article = doc.article;
  if (!article) return found;
  const allQuotes = article.bodySpans.flatMap((p) => quotations(text, p)).sort((a, b) => a.start - b.start);
  // Each sentence looks only at the quotations near it (those a frame can reach: the quotation before it, those
  // going on after it), so the cost stays linear in the document's length.
  let low = 0;
  let high = 0;

  doc.sentences.forEach((sentence: Sentence, index) => {
    while (low < allQuotes.length && allQuotes[low]!.end < sentence.start - QUOTE_REACH) low++;
    high = Math.max(high, low);
    while (high < allQuotes.length && allQuotes[high]!.start <= sentence.end + QUOTE_REACH) high++;
    const quotes = allQuotes.slice(low, high);
    const inQuote = (at: number) => quotes.find((q) => at > q.start && at < q.end - 1);
    const words = sentenceWords(text, sentence);
    const taken = new Set<number>();
    const sentenceFrom = found.length;
    const nearQuote = quotes.some((q) => q.end >= sentence.start - 3 && q.start <= sentence.end);
    const colonFrame = colonAttribution(text, sentence, words, index);
    if (colonFrame) found.push(colonFrame);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const cue = matchCue(words, i) ?? thatClauseCue(words, i);
      if (w.pos === 'NOUN' && !inQuote(w.start) && !taken.has(i) && !verbTaggedNoun(words, i) && !(cue && verbTaggedNounClosingFrame(words, i))) {
        const nominal = nounCue(text, sentence, words, i, index, quotes);
        if (nominal) {
          found.push(nominal);
          continue;
        }
      }
      if (!cue || inQuote(w.start) || taken.has(i)) continue;
      const cueEnd = i + cue.words.length;
      // "a group called Black Votes Matter", "a book titled ...": a naming participle after an indefinite noun
      // phrase names it; nobody says anything.
      if (/^(CALLED|NAMED|TITLED|DUBBED|ENTITLED)$/.test(w.key) && i > 1 && /^(NOUN|PROPN)$/.test(words[i - 1]!.pos) && !w.punctBefore) {
        let k = i - 1;
        while (k > 0 && k > i - 5 && !words[k]!.punctBefore && !/^(A|AN|ANOTHER)$/.test(words[k - 1]!.key)) k--;
        if (k > 0 && /^(A|AN|ANOTHER)$/.test(words[k - 1]!.key) && !words[k]!.punctBefore) continue;
      }
      // "The index fell 23 points to 6,661", "a quarter percentage point to 2%": a quantity, not a "point to".
      if (cue.words[cue.words.length - 1] === 'TO' && cue.words[0] !== 'ACCORDING' && /^[\d.,]+%?$/.test(words[cueEnd]?.raw ?? '')) continue;
      // The second half of a hyphenated word ("so-called", "much-discussed") is no verb of its own.
      if (w.punctBefore === '-' && i > 0) continue;
      // "Trump's reported net worth", "the party's stated goal": a participle after a possessive is an adjective.
      if (i > 0 && words[i - 1]!.possessive && words[i - 1]!.pos !== 'PRON' && /ED$/.test(w.key) && !w.punctBefore) continue;
      // "the proposed law", "an added benefit", "a widely read column": so is one after a determiner.
      if (participleAfterDeterminer(words, i)) continue;
      // "grew thanks to strong exports": "thanks to" is a preposition.
      if (w.key === 'THANKS' && words[cueEnd]?.key === 'TO') continue;
      // "Smith reported from Los Angeles.": a reporter's credit line, not a report of anything.
      if (w.key.startsWith('REPORT') && words[cueEnd]?.key === 'FROM' && !words[cueEnd]!.punctBefore) continue;
      // A WordNet verb needs a clause or a quotation: a cheap look first (they are many, and mostly not cues).
      if (cue.generated && !cue.object && !nearQuote && !mayOpenClause(words, cueEnd)) continue;
      // "refused to disclose", "plans to support": an infinitive after another verb is that verb's complement.
      if (words[i - 1]?.key === 'TO' && !w.punctBefore && /^(VERB|AUX|ADJ)$/.test(words[i - 2]?.pos ?? '')) continue;
      // Verbs only ("the report", "a call" are not cues); "according to" is the one prepositional cue.
      const prepositional = cue.words[0] === 'ACCORDING';
      if (!prepositional && !(w.pos === 'VERB' || w.pos === 'AUX' || verbTaggedNoun(words, i) || verbTaggedNounClosingFrame(words, i))) continue;
      // A WordNet verb only as a verb: not a noun ("the group"), not a name inside the sentence ("Josh").
      if (cue.generated && (w.pos !== 'VERB' || (i > 0 && /^[A-Z]/.test(w.raw)))) continue;
      // "seemed to blame the network": the hedge is the cue verb's ("seemed to blame"), its subject the source.
      const hedgedCue = cue.evidential && words[cueEnd]?.key === 'TO' && matchCue(words, cueEnd + 1) && !matchCue(words, cueEnd + 1)!.generated;
      const attribution = cue.evidential && !hedgedCue
        ? evidentialFrame(text, words, i, cueEnd, index, quotes)
        : prepositional
        ? accordingTo(text, sentence, words, i, cueEnd, index)
        : w.key === 'CITING' || w.key === 'QUOTING'
          ? citing(text, sentence, words, i, cueEnd, index, found, quotes)
          : verbCueOrOpener(text, sentence, words, i, cueEnd, cue, index, quotes);
      if (attribution) {
        // "the United States, which threatened ...": the source as written is the relative pronoun, which
        // refers to the phrase before it (as attribution corpora span it).
        const pronoun = words[cueStartOf(words, i) - 1];
        if (pronoun && (pronoun.key === 'WHICH' || pronoun.key === 'WHO') && attribution.source && attribution.source.end <= pronoun.start) {
          attribution.refersTo = attribution.source;
          attribution.source = { start: pronoun.start, end: pronoun.end };
        }
        // "“...,” said Murphy, adding that ...": a participle's subject is the previous frame's source.
        // So is one after "before", "after", "while", "by" or a comma and an adverb ("..., even suggesting"),
        // or a bare participle ("He sent a memo to the paper explaining ..."); else the clause's subject.
        // (The frame of the main clause, not one nested in its content: "Carson said he plans X, insisting".)
        const here = found.slice(sentenceFrom);
        const outer = (a: RawAttribution) => !here.some((b) => b !== a && b.content.some((c) => c.start <= a.cue.start && a.cue.start < c.end));
        const previous = here.reverse().find(outer) ?? found[sentenceFrom - 1];
        const group = cueStartOf(words, i);
        const participle =
          !attribution.citedBy && !prepositional && /ING$/.test(w.key) && (words[group]!.punctBefore.includes(',') || /^(BEFORE|AFTER|WHILE|BY|WITHOUT)$/.test(words[group - 1]?.key ?? '') || (group === i && group > 0 && words[group - 1]!.pos !== 'AUX'));
        // (Not a nominal frame's possessive: "She escalated her criticism, telling ...".)
        const verbalFrame = (a: RawAttribution) => words.some((x) => x.start >= a.cue.start && x.end <= a.cue.end && x.pos === 'VERB');
        if (participle && previous?.sentence === index && previous.source && previous.cue.end < w.start && verbalFrame(previous)) attribution.source = previous.source;
        else if (participle) {
          const subject = clauseSubject(text, words, group);
          if (subject) attribution.source = subject;
        }
        found.push(attribution);
        for (let k = i; k < words.length && (k < cueEnd || words[k]!.start < attribution.cue.end); k++) taken.add(k);
      }
    }
    // "About half of voters say ...", "at least 40 percent", "four out of 10 voters": the quantity's words
    // before the noun phrase are the source's too.
    for (const a of found) {
      if (a.sentence !== index || !a.source) continue;
      let k = words.findIndex((w) => w.start === a.source!.start);
      if (k <= 0) continue;
      const from = k;
      for (;;) {
        const prev = words[k - 1];
        if (!prev || words[k]!.punctBefore.trim()) break;
        if (QUANTIFIERS.has(prev.key)) k--;
        else if ((prev.key === 'LEAST' && words[k - 2]?.key === 'AT') || (prev.key === 'THAN' && /^(MORE|LESS|FEWER)$/.test(words[k - 2]?.key ?? ''))) k -= 2;
        else if (prev.key === 'OF' && words[k - 2]?.key === 'OUT' && words[k - 3]?.pos === 'NUM' && !words[k - 2]!.punctBefore.trim()) k -= 3;
        else break;
        if (k <= 0) break;
      }
      if (k < from && k >= 0) a.source = { start: words[k]!.start, end: a.source.end };
    }
    // "Rep. Jason Chaffetz (R-Utah)": a source holding an opening parenthesis takes its closing one.
    for (const a of found) {
      if (a.sentence !== index || !a.source) continue;
      const inside = text.slice(a.source.start, a.source.end);
      const close = /^\.?\)/.exec(text.slice(a.source.end, a.source.end + 2));
      if (close && inside.lastIndexOf('(') > inside.lastIndexOf(')')) a.source = { start: a.source.start, end: a.source.end + close[0].length };
      // "said Rep. Bobby Scott (D-Va.)": a party label right after a name.
      const party = /^ \([A-Z][\w.]*-[A-Z][\w. ]{0,15}\)/.exec(text.slice(a.source.end, a.source.end + 24));
      if (party && !close) a.source = { start: a.source.start, end: a.source.end + party[0].length };
    }
    // "The FBI is reportedly making arrangements ...": a hedging adverb that no cue verb took in.
    for (let k = 1; k < words.length; k++) {
      if (!EVIDENTIAL_ADVERBS.has(words[k]!.key) || inQuote(words[k]!.start)) continue;
      if (found.some((a) => a.sentence === index && a.cue.start <= words[k]!.start && words[k]!.end <= a.cue.end)) continue;
      const hedged = evidentialAdverb(text, sentence, words, k, index, quotes);
      if (hedged) found.push(hedged);
    }
    // "<Trump leads by 12 points> in the latest CNN poll": a finding "in" a poll, survey, study or report,
    // when the sentence has no other frame.
    if (!found.some((a) => a.sentence === index)) {
      const finding = inSourceAttribution(text, words, index, inQuote);
      if (finding) found.push(finding);
    }
    // "<X wants to meet Y>, Kyodo reported": X's content stops where the reporting frame begins.
    const here = found.filter((a) => a.sentence === index);
    for (const a of here) {
      for (const b of here) {
        if (b === a || b.citedBy) continue;
        const frameStart = b.source && b.source.start > a.cue.end ? Math.min(b.source.start, b.cue.start) : b.cue.start;
        const last = a.content[a.content.length - 1]!;
        // (A passive frame's subject, "He said [the council] is expected [to ...]", is no inverted content.)
        if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.end <= frameStart && (c.start <= a.cue.start || b.source !== null))) {
          a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: frameStart });
        } else if (frameStart > last.start && frameStart < last.end && b.content.some((c) => c.start >= b.cue.end)) {
          // "Most said X, and they said Y": a frame after "and"/"but" inside A's content starts a clause of its
          // own; A's content ends before it. (After "because", "so", "while", "although", the frame is most
          // often A's reason or contrast, inside A's content: measured.)
          // (Only the tail before the frame is searched: an end-anchored pattern over the whole content is quadratic.)
          const from = Math.max(last.start, frameStart - 64);
          const cut = /[,;]?\s*(?:and|but)\s+$/i.exec(text.slice(from, frameStart));
          if (cut) a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: from + cut.index });
        } else if (b.source && a.source && b.source.start === a.source.start && b.cue.start > last.start && b.cue.start < last.end) {
          // "Wilson praised X and said Y": one subject, two frames; X ends before "and said".
          const from = Math.max(last.start, b.cue.start - 256);
          const cut = /\s+(?:and|but)(?:\s+\S+){0,3}\s*$/i.exec(text.slice(from, b.cue.start));
          if (cut && !/[.;]/.test(cut[0])) a.content[a.content.length - 1] = trimContent(text, { start: last.start, end: from + cut.index });
        }
      }
    }
  });
  leaveClaimedQuotations(found);
  joinParagraphQuotations(text, allQuotes, found);
  return found;
}
