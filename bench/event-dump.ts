// Every coded event of a slice of real news, one line each, for reading and for diffing the output of one
// commit against another (a change to the coder should change only the events its commit message names).
//
//   node --import tsx bench/event-dump.ts reuters 14 > /tmp/r14.txt    # every story of reut2-014.sgm
//   node --import tsx bench/event-dump.ts bbc politics business > /tmp/bbc.txt
//   SENTENCES=1 node --import tsx bench/event-dump.ts reuters 4         # the sentence at the end of each line
//
// A line: article id, code, source actor (its text), target actor (its text), modality, date, trigger. BBC
// files carry no date; they are analysed as of 2005-01-01 (the corpus is 2004-2005), so that actors resolve
// as they stood then.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';
import { reutersRecords } from '../src/ingest/reuters-sgml.js';
import type { AnalyzeInput } from '../src/ingest/records.js';
import type { EventActor } from '../src/document/annotations.js';

const shared = new URL('../../shared/data/', import.meta.url).pathname;
const [set, ...which] = process.argv.slice(2);
const withSentence = process.env.SENTENCES === '1';

function* inputs(): Generator<AnalyzeInput> {
  if (set === 'reuters') {
    for (const n of which) {
      const file = join(shared, 'reuters21578', `reut2-${n.padStart(3, '0')}.sgm`);
      for (const item of reutersRecords(file, readFileSync(file, 'latin1'))) if ('input' in item) yield item.input;
    }
  } else if (set === 'bbc') {
    const root = join(shared, 'bbc-news/bbc');
    for (const category of which) {
      for (const file of readdirSync(join(root, category)).filter((f) => f.endsWith('.txt')).sort()) {
        yield { id: `${category}/${file}`, text: readFileSync(join(root, category, file), 'utf8'), date: '2005-01-01' };
      }
    }
  } else {
    throw new Error('usage: event-dump.ts reuters N [N…] | bbc CATEGORY [CATEGORY…]');
  }
}

const actor = (a: EventActor) => `${a.actor ?? '-'}(${a.text.replace(/\s+/g, ' ')})`;
for (const input of inputs()) {
  const result = analyze(input);
  for (const e of result.events) {
    const fields = [input.id, e.code, actor(e.source), actor(e.target), e.modality, e.date ?? '-', e.evidence.trigger.text];
    if (withSentence) fields.push(e.evidence.sentence.text.replace(/\s+/g, ' '));
    process.stdout.write(`${fields.join('\t')}\n`);
  }
}
