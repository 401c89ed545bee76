import type { SyntaxLayer } from '../syntax/layer.js';
import { contentMarkWords, ownPossessiveWords, topicObjectVerbWords } from './dictionaries.js';
import { hasOwnTense, inGovernorComplement, isConsultation, isParticipleClause, isPurposeClause, SHARES_SUBJECT, VENUE } from './clause-kinds.js';
import { listenerFrameVerbs } from '../syntax/repair-tree.js';
import { readsAsDate } from './date-words.js';
import { linearReading, namedWith, nearestBefore, patternWords } from './linear-reading.js';
import { intentCode, slotOf, type Reading, type SentenceContext, type VerbHit } from './reading.js';
import { adjectiveComplement, intentAbove, isIntent, isNegationWord, treeModality } from './tree-modality.js';
import { JUDGEMENT_CODES, judgementOf } from './evaluation.js';
import { clauseWords, hasPlaceCase, issuingVerb, namesParticipant, rolesOf, verbToken } from './roles.js';
import { groupOfPhrase, type SentenceTree } from './sentence-tree.js';
import { VIOLENT_ROOTS, namesGiver, standsForGoods } from './participant-checks.js';
import { groupsTheSubjectNames } from './statement-targets.js';
import { isPronounMention, type Group, type Slot } from './sentence-actors.js';
import type { Word } from './words.js';
import { matchPatterns, type ClauseView } from './verb-patterns.js';
import { governs } from './governed-participants.js';


// A verb read on the dependency tree: roles from its relations (roles.ts), an xcomp under an intent verb
// as an intention ("wants to meet"), modality from its own auxiliaries, negation and conditional clause (tree-modality.ts).

/** State carried from one verb of the sentence to the next. */
export interface TreeState {
  /** Syntax tokens of verbs whose reading gives an event. */
  coded: Set<number>;
  /** The source each verb's reading took, by syntax token: a non-finite clause below it shares it. */
  sources?: Map<number, Slot>;
}

/**
 * The source of the nearest verb above `verb`, through clauses without a subject of their own ("Sarkozy heads
 * to Beijing, seeking to mend ties with China": the one who seeks and mends is the one who heads).
 */
function governorSource(layer: SyntaxLayer, verb: number, state: TreeState, dictionaries: SentenceContext['dictionaries']): Slot | null {
  // ("The U.S. in July proposed … to GATT, and has pressed the EC": a verb conjoined to another with no subject of its own
  // shares that verb's, as an open complement does.)
  // (One with a tense of its own: "official selling prices" is a participle the parse may conjoin.)
  const shares = (t: number) => SHARES_SUBJECT.has(layer.relation(t)) || (layer.relation(t) === 'conj' && layer.tag(t) === 'VERB' && hasOwnTense(layer, t) && layer.head(t) >= 0 && layer.tag(layer.head(t)) === 'VERB');
  for (let t = verb, depth = 0; depth < 4 && shares(t) && layer.childrenBy(t, 'nsubj', 'nsubj:pass').length === 0; depth++) {
    const open = layer.relation(t) === 'xcomp';
    t = layer.head(t);
    if (t < 0) return null;
    // ("told Arlo Ravel to …", "said Arlo Ravel accused …" as the parser may read it: an open complement after an
    // object is the object's to do, and the object names nobody here, or the tree had given it.)
    // ("voiced readiness to meet": a noun of intent is what the subject voiced, not who meets.)
    if (open && controllingObjects(layer, t, dictionaries).length > 0) return null;
    const source = state.sources?.get(t);
    if (source) return source;
  }
  return null;
}

/** The objects of `governor` that do what its open complement says: not a noun of intent ("voiced readiness to meet"). */
function controllingObjects(layer: SyntaxLayer, governor: number, dictionaries: SentenceContext['dictionaries']): number[] {
  return layer.childrenBy(governor, 'obj', 'iobj').filter((o) => !isIntent(dictionaries, layer.word(o)));
}

const STAND_IN_WORDS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'who', 'which', 'that', 'this', 'these', 'those']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that']);

/**
 * Whether the verb's own subjects are all nouns that name no actor group ("Lynton Crosby", "analysts"). Only a
 * subject the verb has itself, or the object that controls it: one it shares with a governor's subject is where
 * the parse errs most.
 */
function subjectNamesNobody(tree: SentenceTree, verb: number, dictionaries: SentenceContext['dictionaries']): boolean {
  const { layer } = tree;
  // An open complement after an object has that object for its subject ("told Arlo Ravel to quit").
  const head = layer.head(verb);
  // ("Chung would leave Monday to attend the IMF's meeting and to hold talks with Baker": a conjoined verb with no
  // subject of its own has its first conjunct's, however that one comes by it.)
  if (layer.relation(verb) === 'conj' && head >= 0 && layer.childrenBy(verb, 'nsubj', 'nsubj:pass').length === 0 && layer.relation(head) !== 'conj') return subjectNamesNobody(tree, head, dictionaries);
  // "the firms will join up and have held talks": a conjoined verb's subject is its first conjunct's.
  let own = layer.childrenBy(verb, 'nsubj').length > 0 || layer.relation(verb) !== 'conj' || head < 0 ? layer.childrenBy(verb, 'nsubj') : layer.childrenBy(head, 'nsubj');
  const controller = own.length === 0 && layer.relation(verb) === 'xcomp' && head >= 0 ? controllingObjects(layer, head, dictionaries) : [];
  // "The weakness of the dollar has hit exporters and led to calls for …": an open complement of a conjoined verb
  // whose first conjunct's subject names nobody (the word-order source before it is someone else).
  if (own.length === 0 && controller.length === 0 && layer.relation(verb) === 'xcomp' && layer.relation(head) === 'conj' && layer.childrenBy(head, 'nsubj', 'nsubj:pass').length === 0) {
    const first = layer.head(head);
    if (first >= 0) own = layer.childrenBy(first, 'nsubj', 'nsubj:pass');
  }
  // "… unless urgent action is taken to explain EC farm policy": an open complement is done by its governor's
  // subject, a passive one too (the word-order source before it is someone else).
  else if (own.length === 0 && controller.length === 0 && layer.relation(verb) === 'xcomp' && head >= 0) own = layer.childrenBy(head, 'nsubj', 'nsubj:pass');
  // ("would leave Monday to attend …": so is an infinitive of purpose.)
  else if (own.length === 0 && layer.relation(verb) === 'advcl' && layer.isInfinitive(verb) && head >= 0) own = layer.childrenBy(head, 'nsubj', 'nsubj:pass');
  // "the communist parties, which give support to …": a relative pronoun stands for the noun its clause hangs on.
  const standFor = (t: number) => (layer.relation(verb) === 'acl:relcl' && head >= 0 && RELATIVE_WORDS.has(layer.word(t).toLowerCase()) ? head : t);
  // (Not a day the parse took for the subject: wire copy writes "Ukrainian lawmakers Tuesday endorsed …".)
  const subjects = [...own, ...controller].map(standFor).filter((t) => !readsAsDate(layer.word(t)));
  if (subjects.length === 0) return false;
  // ("forcing them to grant Mexico generous terms": an object pronoun that controls the complement stands for nobody
  // the word order finds before it, which is the governor's own subject.)
  const named = (t: number) => (['NOUN', 'PROPN', 'NUM'].includes(layer.tag(t)) && !STAND_IN_WORDS.has(layer.word(t).toLowerCase())) || (controller.includes(t) && layer.tag(t) === 'PRON');
  return subjects.every((t) => named(t) && groupOfPhrase(tree, t) < 0);
}

/** Whether the name at `t` heads (or is a word of) the subject of a verb other than `verb`. */
function subjectOfAnotherVerb(layer: SyntaxLayer, verb: number, t: number): boolean {
  let head = t;
  while (['flat', 'compound', 'amod'].includes(layer.relation(head)) && layer.head(head) >= 0) head = layer.head(head);
  return layer.relation(head).startsWith('nsubj') && layer.head(head) !== verb;
}

/**
 * The pattern's target slot unless the tree puts it in a phrase whose preposition the pattern does not name: the
 * "+" of "* ON +" is what ON governs, not an actor in a cause or a time beside it.
 */
function patternTargetSlot(tree: SentenceTree, verb: number, slot: Slot | undefined, words: ReadonlySet<string>): Slot | null {
  if (!slot) return null;
  const { layer } = tree;
  const prepositions: string[] = [];
  for (let t = tree.tokenOfWord[slot.groups[0]!.start] ?? -1, depth = 0; t >= 0 && t !== verb && depth < 12; t = layer.head(t), depth++) {
    const rel = layer.relation(t);
    // (Any phrase with a preposition: the parser hangs "because of …" as an adverbial clause too.)
    if (rel !== 'nmod:poss' && layer.preposition(t) !== '') prepositions.push(layer.preposition(t));
  }
  const named = prepositions.some((p) => p.toUpperCase().split(' ').every((w) => words.has(w)));
  return prepositions.length === 0 || named ? slot : null;
}

export function treeReading(ctx: SentenceContext, hit: VerbHit, state: TreeState): Reading | null {
  const tree = ctx.tree!;
  const { layer } = tree;
  const { words, dictionaries } = ctx;
  const verb = verbToken(tree, hit.at, hit.end);
  if (verb < 0) return null;
  // "with Sri Lanka, Thailand and India worst hit": where the parse reads the word as a noun, it is no verb
  // (not in a headline, whose verbs the tagger reads worst).
  // (In a headline, a word the word tagger read as a name is a verb only where the parse tags it so: "Confirm" in
  // "Kishida, Putin Confirm Commitment", not "Deal" in "Peace Deal".)
  if (!tree.headline && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(layer.tag(verb))) return null;
  if (tree.headline && ['PROPN', 'NOUN', 'ADJ'].includes(words[hit.at]!.pos) && !['VERB', 'AUX'].includes(layer.tag(verb))) return null;
  // "have postponed their meeting": an auxiliary of another verb is no verb of its own ("have … meeting" is no meeting).
  if (['aux', 'aux:pass', 'cop'].includes(layer.relation(verb))) return null;
  // "Toshiba's alleged sale to Moscow", "the disputed islands": a participle modifying a noun describes the noun; it
  // predicates nothing of its own.
  if (layer.relation(verb) === 'amod') return null;
  if (hit.participle && !isParticipleClause(layer, verb)) return null;
  if (hit.confirm && layer.tag(verb) !== 'VERB') return null;
  const { start, end } = clauseWords(tree, verb, hit.at);
  // The word-order candidates, within the verb's clause as the parse gives it.
  const linear = linearReading(ctx, hit, { start, end });
  const clause: ClauseView = { ...ctx.view, start, end };
  const match = matchPatterns(hit.form, clause, hit.at, hit.end, dictionaries.verbs);

  // An xcomp ("agreed to meet", "wants to visit"): its governor's pattern may already cover it; an
  // intent verb makes it an intention.
  // "intend to continue … and to conclude a treaty": a conjoined complement shares its first conjunct's governor.
  const complement = layer.relation(verb) === 'conj' && layer.relation(layer.head(verb)) === 'xcomp' ? layer.head(verb) : verb;
  // ("is due to fly": the parser hangs an adjective's infinitive as an adverbial clause.)
  const governor = layer.relation(complement) === 'xcomp' || adjectiveComplement(layer, complement) ? layer.head(complement) : -1;
  // "Putin voiced readiness to meet Kishida", "announced plans to visit": an infinitive on a noun of intent (or,
  // as the parser may read it, an xcomp of the verb whose object that noun is). The verb that voiced it is its frame.
  const intentNoun =
    layer.relation(complement) === 'acl' && isIntent(dictionaries, layer.word(layer.head(complement)))
      ? layer.head(complement)
      : governor >= 0 ? (layer.childrenBy(governor, 'obj').find((o) => isIntent(dictionaries, layer.word(o))) ?? -1) : -1;
  // (Only the verb whose object the noun is: "will meet GM in an attempt to reach agreement" still meets.)
  const voicedBy = intentNoun >= 0 && layer.relation(intentNoun) === 'obj' ? layer.head(intentNoun) : -1;
  if (governor >= 0 && governor !== voicedBy && state.coded.has(governor)) return null;
  // ("is ready to use force to protect the tankers": the purpose of an intended act is intended too.)
  const governedByIntent = intentNoun >= 0 || ((governor >= 0 || isPurposeClause(layer, complement)) && intentAbove(layer, dictionaries, complement));
  const isIntentVerb = dictionaries.modality.get(words[hit.at]!.key) === 'intent';
  if (isIntentVerb && (!match || match.weight === 0) && layer.childrenBy(verb, 'xcomp').length > 0) return null;

  const codeText = match?.pattern.code ?? hit.form.code ?? hit.form.block.code;
  const [forward, reverse] = codeText.split(':') as [string, string | undefined];
  // ("…, saying the party had its sums wrong", "adding that …": a statement in an -ing clause is a frame, as "said" is.)
  if (hit.participle && forward.startsWith('01')) return null;

  const roles = rolesOf(tree, verb, !SPEECH_ROOTS.has(forward.slice(0, 2)) || forward !== '010', patternWords(match), /^(18|19|20)/.test(forward));
  // "Mr Smith said he …" with Mr Smith in no dictionary: no source, and none guessed by word order.
  if (roles.sourceUnknown) return null;
  const groupsOf = (indexes: number[]) => indexes.map((k) => tree.groups[k]!);
  // "The Times said Lynton Crosby told the leader …": a verb whose own subject names nobody the dictionaries
  // know has no source; the actor nearest before it in word order is someone else's.
  // ("The council approved a resolution condemning X": what an issued text does, its issuer does.)
  const issuer = issuingVerb(layer, verb);
  // (Not a participle on an issued text, whose subject is the text's issuer: "issued a statement condemning X".)
  const subjectIsNobody = !roles.passive && roles.sources.length === 0 && issuer < 0 && subjectNamesNobody(tree, verb, dictionaries);
  // A clause with no subject of its own whose governing verb has a reading takes that reading's source.
  let shared: Slot | null = null;
  let sharedWhy = 'source shared with the governing verb';
  if (roles.sources.length === 0 && !roles.passive && !subjectIsNobody) {
    shared = issuer >= 0 ? (state.sources?.get(issuer) ?? null) : governorSource(layer, verb, state, dictionaries);
    // (An issuing verb outside the dictionary has no reading to share: "passed a resolution condemning X" takes its subject.)
    const issuerSources = issuer >= 0 && !shared ? rolesOf(tree, issuer, false).sources : [];
    if (issuerSources.length > 0) {
      shared = slotOf(groupsOf(issuerSources));
      sharedWhy = 'source: the subject of the verb whose object is the issued text';
    }
  }
  if (shared) roles.relations.push(sharedWhy);
  let source: Slot | null = roles.sources.length > 0 ? slotOf(groupsOf(roles.sources)) : shared;
  let target: Slot | null = roles.targets.length > 0 ? slotOf(groupsOf(roles.targets)) : null;
  let targetInContent = false;
  // ("holding discussions at the General Agreement on Tariffs and Trade", "met at the White House": where a consultation
  // is held is its venue, not who is consulted.)
  const consultation = isConsultation(forward);
  if (target && consultation && roles.relations.some((r) => VENUE.test(r)) && !roles.relations.some((r) => !r.startsWith('nsubj') && !VENUE.test(r))) target = null;
  if (forward === '010' && target) {
    const about = aboutWhatIsTold(tree, verb, roles);
    if (about) target = about.length > 0 ? slotOf(groupsOf(about)) : null;
  }
  // (Never a place the tree puts in a place phrase: "Funaro, who is in Washington to attend …".)
  // ("… has left for Washington to discuss …": nor a phrase the governing verb takes, for the clause that shares its subject.)
  // ("In a briefing ahead of the IMF meetings, he also said …": nor, for a pronoun subject, an actor in the verb's own
  // adverbials; a pronoun's antecedent stands outside the clause it heads.)
  const linearSourceIsPlace = linear !== null && (inPlacePhrase(tree, linear.source) || inGovernorComplement(tree, verb, linear.source) || inOwnAdjunct(tree, verb, linear.source));
  // (Nor, for a passive, the actor before it, which is what was done to, a headline's too: only an agent word order
  // found after it.)
  const linearSourceActs = linear !== null && (!roles.passive || linear.source.start > hit.at);
  // Word order where the tree agrees with it: the nearest actor before the verb when it stands in the
  // verb's subject (or the tree names none), the first after it when the verb governs it. Coordination
  // and long lists are where the parse errs most; word order keeps them whole.
  {
    if (linear) {
      const headOf = (slot: Slot) => slot.groups.map((g) => tree.tokenOfWord[g.start] ?? -1).filter((t) => t >= 0);
      const inSubject = (t: number) => layer.subjects(verb).concat(layer.agents(verb)).some((sub) => within(layer, t, sub));
      // Kept when the tree names no source, or when the word-order participant holds the tree's own source
      // ("Evil Mordor, the awful Fornost, and good Gondor": a list the parse broke); not "Cairo" in "the
      // British Embassy in Cairo condemned …", which only stands inside the subject.
      const treeSources = roles.sources.map((k) => tree.groups[k]!);
      // (Not in a headline where word order holds fewer of them than the tree: "Kishida, Putin Confirm …" read as
      // Putin alone. In the body the tree's extra subjects are more often its error: "Letwin, for the Tories, attacked".)
      const wholerList = (!tree.headline || linear.source.groups.length >= treeSources.length) && linear.source.groups.some((g) => treeSources.includes(g));
      if (!linearSourceIsPlace && ((roles.sources.length === 0 && !shared && linearSourceActs && !subjectIsNobody && !hit.participle) || (headOf(linear.source).some(inSubject) && wholerList))) source = linear.source;
      // (Not the tree's own source: "Japan attacked by China", a headline passive that word order reads as active.)
      const isTreeSource = linear.target?.groups.some((g) => treeSources.includes(g)) ?? false;
      // (Not a list whose later member the tree makes another verb's subject: "accused Peru and Bolivia has denied it".)
      const listSpansClauses = linear.target !== null && headOf(linear.target).some((t) => subjectOfAnotherVerb(layer, verb, t));
      if (linear.target && !isTreeSource && !listSpansClauses && forward !== '010' && headOf(linear.target).some((t) => governs(layer, verb, t, consultation))) target = linear.target;
    }
  }
  // A pattern that names its actors ("$ ... +") decides where the tree is silent; one that names both decides
  // alone ("+ * MONEY $ [071]": "Eriador has received money from Osgiliath" is Osgiliath's giving to Eriador).
  const namedSource = match?.source !== undefined ? ctx.slotAt.get(match.source) : undefined;
  const namedTarget = match?.target !== undefined ? ctx.slotAt.get(match.target) : undefined;
  if (namedSource && namedTarget && namedSource !== namedTarget) {
    source = namedSource;
    target = namedTarget;
    roles.relations.push('source and target named by the pattern');
  }
  if (!source && !subjectIsNobody && match?.source !== undefined) source = ctx.slotAt.get(match.source) ?? null;
  // (Only one in the phrase of the pattern's preposition: "called for new bids on that contract, partly because of the
  // Toshiba investigation" is no call on Toshiba.)
  if (!target && match?.target !== undefined) target = patternTargetSlot(tree, verb, ctx.slotAt.get(match.target), patternWords(match));
  // ("the tanker attack, blamed by the Americans on Iran": a passive's subject is its target only where the pattern
  // names none; "- * ON +" names the one a deed is laid on.)
  else if (roles.passive && match?.target !== undefined) {
    const named = ctx.slotAt.get(match.target);
    // (Not the passive's agent, which a pattern may name as well: "Japan attacked by China over whaling", "* + OVER".)
    if (named && !named.groups.some((g) => source?.groups.includes(g))) {
      target = named;
      roles.relations.push('target named by the pattern, not the passive subject');
    }
  }
  if (!source && !roles.passive && !hit.participle && !layer.subjects(verb).length && layer.relation(verb) === 'root') source = nearestBefore(ctx.slots, hit.at, start);
  // "wants to hold talks with X", "agreed to meet X": a pattern that reads through the complement finds
  // its target there.
  // (Not past an object of the verb's own: "urged them to sign a treaty with China" urges them, not China.)
  if (!target && match && match.weight > 0 && layer.objects(verb).length === 0) {
    const complement = layer.childrenBy(verb, 'xcomp')[0];
    const inner = complement !== undefined ? rolesOf(tree, complement) : null;
    if (inner && inner.targets.length > 0) {
      target = slotOf(groupsOf(inner.targets));
      roles.relations.push(...inner.relations.filter((r) => !r.startsWith('nsubj')));
    }
  }
  // "threatened that if Japan agreed …", "warned Tokyo that …": a speech act with no object is aimed at
  // the subject of what it says.
  if (!target && SPEECH_ROOTS.has(forward.slice(0, 2))) {
    const content = contentClause(layer, verb);
    const inner = content !== undefined ? rolesOf(tree, content) : null;
    // (A passive with no actor for its agent is about its subject: "hopes that Osgiliath could be drawn into talks".)
    const passiveSubject = inner?.passive && inner.sources.length === 0 && inner.relations.some((r) => r.startsWith('nsubj:pass('));
    const about = inner ? (passiveSubject ? inner.targets : inner.sources) : [];
    // Not when what is said is about the speakers themselves ("South Korea and Japan denied they …"), nor about a
    // pronoun, which after a speaker is mostly the speaker ("a member of the Cabinet says she was told …").
    const speakers = source?.groups ?? [];
    const byPronoun = (g: Group) => g.mentions.every(isPronounMention);
    // (Only an actor the subject names itself: not "aid from the EC", statement-targets.ts.)
    const named = inner && about.length > 0 ? groupsTheSubjectNames(tree, content!, about, inner.passive && !passiveSubject) : [];
    if (inner && named.length > 0 && !groupsOf(about).some((g) => speakers.includes(g) || byPronoun(g))) {
      target = slotOf(groupsOf(named));
      targetInContent = true;
      roles.relations.push(...inner.relations.filter((r) => r.startsWith('nsubj')).map((r) => `ccomp/${r}`));
    }
  }
  if (!source || !target) {
    if (linear) {
      if (!source && linear.source && linearSourceActs && !subjectIsNobody && !linearSourceIsPlace && !hit.participle) { source = linear.source; roles.relations.push('source by word order'); }
      // The word-order target only where the tree puts it under this verb, outside any clause of its own.
      const head = linear.target ? tree.tokenOfWord[linear.target.groups[0]!.start] ?? -1 : -1;
      if (!target && linear.target && linear.target !== source && forward !== '010' && head >= 0 && governs(layer, verb, head, consultation)) {
        target = linear.target;
        roles.relations.push('target by word order');
      }
    }
  }
  // "discussed ONGC's plans", "discuss the Gulf situation with allied leaders": what is discussed is no target; only a
  // partner named with "with" is (data/lexicon/topic-object-verbs.tsv).
  if (target && !roles.withPartner && !namedWith(words, target.start) && topicObjectVerbWords().has(words[hit.at]!.key)) {
    target = null;
    roles.relations.push('the object of a verb of discussion is its topic, not its partner');
  }
  // ("received substantial aid to ease its dependence on South Africa": the giver of what is received is named in the
  // received thing, "U.S. aid", "Japan's loans", or with "from"; no other participant gives it.)
  if (target && reverse && forward === '---' && !namesGiver(tree, verb, target)) {
    target = null;
    roles.relations.push('a giver of what is received is named in it or with "from"');
  }
  // "Blair said Jackson was a decent, fair-minded public servant": a plain statement judging its target (evaluation.ts).
  const judged = forward === '010' && target ? judgementOfTarget(tree, verb, target, (t) => isNegationWord(dictionaries, layer.word(t))) : null;
  if (judged) roles.relations.push(`what is said judges "${judged.word}": ${judged.judgement} (data/lexicon/evaluative-words.tsv)`);
  // ("U.S. corn injuring Canadian farmers", "imports of Japanese steel hurt …": goods do no violence; the country that
  // trades them is no attacker.)
  if (source && VIOLENT_ROOTS.has(forward.slice(0, 2)) && source.groups.every((g) => standsForGoods(tree, g))) {
    roles.relations.push('goods are no attacker: the country of traded goods (traded-goods.tsv) does no violence');
    return null;
  }
  if (!source) return null;
  (state.sources ??= new Map()).set(verb, source);

  const modality = treeModality(layer, verb, governor, ctx, governedByIntent || (isIntentVerb && !!match && match.weight > 0));
  // An intention is coded as one (CAMEO's 03x), and so is an intention denied ("has no plans to meet": 036, negated).
  const intention = governedByIntent && (modality.modality === 'intent' || (modality.modality === 'negated' && intentNoun >= 0));
  return {
    hit,
    match,
    forward: judged ? JUDGEMENT_CODES[judged.judgement] : intention || modality.future ? intentCode(forward) : forward,
    reverse,
    source,
    target,
    modality: modality.modality,
    modalityWhy: modality.why,
    relations: roles.relations,
    ...(roles.withPartner && { withPartner: true }),
    ...(targetInContent && { targetInContent: true }),
    token: verb,
    // The intended act is the event; the verb that voiced the intention ("voiced readiness", "announced plans") is its frame,
    // as the verb that issued a text is the frame of what the text does ("approved a resolution condemning X").
    ...(voicedBy >= 0 ? { supersedes: voicedBy } : issuer >= 0 && { supersedes: issuer }),
    clauseStart: start,
    clauseEnd: end,
  };
}

/**
 * "Kishida told Suzuki that …", "told Parliament that …": the listener of a statement that says something is its
 * channel; the statement is about the subject of what it says (its groups, the relations noted), else about nobody
 * (an empty list, also where what is said is not found). Undefined where the verb takes no listener.
 */
function aboutWhatIsTold(tree: SentenceTree, verb: number, roles: ReturnType<typeof rolesOf>): number[] | undefined {
  const { layer } = tree;
  if (layer.objects(verb).length === 0 || !listenerFrameVerbs().has(layer.word(verb).toLowerCase())) return undefined;
  // ("Germany will boost spending, Scholz told parliament": an inverted frame hangs on what it says.)
  const content = contentClause(layer, verb);
  // ("told the National People's Congress, the State Council has decided …": with what is said out of the parser's
  // reach the listener is still only the channel.)
  if (content === undefined) return [];
  const inner = rolesOf(tree, content);
  const about = inner.sources.filter((g) => !roles.sources.includes(g));
  if (about.length > 0) roles.relations.push(...inner.relations.filter((r) => r.startsWith('nsubj')).map((r) => `ccomp/${r}`));
  return about;
}

/**
 * What a speech verb says: its clausal complement, or, for an inverted frame hung on what it says as parataxis
 * ("Australia faces an adjustment, the OECD said"), that clause. A clause is a verb, or a predicate with its copula;
 * not a small clause ("declare their loans non-performing").
 */
function contentClause(layer: SyntaxLayer, verb: number): number | undefined {
  const isClause = (c: number) => ['VERB', 'AUX'].includes(layer.tag(c)) || layer.childrenBy(c, 'cop').length > 0;
  const head = layer.head(verb);
  const inverted = layer.relation(verb) === 'parataxis' && head >= 0 && head < verb && isClause(head) ? head : undefined;
  // ("expressed hope that Russia would return the islands", "voiced concern that …": what a noun of the verb's object
  // holds, a clause opened by "that" or "whether", is what the verb says.)
  const markedAsContent = (c: number) => layer.childrenBy(c, 'mark').some((m) => contentMarkWords().has(layer.word(m).toUpperCase()));
  const isHeldClause = (c: number) => isClause(c) && markedAsContent(c);
  const held = () => layer.objects(verb).flatMap((o) => layer.childrenBy(o, 'acl')).find(isHeldClause);
  // ("warned that India was too slow" parsed with the clause as xcomp: one with a subject of its own, or opened by
  // "that", is a clausal complement all the same.)
  const ownSubject = (c: number) => isClause(c) && (layer.childrenBy(c, 'nsubj', 'nsubj:pass').length > 0 || markedAsContent(c));
  return layer.childrenBy(verb, 'ccomp').find(isClause) ?? inverted ?? held() ?? layer.childrenBy(verb, 'xcomp').find(ownSubject);
}

/** The judgement what the verb says passes on the target, when the target is the subject of what is said. */
function judgementOfTarget(tree: SentenceTree, verb: number, target: Slot, isNegation: (token: number) => boolean): ReturnType<typeof judgementOf> {
  const content = contentClause(tree.layer, verb);
  if (content === undefined) return null;
  const subjects = rolesOf(tree, content).sources.map((k) => tree.groups[k]!);
  return target.groups.every((g) => subjects.includes(g)) ? judgementOf(tree.layer, content, isNegation) : null;
}


/** CAMEO roots of speech acts: a statement (01), an appeal (02), a demand (10), disapproval (11), a rejection (12), a threat (13). */
const SPEECH_ROOTS = new Set(['01', '02', '10', '11', '12', '13']);
const CONTENT = new Set(['ccomp', 'parataxis', 'xcomp']);

/** Whether token `t` lies inside a content clause (ccomp, parataxis, xcomp) of `verb`. */
function inContentOf(layer: SyntaxLayer, t: number, verb: number): boolean {
  for (let x = t, depth = 0; x >= 0 && depth < 12; x = layer.head(x), depth++) {
    if (layer.head(x) === verb) return CONTENT.has(layer.relation(x));
  }
  return false;
}

/** The relations by which a clause belongs to what a frame reports of the clause it hangs on. */
const REPORTED_PATH = new Set(['xcomp', 'ccomp', 'acl', 'advcl', 'conj']);

/**
 * Whether the event at `t` is what a frame hung on `head` as parataxis reports: the head itself ("X attacked Y,
 * officials said"), a complement of it ("Arnor is about to restore ties with Gondor, an official said"), or a clause
 * below those ("Reagan is going to the Capitol to urge senators …, Dole said").
 */
function reportedBy(layer: SyntaxLayer, t: number, head: number): boolean {
  for (let x = t, depth = 0; x >= 0 && depth < 6; x = layer.head(x), depth++) {
    if (x === head) return true;
    if (!REPORTED_PATH.has(layer.relation(x))) return false;
  }
  return false;
}

/** "say" in any form: a plain statement whatever code a dictionary gives it (PETRARCH's own test dictionary: SAID [023]). */
const SAYING = new Set(['SAY', 'SAYS', 'SAID', 'SAYING']);

/** A reading of "say" that no pattern of its block made more than a statement ("said nothing", "said sorry" are acts). */
const isPlainSaying = (r: Reading): boolean => SAYING.has(r.hit.form.words[r.hit.form.verbIndex] ?? '') && (!r.match || r.match.weight === 0);

/**
 * Frames are provenance, not events. A plain statement (010: "said", "told") whose content holds another
 * event is that event's frame and gives no event of its own; "X attacked Y, officials said" likewise (the
 * speech verb hangs on the event as parataxis). A speech act the dictionary codes (accuse, demand,
 * threaten, deny …) is an event of its own, beside the one it reports; "say" is a plain statement whatever code a
 * user's dictionary gives it.
 */
export function dropFrames(readings: Reading[], layer: SyntaxLayer, emits: (r: Reading) => boolean): Reading[] {
  const dropped = new Set<Reading>();
  for (const frame of readings) {
    if (!isFrame(frame)) continue;
    const contents = readings.filter((r) => r !== frame && emits(r) && reports(layer, frame, r));
    if (contents.length === 0) continue;
    if (frame.forward === '010' || isPlainSaying(frame)) dropped.add(frame);
  }
  return readings.filter((r) => !dropped.has(r));
}

/** A reading that may be a frame: a speech act, or a plain "say". */
const isFrame = (r: Reading): boolean => r.token >= 0 && (SPEECH_ROOTS.has(r.forward.slice(0, 2)) || isPlainSaying(r));

/** Whether `frame` reports `r`: r is in what the frame says, or the frame hangs on r as parataxis ("X attacked Y, officials said"). */
function reports(layer: SyntaxLayer, frame: Reading, r: Reading): boolean {
  return r.token >= 0 && (inContentOf(layer, r.token, frame.token) || (layer.relation(frame.token) === 'parataxis' && reportedBy(layer, r.token, layer.head(frame.token))));
}

/**
 * "French Finance Minister Edouard Balladur said the government awarded control … to a consortium headed by Sweden's
 * Ericsson": a bare role in what a speaker of one country says is that country's ("the government" is France's, not
 * the story's). Marks each reported reading with its frame's country (`countryOf` its source), when there is one.
 */
export function markSpeakerCountries(readings: Reading[], layer: SyntaxLayer, words: readonly Word[], countryOf: (slot: Slot) => string | null): void {
  for (const frame of readings) {
    if (!isFrame(frame)) continue;
    const country = countryOf(frame.source);
    if (!country) continue;
    // ("Iran said its forces …": only a role the speaker's possessive determiner owns; "said ministers had …" stays the story's.)
    if (frame.targetInContent && frame.target?.groups.every((g) => g.start > 0 && ownPossessiveWords().has(words[g.start - 1]!.key))) frame.contentCountry = country;
    for (const r of readings) if (r !== frame && r.speakerCountry === undefined && reports(layer, frame, r)) r.speakerCountry = country;
  }
}

/** Whether every group of the slot is the noun of a phrase whose preposition names a place ("in Washington", "in Rome"). */
function inPlacePhrase(tree: SentenceTree, slot: Slot): boolean {
  const { layer } = tree;
  return slot.groups.every((g) => {
    // The group's head: its word whose head lies outside it ("activists" in "activists in Arnor").
    const tokens = new Set<number>();
    for (let w = g.start; w < g.end; w++) if ((tree.tokenOfWord[w] ?? -1) >= 0) tokens.add(tree.tokenOfWord[w]!);
    const t = [...tokens].find((x) => !tokens.has(layer.head(x))) ?? -1;
    return t >= 0 && (hasPlaceCase(layer, t) || (/^(obl|nmod)/.test(layer.relation(t)) && layer.relation(t) !== 'nmod:poss' && !namesParticipant(layer, t)));
  });
}

/**
 * The verb's subject is a pronoun naming no actor, and every head of `slot` stands in the verb's phrases outside its
 * subject, or after that subject when the verb shares it with a first conjunct ("It is a major arms supplier to Iraq
 * but has also sought broader contacts with Iran": Iraq is in the first conjunct's predicate, not who "it" is).
 */
function inOwnAdjunct(tree: SentenceTree, verb: number, slot: Slot): boolean {
  const { layer } = tree;
  const own = layer.childrenBy(verb, 'nsubj');
  const first = own.length === 0 && layer.relation(verb) === 'conj' ? layer.head(verb) : -1;
  const subjects = first >= 0 ? layer.childrenBy(first, 'nsubj') : own;
  if (subjects.length !== 1 || layer.tag(subjects[0]!) !== 'PRON' || groupOfPhrase(tree, subjects[0]!) >= 0) return false;
  const subject = subjects[0]!;
  const heads = slot.groups.map((g) => tree.tokenOfWord[g.start] ?? -1);
  if (first >= 0) return heads.length > 0 && heads.every((t) => t > subject && within(layer, t, first));
  return heads.length > 0 && heads.every((t) => t >= 0 && t !== verb && within(layer, t, verb) && !within(layer, t, subject));
}

/** Whether token `t` is `ancestor` or lies below it. */
function within(layer: SyntaxLayer, t: number, ancestor: number): boolean {
  for (let x = t, depth = 0; x >= 0 && depth < 12; x = layer.head(x), depth++) if (x === ancestor) return true;
  return false;
}
