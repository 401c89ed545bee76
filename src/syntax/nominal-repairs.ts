import type { SentenceAnalysis } from './model.js';
import { NOMINAL_UPOS, headOf, setHead } from './repair-tree.js';

// Parser repairs inside noun phrases (called from repair.ts).

/**
 * "rumours of race riots in Kuala Lumpur": the parser sometimes hangs a preposition on the first word of a
 * multi-word name ("in" on "Kuala", itself a compound of "Lumpur"), so the name's head has no preposition and every
 * stage reads it as a bare noun: a participant where it is a place. UD hangs the case marker on the phrase's head:
 * a preposition before its compound modifier moves to the noun the modifier hangs on.
 */
export function repairCaseOnModifiers(a: SentenceAnalysis): number {
  let repaired = 0;
  for (let k = 0; k < a.heads.length; k++) {
    if (a.deprels[k] !== 'case') continue;
    let head = headOf(a, k);
    // (Up the modifiers that stand before their noun: "in Kuala Lumpur", "at the New York Stock Exchange".)
    for (let steps = 0; head > k && a.deprels[head] === 'compound' && headOf(a, head) > head && steps < 4; steps++) head = headOf(a, head);
    if (head !== headOf(a, k) && NOMINAL_UPOS.has(a.upos[head]!)) {
      setHead(a, k, head, 'case');
      repaired++;
    }
  }
  return repaired;
}

/** Whether some preposition hangs on a compound modifier before its noun (what repairCaseOnModifiers mends). */
export function hasCaseOnModifier(a: SentenceAnalysis): boolean {
  return a.deprels.some((d, k) => d === 'case' && a.deprels[headOf(a, k)] === 'compound' && headOf(a, headOf(a, k)) > headOf(a, k));
}
