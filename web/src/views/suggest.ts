import { append, h } from '../dom.js';
import { get, type Glossary } from '../api.js';

// Suggestions as you type: <datalist>s of the store's actor codes (with the names they were resolved to)
// and of every CAMEO code (with its name), each fetched once per page load.

let actors: Promise<{ actor: string; name: string | null; events: number }[]> | null = null;
let glossary: Promise<Glossary> | null = null;

export const loadActors = () => (actors ??= get<{ actors: { actor: string; name: string | null; events: number }[] }>('actors', { limit: 1000 }).then((r) => r.actors, () => []));
export const loadGlossary = () => (glossary ??= get<Glossary>('glossary'));

let counter = 0;

export function actorSuggestions(): HTMLDataListElement {
  const list = h('datalist', { attrs: { id: `actor-codes-${++counter}` } });
  void loadActors().then((all) => append(list, ...all.map((a) => h('option', { attrs: { value: a.actor, label: `${a.name ?? a.actor} (${a.events} events)` } }))));
  return list;
}

export function codeSuggestions(): HTMLDataListElement {
  const list = h('datalist', { attrs: { id: `cameo-codes-${++counter}` } });
  void loadGlossary().then(
    (g) => append(list, ...g.codes.map((c) => h('option', { attrs: { value: c.code, label: c.name } }))),
    () => undefined,
  );
  return list;
}

/**
 * A name for an actor code from the glossary: an organisation's own name (IGOUNOAGRFAO), else the country
 * and the sectors read in threes (JPNGOV: "Japan government"); null when nothing is known.
 */
export function nameOf(code: string, g: Glossary): string | null {
  const org = g.organisations.find((o) => o.code === code);
  if (org) return org.name;
  const parts = code.match(/.{1,3}/g) ?? [];
  const names = parts.map((p, i) => (i === 0 ? g.countries.find((c) => c.code === p)?.name : undefined) ?? g.sectors.find((s) => s.code === p)?.name.toLowerCase() ?? null);
  return names[0] ? names.filter(Boolean).join(' ') : null;
}

/** "JPN (Japan)", or the code alone when the glossary does not name it (or does not answer). */
export async function named(code: string): Promise<string> {
  try {
    const name = nameOf(code, await loadGlossary());
    return name ? `${code} (${name})` : code;
  } catch {
    return code;
  }
}
