import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { blockText } from '../../src/ingest/html.js';
const dir = '/work/shared/data/aeb';
const truth = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string; url: string }>;
const ids = Object.keys(truth).sort();
const out: string[] = [];
const cands: any[] = [];
for (const id of ids) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const { document } = parseHTML(html);
  const m = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
  const ld: any[] = [];
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) { try { ld.push(JSON.parse(s.textContent ?? '')); } catch {} }
  const ldStr = JSON.stringify(ld);
  const ldDate = /"datePublished"\s*:\s*"([^"]+)"/.exec(ldStr)?.[1] ?? '';
  const ldPub = /"publisher"\s*:\s*\{[^}]*?"name"\s*:\s*"([^"]+)"/.exec(ldStr)?.[1] ?? '';
  for (const s of document.querySelectorAll('script,style,noscript,template,svg')) s.remove();
  const vis = document.body ? blockText(document.body as any) : '';
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const body = truth[id]!.articleBody.replace(/\s+/g, ' ').trim();
  const flat = vis.replace(/[ \t]+/g, ' ');
  const bodyStart = flat.indexOf(body.slice(0, 40));
  const hIdx = h1 ? flat.indexOf(h1) : -1;
  const from = Math.max(0, (hIdx >= 0 ? hIdx : bodyStart) - 150);
  const to = bodyStart >= 0 ? bodyStart + 250 : from + 900;
  let region = flat.slice(from, Math.min(to, from + 1600));
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const copy = /(?:©|\(c\)|Copyright)[^\n]{0,80}/i.exec(flat)?.[0] ?? '';
  const dateRe = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,? \d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}/g;
  const dates = [...flat.matchAll(dateRe)].slice(0, 6).map((d) => `@${d.index} ${JSON.stringify(flat.slice(Math.max(0, d.index! - 40), d.index! + d[0].length + 15).replace(/\s+/g, ' '))}`);
  out.push(`#### ${id.slice(0, 10)} ${truth[id]!.url}\nTITLE: ${title}\nSITE: ${m('meta[property="og:site_name"]')} | LDPUB: ${ldPub} | ${copy}\nDATE: meta=${m('meta[property="article:published_time"]') || m('meta[name="pubdate"]') || m('meta[itemprop="datePublished"]')} ld=${ldDate}\nH1@${hIdx} BODY@${bodyStart}\nDATES: ${dates.join(' ; ')}\n${region}\n...BODY: ${body.slice(0, 200)}\n`);
}
writeFileSync('/tmp/fm/dump.txt', out.join('\n'));
