// Headlines as the coder reads them: of the BBC News politics and business headlines (no gold set holds them), how
// many the tagger gives no verb and how many give an event. Each headline is analysed as an article of its own with a
// body that holds no actor, so that every event counted is the headline's. --list prints each headline with its verb
// tags and events, for reading.
//
//   npm run bench:headlines [-- --list]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/pipeline.js';

const root = new URL('../../shared/data/bbc-news/bbc/', import.meta.url).pathname;
const list = process.argv.includes('--list');
let headlines = 0;
let withEvent = 0;
let withoutVerb = 0;
for (const category of ['politics', 'business']) {
  for (const file of readdirSync(join(root, category)).filter((f) => f.endsWith('.txt')).sort()) {
    const title = readFileSync(join(root, category, file), 'utf8').split('\n')[0]!.trim();
    const result = analyze({ text: `${title}\n\nThe weather was fine.`, date: '2005-01-01' }, { syntax: true });
    const verbs = result.syntax!.tokens.filter((t) => t.end <= title.length && (t.upos === 'VERB' || t.upos === 'AUX')).map((t) => t.text);
    headlines++;
    if (result.events.length > 0) withEvent++;
    if (verbs.length === 0) withoutVerb++;
    if (list) console.log([`${category}/${file}`, verbs.join(',') || '-', result.events.map((e) => `${e.code}:${e.source.actor}>${e.target.actor}`).join(' '), title].join('\t'));
  }
}
console.log(`BBC News politics+business headlines: ${headlines}; with an event ${withEvent}; with no verb tag ${withoutVerb}`);
