import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/pipeline.js';
import type { Attribution } from '../src/attribute/index.js';
import { attributionsOf, contents, only } from './support/attributions.js';

// Which frame holds which: a frame's content never reaches across a clause it cannot govern. Hand-written
// sentences, none from a corpus.

test('a relative clause\'s verb frames nothing before its antecedent: "X, who has endorsed Y, said ..."', () => {
  const text = 'Speaking on a radio show, Rep. Anna Berg, who has endorsed the mayor, said the budget was far too small.';
  const endorsed = only(text, 'has endorsed');
  assert.deepEqual(contents(endorsed), ['the mayor']);
  const said = only(text, 'said');
  assert.equal(said.parent, undefined, 'the saying is nested in no other attribution');
  assert.deepEqual(contents(said), ['the budget was far too small']);
});

test('a single quotation mark opening the content is in it; an apostrophe is not', () => {
  assert.deepEqual(contents(only("Local officials fear 'the bridge is failing.'", 'fear')), ["'the bridge is failing.'"]);
  assert.deepEqual(contents(only('She said \u2018no deal\u2019 was possible.', 'said')), ['\u2018no deal\u2019 was possible']);
});

test('"asked X if/whether/which ...": the question after the listener opens the content', () => {
  assert.deepEqual(contents(only('The reporter asked the mayor if she had read the report.', 'asked')), ['if she had read the report']);
  assert.deepEqual(contents(only('The paper asked its readers which plan they preferred.', 'asked')), ['which plan they preferred']);
  assert.deepEqual(contents(only('Officials asked him whether the school would open.', 'asked')), ['whether the school would open']);
});

test('"rejected the notion that ...", "cited polls that ...": the noun before the clause is in the content', () => {
  assert.deepEqual(contents(only('The minister rejected the notion that the budget was too small.', 'rejected')), ['the notion that the budget was too small']);
  assert.deepEqual(contents(only('The mayor cited polls that show her well ahead.', 'cited')), ['polls that show her well ahead']);
  // a listener or a day before "that" is neither
  assert.deepEqual(contents(only('The mayor told reporters that the school would open.', 'told')), ['that the school would open']);
  assert.deepEqual(contents(only('The mayor said Tuesday that the school would open.', 'said')), ['that the school would open']);
});

test('"X, <appositive>, said <clause>": the subject with its appositive is the source, not an inverted content', () => {
  const said = only('Jane Roe, a housing lawyer in the city, said there are too few shelters.', 'said');
  assert.equal(said.source?.text, 'Jane Roe, a housing lawyer in the city,');
  assert.deepEqual(contents(said), ['there are too few shelters']);
  const text = 'Several leading city council candidates, including Anna Berg and Councilmen Tom Ray and Al Fox, criticized the closure.';
  const criticized = only(text, 'criticized');
  assert.equal(criticized.source?.text, 'Several leading city council candidates, including Anna Berg and Councilmen Tom Ray and Al Fox,');
  assert.deepEqual(contents(criticized), ['the closure']);
  // an inverted frame keeps its content before the comma
  const inverted = only('The school is closing, said Jane Roe.', 'said');
  assert.equal(inverted.source?.text, 'Jane Roe');
  assert.deepEqual(contents(inverted), ['The school is closing']);
});

test('a participle after a quotation\'s closing comma takes the clause\'s subject and the words after it', () => {
  const text = 'The mayor said the budget “would be settled by June,” referring to the council’s last session.';
  const referring = only(text, 'referring to');
  assert.equal(referring.source?.text, 'The mayor');
  assert.deepEqual(contents(referring), ['the council’s last session']);
  assert.equal(only(text, 'said').parent, undefined, 'the saying is nested in no other attribution');
});

test('a verb after "and" whose subject the word rules miss (a parenthesis after the name) shares the first verb\'s subject, read on the tree', () => {
  const said = only('Gov. Ann Lee (D) criticized the council and said the budget was unfair.', 'said');
  assert.equal(said.source?.text, 'Gov. Ann Lee (D)');
  assert.deepEqual(contents(said), ['the budget was unfair']);
});

test('a name the tagger misreads at the sentence start still opens a subject with its appositive', () => {
  const warned = only('Josh Hendler, a top Democratic tech operative, warned Saturday that the move was wrong.', 'warned');
  assert.equal(warned.source?.text, 'Josh Hendler, a top Democratic tech operative,');
  assert.deepEqual(contents(warned), ['that the move was wrong']);
});

test('a capitalised cue word before another capitalised word inside a sentence is part of a name, not in a title-case headline', () => {
  const said = only('The council’s spokeswoman Hope Miller said the vote was fair.', 'said');
  assert.equal(said.source?.text, 'The council’s spokeswoman Hope Miller');
  assert.equal(attributionsOf('The council’s spokeswoman Hope Miller said the vote was fair.').length, 1);
  const headline = analyze({ text: 'Mayor Says Council Lied About Budget\n\nBERLIN (Reuters) - The vote was close.', date: '2022-03-01' }).attributions as Attribution[];
  assert.deepEqual(headline.map((a) => a.cue.text), ['Says']);
});

test('an opening curly mark used to close a quotation ("“Not yet,“ he said.") closes it', () => {
  const said = only('The vote was close. \u201cNot yet,\u201c he said.', 'said');
  assert.equal(said.source?.text, 'he');
  assert.deepEqual(contents(said), ['\u201cNot yet,\u201c']);
});

test('"those surveyed say": a participle closing the subject right before the cue is in the source', () => {
  const say = only('By wide margins, those surveyed say the new bridge is needed.', 'say');
  assert.equal(say.source?.text, 'those surveyed');
  assert.deepEqual(contents(say), ['the new bridge is needed']);
});

test('a content set around its frame goes on after ", but": "A, she said, but B"', () => {
  const said = only('The new bridge would ease traffic, the mayor said, but it would also cost more than planned.', 'said');
  assert.deepEqual(contents(said), ['The new bridge would ease traffic', 'but it would also cost more than planned']);
});

test('"<content>, Name, Title of Something, said on Sunday": the name and its title are the source, what goes before the content', () => {
  const text = "The minister's visit to Lima, very useful and of lasting value, setting a course for closer ties, Ana Ruiz, Visiting Professor of Northern University of Law, said on Sunday.";
  const said = only(text, 'said');
  assert.match(said.source?.text ?? '', /^Ana Ruiz, Visiting Professor of Northern University of Law/);
  assert.match(contents(said)[0] ?? '', /^The minister's visit to Lima, very useful .* closer ties$/);
  // A sentence that opens with the name keeps it as the frame's subject.
  assert.match(only('Grant Young, a strategist, said on Sunday.', 'said on').source?.text ?? '', /^Grant Young, a strategist/);
});

test('a participle opening the sentence after a quotation is no inverted frame of it: "“…” Asked about X, he said"', () => {
  const text = 'The mayor said, \u201cthe school will open.\u201d Asked about the budget, she said nothing.';
  assert.equal(attributionsOf(text).filter((a) => a.content.some((c) => c.text.includes('school'))).length, 1, 'the quotation has one frame: the mayor said');
  assert.deepEqual(contents(only(text, 'Asked about')), ['the budget']);
  // A cue that opens the sentence with its source after it still frames the quotation before it.
  assert.deepEqual(contents(only('\u201cWe will not pay.\u201d Said the minister: \u201cNever.\u201d', 'Said')), ['\u201cWe will not pay.\u201d', '\u201cNever.\u201d']);
});

test('a quotation right before "he said of/on/to …" is the content; the phrase after the cue is not', () => {
  const text = 'The council met on Monday. \u201cWe will build it,\u201d the mayor said of the bridge. \u201cIt will take two years.\u201d';
  const said = only(text, 'said');
  assert.equal(said.source?.text, 'the mayor');
  assert.deepEqual(contents(said), ['\u201cWe will build it,\u201d', '\u201cIt will take two years.\u201d']);
  const cheers = only('The vote was close. "We cannot just wait for them," she said to loud cheers in the hall.', 'said');
  assert.deepEqual(contents(cheers), ['"We cannot just wait for them,"']);
  const asked = only('The levy passed. "Why would we pay twice?" the tired, 58-year-old farmer asked about the new levy on grain.', 'asked');
  assert.deepEqual(contents(asked), ['"Why would we pay twice?"']);
  assert.equal(asked.source?.text, 'the tired, 58-year-old farmer');
  // A quotation closing the sentence before is no content of a frame that opens with a time: "“...!” This spring, X persuaded ..."
  assert.deepEqual(contents(only('She wrote that the plan was "Shameful!" This spring, Berg persuaded the board to drop it.', 'persuaded')).some((c) => c.includes('Shameful')), false);
});

test('a whole-sentence quotation later in the paragraph, no frame of its own, goes on with the frame before it', () => {
  const text = "The farms lie far apart. \u201cThose are some very small towns,\u201d Karl Berg said. They also lie far from any ''big'' city. \u201cThat is a tough area.\u201d";
  assert.deepEqual(contents(only(text, 'said')), ['\u201cThose are some very small towns,\u201d', '\u201cThat is a tough area.\u201d']);
  // Not past the paragraph's end, nor past another frame.
  const next = 'The farms lie far apart. \u201cThose are some very small towns,\u201d Karl Berg said. They also lie far from any city.\n\n\u201cThat is a tough area.\u201d';
  assert.deepEqual(contents(only(next, 'said')), ['\u201cThose are some very small towns,\u201d']);
  const other = 'The farms lie far apart. \u201cThose are some very small towns,\u201d Karl Berg said. Anna Holm thinks the roads are bad. \u201cThat is a tough area.\u201d';
  assert.deepEqual(contents(only(other, 'said')), ['\u201cThose are some very small towns,\u201d']);
});

test('an inverted frame closes its clause before a long phrase situating the saying: "X, she said in a video message to the meeting"', () => {
  const said = only('The union had won the biggest pay rise in years, she said in a video message to the annual meeting of delegates.', 'said');
  assert.deepEqual(contents(said), ['The union had won the biggest pay rise in years']);
  assert.equal(said.source?.text, 'she');
});

test('"X was quoted as saying by Y": X is the source, the cue runs to "saying", Y relays it; not X as what is quoted', () => {
  const text = 'The tariffs will be lifted next month, trade minister Anna Berg was quoted as saying by the Baltic news agency.';
  const quoted = only(text, 'was quoted as saying');
  assert.equal(quoted.source?.text, 'trade minister Anna Berg');
  assert.deepEqual(contents(quoted), ['The tariffs will be lifted next month']);
  assert.ok(quoted.chain.some((l) => /Baltic news agency/.test(l.name)), quoted.chain.map((l) => l.name).join(' → '));
  const after = only('Trade minister Anna Berg was quoted as saying that the tariffs would be lifted.', 'was quoted as saying');
  assert.equal(after.source?.text, 'Trade minister Anna Berg');
  assert.deepEqual(contents(after), ['that the tariffs would be lifted']);
});

test('"citing" after a clause with no cue of its own is that clause subject\'s cue, the thing cited its content', () => {
  const a = only('The ferry company cancelled the night crossings, citing a shortage of trained crews.', 'citing');
  assert.equal(a.source?.text, 'The ferry company');
  assert.deepEqual(contents(a), ['a shortage of trained crews']);
  const b = only('Ms. Lund, citing new harbour figures, said the fares would rise.', 'citing');
  assert.equal(b.source?.text, 'Ms. Lund');
  assert.deepEqual(contents(b), ['new harbour figures']);
});

test('a gerund cue after "by", "after" or "before" has the clause\'s subject for its source', () => {
  const a = only('The harbour master closed the meeting by praising the night crews.', 'praising');
  assert.equal(a.source?.text, 'The harbour master');
  assert.deepEqual(contents(a), ['the night crews']);
  const b = only('Ms. Lund left the council after criticizing the new ferry fares.', 'criticizing');
  assert.equal(b.source?.text, 'Ms. Lund');
  assert.deepEqual(contents(b), ['the new ferry fares']);
});

test('"which she described as ...": the fronted relative pronoun and the "as" phrase are the content', () => {
  const a = only('The council passed the ferry levy, which the mayor described as a fair price for safety.', 'described');
  assert.equal(a.source?.text, 'the mayor');
  assert.deepEqual(contents(a), ['which', 'as a fair price for safety']);
  const b = only('The strike ended in what the dockers described as a partial victory.', 'described');
  assert.deepEqual(contents(b), ['what', 'as a partial victory']);
});

test('"were optimistic that ...", "remain hopeful that ...": an adjective of the mind before a "that" clause is a cue, its copula in it', () => {
  const optimistic = only('The union leaders were not optimistic that the talks would resume.', 'were not optimistic');
  assert.equal(optimistic.source?.text, 'The union leaders');
  assert.deepEqual(contents(optimistic), ['that the talks would resume']);
  const hopeful = only('But the farmers remain hopeful that the rain will come in time.', 'remain hopeful');
  assert.equal(hopeful.source?.text, 'the farmers');
  assert.deepEqual(contents(hopeful), ['that the rain will come in time']);
  // (not an adjective that is no predicate: "made sure that" is an act)
  assert.equal(attributionsOf('The clerk made sure that every ballot was counted.').length, 0);
});

test('"Critics point out that ...": a phrasal cue verb the tagger read as a noun is the verb before its particle and clause', () => {
  const point = only('Critics point out that the new bridge cost twice its budget.', 'point out');
  assert.equal(point.source?.text, 'Critics');
  assert.deepEqual(contents(point), ['that the new bridge cost twice its budget']);
  const points = only('The mayor points out that the school opened on time.', 'points out');
  assert.equal(points.source?.text, 'The mayor');
});

test('a saying verb opening the sentence before a name\'s phrase and a quotation: "Said Jo Lee, a pilot, “...”"', () => {
  const a = only('Said Jo Lee, a pilot from Dover, \u201cWe will fix the quay.\u201d', 'Said');
  assert.equal(a.source?.text, 'Jo Lee, a pilot from Dover,');
  assert.deepEqual(a.content.map((c) => c.text), ['\u201cWe will fix the quay.\u201d']);
  assert.equal(only('Says Ito: \u201cThe quay is safe.\u201d', 'Says').source?.text, 'Ito');
});

test('scare quotes inside a noun phrase are no quotation before an inverted frame: \'said the "harbour spy" told him …\'', () => {
  // (Before, "told" was read as an inverted frame of all that came before, its source "him the passport".)
  const found = attributionsOf('The skipper said the "harbour spy" told him the ledger had been found in a boat.');
  assert.ok(!found.some((a) => a.source?.text.startsWith('him')), JSON.stringify(found.map((a) => [a.source?.text, a.cue.text])));
  assert.deepEqual(contents(found.find((a) => a.cue.text === 'said')!), ['the "harbour spy" told him the ledger had been found in a boat']);
  // A quotation that opens the sentence still is, with no comma before the frame.
  assert.equal(only('"We will fix the quay" said the harbour master on Monday.', 'said').source?.text, 'the harbour master');
});
