import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import { cueLexicon, nounCueLexicon, parseCueRow, parseNounCueRow, parseWordLists, WORD_LISTS, attributionWords, evidentialAdverbs } from '../src/attribute/lexicon.js';
import { splitSentences } from '../src/annotate/sentences.js';

// The attribution rules' data: typed loaders that reject a value the rules would misread, naming file and line.

test('cue rows: an unknown kind, object or needs is an error naming the file and line', () => {
  assert.throws(() => parseCueRow(['say|says', 'sayd'], 'lexicon/attribution-cues.tsv', 17), /^Error: lexicon\/attribution-cues\.tsv:17: kind "sayd" is not one of said, told, reported, cited, none$/);
  assert.throws(() => parseCueRow(['tell', 'told', 'objects'], 'f.tsv', 3), /f\.tsv:3: object "objects"/);
  assert.throws(() => parseCueRow(['think', 'said', '', 'clauses'], 'f.tsv', 4), /f\.tsv:4: needs "clauses"/);
  assert.throws(() => parseCueRow(['say||says', 'said'], 'f.tsv', 5), /f\.tsv:5: "" is not a word or phrase/);
  assert.throws(() => parseCueRow(['opine', 'said', '', 'clause', 'noun.act'], 'f.tsv', 6), /f\.tsv:6: "noun\.act" is not a WordNet verb file/);
  assert.deepEqual(parseCueRow(['call on|calls on', 'said', '', 'complement'], 'f.tsv', 7), { forms: ['CALL ON', 'CALLS ON'], kind: 'said', object: false, needs: 'complement' });
});

test('noun cue rows and word lists: bad values are errors naming the file and line', () => {
  assert.throws(() => parseNounCueRow(['remark|remarks', 'sayd'], 'lexicon/attribution-nouns.tsv', 12), /lexicon\/attribution-nouns\.tsv:12: kind "sayd"/);
  const rows = (extra: [string, string][]) => [...WORD_LISTS.map((n, i) => ({ cells: [n, n === 'evidential-adverbs' ? 'REPORTEDLY:reported' : 'WORD'], line: i + 1 })), ...extra.map((cells, i) => ({ cells, line: 100 + i }))];
  assert.equal(parseWordLists(rows([]), 'w.tsv').size, WORD_LISTS.length);
  assert.throws(() => parseWordLists(rows([['day-names', 'MONDAY']]), 'w.tsv'), /w\.tsv:100: "day-names" is not a list the attribution rules read/);
  assert.throws(() => parseWordLists(rows([['days', 'MONDAY']]), 'w.tsv'), /w\.tsv:100: list "days" given twice/);
  assert.throws(() => parseWordLists([{ cells: ['days', 'monday'], line: 9 }], 'w.tsv'), /w\.tsv:9: "monday" is not an upper-case word/);
  assert.throws(() => parseWordLists([{ cells: ['evidential-adverbs', 'ALLEGEDLY:sayd'], line: 4 }], 'w.tsv'), /w\.tsv:4: kind "sayd"/);
  assert.throws(() => parseWordLists(rows([]).slice(1), 'w.tsv'), /lists missing: possessive-pronouns/);
});

test('the shipped attribution data loads: cue verbs with and without WordNet, nouns, word lists', () => {
  assert.ok(cueLexicon().get('SAID')!.some((c) => c.kind === 'said'));
  assert.ok(cueLexicon(true).size > cueLexicon(false).size);
  assert.equal(nounCueLexicon().get('PROPOSAL'), 'said');
  assert.ok(attributionWords('days').has('MONDAY'));
  assert.equal(evidentialAdverbs().get('REPORTEDLY'), 'reported');
  // The option that replaced the ANNALS_NO_WORDNET_CUES variable: same text, fewer cue verbs.
  const text = 'The minister opined he would resign.';
  assert.equal(analyze({ text, title: '-' }).attributions.length, 1);
  assert.equal(analyze({ text, title: '-' }, { attribution: { wordnetCues: false } }).attributions.length, 0);
});

const triple = (a: { source?: { text: string }; cue: { text: string }; content: { text: string }[] }) => [a.source?.text, a.cue.text, a.content.map((c) => c.text).join(' … ')];

test('headlines are attributed: "Minister: talks will resume", "X says Y"', () => {
  const colon = analyze({ text: 'Minister: talks will resume\n\nThe minister spoke on Monday.', title: 'Minister: talks will resume' });
  assert.deepEqual(colon.attributions.map(triple)[0], ['Minister', ':', 'talks will resume']);
  const says = analyze({ text: 'Kishida says Japan wants a peace treaty\n\nTokyo was quiet.', title: 'Kishida says Japan wants a peace treaty' });
  assert.deepEqual(says.attributions.map(triple)[0], ['Kishida', 'says', 'Japan wants a peace treaty']);
  // A first line ending in a full stop is still the headline when a dateline paragraph follows it.
  const text = 'Clinton camp: Trump’s Islamophobia threatens national security.\n\nWASHINGTON, Dec. 8 (UPI) — The campaign rallied supporters.';
  const stop = analyze({ text });
  assert.equal(stop.article.headline, 'Clinton camp: Trump’s Islamophobia threatens national security.');
  assert.deepEqual(stop.attributions.map(triple)[0], ['Clinton camp', ':', 'Trump’s Islamophobia threatens national security']);
});

test('abbreviations before names do not split a sentence: "Brig. Gen. John Smith said"', () => {
  const text = 'Brig. Gen. John Smith said the base was closed. Insp. Gen. Joe Doe agreed.';
  assert.deepEqual(splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end)), ['Brig. Gen. John Smith said the base was closed.', 'Insp. Gen. Joe Doe agreed.']);
  const result = analyze({ text, title: '-' });
  assert.deepEqual(result.attributions.map(triple)[0], ['Brig. Gen. John Smith', 'said', 'the base was closed']);
});

test('abbreviation rows: a bad kind or a word without its period is an error naming the file and line', async () => {
  const { parseAbbreviationRow } = await import('../src/annotate/sentences.js');
  assert.deepEqual(parseAbbreviationRow(['Brig.', 'title'], 'a.tsv', 1), ['brig.', 'title']);
  assert.throws(() => parseAbbreviationRow(['brig.', 'titel'], 'lexicon/abbreviations.tsv', 12), /lexicon\/abbreviations\.tsv:12: kind "titel"/);
  assert.throws(() => parseAbbreviationRow(['brig', 'title'], 'a.tsv', 3), /a\.tsv:3: "brig" is not an abbreviation/);
});

test('a headline colon after a name needs no verb: "Kerry: No deal without Iran’s consent"', () => {
  const text = 'Kerry: No deal without Iran’s consent.\n\nWASHINGTON (AP) — The secretary spoke on Tuesday.';
  assert.deepEqual(analyze({ text }).attributions.map(triple)[0], ['Kerry', ':', 'No deal without Iran’s consent']);
  // In the body, a label and a colon before a phrase with no verb say nothing ("Clinton: 547").
  assert.equal(analyze({ text: 'Results\n\nThe count went on. Clinton: 547 delegates so far.' }).attributions.length, 0);
});

test('an inverted frame whose content ends in a quotation takes the quotation going on after it', () => {
  const text = 'Headline\n\nSooner or later, “I think we will have a consumption tax,” said Mr. Smith. “It is a good thing to talk about.”';
  const a = analyze({ text }).attributions.find((x) => x.cue.text === 'said')!;
  assert.deepEqual(a.content.map((c) => c.text), ['Sooner or later, “I think we will have a consumption tax,”', '“It is a good thing to talk about.”']);
});

test('"that" after a listener opens the content even when the tagger reads it as a pronoun', () => {
  const a = analyze({ text: 'Djokovic told a TV interviewer that he is feeling a lot of emotion.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(a), ['Djokovic', 'told', 'that he is feeling a lot of emotion']);
  const b = analyze({ text: 'Weber announced earlier this month that he will not support Trump.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(b), ['Weber', 'announced', 'that he will not support Trump']);
});

test('a time or venue of the saying after an object content is left out; a clause keeps its own', () => {
  const endorsed = analyze({ text: 'The mayor endorsed Clinton during a conference call with reporters on Tuesday.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(endorsed), ['The mayor', 'endorsed', 'Clinton']);
  const announced = analyze({ text: 'Trump announced his candidacy in June 2015.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(announced), ['Trump', 'announced', 'his candidacy']);
  const said = analyze({ text: 'He said he would run on Tuesday.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(said), ['He', 'said', 'he would run on Tuesday']);
});

test('a pair of dashes sets off an aside inside a content; a single dash ends it', () => {
  const aside = analyze({ text: 'He said that the government—by which I mean the administration—had lost its way.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(aside), ['He', 'said', 'that the government—by which I mean the administration—had lost its way']);
  const single = analyze({ text: 'He said that the government had lost its way — a claim the White House denied.', title: '-' }).attributions[0]!;
  assert.deepEqual(triple(single), ['He', 'said', 'that the government had lost its way']);
});

test('colon labels: a name after a dash before a quotation speaks; AP\'s "The Latest:" does not', () => {
  const text = 'Results\n\nPOLLSTERS AGREE - Carl Bialik: “Keep on contacting voters as late as possible.”';
  assert.deepEqual(analyze({ text }).attributions.map(triple)[0], ['Carl Bialik', ':', '“Keep on contacting voters as late as possible.”']);
  assert.equal(analyze({ text: 'The Latest: Cruz to give away engraved shotgun\n\nWASHINGTON (AP) — The senator spoke.' }).attributions.filter((a) => a.cue.text === ':').length, 0);
});
