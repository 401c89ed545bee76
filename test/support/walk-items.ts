import { walkRecords, type WalkOptions } from '../../src/ingest/walk.js';
import type { SourceItem } from '../../src/ingest/sources.js';

// What the ingest tests read back from the walker: every item, their inputs and their error messages.

export async function collect(paths: string[], options: WalkOptions = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of walkRecords(paths, options)) items.push(item);
  return items;
}

export const inputs = (items: SourceItem[]) => items.flatMap((i) => ('input' in i ? [i.input] : []));
export const errors = (items: SourceItem[]) => items.flatMap((i) => ('error' in i ? [i.error.message] : []));
