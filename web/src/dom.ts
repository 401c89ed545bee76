// DOM building without HTML strings: every piece of text becomes a Text node (textContent), so article
// text, headlines and actor names can never be parsed as markup. Nothing here uses innerHTML.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  /** Attributes, set with setAttribute; event-handler attributes (on...) and javascript: URLs are refused. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, ...child);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(visibleText(String(child))));
    else parent.appendChild(child);
  }
}

/** Bidirectional formatting characters, with the names shown in their place. */
const BIDI_NAMES: Record<string, string> = {
  '\u202a': 'LRE', '\u202b': 'RLE', '\u202c': 'PDF', '\u202d': 'LRO', '\u202e': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
  '\u200e': 'LRM', '\u200f': 'RLM', '\u061c': 'ALM',
};
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const HAS_BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/**
 * Text as it is to be shown: every bidirectional formatting character (a right-to-left override hiding
 * "gnp.exe" as "exe.png", say) is replaced by a visible mark naming it, ⟦RLO⟧, so that it is seen and
 * never applied. Every Text node the UI makes goes through here.
 */
export function visibleText(text: string): string {
  return HAS_BIDI.test(text) ? text.replace(BIDI, (c) => `⟦${BIDI_NAMES[c] ?? 'U+' + c.charCodeAt(0).toString(16).toUpperCase()}⟧`) : text;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  for (const [name, value] of Object.entries(props?.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`refusing event-handler attribute ${name}`);
    const text = value === true ? '' : String(value);
    if ((name === 'href' || name === 'src') && !safeUrl(text)) continue;
    el.setAttribute(name, text);
  }
  for (const [type, handler] of Object.entries(props?.on ?? {})) el.addEventListener(type, handler as EventListener);
  append(el, ...children);
  return el;
}

/** In-app links (#/...), relative paths and http(s) URLs only. */
export function safeUrl(url: string): boolean {
  return url.startsWith('#') || url.startsWith('/') || /^https?:\/\//i.test(url);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'state loading', attrs: { role: 'status' } }, `Loading ${what}…`);
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'state empty', attrs: { role: 'status' } }, message);
}

export function failure(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'state error', attrs: { role: 'alert' } }, `Error: ${message}`);
}

export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { attrs: { for: id } }, label), control, hint ? h('small', null, hint) : null);
}

export function input(name: string, value: string | null | undefined, attrs: Record<string, string> = {}): HTMLInputElement {
  return h('input', { attrs: { name, value: value ?? '', type: 'text', autocomplete: 'off', spellcheck: 'false', ...attrs } });
}

export function select(name: string, value: string | null | undefined, options: [string, string][]): HTMLSelectElement {
  const el = h('select', { attrs: { name } }, ...options.map(([v, label]) => h('option', { attrs: { value: v } }, label)));
  el.value = value ?? '';
  return el;
}

export function dl(rows: [string, Child][]): HTMLElement {
  return h('dl', { class: 'facts' }, ...rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

export function table(headers: string[], rows: Child[][], caption?: string): HTMLElement {
  // The wrapper scrolls sideways on a narrow screen: focusable and named, so a keyboard can scroll it.
  return h(
    'div',
    { class: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': `Table: ${caption ?? headers.slice(0, 3).join(', ')}` } },
    h(
      'table',
      null,
      caption ? h('caption', null, caption) : null,
      h('thead', null, h('tr', null, ...headers.map((t) => h('th', { attrs: { scope: 'col' } }, t)))),
      h('tbody', null, ...rows.map((cells) => h('tr', null, ...cells.map((c) => h('td', null, c))))),
    ),
  );
}

/** Runs `fn` once `el` is in the document (charts and graphs need a laid-out container); gives up after 10 s. */
export function whenConnected(el: Element, fn: () => void, waited = 0): void {
  if (el.isConnected) fn();
  else if (waited < 10_000) setTimeout(() => whenConnected(el, fn, waited + 20), waited ? 20 : 0);
}
