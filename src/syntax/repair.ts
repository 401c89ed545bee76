import type { SentenceAnalysis } from './model.js';

// Repairs of the greedy parser's known, systematic errors, made on its output before any stage reads it.
//
// A subject with a relative clause set off by commas ("The president, who took office in 2019, signed the
// bill") is often parsed with the main verb as a conjunct of the relative clause's verb ("signed" conj of
// "took") and the subject left as the root or a vocative. Every stage then reads the relative clause's time
// and words as the main clause's. The repair: when a relative pronoun (XPOS WP or WDT) right after a comma
// is the subject of a verb V, V has a conjunct (or adverbial clause, or parataxis) C, a verb right after a
// comma (its adverbs and auxiliaries aside) with no subject of its own, and the noun before the comma has no clause to be the subject of (it is the root, a vocative, or hangs on V), then
// C is the main verb: the noun becomes C's subject and V a relative clause (acl:relcl) of the noun.

const RELATIVE_PRONOUN_XPOS = new Set(['WP', 'WDT']);
const SUBJECT = /^nsubj/;
/** How the main verb is misread: as the relative verb's conjunct, adverbial clause or parataxis. */
const MISREAD_MAIN = new Set(['conj', 'advcl', 'parataxis']);
/** How a relative clause is misread. */
const MISREAD_RELATIVE = new Set(['advcl', 'conj', 'parataxis']);

/** Fixes the analysis in place; returns how many relative clauses were repaired. */
export function repairRelativeClauses(forms: readonly string[], a: SentenceAnalysis): number {
  const heads = [...a.heads];
  const deprels = [...a.deprels];
  const repaired = repairStrandedSubjects(forms, a) + repairMisattachedRelatives(a) + repairQuotationFrames(forms, a);
  // A repair must leave a tree: one root, no cycle. Where it would not, the parser's reading stays.
  if (repaired > 0 && !isTree(a.heads)) {
    a.heads.splice(0, a.heads.length, ...heads);
    a.deprels.splice(0, a.deprels.length, ...deprels);
    return 0;
  }
  return repaired;
}

/** Heads (0 root, else 1-based) that form one tree: a single root and every word reaching it. */
function isTree(heads: readonly number[]): boolean {
  if (heads.filter((h) => h === 0).length !== 1) return false;
  for (let i = 0; i < heads.length; i++) {
    let t = i;
    for (let steps = 0; heads[t] !== 0; steps++) {
      if (steps > heads.length) return false;
      t = heads[t]! - 1;
    }
  }
  return true;
}

function repairStrandedSubjects(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  const head = (i: number) => a.heads[i]! - 1; // -1 for the root
  const setHead = (i: number, h: number, rel: string) => {
    a.heads[i] = h + 1;
    a.deprels[i] = rel;
  };
  // "…, recently announced", "…, has also said": the verb's own adverbs and auxiliaries may stand between.
  const afterComma = (c: number) => {
    let k = c - 1;
    while (k > 0 && ['ADV', 'AUX', 'PART'].includes(a.upos[k]!)) k--;
    return forms[k] === ',';
  };
  const children = (i: number) => a.heads.flatMap((h, k) => (h - 1 === i ? [k] : []));
  for (let r = 2; r < forms.length; r++) {
    if (!RELATIVE_PRONOUN_XPOS.has(a.xpos[r]!) || forms[r - 1] !== ',' || !SUBJECT.test(a.deprels[r]!)) continue;
    const verb = head(r);
    if (verb <= r) continue;
    // The noun the clause hangs on: the last word before the comma, up to the first word of a flat name.
    let noun = r - 2;
    while (a.deprels[noun]!.startsWith('flat') && head(noun) >= 0 && head(noun) < noun) noun = head(noun);
    if (!['NOUN', 'PROPN', 'PRON'].includes(a.upos[noun]!)) continue;
    const nounRel = a.deprels[noun]!;
    const stranded = nounRel === 'root' || nounRel === 'vocative' || nounRel === 'dep' || head(noun) === verb;
    if (!stranded) continue;
    const main = children(verb).find((c) => c > verb && MISREAD_MAIN.has(a.deprels[c]!) && a.upos[c] === 'VERB' && afterComma(c) && !children(c).some((k) => SUBJECT.test(a.deprels[k]!)));
    if (main === undefined) continue;
    // The main verb takes the place of the clause the noun was stranded in.
    const [mainHead, mainRel] = head(noun) === verb || nounRel === 'vocative' ? [head(verb), a.deprels[verb]!] : [head(noun), nounRel];
    setHead(main, mainHead, mainRel === 'vocative' ? 'root' : mainRel);
    const passive = children(main).some((k) => a.deprels[k] === 'aux:pass');
    setHead(noun, main, passive ? 'nsubj:pass' : 'nsubj');
    setHead(verb, noun, 'acl:relcl');
    // Punctuation after the relative clause (its closing comma, the full stop) belongs to the main clause.
    for (const k of children(verb)) if (k >= main - 1 && a.upos[k] === 'PUNCT') setHead(k, main, 'punct');
    for (const k of children(noun)) if (k > main && a.upos[k] === 'PUNCT') setHead(k, main, 'punct');
    repaired++;
  }
  return repaired;
}

/**
 * "a joint declaration in which Moscow agreed …", "Shinzo Abe, under whom ties were developed", "aid, which Moscow
 * rejected": a clause opened by a relative pronoun (after a preposition or not) is often read as an adverbial
 * clause, a conjunct or a parataxis. It is a relative clause of the noun before it (a comma aside).
 */
function repairMisattachedRelatives(a: SentenceAnalysis): number {
  let repaired = 0;
  const head = (i: number) => a.heads[i]! - 1;
  for (let r = 1; r < a.upos.length; r++) {
    if (!RELATIVE_PRONOUN_XPOS.has(a.xpos[r]!)) continue;
    const opening = a.upos[r - 1] === 'ADP' ? r - 1 : r;
    // The clause the pronoun's phrase belongs to: up from the pronoun to the first verb.
    let verb = head(r);
    while (verb >= 0 && a.upos[verb] !== 'VERB' && a.upos[verb] !== 'AUX') verb = head(verb);
    if (verb <= r || !MISREAD_RELATIVE.has(a.deprels[verb]!)) continue;
    let noun = opening - 1;
    if (noun >= 0 && a.upos[noun] === 'PUNCT') noun--;
    if (noun < 0) continue;
    while (a.deprels[noun]!.startsWith('flat') && head(noun) >= 0 && head(noun) < noun) noun = head(noun);
    if (!['NOUN', 'PROPN', 'PRON'].includes(a.upos[noun]!)) continue;
    a.heads[verb] = noun + 1;
    a.deprels[verb] = 'acl:relcl';
    repaired++;
  }
  return repaired;
}

const CLOSING_QUOTES = new Set(['"', '”', "''", '’']);

/**
 * '"We will meet," Kishida told parliament': the frame after a closing quotation mark is often read as a
 * conjunct of the quoted clause's verb. UD English makes the frame's verb the head and the quotation its ccomp;
 * repaired so, every stage reads the quotation as said, not as a first event of two.
 */
function repairQuotationFrames(forms: readonly string[], a: SentenceAnalysis): number {
  let repaired = 0;
  for (let c = 0; c < forms.length; c++) {
    if (a.deprels[c] !== 'conj') continue;
    const verb = a.heads[c]! - 1;
    if (verb < 0 || verb > c || a.upos[c] !== 'VERB') continue;
    const subject = a.heads.findIndex((h, k) => h === c + 1 && k < c && /^nsubj/.test(a.deprels[k]!));
    if (subject < 0) continue;
    // The frame's first word: its subject's phrase start (the words before the subject that hang on it).
    let first = subject;
    while (first > 0 && a.heads[first - 1]! - 1 === subject) first--;
    const before = first - 1;
    const quoteAt = forms[before] === ',' ? before - 1 : before;
    if (quoteAt < 0 || !CLOSING_QUOTES.has(forms[quoteAt]!) || quoteAt <= verb) continue;
    // As UD English writes it: the frame's verb is the head, what is quoted its clausal complement.
    a.heads[c] = a.heads[verb]!;
    a.deprels[c] = a.deprels[verb]!;
    a.heads[verb] = c + 1;
    a.deprels[verb] = 'ccomp';
    repaired++;
  }
  return repaired;
}
