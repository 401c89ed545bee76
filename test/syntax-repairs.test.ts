import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairParse } from '../src/syntax/repair.js';
import { misparse } from './support/misparse.js';

// Parser repairs on hand-written misreadings of made-up sentences (the older repairs' tests are in syntax.test.ts).

test('"condemned Peru nearly three years after …": a counted span of time before "after" says when; the noun read as its subject is the verb\'s object again (repaired)', () => {
  // The misreading: "Peru" the subject of "years", "years" an adverbial clause of "condemned", which has no object.
  const { forms, analysis } = misparse(`
    Chile PROPN NNP 2 nsubj
    condemned VERB VBD 0 root
    Peru PROPN NNP 6 nsubj
    nearly ADV RB 6 advmod
    three NUM CD 6 nummod
    years NOUN NNS 2 advcl
    after SCONJ IN 9 mark
    rebels NOUN NNS 9 nsubj
    seized VERB VBD 2 advcl
    the DET DT 11 det
    port NOUN NN 9 obj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [2, 'obj']);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [2, 'obl:unmarked']);
  // With its own preposition ("talked with Peru …") the noun is the verb's oblique.
  const withCase = misparse(`
    Chile PROPN NNP 2 nsubj
    talked VERB VBD 0 root
    with ADP IN 4 case
    Peru PROPN NNP 6 nsubj
    two NUM CD 6 nummod
    days NOUN NNS 2 obl
    before SCONJ IN 9 mark
    the DET DT 9 det
    vote NOUN NN 6 nmod
    . PUNCT . 2 punct`);
  assert.ok(repairParse(withCase.forms, withCase.analysis) >= 1);
  assert.deepEqual([withCase.analysis.heads[3], withCase.analysis.deprels[3]], [2, 'obl']);
});

test('"signalled it rejected the plan": a pronoun read as the verb\'s object before a past form with an object of its own is that clause\'s subject (repaired); "found it closed" stays', () => {
  const { forms, analysis } = misparse(`
    Norway PROPN NNP 2 nsubj
    signalled VERB VBD 0 root
    it PRON PRP 2 obj
    rejected VERB VBN 2 xcomp
    the DET DT 6 det
    plan NOUN NN 4 obj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [4, 'nsubj']);
  assert.equal(analysis.deprels[3], 'ccomp');
  // An object complement has no object of its own: the parse stays.
  const complement = misparse(`
    Police NOUN NNS 2 nsubj
    found VERB VBD 0 root
    it PRON PRP 2 obj
    closed VERB VBN 2 xcomp
    . PUNCT . 2 punct`);
  repairParse(complement.forms, complement.analysis);
  assert.deepEqual(complement.analysis.deprels, ['nsubj', 'root', 'obj', 'xcomp', 'punct']);
});

test('"voiced fears that …": a plural noun tagged a present-tense verb and read as the open complement of the verb before it is that verb\'s object (repaired)', () => {
  const { forms, analysis } = misparse(`
    Oslo PROPN NNP 2 nsubj
    voiced VERB VBD 0 root
    fears VERB VBZ 2 xcomp
    that SCONJ IN 7 mark
    the DET DT 6 det
    truce NOUN NN 7 nsubj
    collapses VERB VBZ 3 ccomp
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.upos[2], analysis.xpos[2], analysis.heads[2], analysis.deprels[2]], ['NOUN', 'NNS', 2, 'obj']);
  assert.equal(analysis.deprels[6], 'acl');
});

test('"with the country\'s deposed President Hernan Siles": a past participle after an article or possessive modifies the noun it stands before, which takes its place (repaired); "MPs criticised Blair" stays', () => {
  const { forms, analysis } = misparse(`
    linked VERB VBN 0 root
    with ADP IN 6 mark
    the DET DT 4 det
    country NOUN NN 6 nmod:poss
    's PART POS 4 case
    deposed VERB VBN 1 advcl
    President PROPN NNP 8 compound
    Siles PROPN NNP 6 obj
    . PUNCT . 1 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [8, 'amod']);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [1, 'obl']);
  assert.deepEqual([analysis.heads[1], analysis.deprels[1]], [8, 'case']);
  assert.deepEqual([analysis.heads[3], analysis.deprels[3]], [8, 'nmod:poss']);
  // A plural abbreviation the tagger took for a possessive pronoun is the verb's subject, as the parser has it.
  const subject = misparse(`
    after ADP IN 3 mark
    MPs PRON PRP$ 3 nsubj
    criticised VERB VBD 0 root
    Blair PROPN NNP 3 obj
    . PUNCT . 3 punct`);
  repairParse(subject.forms, subject.analysis);
  assert.deepEqual(subject.analysis.deprels, ['mark', 'nsubj', 'root', 'obj', 'punct']);
});

test('"told the Senate (upper house) he would resign": a listener read as a second subject of the reported clause is the verb\'s object (repaired)', () => {
  const { forms, analysis } = misparse(`
    Mr PROPN NNP 2 compound
    Vega PROPN NNP 3 nsubj
    told VERB VBD 0 root
    the DET DT 5 det
    Senate PROPN NNP 9 nsubj
    he PRON PRP 9 nsubj
    would AUX MD 9 aux
    soon ADV RB 9 advmod
    resign VERB VB 3 ccomp
    . PUNCT . 3 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [3, 'obj']);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [9, 'nsubj']);
});

test('"fired U.S.-made missiles at Iraq": a past participle hyphened to the word before it and read as a clause modifies the noun after it, which takes its place (repaired)', () => {
  const { forms, analysis } = misparse(`
    Chile PROPN NNP 2 nsubj
    fired VERB VBD 0 root
    Peru PROPN NNP 5 nsubj
    - PUNCT HYPH 5 punct
    made VERB VBN 2 ccomp
    shells NOUN NNS 5 obj
    at ADP IN 8 case
    Bolivia PROPN NNP 5 obl
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [2, 'obj']);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [6, 'amod']);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [5, 'obl:npmod']);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [2, 'obl']);
});

test('"Chilean and Peruvian officials meet": an adjective before the subject read as the verb\'s object is the subject\'s modifier (repaired); "Peru Chile beat" (no subject after) stays', () => {
  const { forms, analysis } = misparse(`
    Chilean ADJ JJ 5 obj
    and CCONJ CC 3 cc
    Peruvian ADJ JJ 1 conj
    officials NOUN NNS 5 nsubj
    meet VERB VBP 0 root
    tomorrow NOUN NN 5 obl:unmarked
    . PUNCT . 5 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[0], analysis.deprels[0]], [4, 'amod']);
  const apart = misparse(`
    officials NOUN NNS 3 nsubj
    Chilean ADJ JJ 3 obj
    meet VERB VBP 0 root
    . PUNCT . 3 punct`);
  repairParse(apart.forms, apart.analysis);
  assert.deepEqual([apart.analysis.heads[1], apart.analysis.deprels[1]], [3, 'obj']);
});

test('"…, union officials and employers said.": a reporting verb ending the sentence with no subject takes the noun phrase after the comma, which the parser hung on a noun of what is reported (repaired)', () => {
  const { forms, analysis } = misparse(`
    staff NOUN NN 2 nsubj
    struck VERB VBD 0 root
    for ADP IN 5 case
    more ADJ JJR 5 amod
    pay NOUN NN 2 obl
    , PUNCT , 8 punct
    union NOUN NN 8 compound
    officials NOUN NNS 5 conj
    and CCONJ CC 10 cc
    employers NOUN NNS 8 conj
    said VERB VBD 2 conj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [11, 'nsubj']);
  assert.equal(analysis.deprels[10], 'parataxis');
  // (A frame with a subject of its own stays: "…, officials said".)
  const own = misparse(`
    staff NOUN NN 2 nsubj
    struck VERB VBD 0 root
    , PUNCT , 5 punct
    officials NOUN NNS 5 nsubj
    said VERB VBD 2 parataxis
    . PUNCT . 2 punct`);
  repairParse(own.forms, own.analysis);
  assert.deepEqual([own.analysis.heads[3], own.analysis.deprels[3], own.analysis.deprels[4]], [5, 'nsubj', 'parataxis']);
});

test('"closed as bank staff went on strike": "as" before a noun and a finite verb with no subject opens that clause (repaired, clause-opening-prepositions.tsv)', () => {
  const { forms, analysis } = misparse(`
    banks NOUN NNS 2 nsubj
    closed VERB VBD 0 root
    as SCONJ IN 5 case
    bank NOUN NN 5 compound
    staff NOUN NN 2 obl
    went VERB VBD 2 conj
    on ADP IN 8 case
    strike NOUN NN 6 obl
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [6, 'nsubj']);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [6, 'mark']);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [2, 'advcl']);
});

test('"warned against disunity and Tory leader Michael Howard may take up the theme": a noun phrase after "and" followed by a modal and a verb with no subject is that verb\'s subject, the verb a conjunct (repaired)', () => {
  const { forms, analysis } = misparse(`
    MPs NOUN NNS 2 nsubj
    warned VERB VBD 0 root
    against ADP IN 4 case
    disunity NOUN NN 2 obl
    and CCONJ CC 7 cc
    Tory PROPN NNP 7 compound
    leader NOUN NN 4 conj
    Howard PROPN NNP 7 flat
    may AUX MD 10 aux
    take VERB VB 2 ccomp
    up ADP RP 10 compound:prt
    the DET DT 13 det
    theme NOUN NN 10 obj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [10, 'nsubj']);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [10, 'cc']);
  assert.deepEqual([analysis.heads[9], analysis.deprels[9]], [2, 'conj']);
  // (A passive's: "would resist expropriation and riot police were used …".)
  const passive = misparse(`
    they PRON PRP 3 nsubj
    would AUX MD 3 aux
    resist VERB VB 0 root
    expropriation NOUN NN 3 obj
    and CCONJ CC 7 cc
    riot NOUN NN 7 compound
    police NOUN NNS 4 conj
    were AUX VBD 9 aux:pass
    used VERB VBN 3 ccomp
    . PUNCT . 3 punct`);
  assert.ok(repairParse(passive.forms, passive.analysis) >= 1);
  assert.deepEqual([passive.analysis.heads[6], passive.analysis.deprels[6]], [9, 'nsubj:pass']);
  // (A verb with a subject of its own keeps it: "warned against disunity and leaders agreed".)
  const own = misparse(`
    MPs NOUN NNS 2 nsubj
    warned VERB VBD 0 root
    against ADP IN 4 case
    disunity NOUN NN 2 obl
    and CCONJ CC 6 cc
    leaders NOUN NNS 7 nsubj
    agreed VERB VBD 2 conj
    . PUNCT . 2 punct`);
  assert.equal(repairParse(own.forms, own.analysis), 0);
});

test('"his Spanish counterpart Miguel Moratinos agreed": a name right after the subject\'s last noun, read as a second subject, is that noun\'s apposition (repaired)', () => {
  const { forms, analysis } = misparse(`
    Straw PROPN NNP 7 nsubj
    and CCONJ CC 4 cc
    his PRON PRP$ 4 nmod:poss
    counterpart NOUN NN 1 conj
    Miguel PROPN NNP 7 nsubj
    Moratinos PROPN NNP 5 flat
    agreed VERB VBD 0 root
    . PUNCT . 7 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [4, 'appos']);
});

test('"signed an agreement to end the dispute and hand the port to Bolivia": a bare infinitive read as the finite verb\'s conjunct is the conjunct of the "to"-infinitive between them (repaired); "met and agreed" stays', () => {
  const { forms, analysis } = misparse(`
    Chile PROPN NNP 2 nsubj
    signed VERB VBD 0 root
    an DET DT 4 det
    agreement NOUN NN 2 obj
    to PART TO 6 mark
    end VERB VB 4 acl
    the DET DT 8 det
    dispute NOUN NN 6 obj
    and CCONJ CC 10 cc
    hand VERB VB 2 conj
    the DET DT 12 det
    port NOUN NN 10 obj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[9], analysis.deprels[9]], [6, 'conj']);
  // With no infinitive between, or a subject of its own, the conjunct stays the finite verb's.
  const plain = misparse(`
    Chile PROPN NNP 2 nsubj
    signed VERB VBD 0 root
    the DET DT 4 det
    agreement NOUN NN 2 obj
    and CCONJ CC 6 cc
    hand VERB VB 2 conj
    the DET DT 8 det
    port NOUN NN 6 obj
    . PUNCT . 2 punct`);
  repairParse(plain.forms, plain.analysis);
  assert.deepEqual([plain.analysis.heads[5], plain.analysis.deprels[5]], [2, 'conj']);
});
