import type { AnalysisResult } from '../document/serialize.js';
import type { CodedEvent } from '../code/coder.js';
import type { Attribution } from '../attribute/index.js';

// The readable report of `annals analyze --format text`.

const LABEL_WIDTH = 11;

function field(label: string, value: string | null | undefined): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${value ?? '—'}`;
}

function wrap(text: string, width: number, indent: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

export function textReport(result: AnalysisResult, name: string): string {
  const a = result.article;
  const out: string[] = [];
  out.push(`── ${name}${result.id !== undefined ? ` (id ${result.id})` : ''}`);
  out.push(a.headline ?? '(no headline)');
  out.push('');
  out.push(field('dateline', a.dateline?.text));
  if (a.dateline) {
    out.push(field('place', [a.dateline.place, a.dateline.region].filter(Boolean).join(', ')));
    out.push(field('outlets', a.dateline.outlets.join(' / ') || null));
  }
  out.push(field('publisher', a.publisher));
  out.push(field('origin', a.origin));
  out.push(field('published', a.published));
  if (a.url) out.push(field('url', a.url));
  if (a.byline) out.push(field('byline', a.byline));
  for (const r of a.removed) {
    out.push(field('removed', `${r.reason.replace(/-/g, ' ')} at [${r.span.start}, ${r.span.end}) repeats [${r.duplicateOf.start}, ${r.duplicateOf.end})`));
  }
  for (const f of a.frontMatter) out.push(field('front', wrap((f.value && f.kind !== 'other' && f.kind !== 'caption' ? `[${f.kind}: ${f.value}] ` : '') + result.text.slice(f.span.start, f.span.end), 70, ' '.repeat(LABEL_WIDTH + 2))));
  out.push('');
  // The body's sentences are numbered from 1; the headline's (coded too) are marked H.
  const bodyCount = result.sentences.filter((s) => !s.headline).length;
  const numberWidth = String(bodyCount).length;
  const labels: string[] = [];
  let n = 0;
  for (const s of result.sentences) labels.push(s.headline ? 'H' : String(++n));
  out.push(`Sentences (${bodyCount})`);
  result.sentences.forEach((s, i) => {
    const prefix = `  ${labels[i]!.padStart(numberWidth)}  `;
    out.push(prefix + wrap(s.text, 88, ' '.repeat(prefix.length)));
  });
  const where = (i: number) => (labels[i] === 'H' ? 'the headline' : `sentence ${labels[i]}`);
  const events = result.events;
  out.push('');
  out.push(`Events (${events.length})`);
  for (const e of events) {
    const who = `${e.source.actor} (${e.source.name ?? e.source.text}) → ${e.target.actor} (${e.target.name ?? e.target.text})`;
    out.push(`  ${e.id}  ${e.code} ${e.name ?? ''}`.trimEnd());
    out.push(`      ${who}`);
    out.push(`      ${e.modality}, dated ${e.date ?? 'unknown'}${e.location ? `, at ${e.location.name}` : ''}; Goldstein ${e.goldstein ?? '—'}, QuadClass ${e.quadClass ?? '—'}${e.plover ? `, PLOVER ${e.plover.type}` : ''}`);
    out.push(`      "${e.evidence.trigger.text}" in ${where(e.sentence)}${e.mentions ? ` (also in ${e.mentions.filter((m) => m.sentence !== e.sentence).map((m) => where(m.sentence)).join(', ')})` : ''}; ${e.evidence.pattern ? `pattern "${e.evidence.pattern.text}" (${e.evidence.pattern.source})` : `verb ${e.evidence.verbBlock}`}`);
    out.push(`      date: ${e.evidence.date}`);
    if (e.evidence.roles) out.push(`      roles: ${e.evidence.roles.join(', ')}`);
    if (e.evidence.recoded) out.push(`      recoded: ${e.evidence.recoded}`);
    if (e.symmetricWith) out.push(`      mutual: the same act the other way is ${e.symmetricWith}`);
    const chain = e.provenance as { name: string }[];
    if (chain.length) out.push(`      who says so: ${chain.map((l) => l.name).join(' → ')}`);
  }
  const attributions = result.attributions;
  out.push('');
  out.push(`Attributions (${attributions.length})`);
  for (const a of attributions) {
    out.push(`  ${a.id}${a.parent ? ` (in ${a.parent})` : ''}  ${a.source?.text ?? '(no named source)'} — "${a.cue.text}"`);
    out.push(`      ${wrap(a.content.map((c) => c.text).join(' … '), 84, '      ')}`);
    out.push(`      ${a.chain.map((l) => l.name).join(' → ')}`);
  }
  if (result.warnings.length) {
    out.push('');
    out.push('Warnings');
    for (const w of result.warnings) out.push(`  ${w.code}: ${w.message}`);
  }
  return out.join('\n') + '\n';
}
