import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';

// Extents of sources and contents found from PolNeAR train's errors (issue 14). Hand-written sentences, none
// from a corpus; each test fails with its rule switched off.

const saidBy = (text: string) => attributionsOf(text).find((a) => a.cue.text === 'said')!;

test('a source named after its cue keeps a relative clause framed by a verb of another kind than speaking', () => {
  const a = saidBy('\u201cThe ferry will be late again,\u201d said Ruth Calder, a harbour pilot, who supports the new timetable.');
  assert.equal(a.source?.text, 'Ruth Calder, a harbour pilot, who supports the new timetable');
  // A relative clause that says something is a statement of its own, no part of the source.
  const b = saidBy('\u201cThe ferry will be late again,\u201d said Ruth Calder, a harbour pilot, who added that the pier needed repairs.');
  assert.equal(b.source?.text, 'Ruth Calder, a harbour pilot');
  // Before the cue, any framed relative clause is still left out.
  const c = saidBy('Ruth Calder, who supports the new timetable, said the ferry would be late again.');
  assert.equal(c.source?.text, 'Ruth Calder');
});

test('a frame after "and" with the cue\'s subject but a verb of another tense goes on the content\'s clause', () => {
  // A present verb after a past cue, a gerund after a progressive: the content's own predicates.
  const a = saidBy('The mayor said he is tired of the delays and wants a new contractor.');
  assert.deepEqual(a.content.map((c) => c.text), ['he is tired of the delays and wants a new contractor']);
  const b = saidBy('Ms. Ortiz said the old bridge is acting as a barrier and showing its age.');
  assert.deepEqual(b.content.map((c) => c.text), ['the old bridge is acting as a barrier and showing its age']);
  // The same tense as the cue: the subject's second saying, which ends the content. (A verb of wanting or hoping
  // after a pronoun's clause goes on: attribution-contents.test.ts.)
  const c = saidBy('The mayor said he was tired of the delays and criticized the new contractor.');
  assert.deepEqual(c.content.map((x) => x.text), ['he was tired of the delays']);
});

test('an existential "there" is no source', () => {
  const a = attributionsOf('There\u2019s reason to believe the ferry will be late again.').find((x) => x.content[0]?.text === 'the ferry will be late again')!;
  assert.equal(a.source, undefined);
});

test('a day between a party label and the verb is no part of the source', () => {
  const a = only('Sen. Jane Doe (D-Vt.) on Saturday criticized the ferry plan.', 'criticized');
  assert.equal(a.source?.text, 'Sen. Jane Doe (D-Vt.)');
});

test('a parenthesis closing after a content, opened before the frame, is no part of the content', () => {
  const a = attributionsOf('The ferry ran late again. (The harbour master said that the timing was a coincidence.)').find((x) => x.cue.text === 'said')!;
  assert.deepEqual(a.content.map((c) => c.text), ['that the timing was a coincidence']);
  // A parenthesis opened inside the content keeps its closing mark.
  const b = attributionsOf('The harbour master said the ferry (the old one) was late.').find((x) => x.cue.text === 'said')!;
  assert.deepEqual(b.content.map((c) => c.text), ['the ferry (the old one) was late']);
});

test('a question mark or exclamation mark ending the sentence outside quotation marks is no part of the content', () => {
  const a = only('Does the mayor know what the ferry contract entails?', 'know');
  assert.deepEqual(a.content.map((c) => c.text), ['what the ferry contract entails']);
  // Inside a quotation it comes along.
  const b = only('The pilot said, \u201cIs the ferry late again?\u201d', 'said');
  assert.deepEqual(b.content.map((c) => c.text), ['\u201cIs the ferry late again?\u201d']);
});

test('a per cent sign after a number is part of the source', () => {
  const a = only('Among ferry users, 42% say the service has got worse.', 'say');
  assert.equal(a.source?.text, '42%');
});

test('a passive frame\'s relative pronoun subject is the first piece of its content', () => {
  const a = only('The new ferry, which is expected to carry 400 passengers, arrives on Sunday.', 'is expected');
  assert.deepEqual(a.content.map((c) => c.text), ['which', 'to carry 400 passengers']);
  assert.equal(a.source, undefined);
});

test('a fronted "what" after a preposition is the first piece of the content', () => {
  const a = only('The growth is in what the mayor said is a demand for faster ferries.', 'said');
  assert.deepEqual(a.content.map((c) => c.text), ['what', 'is a demand for faster ferries']);
  // "in which" situates the saying: no piece.
  const b = only('The council published a report in which the auditor says the ferry budget is too small.', 'says');
  assert.deepEqual(b.content.map((c) => c.text), ['the ferry budget is too small']);
});

test('"most" before a source\'s noun phrase is part of the source', () => {
  const a = only('In the end, most Republicans agreed the ferry was too slow.', 'agreed');
  assert.equal(a.source?.text, 'most Republicans');
});

test('a preposition before a possessive pronoun and its noun stays inside the source', () => {
  // After a subordinator the phrase is walked back word by word: "most of his rivals", not "his rivals".
  const a = only('While most of his rivals criticized the ferry plan, the mayor stayed quiet.', 'criticized');
  assert.equal(a.source?.text, 'most of his rivals');
  const b = only('The hall went quiet when one of her aides mentioned the ferry contract.', 'mentioned');
  assert.equal(b.source?.text, 'one of her aides');
});

test('a pronoun after a comma behind an object does not open the content: it is the next clause\'s subject', () => {
  const a = only('While the pilots criticized the ferry plan, he stayed quiet.', 'criticized');
  assert.deepEqual(a.content.map((c) => c.text), ['the ferry plan']);
  // Without a comma a pronoun with its verb still opens a bare clause content.
  const b = only('The pilots said on Friday they would strike.', 'said');
  assert.deepEqual(b.content.map((c) => c.text), ['they would strike']);
});

test('a preposition opening a quotation after the cue is the quotation\'s, not the cue\'s', () => {
  const a = only('The mayor said, \u201cAs a sailor, I have to say the ferry is late.\u201d', 'said');
  assert.deepEqual(a.content.map((c) => c.text), ['\u201cAs a sailor, I have to say the ferry is late.\u201d']);
});

test('an object content goes on over noun phrases with no verb after its comma: an appositive, the rest of a list', () => {
  const a = only('The mayor welcomed the support of the union and Jane Roe, a former leader of the pilots\u2019 guild.', 'welcomed');
  assert.deepEqual(a.content.map((c) => c.text), ['the support of the union and Jane Roe, a former leader of the pilots\u2019 guild']);
  const b = only('The council questioned his judgment, his honesty and his courage.', 'questioned');
  assert.deepEqual(b.content.map((c) => c.text), ['his judgment, his honesty and his courage']);
  // A clause after the comma is no part of the object.
  const c = only('The mayor welcomed the ferry plan, which the council had rejected.', 'welcomed');
  assert.deepEqual(c.content.map((x) => x.text), ['the ferry plan']);
  // Nor a prepositional phrase after the appositive: the verb's own.
  const d = only('The mayor praised the harbour master, Anna Berg, for her work.', 'praised');
  assert.deepEqual(d.content.map((x) => x.text), ['the harbour master']);
});

test('a comma between adjectives before their noun does not end an object content', () => {
  const a = only('The pilots described the captain as a generous, careful sailor who knows the harbour.', 'described');
  assert.deepEqual(a.content.map((c) => c.text), ['the captain as a generous, careful sailor who knows the harbour']);
});

test('a source the word rules read over a verb\'s object and "and" starts at the tree\'s subject after the "and"', () => {
  const a = only('Neither pilot has won a race and Cruz suggested that they should retire.', 'suggested');
  assert.equal(a.source?.text, 'Cruz');
  // Coordinated subjects stay one source.
  const b = only('Japan and Russia agreed that the ferry talks would resume.', 'agreed');
  assert.equal(b.source?.text, 'Japan and Russia');
});

test('a floating quantifier after an auxiliary is in the cue, and the subject before the auxiliary is the source', () => {
  const a = only('The harbour pilots have all criticized the ferry timetable.', 'have all criticized');
  assert.equal(a.source?.text, 'The harbour pilots');
});

test('a list of names before the cue crosses its commas though the tagger reads a given name as a verb', () => {
  const a = only('Jim Webb, Ted Cruz and Rand Paul criticized the ferry timetable.', 'criticized');
  assert.equal(a.source?.text, 'Jim Webb, Ted Cruz and Rand Paul');
});

test('a quantifier standing alone at the start of its clause is the source, not an adverb of the cue', () => {
  const a = only('The pilots were asked about the ferry. Most said the timetable would fail.', 'said');
  assert.equal(a.source?.text, 'Most');
  const b = only('The pilots were worried; most believe the timetable will fail.', 'believe');
  assert.equal(b.source?.text, 'most');
});

test('a frame in a subordinate clause after an opening phrase ends its content at the clause\'s comma', () => {
  const a = only('In a long debate, while most of the pilots called for a bigger effort to rebuild the pier, the mayor stayed quiet.', 'called for');
  assert.deepEqual(a.content.map((c) => c.text), ['a bigger effort to rebuild the pier']);
});

test('the first noun of a compound that the tagger reads as a verb stays in the source', () => {
  const a = only('Hedge fund managers said the ferry contract was a mistake.', 'said');
  assert.equal(a.source?.text, 'Hedge fund managers');
  const b = only('Some advocates for stem cell research said the ferry contract was a mistake.', 'said');
  assert.equal(b.source?.text, 'Some advocates for stem cell research');
});

test('an object content ends before "and" and a second verb of the frame that the tagger reads as a noun', () => {
  const a = only('The mayor criticizes the council and praises the pilots.', 'criticizes');
  assert.deepEqual(a.content.map((c) => c.text), ['the council']);
  const b = only('The mayor denied any wrongdoing and points out that the council signed the same contract.', 'denied');
  assert.deepEqual(b.content.map((c) => c.text), ['any wrongdoing']);
});

test('an infinitive content ends before "and" with a finite verb or a pronoun\'s clause', () => {
  const a = only('The mayor vowed to keep the ferry running and celebrated the ruling on Monday.', 'vowed');
  assert.deepEqual(a.content.map((c) => c.text), ['to keep the ferry running']);
  const b = only('The mayor promised to visit every harbour and he has used that promise against his rivals.', 'promised');
  assert.deepEqual(b.content.map((c) => c.text), ['to visit every harbour']);
  // A second infinitive, or a base form, goes on.
  const c = only('The mayor vowed to keep the ferry running and to cut the fares.', 'vowed');
  assert.deepEqual(c.content.map((x) => x.text), ['to keep the ferry running and to cut the fares']);
});

test('"more than" before a pronoun or a determiner\'s phrase is a comparison, not a quantity of the source', () => {
  const a = only('The ferry is late again. That is a lot more than you can say for the council.', 'can say for');
  assert.equal(a.source?.text, 'you');
  // Before a number or "half" it is the source's quantity.
  const b = only('More than half of the pilots said the ferry was late.', 'said');
  assert.equal(b.source?.text, 'More than half of the pilots');
});

test('an "according to" source ends at a dash', () => {
  const a = only('The ferry plan would cost 2 billion dollars, according to the harbour board \u2014 half of its yearly budget.', 'according to');
  assert.equal(a.source?.text, 'the harbour board');
  const b = only('The ferry plan would cost 2 billion dollars, according to the harbour board - half of its yearly budget.', 'according to');
  assert.equal(b.source?.text, 'the harbour board');
});

test('a headline label of a name, a preposition and a title-case phrase before a colon: the name is the source', () => {
  const headline = (title: string) =>
    (analyze({ text: `${title}\n\nBERLIN (Reuters) - The ferry was late again on Tuesday.`, date: '2022-03-01' }).attributions as Attribution[]).find((a) => a.cue.text === ':');
  const a = headline('Mayor Lindqvist to Harbour Pilots: The ferry will run on time');
  assert.equal(a?.source?.text, 'Mayor Lindqvist');
  assert.deepEqual(a?.content.map((c) => c.text), ['The ferry will run on time']);
  const b = headline('Lindqvist on the Ferry Contract: \u2018We Will Win.\u2019');
  assert.equal(b?.source?.text, 'Lindqvist');
});

test('a frame inside another frame\'s content has its content inside that content', () => {
  // "is attacking" sits in what Lindqvist says; its content ends with hers, before ", said".
  const text = 'Lindqvist, who says the council is attacking her because the vote is close, said the pilots should back the ferry plan.';
  assert.deepEqual(contents(only(text, 'is attacking')), ['her because the vote is close']);
  const a = only(text, 'said');
  assert.equal(a.source?.text, 'Lindqvist');
  assert.equal(a.parent, undefined);
});

test('an article alone is no source, and a cue word right after it is a word of its noun phrase', () => {
  const found = attributionsOf('An earlier report in the harbour paper said that the ferry was late.');
  assert.ok(!found.some((a) => a.source?.text === 'An'), JSON.stringify(found.map((a) => [a.source?.text, a.cue.text])));
  assert.ok(!found.some((a) => a.cue.text === 'earlier report'));
  assert.ok(found.some((a) => a.cue.text === 'said'));
});

test('a conjunction or "let" alone is no source', () => {
  assert.equal(only("Let's see if the ferry runs on time.", 'see').source, undefined);
  assert.equal(only('The ferry board, which runs the harbour - and says it cannot repay the loans - met on Tuesday.', 'says').source, undefined);
});

test('a bare "say" set off by commas offers an example, no saying', () => {
  assert.ok(!attributionsOf('The new ferry costs far less than, say, a bridge across the harbour.').some((a) => a.cue.text === 'say'));
  // An inverted "say" after a quotation is one.
  assert.equal(only('"The ferry is late," say the pilots, "and it will stay late."', 'say').source?.text, 'the pilots');
});

test('a frame inside the adverbial that opens a sentence ends its content before the main clause\'s subject', () => {
  const a = only('In a year in which a majority of pilots say they distrust the harbour board, even some allies questioned why the ferry deal was signed.', 'say');
  assert.deepEqual(contents(a), ['they distrust the harbour board']);
  const b = only('From the first days of her term, when she insisted on paying for the ferry herself, the mayor has understood the power of a gesture.', 'insisted');
  assert.deepEqual(contents(b), ['on paying for the ferry herself']);
  // A frame opening the sentence, or one whose content is the main clause, keeps it.
  const c = only('According to the harbour board, in a normal week the ferry runs on time.', 'According to');
  assert.deepEqual(contents(c), ['in a normal week the ferry runs on time']);
});

test('a noun phrase after a finished clause content, to the sentence\'s end, is the writer\'s comment on it', () => {
  const a = only('The harbour master said the ferry would be late again on Friday, a delay that angered the pilots.', 'said');
  assert.deepEqual(contents(a), ['the ferry would be late again on Friday']);
  // The last item of a list, an appositive inside the clause, and a clause opened by a subordinator go on.
  const b = only('The mayor said she had spoken to the pilots, the harbour board and the union.', 'said');
  assert.deepEqual(contents(b), ['she had spoken to the pilots, the harbour board and the union']);
  const c = only('The pilots said Anna Berg, the harbour master, had approved the plan.', 'said');
  assert.deepEqual(contents(c), ['Anna Berg, the harbour master, had approved the plan']);
  const d = only('The pilots said that while the pier was closed, the ferry ran late.', 'said');
  assert.deepEqual(contents(d), ['that while the pier was closed, the ferry ran late']);
});

test('a linking adverb opening the sentence before a content and its frame is the writer\'s', () => {
  const a = only('Still, the ferry will be late again on Friday, the harbour master said.', 'said');
  assert.deepEqual(contents(a), ['the ferry will be late again on Friday']);
  // Another opening word stays in the content.
  const b = only('Instead, the ferry will be late again on Friday, the harbour master said.', 'said');
  assert.deepEqual(contents(b), ['Instead, the ferry will be late again on Friday']);
});

test('a quoted title inside the subject\'s appositive is no quotation the cue frames', () => {
  const a = only('Ruth Calder, author of \u201cSalt Roads,\u201d said the ferry would be late again.', 'said');
  assert.equal(a.source?.text, 'Ruth Calder, author of \u201cSalt Roads,\u201d');
  assert.deepEqual(contents(a), ['the ferry would be late again']);
  const b = only('Tom Vance, host of the radio show \u201cMorning Tide,\u201d praised the harbour master for the new timetable.', 'praised');
  assert.equal(b.source?.text, 'Tom Vance, host of the radio show \u201cMorning Tide,\u201d');
  // A quotation opening the sentence is still what the inverted frame says.
  const c = only('\u201cThe ferry is late,\u201d said Ruth Calder.', 'said');
  assert.equal(c.source?.text, 'Ruth Calder');
});

test('a quantifier with its noun right after a noun opens a relative clause with no pronoun', () => {
  const a = only('The ferry is exactly the kind of vessel many pilots say they avoid.', 'say');
  assert.equal(a.source?.text, 'many pilots');
});

test('an adverb between the verb and its object does not hide a relative clause with no pronoun', () => {
  const a = only('The ferry is now the place Harbour officials say the trouble began.', 'say');
  assert.equal(a.source?.text, 'Harbour officials');
});

test('a phrase situating the clause before a comma is no first item of a listed source', () => {
  const a = only('On the trade side, the mayor and the harbour master have said the ferry was late.', 'have said');
  assert.equal(a.source?.text, 'the mayor and the harbour master');
  const b = only('As for the union, both the pilots and their captains said the ferry was late.', 'said');
  assert.equal(b.source?.text, 'both the pilots and their captains');
  // A list opening the sentence keeps its first item.
  const c = only('The mayor, the governor and the harbour master said the ferry was late.', 'said');
  assert.equal(c.source?.text, 'The mayor, the governor and the harbour master');
});

test('the object of a verb like "lead" or "force" is the source of the infinitive cue after it', () => {
  const a = only('The long delay led several pilots to conclude that the ferry was unsafe.', 'to conclude');
  assert.equal(a.source?.text, 'several pilots');
  // Before an infinitive of purpose the clause's subject stays the source.
  const b = only('The mayor visited the pier on Friday to explain that the ferry was late.', 'to explain');
  assert.equal(b.source?.text, 'The mayor');
});

test('the phrase after "for" naming someone is the source of the infinitive cue after it', () => {
  const a = only('The delay made it hard for pilots to accept that the ferry was late.', 'to accept');
  assert.equal(a.source?.text, 'pilots');
  const b = only('The storm was a natural opening for Ruth Calder to argue that the ferry was unsafe.', 'to argue');
  assert.equal(b.source?.text, 'Ruth Calder');
  // A thing after "for" names nobody: the clause's subject stays the source.
  const c = only('The mayor visited the pier for a meeting to explain that the ferry was late.', 'to explain');
  assert.equal(c.source?.text, 'The mayor');
});

test('a day between the clause\'s subject and its verb does not hide the subject from a later cue', () => {
  const a = only('The mayor on Friday held a press briefing to explain that the ferry was late.', 'to explain');
  assert.equal(a.source?.text, 'The mayor');
});

test('after "have" or "be" with its object, an infinitive cue takes the clause\'s subject', () => {
  const a = only('Harbour officials have no evidence to suggest that the ferry was late.', 'to suggest');
  assert.equal(a.source?.text, 'Harbour officials');
  const b = only('Ruth Calder was the first pilot to argue that the ferry was unsafe.', 'to argue');
  assert.equal(b.source?.text, 'Ruth Calder');
});

test('"citing" a thing someone owns cites a reason, not a source', () => {
  const a = only('\u201cThe ferry is late again,\u201d the mayor said, citing her long experience.', 'citing');
  assert.equal(a.source?.text, 'the mayor');
  assert.deepEqual(contents(a), ['her long experience']);
  const b = only('\u201cThe ferry is late again,\u201d the mayor said, citing Ruth Calder\u2019s safety record.', 'citing');
  assert.equal(b.source?.text, 'the mayor');
  // A name cited is the source the speaker relays.
  const c = only('\u201cThe ferry is late again,\u201d the newspaper reported, citing Ruth Calder.', 'citing');
  assert.equal(c.source?.text, 'Ruth Calder');
});

test('a relative pronoun is the source across an adverbial or an aside before its verb', () => {
  const byCue = (text: string, cue: string) => attributionsOf(text).find((a) => a.cue.text === cue)!;
  assert.equal(byCue('Ruth Calder, who on Tuesday endorsed the mayor, said the ferry was late.', 'endorsed').source?.text, 'who');
  assert.equal(byCue('Ruth Calder, who in the past has criticized the mayor, said the ferry was late.', 'has criticized').source?.text, 'who');
  assert.equal(byCue('The union, which through the winter consistently supported the mayor, said the ferry was late.', 'consistently supported').source?.text, 'which');
  assert.equal(byCue('Ruth Calder, who, on a call Friday, criticized the mayor, said the ferry was late.', 'criticized').source?.text, 'who');
  // A pronoun after a preposition is no subject.
  assert.equal(byCue('The pier, at which all the pilots praised the mayor, was closed.', 'praised').source?.text, 'all the pilots');
});

test('an opening measure of time with "later", "ago" or "before" is no subject of a participle cue', () => {
  const a = only('Hours later, the mayor returned to the pier, telling reporters that the ferry was late.', 'telling');
  assert.equal(a.source?.text, 'the mayor');
  const b = only('But a few days later, Ruth Calder reversed herself again, saying the ferry was late.', 'saying');
  assert.equal(b.source?.text, 'Ruth Calder');
});

test('a relative pronoun cut off by an aside ends a source named after its cue', () => {
  const a = only('\u201cThe ferry is late,\u201d said Ruth Calder, a pilot, who, like many others, left the union.', 'said');
  assert.equal(a.source?.text, 'Ruth Calder, a pilot');
});
