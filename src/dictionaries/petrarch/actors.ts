// Reader for PETRARCH/TABARI `.actors` dictionaries.
//
// An entry is a primary phrase, optionally followed on the same line by its default `[CODE]`; then any
// number of synonym lines starting with `+`, and code lines `[CODE]` (usually tab-indented) that may carry a
// date restriction: `[CODE <date]` (on or before), `[CODE >date]` (on or after), `[CODE date-date]`
// (between, inclusive). Dates are YYYYMMDD or YYMMDD (00-30 = 20YY). Words are joined by `_` or spaces;
// matching is case-insensitive. As an extension, `{ALT ALT_TWO}` after a phrase lists alternate forms
// (`{}` = none), read like extra synonyms. A primary phrase without a code takes the codes of the entry that
// follows (PETRARCH stores them under one code list), so such phrases are read as that entry's synonyms.

import {
  type DictionaryWarning,
  type Phrase,
  WarningSink,
  findBrackets,
  parseDictionaryDate,
  parsePhrase,
  readDictionaryLines,
  checkCameoCode,
  toIsoDate,
} from './common.js';

export type DateRestriction =
  | { kind: 'before'; date: string }
  | { kind: 'after'; date: string }
  | { kind: 'between'; from: string; to: string };

export interface ActorCode {
  /** The code as written ("USAGOV", "---", "ELR/GAL"). */
  code: string;
  /** Absent for a default code. Dates are ISO `YYYY-MM-DD`, limits inclusive. */
  restriction?: DateRestriction;
  line: number;
}

export interface ActorSynonym {
  phrase: Phrase;
  line: number;
}

export interface ActorEntry {
  /** The primary phrase (the actor's "root"). */
  phrase: Phrase;
  /** Synonyms (`+` lines) and alternate forms (`{...}`), in file order. */
  synonyms: ActorSynonym[];
  /** Codes in file order: defaults (no restriction) and date-restricted codes. */
  codes: ActorCode[];
  line: number;
}

export interface ActorDictionary {
  name: string;
  entries: ActorEntry[];
  warnings: DictionaryWarning[];
}

/** Reads an actors dictionary. Never throws: malformed lines become warnings and are skipped. */
export function readActorDictionary(text: string, name: string): ActorDictionary {
  const sink = new WarningSink(name);
  const entries: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  const badCode = new Set<ActorEntry>(); // entries with a code that could not be read: they do not share codes

  for (const { line, text: t } of readDictionaryLines(text, sink)) {
    const s = t.trim();
    if (s.startsWith('+')) {
      if (!current) {
        sink.add(line, `synonym "${s}" comes before any actor entry; skipped`);
        continue;
      }
      const body = s.slice(1);
      if (/[[\]{}]/.test(body)) {
        sink.add(line, `synonym "${s}" holds a bracket or brace; skipped`);
        continue;
      }
      const phrase = parsePhrase(body);
      if (!phrase) {
        sink.add(line, 'synonym line "+" holds no phrase; skipped');
        continue;
      }
      current.synonyms.push({ phrase, line });
      continue;
    }

    if (s.startsWith('[')) {
      if (!current) {
        sink.add(line, `code "${s}" comes before any actor entry; skipped`);
        continue;
      }
      if (!readCodes(s, line, current, sink)) badCode.add(current);
      continue;
    }

    // A new entry: phrase, optional {alternates}, optional [codes].
    const firstBracket = s.indexOf('[');
    const head = firstBracket < 0 ? s : s.slice(0, firstBracket);
    let phraseText = head;
    const alternates: string[] = [];
    const brace = head.indexOf('{');
    if (brace >= 0) {
      const close = head.indexOf('}', brace);
      if (close < 0) {
        sink.add(line, `"{" without "}" in "${s}"; entry skipped`);
        current = undefined;
        continue;
      }
      phraseText = head.slice(0, brace) + head.slice(close + 1);
      alternates.push(...head.slice(brace + 1, close).trim().split(/\s+/).filter(Boolean));
    }
    if (/[\]}]/.test(phraseText)) {
      sink.add(line, `stray bracket in actor phrase "${s}"; entry skipped`);
      current = undefined;
      continue;
    }
    const phrase = parsePhrase(phraseText);
    if (!phrase) {
      sink.add(line, `no actor phrase before the code in "${s}"; skipped`);
      current = undefined;
      continue;
    }
    if (current && current.codes.length === 0 && !badCode.has(current)) {
      // As in PETRARCH, a primary phrase with no code shares the codes of the phrases that follow it: consecutive
      // code-less primary lines (and the next coded one) form one entry, the first phrase being its root.
      current.synonyms.push({ phrase, line });
    } else {
      current = { phrase, synonyms: [], codes: [], line };
      entries.push(current);
    }
    for (const a of alternates) {
      const p = parsePhrase(a);
      if (p) current.synonyms.push({ phrase: p, line });
    }
    if (firstBracket >= 0 && !readCodes(s.slice(firstBracket), line, current, sink)) badCode.add(current);
  }

  for (const e of entries) {
    if (e.codes.length === 0) sink.add(e.line, `actor "${e.phrase.text}" has no code`);
  }
  sink.warnings.sort((a, b) => a.line - b.line);
  return { name, entries, warnings: sink.warnings };
}

/** Reads the `[...]` codes on a line into `entry`; false when one of them could not be read. */
function readCodes(s: string, line: number, entry: ActorEntry, sink: WarningSink): boolean {
  const { groups, unclosed } = findBrackets(s);
  let ok = unclosed === undefined;
  for (const g of groups) {
    if (g.closedByBrace) sink.add(line, `code "[${g.inner}}" closed by "}"; read as "]"`);
    const code = readCode(g.inner, line, sink);
    if (code) entry.codes.push(code);
    else ok = false;
  }
  if (unclosed !== undefined) sink.add(line, `"[" without "]" in "${s.trim()}"; that code skipped`);
  const outside = groups.reduceRight((acc, g) => acc.slice(0, g.start) + ' ' + acc.slice(g.end), s).trim();
  if (outside && groups.length > 0 && unclosed === undefined) {
    sink.add(line, `text "${outside}" outside the code brackets ignored`);
  }
  return ok;
}

/** Reads the inside of `[...]`: `CODE`, `CODE <date`, `CODE >date` or `CODE date-date`. */
function readCode(inner: string, line: number, sink: WarningSink): ActorCode | undefined {
  const m = /^(\S+)\s*(.*)$/.exec(inner);
  if (!m) {
    sink.add(line, 'empty code "[]"; skipped');
    return undefined;
  }
  const code = m[1] ?? '';
  const rest = (m[2] ?? '').trim();
  if (/^[<>]\s*\d|^\d+-\d+$|^\d{6,8}$/.test(code)) {
    sink.add(line, `code missing before the date restriction in "[${inner}]"; skipped`);
    return undefined;
  }
  checkCameoCode(code, sink.file, line);
  if (rest === '') return { code, line };
  const bad = (why: string): undefined => {
    sink.add(line, `cannot read date restriction "[${inner}]": ${why}; skipped`);
    return undefined;
  };
  const single = /^([<>])\s*(\d+)$/.exec(rest);
  if (single) {
    const d = parseDictionaryDate(single[2] ?? '');
    if ('error' in d) return bad(d.error);
    return { code, line, restriction: single[1] === '<' ? { kind: 'before', date: d.iso } : { kind: 'after', date: d.iso } };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(rest);
  if (range) {
    const a = parseDictionaryDate(range[1] ?? '');
    if ('error' in a) return bad(a.error);
    const b = parseDictionaryDate(range[2] ?? '');
    if ('error' in b) return bad(b.error);
    if (b.iso < a.iso) return bad(`end ${b.iso} is before start ${a.iso}`);
    return { code, line, restriction: { kind: 'between', from: a.iso, to: b.iso } };
  }
  return bad('expected "<date", ">date" or "date-date"');
}

/** Whether `restriction` holds on ISO date `iso` (limits inclusive). */
export function restrictionHolds(restriction: DateRestriction, iso: string): boolean {
  switch (restriction.kind) {
    case 'before':
      return iso <= restriction.date;
    case 'after':
      return iso >= restriction.date;
    case 'between':
      return iso >= restriction.from && iso <= restriction.to;
  }
}

/**
 * The code valid for `entry` on `date` (`YYYY-MM-DD` or `YYYYMMDD`): the first date-restricted code, in file
 * order, whose restriction holds on that date; otherwise the entry's default code (the last unrestricted
 * code, as a later `[CODE]` line replaces an earlier default); undefined when there is none. Throws a
 * RangeError when `date` is not a date.
 */
export function actorCodeOn(entry: ActorEntry, date: string): string | undefined {
  const iso = toIsoDate(date);
  let fallback: string | undefined;
  for (const c of entry.codes) {
    if (!c.restriction) fallback = c.code;
    else if (restrictionHolds(c.restriction, iso)) return c.code;
  }
  return fallback;
}
