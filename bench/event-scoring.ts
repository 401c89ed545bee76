// Scoring coded events against hand-coded gold, paragraph by paragraph. An event is matched at root level
// when its source's principal, its target's principal and its CAMEO root equal a gold event's in the same
// paragraph (one-to-one: a multiset intersection). Matched pairs are then compared on the exact code, the
// modality and the year.

export interface ScoredEvent {
  source: string;
  target: string;
  code: string;
  modality: string;
  year: number | null;
  sentence?: number;
  trigger?: string;
  doubtful?: boolean;
}

/** The part of an actor code that is scored: an organisation's six letters (IGOUNO), else the country. */
export function principal(actor: string): string {
  return /^(IGO|NGO|IMG|MNC)/.test(actor) ? actor.slice(0, 6) : actor.slice(0, 3);
}

export const rootKey = (e: ScoredEvent): string => `${principal(e.source)}>${principal(e.target)}:${e.code.slice(0, 2)}`;

export interface ParagraphScore {
  matched: [ScoredEvent, ScoredEvent][]; // [gold, system]
  missed: ScoredEvent[];
  spurious: ScoredEvent[];
}

/** One-to-one matching of a paragraph's events on rootKey, closest sentence first. */
export function matchParagraph(gold: ScoredEvent[], system: ScoredEvent[]): ParagraphScore {
  const open = [...system];
  const matched: [ScoredEvent, ScoredEvent][] = [];
  const missed: ScoredEvent[] = [];
  for (const g of gold) {
    let best = -1;
    for (let k = 0; k < open.length; k++) {
      if (rootKey(open[k]!) !== rootKey(g)) continue;
      const distance = (e: ScoredEvent) => Math.abs((e.sentence ?? 0) - (g.sentence ?? 0)) + (e.code === g.code ? 0 : 0.5);
      if (best < 0 || distance(open[k]!) < distance(open[best]!)) best = k;
    }
    if (best < 0) missed.push(g);
    else matched.push([g, open.splice(best, 1)[0]!]);
  }
  return { matched, missed, spurious: open };
}

export interface Totals {
  gold: number;
  system: number;
  matched: number;
  exactCode: number;
  modality: number;
  /** Matched pairs whose gold year is known, and of them those with the same year. */
  yearKnown: number;
  year: number;
}

export const emptyTotals = (): Totals => ({ gold: 0, system: 0, matched: 0, exactCode: 0, modality: 0, yearKnown: 0, year: 0 });

/**
 * Adds a paragraph. With `withoutDoubtful`, gold events marked doubtful are left out and so are the
 * system events that would have matched them: a doubtful event neither counts for nor against the coder.
 */
export function addParagraph(totals: Totals, gold: ScoredEvent[], system: ScoredEvent[], withoutDoubtful = false): ParagraphScore {
  let g = gold;
  let s = system;
  if (withoutDoubtful) {
    const doubtful = gold.filter((e) => e.doubtful);
    g = gold.filter((e) => !e.doubtful);
    const ignored = matchParagraph(doubtful, system).matched.map(([, sys]) => sys);
    s = system.filter((e) => !ignored.includes(e));
  }
  const score = matchParagraph(g, s);
  totals.gold += g.length;
  totals.system += s.length;
  totals.matched += score.matched.length;
  for (const [ge, se] of score.matched) {
    if (ge.code === se.code) totals.exactCode++;
    if (ge.modality === se.modality) totals.modality++;
    if (ge.year !== null) {
      totals.yearKnown++;
      if (se.year === ge.year) totals.year++;
    }
  }
  return score;
}

export function f1(t: Totals): { precision: number; recall: number; f1: number } {
  const precision = t.system ? t.matched / t.system : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
