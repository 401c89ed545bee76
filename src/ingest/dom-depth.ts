import type { El } from './html-clean.js';

// A depth cap on a parsed page, before anything walks it: Readability and the cleaning rules look at
// ancestors and recurse, so a page of 1,800 nested <div>s took minutes and 9,000 overflowed the stack.
// Below MAX_DOM_DEPTH elements, every wrapper (an element holding elements) is taken away and what it
// held kept in order: its text and its innermost elements (a <p> with its text). Real pages nest a few
// dozen levels. Iterative throughout, so no page's depth reaches the call stack.

export const MAX_DOM_DEPTH = 100;

type Node = El & { appendChild(node: El): El; removeChild(node: El): El };

const elementChildren = (el: El): El[] => Array.from(el.childNodes).filter((c) => c.nodeType === 1);

/** Flattens every subtree below MAX_DOM_DEPTH; returns how many elements sat deeper (0 for a normal page). */
export function capDomDepth(root: El): number {
  const stack: [El, number][] = [[root, 0]];
  const deep: El[] = [];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of elementChildren(node)) {
      if (depth + 1 >= MAX_DOM_DEPTH) deep.push(child);
      else stack.push([child, depth + 1]);
    }
  }
  let flattened = 0;
  for (const el of deep) flattened += flatten(el as Node);
  return flattened;
}

/** Replaces an element's children by its subtree's text and innermost elements, in document order. */
function flatten(el: Node): number {
  const kept: El[] = [];
  let dropped = 0;
  const stack: El[] = Array.from(el.childNodes).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    const inner = node.nodeType === 1 ? elementChildren(node) : [];
    if (inner.length === 0) kept.push(node);
    else {
      dropped++;
      stack.push(...Array.from(node.childNodes).reverse());
    }
  }
  if (dropped === 0) return 0;
  for (const child of Array.from(el.childNodes)) el.removeChild(child);
  for (const node of kept) {
    (node.parentNode as Node | null)?.removeChild(node);
    el.appendChild(node);
  }
  return dropped;
}
