// Reader for PETRARCH/TABARI `.verbs` dictionaries (CAMEO.2.0.txt and the PETRARCH validation verbs).
//
// The file holds, in any order:
// - synsets: a line `&NAME` (a trailing `_` on the name: no plurals for its members) and member lines
//   `+WORD_OR_PHRASE` (a trailing `_`: no plural for that member; `+&OTHER`: every member of another synset);
// - verb blocks: a header `--- DESCRIPTION [CODE] ---` (no code = "---", the null code), then verb lines
//   `VERB {FORMS} [CODE]` (`{FORMS}` lists irregular forms, `{}` none; absent = regular forms are
//   generated), multi-word verbs with `+` before the verb word (`+CORDON_OFF {+CORDONED_OFF ...}`,
//   `WIRE_+TAP`), and pattern lines `- ELEMENTS [CODE]`;
// - transformations `~ a (a b ATTACK) SAY = a b 015` (PETRARCH 2).
// Pattern elements: words; `*` the verb; `$` the source; `+` the target; `%` a compound actor (source and
// target from one conjoined phrase); `^` skip a phrase; `&NAME` a synset; `{...}` a noun phrase and `(...)` a
// prepositional phrase (PETRARCH 2). `_` between elements means they must be consecutive; a blank lets
// other words come between. Codes stay strings exactly as written ("036", "---", "042:043", ":173").

import {
  type DictionaryWarning,
  type Phrase,
  WarningSink,
  findBrackets,
  parsePhrase,
  readDictionaryLines,
  withLastWord,
} from './common.js';
import { regularPlural } from './agents.js';

interface ElementBase {
  /** Joined to the previous element by `_`: nothing may come between them. */
  adjacent: boolean;
}

export type PatternElement =
  | (ElementBase & { kind: 'word'; word: string; /** written with a trailing `_`: a whole word, not a stem */ wholeWord: boolean })
  | (ElementBase & { kind: 'synset'; name: string })
  | (ElementBase & { kind: 'verb' })
  | (ElementBase & { kind: 'source' })
  | (ElementBase & { kind: 'target' })
  | (ElementBase & { kind: 'compound' })
  | (ElementBase & { kind: 'skip' })
  | (ElementBase & { kind: 'nounPhrase'; elements: PatternElement[] })
  | (ElementBase & { kind: 'prepPhrase'; elements: PatternElement[] });

export type PatternElementKind = PatternElement['kind'];

export interface VerbPattern {
  elements: PatternElement[];
  /** The CAMEO code as written: "036", "0874", "042:043", ":173", "---". */
  code: string;
  /** The pattern as written, between the leading `-` and the code. */
  text: string;
  line: number;
}

export interface VerbEntry {
  /** The verb or multi-word verb, `+` removed ("BREAK DOWN" for `+BREAK_DOWN`). */
  phrase: Phrase;
  /** Index in `phrase.words` of the word that is the verb (the one marked `+`; the first by default). */
  verbWord: number;
  /** The other forms: those listed in `{...}`, or generated regular forms (-S, -ED, -ING). */
  forms: Phrase[];
  formSource: 'regular' | 'explicit';
  /** The verb's own code, when its line gives one; otherwise the block's code applies. */
  code?: string;
  line: number;
}

export interface VerbBlock {
  /** The header's description ("ACCELERATE"); for verbs before any header, the first verb. */
  name: string;
  /** The header's code; "---" when it gives none. */
  code: string;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
  line: number;
}

export interface SynsetMember {
  /** A word or phrase member (absent for a `+&OTHER` member). */
  phrase?: Phrase;
  /** The regular plural of `phrase`, unless the member or synset asks for none. */
  plural?: Phrase;
  /** For a `+&OTHER` member: the synset it brings in. */
  synset?: string;
  line: number;
}

export interface Synset {
  /** Name without `&` or a trailing `_` ("CURRENCY", "AUXVERB1"). */
  name: string;
  /** False when the label ended in `_`: no plurals for its members. */
  plurals: boolean;
  members: SynsetMember[];
  line: number;
}

export interface VerbTransformation {
  /** `~ a (b c VERB1) VERB2 = d e CODE` */
  source: string;
  inner: { source: string; target: string; verb: string };
  verb: string;
  result: { source: string; target: string; code: string };
  text: string;
  line: number;
}

export interface VerbDictionary {
  name: string;
  synsets: Record<string, Synset>;
  blocks: VerbBlock[];
  transformations: VerbTransformation[];
  /** Number of patterns over all blocks. */
  patternCount: number;
  warnings: DictionaryWarning[];
}

/** Regular forms of a verb word: third person -S, past -ED, participle -ING. */
export function regularVerbForms(word: string): string[] {
  const w = word.toUpperCase();
  const s = /(S|SH|CH|X|Z|O)$/.test(w) ? w + 'ES' : /[^AEIOU]Y$/.test(w) ? w.slice(0, -1) + 'IES' : w + 'S';
  const ed = /E$/.test(w) ? w + 'D' : /[^AEIOU]Y$/.test(w) ? w.slice(0, -1) + 'IED' : w + 'ED';
  const ing = /IE$/.test(w) ? w.slice(0, -2) + 'YING' : /[^E]E$/.test(w) ? w.slice(0, -1) + 'ING' : w + 'ING';
  return [s, ed, ing];
}

const HEADER = /^---(.*?)---\s*$/;
const TRANSFORMATION =
  /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/;

/** Reads a verbs dictionary. Never throws: malformed lines become warnings and are skipped. */
export function readVerbDictionary(text: string, name: string): VerbDictionary {
  const sink = new WarningSink(name);
  const synsets: Record<string, Synset> = Object.create(null) as Record<string, Synset>;
  const blocks: VerbBlock[] = [];
  const transformations: VerbTransformation[] = [];
  const pending: Array<{ block: VerbBlock; body: string; code: string; line: number }> = [];
  let block: VerbBlock | undefined;
  let synset: Synset | undefined; // set while reading a synset's `+` members

  for (const { line, text: t } of readDictionaryLines(text, sink)) {
    const s = t.trim();

    if (s.startsWith('+') && synset) {
      readSynsetMember(s, line, synset, sink);
      continue;
    }
    synset = undefined;

    if (s.startsWith('&')) {
      const m = /^&([A-Za-z0-9_'-]+)$/.exec(s);
      if (!m) {
        sink.add(line, `cannot read synset label "${s}"; skipped`);
        continue;
      }
      const label = (m[1] ?? '').toUpperCase();
      const setName = label.replace(/_+$/, '');
      if (synsets[setName]) sink.add(line, `synset &${setName} defined again; members are added to the first definition`);
      synset = synsets[setName] ?? { name: setName, plurals: !label.endsWith('_'), members: [], line };
      synsets[setName] = synset;
      continue;
    }

    if (s.startsWith('---')) {
      const m = HEADER.exec(s);
      if (!m) sink.add(line, `verb block header "${s}" does not end with "---"; read as a header`);
      const inner = (m ? (m[1] ?? '') : s.slice(3)).trim();
      const { groups, unclosed } = findBrackets(inner);
      if (unclosed !== undefined) sink.add(line, `"[" without "]" in block header "${s}"; read without a code`);
      const g = groups[0];
      const code = g && unclosed === undefined ? g.inner : '';
      if (g && !/^\S+$/.test(code)) sink.add(line, `cannot read block code "[${g.inner}]"; "---" used`);
      block = {
        name: (g ? inner.slice(0, g.start) : inner).replace(/[[\]]/g, '').trim(),
        code: /^\S+$/.test(code) ? code : '---',
        verbs: [],
        patterns: [],
        line,
      };
      blocks.push(block);
      continue;
    }

    if (s.startsWith('-')) {
      if (!block) {
        sink.add(line, 'pattern before any verb block; skipped');
        continue;
      }
      const body = s.slice(1);
      const { groups, unclosed } = findBrackets(body);
      const g = groups[groups.length - 1];
      if (!g || unclosed !== undefined) {
        sink.add(line, `pattern "${s}" has no [code]; skipped`);
        continue;
      }
      if (g.closedByBrace) sink.add(line, `code "[${g.inner}}" closed by "}"; read as "]"`);
      if (!/^\S+$/.test(g.inner)) {
        sink.add(line, `cannot read pattern code "[${g.inner}]"; skipped`);
        continue;
      }
      const tail = body.slice(g.end).trim();
      if (tail) sink.add(line, `text "${tail}" after the pattern code ignored`);
      pending.push({ block, body: body.slice(0, g.start), code: g.inner, line });
      continue;
    }

    if (s.startsWith('~')) {
      const m = TRANSFORMATION.exec(s);
      if (!m) {
        sink.add(line, `cannot read transformation "${s}" (expected "~ a (b c VERB) VERB = d e CODE"); skipped`);
        continue;
      }
      const [, src = '', iSrc = '', iTgt = '', iVerb = '', verb = '', rSrc = '', rTgt = '', rCode = ''] = m;
      transformations.push({
        source: src,
        inner: { source: iSrc, target: iTgt, verb: iVerb.toUpperCase() },
        verb: verb.toUpperCase(),
        result: { source: rSrc, target: rTgt, code: rCode },
        text: s,
        line,
      });
      continue;
    }

    const verb = readVerbLine(s, line, sink);
    if (!verb) continue;
    if (!block) {
      block = { name: verb.phrase.text, code: '---', verbs: [], patterns: [], line };
      blocks.push(block);
    }
    block.verbs.push(verb);
  }

  let patternCount = 0;
  for (const p of pending) {
    const pattern = readPattern(p.body, p.code, p.line, synsets, sink);
    if (pattern) {
      p.block.patterns.push(pattern);
      patternCount++;
    }
  }
  for (const set of Object.values(synsets)) {
    for (const m of set.members) {
      if (m.synset && !synsets[m.synset]) sink.add(m.line, `synset &${m.synset} used in &${set.name} is not defined`);
    }
  }
  sink.warnings.sort((a, b) => a.line - b.line);
  return { name, synsets, blocks, transformations, patternCount, warnings: sink.warnings };
}

function readSynsetMember(s: string, line: number, set: Synset, sink: WarningSink): void {
  const body = s.slice(1).trim();
  if (body.startsWith('&')) {
    const m = /^&([A-Za-z0-9_'-]+)$/.exec(body);
    if (!m) {
      sink.add(line, `cannot read synset reference "${s}"; skipped`);
      return;
    }
    set.members.push({ synset: (m[1] ?? '').toUpperCase().replace(/_+$/, ''), line });
    return;
  }
  if (/[[\]{}()*$+%^&|]/.test(body)) {
    sink.add(line, `synset member "${s}" may hold only words; skipped`);
    return;
  }
  const phrase = parsePhrase(body);
  if (!phrase) {
    sink.add(line, 'empty synset member "+"; skipped');
    return;
  }
  const member: SynsetMember = { phrase, line };
  if (set.plurals && !phrase.wholeWord) member.plural = regularPlural(phrase);
  set.members.push(member);
}

/** `VERB {FORMS} [CODE]`, `+MULTI_WORD {+FORMS_WORD}`, `WORD_+VERB`. */
function readVerbLine(s: string, line: number, sink: WarningSink): VerbEntry | undefined {
  const { groups, unclosed } = findBrackets(s);
  if (unclosed !== undefined) {
    sink.add(line, `"[" without "]" in verb line "${s}"; skipped`);
    return undefined;
  }
  const g = groups[0];
  if (groups.length > 1) sink.add(line, `more than one [code] on verb line "${s}"; the first is used`);
  let head = g ? s.slice(0, g.start) : s;
  if (g && s.slice(g.end).replace(/\[[^\]]*\]/g, '').trim()) sink.add(line, `text after the code on verb line "${s}" ignored`);
  let formsText: string | undefined;
  const brace = head.indexOf('{');
  if (brace >= 0) {
    const close = head.indexOf('}', brace);
    if (close < 0) {
      sink.add(line, `"{" without "}" in verb line "${s}"; skipped`);
      return undefined;
    }
    formsText = head.slice(brace + 1, close);
    if (head.slice(close + 1).trim()) sink.add(line, `text after "}" on verb line "${s}" ignored`);
    head = head.slice(0, brace);
  }
  head = head.trim();
  if (!/^[A-Za-z0-9'.+_ -]+$/.test(head) || !/[A-Za-z]/.test(head)) {
    sink.add(line, `cannot read verb line "${s}"; skipped`);
    return undefined;
  }
  if (g && !/^\S+$/.test(g.inner)) {
    sink.add(line, `cannot read verb code "[${g.inner}]"; skipped`);
    return undefined;
  }
  const main = readVerbPhrase(head);
  if (!main) {
    sink.add(line, `cannot read verb "${head}"; skipped`);
    return undefined;
  }
  if (main.plusCount > 1) sink.add(line, `more than one "+" in verb "${head}"; the first marks the verb`);
  const entry: VerbEntry = { phrase: main.phrase, verbWord: main.verbWord, forms: [], formSource: 'regular', line };
  if (g) entry.code = g.inner;
  if (formsText === undefined) {
    const w = main.phrase.words[main.verbWord] ?? '';
    entry.forms = regularVerbForms(w).map((f) => replaceWord(main.phrase, main.verbWord, f));
  } else {
    entry.formSource = 'explicit';
    for (const tok of formsText.trim().split(/[\s,]+/).filter(Boolean)) {
      const f = readVerbPhrase(tok);
      if (!f || /[^A-Za-z0-9'.+_-]/.test(tok)) {
        sink.add(line, `cannot read verb form "${tok}"; skipped`);
        continue;
      }
      entry.forms.push(f.phrase);
    }
  }
  return entry;
}

function readVerbPhrase(text: string): { phrase: Phrase; verbWord: number; plusCount: number } | undefined {
  const plusCount = (text.match(/\+/g) ?? []).length;
  let verbWord = 0;
  const plus = text.indexOf('+');
  if (plus >= 0) {
    const before = parsePhrase(text.slice(0, plus).replace(/[+]/g, ''));
    verbWord = before ? before.words.length : 0;
  }
  const phrase = parsePhrase(text.replace(/\+/g, ''));
  if (!phrase) return undefined;
  return { phrase, verbWord: Math.min(verbWord, phrase.words.length - 1), plusCount };
}

function replaceWord(p: Phrase, index: number, word: string): Phrase {
  if (index === p.words.length - 1) return withLastWord(p, word);
  const words = p.words.map((w, i) => (i === index ? word : w));
  let text = words[0] ?? '';
  for (let i = 1; i < words.length; i++) text += (p.joins[i - 1] ?? ' ') + words[i];
  return { text, words, joins: [...p.joins], wholeWord: p.wholeWord };
}

const SLOT: Record<string, 'verb' | 'source' | 'target' | 'compound' | 'skip'> = {
  '*': 'verb',
  $: 'source',
  '+': 'target',
  '%': 'compound',
  '^': 'skip',
};

/** Tokenises a pattern body into elements; undefined (with a warning) when it cannot be read. */
function readPattern(
  body: string,
  code: string,
  line: number,
  synsets: Record<string, Synset>,
  sink: WarningSink,
): VerbPattern | undefined {
  type Group = { kind: 'root' | 'nounPhrase' | 'prepPhrase'; elements: PatternElement[]; adjacent: boolean };
  const stack: Group[] = [{ kind: 'root', elements: [], adjacent: false }];
  const top = (): Group => stack[stack.length - 1] as Group;
  const fail = (why: string): undefined => {
    sink.add(line, `cannot read pattern "${body.trim()}": ${why}; skipped`);
    return undefined;
  };
  let adjacent = false;
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (/\s/.test(c)) {
      adjacent = false;
      i++;
      continue;
    }
    if (c === '_') {
      const next = body[i + 1];
      if (next === undefined || /[\s)}]/.test(next)) {
        const last = top().elements[top().elements.length - 1];
        if (last?.kind === 'word') last.wholeWord = true;
      } else {
        adjacent = top().elements.length > 0;
      }
      i++;
      continue;
    }
    if (c === '(' || c === '{') {
      stack.push({ kind: c === '(' ? 'prepPhrase' : 'nounPhrase', elements: [], adjacent });
      adjacent = false;
      i++;
      continue;
    }
    if (c === ')' || c === '}') {
      const g = top();
      const want = c === ')' ? 'prepPhrase' : 'nounPhrase';
      if (g.kind !== want) return fail(`unbalanced "${c}"`);
      stack.pop();
      if (g.elements.length === 0) return fail(`empty "${want === 'prepPhrase' ? '()' : '{}'}"`);
      top().elements.push({ kind: g.kind as 'nounPhrase' | 'prepPhrase', elements: g.elements, adjacent: g.adjacent });
      adjacent = false;
      i++;
      continue;
    }
    const slot = SLOT[c];
    if (slot) {
      top().elements.push({ kind: slot, adjacent });
      adjacent = false;
      i++;
      continue;
    }
    if (c === '|') return fail('disjunctions "|" are not supported (use a synset)');
    if (c === '&') {
      const run = /^[A-Za-z0-9_'-]*/.exec(body.slice(i + 1))?.[0] ?? '';
      const name = resolveSynset(run.toUpperCase(), synsets);
      if (!name.name) return fail('"&" without a synset name');
      if (!name.defined) sink.add(line, `synset &${name.name} is not defined (pattern "${body.trim()}")`);
      top().elements.push({ kind: 'synset', name: name.name, adjacent });
      adjacent = false;
      i += 1 + name.consumed;
      continue;
    }
    const word = /^[^\s_(){}*$+%^&|[\]]+/.exec(body.slice(i))?.[0];
    if (!word) return fail(`unexpected "${c}"`);
    top().elements.push({ kind: 'word', word: word.toUpperCase(), adjacent, wholeWord: false });
    adjacent = false;
    i += word.length;
  }
  if (stack.length > 1) return fail(`"${top().kind === 'prepPhrase' ? '(' : '{'}" never closed`);
  const elements = top().elements;
  if (elements.length === 0) return fail('no elements');
  const verbs = elements.filter((e) => e.kind === 'verb').length;
  if (verbs !== 1) return fail(verbs === 0 ? 'no verb position "*"' : `${verbs} verb positions "*"`);
  return { elements, code, text: body.trim(), line };
}

/**
 * Synset names may hold `_` (`&FIGHT_OF_WORDS`) while `_` also joins elements (`&FIGHT_CRIM` is &FIGHT then
 * CRIM): take the longest defined name that the run starts with, ending at a `_` or the end of the run.
 */
function resolveSynset(
  run: string,
  synsets: Record<string, Synset>,
): { name: string; consumed: number; defined: boolean } {
  const cuts: number[] = [];
  for (let k = 0; k < run.length; k++) if (run[k] === '_') cuts.push(k);
  cuts.push(run.length);
  for (let c = cuts.length - 1; c >= 0; c--) {
    const end = cuts[c] as number;
    const candidate = run.slice(0, end).replace(/_+$/, '');
    if (candidate && synsets[candidate]) return { name: candidate, consumed: end, defined: true };
  }
  const first = cuts[0] as number;
  return { name: run.slice(0, first), consumed: first, defined: false };
}
