// Helpers of the people-dictionary tests: a person's role on a date, and the events of a made-up sentence.
import { loadPeople, rolesOf, roleActiveOn } from '../../src/dictionaries/people-places-data.js';
import { analyze } from '../../src/pipeline.js';
import type { CodedEvent } from '../../src/code/coder.js';

export const people = loadPeople();

/** The code and role a person's rows give on a date (undefined when no row covers it). */
export const codeOf = (name: string, date: string) => {
  const rows = rolesOf(people, name).filter((r) => roleActiveOn(r, date));
  return rows.length === 0 ? undefined : rows.map((r) => `${r.code} ${r.role}`);
};

/** The events of a made-up sentence under a headline, as source>target:code. */
export const eventsOf = (text: string, date: string) =>
  (analyze({ text: `Headline\n\n${text}`, date }).events as CodedEvent[]).map((e) => `${e.source.actor}>${e.target.actor}:${e.code}`);
