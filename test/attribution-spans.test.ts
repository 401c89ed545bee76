import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';

// Span conventions of attribution corpora (PolNeAR, PARC): the whole source phrase, the content without the
// frame, quotations going on after "he said". Hand-written sentences, none from a corpus.

test('an appositive source is the whole phrase, its closing comma included; the chain names its head', () => {
  const a = only('Maria Lopez, a spokeswoman for the city council, said the vote would take place next week.', 'said');
  assert.equal(a.source?.text, 'Maria Lopez, a spokeswoman for the city council,');
  assert.deepEqual(contents(a), ['the vote would take place next week']);
  assert.equal(a.chain[0]?.name, 'Maria Lopez');
});

test('"said X, <appositive>" after a quotation, and a participle sharing its subject', () => {
  // The comma before the participle closes the appositive, as PolNeAR's annotators mostly span it.
  const text = '\u201cThe talks went well,\u201d said Paul Meyer, the chief negotiator, adding that a deal was near.';
  const said = only(text, 'said');
  assert.equal(said.source?.text, 'Paul Meyer, the chief negotiator,');
  assert.deepEqual(contents(said), ['\u201cThe talks went well,\u201d']);
  const adding = only(text, 'adding');
  assert.equal(adding.source?.text, 'Paul Meyer, the chief negotiator,');
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

test('an evidential "seems"/"appears" hedges its subject: subject and complement are the content, no source', () => {
  const text = 'The new bridge seemed to be sinking into the river. It appears, however, that the engineers knew. The mayor seemed to blame the builders.';
  const found = attributionsOf(text);
  const sinking = found.find((a) => a.cue.text === 'seemed' && a.content.some((c) => c.text === 'The new bridge'));
  assert.ok(sinking, 'the hedged subject is content');
  assert.equal(sinking.source, undefined);
  assert.deepEqual(sinking.content.map((c) => c.text), ['The new bridge', 'to be sinking into the river']);
  const knew = found.find((a) => a.cue.text === 'appears');
  assert.deepEqual(knew?.content.map((c) => c.text), ['that the engineers knew'], 'an expletive "it" is not content');
  const blame = found.find((a) => a.cue.text === 'seemed to blame');
  assert.equal(blame?.source?.text, 'The mayor', 'a hedged cue verb keeps its subject as source');
});

test('no cue: "means" draws a consequence, a possessive\'s participle is an adjective, a reporter\'s credit line', () => {
  const text = 'The vote means that the bill will pass. The mayor\u2019s reported income rose. Anna Berg reported from Hamburg. The minister stated that taxes would fall.';
  const cues = attributionsOf(text).map((a) => a.cue.text);
  assert.deepEqual(cues, ['stated']);
});

test('an inverted frame closed by a cue the tagger reads as a noun, and a bare clause opened by "it"', () => {
  const shown = only('Most of the money arrived in March, new campaign filings show.', 'show');
  assert.equal(shown.source?.text, 'new campaign filings');
  assert.deepEqual(contents(shown), ['Most of the money arrived in March']);
  const believed = only('The engineers believe it will hold for another decade.', 'believe');
  assert.deepEqual(contents(believed), ['it will hold for another decade']);
});

test('"calling it <quotation>": "it" is the object a quotation describes', () => {
  const calling = only('The mayor criticised the budget on Monday, calling it \u201creckless.\u201d', 'calling');
  assert.equal(calling.source?.text, 'The mayor');
  assert.deepEqual(contents(calling), ['it \u201creckless.\u201d']);
});

test('verbs of talking take their topic as the content ("talked about", "pointed to", "discussed")', () => {
  const talked = only('The governor talked about the flood defences.', 'talked about');
  assert.equal(talked.source?.text, 'The governor');
  assert.deepEqual(contents(talked), ['the flood defences']);
  const pointed = only('Critics pointed to the rising cost of the tunnel.', 'pointed to');
  assert.deepEqual(contents(pointed), ['the rising cost of the tunnel']);
});

test('"citing" a source is a link of the chain and no content; "citing" a reason is the speaker\'s own cue', () => {
  const found = attributionsOf('The newspaper said, citing two unnamed officials, that the talks had failed. \u201cWe are worried,\u201d the mayor said, citing rising rents and falling wages.');
  const said = found.find((a) => a.cue.text === 'said' && a.source?.text === 'The newspaper');
  assert.deepEqual(said?.content.map((c) => c.text), ['that the talks had failed']);
  const cited = found.find((a) => a.cue.text === 'citing' && a.source?.text === 'two unnamed officials');
  assert.ok(cited, 'the officials are cited');
  assert.equal(cited.parent, said?.id);
  const reason = found.find((a) => a.cue.text === 'citing' && a.source?.text === 'the mayor');
  assert.deepEqual(reason?.content.map((c) => c.text), ['rising rents and falling wages']);
  assert.ok(!found.some((a) => a.source?.text === 'rising rents'), 'a reason is not a source');
});

test('a contracted auxiliary ("He\u2019s also praising", "she\'s said") belongs to the cue, not to the source', () => {
  const praising = only('He\u2019s also praising the new coach.', '\u2019s also praising');
  assert.equal(praising.source?.text, 'He');
  const said = only("She's said the plan is dead.", "'s said");
  assert.equal(said.source?.text, 'She');
  assert.deepEqual(contents(said), ['the plan is dead']);
});

test('a passive without its agent and a raising verb have no source; a subject that feels something has one', () => {
  assert.equal(only('The plant is expected to close by June.', 'is expected').source, undefined);
  assert.equal(only('A deal appears likely.', 'appears').source, undefined);
  assert.equal(only('Mr. Black is convinced that the deal will hold.', 'is convinced').source?.text, 'Mr. Black');
  assert.equal(only('The mayor seemed to blame the council for the delay.', 'seemed to blame').source?.text, 'The mayor');
});

test('a personal pronoun source takes no words before it', () => {
  assert.equal(only('Tuesday night he said the plan would fail.', 'said').source?.text, 'he');
});

test('a dash between words ends the source phrase', () => {
  assert.equal(only('Few expected the rally to be calm -- the police said it was.', 'said').source?.text, 'the police');
  assert.equal(only('The count ran late on Saturday \u2014 Smith claimed victory.', 'claimed').source?.text, 'Smith');
});

test('"after" does not join two noun phrases into one source', () => {
  assert.equal(only('The protest began a day after the governor announced that the plant would close.', 'announced').source?.text, 'the governor');
});

test("a participle's source is the subject of its clause, not a possessive or an object before it", () => {
  assert.equal(only('She escalated her criticism on Tuesday, telling reporters that the plan was reckless.', 'telling').source?.text, 'She');
  assert.equal(only('He sent a long memo to the board explaining that the merger was off.', 'explaining').source?.text, 'He');
  assert.equal(only('On Monday, Jane Doe, a lawyer for the family, filed the suit, saying the police had lied.', 'saying').source?.text, 'Jane Doe, a lawyer for the family,');
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

test('"reportedly"/"allegedly" pass on an unnamed source\'s claim: the clause around the adverb is the content', () => {
  const found = attributionsOf('The ministry is reportedly preparing new sanctions. The driver allegedly ignored the signal. She reportedly told aides that she would resign.');
  const preparing = found.find((a) => a.cue.text === 'reportedly' && a.content[0]?.text === 'The ministry is');
  assert.deepEqual(preparing?.content.map((c) => c.text), ['The ministry is', 'preparing new sanctions']);
  assert.equal(preparing?.source, undefined);
  assert.ok(found.some((a) => a.cue.text === 'allegedly'));
  assert.ok(found.some((a) => a.cue.text === 'reportedly told' && a.source?.text === 'She'), 'before a cue verb the adverb is part of its cue');
  assert.equal(found.filter((a) => a.cue.text === 'reportedly').length, 1);
});

test('"made it clear", "as X put it", and a "that" clause after a few words situating the saying', () => {
  const clear = only('The mayor made it clear to the council that she would veto the budget.', 'made it clear');
  assert.equal(clear.source?.text, 'The mayor');
  assert.deepEqual(contents(clear), ['that she would veto the budget']);
  const put = only('As one analyst put it, \u201cThe money is gone.\u201d', 'put it');
  assert.equal(put.source?.text, 'one analyst');
  assert.deepEqual(contents(put), ['\u201cThe money is gone.\u201d']);
});

test('a quantity "points to <number>" is no cue', () => {
  assert.deepEqual(attributionsOf('The index fell 23 points to 6661.89 on Thursday, and the bank raised its rate by a quarter point to 2%.'), []);
});

test('a verb coordinated with an earlier one shares its subject, appositives and adverbs included', () => {
  assert.equal(only('Jane Doe, a lawyer for the family, filed the suit and said the police had lied.', 'said').source?.text, 'Jane Doe, a lawyer for the family,');
  assert.equal(only('Smith quietly shook hands and said the talks were over.', 'said').source?.text, 'Smith');
});

test('an aside set off by commas after the subject is not the source; an appositive is', () => {
  assert.equal(only('The senator, however, said the bill was dead.', 'said').source?.text, 'The senator');
  assert.equal(only('Jane Doe, a lawyer for the family, speaking to reporters on Monday, said the police had lied.', 'said').source?.text, 'Jane Doe, a lawyer for the family');
  assert.equal(only('Ann Lee, 34, of Dayton, Ohio, said she would vote.', 'said').source?.text, 'Ann Lee, 34, of Dayton, Ohio,');
});

test('a source after its cue goes on through prepositional phrases, a relative clause and its appositive', () => {
  assert.equal(only('\u201cWe will win,\u201d said the chief of staff to the mayor.', 'said').source?.text, 'the chief of staff to the mayor');
  assert.equal(only('\u201cWe will win,\u201d said a party official who supports the mayor.', 'said').source?.text, 'a party official who supports the mayor');
  assert.equal(only('\u201cWe will win,\u201d said Jane Doe, a pollster for the party, referring to the vote.', 'said').source?.text, 'Jane Doe, a pollster for the party,');
  assert.equal(only('\u201cWe will win,\u201d said Guido Marquez, managing director of the fund.', 'said').source?.text, 'Guido Marquez, managing director of the fund');
});

test('a list of names crosses its commas; a clause after ", and" or an opening phrase does not', () => {
  assert.equal(only('The count was slow, and the agency said the result would come late.', 'said').source?.text, 'the agency');
  assert.equal(only('Smith, Jones, and Brown said the plan was dead.', 'said').source?.text, 'Smith, Jones, and Brown');
  assert.equal(only('In 2007, a study by Smith of Yale and Jones of Duke found that the rule failed.', 'found').source?.text, 'a study by Smith of Yale and Jones of Duke');
});

test('the subject of a relative clause with no pronoun is the source, not the noun before it', () => {
  assert.equal(only('Rain was the one thing the farmers said they needed.', 'said').source?.text, 'the farmers');
});

test('a participle before its noun is inside the source phrase', () => {
  assert.equal(only('Still, 52 percent of registered voters say the economy is weak.', 'say').source?.text, '52 percent of registered voters');
});

test('a name after the cue that the tagger reads as a verb is the source', () => {
  assert.equal(only('\u201cIt was a gaffe,\u201d said Sue Marlow, a retired teacher.', 'said').source?.text, 'Sue Marlow, a retired teacher');
  assert.equal(only('\u201cIt was a gaffe,\u201d said Don Ytter.', 'said').source?.text, 'Don Ytter');
});

test("a participle shares the source of the sentence's outer frame, not of one nested in its content", () => {
  const text = 'Carson said he plans to visit Libya in May, insisting that the trip was safe.';
  assert.equal(only(text, 'insisting').source?.text, 'Carson');
});

test('a source after its cue stops before a phrase that situates the saying; a passive agent before "for"', () => {
  assert.equal(only('\u201cWe will win,\u201d said Jane Doe, the party chair, on Monday.', 'said').source?.text, 'Jane Doe, the party chair,');
  assert.equal(only('The plan was criticized by rivals for its cost.', 'was criticized by').source?.text, 'rivals');
});

test('an opening participle phrase is not the source; noun phrases set off by commas before an inverted cue are', () => {
  const reid = only('Alarmed by the unrest, Senator Jane Reid, the minority leader, said that she spoke with the governor.', 'said');
  assert.equal(reid.source?.text, 'Senator Jane Reid, the minority leader,');
  const white = only('The tool was used in times of crisis, a spokeswoman, Anna White, said on Saturday.', 'said');
  assert.equal(white.source?.text, 'a spokeswoman, Anna White,');
  assert.deepEqual(contents(white), ['The tool was used in times of crisis']);
});

test('a floating quantifier after the subject belongs to the cue', () => {
  const a = only('Richards and Menendez both stressed that the talks had failed.', 'both stressed');
  assert.equal(a.source?.text, 'Richards and Menendez');
});

test('a dateline before a dash or a time phrase opening the sentence is not the source', () => {
  assert.equal(only('The vote was close.\n\nWASHINGTON \u2014 Jane Doe argued on Saturday that the vote was rigged.', 'argued').source?.text, 'Jane Doe');
  assert.equal(only('Last week, Jane Doe, a lawyer for the family, said the police had lied.', 'said').source?.text, 'Jane Doe, a lawyer for the family,');
  assert.equal(only('At the same time, Smith and his allies argue that the rules are unfair.', 'argue').source?.text, 'Smith and his allies');
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

test('a time or a channel right after the cue is neither cue nor content', () => {
  assert.deepEqual(contents(only('The minister announced on Monday a new tax on sugar.', 'announced')), ['a new tax on sugar']);
  assert.deepEqual(contents(only('The mayor said Tuesday night her budget was balanced.', 'said')), ['her budget was balanced']);
  assert.deepEqual(contents(only('The governor wrote on Facebook last week that the bridge would reopen.', 'wrote')), ['that the bridge would reopen']);
  assert.deepEqual(contents(only('The union commented on the new contract.', 'commented on')), ['the new contract']);
});

test('a verb form between an article and a noun is an adjective, no cue', () => {
  const found = attributionsOf('The council debated the proposed parking fees. A widely read newsletter said the fees were a scandal. An added benefit is cleaner air.');
  assert.deepEqual(found.map((a) => a.cue.text), ['said']);
});

test('"see", "find", "maintain", "add" ... are cues with a proposition, not with a bare object', () => {
  const found = attributionsOf('The bakery saw its profits fall last year. The firm added 300 jobs. The club maintained a narrow lead. The mayor saw the strike as a test of her authority. A survey found the mayor ahead. The judge found the excuse “absurd”. The mayor maintained that the budget was sound. She added: “We will manage.”');
  assert.deepEqual(found.map((a) => a.cue.text), ['saw', 'found', 'found', 'maintained', 'added:']);
  assert.deepEqual(contents(found[0]!), ['the strike as a test of her authority']);
});

test('"state(s)" and "suspect(s)" that double as nouns are cues only with a proposition', () => {
  const found = attributionsOf('Police held two terror suspects without charge. Primaries in five states and the capital took place. The police suspect that the fire was arson. The charter states that members must vote.');
  assert.deepEqual(found.map((a) => a.cue.text), ['suspect', 'states']);
});

test('a cue verb read as a noun after a standing quantifier or before a gerund or number; "thanks to" is a preposition', () => {
  const found = attributionsOf('Some view the tax as a burden. Most farmers support lowering the tariff. Surveys show 40 percent of voters back the mayor. Exports grew thanks to a “strong recovery” in rubber.');
  assert.deepEqual(found.filter((a) => !a.parent).map((a) => [a.source?.text, a.cue.text]), [['Some', 'view'], ['Most farmers', 'support'], ['Surveys', 'show']]);
});

test('"to" and a listener before a clause or a quotation are neither cue nor content', () => {
  assert.deepEqual(contents(only('The union wrote to the head of the agency that the talks had failed.', 'wrote')), ['that the talks had failed']);
  assert.deepEqual(contents(only('The mayor said to the crowd: \u201cWe will rebuild.\u201d', 'said')), ['\u201cWe will rebuild.\u201d']);
});

test('a "wh" word after the cue opens the content', () => {
  assert.deepEqual(contents(only('The minister asked how the city would pay for the bridge.', 'asked')), ['how the city would pay for the bridge']);
  assert.deepEqual(contents(only('Nobody knows what she will do next.', 'knows')), ['what she will do next']);
});

test('a time that is the subject of the content is no adjunct', () => {
  assert.deepEqual(contents(only('The bakery said the year had begun well.', 'said')), ['the year had begun well']);
  assert.deepEqual(contents(only('Analysts said January\u2019s figures were weak.', 'said')), ['January\u2019s figures were weak']);
  assert.deepEqual(contents(only('The clerk said Monday was the deadline.', 'said')), ['Monday was the deadline']);
});

test('a quotation opened inside a content goes on to its closing mark, over the sentence end inside it', () => {
  const a = only('The mayor said the budget was \u201ca fair start. We will do more next year.\u201d', 'said');
  assert.deepEqual(contents(a), ['the budget was \u201ca fair start. We will do more next year.\u201d']);
  // a quotation closed inside the clause changes nothing
  const b = only('The mayor said the budget was \u201ca fair start\u201d for the city.', 'said');
  assert.deepEqual(contents(b), ['the budget was \u201ca fair start\u201d for the city']);
});

test('a relative pronoun fronted out of a content is its first piece', () => {
  const a = only('The mayor wants a new bridge, which he said the state would pay for.', 'said');
  assert.deepEqual(contents(a), ['which', 'the state would pay for']);
  assert.equal(a.source?.text, 'he');
});

test('an opening phrase before a frame set in commas belongs to a quotation that goes on from it', () => {
  const a = only('The new budget, the minister said, \u201cwill not raise taxes.\u201d', 'said');
  assert.deepEqual(contents(a), ['The new budget', '\u201cwill not raise taxes.\u201d']);
  // a quotation that opens a sentence of its own leaves a situating phrase out
  const b = only('In an interview, the minister said, \u201cWe will not raise taxes.\u201d', 'said');
  assert.deepEqual(contents(b), ['\u201cWe will not raise taxes.\u201d']);
});

test('a title quoted in the frame does not stop the quotation going on after it', () => {
  const a = only('\u201cWe will win,\u201d the senator said on \u201cMorning Report.\u201d \u201cThe vote is ours.\u201d', 'said');
  assert.deepEqual(contents(a), ['\u201cWe will win,\u201d', '\u201cThe vote is ours.\u201d']);
});

test('an opening phrase with no verb before a cue and its object situates the frame; the object is the content', () => {
  const a = only('Meanwhile, the governor endorsed the new budget plan.', 'endorsed');
  assert.deepEqual(contents(a), ['the new budget plan']);
  assert.equal(a.source?.text, 'the governor');
});

test('no cue: a briefing, an invitation, a celebration; a response or a message as a noun', () => {
  for (const [text, cue] of [
    ['The minister briefed the committee on the new budget.', 'briefed'],
    ['The mayor invited the senator to open the bridge.', 'invited'],
    ['The party celebrated its victory in the northern states.', 'celebrated'],
    ["The council criticised the minister's response to the floods.", 'response'],
    ["The mayor's message to the city was short.", 'message'],
    ['The council planned to open the bridge in May.', 'planned'],
    ['The economist advised the mayor on the budget.', 'advised'],
  ] as const) assert.equal(attributionsOf(text).filter((a) => a.cue.text === cue).length, 0, `${cue} in ${text}`);
});

test('no cue: a gerund after a possessive or an adjective, "regarding", a participle of a reduced relative clause', () => {
  for (const [text, cue] of [
    ["The agency's reporting on the floods was thorough.", 'reporting'],
    ['The story drew on additional reporting by Jane Doe.', 'reporting'],
    ['The minister answered questions regarding the budget.', 'regarding'],
  ] as const) assert.equal(attributionsOf(text).filter((a) => a.cue.text === cue).length, 0, `${cue} in ${text}`);
  const text = 'A report published Wednesday said the bridge was unsafe.';
  assert.equal(attributionsOf(text).filter((a) => a.cue.text === 'published').length, 0);
  assert.deepEqual(contents(only(text, 'said')), ['the bridge was unsafe']);
});

test('a content ends before ", who ..." and ", compared with ..."', () => {
  assert.deepEqual(contents(only('The mayor said she would meet the governor, who has opposed the plan.', 'said')), ['she would meet the governor']);
  assert.deepEqual(contents(only('Most voters said they trusted the mayor, compared with a third last year.', 'said')), ['they trusted the mayor']);
});

test('before an infinitive of purpose the source is the clause subject, not the main verb\'s object', () => {
  assert.equal(only('The mayor visited the flooded district on Friday to praise the rescue teams.', 'to praise').source?.text, 'The mayor');
  assert.equal(only('The senator went on television to declare the vote a fraud.', 'to declare').source?.text, 'The senator');
});

test('"with <noun phrase> <participle>": the phrase is the participle\'s source', () => {
  assert.equal(only('The mayor spoke for an hour, with critics saying she had ignored the floods.', 'saying').source?.text, 'critics');
});

test('a participle after its noun with its preposition stays in the source ("People briefed on the talks say")', () => {
  assert.equal(only('People briefed on the talks say the governor will resign.', 'say').source?.text, 'People briefed on the talks');
  assert.equal(only('A poll conducted by the university shows the mayor ahead.', 'shows').source?.text, 'A poll conducted by the university');
});

test('an abbreviation keeps its full stop at a content\'s end', () => {
  assert.deepEqual(contents(only('The senator said the plan would cost the U.S. Congress nothing, and the mayor proposed a ban on trucks in the U.S.', 'proposed')), ['a ban on trucks in the U.S.']);
});

test('a plain saying that opens a clause inside another kind of cue\'s content ends that content', () => {
  const text = 'The mayor promised to rebuild the bridge while the governor said the state would pay for it.';
  assert.deepEqual(contents(only(text, 'promised')), ['to rebuild the bridge']);
  assert.deepEqual(contents(only(text, 'said')), ['the state would pay for it']);
  // a saying that is the content's own clause stays inside it
  assert.deepEqual(contents(only('The mayor suggested the governor said too much.', 'suggested')), ['the governor said too much']);
});

test('"call it <noun phrase>": a pronoun named by the noun phrase after it completes the cue', () => {
  const a = only('Many residents call it the worst flood in a century.', 'call');
  assert.equal(a.source?.text, 'Many residents');
  assert.deepEqual(contents(a), ['it the worst flood in a century']);
});

test('"has since said": the listed adverbs between the auxiliary and the verb are in the cue', () => {
  const a = only('The senator has since said the plan was dead.', 'has since said');
  assert.equal(a.source?.text, 'The senator');
});

test('"said yes", "said no": the answer is the content, not an opening phrase', () => {
  const a = only('Asked whether the bridge would reopen, the mayor said yes.', 'said');
  assert.deepEqual(contents(a), ['yes']);
  assert.equal(a.source?.text, 'the mayor');
  assert.deepEqual(contents(only('Asked if he would run, the senator said no.', 'said')), ['no']);
});

test('"went on to say": the whole group is the cue, its subject the source', () => {
  const a = only('The mayor went on to say that the bridge would reopen in May.', 'went on to say');
  assert.equal(a.source?.text, 'The mayor');
  assert.deepEqual(contents(a), ['that the bridge would reopen in May']);
});

test('"issued a statement Tuesday saying": the publishing verb opens the participle cue', () => {
  const a = only('The council issued a statement Tuesday saying the bridge would reopen.', 'issued a statement Tuesday saying');
  assert.equal(a.source?.text, 'The council');
  assert.deepEqual(contents(a), ['the bridge would reopen']);
  // a participle after a verb with a preposition between is no such group
  assert.equal(only('The mayor put the blame on the council, saying it had failed.', 'saying').source?.text, 'The mayor');
});

test('a pronoun\'s inverted saying around another plain saying repeats its speaker: the inner frame is the attribution', () => {
  const text = 'Mayor Ann Lee said that the bridge would reopen in May, \u201cif the weather holds,\u201d she said.';
  const found = attributionsOf(text).filter((a) => a.cue.text === 'said');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.source?.text, 'Mayor Ann Lee');
  assert.deepEqual(contents(found[0]!), ['that the bridge would reopen in May, \u201cif the weather holds,\u201d']);
  // a named outer source frames the inner saying: both stay
  assert.equal(attributionsOf('Mayor Ann Lee said that the bridge would reopen in May, the city council said.').filter((a) => a.cue.text === 'said').length, 2);
});

test('", warning that ...": a participle the tagger reads as a noun is a frame of its own, and "that" names no listener', () => {
  const text = 'The company said it would not be able to file its statement in time, warning that it could default on its debt.';
  assert.deepEqual(contents(only(text, 'said')), ['it would not be able to file its statement in time']);
  const warning = only(text, 'warning');
  assert.equal(warning.source?.text, 'The company');
  assert.deepEqual(contents(warning), ['that it could default on its debt']);
});

test('a verb after a comma in a list of predicates that "and <verb>" closes shares the clause\'s subject', () => {
  const criticized = only('The mayor praised the plan, criticized the governor for his delay and promised a vote.', 'criticized');
  assert.equal(criticized.source?.text, 'The mayor');
  assert.deepEqual(contents(criticized), ['the governor for his delay']);
  // without the closing "and <verb>", the phrase before the comma is still read as before
  assert.equal(only('The mayor, a lawyer, criticized the governor.', 'criticized').source?.text, 'The mayor, a lawyer,');
});

test('a pronoun right after a noun opens a relative clause with no relative pronoun: the source starts at the pronoun', () => {
  const said = attributionsOf('The minister defended the tax everyone said was unfair.').find((a) => a.cue.text === 'said');
  assert.equal(said?.source?.text, 'everyone');
});

test('a year opening the sentence is no item of the source\'s list: "In 2018, Japan and Russia agreed …"', () => {
  assert.equal(only('In 2018, Chile and Peru said the talks had failed.', 'said').source?.text, 'Chile and Peru');
  assert.equal(only('Britain, France and Germany said the talks had failed.', 'said').source?.text, 'Britain, France and Germany');
});

test('words the tagger misreads inside a source phrase: a surname read as a verb or an adverb, a gerund after a possessive, "familiar with"', () => {
  // ("Burr" read as a verb before the appositive.)
  assert.equal(only('Richard Burr, a senator from Ohio, acknowledged that the party may have to change.', 'acknowledged').source?.text, 'Richard Burr, a senator from Ohio,');
  // ("Jolly" read as an adverb after a title and a given name.)
  assert.equal(only('The vote was close. Rep. David Jolly said he would vote.', 'said').source?.text, 'Rep. David Jolly');
  // ("thinking" read as a verb after a possessive; "familiar with" after its noun.)
  assert.equal(only('The vote was close. A source familiar with the senator\'s thinking said he would try.', 'said').source?.text, 'A source familiar with the senator\'s thinking');
});

test('a relative clause in an appositive before the cue, with "that" or a quotation of its own, keeps the appositive frame', () => {
  const text = 'The vote was close. Arlo Penwick, the president of Civic Watch, a group that has sued to obtain records, said that the damage is done.';
  assert.equal(only(text, 'said').source?.text, 'Arlo Penwick, the president of Civic Watch, a group that has sued to obtain records,');
  // (The quotation is the relative clause's; what the cue says comes after it.)
  const quoted = only('The vote was close. Penwick, who calls the mayor a \u201cliar,\u201d said he would vote.', 'said');
  assert.equal(quoted.source?.text, 'Penwick');
  assert.deepEqual(contents(quoted), ['he would vote']);
});

test('a relative clause that only says why the source is not named is no part of the source', () => {
  const said = only('The plan will fail, said one official involved in the talks, who spoke on the condition of anonymity.', 'said');
  assert.equal(said.source?.text, 'one official involved in the talks');
  const before = only('A senior aide, who requested anonymity to discuss the budget, said the vote would be close.', 'said');
  assert.equal(before.source?.text, 'A senior aide');
  // Another relative clause stays.
  assert.equal(only('The plan will fail, said Jo Lee, a pilot, who backs the mayor.', 'said').source?.text, 'Jo Lee, a pilot, who backs the mayor');
});

test('"only" before a quantity is a word of the source: "Only about half of the farmers said"', () => {
  assert.equal(only('Only about half of the farmers said the harvest was good.', 'said').source?.text, 'Only about half of the farmers');
});

test('"not" before a quantity is a word of the source: "Not every farmer believes", "Not all of the pilots said"', () => {
  assert.equal(only('Not every farmer believes the new dam will hold.', 'believes').source?.text, 'Not every farmer');
  assert.equal(only('Not all of the pilots said the runway was safe.', 'said').source?.text, 'Not all of the pilots');
});
