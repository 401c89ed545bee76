import type { SentenceAnalysis } from './model.js';
import { CLOSING_QUOTES, FINITE_XPOS, NOMINAL_OPENING_UPOS, NOMINAL_UPOS, SUBJECT, childrenOf, headOf, listenerFrameVerbs, phraseStart, reportingVerbs, setHead, subtreeEnd } from './repair-tree.js';

// Parser repairs of reporting frames (called from repair.ts): the greedy parser's misreadings of "he said", "said
// Mr Blair", "…, he told MPs" and "…, Cheng Xizhong, a professor, said" that turn a speaker into the one spoken
// about, or a frame into a conjunct of what it reports.

/**
 * '"We will meet," Kishida told parliament': the frame after a closing quotation mark is often read as a
 * conjunct of the quoted clause's verb. UD English makes the frame's verb the head and the quotation its ccomp;
 * repaired so, every stage reads the quotation as said, not as a first event of two.
 */
export function repairQuotationFrames(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let c = 0; c < forms.length; c++) {
    if (a.deprels[c] !== 'conj') continue;
    const verb = headOf(a, c);
    if (verb < 0 || verb > c || a.upos[c] !== 'VERB') continue;
    const subject = a.heads.findIndex((h, k) => h === c + 1 && k < c && SUBJECT.test(a.deprels[k]!));
    if (subject < 0) continue;
    // The frame's first word: its subject's phrase start (the words before the subject that hang on it).
    let first = subject;
    while (first > 0 && headOf(a, first - 1) === subject) first--;
    const before = first - 1;
    const quoteAt = forms[before] === ',' ? before - 1 : before;
    if (quoteAt < 0 || !CLOSING_QUOTES.has(forms[quoteAt]!) || quoteAt <= verb) continue;
    // As UD English writes it: the frame's verb is the head, what is quoted its clausal complement.
    setHead(a, c, headOf(a, verb), a.deprels[verb]!);
    setHead(a, verb, c, 'ccomp');
    repaired++;
  }
  return repaired;
}

/**
 * "Taxes will rise, say the Tories", "…," said Mr Blair': a speech verb after a comma, with no subject of its own
 * and a noun phrase after it that ends the sentence, is a frame whose subject follows it. The greedy parser reads
 * that noun as the verb's object and the verb as a conjunct of the reported clause, so that the speaker becomes
 * the one spoken about; UD English makes the noun the subject (nsubj) and the frame a parataxis of what it says.
 */
export function repairInvertedFrames(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || !reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    const comma = CLOSING_QUOTES.has(forms[v - 1]!) ? v - 2 : v - 1;
    if (forms[comma] !== ',' && !(CLOSING_QUOTES.has(forms[v - 1]!) && forms[v - 2] !== undefined && /^[,.?!]$/.test(forms[v - 2]!))) continue;
    const children = childrenOf(a, v);
    if (children.some((c) => SUBJECT.test(a.deprels[c]!) || a.deprels[c] === 'ccomp')) continue;
    const object = children.find((c) => a.deprels[c] === 'obj' && c > v && (a.upos[c] === 'NOUN' || a.upos[c] === 'PROPN'));
    if (object === undefined) continue;
    // The noun phrase ends the sentence: only punctuation after it.
    if (!forms.slice(subtreeEnd(a, object) + 1).every((_, k) => a.upos[subtreeEnd(a, object) + 1 + k] === 'PUNCT')) continue;
    const head = headOf(a, v);
    // The frame follows what it says: a head before it, or none (the frame read as the root).
    if (head > v) continue;
    setHead(a, object, v, 'nsubj');
    if (head >= 0) setHead(a, v, head, 'parataxis');
    repaired++;
  }
  return repaired;
}

/**
 * "The detainees would not be freed, he told MPs.": a reporting verb after a comma, with a subject of its own and
 * no coordinator, that ends the sentence (or is followed only by a clause joined with "but" or "and": "…, officials
 * said, but there was no sign of …") is a frame of what comes before it. The greedy parser reads it as a
 * conjunct of the reported verb, so that the frame shares that verb's negation and modals; UD English makes it a
 * parataxis.
 */
export function repairTrailingFrames(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 2; v < forms.length; v++) {
    if (a.deprels[v] !== 'conj' || a.upos[v] !== 'VERB' || headOf(a, v) > v || !reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    const children = childrenOf(a, v);
    // (Its subject may be read as an object before it: "…, officials said".)
    const subject = children.find((c) => (SUBJECT.test(a.deprels[c]!) || a.deprels[c] === 'obj') && c < v);
    // ("…, officials said, but there was no sign of …": a clause joined after the frame is the reported verb's conjunct.)
    const joined = forms[v + 1] === ',' ? children.find((c) => c > v + 1 && a.deprels[c] === 'ccomp' && childrenOf(a, c).some((k) => a.deprels[k] === 'cc' && k === v + 2)) : undefined;
    if (subject === undefined || children.some((c) => a.deprels[c] === 'cc' || (a.deprels[c] === 'ccomp' && c !== joined))) continue;
    let first = subject;
    while (first > 0 && headOf(a, first - 1) === subject) first--;
    if (forms[first - 1] !== ',') continue;
    const last = joined !== undefined ? v : subtreeEnd(a, v);
    if (joined === undefined && !forms.slice(last + 1).every((_, k) => a.upos[last + 1 + k] === 'PUNCT')) continue;
    const reported = headOf(a, v);
    setHead(a, v, reported, 'parataxis');
    if (a.deprels[subject] === 'obj') a.deprels[subject] = 'nsubj';
    if (joined !== undefined) setHead(a, joined, reported, 'conj');
    repaired++;
  }
  return repaired;
}

/**
 * "…, Cheng Xizhong, Visiting Professor of Southwest University, said on Sunday.": a reporting verb after a comma
 * with no subject of its own, and a name between commas before it followed by its apposition (no finite verb in it),
 * is the name's frame. The greedy parser hangs the name on a noun of what is said (as its apposition) and leaves the
 * frame without a subject; UD English makes the name the frame's subject.
 */
export function repairAppositiveSpeakers(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 4; v < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || forms[v - 1] !== ',' || !reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    if (childrenOf(a, v).some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // Back over the apposition to the comma after the name, then over the name to the comma before it.
    let k = v - 2;
    while (k > 0 && forms[k] !== ',' && !FINITE_XPOS.has(a.xpos[k]!) && v - k <= 14) k--;
    if (k <= 1 || forms[k] !== ',') continue;
    let first = k - 1;
    while (first > 0 && a.upos[first - 1] === 'PROPN' && k - first < 4) first--;
    if (forms[first - 1] !== ',' || a.upos[first] !== 'PROPN' || a.upos[k - 1] !== 'PROPN') continue;
    // The name's head word: the one the rest of the name hangs on.
    const name = [...Array(k - first).keys()].map((i) => first + i).find((t) => headOf(a, t) < first || headOf(a, t) >= k);
    if (name === undefined) continue;
    setHead(a, name, v, 'nsubj');
    repaired++;
  }
  return repaired;
}

/**
 * "The official, who asked not to be named, said Brazil and Colombia may flood the market": a noun right after a
 * reporting verb, read as its inverted subject ("said Mr Blair") or its object, is the subject of the clause the verb reports
 * when that clause follows it with a finite verb and no subject of its own. UD English makes it so.
 */
export function repairReportedSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || !reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    const children = childrenOf(a, v);
    // (Read as the subject, or as the object of a verb that takes no listener: "said Brazil may …".)
    const misread = (c: number) => SUBJECT.test(a.deprels[c]!) || (a.deprels[c] === 'obj' && !listenerFrameVerbs().has(forms[v]!.toLowerCase()));
    // (Its phrase opens right after the verb, its own words before it: "say the law unfairly targets …", "said Mr
    // Howard was a decent man", "said the new rules would …".)
    const opensAfterVerb = (c: number) => c > v && c <= v + 4 && phraseStart(a, c) === v + 1;
    const subject = children.find((c) => opensAfterVerb(c) && misread(c) && (a.upos[c] === 'PROPN' || a.upos[c] === 'NOUN'));
    if (subject === undefined) continue;
    // (Or read as an adverbial clause with no word of its own to open it: "say the law unfairly targets …".)
    // (Or a predicate with its copula: "said Michael Howard was wrong".)
    const predicate = (c: number) => a.upos[c] === 'VERB' || childrenOf(a, c).some((k) => a.deprels[k] === 'cop');
    const content = children.find((c) => c > subject && predicate(c) && (a.deprels[c] === 'ccomp' || (a.deprels[c] === 'advcl' && !childrenOf(a, c).some((k) => a.deprels[k] === 'mark')))) ?? liftReportedPredicate(forms, a, v, subject, predicate);
    if (content === undefined) continue;
    const contentChildren = childrenOf(a, content);
    const finite = FINITE_XPOS.has(a.xpos[content]!) || contentChildren.some((c) => a.xpos[c] === 'MD' || ((a.deprels[c] === 'aux' || a.deprels[c] === 'cop') && FINITE_XPOS.has(a.xpos[c]!)));
    if (!finite || contentChildren.some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    // The noun phrase reaches up to the reported verb's first word: nothing of its own after that.
    if (subtreeEnd(a, subject) >= content || contentChildren.some((c) => c < subject)) continue;
    setHead(a, subject, content, 'nsubj');
    if (a.deprels[content] === 'advcl') setHead(a, content, v, 'ccomp');
    repaired++;
  }
  return repaired;
}


/**
 * "Mr Blair said Mr Howard was a decent man" read with "said" as the clausal subject (csubj) of "man", the root: the
 * reporting verb takes the predicate's place and the predicate becomes its clausal complement, when the predicate
 * has a finite copula or auxiliary, no subject and no word before the verb, and the reported subject's phrase ends
 * before it. Returns the predicate, or undefined (and the tree untouched).
 */
function liftReportedPredicate(forms: readonly string[], a: SentenceAnalysis, v: number, subject: number, predicate: (c: number) => boolean): number | undefined {
  const over = headOf(a, v);
  if (a.deprels[v] !== 'csubj' || over <= subject || !predicate(over) || subtreeEnd(a, subject) >= over) return undefined;
  const finite = childrenOf(a, over).some((k) => (a.deprels[k] === 'cop' || a.deprels[k] === 'aux') && (FINITE_XPOS.has(a.xpos[k]!) || a.xpos[k] === 'MD'));
  if (!finite || childrenOf(a, over).some((k) => k !== v && (SUBJECT.test(a.deprels[k]!) || k < v))) return undefined;
  setHead(a, v, headOf(a, over), a.deprels[over]!);
  setHead(a, over, v, 'ccomp');
  for (const k of childrenOf(a, over)) if (a.upos[k] === 'PUNCT' && k === forms.length - 1) setHead(a, k, v, 'punct');
  return over;
}

/**
 * "Sumita told reporters major nations have cooperated …", "told reporters the talks had failed": with no "that", the
 * greedy parser joins the listener and the reported subject into one noun phrase ("reporters" a modifier of "nations"
 * or "talks"). The listener is the verb's indirect object; the phrase after it, when it is the verb's object and a
 * complement with no subject of its own follows, is that complement's subject. UD English makes it so.
 */
export function repairListenerPhrases(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v + 2 < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || !listenerFrameVerbs().has(forms[v]!.toLowerCase())) continue;
    const listener = v + 1;
    const phrase = headOf(a, listener);
    if (!NOMINAL_UPOS.has(a.upos[listener]!) || phrase <= listener || !/^(nmod|compound)/.test(a.deprels[listener]!) || !NOMINAL_UPOS.has(a.upos[phrase]!)) continue;
    // A new phrase opens right after the listener: a determiner, an adjective or a number, then its noun; or a name
    // right after a common noun ("told parliament Japan would …").
    const opensWithName = phrase === listener + 1 && a.upos[listener] === 'NOUN' && a.upos[phrase] === 'PROPN';
    const nominal = (t: number) => NOMINAL_OPENING_UPOS.has(a.upos[t]!) || NOMINAL_UPOS.has(a.upos[t]!);
    const opensWithDeterminer = phrase > listener + 1 && NOMINAL_OPENING_UPOS.has(a.upos[listener + 1]!) && forms.slice(listener + 1, phrase).every((_, k) => nominal(listener + 1 + k));
    if (!opensWithName && !opensWithDeterminer) continue;
    const content = childrenOf(a, v).find((c) => c > phrase && a.deprels[c] === 'ccomp');
    if (content === undefined) continue;
    const contentHasSubject = childrenOf(a, content).some((c) => SUBJECT.test(a.deprels[c]!));
    const phraseIsObject = headOf(a, phrase) === v && a.deprels[phrase] === 'obj';
    const phraseIsSubject = headOf(a, phrase) === content && SUBJECT.test(a.deprels[phrase]!);
    if (!(phraseIsSubject || (phraseIsObject && !contentHasSubject))) continue;
    setHead(a, listener, v, 'iobj');
    if (phraseIsObject) setHead(a, phrase, content, 'nsubj');
    repaired++;
  }
  return repaired;
}

/**
 * "told the Senate (upper house) he would resign": the greedy parser may read the listener after a verb that takes
 * one as a second subject of the clause it reports. A clause with two subjects, the first a noun phrase that opens
 * right after the verb, has the verb's object (its listener) for that first one.
 */
export function repairListenerSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 1; v + 2 < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || !listenerFrameVerbs().has(forms[v]!.toLowerCase())) continue;
    if (childrenOf(a, v).some((c) => a.deprels[c] === 'obj' || a.deprels[c] === 'iobj')) continue;
    const content = childrenOf(a, v).find((c) => c > v && a.deprels[c] === 'ccomp');
    if (content === undefined) continue;
    const subjects = childrenOf(a, content).filter((c) => c < content && SUBJECT.test(a.deprels[c]!));
    if (subjects.length !== 2 || !NOMINAL_UPOS.has(a.upos[subjects[0]!]!) || phraseStart(a, subjects[0]!) !== v + 1) continue;
    setHead(a, subjects[0]!, v, 'obj');
    repaired++;
  }
  return repaired;
}

/** Words of a speaker's noun phrase: "union officials and employers", "the bank's chief economist". */
const SPEAKER_PHRASE_UPOS = new Set([...NOMINAL_UPOS, ...NOMINAL_OPENING_UPOS, 'CCONJ', 'PART']);

/**
 * "…, as bank staff went on strike for more pay, union officials and employers said.": a reporting verb that ends
 * the sentence after a comma and a bare noun phrase, with no subject of its own, is a frame whose subject is that
 * phrase. The greedy parser may hang the phrase on a noun of what is reported (a conjunct of "pay"), so that the
 * speakers become participants of the reported event; UD English makes them the frame's subject.
 */
export function repairStrandedFrameSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let v = 3; v < forms.length; v++) {
    if (a.upos[v] !== 'VERB' || !reportingVerbs().has(forms[v]!.toLowerCase())) continue;
    if (!a.upos.slice(v + 1).every((u) => u === 'PUNCT') || childrenOf(a, v).some((c) => SUBJECT.test(a.deprels[c]!))) continue;
    let first = v;
    while (first > 1 && SPEAKER_PHRASE_UPOS.has(a.upos[first - 1]!)) first--;
    if (first === v || forms[first - 1] !== ',' || !NOMINAL_UPOS.has(a.upos[v - 1]!)) continue;
    // The phrase's head: its one word whose head lies outside it.
    const heads = [...Array(v - first).keys()].map((k) => first + k).filter((t) => headOf(a, t) < first || headOf(a, t) >= v);
    if (heads.length !== 1 || !NOMINAL_UPOS.has(a.upos[heads[0]!]!)) continue;
    setHead(a, heads[0]!, v, 'nsubj');
    if (a.deprels[v] === 'conj') a.deprels[v] = 'parataxis';
    repaired++;
  }
  return repaired;
}
