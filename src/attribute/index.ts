import type { AnnalsDocument, Span } from '../document/document.js';
import type { Entity } from '../document/annotations.js';
import { findAttributions, type AttributionOptions, type RawAttribution } from './rules/index.js';
import { SpanIndex } from './span-index.js';
import { chainMaker, entityIn, named, outletLinks, shortName } from './rules/chains.js';
import { contentSize, depths, holds, parents } from './rules/nesting.js';
export type { AttributionOptions } from './rules/index.js';
export { MAX_CHAIN_LINKS } from './rules/chains.js';

// The attribution stage: attributions with their sources resolved, nested in one another, and for every
// attribution and every event the chain of hands a claim passed through, from the first speaker to the
// outlet that published this copy: Kishida → Suzuki → Kyodo → Sputnik → Pakistan Point News.

export type { ChainLink, Attribution } from '../document/annotations.js';
import type { Attribution } from '../document/annotations.js';

/** 0 <= start <= end <= length (and start < end when `nonEmpty`). */
const properSpan = (s: Span, length: number, nonEmpty = false) => 0 <= s.start && s.start <= s.end && s.end <= length && (!nonEmpty || s.start < s.end);

/** The rules' attributions with any span they got wrong left out. */
function checked(doc: AnnalsDocument, options: AttributionOptions): RawAttribution[] {
  const length = doc.text.length;
  const raw = findAttributions(doc, options).filter((a) => properSpan(a.cue, length));
  // A rule that met text it was not written for (stray quotation marks) may give an empty or inverted
  // span: a source so found is dropped (",\n\"I\"ask\"Who" gave the source {start: 9, end: 8}).
  for (const a of raw) {
    if (a.source && !properSpan(a.source, length, true)) a.source = null;
    if (a.refersTo && !properSpan(a.refersTo, length, true)) delete a.refersTo;
    a.content = a.content.filter((c) => properSpan(c, length));
  }
  return raw;
}

export function attributeDocument(doc: AnnalsDocument, options: AttributionOptions = {}): void {
  const text = doc.text;
  const raw = checked(doc, options);
  const entities = new SpanIndex<Entity>(doc.sentences);
  for (const e of doc.entities) if (e.type === 'actor') entities.add(e, [e.span]);
  // Attributions by the sentences their cue and content cover: who holds whom is looked up nearby only.
  const byPlace = new SpanIndex<RawAttribution>(doc.sentences);
  for (const a of raw) byPlace.add(a, [a.cue, ...a.content]);
  const parentOf = parents(raw, byPlace);
  const depthOf = depths(parentOf);
  const outlets = outletLinks(doc);
  const chainOf = chainMaker(text, entities, parentOf, outlets);

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
    const holders = nearby.filter((a) => holds(a.content, t.start));
    const holder = own ?? holders.sort((x, y) => contentSize(x.content) - contentSize(y.content) || depthOf(y) - depthOf(x))[0];
    const chain = holder ? chainOf(holder) : [...outlets];
    // The event is the attributed act itself ("Kishida wants ..."): its first link is the event's own
    // source, named as the coder resolved it on the event's date ("Moscow" in 1956 is the Soviet government).
    const ownSource = own && named(own);
    if (ownSource && ownSource.start < event.source.span.end && event.source.span.start < ownSource.end && chain[0]) {
      const entity = entityIn(entities, ownSource);
      const resolved = entity && event.source.name ? { ...entity, name: event.source.name, actor: event.source.actor } : undefined;
      chain[0] = { ...chain[0], ...(event.source.actor && { actor: event.source.actor }), name: shortName(resolved, chain[0].name) };
    }
    event.provenance = chain;
  }
}
