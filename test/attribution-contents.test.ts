import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';

// Where a content starts and ends. Hand-written sentences, none from a corpus.

test('a quotation closing with its comma before "said <name>" is the content, not an appositive source', () => {
  const a = only('“It’s a fine harbour, and the ferry runs on time,” said Mara Lind, a fisherman.', 'said');
  assert.equal(a.source?.text, 'Mara Lind, a fisherman');
  assert.deepEqual(contents(a), ['“It’s a fine harbour, and the ferry runs on time,”']);
  const b = only('“Quite a week, and nobody slept,” said the harbour master.', 'said');
  assert.equal(b.source?.text, 'the harbour master');
  assert.deepEqual(contents(b), ['“Quite a week, and nobody slept,”']);
});

test('a passive frame with its agent inside a content goes on in it; it does not end the content', () => {
  const a = only('The survey shows that the mayor was backed by most of the fishermen.', 'shows');
  assert.deepEqual(contents(a), ['that the mayor was backed by most of the fishermen']);
  const b = only('The harbour master said the new quay was opposed by the ferry company.', 'said');
  assert.deepEqual(contents(b), ['the new quay was opposed by the ferry company']);
});

test('a phrase situating the saying before a quotation is left out, past a listener or a participle in it', () => {
  const a = only('The mayor said in an interview published on Monday, “The quay will open in May.”', 'said');
  assert.deepEqual(contents(a), ['“The quay will open in May.”']);
  const b = only('The mayor told the paper in a short radio interview, “The quay will open in May.”', 'told');
  assert.deepEqual(contents(b), ['“The quay will open in May.”']);
  // (a question word opening a clause is what is said)
  const c = only('The mayor wrote a letter explaining why she is leaving, “but the quay will open in May.”', 'explaining');
  assert.match(contents(c)[0]!, /^why she is leaving/);
});

test('a relative "that" fronted out of a frame\'s content whose verb has no subject of its own is its first piece', () => {
  const a = only('The mayor praised the groups that he says rebuilt the harbour.', 'says');
  assert.deepEqual(contents(a), ['that', 'rebuilt the harbour']);
  // (not a "that" opening a clause: its content has its own object)
  const b = only('Smith told reporters that he said nothing.', 'said');
  assert.deepEqual(contents(b), ['nothing']);
});

test('a conjunction or linking adverb alone before a frame set in commas is no piece of the content', () => {
  const a = only('And yet, the skipper says, the harbour remains a priority.', 'says');
  assert.deepEqual(contents(a), ['the harbour remains a priority']);
  const b = only('Still, the skipper said, the quay has to be rebuilt.', 'said');
  assert.deepEqual(contents(b), ['the quay has to be rebuilt']);
  // (an opening phrase with content of its own stays)
  const c = only('Within weeks, the skipper says, the harbour will open.', 'says');
  assert.deepEqual(contents(c), ['Within weeks', 'the harbour will open']);
});

test('a linking adverbial opening the sentence ("In fact,", "By contrast,", "However,") is no part of a content before its frame', () => {
  const a = only('In fact, the harbour lost money last year, the auditors said.', 'said');
  assert.deepEqual(contents(a), ['the harbour lost money last year']);
  const b = only('By contrast, the old quay never flooded, the fishermen say.', 'say');
  assert.deepEqual(contents(b), ['the old quay never flooded']);
  const c = only('However, the ferry will run twice a day, according to the port authority.', 'according to');
  assert.deepEqual(contents(c), ['the ferry will run twice a day']);
  // (the adverbial alone before a canonical frame leaves the frame as it is)
  const d = only('In fact, Mayor Lind proposed a new quay in 2019.', 'proposed');
  assert.equal(d.source?.text, 'Mayor Lind');
});

test('a quotation going on after a frame stops before a quotation its own inverted frame right after it claims', () => {
  const a = only('“The harbour is full,” Mara Lind said. “The ferry is late,” the skipper added.', 'said');
  assert.deepEqual(contents(a), ['“The harbour is full,”']);
  const b = only('“The harbour is full,” Mara Lind said. “Is the ferry late?” the skipper asked.', 'said');
  assert.deepEqual(contents(b), ['“The harbour is full,”']);
  // (a quotation with no frame of its own still goes on with the first one)
  const c = only('“The harbour is full,” Mara Lind said. “The ferry is late.”', 'said');
  assert.deepEqual(contents(c), ['“The harbour is full,”', '“The ferry is late.”']);
});

test('a finding\'s content goes on over the details and contrasts of its result after a comma', () => {
  const a = only('The harbour survey found that Lind leads the race, while Berg trails by ten points.', 'found');
  assert.deepEqual(contents(a), ['that Lind leads the race, while Berg trails by ten points']);
  const b = only('The harbour poll shows Lind with a narrow lead, 46 percent to 42 percent.', 'shows');
  assert.deepEqual(contents(b), ['Lind with a narrow lead, 46 percent to 42 percent']);
  const c = only('The harbour poll showed a dead heat between Lind and Berg, with Lind ahead among fishermen.', 'showed');
  assert.deepEqual(contents(c), ['a dead heat between Lind and Berg, with Lind ahead among fishermen']);
  // (another cue's content still ends there)
  const d = only('The skipper said that Lind leads the race, while Berg trails by ten points.', 'said');
  assert.deepEqual(contents(d), ['that Lind leads the race']);
});

test('a hedged state ("seemed", "appears") goes on over a hyphen inside a word; a spaced dash ends it', () => {
  const a = only('The two skippers seemed to be well-known in town.', 'seemed');
  assert.deepEqual(contents(a), ['The two skippers', 'to be well-known in town']);
  const b = only('The harbour master seemed ready for a no-holds-barred fight - and the crowd cheered.', 'seemed');
  assert.deepEqual(contents(b), ['The harbour master', 'ready for a no-holds-barred fight']);
});

test('a hedged state ends before a clause or phrase of time ("when", "after", "before") that times the hedging', () => {
  const a = only('The harbour master seemed uneasy when the council discussed the ferry.', 'seemed');
  assert.deepEqual(contents(a), ['The harbour master', 'uneasy']);
  const b = only('The skipper appeared to gain ground after the debate in the town hall.', 'appeared');
  assert.deepEqual(contents(b), ['The skipper', 'to gain ground']);
  // (a measure of time before it, or a "that" clause, keeps it)
  const c = only('The quay seemed to collapse four days before the storm.', 'seemed');
  assert.deepEqual(contents(c), ['The quay', 'to collapse four days before the storm']);
});

test('a content opening with a personal pronoun goes on over "and" with a verb of wanting, hoping or thinking', () => {
  const a = only('The skipper said she was tired of the old ferry and wanted a new quay.', 'said');
  assert.deepEqual(contents(a), ['she was tired of the old ferry and wanted a new quay']);
  const b = only('The skipper said he was proud of the crew and hoped the harbour would reopen.', 'said');
  assert.deepEqual(contents(b), ['he was proud of the crew and hoped the harbour would reopen']);
  // (another verb is the frame's second saying; so is any verb after a content with another subject)
  const c = only('The skipper said she admired the mayor and praised the harbour plans.', 'said');
  assert.deepEqual(contents(c), ['she admired the mayor']);
  const d = only('The skipper said the ferry was late and wanted a new quay.', 'said');
  assert.deepEqual(contents(d), ['the ferry was late']);
});

test('a participle between "<article> <adjective> and" and a noun is the noun phrase\'s: no cue, no end of the content', () => {
  const a = only('The mayor called her an able and determined rival in a long race.', 'called');
  assert.deepEqual(contents(a), ['her an able and determined rival in a long race']);
  const b = only('The skipper said the harbour needs a credible and appealing plan.', 'said');
  assert.deepEqual(contents(b), ['the harbour needs a credible and appealing plan']);
  assert.equal(attributionsOf('The skipper said the harbour needs a credible and appealing plan.').length, 1);
  // (a verb after an object and "and" is still the frame's second one)
  const c = only('The mayor praised the plan and criticized the council.', 'praised');
  assert.deepEqual(contents(c), ['the plan']);
});

test('an object goes on over a comma between an article\'s adjectives and its noun', () => {
  const a = only('The skippers would want the longest, hardest regatta on the coast.', 'would want');
  assert.deepEqual(contents(a), ['the longest, hardest regatta on the coast']);
  const b = only('The report signals the beginning of a protracted, three-way fight for the harbour.', 'signals');
  assert.deepEqual(contents(b), ['the beginning of a protracted, three-way fight for the harbour']);
  // (an article with an adjective and no noun after the comma still ends it)
  const c = only('The mayor praised the new, and the council applauded.', 'praised');
  assert.deepEqual(contents(c), ['the new']);
});

test('an infinitive content inside the subject of a later verb ends with that subject (read on the parse)', () => {
  const a = only('Fishermen who want to rebuild the quay could pay as much as 400 dollars each.', 'want');
  assert.deepEqual(contents(a), ['to rebuild the quay']);
  // (a verb of a relative clause inside the content is no later verb of the sentence)
  const b = only('The mayor vowed to fight the plan the council proposed.', 'vowed');
  assert.deepEqual(contents(b), ['to fight the plan the council proposed']);
});

test('a passive\'s complement after its agent ("for", "as", "of") is the content\'s second piece', () => {
  const a = only('The mayor was criticized by the fishermen for failing to repair the quay.', 'was criticized by');
  assert.deepEqual(contents(a), ['The mayor', 'for failing to repair the quay']);
  assert.equal(a.source?.text, 'the fishermen');
  const b = only('He was accused by the skipper of lying about the storm.', 'was accused by');
  assert.deepEqual(contents(b), ['He', 'of lying about the storm']);
  assert.equal(b.source?.text, 'the skipper');
  // (nothing after the agent: the subject alone)
  const c = only('The plan was backed by the council.', 'was backed by');
  assert.deepEqual(contents(c), ['The plan']);
});

test('the subject of a passive question with its agent is the listener: the question after the agent is the content', () => {
  const a = only('The mayor was asked by a reporter whether the quay would open in May.', 'was asked by');
  assert.deepEqual(contents(a), ['whether the quay would open in May']);
  assert.equal(a.source?.text, 'a reporter');
  const b = only('The skipper was pressed by the host about the storm damage.', 'was pressed by');
  assert.deepEqual(contents(b), ['about the storm damage']);
  assert.equal(b.source?.text, 'the host');
});

test('a bare time phrase closing an object content is the saying\'s time, not the content', () => {
  const a = only('The harbour master praised the new ferry timetable last week.', 'praised');
  assert.deepEqual(contents(a), ['the new ferry timetable']);
  const b = only('The fishermen criticized the quay plan earlier this year.', 'criticized');
  assert.deepEqual(contents(b), ['the quay plan']);
  // (a time phrase a determiner or possessive opens is the object's: "his last year")
  const c = only('The mayor praised his last year in office.', 'praised');
  assert.deepEqual(contents(c), ['his last year in office']);
});

test('a hedged state\'s subject is the noun phrase before an aside set off by commas, without the aside', () => {
  const a = only('The ferry figures, compiled by a local group, appear to be wrong.', 'appear');
  assert.deepEqual(contents(a), ['The ferry figures', 'to be wrong']);
  const b = only('The harbour economy, until recently, seemed immune to storms.', 'seemed');
  assert.deepEqual(contents(b), ['The harbour economy', 'immune to storms']);
});

test('a party label after a name inside an object content does not end it', () => {
  const a = only('The fishermen praised Sen. Jo Lee (D-Maine) and the harbour master.', 'praised');
  assert.deepEqual(contents(a), ['Sen. Jo Lee (D-Maine) and the harbour master']);
  const b = only('The ferry union endorsed Rep. Ann Roe (R).', 'endorsed');
  assert.deepEqual(contents(b), ['Rep. Ann Roe (R)']);
});

test('a state\'s abbreviation after a place and its comma keeps its full stop at a content\'s end', () => {
  const a = only('The captain said the ferry would stop in Eureka, Calif.', 'said');
  assert.deepEqual(contents(a), ['the ferry would stop in Eureka, Calif.']);
  // (a place's name in full loses the sentence's stop)
  const b = only('The captain said the ferry would stop in Eureka, Iowa.', 'said');
  assert.deepEqual(contents(b), ['the ferry would stop in Eureka, Iowa']);
});

test('a frame set inside a clause with its source\'s appositive after the cue splits the content around it', () => {
  const a = only('The real problem, said Jo Lee, a local fisherman, is the old quay.', 'said');
  assert.equal(a.source?.text, 'Jo Lee, a local fisherman,');
  assert.deepEqual(contents(a), ['The real problem', 'is the old quay']);
  const b = only('And the captain, said Ann Roe, who remains friendly with him, does not forgive.', 'said');
  assert.deepEqual(contents(b), ['And the captain', 'does not forgive']);
});

test('a passive cue with no source whose content ends in "by" and a name\'s phrase takes the phrase as its source', () => {
  const a = only('The old quay was considered unsafe by the Harbour Board.', 'was considered');
  assert.equal(a.source?.text, 'the Harbour Board');
  assert.deepEqual(contents(a), ['The old quay', 'unsafe']);
  // (not the agent of a participle inside the content)
  const b = only('The mayor was asked to read every letter sent by the Harbour Board.', 'was asked to read');
  assert.deepEqual(contents(b), ['every letter sent by the Harbour Board']);
});

test('a participle in -ed between a number and a common noun modifies the noun: no cue, no content', () => {
  const found = attributionsOf('Lind leads the harbour race by 270 pledged delegates.');
  assert.equal(found.filter((a) => a.cue.text === 'pledged').length, 0);
  // (before a name it is the saying of a quantity: "About 40 praised Lind")
  const a = only('About 40 praised Lind.', 'praised');
  assert.deepEqual(contents(a), ['Lind']);
});

test('a cue\'s form in -s right after an adjective or a number opening a phrase is a plural noun: no cue, no content', () => {
  assert.deepEqual(attributionsOf('Here are three reasons the harbour ferry should keep running.').map((a) => a.cue.text), []);
  assert.deepEqual(attributionsOf('Lind toured the first two states to vote in the spring.').map((a) => a.cue.text), []);
  // (after a singular quantifier it is the verb: "another says")
  const a = only('Another survey says the ferry is late.', 'says');
  assert.deepEqual(contents(a), ['the ferry is late']);
});

test('a whole quotation in the sentence after an inverted frame goes on with a content that is no quotation', () => {
  const a = only('The ferry has been late all week, the skipper said. “We waited an hour on Monday.”', 'said');
  assert.deepEqual(contents(a), ['The ferry has been late all week', '“We waited an hour on Monday.”']);
  // (not a quotation another frame claims, nor one that does not close its sentence)
  const b = attributionsOf('The ferry has been late all week, the skipper said. “We waited an hour,” a fisherman added.').find((x) => x.cue.text === 'said')!;
  assert.deepEqual(contents(b), ['The ferry has been late all week']);
});

test('a frame closed by a colon before a quotation introduces that quotation, not the one ending the sentence before it', () => {
  const a = only('The harbour was quiet. “The ferry is late. We waited an hour.”\n\nThe skipper continued:\n\n“The quay is too small.”', 'continued:');
  assert.equal(a.source?.text, 'The skipper');
  assert.deepEqual(contents(a), ['“The quay is too small.”']);
  const b = only('The harbour was quiet. “The ferry is late. We waited an hour.” The skipper went on to say: “The quay is too small.”', 'went on to say:');
  assert.deepEqual(contents(b), ['“The quay is too small.”']);
});

test('a question after "asked" opens at its question word: no listener, no phrase situating the asking', () => {
  const a = only('The mayor was asked what happened to the ferry.', 'was asked');
  assert.deepEqual(contents(a), ['what happened to the ferry']);
  const b = only('Asked on Monday whether the ferry would run, the mayor said no.', 'Asked');
  assert.deepEqual(contents(b), ['whether the ferry would run']);
  // (after the topic's preposition the question is still its content)
  const c = only('Asked about whether the ferry would run, the mayor said no.', 'Asked about');
  assert.deepEqual(contents(c), ['whether the ferry would run']);
});

test('a content goes on over ", but/and" with an auxiliary and no subject of its own: the predicate shares the content\'s subject', () => {
  const a = only('The skipper said the old ferry was safe enough, but would need new engines by the spring.', 'said');
  assert.deepEqual(contents(a), ['the old ferry was safe enough, but would need new engines by the spring']);
  const b = only('The harbour master said the quay had flooded twice, and then had been closed for repairs.', 'said');
  assert.deepEqual(contents(b), ['the quay had flooded twice, and then had been closed for repairs']);
  // (a clause with its own subject still ends it; so does the auxiliary of a frame with one, or after an object content)
  const c = only('The skipper said the ferry was late, but the crew would stay on board.', 'said');
  assert.deepEqual(contents(c), ['the ferry was late']);
  const d = only('The skipper has praised the new quay, and has also asked the council for a second one.', 'has praised');
  assert.deepEqual(contents(d), ['the new quay']);
  const e = only('The skipper praised the crew when the storm hit the harbour, and has also thanked the rescuers.', 'praised');
  assert.deepEqual(contents(e), ['the crew when the storm hit the harbour']);
});

test('an object content ends before "and" with a past verb, the frame\'s second one; an infinitive before "and" with a clause of its own subject', () => {
  const a = only('The skipper called the new quay \u201ca costly mistake\u201d and likened it to the old pier.', 'called');
  assert.deepEqual(contents(a), ['the new quay \u201ca costly mistake\u201d']);
  const b = only('The ferry company declined to renew its contract and the council could not find another operator.', 'declined');
  assert.deepEqual(contents(b), ['to renew its contract']);
  // (a relative clause after "and" is still the object's; a verb in -s after an object may be what is called for)
  const c = only('The skipper wants to protect the boats and crews that have served the harbour.', 'wants');
  assert.deepEqual(contents(c), ['to protect the boats and crews that have served the harbour']);
});

test('an object content goes on over ", including" and the items of its list; not over a possessive\'s cue noun', () => {
  const a = only('The skipper blamed several problems, including the broken crane, the silted channel and the late ferries.', 'blamed');
  assert.deepEqual(contents(a), ['several problems, including the broken crane, the silted channel and the late ferries']);
  const b = only('The mayor cited the harbour plans, including her support for a second quay.', 'cited');
  assert.deepEqual(contents(b), ['the harbour plans']);
});

test('an object goes on over a list of noun phrases, with a serial comma before its last item and a noun that is also a cue verb\'s form inside it', () => {
  const a = only('The skipper has praised the crew, the pilots, and the harbour master.', 'has praised');
  assert.deepEqual(contents(a), ['the crew, the pilots, and the harbour master']);
  // (a cue verb opening a piece after the comma is still the frame's: "wrote the profile, Tweeted ...")
  const b = only('The skipper has praised the crew, Thanked the pilots for their help.', 'has praised');
  assert.deepEqual(contents(b), ['the crew']);
});

test('a concessive clause after a clause content goes on in it, unless it holds a cue of its own or the content is an infinitive', () => {
  const a = only('The skipper said the new quay was a success, though it had opened two months late.', 'said');
  assert.deepEqual(contents(a), ['the new quay was a success, though it had opened two months late']);
  const b = attributionsOf('The skipper said the new quay was a success, though he added that it had opened late.').find((x) => x.cue.text === 'said')!;
  assert.deepEqual(contents(b), ['the new quay was a success']);
  const c = only('The skipper refused to sail the ferry, although the weather had cleared.', 'refused');
  assert.deepEqual(contents(c), ['to sail the ferry']);
});

test('a hyphen set off by spaces ends a content as a dash does; a pair of them sets off an aside; one inside a word does neither', () => {
  const a = only('The skipper said the new quay was finished on time - a rare event in the harbour.', 'said');
  assert.deepEqual(contents(a), ['the new quay was finished on time']);
  const b = only('The skipper said the old quay - built by her grandfather - would stay open.', 'said');
  assert.deepEqual(contents(b), ['the old quay - built by her grandfather - would stay open']);
  const c = only('The skipper said the so-called ferry crisis was over.', 'said');
  assert.deepEqual(contents(c), ['the so-called ferry crisis was over']);
  // (one before a conjunction links the content's next part, as an em dash does not)
  const d = only('The skipper said she would sail again next spring - but with a smaller crew.', 'said');
  assert.deepEqual(contents(d), ['she would sail again next spring - but with a smaller crew']);
});

test('a participle that is no cue after a clause content goes on in it; a cue participle and one after an infinitive are the frame\'s', () => {
  const a = only('The harbour master said ferry traffic rose in May, bringing the yearly total to a new record.', 'said');
  assert.deepEqual(contents(a), ['ferry traffic rose in May, bringing the yearly total to a new record']);
  const b = attributionsOf('The harbour master said ferry traffic rose in May, adding that the quay was full.').find((x) => x.cue.text === 'said')!;
  assert.deepEqual(contents(b), ['ferry traffic rose in May']);
  const c = only('The skipper vowed to cut the fares, reversing her stance of last winter.', 'vowed');
  assert.deepEqual(contents(c), ['to cut the fares']);
});

test('a noun phrase with a relative clause that has no pronoun ("the boats she ordered") opens a content; a day before a pronoun does not', () => {
  const a = only('The harbour master said the boats she had ordered were too small for the quay.', 'said');
  assert.deepEqual(contents(a), ['the boats she had ordered were too small for the quay']);
  const b = only('The skipper described the storms they had seen off the coast.', 'described');
  assert.deepEqual(contents(b), ['the storms they had seen off the coast']);
  const c = only('The harbour master said Monday she would resign.', 'said');
  assert.deepEqual(contents(c), ['she would resign']);
});

test('after a frame set in commas, a clause joined by "and" goes on with the content unless it holds a cue of its own', () => {
  const a = only('The ferry ran late on Monday, the skipper said, and the passengers missed their train.', 'said');
  assert.deepEqual(contents(a), ['The ferry ran late on Monday', 'and the passengers missed their train']);
  const b = only('The ferry ran late on Monday, the skipper said, and experts say the quay is too small.', 'said');
  assert.deepEqual(contents(b), ['The ferry ran late on Monday']);
});

test('a dash before "and"/"or" or a listing participle links the content\'s next part; before a noun phrase it ends the content', () => {
  const a = only('The skipper said the harbour has lost many boats — including the old ferry.', 'said');
  assert.deepEqual(contents(a), ['the harbour has lost many boats — including the old ferry']);
  const b = only('The skipper said the quay needs new cranes -- and a longer pier.', 'said');
  assert.deepEqual(contents(b), ['the quay needs new cranes -- and a longer pier']);
  const c = only('The skipper said the harbour has lost many boats — a blow to the town.', 'said');
  assert.deepEqual(contents(c), ['the harbour has lost many boats']);
});

test('a fronted relative pronoun is the content\'s first piece only when the frame\'s source comes right before its cue', () => {
  const a = attributionsOf('The quay will close in May, which the mayor called a disgrace, blaming the harbour board.').find((x) => x.cue.text === 'blaming')!;
  assert.deepEqual(contents(a), ['the harbour board']);
  const b = attributionsOf('It was what one skipper has called the ferry war, referring to the fight over fares.').find((x) => x.cue.text === 'referring to')!;
  assert.deepEqual(contents(b), ['the fight over fares']);
  const c = only('The mayor praised the groups that he says rebuilt the harbour.', 'says');
  assert.deepEqual(contents(c), ['that', 'rebuilt the harbour']);
});

test('a participle cue right after the object of a preposition takes that object as its source, not the clause\'s subject', () => {
  const a = attributionsOf('Jo Lee poured money into groups backing the mayor.').find((x) => x.cue.text === 'backing')!;
  assert.equal(a.source?.text, 'groups');
  const b = attributionsOf('The talk ended with Sam Cole asking about fares.').find((x) => x.cue.text.startsWith('asking'))!;
  assert.equal(b.source?.text, 'Sam Cole');
});

test('after "to" only an indefinite or quantified object is the source of a participle cue right after it', () => {
  const a = attributionsOf('Jo Lee gave money to a group backing the mayor.').find((x) => x.cue.text === 'backing')!;
  assert.equal(a.source?.text, 'a group');
  const b = only('He sent a long memo to the board explaining that the merger was off.', 'explaining');
  assert.equal(b.source?.text, 'He');
});

test('a content fronted out of a relative clause set off by commas ends where the main clause\'s verb comes', () => {
  const a = only('The new fares, which officials said will start next month, will not apply to small boats.', 'said');
  assert.deepEqual(contents(a), ['which', 'will start next month']);
  const b = only('The old quay, which the mayor said was a mistake, was closed in May.', 'said');
  assert.deepEqual(contents(b), ['which', 'was a mistake']);
});
