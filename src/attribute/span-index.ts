import type { Span } from '../document/document.js';

/**
 * Items found by the text positions their spans cover, bucketed by sentence (an offset belongs to the last
 * sentence starting at or before it): a look-up touches only the buckets of its own span, so looking up
 * every attribution or event in a long document is linear, not quadratic. Exact: every item whose span
 * holds a position is in that position's bucket (a superset to filter, never a miss).
 */
export class SpanIndex<T> {
  private readonly starts: number[];
  private readonly buckets = new Map<number, T[]>();
  private readonly order = new Map<T, number>();

  constructor(sentences: readonly Span[]) {
    this.starts = sentences.map((s) => s.start);
  }

  /** The bucket of an offset: the last sentence starting at or before it, -1 before the first. */
  private bucket(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  add(item: T, spans: readonly Span[]): void {
    if (!this.order.has(item)) this.order.set(item, this.order.size);
    const seen = new Set<number>();
    for (const s of spans) {
      for (let b = this.bucket(s.start), last = this.bucket(Math.max(s.start, s.end - 1)); b <= last; b++) {
        if (seen.has(b)) continue;
        seen.add(b);
        let list = this.buckets.get(b);
        if (!list) this.buckets.set(b, (list = []));
        list.push(item);
      }
    }
  }

  /** Items whose spans may cover some position of [start, end) (each once, in the order added). */
  near(start: number, end: number = start + 1): T[] {
    const first = this.bucket(start);
    const last = this.bucket(Math.max(start, end - 1));
    if (first === last) return this.buckets.get(first) ?? [];
    const out = new Set<T>();
    for (let b = first; b <= last; b++) for (const item of this.buckets.get(b) ?? []) out.add(item);
    return [...out].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}
