import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';

// Span conventions of attribution corpora (PolNeAR, PARC): the whole source phrase, the content without the
// frame, quotations going on after "he said". Hand-written sentences, none from a corpus.

const attributionsOf = (text: string) => analyze({ text: `Headline\n\nBERLIN (Reuters) - ${text}`, date: '2022-03-01' }).attributions as Attribution[];
const only = (text: string, cue: string) => {
  const found = attributionsOf(text).filter((a) => a.cue.text === cue);
  assert.equal(found.length, 1, `one "${cue}" in ${text}`);
  return found[0]!;
};
const contents = (a: Attribution) => a.content.map((c) => c.text);

test('an appositive source is the whole phrase, its closing comma included; the chain names its head', () => {
  const a = only('Maria Lopez, a spokeswoman for the city council, said the vote would take place next week.', 'said');
  assert.equal(a.source?.text, 'Maria Lopez, a spokeswoman for the city council,');
  assert.deepEqual(contents(a), ['the vote would take place next week']);
  assert.equal(a.chain[0]?.name, 'Maria Lopez');
});

test('"said X, <appositive>" after a quotation, and a participle sharing its subject', () => {
  const text = '\u201cThe talks went well,\u201d said Paul Meyer, the chief negotiator, adding that a deal was near.';
  const said = only(text, 'said');
  assert.equal(said.source?.text, 'Paul Meyer, the chief negotiator');
  assert.deepEqual(contents(said), ['\u201cThe talks went well,\u201d']);
  const adding = only(text, 'adding');
  assert.equal(adding.source?.text, 'Paul Meyer, the chief negotiator');
  assert.deepEqual(contents(adding), ['that a deal was near']);
});

test('a party parenthesis belongs to the name; a quotation closing its sentence precedes "X said."', () => {
  const a = only('\u201cThe talks went well,\u201d Sen. Jane Doe (D-Ore.) said.', 'said');
  assert.equal(a.source?.text, 'Sen. Jane Doe (D-Ore.)');
  const b = only('\u201cWho pays for it?\u201d Doe said.', 'said');
  assert.deepEqual(contents(b), ['\u201cWho pays for it?\u201d']);
});

test('"according to" takes its source to the next punctuation', () => {
  const a = only('The bridge will reopen in May, according to a report by the state transport agency.', 'according to');
  assert.equal(a.source?.text, 'a report by the state transport agency');
  assert.deepEqual(contents(a), ['The bridge will reopen in May']);
});

test('a verb coordinated with another shares its subject, and the first content stops before "and said"', () => {
  const text = 'The mayor praised the rescue teams and said the city would pay for repairs.';
  assert.equal(only(text, 'said').source?.text, 'The mayor');
  assert.deepEqual(contents(only(text, 'said')), ['the city would pay for repairs']);
  assert.deepEqual(contents(only(text, 'praised')), ['the rescue teams']);
});

test('a relative pronoun is the source as written, named after its antecedent', () => {
  const a = only('The talks were led by Norway, which said on Monday that both sides had agreed to a ceasefire.', 'said');
  assert.equal(a.source?.text, 'which');
  assert.equal(a.source?.name, 'Norway');
  assert.equal(a.chain[0]?.name, 'Norway');
});

test('a quotation interrupted by the frame, and one going on in the next sentence', () => {
  const a = only('\u201cWe are not there yet,\u201d the minister said, \u201cbut we are close.\u201d \u201cVery close.\u201d', 'said');
  assert.deepEqual(contents(a), ['\u201cWe are not there yet,\u201d', '\u201cbut we are close.\u201d', '\u201cVery close.\u201d']);
  const b = only('\u201cWe are not there yet,\u201d the minister said. \u201cBut we are close.\u201d', 'said');
  assert.deepEqual(contents(b), ['\u201cWe are not there yet,\u201d', '\u201cBut we are close.\u201d']);
});

test('content ends where the frame goes on: an object at its comma, a clause at ", but <clause>"', () => {
  assert.deepEqual(contents(only('The senator criticized the budget, but voted for it anyway.', 'criticized')), ['the budget']);
  assert.deepEqual(contents(only('The envoy said the ceasefire was holding, but the talks have stalled since.', 'said')), ['the ceasefire was holding']);
  const framed = only('The plant, officials said, will close by the end of the year.', 'said');
  assert.deepEqual(contents(framed), ['The plant', 'will close by the end of the year']);
});

test('a statement noun with a possessive source is a cue with its preposition', () => {
  const a = only('The governor\u2019s criticism of the fuel tax drew applause.', 'criticism of');
  assert.equal(a.source?.text, 'The governor\u2019s');
  assert.deepEqual(contents(a), ['the fuel tax']);
});

test('a headline colon frames a saying only before a clause or a quotation', () => {
  assert.equal(attributionsOf('Turnout: 61 percent.').filter((a) => a.cue.text === ':').length, 0);
});

test('a passive with its agent, and a clause-opening "asked" with no source', () => {
  const passive = only('The merger was first reported by a financial newspaper in Frankfurt.', 'was first reported by');
  assert.equal(passive.source?.text, 'a financial newspaper in Frankfurt');
  assert.deepEqual(contents(passive), ['The merger']);
  const asked = only('Asked about the merger, the chief executive declined to comment.', 'Asked about');
  assert.equal(asked.source, undefined);
  assert.deepEqual(contents(asked), ['the merger']);
});

test('"X said:" ending a paragraph takes the quotation opening the next, and a name the tagger took for a verb', () => {
  const a = only('The mayor said:\n\n\u201cWe will rebuild. Every house.\u201d', 'said:');
  assert.equal(a.source?.text, 'The mayor');
  assert.deepEqual(contents(a), ['\u201cWe will rebuild. Every house.\u201d']);
  const b = only('\u201cI take comfort in that fact,\u201d Lynch said.', 'said');
  assert.equal(b.source?.text, 'Lynch');
});

test('a WordNet verb of communication is a cue with a clause or quotation, not with a bare object', () => {
  const a = only('The minister opined that the tax would hurt farmers.', 'opined');
  assert.equal(a.source?.text, 'The minister');
  assert.deepEqual(contents(a), ['that the tax would hurt farmers']);
  assert.equal(attributionsOf('The committee opined on the budget for an hour.').filter((x) => x.cue.text === 'opined').length, 0);
});

test('a quotation going on in the next paragraph (no closing mark, the next one opening with one) is one content', () => {
  const text = 'The mayor said: \u201cWe will rebuild the bridge. It will take two years.\n\n\u201cThe city will pay for it.\u201d\n\nWork starts in May.';
  const a = only(text, 'said:');
  assert.deepEqual(contents(a), ['\u201cWe will rebuild the bridge. It will take two years.', '\u201cThe city will pay for it.\u201d']);
});

test('a relative clause set off by commas ends where the main verb comes', () => {
  const text = 'Anna Berg, who said the plan was drawn up by her aides, said she would run again.';
  const inner = attributionsOf(text).find((x) => x.source?.text === 'who')!;
  assert.deepEqual(contents(inner), ['the plan was drawn up by her aides']);
  assert.ok(attributionsOf(text).some((x) => x.content.some((c) => c.text === 'she would run again')));
});

test('"continue" frames a quotation only; "so-called" is no cue; a finding "in a poll" is attributed to the poll', () => {
  assert.equal(attributionsOf('The lead for the governor continues to grow in the north.').filter((a) => a.cue.text === 'continues').length, 0);
  const c = only('The governor continued: \u201cWe will not raise taxes.\u201d', 'continued:');
  assert.deepEqual(contents(c), ['\u201cWe will not raise taxes.\u201d']);
  assert.equal(attributionsOf('The so-called reform plan was shelved.').filter((a) => a.cue.text.includes('called')).length, 0);
  const p = only('The governor leads her rival by nine points in a new survey by the state university.', 'in');
  assert.equal(p.source?.text, 'a new survey');
  assert.deepEqual(contents(p), ['The governor leads her rival by nine points']);
});

test('interview labels and editor\'s notes are not sources; a naming participle is no cue', () => {
  assert.equal(attributionsOf('Q: Will the plant close?\n\nA: No, it will stay open until 2030.').filter((a) => a.cue.text === ':').length, 0);
  assert.equal(attributionsOf('Editor\u2019s note: An earlier version of this story misstated the date of the vote.').filter((a) => a.cue.text === ':').length, 0);
  assert.equal(attributionsOf('She joined a group called Citizens for Clean Water last year.').filter((a) => a.cue.text === 'called').length, 0);
  assert.equal(only('The mayor called the plan a disaster.', 'called').source?.text, 'The mayor');
});

test('a content ends before another frame opened by "and"/"but", not by "because"', () => {
  const text = 'Most voters said the economy was weak, but the party leaders said the president was to blame.';
  const first = attributionsOf(text).find((a) => a.source?.text === 'Most voters')!;
  assert.deepEqual(contents(first), ['the economy was weak']);
  assert.ok(attributionsOf(text).some((a) => a.content.some((c) => c.text === 'the president was to blame')));
  const reason = 'Most voters said the economy was weak because the party leaders said so.';
  assert.deepEqual(contents(attributionsOf(reason).find((a) => a.source?.text === 'Most voters')!), ['the economy was weak because the party leaders said so']);
});

test('a day between the subject and its verb is not part of the source', () => {
  assert.equal(only('GOP rival Ted Cruz on Wednesday announced that he was choosing a running mate.', 'announced').source?.text, 'GOP rival Ted Cruz');
  assert.equal(only('Senator Jane Doe Tuesday said the bill was dead.', 'said').source?.text, 'Senator Jane Doe');
});

test('the words of a quantity before the noun phrase belong to the source', () => {
  assert.equal(only('About four out of 10 voters said life would get worse.', 'said').source?.text, 'About four out of 10 voters');
  assert.equal(only('At least half of the voters in each state say the economy is weak.', 'say').source?.text, 'At least half of the voters in each state');
});

test('a party label after a name that follows the cue is in the source', () => {
  assert.equal(only('\u201cIt is not new,\u201d said Rep. Bobby Scott (D-Va.) at the time.', 'said').source?.text, 'Rep. Bobby Scott (D-Va.)');
});

test('", including X" goes on with the content; a participle of the frame ends it', () => {
  assert.deepEqual(contents(only('The minister said the storm damaged many buildings, including two schools and a hospital.', 'said')), [
    'the storm damaged many buildings, including two schools and a hospital',
  ]);
  assert.deepEqual(contents(only('The minister said the storm damaged many buildings, urging residents to stay home.', 'said')), ['the storm damaged many buildings']);
});

test('a listener stops where the content\'s subject begins; before an infinitive it is in the content', () => {
  assert.deepEqual(contents(only('The mayor told reporters he would resign in June.', 'told')), ['he would resign in June']);
  assert.deepEqual(contents(only('Jones told the newspaper his company had lost money.', 'told')), ['his company had lost money']);
  assert.deepEqual(contents(only('The union urged the council to reject the plan.', 'urged')), ['the council to reject the plan']);
});

test('a passive cue before an infinitive has no source; its subject is in the content', () => {
  const a = only('The council is expected to pass the budget on Monday.', 'is expected');
  assert.equal(a.source, undefined);
  assert.deepEqual(contents(a), ['The council', 'to pass the budget on Monday']);
  const outer = only('The mayor said the council is expected to pass the budget.', 'said');
  assert.deepEqual(contents(outer), ['the council is expected to pass the budget']);
});

test('an opening phrase before a frame set off by commas belongs to the content', () => {
  assert.deepEqual(contents(only('In the long run, the minister said, the reform will pay for itself.', 'said')), ['In the long run', 'the reform will pay for itself']);
  assert.deepEqual(contents(only('In a statement, the minister said the reform will pay for itself.', 'said')), ['the reform will pay for itself']);
});

test('a frame inside an opening subordinate clause: its content ends at the clause\'s comma', () => {
  assert.deepEqual(contents(only('While the mayor conceded that the budget was tight, she promised new parks.', 'conceded')), ['that the budget was tight']);
});

test('after "said" the content is a clause, even with a long subject and commas', () => {
  assert.deepEqual(contents(only('The mayor said the old stone bridge over the river near the mill, built in 1900, would close.', 'said')), [
    'the old stone bridge over the river near the mill, built in 1900, would close',
  ]);
  assert.deepEqual(contents(only('The mayor praised the fire chief, Anna Berg, for her work.', 'praised')), ['the fire chief']);
});

test('words that situate the saying ("during ... on Tuesday") come before a "that" content', () => {
  assert.deepEqual(contents(only('The senator said during a long speech to supporters on Tuesday that the tax would go.', 'said')), ['that the tax would go']);
});

test('an object ends before "and" with the frame\'s second verb', () => {
  assert.deepEqual(contents(only('The senator questioned the cost of the program and has called for a review.', 'questioned')), ['the cost of the program']);
});

test('a clause content ends before ", which" (the writer\'s relative clause on its last noun)', () => {
  assert.deepEqual(contents(only('The mayor said she supports the new budget, which includes money for parks.', 'said')), ['she supports the new budget']);
});

test('a quoted name inside the clause is not the content', () => {
  const told = contents(only('She told ABC\u2019s \u201cGood Morning America\u201d on Monday the tone was fine.', 'told'));
  assert.equal(told.length, 1);
  assert.ok(told[0]!.endsWith('the tone was fine'), told[0]);
});

test('a quotation goes on after its frame only when the frame is all that comes between', () => {
  const text = '\u201cThe plan will work,\u201d Ms. Berg wrote. She added later: \u201cWe will see.\u201d';
  assert.deepEqual(contents(only(text, 'wrote')), ['\u201cThe plan will work,\u201d']);
  const goesOn = '\u201cThe plan will work,\u201d Mr. Berg said. \u201cWe will see.\u201d';
  assert.deepEqual(contents(only(goesOn, 'said')), ['\u201cThe plan will work,\u201d', '\u201cWe will see.\u201d']);
});

test('", and that ..." is a second complement of the same cue', () => {
  assert.deepEqual(contents(only('The mayor said that the bridge was safe, and that it would reopen soon.', 'said')), ['that the bridge was safe, and that it would reopen soon']);
  assert.deepEqual(contents(only('The mayor said that the bridge was safe, and the council agreed with her.', 'said')), ['that the bridge was safe']);
});

test('a quotation goes on in the next paragraph when that paragraph is the quotation alone', () => {
  const found = attributionsOf('\u201cThe plan will work,\u201d Mr. Berg said at the meeting.\n\n\u201cWe have the money.\u201d\n\nThe council meets again in May.');
  const said = found.find((a) => a.cue.text === 'said')!;
  assert.deepEqual(contents(said), ['\u201cThe plan will work,\u201d', '\u201cWe have the money.\u201d']);
  // one paragraph on, not two
  const two = attributionsOf('\u201cThe plan will work,\u201d Mr. Berg said at the meeting.\n\n\u201cWe have the money.\u201d\n\n\u201cIt is a good day.\u201d');
  assert.deepEqual(contents(two.find((a) => a.cue.text === 'said')!), ['\u201cThe plan will work,\u201d', '\u201cWe have the money.\u201d']);
});

test('an opening phrase that only situates the frame is not an inverted content', () => {
  assert.deepEqual(contents(only('Last month, most voters said the same.', 'said')), ['the same']);
  assert.deepEqual(contents(only('The bridge will close, officials said.', 'said')), ['The bridge will close']);
});

test('a frame inside an opening participle clause: its content ends at the clause\'s comma', () => {
  const found = attributionsOf('Asked whether he believed the plan would work, the mayor said he did not know.');
  const believed = found.find((a) => a.cue.text === 'believed')!;
  assert.deepEqual(contents(believed), ['the plan would work']);
});

test('a quotation that a frame between takes is not the first frame\'s continuation', () => {
  const found = attributionsOf('\u201cThe plan will work,\u201d she said, adding, \u201cWe have the money.\u201d');
  assert.deepEqual(contents(found.find((a) => a.cue.text === 'said')!), ['\u201cThe plan will work,\u201d']);
  assert.deepEqual(contents(found.find((a) => a.cue.text === 'adding')!), ['\u201cWe have the money.\u201d']);
});
