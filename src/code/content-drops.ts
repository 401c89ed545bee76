import type { SyntaxLayer } from '../syntax/layer.js';
import { hasMark } from './clause-kinds.js';
import type { Reading, VerbHit } from './reading.js';
import { isProposedAct, verbToken } from './roles.js';
import type { SentenceTree } from './sentence-tree.js';

// Readings that a verb of the same sentence says are not told as done: what a denial or an accusation says, and
// what a proposal a verb of judgement judges would do. Each drops the readings below its verb in the tree.

/** Relations of a verb's content clause. */
const CONTENT = new Set(['ccomp', 'parataxis', 'xcomp']);

/** CAMEO's denial (016) and accusations (112x). */
const isDenialOrAccusation = (code: string | undefined): boolean => code !== undefined && (code === '016' || code.startsWith('112'));

/**
 * "We categorically deny that the United States is selling weapons to Iran": what a denial or an accusation says is
 * not told as done, whoever denies (the speech act itself is the event, when it has one: the gold's rule 4). The
 * readings inside the content of such a verb go, whether or not the verb's own reading makes an event.
 */
export function dropDeniedContents(readings: Reading[], tree: SentenceTree, hits: readonly VerbHit[]): Reading[] {
  return dropUnder(readings, tree, hits, isDenialOrAccusation, whatIsSaid);
}

/** A verb that judges what its object names: praise, support, approval (051), disapproval (110, 111), rejection (12x). */
const isJudgement = (code: string | undefined): boolean => code !== undefined && (code === '051' || code.startsWith('11') || code.startsWith('12'));

/**
 * "Volcker said he opposed legislation to require Treasury Secretary Baker to disclose …", "supports state efforts to
 * place limits on damage awards": an infinitive on the object of a verb of judgement is what the judged thing would do,
 * not the judge's act. Its readings go (the judge's own reading stays).
 */
export function dropJudgedProposals(readings: Reading[], tree: SentenceTree, hits: readonly VerbHit[]): Reading[] {
  return dropUnder(readings, tree, hits, isJudgement, proposedOn);
}

/** The readings of verbs that lie `under` (in the tree) no verb of the sentence whose code is of the kind `isKind`. */
function dropUnder(readings: Reading[], tree: SentenceTree, hits: readonly VerbHit[], isKind: (code: string | undefined) => boolean, under: (layer: SyntaxLayer, t: number, verb: number) => boolean): Reading[] {
  const verbs = hits.filter((h) => isKind(h.form.code ?? h.form.block.code)).map((h) => verbToken(tree, h.at, h.end)).filter((t) => t >= 0);
  if (verbs.length === 0) return readings;
  return readings.filter((r) => r.token < 0 || !verbs.some((v) => v !== r.token && under(tree.layer, r.token, v)));
}

/** Whether the verb at `t` is (or is conjoined with, or complements) an infinitive on an object of `judge`. */
function proposedOn(layer: SyntaxLayer, t: number, judge: number): boolean {
  for (let x = t, depth = 0; x >= 0 && depth < 6; x = layer.head(x), depth++) {
    const rel = layer.relation(x);
    if (isProposedAct(layer, x)) {
      const noun = layer.head(x);
      return layer.relation(noun) === 'obj' && layer.head(noun) === judge;
    }
    if (rel !== 'conj' && rel !== 'xcomp') return false;
  }
  return false;
}

/** Whether a subordinating "that" stands between the verb and the clause at `clause` ("denied reports that China had …"). */
function thatBetween(layer: SyntaxLayer, verb: number, clause: number): boolean {
  for (let k = verb + 1; k < clause; k++) if (layer.word(k).toLowerCase() === 'that' && layer.tag(k) === 'SCONJ') return true;
  return false;
}

/** Whether token `t` lies in what `verb` says: its content clause, or a clause on its object ("denied reports that …"). */
function whatIsSaid(layer: SyntaxLayer, t: number, verb: number): boolean {
  for (let x = t, depth = 0; x >= 0 && depth < 12; x = layer.head(x), depth++) {
    const rel = layer.relation(x);
    // (A "that" clause the parser hangs as an adverbial clause is a content all the same.)
    // ("accused Japan of failing to …": the -ing clause under "of" is what is charged.)
    if (layer.head(x) === verb) return CONTENT.has(rel) || rel === 'obj' || (rel === 'advcl' && (thatBetween(layer, verb, x) || hasMark(layer, x, 'of')));
    // ("of trying to downgrade its status by forcing the Bank to …": the means of a charged act is charged too.)
    if (rel === 'advcl' && hasMark(layer, x, 'by')) continue;
    if (['conj', 'parataxis', 'advcl', 'obl'].includes(rel)) return false;
  }
  return false;
}
