import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, contents, only } from './support/attributions.js';

// Sources found from PolNeAR train's source errors (issue 14). Hand-written sentences, none from a corpus; each
// test fails with its rule switched off.

const cued = (text: string, cue: string) => attributionsOf(text).find((a) => a.cue.text === cue)!;

test('a participle right after an inverted frame takes that frame\'s source', () => {
  // The sentence opens with the frame's content, whose own subject is no source of the participle.
  const a = cued('The mayor intends to open the pier this month, Ms. Ortiz said, adding that the crew was ready.', 'adding');
  assert.equal(a.source?.text, 'Ms. Ortiz');
  const b = cued('The mayor cannot say that \u201cfrom his office,\u201d the harbour master added, citing the storm.', 'citing');
  assert.equal(b.source?.text, 'the harbour master');
  // A relay names its own source after it.
  const c = cued('\u201cThe pier is unsafe,\u201d the pilot said, according to the Harbour Gazette.', 'according to');
  assert.equal(c.source?.text, 'the Harbour Gazette');
});

test('an opening subordinate clause is no subject of the main clause\'s participle', () => {
  const a = cued('When the mayor visited the pier, the governor stayed home, saying the weather was bad.', 'saying');
  assert.equal(a.source?.text, 'the governor');
});

test('a participle after the source\'s noun keeps the time after it, and the agent after the time', () => {
  const a = cued('A harbour report issued earlier this year found that the pier was unsafe.', 'found');
  assert.equal(a.source?.text, 'A harbour report issued earlier this year');
  const b = cued('A survey released Sunday by the Harbour Gazette shows the mayor ahead.', 'shows');
  assert.equal(b.source?.text, 'A survey released Sunday by the Harbour Gazette');
});

test('a word the tagger reads as an adverb between a determiner and the noun is the source\'s', () => {
  const a = cued('Only days before the vote in Dover, Kent, a new national survey shows the mayor ahead.', 'shows');
  assert.equal(a.source?.text, 'a new national survey');
  const b = cued('The vote is close and a new national survey shows the mayor ahead.', 'shows');
  assert.equal(b.source?.text, 'a new national survey');
});

test('a clause subject taken for a later participle or coordinated verb leaves out an aside set off by commas', () => {
  const a = cued('The mayor, clearly frustrated, responded by pointing at the pier, saying the crew had confused two reports.', 'saying');
  assert.equal(a.source?.text, 'The mayor');
  const b = cued('The harbour board, at the same time, put its new website to use, highlighting the repairs.', 'highlighting');
  assert.equal(b.source?.text, 'The harbour board');
});

test('an aside with a clause of its own after the subject is no part of the source', () => {
  const a = cued('Harbour officials familiar with the pier, speaking on the condition of anonymity because they were not authorized to discuss it, said that it was unsafe.', 'said');
  assert.equal(a.source?.text, 'Harbour officials familiar with the pier');
  // An inverted frame's quotation is no subject.
  const b = cued('\u201cThe pier, at this point, is the main problem in this town,\u201d said Tom Reed.', 'said');
  assert.equal(b.source?.text, 'Tom Reed');
});

test('a verb coordinated inside a relative clause set off by a comma has the relative pronoun for its source', () => {
  const a = cued('The new timetable has won over Mr. Reed, who came out and endorsed the mayor on Tuesday.', 'endorsed');
  assert.equal(a.source?.text, 'who');
  assert.equal(a.chain[0]?.name, 'Mr. Reed');
  // Outside a relative clause the clause's subject stays.
  const b = cued('Mr. Reed came out on Tuesday and endorsed the mayor.', 'endorsed');
  assert.equal(b.source?.text, 'Mr. Reed');
});

test('"In a Gallup/CNN poll released Monday, ...": a slash or hyphen inside an opening poll\'s phrase keeps it one source', () => {
  const slash = only('In a Gallup/CNN poll released Monday, 50 percent of respondents chose the mayor.', 'In');
  assert.equal(slash.source?.text, 'a Gallup/CNN poll released Monday');
  assert.deepEqual(contents(slash), ['50 percent of respondents chose the mayor']);
  const hyphen = only('In an early-October Gallup poll, the mayor led her rival 56 percent to 32 percent.', 'In');
  assert.equal(hyphen.source?.text, 'an early-October Gallup poll');
});

test('"In exit polls, voters ...": plural polls opening the sentence are a finding\'s source', () => {
  const polls = only('In exit polls, most voters said the economy mattered most.', 'In');
  assert.equal(polls.source?.text, 'exit polls');
  assert.deepEqual(contents(polls), ['most voters said the economy mattered most']);
});

test('a participle after the opening noun phrase, with its object, is part of the source', () => {
  const a = cued('Fishermen hoping to save the old harbour from the developers say the plan is too costly.', 'say');
  assert.equal(a.source?.text, 'Fishermen hoping to save the old harbour from the developers');
  const b = cued('A short video getting a lot of views shows the mayor asleep at the pier.', 'shows');
  assert.equal(b.source?.text, 'A short video getting a lot of views');
  // (a participle the tagger reads as a noun before its infinitive)
  const c = cued('Local activists clamoring to block the new pier say they have a petition.', 'say');
  assert.equal(c.source?.text, 'Local activists clamoring to block the new pier');
});

test('a preposition or subordinator opening the words before the cue is no part of the source', () => {
  const a = cued('The mayor, in the wake of a new harbour survey showing the pier was unsafe, closed it.', 'showing');
  assert.equal(a.source?.text, 'a new harbour survey');
  const b = cued('The mayor has faced several setbacks - including the harbour board\'s assertion that the pier is unsafe.', 'assertion');
  assert.equal(b.source?.text, 'the harbour board\'s');
});

test('an aside set off by commas after the opening subject is no part of the source', () => {
  // (an opening appositive subject: the sentence starts with the source, the cue right after the aside's comma)
  // (a first name the tagger reads as a verb: "Ted")
  const a = cued('Ted Reed, by contrast, wrote an essay urging the board to act.', 'wrote');
  assert.equal(a.source?.text, 'Ted Reed');
  // a subordinate clause, an adverb before a participle or a preposition, an adjective with no noun of its own
  const b = cued('The harbour master, when asked about the pier, replied that it was safe.', 'replied');
  assert.equal(b.source?.text, 'The harbour master');
  const c = cued('Jo Lee, also speaking in Dover, said the pier was unsafe.', 'said');
  assert.equal(c.source?.text, 'Jo Lee');
  const d = cued('Jo Lee, exasperated, replied that the pier was unsafe.', 'replied');
  assert.equal(d.source?.text, 'Jo Lee');
  // A post held then or now, a title's adjective and a quoted title's comma stay in the source.
  const e = cued('Jo Lee, then at the port authority, said the pier was unsafe.', 'said');
  assert.equal(e.source?.text, 'Jo Lee, then at the port authority,');
  const f = cued('Jo Lee, chief of the harbour police, said the pier was unsafe.', 'said');
  assert.equal(f.source?.text, 'Jo Lee, chief of the harbour police,');
  const g = cued('Jo Lee, the author of \u201cSalt Roads,\u201d about the harbour, said the pier was unsafe.', 'said');
  assert.equal(g.source?.text, 'Jo Lee, the author of \u201cSalt Roads,\u201d about the harbour,');
});

test('a source the word rules start after a preposition inside a noun phrase starts where the tree\'s subject phrase does', () => {
  const a = cued('While harbour towns like Dover and Deal are vowing to fight the plan, the mayor is calm.', 'are vowing');
  assert.equal(a.source?.text, 'harbour towns like Dover and Deal');
  const b = cued('The pier opened late because the cautious majority on the harbour board refused requests to repair it.', 'refused');
  assert.equal(b.source?.text, 'the cautious majority on the harbour board');
  const c = cued('Yet even leaders on the harbour board are questioning whether the pier is safe.', 'are questioning');
  assert.equal(c.source?.text, 'even leaders on the harbour board');
  // (not a clause's opening preposition the tree takes into the phrase)
  const d = cued('Just one day after a harbour survey showed the pier was unsafe, the mayor resigned.', 'showed');
  assert.equal(d.source?.text, 'a harbour survey');
});

test('a day or time before the verb group is no source, after an appositive, "and" or an auxiliary too', () => {
  const a = cued('Jo Lee, the harbour chairman, this past week announced that the pier would close.', 'announced');
  assert.equal(a.source?.text, 'Jo Lee, the harbour chairman,');
  const b = cued('Jo Lee, a lawyer for the port, on Tuesday called the plan a disgrace.', 'called');
  assert.equal(b.source?.text, 'Jo Lee, a lawyer for the port,');
  const c = cued('Harbour police had last month charged the mayor with fraud.', 'charged');
  assert.equal(c.source?.text, 'Harbour police');
  const d = cued('Jo Lee has freed up funds and on Monday announced that the pier would close.', 'announced');
  assert.equal(d.source?.text, 'Jo Lee');
  const e = cued('The harbour board also this week published a report saying the pier was unsafe.', 'published');
  assert.equal(e.source?.text, 'The harbour board');
});

test('a past participle right after the noun of a phrase summing up the clause before it takes its "by" agent as source', () => {
  const a = cued('The mayor defended the toll, a practice criticized by harbour pilots.', 'criticized');
  assert.equal(a.source?.text, 'harbour pilots');
  assert.deepEqual(contents(a), ['a practice']);
  // (after a dash, past an adverb; a day closing the sentence is not the agent's)
  const b = cued('The mayor reopened the pier \u2014 a move strongly opposed by local fishermen.', 'strongly opposed');
  assert.equal(b.source?.text, 'local fishermen');
  const c = cued('The board backed the plan, a call echoed by the mayor on Saturday.', 'echoed');
  assert.equal(c.source?.text, 'the mayor');
});

test('an aside set off by dashes before the cue is the source\'s with its closing dash; a relative clause so set off is not', () => {
  const a = cued('Jo Lee \u2014 a pilot from Dover \u2014 says the pier is unsafe.', 'says');
  assert.equal(a.source?.text, 'Jo Lee \u2014 a pilot from Dover \u2014');
  // (the rules took the aside alone: the noun phrase before the opening dash is the source's too)
  const b = cued('Harbour officials \u2014 and, in particular, the mayor \u2014 said the pier was unsafe.', 'said');
  assert.equal(b.source?.text, 'Harbour officials \u2014 and, in particular, the mayor \u2014');
  const c = cued('The three harbour pilots -- Jo Lee, Tom Reed and Ann Cole -- wrote that the pier was unsafe.', 'wrote');
  assert.equal(c.source?.text, 'The three harbour pilots -- Jo Lee, Tom Reed and Ann Cole --');
  const d = cued('The mayor -- whose husband built the pier -- has publicly derided the plan.', 'has publicly derided');
  assert.equal(d.source?.text, 'The mayor');
});

test('a source named after its cue goes on with its appositive past a party label closing with an abbreviation\'s stop', () => {
  const a = cued('\u201cThe pier is unsafe,\u201d said Sen. Jo Lee (D-Pa.), a harbour backer.', 'said');
  assert.equal(a.source?.text, 'Sen. Jo Lee (D-Pa.), a harbour backer');
  const b = cued('\u201cThe pier is unsafe,\u201d said Sen. Jo Lee (D-Minn.), who sponsored the act.', 'said');
  assert.equal(b.source?.text, 'Sen. Jo Lee (D-Minn.), who sponsored the act');
});

test('a time opening the clause with no comma is no part of the source', () => {
  const a = cued('This year Jo Lee spoke about the pier.', 'spoke about');
  assert.equal(a.source?.text, 'Jo Lee');
  const b = cued('Last year only 32 percent of residents opposed the pier.', 'opposed');
  assert.equal(b.source?.text, 'only 32 percent of residents');
  // (a month that is a given name, a possessive time)
  const c = cued('April Lee, a spokeswoman, said the pier was unsafe.', 'said');
  assert.equal(c.source?.text, 'April Lee, a spokeswoman,');
  const d = cued('Last year\'s report said the pier was unsafe.', 'said');
  assert.equal(d.source?.text, 'Last year\'s report');
});

test('"according to" leaves a day closing its phrase after the noun out of the source', () => {
  const a = cued('The pier is unsafe, according to a harbour report on Wednesday.', 'according to');
  assert.equal(a.source?.text, 'a harbour report');
  const b = cued('The pier is unsafe, according to a harbour survey last week.', 'according to');
  assert.equal(b.source?.text, 'a harbour survey');
  // (a participle's day, and a month after "in", date what is named)
  const c = cued('The pier is unsafe, according to a harbour poll conducted in February.', 'according to');
  assert.equal(c.source?.text, 'a harbour poll conducted in February');
  const d = cued('The pier is unsafe, according to a harbour poll in February.', 'according to');
  assert.equal(d.source?.text, 'a harbour poll in February');
});

test('a capitalised word the tagger reads as a verb opening a source after its cue, before a noun, is the source\'s', () => {
  // (the tagger reads "Concord" as a verb)
  const a = cued('\u201cI cannot vote for him,\u201d said Concord resident Jane Smith.', 'said');
  assert.equal(a.source?.text, 'Concord resident Jane Smith');
});

test('a phrase after a source named after its cue that opens with a conjunction or an aside is no appositive', () => {
  const a = cued('\u201cThe pier will open in May,\u201d said Ms. Ortiz, but her crew has its doubts about the date.', 'said');
  assert.equal(a.source?.text, 'Ms. Ortiz');
  const b = cued('\u201cThe pier will open in May,\u201d said Ms. Ortiz, with a nod to the harbour crew.', 'said');
  assert.equal(b.source?.text, 'Ms. Ortiz');
  // An appositive stays the source's.
  const c = cued('\u201cThe pier will open in May,\u201d said Ms. Ortiz, a pilot from the harbour.', 'said');
  assert.equal(c.source?.text, 'Ms. Ortiz, a pilot from the harbour');
});

test('a participle with no auxiliary right before its "by" is a reduced passive: the agent is the source', () => {
  const a = cued('The harbour levy, opposed by local fishermen, never became law.', 'opposed');
  assert.equal(a.source?.text, 'local fishermen');
  const b = cued('A district judge blocked the new toll, backed by the harbour board and the mayor, on Monday.', 'backed');
  assert.equal(b.source?.text, 'the harbour board and the mayor');
});

test('a participle after a clause opened by a place set off by commas has the clause\'s subject, not the place', () => {
  const a = cued('Speaking at a town hall in Dover, Delaware, Smith went after the mayor, calling him a failure.', 'calling');
  assert.equal(a.source?.text, 'Smith');
});

test('a verb coordinated inside a relative clause has the relative pronoun for its source, however far back', () => {
  const a = cued('The harbour workers praised the pilots, who review the tide tables each morning and determine whether the pier may open.', 'determine');
  assert.equal(a.source?.text, 'who');
});

test('after a verb\'s object, a name or determiner phrase after "and" opens the next clause\'s subject', () => {
  const a = cued('Neither pilot has won a race and Ortiz strongly suggested they retire.', 'strongly suggested');
  assert.equal(a.source?.text, 'Ortiz');
  // Two names coordinated are one subject.
  const b = cued('Yesterday Ms. Lee and Ms. Ito strongly suggested they retire.', 'strongly suggested');
  assert.equal(b.source?.text, 'Ms. Lee and Ms. Ito');
});

test('a participle set off by a comma that the word rules give no source takes its clause\'s subject from the parse', () => {
  const a = cued('On Sunday morning the harbour master made a third attempt to calm the crowd, writing on the board that the pier would open.', 'writing');
  assert.equal(a.source?.text, 'the harbour master');
});

test('a source read off an object inside the subject phrase is the whole subject phrase', () => {
  // The word tagger may read a noun as a verb, so the word rules start the source after it.
  const a = cued('A short article in a local weekly said that the mayor had resigned.', 'said');
  assert.equal(a.source?.text, 'A short article in a local weekly');
  // A relative clause without a pronoun ends in a preposition's object.
  const b = cued('Two people I have worked with over the past few years said the mayor was ill.', 'said');
  assert.equal(b.source?.text, 'Two people I have worked with over the past few years');
});

test('an infinitive cue whose source ran over the main verb takes that verb\'s subject', () => {
  const a = cued('The rivals seized on the storm to criticise the mayor.', 'to criticise');
  assert.equal(a.source?.text, 'The rivals');
  const b = cued('Hundreds of commuters gathered in Dover this week to voice their anger at the ferry company.', 'to voice');
  assert.equal(b.source?.text, 'Hundreds of commuters');
});

test('a sentence\'s first word read as an adverb or a modal before a finite cue verb is a name and the source', () => {
  const a = cued('Kindly told reporters the ferry would run late.', 'told');
  assert.equal(a.source?.text, 'Kindly');
  const b = cued('Will urged the council to rebuild the pier.', 'urged');
  assert.equal(b.source?.text, 'Will');
  // A subordinator or an inverting adverb stays one.
  assert.equal(attributionsOf('So says a voice at the end of the film.').length, 0);
});

test('a capitalised word the tagger reads as an adverb or preposition after a comma, before a closing cue verb, is the name', () => {
  assert.equal(only('The ferry is far too slow for the island, Jolly said.', 'said').source?.text, 'Jolly');
  assert.equal(only('\u201cThe ferry is far too slow,\u201d From said.', 'said').source?.text, 'From');
});

test('a source running on from a noun over a relative pronoun (or none) to the subject of the cue\'s relative clause is that subject', () => {
  assert.equal(only('Some old records that Ms. Ito questioned are stored in the harbour office.', 'questioned').source?.text, 'Ms. Ito');
  assert.equal(only('The survey marks the third week in a row that the Harbour Institute poll has shown the mayor in the lead.', 'has shown').source?.text, 'the Harbour Institute poll');
  assert.equal(only('The mayor\'s reply to the question nobody asked was long.', 'asked').source?.text, 'nobody');
  // (Not a demonstrative "that" before a noun: the phrase stays whole.)
  assert.equal(only('A second pilot at the harbour that evening said the quay was unsafe.', 'said').source?.text, 'A second pilot at the harbour that evening');
});

test('a name right after a noun that an indefinite article opens ("a point Ito acknowledged") is the relative clause\'s subject, the source', () => {
  assert.equal(only('The talks went both ways, a point Ito also acknowledged to the harbour board.', 'also acknowledged').source?.text, 'Ito');
  assert.equal(only('She was named Miss Harbour, an honor Lee said he hoped would last.', 'said').source?.text, 'Lee');
  // (Not a participle read as a noun, nor an acronym closing a compound.)
  assert.equal(only('A flabbergasted Lee quipped that the quay was too short.', 'quipped').source?.text, 'A flabbergasted Lee');
});

test('a participle cue right after "<noun> of <phrase>" says what the phrase\'s people say, unless the noun is a quantity or a collective', () => {
  assert.equal(only('The rhetoric of the harbour pilots blasting the new quay grew louder in March.', 'blasting').source?.text, 'the harbour pilots');
  assert.equal(only('A group of pilots backing the mayor met on Monday.', 'backing').source?.text, 'A group of pilots');
});

test('an adverb closing the subject\'s noun phrase ("here", "alike", "everywhere") is the source\'s, not the cue\'s', () => {
  const a = cued('Pilots here point to the storm as the cause of the delay.', 'point to');
  assert.equal(a.source?.text, 'Pilots here');
  const b = cued('Fishermen and sailors alike are calling on the mayor to reopen the quay.', 'are calling on');
  assert.equal(b.source?.text, 'Fishermen and sailors alike');
  const c = cued('Two surveys from the Harbour Institute and the Quay Trust respectively show a tie.', 'show');
  assert.equal(c.source?.text, 'Two surveys from the Harbour Institute and the Quay Trust respectively');
  // (After the verb it stays the verb's: "said here that".)
  assert.equal(cued('The mayor said here that the quay would reopen.', 'said').source?.text, 'The mayor');
});

test('a phrase naming only a time ("any time", "that morning") is no source', () => {
  const a = cued('Ms. Lee did not at any time mention the quay in her speech.', 'mention');
  assert.equal(a.source, undefined);
  // (A lone capitalised time noun may be a name: "Time", "Day".)
  assert.equal(cued('Time reported that the quay would close.', 'reported').source?.text, 'Time');
});

test('a source named after its cue goes on past a quoted title inside its appositive', () => {
  const a = cued('\u201cThe quay is unsafe,\u201d said Jo Lee, the author of \u201cSalt Roads,\u201d a history of the harbour.', 'said');
  assert.equal(a.source?.text, 'Jo Lee, the author of \u201cSalt Roads,\u201d a history of the harbour');
});

test('an infinitive of purpose after a phrase of its verb takes the clause\'s subject, as the tree reads it', () => {
  const a = cued('Pilots Jo Lee, Sam Cole, Ann Park, Tim Wu and Eve Long went on television to praise the mayor\'s decision.', 'to praise');
  assert.equal(a.source?.text, 'Pilots Jo Lee, Sam Cole, Ann Park, Tim Wu and Eve Long');
});

test('a statement noun\'s possessor is the noun phrase after the last preposition before it', () => {
  const a = cued('The tax is at the centre of Mr. Lee\'s criticism of the harbour board.', 'criticism of');
  assert.equal(a.source?.text, 'Mr. Lee\'s');
  // (A preposition inside a name stays: "the Secretary of State's".)
  assert.equal(cued('The Secretary of State\'s proposal to close the quay was rejected.', 'proposal').source?.text, 'The Secretary of State\'s');
});

test('a participle set off by a comma takes its clause\'s whole coordinated subject, without a floating quantifier', () => {
  assert.equal(cued('Mayor Lee and other local leaders spoke on Monday, claiming that the quay was unsafe.', 'claiming').source?.text, 'Mayor Lee and other local leaders');
  assert.equal(cued('Jo Lee and Sam Cole both campaigned hard in Dover, hoping to win the vote.', 'hoping').source?.text, 'Jo Lee and Sam Cole');
});

test('a participle set off by a comma takes its clause\'s subject with a prepositional phrase after the noun, not a time', () => {
  assert.equal(cued('Pilots on the quay seized on the report, arguing that the pier was unsafe.', 'arguing').source?.text, 'Pilots on the quay');
  assert.equal(cued('The mayor on Tuesday seized on the report, arguing that the pier was unsafe.', 'arguing').source?.text, 'The mayor');
});

test('a time phrase opening the clause with no comma is no part of the source', () => {
  const a = cued('On Tuesday Foreign Minister Ann Park told the assembly that the port would reopen.', 'told');
  assert.equal(a.source?.text, 'Foreign Minister Ann Park');
  const b = cued('But in March Jo Lee said the ferry would stop.', 'said');
  assert.equal(b.source?.text, 'Jo Lee');
});

test('a gerund after a determiner or an adjective is a noun of the source', () => {
  const a = cued('Some careful polling shows that the ferry fare will rise.', 'shows');
  assert.equal(a.source?.text, 'Some careful polling');
  // (The sentence's capitalised first word is tagged a noun.)
  const b = cued('Harbour polling found the ferry crews were tired.', 'found');
  assert.equal(b.source?.text, 'Harbour polling');
});

test('an adverb before a participle that modifies the noun is the source\'s', () => {
  const a = cued('A newly elected mayor said the pier was safe.', 'said');
  assert.equal(a.source?.text, 'A newly elected mayor');
  const b = cued('The board\'s recently appointed harbour chief told the crews that the pier was safe.', 'told');
  assert.equal(b.source?.text, 'The board\'s recently appointed harbour chief');
});
