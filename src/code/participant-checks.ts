import type { Group, Slot } from './sentence-actors.js';
import { namesGoods } from './roles.js';
import type { SentenceTree } from './sentence-tree.js';

// Checks of who may fill a role the tree gives a verb, read by tree-reading.ts: the giver of what is received, goods
// that do no violence.

/** CAMEO roots of force: assault, fight, mass violence. */
export const VIOLENT_ROOTS = new Set(['18', '19', '20']);

/** Whether the group names traded goods or modifies a noun that does ("U.S. corn", "Japanese steel imports"). */
export function standsForGoods(tree: SentenceTree, g: Group): boolean {
  const { layer } = tree;
  const t = tree.tokenOfWord[g.start] ?? -1;
  if (t < 0) return false;
  if (namesGoods(layer, t)) return true;
  const head = layer.head(t);
  return head >= 0 && ['compound', 'amod', 'nmod:poss', 'nmod'].includes(layer.relation(t)) && namesGoods(layer, head);
}

const GIVER_STEPS = new Set(['obj', 'iobj', 'compound', 'amod', 'nmod:poss', 'flat', 'appos', 'conj', 'obl:from', 'nmod:from', 'obl:agent']);

/** Whether every head of the slot hangs on the verb only through the received thing's own words or a "from" phrase. */
export function namesGiver(tree: SentenceTree, verb: number, slot: Slot): boolean {
  const { layer } = tree;
  return slot.groups.every((g) => {
    const head = tree.tokenOfWord[g.start] ?? -1;
    if (head < 0) return false;
    for (let t = head, depth = 0; t >= 0 && depth < 12; t = layer.head(t), depth++) {
      if (t === verb) return true;
      const rel = layer.relation(t);
      const from = rel.startsWith('obl') || rel.startsWith('nmod') ? layer.childrenBy(t, 'case').some((c) => layer.word(c).toLowerCase() === 'from') : false;
      if (!GIVER_STEPS.has(rel) && !from) return false;
    }
    return false;
  });
}
