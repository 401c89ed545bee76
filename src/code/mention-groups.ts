import type { Word } from './words.js';
import { companySuffixWords, isBodyRole } from './dictionaries.js';
import { isPronounMention, type Group, type Mention, type Slot } from './sentence-actors.js';

// Mentions composed into actors ("Japanese" + "lawmaker" → one group: JPNLEG), roles shared over lists ("Indian and
// Pakistani troops"), and groups listed together as one participant ("the Soviet Union and Japan": slots).

const LINKS = new Set(['OF', 'FROM', 'IN']);
/** Links by which a role every body has is a body's: "a spokesman for", "an official at" (any-body-roles.tsv, official-roles.tsv). */
const BODY_LINKS = new Set(['FOR', 'AT']);
const LIST_WORDS = new Set(['AND', 'OR', 'NOR', 'NEITHER', 'BOTH', 'THE', 'A', 'AN']);

/** Adjacent mentions form one actor ("Japanese" "Prime Minister" "Fumio Kishida"); "soldiers from Gondor" too. */
export function groupMentions(words: Word[], mentions: Mention[]): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    if (last) {
      // ("Yamaichi International (Europe) Ltd": a company's suffix after the bracket closing its country joins it.)
      // ("told Reuters the bank …": a reference opening with "the" opens a noun phrase of its own.)
      const joined = m.start === last.end && !(m.kind === 'group-ref' && words[m.start]!.key === 'THE') && (words[m.start]!.punctBefore === '' || words[last.end - 1]!.possessive || (m.kind === 'agent' && m.entry.code === 'BUS' && words[m.start]!.punctBefore === ')' && companySuffixWords().has(words[m.start]!.key)));
      const agentOnly = last.mentions.every((x) => x.kind === 'agent');
      // ("a spokesman for the Japanese Foreign Ministry", "an official at Merrill Lynch": a role every body has is, with
      // "for" or "at", the role of the body named after it.)
      const link = words[last.end]?.key ?? '';
      const linked =
        agentOnly && m.kind !== 'agent' && (LINKS.has(link) || (BODY_LINKS.has(link) && isBodyRole(words[last.end - 1]!.key))) &&
        (m.start === last.end + 1 || (m.start === last.end + 2 && words[last.end + 1]!.key === 'THE'));
      // "Ithilen's awful and evil minister": a possessor, then describing words, then a role.
      const possessed =
        m.kind === 'agent' && words[last.end - 1]!.possessive &&
        words.slice(last.end, m.start).every((w) => w.pos === 'ADJ' || w.key === 'AND');
      // "Prime Minister Falastur": a name after a role belongs to the same actor. (Not after a plural role: "told
      // reporters Baker visited him" names the listeners and then the one who visited.)
      const lastIsAgent = last.mentions[last.mentions.length - 1]!.kind === 'agent';
      // ("told reporters Bonn saw no need …": nor a country or its capital, the subject of what is told.)
      const listenersThenPerson = lastIsAgent && /(?:[^S]S|MEN)$/.test(words[last.end - 1]!.key) && (m.kind === 'name' || (m.kind === 'actor' && ['person', 'country', 'capital'].includes(m.entry.kind)));
      const named = joined && lastIsAgent;
      // "Tory chairman Liam Fox": a person after an actor and a title the dictionaries lack is that actor's
      // person (on a date outside the person's roles the actor still codes them).
      const between = words.slice(last.end, m.start);
      const titled =
        (m.kind === 'name' || (m.kind === 'actor' && m.entry.kind === 'person')) && !last.mentions.some((x) => x.kind !== 'agent' && (x.kind !== 'actor' || x.entry.kind === 'person')) &&
        between.length >= 1 && between.length <= 2 && between.every((w) => (w.pos === 'NOUN' || w.pos === 'ADJ') && /^\p{Ll}/u.test(w.raw) && w.punctBefore === '') && words[m.start]!.punctBefore === '';
      // "Japanese financial firms", "Taiwan soybean importers": a country (or its adjective), describing words, then a role.
      // ("EC finance and agriculture ministers": two such words joined by "and" describe it too.)
      const described =
        m.kind === 'agent' && last.mentions.every((x) => x.kind === 'actor' && x.entry.kind !== 'person') && isDescribingRun(between, m.end - m.start, words[last.end - 1]!.possessive) && words[m.start]!.punctBefore === '';
      // "the European Union (EU)": a name's own abbreviation in brackets after it is the same actor.
      const glossed = m.start === last.end && m.kind === 'actor' && words[m.start]!.punctBefore.trim() === '(' && last.mentions.some((x) => x.kind === 'actor' && x.entry.name === m.entry.name);
      // "Robert Jackson, 58, MP": a name and the role in apposition after it are one actor.
      const apposed = last.mentions.length === 1 && last.mentions[0]!.kind === 'name' && last.mentions[0]!.roleAt === m.start;
      // ("told the American people he did not …", "after meeting Tony Blair he had been left …": a pronoun is a phrase
      // of its own, never part of the actor before it.)
      const pronoun = isPronounMention(m);
      if (!pronoun && ((joined && !listenersThenPerson && (named || !hasBase(last, m))) || linked || possessed || titled || described || glossed || apposed)) {
        last.mentions.push(m);
        last.end = m.end;
        continue;
      }
    }
    groups.push({ start: m.start, end: m.end, mentions: [m] });
  }
  return groups;
}

/**
 * "Lawmakers in Fornost and Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": a role word with "of" or "in"
 * before a list of countries is the role of each of them. A bare country that continues such a list takes the
 * role's agent mentions too (its own words and span stay its own).
 */
export function distributeAgents(words: Word[], groups: Group[]): Group[] {
  const out = groups.slice();
  for (let k = 0; k + 1 < out.length; k++) {
    const head = out[k]!;
    const agents = head.mentions.filter((m) => m.kind === 'agent');
    const base = head.mentions.find((m) => m.kind === 'actor');
    // Only "role LINK country": the agent first, then the linking word.
    if (agents.length === 0 || !base || head.mentions[0]!.kind !== 'agent' || !LINKS.has(words[agents[agents.length - 1]!.end]?.key ?? '')) continue;
    for (let j = k + 1; j < out.length; j++) {
      const link = listLink(words, out[j - 1]!, out[j]!);
      const next = out[j]!;
      const bareCountry = next.mentions.length === 1 && next.mentions[0]!.kind === 'actor' && next.mentions[0]!.entry.kind !== 'person';
      if (link === null || !bareCountry) break;
      out[j] = { ...next, mentions: [...agents, ...next.mentions] };
    }
  }
  // "Indian and Pakistani troops": adjectives of countries joined before one role share it.
  for (let k = out.length - 1; k > 0; k--) {
    const tail = out[k]!;
    const last = tail.mentions[tail.mentions.length - 1];
    const first = tail.mentions[0];
    if (!last || last.kind !== 'agent' || !first || first.kind !== 'actor' || first.entry.kind !== 'adjective') continue;
    const agents = tail.mentions.filter((m) => m.kind === 'agent');
    for (let j = k - 1; j >= 0; j--) {
      const prev = out[j]!;
      const bareAdjective = prev.mentions.length === 1 && prev.mentions[0]!.kind === 'actor' && prev.mentions[0]!.entry.kind === 'adjective';
      if (!bareAdjective || listLink(words, prev, out[j + 1]!) === null || words.slice(prev.end, out[j + 1]!.start).some((w) => w.pos === 'ADJ')) break;
      out[j] = { ...prev, mentions: [...prev.mentions, ...agents] };
    }
  }
  return out;
}

/** A second country or organisation next to the first starts a new actor ("Japanese-Soviet"). */
function hasBase(group: Group, next: Mention): boolean {
  const isBase = (m: Mention) => m.kind === 'actor' && m.entry.kind !== 'person';
  return isBase(next) && group.mentions.some(isBase) && !(next.kind === 'actor' && next.entry.kind === 'organisation' && group.mentions.every((m) => m.kind === 'actor' && m.entry.kind !== 'organisation'));
}

/**
 * Groups that name a pair modifying a noun ("the Japan-Russia peace treaty", "US-China trade talks"):
 * the pair names the subject of the noun, not a participant of the sentence's events.
 */
export function pairModifiers(words: Word[], groups: Group[]): Set<Group> {
  const out = new Set<Group>();
  for (let k = 0; k + 1 < groups.length; k++) {
    const a = groups[k]!;
    const b = groups[k + 1]!;
    const next = words[b.end];
    if (b.start === a.end && words[b.start]!.punctBefore === '-' && next !== undefined && next.punctBefore === '' && next.pos === 'NOUN') {
      out.add(a);
      out.add(b);
    }
  }
  return out;
}

/** How group `b` follows group `a` in a list: 'and' ("A and B", "A, and the evil B"), 'comma' ("A, B"), or null. */
function listLink(words: Word[], a: Group, b: Group): 'and' | 'comma' | null {
  const between = words.slice(a.end, b.start);
  if (!between.every((w) => LIST_WORDS.has(w.key) || w.pos === 'ADJ')) return null;
  if (between.some((w) => w.key === 'AND' || w.key === 'OR' || w.key === 'NOR')) return 'and';
  const comma = words[b.start]!.punctBefore.includes(',') || between.some((w) => w.punctBefore.includes(','));
  return comma ? 'comma' : null;
}

export function slotsOf(words: Word[], groups: Group[]): Slot[] {
  const slots: Slot[] = [];
  // "A and B", "A, B and C", "Fornost and the evil awful Gondor": one participant of several actors. A comma
  // alone joins only inside a list that ends with "and" ("According to the media, Kishida told" is no list).
  const endsWithAnd = (from: number): boolean => {
    for (let k = from; k + 1 < groups.length; k++) {
      const link = listLink(words, groups[k]!, groups[k + 1]!);
      if (link === 'and') return true;
      if (link !== 'comma') return false;
    }
    return false;
  };
  groups.forEach((g, k) => {
    const last = slots[slots.length - 1];
    const link = k > 0 && last ? listLink(words, groups[k - 1]!, g) : null;
    if (last && (link === 'and' || (link === 'comma' && endsWithAnd(k)))) {
      last.groups.push(g);
      last.end = g.end;
      return;
    }
    slots.push({ start: g.start, end: g.end, groups: [g] });
  });
  return slots;
}

/**
 * One or two lower-case describing words before a role ("financial", "soybean"), or two joined by "and" or "or"
 * ("finance and agriculture ministers"), the second perhaps the first word of a role of several (`roleLength`):
 * "foreign and defence ministers".
 */
function isDescribingRun(between: Word[], roleLength: number, afterPossessive: boolean): boolean {
  const describing = (w: Word | undefined) => w !== undefined && (w.pos === 'ADJ' || w.pos === 'NOUN') && /^\p{Ll}/u.test(w.raw) && w.punctBefore === '';
  const joining = (w: Word | undefined) => w !== undefined && (w.key === 'AND' || w.key === 'OR') && w.punctBefore === '';
  // (Not after a possessive, where the first word is a thing of its own: "Labour's record and party leader Michael Howard".)
  if (between.length === 3) return !afterPossessive && describing(between[0]) && joining(between[1]) && describing(between[2]);
  if (between.length === 2 && joining(between[1])) return !afterPossessive && roleLength >= 2 && describing(between[0]);
  return between.length >= 1 && between.length <= 2 && between.every(describing);
}

