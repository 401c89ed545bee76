import type { SyntaxLayer } from '../syntax/layer.js';
import { readNumberedDataRows, type DataRow } from '../data/files.js';
import { arrivalVerbWords, gatheringNounWords, issuedTextWords, proposalNounWords, linkingVerbWords, protectionVerbWords, tradedGoodsWords, placePartNounWords } from './dictionaries.js';
import { groupOfPhrase, isRelationalNoun, type SentenceTree } from './sentence-tree.js';
import { antecedent, complementSpeaker, FIRST_PERSON, pronounAntecedent, RELATIVE_PRONOUNS, speakerOf, THING_PRONOUNS, THIRD_PERSON } from './pronoun-referents.js';

// Who did what to whom, read from the sentence's dependency tree (the syntax layer): the source is the
// verb's subject (the agent of a passive, the controller of an xcomp, the noun a relative clause hangs
// on), the target its object or an oblique whose preposition can name a participant ("met with X",
// "sanctions on X"); a phrase attached to a noun or to another clause is never taken ("cooperation
// within the African Union", "a briefing in Cairo"). Each conjunct is a participant of its own.

/**
 * A headline verb in the past form with a subject and no auxiliary or object of its own: headlines drop the
 * auxiliary of a passive ("Labour attacked over poster", "Minister sacked after row", "Japan criticised by China")
 * and tell actives in the present ("Japan attacks China").
 */
function headlinePassive(tree: SentenceTree, verb: number): boolean {
  const { layer } = tree;
  if (!tree.headline || !['VBN', 'VBD'].includes(layer.token(verb).xpos)) return false;
  if (layer.childrenBy(verb, 'aux', 'aux:pass', 'obj', 'iobj', 'ccomp', 'xcomp', 'cop').length > 0) return false;
  return layer.childrenBy(verb, 'nsubj').some((s) => s < verb);
}

const NONE: ReadonlySet<string> = new Set();

/** An open complement of the verb after its object: the object's to do ("urged them to sign a treaty with China"). */
export function isObjectsComplement(layer: SyntaxLayer, verb: number, t: number): boolean {
  return layer.head(t) === verb && layer.relation(t) === 'xcomp' && layer.isInfinitive(t) && layer.objects(verb).some((o) => o < t);
}


/** Whether `token` is the "of" phrase of a part of a place ("on the outskirts of Peking"): a place, never a participant (place-part-nouns.tsv). */
export function isPlaceOfPart(layer: SyntaxLayer, token: number): boolean {
  const head = layer.head(token);
  return head >= 0 && layer.relation(token).startsWith('nmod') && placePartNounWords().has(layer.word(head).toUpperCase()) && layer.preposition(token) === 'of';
}

export type PrepositionRole = 'participant' | 'place' | 'time' | 'circumstance';

/** Preposition rows (preposition, role): an unknown role stops with file and line. */
export function parsePrepositionRows(rows: DataRow[], file: string): Map<string, PrepositionRole> {
  const out = new Map<string, PrepositionRole>();
  for (const { cells, line } of rows) {
    const [word, role] = cells;
    if (!word || word !== word.toLowerCase()) throw new Error(`${file}:${line}: the preposition must be lower case, got "${word ?? ''}"`);
    if (role !== 'participant' && role !== 'place' && role !== 'time' && role !== 'circumstance') throw new Error(`${file}:${line}: unknown role "${role ?? ''}" (participant, place, time or circumstance)`);
    out.set(word, role);
  }
  return out;
}

let prepositions: Map<string, PrepositionRole> | null = null;
function prepositionRole(preposition: string): PrepositionRole | undefined {
  prepositions ??= parsePrepositionRows(readNumberedDataRows('lexicon/prepositions.tsv'), 'data/lexicon/prepositions.tsv');
  return prepositions.get(preposition);
}

/** Whether a preposition introduces a place or a time ("in", "within", "across"): data/lexicon/prepositions.tsv. */
export const isPlacePreposition = (preposition: string): boolean => prepositionRole(preposition) === 'place';

/** Whether the noun at `token` has a preposition of place or time of its own ("in Washington"): a place, never a participant. */
export const hasPlaceCase = (layer: SyntaxLayer, token: number): boolean => isPlacePreposition(layer.preposition(token));

/** Whether a preposition introduces a participant of the event ("with", "to", "against"), not its place or time. */
const namesTarget = (preposition: string): boolean => prepositionRole(preposition) === 'participant';

/** Whether an oblique or nominal modifier may hold a participant: no preposition, or one that is not of place or time. */
export function namesParticipant(layer: SyntaxLayer, token: number): boolean {
  const role = prepositionRole(layer.preposition(token));
  return role !== 'place' && role !== 'time' && role !== 'circumstance';
}

/** Prepositions by which a noun names its partner: "the dispute with X", "the war against X". */
const PARTNER_PREPOSITIONS = new Set(['with', 'against']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * Whether the verb's oblique at `token` is an event with an actor for its partner ("risen in the dispute with X",
 * "take part in talks with X", "in the war against X"): a place or a time never has one, so its "in" makes no place
 * of it. Only "in", right under the verb ("near the border with Syria", "amid a row with China" are still a place
 * and a background), an actor named as such for the partner ("invest in services with a Tory plan"), and a particular
 * event: a noun with a definite determiner, an owner, a describing word or a plural (a bare singular is a compound
 * preposition: "in accordance with", "in line with"; "ignore interests in any accord with Moscow" names no event
 * Moscow is in).
 */
function namesPartneredEvent(tree: SentenceTree, token: number): boolean {
  const { layer } = tree;
  if (layer.preposition(token) !== 'in') return false;
  if (layer.token(token).xpos !== 'NNS' && layer.childrenBy(token, 'det', 'nmod:poss', 'amod', 'compound').length === 0) return false;
  // (A particular event: "any accord with Moscow", "a deal with X" name none that the partner is in.)
  if (layer.childrenBy(token, 'det').some((d) => !DEFINITE.has(layer.word(d).toLowerCase()))) return false;
  return layer.childrenBy(token, 'nmod').some((c) => PARTNER_PREPOSITIONS.has(layer.preposition(c)) && tree.groupOfToken.has(c));
}

export interface Roles {
  /** Groups (indexes) of the source, each conjunct; empty when the tree names none. */
  sources: number[];
  targets: number[];
  /** The relations used, as evidence: "nsubj(met, Silva)". */
  relations: string[];
  passive: boolean;
  /** The subject is a pronoun standing for a speaker no dictionary knows: the verb has no source to guess. */
  sourceUnknown?: boolean;
  /** The target is the verb's partner named by "with" or "to" ("struck agreement with commercial banks", "talk to governments"). */
  withPartner?: boolean;
}


/**
 * The source and target groups of the verb at token `verb`; `deep` false looks only at its objects. `named`: the
 * words of the verb's pattern (upper case), whose measure nouns stand for their owner.
 */
export function rolesOf(tree: SentenceTree, verb: number, deep = true, named: ReadonlySet<string> = NONE, force = false): Roles {
  const { layer } = tree;
  const relations: string[] = [];
  const note = (rel: string, token: number) => relations.push(`${rel}(${layer.word(verb)}, ${layer.word(token)})`);
  let sourceUnknown = false;
  const groupsOf = (tokens: number[], rel: string): number[] => {
    const out: number[] = [];
    for (const t of tokens) {
      // "the envoy, who met X": the relative pronoun stands for the noun the clause hangs on.
      const word = layer.word(t).toLowerCase();
      const token = RELATIVE_PRONOUNS.has(word) ? antecedent(tree, verb, t) : t;
      let g = groupOfPhrase(tree, token, named);
      if (THIRD_PERSON.has(word) && rel === 'nsubj' && layer.relation(t).startsWith('nsubj')) {
        const speaker = complementSpeaker(tree, verb);
        if (speaker !== null) {
          g = groupOfPhrase(tree, speaker);
          if (g < 0) sourceUnknown = true;
        }
      }
      // "The World Bank said it approved …": "it" and "they" stand for the speaker, else the actor before.
      if (g < 0 && THING_PRONOUNS.has(word) && layer.relation(t).startsWith('nsubj')) {
        const referent = pronounAntecedent(tree, verb, t);
        if (referent === null) sourceUnknown ||= rel === 'nsubj';
        else g = groupOfPhrase(tree, referent);
      }
      // "'I intend to …,' Kishida told parliament": the first person of a quotation is its speaker.
      if (g < 0 && FIRST_PERSON.has(word) && layer.relation(t).startsWith('nsubj')) {
        const speaker = speakerOf(tree, verb);
        if (speaker !== null) g = groupOfPhrase(tree, speaker);
      }
      if (g >= 0 && !out.includes(g)) {
        out.push(g);
        note(rel, token);
      }
    }
    return out;
  };
  const elided = headlinePassive(tree, verb);
  // "the number of people allowed into Britain", "aid sent to Iraq": a past participle on a noun, with no
  // auxiliary, is passive: the noun is what is done to, not who does it.
  // ("Asked if the U.S. had contacted Japan, Miyazawa said …": so is one that opens the sentence; its subject was asked.)
  // (Opening the sentence with no subject, a past form is a participle whatever the tagger says: "Asked/VBD if …".)
  const opening = layer.relation(verb) === 'advcl' && tree.tokenOfWord[0] === verb && ['VBN', 'VBD'].includes(layer.token(verb).xpos);
  const reduced = ((layer.relation(verb) === 'acl' && layer.token(verb).xpos === 'VBN') || opening) && layer.childrenBy(verb, 'aux', 'aux:pass', 'nsubj').length === 0;
  const passive = elided || reduced || layer.passive(verb);
  const agents = elided || reduced ? layer.obliques(verb).filter((o) => o.preposition === 'by').map((o) => o.token) : layer.agents(verb);
  // ("who is in Washington to attend …": a place read as the subject is no source.)
  const sources = passive ? groupsOf(agents, 'obl:agent') : groupsOf(layer.subjects(verb).filter((t) => !hasPlaceCase(layer, t)), 'nsubj');
  let targets: number[] = [];
  let withPartner = false;
  if (passive) targets = groupsOf(layer.subjects(verb), elided ? 'nsubj (headline passive)' : 'nsubj:pass');
  if (targets.length === 0) targets = groupsOf(layer.childrenBy(verb, 'obj', 'iobj').filter((o) => !layer.isObjectBeforeVerb(o)).flatMap((o) => layer.conjuncts(o)), 'obj');
  // A statement's participants are its addressee and what it is about, not any actor in the words it says.
  if (targets.length === 0 && deep) {
    const found = participantBelow(tree, verb, named, force);
    if (found) targets = groupsOf(found.tokens, found.path);
    if (found && /:(?:with|to)$/.test(found.path)) withPartner = true;
  }
  return { sources: sources.filter((s) => !targets.includes(s)), targets, relations, passive, ...(sourceUnknown ? { sourceUnknown } : {}), ...(withPartner ? { withPartner } : {}) };
}

/** Relations a participant of the verb may be reached through: its object's own words, a complement. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const THROUGH = new Set(['obj', 'iobj', 'xcomp', 'flat', 'appos', 'amod', 'acl', 'conj', 'nmod:poss']);

/**
 * The nearest actor below the verb reached only through objects, complements and obliques whose
 * preposition names a participant ("held talks with X", "imposed sanctions on X", "met with X"); never
 * through a place or time phrase ("in Cairo", "within the Union") but for an event with its partner ("in the
 * dispute with X"), where a verb of arrival goes ("arrived in X") and the place of what the act is of ("the
 * closure of the mines in X"); never through a clause of its own (ccomp, advcl,
 * relative clauses) or the subject. Breadth first: the fewest steps win, then the earliest word.
 */
function participantBelow(tree: SentenceTree, verb: number, named: ReadonlySet<string> = NONE, force = false): { tokens: number[]; path: string } | null {
  const { layer } = tree;
  // "arrived in Beijing": a verb of arrival's place is where it goes (someone's visit, not goods shipped: "50,000
  // tonnes of Australian wheat would arrive in Bangladesh").
  const arrival = arrivalVerbWords().has(layer.word(verb).toUpperCase()) && !layer.subjects(verb).some((t) => namesGoods(layer, t));
  let frontier: { token: number; path: string }[] = [{ token: verb, path: '' }];
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: { token: number; path: string }[] = [];
    for (const { token, path } of frontier) {
      for (const c of layer.children(token)) {
        const rel = layer.relation(c);
        const universal = rel.split(':')[0]!;
        let step: string | null = null;
        // A conjoined verb is a predication of its own; a conjoined noun is one more participant.
        if (universal === 'conj' && !NOMINAL.has(layer.tag(token))) continue;
        // (Only an actor's: "supported this idea at today's meeting, and France … showed hostility" is a misparse that
        // coordinates a country with the meeting.)
        if (universal === 'conj' && !tree.groupOfToken.has(token)) continue;
        // ("urged them to sign a treaty with China": an open complement after an object is the object's to do.)
        if (isObjectsComplement(layer, verb, c)) continue;
        if (layer.isObjectBeforeVerb(c)) continue;
        if (isLinkingComplement(layer, c)) continue;
        // ("opposes legislation to deny primary dealer status to firms": what an infinitive on the object would do is
        // that thing's act, its participants none of the verb's.)
        if (isProposedAct(layer, c)) continue;
        // (Nor what a participle on an issued text does: "approved a resolution condemning X" approves no X.)
        if (issuingVerb(layer, c) >= 0) continue;
        if ((rel === 'nmod:poss' || (universal === 'nmod' && layer.preposition(c) === 'of')) && isRelationalNoun(layer, token)) continue;
        // (Where force strikes is whom it strikes: "shelled the outskirts of Kandahar" strikes Afghanistan.)
        if (isPlaceOfPart(layer, c) && !(force && isCountryOrCity(tree, c))) continue;
        if (THROUGH.has(rel) || (THROUGH.has(universal) && rel !== 'acl:relcl')) step = rel;
        else if (universal === 'obl' || universal === 'nmod') {
          const preposition = layer.preposition(c);
          // "criticised the closure of the mines in Peru", "bought 85 pct of the equity in Astra": the place of what the
          // act is of is whose it is (not the place of the object itself: "held talks in Togo", "a briefing in Cairo").
          // ("ended six hours of talks in Luxembourg": where a gathering is held is its venue; gathering-nouns.tsv.)
          // ("denied rumours of race riots in Kuala Lumpur": a city is where it happens, not whose; its capital's
          // government is no party to it.)
          const located = preposition === 'in' && universal === 'nmod' && path.endsWith('nmod:of') && !gatheringNounWords().has(layer.word(token).toUpperCase()) && !namesCapitalOnly(tree, c);
          // ("carried out air strikes in Gaza", "shelled positions in Syria": where force strikes is whom it strikes, a country
          // or a city standing for one; not a capital's government.)
          const struck = force && preposition === 'in' && depth <= 1 && isCountryOrCity(tree, c);
          // ("fired two artillery shells near a naval vessel from South Korea", "near a U.S. warship": force near a thing an
          // actor owns is aimed at that actor; not near a place, "near Kabul" (a name, no noun), "near the border with …".)
          const nearThing = force && preposition === 'near' && depth === 0 && layer.tag(c) === 'NOUN' && !isCountryOrCity(tree, c) && !placePartNounWords().has(layer.word(c).toUpperCase());
          const reached = (namesTarget(preposition) && !(depth === 0 && isThreatPhrase(layer, verb, c))) || located || struck || nearThing || (depth === 0 && (namesPartneredEvent(tree, c) || (arrival && preposition === 'in')));
          if (reached && !(depth === 0 && preposition === 'of') && !(layer.passive(verb) && preposition === 'by')) step = `${universal}:${preposition}`;
        }
        if (step === null) continue;
        next.push({ token: c, path: path ? `${path}/${step}` : step });
      }
    }
    next.sort((a, b) => a.token - b.token);
    for (const n of next) {
      const g = named.has(layer.word(n.token).toUpperCase()) ? undefined : tree.groupOfToken.get(n.token);
      if (g !== undefined) return { tokens: layer.conjuncts(n.token).filter((t) => tree.groupOfToken.has(t)), path: n.path };
    }
    frontier = next;
  }
  return null;
}

/**
 * Whether token `t` is the object or open complement of a linking verb, which says what the subject is or becomes
 * and names no participant ("resigned to become European commissioner", "remained an MP"; linking-verbs.tsv).
 */
export function isLinkingComplement(layer: SyntaxLayer, t: number): boolean {
  const rel = layer.relation(t).split(':')[0];
  return (rel === 'obj' || rel === 'xcomp') && layer.head(t) >= 0 && linkingVerbWords().has(layer.word(layer.head(t)).toUpperCase());
}

/**
 * Whether `token` is the "from" or "against" phrase of a verb of protecting, which names the threat, no target: "to
 * protect its oil exports from Iraqi air attacks" (data/lexicon/protection-verbs.tsv).
 */
export function isThreatPhrase(layer: SyntaxLayer, verb: number, token: number): boolean {
  if (layer.head(token) !== verb || !protectionVerbWords().has(layer.word(verb).toUpperCase())) return false;
  const preposition = layer.preposition(token);
  return preposition === 'from' || preposition === 'against';
}

/** Whether the token's actor group names nothing but a capital city ("Kuala Lumpur"). */
function namesCapitalOnly(tree: SentenceTree, t: number): boolean {
  const g = tree.groupOfToken.get(t);
  return g !== undefined && tree.groups[g]!.mentions.every((m) => m.kind === 'actor' && m.entry.kind === 'capital');
}

/** Whether a noun phrase is goods: a traded good, or a quantity of one ("tonnes of wheat"). */
export function namesGoods(layer: SyntaxLayer, t: number): boolean {
  const goods = (x: number) => tradedGoodsWords().has(layer.word(x).toUpperCase());
  return goods(t) || layer.childrenBy(t, 'nmod').some((c) => layer.preposition(c) === 'of' && goods(c));
}

/** A clause that stands apart from the verb it hangs on, for the verb's patterns. */
function standsApart(layer: SyntaxLayer, t: number): boolean {
  const rel = layer.relation(t);
  if (rel === 'acl:relcl' || rel === 'parataxis') return true;
  if (rel === 'advcl') return layer.childrenBy(t, 'mark').length > 0;
  return rel === 'conj' && layer.clauseHead(t) === t;
}

/**
 * The words of the verb's clause as the tree gives it (SyntaxLayer.clauseHead): the run of words around the verb
 * whose tokens belong to the verb's clause, as [start, end) word indexes.
 */
export function clauseWords(tree: SentenceTree, verb: number, at: number): { start: number; end: number } {
  const { layer, tokenOfWord } = tree;
  const clause = layer.clauseHead(verb);
  // After the verb, its phrase belongs to the window too, down to the clauses that stand apart from it (a relative
  // clause, a parataxis, a subordinate clause with its own subordinator, a coordinated clause with its own
  // subject): verb patterns read into what the verb governs ("allowed that Mordor isn't a pleasant place",
  // "welcomed assurances sent from Bree").
  const underVerb = (t: number): boolean => {
    for (let k = t; k >= 0; k = layer.head(k)) {
      if (k === verb) return true;
      if (standsApart(layer, k)) return false;
    }
    return false;
  };
  // Before the verb, a complement's window reaches back into the clause that governs it ("Ethiopia indicated it
  // should have acted": the pattern "INDICATED SHOULD *" of "act").
  const governing = layer.relation(clause) === 'ccomp' && layer.head(clause) >= 0 ? layer.clauseHead(layer.head(clause)) : -1;
  const inClause = (w: number, after: boolean) => {
    const t = tokenOfWord[w]!;
    if (t < 0) return true;
    const c = layer.clauseHead(t);
    return c === clause || (after ? underVerb(t) : c === governing);
  };
  let start = at;
  while (start > 0 && inClause(start - 1, false)) start--;
  let end = at + 1;
  while (end < tokenOfWord.length && inClause(end, true)) end++;
  return { start, end };
}

/** The syntax token of the verb among the coder's words [at, end): the first one tagged as a verb. */
export function verbToken(tree: SentenceTree, at: number, end: number): number {
  for (let w = at; w < end; w++) {
    const t = tree.tokenOfWord[w]!;
    if (t >= 0 && (tree.layer.tag(t) === 'VERB' || tree.layer.tag(t) === 'AUX')) return t;
  }
  return tree.tokenOfWord[at] ?? -1;
}

/**
 * Whether the token is an infinitive on a noun of proposal ("legislation to require …", "any plan to sell …"): what the
 * proposed thing would do (data/lexicon/proposal-nouns.tsv). Other nouns' infinitives are left to the verb as its
 * purpose, as the parser often hangs them ("lifted a trade ban to reward Tripoli").
 */
export function isProposedAct(layer: SyntaxLayer, t: number): boolean {
  if (layer.relation(t) !== 'acl' || !layer.isInfinitive(t)) return false;
  const noun = layer.head(t);
  return noun >= 0 && proposalNounWords().has(layer.word(noun).toUpperCase());
}

/**
 * "approved a resolution condemning X", "issued a statement criticising X": the verb whose object is the issued text
 * (data/lexicon/issued-texts.tsv) that an -ing participle modifies: the participle is that verb's subject's act
 * through the text. -1 where the token is no such participle.
 */
export function issuingVerb(layer: SyntaxLayer, participle: number): number {
  if (layer.token(participle).xpos !== 'VBG') return -1;
  const isText = (t: number) => issuedTextWords().has(layer.word(t).toUpperCase());
  const relation = layer.relation(participle);
  if (relation === 'acl') {
    const text = layer.head(participle);
    return text >= 0 && layer.relation(text) === 'obj' && isText(text) ? layer.head(text) : -1;
  }
  // (The parser often hangs the participle on the verb instead, as its open complement after the object.)
  const verb = layer.head(participle);
  return relation === 'xcomp' && verb >= 0 && layer.childrenBy(verb, 'obj').some((o) => o < participle && isText(o)) ? verb : -1;
}

/** Whether the token's actor group is a country by name or a city standing for one (no capital, no role). */
function isCountryOrCity(tree: SentenceTree, t: number): boolean {
  const g = tree.groups[tree.groupOfToken.get(t) ?? -1];
  return g !== undefined && g.mentions.length === 1 && g.mentions[0]!.kind === 'actor' && g.mentions[0]!.entry.kind === 'country';
}
