import type { AnnalsDocument, Span } from '../document/document.js';
import type { CodedEvent, Entity } from '../document/annotations.js';
import { findAttributions, type AttributionOptions, type RawAttribution } from './attributions.js';
export type { AttributionOptions } from './attributions.js';
import { SpanIndex } from './span-index.js';

/** The longest provenance chain given (a page of "A said that B said that ..." nests without end). */
export const MAX_CHAIN_LINKS = 32;

// The attribution stage: attributions with their sources resolved, nested in one another, and for every
// attribution and every event the chain of hands a claim passed through, from the first speaker to the
// outlet that published this copy: Kishida → Suzuki → Kyodo → Sputnik → Pakistan Point News.

export type { ChainLink, Attribution } from '../document/annotations.js';
import type { ChainLink, Attribution } from '../document/annotations.js';

/** How a chain names a link: a person by surname, an outlet without "News"/"Agency" ("Kyodo"). */
function shortName(entity: Entity | undefined, text: string): string {
  // Without an entity, the phrase's head: "Maria Lopez, a spokeswoman for ..." → "Maria Lopez".
  if (!entity?.name) return text.split(/\s*[,(]/)[0]!.replace(/^(the|a|an)\s+/i, '').replace(/['\u2019]s?$/, '');
  const actor = entity.actor ?? '';
  if (entity.sources.some((s) => s.includes('people.tsv'))) return entity.name.split(' ').pop()!;
  if (/MED$/.test(actor)) return entity.name.replace(/\s+(News|News Agency|Agency)$/i, '') || entity.name;
  return entity.name;
}

function entityIn(entities: SpanIndex<Entity>, span: Span): Entity | undefined {
  const actors = entities.near(span.start, span.end).filter((e) => e.type === 'actor' && e.span.start < span.end && span.start < e.span.end);
  // The entity that covers the most of the source phrase: "Japanese lawmaker Muneo Suzuki" over "Japanese".
  return actors.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
}

/** 0 <= start <= end <= length (and start < end when `nonEmpty`). */
const properSpan = (s: Span, length: number, nonEmpty = false) => 0 <= s.start && s.start <= s.end && s.end <= length && (!nonEmpty || s.start < s.end);
const contains = (outer: Span[], at: number) => outer.some((s) => s.start <= at && at < s.end);
const size = (spans: Span[]) => spans.reduce((n, s) => n + s.end - s.start, 0);

export function attributeDocument(doc: AnnalsDocument, options: AttributionOptions = {}): void {
  const text = doc.text;
  const raw = findAttributions(doc, options).filter((a) => properSpan(a.cue, text.length));
  // A rule that met text it was not written for (stray quotation marks) may give an empty or inverted
  // span: a source so found is dropped (",\n\"I\"ask\"Who" gave the source {start: 9, end: 8}).
  for (const a of raw) {
    if (a.source && !properSpan(a.source, text.length, true)) a.source = null;
    if (a.refersTo && !properSpan(a.refersTo, text.length, true)) delete a.refersTo;
    a.content = a.content.filter((c) => properSpan(c, text.length));
  }
  const entities = new SpanIndex<Entity>(doc.sentences);
  for (const e of doc.entities) if (e.type === 'actor') entities.add(e, [e.span]);
  const article = doc.article;
  // Attributions by the sentences their cue and content cover: who holds whom is looked up nearby only.
  const byPlace = new SpanIndex<RawAttribution>(doc.sentences);
  for (const a of raw) byPlace.add(a, [a.cue, ...a.content]);

  // Nesting: X sits in the attribution whose content holds X's cue, the narrowest; "citing" sits in its reporter.
  const depth = new Map<RawAttribution, number>();
  const parentOf = new Map<RawAttribution, RawAttribution>();
  for (const a of raw) {
    if (a.citedBy) {
      parentOf.set(a, a.citedBy);
      continue;
    }
    const holders = byPlace.near(a.cue.start).filter((b) => b !== a && contains(b.content, a.cue.start) && !(b.citedBy === a));
    const narrowest = holders.sort((x, y) => size(x.content) - size(y.content) || (y.citedBy ? 1 : 0) - (x.citedBy ? 1 : 0))[0];
    if (narrowest) parentOf.set(a, narrowest);
  }
  // Two attributions each holding the other's cue would make a loop: the wider one is the parent.
  for (const a of raw) {
    const seen = new Set<RawAttribution>([a]);
    for (let x = parentOf.get(a); x; x = parentOf.get(x)) {
      if (seen.has(x)) {
        const p = parentOf.get(x)!;
        if (size(p.content) < size(x.content)) parentOf.delete(p);
        else parentOf.delete(x);
        break;
      }
      seen.add(x);
    }
  }
  const depthOf = (a: RawAttribution): number => {
    if (!depth.has(a)) {
      depth.set(a, 0);
      const p = parentOf.get(a);
      depth.set(a, p ? depthOf(p) + 1 : 0);
    }
    return depth.get(a)!;
  };

  // The outlets: the originating agency reported it; the publisher republished it.
  const outletLinks: ChainLink[] = [];
  if (article?.origin) outletLinks.push({ name: article.origin, kind: 'reported', ...(article.dateline && { span: article.dateline.span }) });
  if (article?.publisher && article.publisher !== article.origin) outletLinks.push({ name: article.publisher, kind: 'republished', ...(article.dateline && { span: article.dateline.span }) });

  // A relative pronoun source ("which") is resolved through its antecedent.
  const named = (a: RawAttribution) => a.refersTo ?? a.source;
  // (Each attribution's link is made once: a chain of n links otherwise made n times over a nesting.)
  const madeLinks = new Map<RawAttribution, ChainLink>();
  const linkOf = (a: RawAttribution): ChainLink => {
    const made = madeLinks.get(a);
    if (made) return { ...made };
    const link = makeLink(a);
    madeLinks.set(a, link);
    return { ...link };
  };
  const makeLink = (a: RawAttribution): ChainLink => {
    const source = named(a);
    const entity = source ? entityIn(entities, source) : undefined;
    const name = source ? shortName(entity, text.slice(source.start, source.end)) : 'unnamed source';
    return { name, ...(entity?.actor && { actor: entity.actor }), kind: a.kind, span: a.cue };
  };
  const chainOf = (a: RawAttribution): ChainLink[] => {
    const links: ChainLink[] = [];
    for (let x: RawAttribution | undefined = a; x && links.length < MAX_CHAIN_LINKS; x = parentOf.get(x)) links.push(linkOf(x));
    // The outlet already in the chain (Sputnik citing itself) is not repeated.
    return [...links, ...outletLinks.filter((o) => !links.some((l) => l.name === o.name))];
  };

  const ids = new Map<RawAttribution, string>(raw.map((a, i) => [a, `a${i + 1}`]));
  doc.attributions = raw.map((a): Attribution => {
    const entity = named(a) ? entityIn(entities, named(a)!) : undefined;
    const parent = parentOf.get(a);
    return {
      id: ids.get(a)!,
      ...(a.source && {
        source: {
          text: text.slice(a.source.start, a.source.end),
          span: a.source,
          ...(entity?.name && { name: entity.name }),
          ...(entity?.actor && { actor: entity.actor }),
        },
      }),
      cue: { text: text.slice(a.cue.start, a.cue.end), span: a.cue },
      content: a.content.map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
      ...(parent && { parent: ids.get(parent)! }),
      chain: chainOf(a),
    };
  });

  // Every event: the attribution whose cue is its trigger ("wants"), else the narrowest holding it in its content.
  for (const event of doc.events) {
    const t = event.span;
    const nearby = byPlace.near(t.start, t.end);
    const own = nearby.find((a) => a.cue.start < t.end && t.start < a.cue.end);
    const holders = nearby.filter((a) => contains(a.content, t.start));
    const holder = own ?? holders.sort((x, y) => size(x.content) - size(y.content) || depthOf(y) - depthOf(x))[0];
    const chain = holder ? chainOf(holder) : [...outletLinks];
    // The event is the attributed act itself ("Kishida wants ..."): its first link is the event's own
    // source, named as the coder resolved it on the event's date ("Moscow" in 1956 is the Soviet government).
    const ownSource = own && named(own);
    if (ownSource && ownSource.start < event.source.span.end && event.source.span.start < ownSource.end && chain[0]) {
      const entity = entityIn(entities, ownSource);
      const named = entity && event.source.name ? { ...entity, name: event.source.name, actor: event.source.actor } : undefined;
      chain[0] = { ...chain[0], ...(event.source.actor && { actor: event.source.actor }), name: shortName(named, chain[0].name) };
    }
    event.provenance = chain;
  }
}
