import * as chrono from 'chrono-node';

// Whether chrono reads a date in a short piece of text: a name run ("Tuesday Smith") or a subject word
// ("Tuesday"). Both ask for the same few strings again and again (a story repeats its names), and chrono
// is dear: each string's answer is remembered. (Whether chrono finds a date does not depend on the day it
// is asked: its reference date only places the date it finds.)

const LIMIT = 20_000;
const known = new Map<string, boolean>();

/** Whether chrono's casual English parser finds a date in `text`. */
export function readsAsDate(text: string): boolean {
  let found = known.get(text);
  if (found === undefined) {
    if (known.size >= LIMIT) known.clear();
    found = chrono.en.parse(text).length > 0;
    known.set(text, found);
  }
  return found;
}
