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

/** Nesting past which the page's markup is thinned before parsing (the parser itself slows with depth). */
export const MAX_PARSE_DEPTH = 1000;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const TAG = /<(\/?)([a-zA-Z][\w:-]{0,64})[^<>]{0,4000}?(\/?)>/g;
/** Tags kept when a page is thinned: the document's frame, paragraphs and headings, metadata, what is dropped later. */
const KEPT = /^(?:html|head|body|title|meta|link|script|style|p|br|h[1-6]|article|main|time)$/i;

/**
 * The page's markup, unchanged, unless its tags nest deeper than MAX_PARSE_DEPTH (counted in one pass
 * over the tags): then every tag but the document's frame, paragraphs, headings and metadata is taken
 * out before parsing, their text kept. linkedom took 0.6 s for 22,000 nested <div>s and 6.8 s for 90,000.
 */
export function thinDeepMarkup(html: string): string {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) deepest = Math.max(deepest, ++depth);
    if (deepest > MAX_PARSE_DEPTH) break;
  }
  if (deepest <= MAX_PARSE_DEPTH) return html;
  return html.replace(TAG, (tag, _close: string, name: string) => (KEPT.test(name) ? tag : ' '));
}
