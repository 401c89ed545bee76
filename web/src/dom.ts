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
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child);
  }
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
  return h(
    'div',
    { class: 'table-wrap' },
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
