import type { AnnalsDocument, Span } from '../../document/document.js';
import type { ChainLink, Entity } from '../../document/annotations.js';
import type { SpanIndex } from '../span-index.js';
import type { RawAttribution } from './types.js';

// Chains: for every attribution the hands a claim passed through, from the first speaker to the outlet that
// published this copy: Kishida → Suzuki → Kyodo → Sputnik → Pakistan Point News.

/** The longest provenance chain given (a page of "A said that B said that ..." nests without end). */
export const MAX_CHAIN_LINKS = 32;

/** How a chain names a link: a person by surname, an outlet without "News"/"Agency" ("Kyodo"). */
export function shortName(entity: Entity | undefined, text: string): string {
  // Without an entity, the phrase's head: "Maria Lopez, a spokeswoman for ..." → "Maria Lopez".
  if (!entity?.name) return text.split(/\s*[,(]/)[0]!.replace(/^(the|a|an)\s+/i, '').replace(/['\u2019]s?$/, '');
  const actor = entity.actor ?? '';
  if (entity.sources.some((s) => s.includes('people.tsv'))) return entity.name.split(' ').pop()!;
  if (/MED$/.test(actor)) return entity.name.replace(/\s+(News|News Agency|Agency)$/i, '') || entity.name;
  return entity.name;
}

export function entityIn(entities: SpanIndex<Entity>, span: Span): Entity | undefined {
  const actors = entities.near(span.start, span.end).filter((e) => e.type === 'actor' && e.span.start < span.end && span.start < e.span.end);
  // The entity that covers the most of the source phrase: "Japanese lawmaker Muneo Suzuki" over "Japanese".
  return actors.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
}

/** A relative pronoun source ("which") is resolved through its antecedent. */
export const named = (a: RawAttribution) => a.refersTo ?? a.source;

/** The outlets: the originating agency reported it; the publisher republished it. */
export function outletLinks(doc: AnnalsDocument): ChainLink[] {
  const article = doc.article;
  const links: ChainLink[] = [];
  if (article?.origin) links.push({ name: article.origin, kind: 'reported', ...(article.dateline?.span && { span: article.dateline.span }) });
  if (article?.publisher && article.publisher !== article.origin) links.push({ name: article.publisher, kind: 'republished', ...(article.dateline?.span && { span: article.dateline.span }) });
  return links;
}

/** The chain of an attribution: its own link, its parents' up to the outermost, then the outlets. */
export function chainMaker(text: string, entities: SpanIndex<Entity>, parentOf: Map<RawAttribution, RawAttribution>, outlets: ChainLink[]): (a: RawAttribution) => ChainLink[] {
  // (Each attribution's link is made once: a chain of n links otherwise made n times over a nesting.)
  const madeLinks = new Map<RawAttribution, ChainLink>();
  const linkOf = (a: RawAttribution): ChainLink => {
    let link = madeLinks.get(a);
    if (!link) {
      const source = named(a);
      const entity = source ? entityIn(entities, source) : undefined;
      const name = source ? shortName(entity, text.slice(source.start, source.end)) : 'unnamed source';
      link = { name, ...(entity?.actor && { actor: entity.actor }), kind: a.kind, span: a.cue };
      madeLinks.set(a, link);
    }
    return { ...link };
  };
  return (a) => {
    const links: ChainLink[] = [];
    for (let x: RawAttribution | undefined = a; x && links.length < MAX_CHAIN_LINKS; x = parentOf.get(x)) links.push(linkOf(x));
    // The outlet already in the chain (Sputnik citing itself) is not repeated.
    return [...links, ...outlets.filter((o) => !links.some((l) => l.name === o.name))];
  };
}
