import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';
import { attributionsOf, contents, only } from './support/attributions.js';

// Extents of sources, cues and contents that PolNeAR's flat annotation (each word in one attribution) asks for.
// Hand-written sentences, none from a corpus.

test('a relative clause in a source that is a saying of its own is left out of the source', () => {
  const text = 'Tom Harlow, who said he had voted for the mayor twice, said the new budget was a mistake.';
  const outer = attributionsOf(text).find((a) => a.cue.text === 'said' && a.content[0]?.text === 'the new budget was a mistake')!;
  assert.equal(outer.source?.text, 'Tom Harlow');
  // A relative clause that says nothing stays in the source.
  const plain = only('Tom Harlow, who runs a bakery in the old town, said the new budget was a mistake.', 'said');
  assert.equal(plain.source?.text, 'Tom Harlow, who runs a bakery in the old town,');
});

test('"in a statement" after the cue verb is part of the cue; "in an interview" is not', () => {
  const a = only('The harbour authority said in a statement that the ferry would resume on Monday.', 'said in a statement');
  assert.equal(a.source?.text, 'The harbour authority');
  assert.deepEqual(contents(a), ['that the ferry would resume on Monday']);
  const b = only('\u201cWe are ready,\u201d the coach wrote in an email to parents.', 'wrote in an email');
  assert.deepEqual(contents(b), ['\u201cWe are ready,\u201d']);
  const c = attributionsOf('The coach said in an interview that the team was ready.');
  assert.equal(c[0]?.cue.text, 'said');
});

test('an object between the cue and a comma: the frame is canonical, the opening phrase no content', () => {
  const a = only('In meeting after meeting, the mayor criticized the budget office, its director and its auditors.', 'criticized');
  assert.equal(a.source?.text, 'the mayor');
  assert.ok(!contents(a).some((c) => c.includes('meeting after meeting')), contents(a).join(' | '));
  // A frame set inside the clause still takes the opening phrase ("The plan, he said, will fail").
  const b = only('The new bridge, the engineer told reporters, will open in May.', 'told');
  assert.deepEqual(contents(b), ['The new bridge', 'will open in May']);
});

test('a relative pronoun after a preposition ("in which she says") is no piece of the content', () => {
  const a = only('The council published a report in which the auditor says the budget is too small.', 'says');
  assert.deepEqual(contents(a), ['the budget is too small']);
  // Fronted out of the content, it is one: "the bridge, which he said the city would pay for".
  const b = only('They toured the bridge, which the mayor said the city would pay for.', 'said');
  assert.deepEqual(contents(b), ['which', 'the city would pay for']);
});

test('an evidential frame: the subject as a verb frame reads it, the hedged state to its first comma', () => {
  const a = only('The mayor of the northern town seemed ready to resign, but his allies disagreed.', 'seemed');
  assert.equal(a.source, undefined);
  assert.deepEqual(contents(a), ['The mayor of the northern town', 'ready to resign']);
});

test('a passive cue: its subject is the first piece of the content, the whole of it before a time', () => {
  const a = only('The old harbour was declared a protected site.', 'was declared');
  assert.deepEqual(contents(a), ['The old harbour', 'a protected site']);
  const b = only('Many of the new ballots were deemed invalid.', 'were deemed');
  assert.deepEqual(contents(b), ['Many of the new ballots', 'invalid']);
  const c = only('The zoning appeal was argued in January.', 'was argued');
  assert.deepEqual(contents(c), ['The zoning appeal']);
  // A listener is no content: "was asked if ...".
  const d = only('The minister was asked if the plan would work.', 'was asked');
  assert.deepEqual(contents(d), ['if the plan would work']);
});

test('a frame set inside its clause with the source after the cue: "The plan, said Smith, will fail"', () => {
  const a = only('The new ferry, said Hanna Berg, will cost twice as much.', 'said');
  assert.equal(a.source?.text, 'Hanna Berg');
  assert.deepEqual(contents(a), ['The new ferry', 'will cost twice as much']);
  // An appositive after the name still belongs to the source.
  const b = only('\u201cWe are ready,\u201d said Hanna Berg, a harbour pilot for the city.', 'said');
  assert.equal(b.source?.text, 'Hanna Berg, a harbour pilot for the city');
});

test('an outlet that passed a saying on after its frame is a link of its chain ("as quoted by", "according to")', () => {
  const text = 'Headline\n\nTOKYO (Sputnik) - \u201cThe harbour will reopen,\u201d the mayor said, as quoted by the Hokuto news agency.';
  const said = (analyze({ text, date: '2022-03-01' }).attributions as Attribution[]).find((a) => a.cue.text === 'said')!;
  assert.deepEqual(said.chain.map((l) => l.kind), ['said', 'reported', 'reported']);
  assert.equal(said.chain[1]!.name, 'Hokuto news agency');
  const text2 = 'Headline\n\nTOKYO (Sputnik) - The harbour will reopen, the mayor said, according to the Hokuto news agency.';
  const all = analyze({ text: text2, date: '2022-03-01' }).attributions as Attribution[];
  const said2 = all.find((a) => a.cue.text === 'said')!;
  const according = all.find((a) => a.cue.text === 'according to')!;
  assert.equal(said2.parent, according.id);
  assert.deepEqual(contents(according), ['The harbour will reopen']);
});

test('an inverted frame after a name and a long title: the name and title are the source, the clause before the content', () => {
  const a = only('The ferry will run again next month, Ingrid Holm, head of the harbour office and a former ship captain, said on Sunday.', 'said');
  assert.equal(a.source?.text, 'Ingrid Holm, head of the harbour office and a former ship captain,');
  assert.deepEqual(contents(a), ['The ferry will run again next month']);
});

test('a present participle cue opening the sentence: the main clause\'s subject is its source, its content ends there', () => {
  const a = only('Noting that only two ferries still ran, the harbour master added: \u201cWe need more boats.\u201d', 'Noting');
  assert.equal(a.source?.text, 'the harbour master');
  assert.deepEqual(contents(a), ['that only two ferries still ran']);
  // "Asked ..." is passive: the main clause's subject is the one asked, no source.
  const b = only('Asked whether the ferries would run, the harbour master said they would.', 'Asked');
  assert.equal(b.source, undefined);
});

test('"Asked by X to ...": the agent of an opening passive participle is its source', () => {
  const a = only('Asked by a reporter to explain the delay, the harbour master said the boats were late.', 'Asked');
  assert.equal(a.source?.text, 'a reporter');
  assert.deepEqual(contents(a), ['to explain the delay']);
});

test('"when asked about X" inside a sentence: no source (the phrase before is not the asker), "when" out of the cue', () => {
  const text = '\u201cWe are ready,\u201d the harbour master told the radio station on Monday when asked about the delays.';
  const a = attributionsOf(text).find((x) => x.cue.text === 'asked about')!;
  assert.equal(a.source, undefined);
  assert.deepEqual(contents(a), ['the delays']);
  // "once" before a verb is an adverb, not an opener: "who once praised the plan" keeps its source.
  const b = only('The senator, who once praised the plan, now opposes it.', 'once praised');
  assert.equal(b.source?.text, 'who');
});

test('a listener ends before a question word: "told reporters what she wanted"', () => {
  const a = only('The mayor told reporters what she wanted from the talks.', 'told');
  assert.deepEqual(contents(a), ['what she wanted from the talks']);
});

test('an evidential before an infinitive keeps "it" and "there" as its subject; before "that" they are empty', () => {
  assert.deepEqual(contents(only('It appeared to calm the markets.', 'appeared')), ['It', 'to calm the markets']);
  assert.deepEqual(contents(only('There seems to be more interest in the ferry.', 'seems')), ['There', 'to be more interest in the ferry']);
  assert.deepEqual(contents(only('It seems that the ferry will run.', 'seems')), ['that the ferry will run']);
});

test('a relative clause set off by commas on the content\'s subject, its verb after it, does not end the content', () => {
  const a = only('The mayor said that the engineers, who inspected the bridge last week, will close the road.', 'said');
  assert.deepEqual(contents(a), ['that the engineers, who inspected the bridge last week, will close the road']);
  // One on the content's last noun, after its verb, still ends it.
  const b = only('The mayor said that the engineers inspected the bridge, which opened in 1960.', 'said');
  assert.deepEqual(contents(b), ['that the engineers inspected the bridge']);
  // The subject of the content's inner "that" clause, after the content's first verb; a quotation after the closing comma.
  const c = only('The mayor said her office has found that the cables, which were laid in 1960, are still sound.', 'said');
  assert.deepEqual(contents(c), ['her office has found that the cables, which were laid in 1960, are still sound']);
  const d = only('The mayor said the bridge, which opened in 1960, \u201cwill stand for another century.\u201d', 'said');
  assert.deepEqual(contents(d), ['the bridge, which opened in 1960, \u201cwill stand for another century.\u201d']);
});

test('a source after its cue goes on over a hyphenated word: "said Ohio-based engineer Mary Stone"', () => {
  const a = only('\u201cThe bridge will hold,\u201d said Ohio-based engineer Mary Stone.', 'said');
  assert.equal(a.source?.text, 'Ohio-based engineer Mary Stone');
});

test('a "that" before an opening quotation mark opens the content past a situating phrase', () => {
  const a = only('The harbour master said at a meeting on Monday that \u201cthe ferry will run again.\u201d', 'said');
  assert.deepEqual(contents(a), ['that \u201cthe ferry will run again.\u201d']);
});

test('a source before its cue keeps a hyphenated word, a name particle, a participle with its time, a quantity of a pronoun', () => {
  assert.equal(only('Right-wing parties say the ferry will run.', 'say').source?.text, 'Right-wing parties');
  assert.equal(only('De Blasio said the ferry would run.', 'said').source?.text, 'De Blasio');
  assert.equal(only('A poll released Sunday shows the ferry is popular.', 'shows').source?.text, 'A poll released Sunday');
  assert.equal(only('Many of you think the ferry will run.', 'think').source?.text, 'Many of you');
});

test('a name right after a verb\'s object noun opens a relative clause with no pronoun: the source starts at the name', () => {
  const a = only('Those are the reasons Mayor Smith believes the ferry will fail.', 'believes');
  assert.equal(a.source?.text, 'Mayor Smith');
  // A title before a name opening the clause stays in the source; so does a naming inside a noun phrase.
  assert.equal(only('Harbour director Anna White said the ferry would run.', 'said').source?.text, 'Harbour director Anna White');
  assert.equal(only('A columnist for the news site Ferryland said the ferry would run.', 'said').source?.text, 'A columnist for the news site Ferryland');
});

test('a source never starts with the conjunction that opens its clause after punctuation', () => {
  assert.equal(only('The ferry is late \u2014 and the harbour master says it will not run.', 'says').source?.text, 'the harbour master');
  assert.equal(only('And the harbour master says the ferry will not run.', 'says').source?.text, 'the harbour master');
});

test('a source does not reach back over a subordinator into an opening time phrase ("A few weeks after Smith announced")', () => {
  const a = attributionsOf('A few weeks after Smith announced the plan, the mayor said it would fail.').find((x) => x.cue.text === 'announced')!;
  assert.equal(a.source?.text, 'Smith');
});

test('a source does not reach back over a pronoun\'s contracted "is" ("That\'s why the mayor says")', () => {
  assert.equal(only('That\u2019s why the harbour master says the ferry will run.', 'says').source?.text, 'the harbour master');
  assert.equal(only('It\u2019s clear that the harbour master wants the ferry to run.', 'wants').source?.text, 'the harbour master');
});

test('an appositive naming more of the source ("including X", "along with X") stays in it', () => {
  assert.equal(only('Several engineers, including Anna White, said the bridge was safe.', 'said').source?.text, 'Several engineers, including Anna White,');
  assert.equal(only('Anna White, along with two other engineers, said the bridge was safe.', 'said').source?.text, 'Anna White, along with two other engineers,');
});

test('a content in an opening subordinate clause after a measure of time ends at its comma ("Years after X claimed ..., ...")', () => {
  const a = attributionsOf('Years after Smith claimed the ferry was safe, it sank in a storm.').find((x) => x.cue.text === 'claimed')!;
  assert.deepEqual(contents(a), ['the ferry was safe']);
});

test('a source after its cue takes the appositive past a party label ("said Sen. Jane Doe (D-Ohio), a member of ...")', () => {
  const a = only('\u201cThe bridge is safe,\u201d said Sen. Anna White (D-Ohio), a member of the transport committee.', 'said');
  assert.equal(a.source?.text, 'Sen. Anna White (D-Ohio), a member of the transport committee');
});

test('an object content ends before the saying\'s manner ("by" and a gerund) and before a second predicate after "but"', () => {
  assert.deepEqual(contents(only('The mayor criticized the new budget by pointing to its cost.', 'criticized')), ['the new budget']);
  const b = attributionsOf('The mayor praised the report but also left the meeting early.').find((x) => x.cue.text === 'praised')!;
  assert.deepEqual(contents(b), ['the report']);
});

test('a capitalised first name the tagger reads as a verb after a comma is part of the name ("In fact, Ted Harlow thinks")', () => {
  assert.equal(only('In fact, Ted Harlow thinks the ferry will run.', 'thinks').source?.text, 'Ted Harlow');
});

test('a passive agent ends before the question asked ("was asked by a radio host whether ...")', () => {
  assert.equal(only('The mayor was asked by a radio host whether the ferry would run.', 'was asked by').source?.text, 'a radio host');
});

test('a content cut before ", and <clause>" goes on when the tree coordinates the clause inside the content', () => {
  const a = only('Officials said the river had risen overnight, and residents should leave their homes.', 'said');
  assert.deepEqual(contents(a), ['the river had risen overnight, and residents should leave their homes']);
  // The writer's clause, coordinated with the frame, stays out.
  const b = only('The mayor said the new budget would fail, but the council approved it on Monday.', 'said');
  assert.deepEqual(contents(b), ['the new budget would fail']);
});

test('a phrase situating the saying before a quotation is no content; before a colon it is in the cue', () => {
  const a = only('The senator tweeted in response: \u201cThe budget is a disgrace.\u201d', 'tweeted in response:');
  assert.deepEqual(contents(a), ['\u201cThe budget is a disgrace.\u201d']);
  const b = only('The coach declared in the locker room, \u201cWe will win the cup.\u201d', 'declared');
  assert.deepEqual(contents(b), ['\u201cWe will win the cup.\u201d']);
});

test('an opening conjunction or subordinator is no part of a source with its appositive', () => {
  const a = only('As Jane Porter, a historian at the city museum, noted, \u201cThe bridge was built in 1890.\u201d', 'noted');
  assert.equal(a.source?.text, 'Jane Porter, a historian at the city museum,');
  const b = only('And the Harbour Trust, a local charity, called the plan reckless.', 'called');
  assert.equal(b.source?.text, 'the Harbour Trust, a local charity,');
});

test('a source whose noun phrase holds a participle starts where the tree\'s subject phrase does', () => {
  const a = only('A majority of the farmers looking for a new buyer say the price is too low.', 'say');
  assert.equal(a.source?.text, 'A majority of the farmers looking for a new buyer');
  const b = only('Parents of the children affected by the closure said the school had failed them.', 'said');
  assert.equal(b.source?.text, 'Parents of the children affected by the closure');
});

test('a bare noun naming the stance after "express"/"voice" is in the cue, with its preposition; the content follows', () => {
  const a = only('The harbour master expressed concern that the ferry would not run in winter.', 'expressed concern');
  assert.equal(a.source?.text, 'The harbour master');
  assert.deepEqual(contents(a), ['that the ferry would not run in winter']);
  const b = only('Several fishermen voiced anger at the new quota for cod.', 'voiced anger at');
  assert.deepEqual(contents(b), ['the new quota for cod']);
  // A noun with its own determiner is the content: "expressed the town's gratitude".
  const c = attributionsOf("The mayor expressed the town's gratitude to the volunteers.");
  assert.equal(c[0]?.cue.text, 'expressed');
});

test('the verb group governing a possessive\'s statement noun is in the noun\'s cue ("has stepped up his attacks on")', () => {
  const a = only('The harbour master has stepped up his attacks on the ferry company.', 'has stepped up his attacks on');
  assert.equal(a.source?.text, 'The harbour master');
  assert.deepEqual(contents(a), ['the ferry company']);
});

test('a gerund cue after "by" right after its clause\'s verb takes the verb group into the cue ("began by saying")', () => {
  const a = only('The harbour master began by saying that the ferry would be late.', 'began by saying');
  assert.equal(a.source?.text, 'The harbour master');
  assert.deepEqual(contents(a), ['that the ferry would be late']);
  // With an object between, the verb says nothing of how the saying went: "surprised the crew by saying".
  assert.equal(attributionsOf('The harbour master surprised the crew by saying that the ferry would be late.')[0]?.cue.text, 'saying');
});

test('"ask for" is one cue; what is asked for is the content', () => {
  const a = only('The dock workers asked for a second vote on the contract.', 'asked for');
  assert.equal(a.source?.text, 'The dock workers');
  assert.deepEqual(contents(a), ['a second vote on the contract']);
});

test('a preposition after a cue that takes a listener opens no listener ("warned of delays")', () => {
  const a = only('The harbour master warned of long delays at the northern port.', 'warned of');
  assert.deepEqual(contents(a), ['long delays at the northern port']);
});
