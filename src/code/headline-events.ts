import type { CodedEvent } from './coder.js';

// The headline is coded like the body, and usually restates the lede: an event of the headline with the same
// code, the same source and target actors (or the same named less specifically) and the same modality as an event of the lede (the first two paragraphs of
// the body, on the same day when both are dated) is that event, mentioned twice. The lede's event is kept, with the headline's mention added to it.

type WithMentions = CodedEvent;

/**
 * The same actor, or the same named less specifically: a headline's "Japan" (JPN) is the lede's "Prime Minister
 * Kishida" (JPNGOV). CAMEO codes are built of three-letter parts, so one code extending the other is that.
 */
const sameActor = (a: string | null, b: string | null) => a === b || (!!a && !!b && (a.startsWith(b) || b.startsWith(a)));

/** (Dated both, the same day: a lede's "signed in 2018" is another act than the headline's signing today.) */
const sameDate = (a: CodedEvent, b: CodedEvent) => a.date === null || b.date === null || a.date === b.date;

const sameEvent = (a: CodedEvent, b: CodedEvent) =>
  a.code === b.code && a.modality === b.modality && sameActor(a.source.actor, b.source.actor) && sameActor(a.target.actor, b.target.actor) && sameDate(a, b);

/**
 * Merges each headline event into the matching lede event. `isHeadline(i)` and `isLede(i)` say whether
 * sentence i is a headline or a lede sentence. Returns the events without the merged headline events.
 */
export function mergeHeadlineEvents(events: CodedEvent[], isHeadline: (sentence: number) => boolean, isLede: (sentence: number) => boolean): CodedEvent[] {
  const kept: CodedEvent[] = [];
  const merged = new Set<CodedEvent>();
  for (const event of events) {
    if (!isHeadline(event.sentence)) continue;
    const lede = events.find((e) => isLede(e.sentence) && sameEvent(e, event)) as WithMentions | undefined;
    if (!lede) continue;
    lede.mentions ??= [{ sentence: lede.sentence, span: lede.span }];
    lede.mentions.unshift({ sentence: event.sentence, span: event.span });
    merged.add(event);
  }
  for (const event of events) if (!merged.has(event)) kept.push(event);
  // Ids stay e1, e2, ... in order, as the coder numbers them; a mutual pair's link follows its partner's new id.
  if (merged.size > 0) {
    const renamed = new Map<string, string>();
    kept.forEach((event, i) => renamed.set(event.id, `e${i + 1}`));
    for (const event of kept) {
      event.id = renamed.get(event.id)!;
      if (event.symmetricWith === undefined) continue;
      const partner = renamed.get(event.symmetricWith);
      if (partner) event.symmetricWith = partner;
      else delete event.symmetricWith;
    }
  }
  return kept;
}
