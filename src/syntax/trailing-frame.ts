import { FINITE_VERB_XPOS, listenerFrameVerbs, reportingVerbs } from './repair-tree.js';

// A reporting frame after a comma that ends the sentence ("Arnor signed a protocol with Gondor, its biggest trading
// partner, officials said on Saturday.") is parsed apart from what it reports. Parsed as one sentence, the greedy
// parser often takes a noun of the report as the frame's subject ("protocol … said") and the speaker as its object,
// which wrecks the reported clause that the coder reads. UD English makes such a frame a parataxis of the
// reported clause's root; the two parts are parsed on their own and joined so.

/** Tags that may make up the speaker's noun phrase ("officials", "a senior Bree official", "he", "Chancellor of the Exchequer Nigel Lawson"). */
const SPEAKER_UPOS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART', 'ADP']);
/** Tags that may follow the verb before the final stop ("on Saturday", "in a statement", "told reporters"). */
const TAIL_UPOS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'PART']);
/** Tags a frame's modifier after its verb may open with. */
const TAIL_OPENING_UPOS = new Set(['ADP', 'ADV']);
const SENTENCE_END = new Set(['.', '!', '?']);
const MAX_SPEAKER = 9;
const MAX_TAIL = 6;

/**
 * Where a sentence's trailing frame starts: the index of the comma before the speaker, or -1 when the sentence
 * ends in no such frame. The frame is a speaker's noun phrase, a finite reporting verb, a few words with no verb
 * and no comma, and the final stop; what comes before the comma must hold a verb of its own.
 */
export function trailingFrameComma(forms: readonly string[], upos: readonly string[], xpos: readonly string[]): number {
  const n = forms.length;
  if (n < 6 || !SENTENCE_END.has(forms[n - 1]!)) return -1;
  // The reporting verb: the last finite verb, with only tail words after it.
  let verb = n - 2;
  while (verb > 0 && n - 2 - verb < MAX_TAIL && TAIL_UPOS.has(upos[verb]!) && upos[verb] !== 'VERB') verb--;
  if (upos[verb] !== 'VERB' || !FINITE_VERB_XPOS.has(xpos[verb]!) || !reportingVerbs().has(forms[verb]!.toLowerCase())) return -1;
  // What follows the verb modifies the frame ("on Saturday", "yesterday", "told reporters"), not an object of a
  // verb that only looks like a frame's ("he added 1.28p per litre").
  const tail = verb + 1 < n - 1 ? verb + 1 : -1;
  if (tail > 0 && !TAIL_OPENING_UPOS.has(upos[tail]!) && !listenerFrameVerbs().has(forms[verb]!.toLowerCase()) && !(tail === n - 2 && (upos[tail] === 'PROPN' || upos[tail] === 'NOUN'))) return -1;
  let comma = verb - 1;
  while (comma > 0 && verb - comma <= MAX_SPEAKER && SPEAKER_UPOS.has(upos[comma]!)) comma--;
  if (forms[comma] !== ',' || comma === verb - 1) return -1;
  // The speaker's phrase ends in its head word, not a determiner or a possessive ('official' in "a senior official
  // said" is often tagged as an adjective).
  if (upos[verb - 1] === 'DET' || upos[verb - 1] === 'PART') return -1;
  if (!upos.slice(0, comma).some((t) => t === 'VERB' || t === 'AUX')) return -1;
  return comma;
}
