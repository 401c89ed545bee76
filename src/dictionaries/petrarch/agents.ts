// Reader for PETRARCH `.agents` dictionaries.
//
// Lines are `PHRASE {PLURAL} [~CODE]`. A blank between words lets other words come between them; `_` makes
// them consecutive. `[~CODE]` appends the agent code to the actor's ("ISRAELI" + "TROOPS" [~MIL] = ISRMIL);
// `[CODE~]` puts it before (`[NGO~]`). Plurals: `{}` = none, `{FORM}` = that irregular plural, absent =
// the regular plural of the phrase's last word (the manual's rules: Y -> IES, SS -> ES, otherwise +S; as a
// refinement a vowel before the Y just takes S: ATTORNEY -> ATTORNEYS). Substitution sets
// `!NAME! = A, B, C` define markers: `CONGRESS!PERSON!` stands for CONGRESSMAN, CONGRESSMEN, ... and such
// expansions get no further plurals.

import {
  type DictionaryWarning,
  type Phrase,
  WarningSink,
  findBrackets,
  parsePhrase,
  readDictionaryLines,
  checkCameoCode,
  withLastWord,
} from './common.js';

export interface AgentEntry {
  /** The singular phrase (after any substitution). */
  phrase: Phrase;
  /** Plural phrases: generated, or given in `{...}`; empty for `{}` and for substitution expansions. */
  plurals: Phrase[];
  pluralSource: 'regular' | 'explicit' | 'none' | 'substitution';
  /** The agent code without `~` ("MIL", "GOVMED", "NGO"). */
  code: string;
  /** `suffix` for `[~CODE]` (actor code + agent code), `prefix` for `[CODE~]` (agent code + actor code). */
  attach: 'suffix' | 'prefix';
  /** When the line used a substitution marker: the line's phrase as written and the value substituted. */
  substitution?: { template: string; marker: string; value: string };
  line: number;
}

export interface SubstitutionSet {
  /** Marker name without the `!`s ("PERSON"). */
  name: string;
  values: string[];
  line: number;
}

export interface AgentDictionary {
  name: string;
  entries: AgentEntry[];
  substitutions: SubstitutionSet[];
  warnings: DictionaryWarning[];
}

/** The regular English plural of a phrase's last word, by the manual's rules (see the file comment). */
export function regularPlural(p: Phrase): Phrase {
  const w = p.words[p.words.length - 1] ?? '';
  let plural: string;
  if (/[^AEIOU]Y$/.test(w)) plural = w.slice(0, -1) + 'IES';
  else if (/SS$/.test(w)) plural = w + 'ES';
  else plural = w + 'S';
  return withLastWord(p, plural);
}

/** The full code of an actor with this agent: "ISR" + [~MIL] = "ISRMIL", "USA" + [NGO~] = "NGOUSA". */
export function composeAgentCode(actorCode: string, agent: Pick<AgentEntry, 'code' | 'attach'>): string {
  return agent.attach === 'suffix' ? actorCode + agent.code : agent.code + actorCode;
}

const MARKER_DEF = /^\s*!([^!\s]+)!\s*=(.*)$/;
const MARKER_USE = /!([^!\s]*)!/g;

/** Reads an agents dictionary. Never throws: malformed lines become warnings and are skipped. */
export function readAgentDictionary(text: string, name: string): AgentDictionary {
  const sink = new WarningSink(name);
  const lines = readDictionaryLines(text, sink);
  const entries: AgentEntry[] = [];
  const substitutions: SubstitutionSet[] = [];
  const sets = new Map<string, SubstitutionSet>();

  // Substitution sets first, so a marker may be used before the line that defines it.
  for (const { line, text: t } of lines) {
    if (!t.includes('=') || t.includes('[')) continue;
    const m = MARKER_DEF.exec(t);
    if (!m) continue;
    const setName = (m[1] ?? '').toUpperCase();
    const values = (m[2] ?? '').split(',').map((v) => v.trim().toUpperCase()).filter(Boolean);
    if (values.length === 0) {
      sink.add(line, `substitution set !${setName}! has no values; skipped`);
      continue;
    }
    if (sets.has(setName)) sink.add(line, `substitution set !${setName}! redefined; the later definition is used`);
    const set = { name: setName, values, line };
    sets.set(setName, set);
    substitutions.push(set);
  }

  for (const { line, text: t } of lines) {
    const s = t.trim();
    if (s.includes('=') && !s.includes('[')) {
      if (!MARKER_DEF.test(s)) sink.add(line, `cannot read substitution set "${s}" (expected "!NAME! = A, B"); skipped`);
      continue;
    }
    const { groups, unclosed } = findBrackets(s);
    const group = groups[0];
    if (!group) {
      sink.add(line, unclosed !== undefined ? `"[" without "]" in "${s}"; skipped` : `agent "${s}" has no [code]; skipped`);
      continue;
    }
    if (group.closedByBrace) sink.add(line, `code "[${group.inner}}" closed by "}"; read as "]"`);
    if (groups.length > 1) sink.add(line, `more than one [code] in "${s}"; the first is used`);
    const after = s.slice(group.end).replace(/\[[^\]]*\]/g, '').trim();
    if (after) sink.add(line, `text "${after}" after the code ignored`);

    const codeText = group.inner.replace(/\s+/g, '');
    let code: string;
    let attach: AgentEntry['attach'];
    if (codeText.startsWith('~') && !codeText.endsWith('~')) {
      code = codeText.slice(1);
      attach = 'suffix';
    } else if (codeText.endsWith('~') && !codeText.startsWith('~')) {
      code = codeText.slice(0, -1);
      attach = 'prefix';
    } else if (!codeText.includes('~') && codeText) {
      sink.add(line, `agent code "[${group.inner}]" has no "~"; read as "[~${codeText}]"`);
      code = codeText;
      attach = 'suffix';
    } else {
      sink.add(line, `cannot read agent code "[${group.inner}]"; skipped`);
      continue;
    }
    if (!/^[^\s~]+$/.test(code)) {
      sink.add(line, `cannot read agent code "[${group.inner}]"; skipped`);
      continue;
    }
    checkCameoCode(code, sink.file, line);

    let head = s.slice(0, group.start);
    let explicit: string | undefined;
    const brace = head.indexOf('{');
    if (brace >= 0) {
      const close = head.indexOf('}', brace);
      if (close < 0) {
        sink.add(line, `"{" without "}" in "${s}"; skipped`);
        continue;
      }
      explicit = head.slice(brace + 1, close).trim();
      head = head.slice(0, brace) + ' ' + head.slice(close + 1);
    }
    head = head.trim();

    if (head.includes('!')) {
      const expanded = expandMarkers(head, sets, line, sink);
      if (!expanded) continue;
      if (explicit !== undefined && explicit !== '') sink.add(line, 'plural given for a phrase with a substitution marker ignored');
      for (const { text: phraseText, marker, value } of expanded) {
        const phrase = parsePhrase(phraseText);
        if (!phrase) continue;
        entries.push({ phrase, plurals: [], pluralSource: 'substitution', code, attach, substitution: { template: head, marker, value }, line });
      }
      continue;
    }

    if (/[[\]{}]/.test(head)) {
      sink.add(line, `stray bracket or brace in agent phrase "${head}"; skipped`);
      continue;
    }
    const phrase = parsePhrase(head);
    if (!phrase) {
      sink.add(line, `no agent phrase before the code in "${s}"; skipped`);
      continue;
    }
    let plurals: Phrase[];
    let pluralSource: AgentEntry['pluralSource'];
    if (explicit === undefined) {
      plurals = [regularPlural(phrase)];
      pluralSource = 'regular';
    } else if (explicit === '') {
      plurals = [];
      pluralSource = 'none';
    } else {
      const p = parsePhrase(explicit);
      plurals = p ? [p] : [];
      pluralSource = 'explicit';
    }
    entries.push({ phrase, plurals, pluralSource, code, attach, line });
  }

  sink.warnings.sort((a, b) => a.line - b.line);
  return { name, entries, substitutions, warnings: sink.warnings };
}

/** Expands every `!NAME!` in `phrase` (several markers give every combination). */
function expandMarkers(
  phrase: string,
  sets: Map<string, SubstitutionSet>,
  line: number,
  sink: WarningSink,
): Array<{ text: string; marker: string; value: string }> | undefined {
  if ((phrase.match(/!/g) ?? []).length % 2 !== 0) {
    sink.add(line, `unpaired "!" in substitution marker in "${phrase}"; skipped`);
    return undefined;
  }
  let results = [{ text: phrase, marker: '', value: '' }];
  for (const m of phrase.matchAll(MARKER_USE)) {
    const markerName = (m[1] ?? '').toUpperCase();
    const set = sets.get(markerName);
    if (!set) {
      sink.add(line, `substitution marker !${markerName}! is not defined; skipped`);
      return undefined;
    }
    const next: typeof results = [];
    for (const r of results) {
      for (const v of set.values) {
        next.push({
          text: r.text.replace(m[0], v),
          marker: r.marker ? `${r.marker},${markerName}` : markerName,
          value: r.value ? `${r.value},${v}` : v,
        });
      }
    }
    results = next;
  }
  return results;
}
