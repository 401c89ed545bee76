import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventDate, type EventDate } from '../src/code/event-date.js';
import { SyntaxLayer } from '../src/syntax/layer.js';
import { syntaxModel } from '../src/syntax/index.js';
import { defaultDictionaries } from '../src/code/coder.js';
import { canonicalWord } from '../src/code/lexicon.js';

/** The parse the coder would give the text (event dates read the clauses of the tree). */
const parsed = (text: string) => new SyntaxLayer(text, syntaxModel);

// Each case is one sentence (the whole document text) with its trigger verb; `nth` picks a later
// occurrence of the verb when it repeats. Dates are written out by hand: 2022-01-12 is a Wednesday,
// 2022-01-14 a Friday.

function dateOf(sentence: string, verb: string, articleDate: string | null, nth = 0, prefix = ''): EventDate {
  const text = prefix + sentence;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(verb, at + 1);
  assert.ok(at >= 0, `verb '${verb}' is in the sentence`);
  return eventDate(text, { start: prefix.length, end: text.length }, { start: at, end: at + verb.length }, articleDate, parsed(text), (word) => defaultDictionaries().modality.get(canonicalWord(word)));
}

function expect(sentence: string, verb: string, articleDate: string | null, date: string | null, precision: EventDate['precision'], rule?: RegExp) {
  const result = dateOf(sentence, verb, articleDate);
  assert.equal(result.date, date, `${verb}: ${result.rule}`);
  assert.equal(result.precision, precision, `${verb}: ${result.rule}`);
  if (rule) assert.match(result.rule, rule);
  return result;
}

const DECLARATION =
  'In 1956, the Soviet Union and Japan signed a joint declaration in which Moscow agreed to consider returning two of the islands once a peace treaty was concluded.';

test('a sentence-initial year dates the main verb and the relative clause', () => {
  const signed = expect(DECLARATION, 'signed', '2022-01-12', '1956', 'year', /sentence-initial 'In 1956'/);
  assert.deepEqual(signed.span, { start: 0, end: 'In 1956'.length });
  // (The parse reads "in which Moscow agreed" as an adverbial clause of "signed", so the year is its own clause's.)
  expect(DECLARATION, 'agreed', '2022-01-12', '1956', 'year', /sentence-initial 'In 1956'/);
});

test('a weekday in a Wednesday article on a Wednesday is that day', () => {
  const text = 'Kyodo News Agency reported on Wednesday, citing sources, that the talks had stalled.';
  const r = expect(text, 'reported', '2022-01-12', '2022-01-12', 'day', /weekday 'on Wednesday' resolved to the past/);
  assert.equal(text.slice(r.span!.start, r.span!.end), 'on Wednesday');
});

test('a weekday is read in the past: Monday in a Friday article is the Monday before', () => {
  expect('The foreign ministers spoke by telephone on Monday.', 'spoke', '2022-01-14', '2022-01-10', 'day');
  expect('The foreign ministers spoke by telephone on Friday.', 'spoke', '2022-01-14', '2022-01-14', 'day');
  expect('The envoy arrived in Moscow on Saturday.', 'arrived', '2022-01-14', '2022-01-08', 'day');
});

test('a future verb takes the next such weekday, the same day counting', () => {
  expect('The two leaders will meet on Monday in Geneva.', 'meet', '2022-01-14', '2022-01-17', 'day', /resolved to the future/);
  expect('The two leaders will meet on Friday in Geneva.', 'meet', '2022-01-14', '2022-01-14', 'day');
  expect('The minister is to visit Tokyo on Tuesday.', 'visit', '2022-01-14', '2022-01-18', 'day');
});

test('modified weekdays: last and next', () => {
  expect('Protesters gathered outside the embassy last Friday.', 'gathered', '2022-01-14', '2022-01-07', 'day');
  expect('Talks resume next Monday, officials said.', 'resume', '2022-01-14', '2022-01-17', 'day');
});

test('yesterday, today, days ago', () => {
  expect('The ministry summoned the ambassador yesterday.', 'summoned', '2022-01-14', '2022-01-13', 'day');
  expect('Police detained 40 people two days ago in the capital.', 'detained', '2022-01-14', '2022-01-12', 'day');
  expect('The president signed the decree this morning.', 'signed', '2022-01-14', '2022-01-14', 'day');
});

test('a day with a month: with and without a year', () => {
  expect('The troops withdrew on Jan. 5 after talks.', 'withdrew', '2022-01-14', '2022-01-05', 'day');
  expect('The troops withdrew on Dec. 30 after talks.', 'withdrew', '2022-01-14', '2021-12-30', 'day');
  // Past-tense news: a day later in the year than the article is last year's.
  expect('The troops withdrew on Jan. 20 after talks.', 'withdrew', '2022-01-14', '2021-01-20', 'day');
  expect('The summit will open on Jan. 20 in Vienna.', 'open', '2022-01-14', '2022-01-20', 'day');
  expect('The accord was signed on March 5, 2018 in Minsk.', 'signed', '2022-01-14', '2018-03-05', 'day');
});

test('month precision: in March 2018, last month, a bare month', () => {
  const r = expect('The two countries held talks in March 2018 in Moscow.', 'held', '2022-01-14', '2018-03', 'month');
  assert.match(r.rule, /March 2018/);
  expect('Exports fell sharply last month, the ministry said.', 'fell', '2022-01-14', '2021-12', 'month');
  expect('The government raised fuel prices earlier this month.', 'raised', '2022-01-14', '2022-01', 'month');
  expect('Parliament passed the bill in March amid protests.', 'passed', '2022-01-14', '2021-03', 'month');
  expect('Parliament will vote on the bill in March.', 'vote', '2022-01-14', '2022-03', 'month');
});

test('year precision: in 2018, last year, early 2018, since 2014', () => {
  expect('The navy held exercises in 2018 near the islands.', 'held', '2022-01-14', '2018', 'year');
  expect('The navy held exercises last year near the islands.', 'held', '2022-01-14', '2021', 'year');
  expect('The navy held exercises in early 2018 near the islands.', 'held', '2022-01-14', '2018', 'year');
  expect('Relations have been frozen since 2014.', 'frozen', '2022-01-14', '2014', 'year', /since 2014/);
});

test('a range of years is no single date; "now" is no expression', () => {
  expect('Abe met Putin 27 times between 2012 and 2020.', 'met', '2022-01-14', null, null, /spans several years/);
  expect('Japan now holds the presidency of the group.', 'holds', '2022-01-14', '2022-01-14', 'day', /^article date$/);
  expect('Japan now holds the presidency of the group.', 'holds', null, null, null);
});

test('a modal of the future reads a bare month forwards', () => {
  expect('Japan may sign the agreement in May.', 'sign', '2022-01-14', '2022-05', 'month');
  expect('Japan signed the agreement in May.', 'signed', '2022-01-14', '2021-05', 'month');
});

test('a week is kept to the month that holds it', () => {
  // The calendar week before 2022-01-14 is 3..9 January.
  expect('Rebels attacked the convoy last week.', 'attacked', '2022-01-14', '2022-01', 'month', /week 'last week'/);
  // Before 2022-01-05 it is 27 December..2 January: no month or year holds it.
  expect('Rebels attacked the convoy last week.', 'attacked', '2022-01-05', null, null, /straddles/);
  // "Earlier this week" on Thursday 2022-02-10 is 7..10 February; on Thursday 2022-02-03 it is 31
  // January..3 February, which only the year holds.
  expect('Rebels attacked the convoy earlier this week.', 'attacked', '2022-02-10', '2022-02', 'month');
  expect('Rebels attacked the convoy earlier this week.', 'attacked', '2022-02-03', '2022', 'year');
  expect('The parliament will debate the bill next week.', 'debate', '2022-01-14', '2022-01', 'month');
});

test('a word marking another time leaves the event undated', () => {
  expect('Subsequent negotiations did not result in a peace treaty.', 'result', '2022-01-12', null, null, /'Subsequent' marks an earlier time/);
  expect('He formerly consulted former Prime Minister Shinzo Abe on the matter.', 'consulted', '2022-01-12', null, null, /'formerly'/);
  expect('Putin later rejected the proposal.', 'rejected', '2022-01-12', null, null, /'later'/);
  expect('At the time, Moscow insisted on its sovereignty.', 'insisted', '2022-01-12', null, null, /at the time/i);
  expect('Historically, the islands belonged to neither country.', 'belonged', '2022-01-12', null, null, /Historically/);
  expect('Tokyo had offered economic aid to the region.', 'offered', '2022-01-12', null, null, /past perfect 'had offered'/);
  expect('The ministry previously denied the report.', 'denied', '2022-01-12', null, null, /previously/);
  expect('Russia has since withdrawn its offer.', 'withdrawn', '2022-01-12', null, null, /has since/);
  // A relative clause inherits the marker of the clause it hangs on.
  expect('He formerly consulted former Prime Minister Shinzo Abe, under whom bilateral ties were developed.', 'developed', '2022-01-12', null, null, /'formerly'/);
  expect('Tokyo had offered aid, which Moscow rejected.', 'rejected', '2022-01-12', null, null, /had offered/);
});

test('a causal "since" is no marker of time', () => {
  expect('Observers believe the step is a concession, since Japan demands all four islands.', 'believe', '2022-01-12', '2022-01-12', 'day', /^article date$/);
});

test('a year before a capitalised name is a name, not the date', () => {
  const text = 'In 2018, Japan and Russia agreed to speed up negotiations on the peace treaty on the basis of the 1956 Japanese-Soviet Joint Declaration.';
  expect(text, 'agreed', '2022-01-12', '2018', 'year', /In 2018/);
  expect('Japan and Russia agreed to build on the 1956 Joint Declaration.', 'agreed', '2022-01-12', '2022-01-12', 'day', /^article date$/);
  expect('The 2020 Olympics opened in Tokyo amid the pandemic.', 'opened', '2021-07-24', '2021-07-24', 'day');
});

test('a year is a date only when governed, and not before a unit noun', () => {
  // Tuesday dates the detentions, what the police said, not the saying.
  expect('Police said 1956 people were detained on Tuesday.', 'detained', '2022-01-14', '2022-01-11', 'day');
  expect('Police said 1956 people were detained on Tuesday.', 'said', '2022-01-14', '2022-01-14', 'day', /^article date$/);
  expect('Exports reached 2018 tons, officials say.', 'say', '2022-01-14', '2022-01-14', 'day', /^article date$/);
});

test('a date in another clause does not leak into the trigger', () => {
  const text = 'Japan said on Tuesday it wants talks, a step it last took in 1998.';
  expect(text, 'said', '2022-01-14', '2022-01-11', 'day', /on Tuesday/);
  expect(text, 'took', '2022-01-14', '1998', 'year');
  // The relative clause's date is its own: the main verb gets none.
  expect('The minister, who arrived on Monday, praised the host government.', 'praised', '2022-01-14', null, null, /dates another clause/);
  expect('The minister, who arrived on Monday, praised the host government.', 'arrived', '2022-01-14', '2022-01-10', 'day');
  expect('Japan protested on Monday, but Russia rejects the claim.', 'rejects', '2022-01-14', null, null, /another clause/);
  expect('Japan protested on Monday, but Russia rejects the claim.', 'protested', '2022-01-14', '2022-01-10', 'day');
  expect('Tokyo says it is ready to talk; the two sides last met in 2019.', 'says', '2022-01-14', null, null);
  expect('Tokyo says it is ready to talk; the two sides last met in 2019.', 'met', '2022-01-14', '2019', 'year');
});

test('the nearest expression in the clause wins', () => {
  expect('On Monday the agency reported that troops crossed the border on Sunday.', 'crossed', '2022-01-14', '2022-01-09', 'day');
  expect('On Monday the agency reported that troops crossed the border on Sunday.', 'reported', '2022-01-14', '2022-01-10', 'day');
});

test('quoted speech keeps its dates; the saying takes the article date', () => {
  const text = '"We will meet again on Monday," the spokesman said.';
  expect(text, 'meet', '2022-01-14', '2022-01-17', 'day');
  expect(text, 'said', '2022-01-14', '2022-01-14', 'day', /^article date$/);
});

test('no date expression: the article date for a present-tense sentence, null without one', () => {
  expect('Japan wants to resolve the territorial dispute with Russia.', 'wants', '2022-01-12', '2022-01-12', 'day', /^article date$/);
  expect('Japan wants to resolve the territorial dispute with Russia.', 'wants', null, null, null);
  expect('The foreign ministers spoke on Monday.', 'spoke', null, null, null, /needs the article's date/);
  expect('The navy held exercises in 2018.', 'held', null, '2018', 'year');
});

test('offsets are into the whole document, not the sentence', () => {
  const prefix = 'TOKYO (Sputnik) - First paragraph. ';
  const r = dateOf('Kyodo News Agency reported on Wednesday.', 'reported', '2022-01-12', 0, prefix);
  assert.equal(r.date, '2022-01-12');
  assert.equal(r.span!.start, prefix.length + 'Kyodo News Agency reported '.length);
  const initial = dateOf(DECLARATION, 'agreed', null, 0, prefix);
  assert.equal(initial.date, '1956');
  assert.deepEqual(initial.span, { start: prefix.length, end: prefix.length + 'In 1956'.length });
});

test('a duration counted from another event does not date the event', () => {
  const text = 'Gondor is about to restore ties with Arnor almost five years after crowds trashed its embassy.';
  const trigger = { start: text.indexOf('restore'), end: text.indexOf('restore') + 7 };
  const d = eventDate(text, { start: 0, end: text.length }, trigger, '1995-11-01', parsed(text));
  assert.equal(d.date, '1995-11-01');
});

test('clauses come from the parse: what is said is dated apart from the saying, and takes the report\'s date when it has none', () => {
  // A date in what is said dates that, not the saying.
  expect('The firm said it bought the shares last year.', 'said', '2022-01-14', '2022-01-14', 'day', /^article date$/);
  expect('The firm said it bought the shares last year.', 'bought', '2022-01-14', '2021', 'year');
  // What is reported, with no date of its own, takes the report's: the frame before it or inverted after it.
  expect('On Wednesday the minister said the government was planning new talks.', 'planning', '2022-01-14', '2022-01-12', 'day', /sentence-initial/);
  expect('The minister said on Wednesday the government was planning new talks.', 'planning', '2022-01-14', '2022-01-12', 'day', /dates the report of it/);
  expect('Japan wants talks with Russia, Kyodo reported on Monday.', 'wants', '2022-01-14', '2022-01-10', 'day', /dates the report of it/);
  // A relative clause between commas keeps its date to itself, however the parser first read it.
  expect('The president, who took office in 2019, signed the bill.', 'signed', '2022-01-14', null, null, /dates another clause/);
  expect('The president, who took office in 2019, signed the bill.', 'took', '2022-01-14', '2019', 'year');
  // An adverbial clause shares its governor's time.
  expect('The attack took place on Friday as the ministers arrived at the school.', 'arrived', '2022-01-14', '2022-01-14', 'day', /on Friday/);
});

test('a quotation inside the clause holds the speaker\'s dates, not the saying\'s', () => {
  expect('The senator pleaded with colleagues because "this may decide the next 21 months."', 'pleaded', '1987-04-03', '1987-04-03', 'day', /^article date$/);
});

test('a clause of its own time ("since", "because") dates only itself: "his first visit since he assumed power in June 1982"', () => {
  expect('King Fahd will meet Queen Elizabeth during the visit, his first to Britain since he assumed power in June 1982.', 'meet', '1987-03-22', '1987-03-22', 'day', /article date/);
  expect('King Fahd will meet Queen Elizabeth during the visit, his first to Britain since he assumed power in June 1982.', 'assumed', '1987-03-22', '1982-06', 'month');
});

test('a day named with its weekday is in the year where it falls on that weekday: "Thursday, March 26" in March 1987', () => {
  // (Read forward, "will tender … March 26" in an article of March 30 would be 1988, a Saturday.)
  expect('Taiwan will tender Thursday, March 26, for 356,000 tonnes of corn.', 'tender', '1987-03-30', '1987-03-26', 'day');
  // (Read backward, "met … on Friday, April 3" in an article of March 30 would be 1986, a Thursday.)
  expect('Japan met China on Friday, April 3.', 'met', '1987-03-30', '1987-04-03', 'day');
});

test('a day or month without a year in a clause not in the past is the nearest one, not the latest before the article', () => {
  // Present tense, a modal: after the article's date, in the same year.
  expect('Tanaka will be received when he visits Washington April 29.', 'visits', '1987-04-02', '1987-04-29', 'day', /not in the past|future/); // (a present tense in a clause of time is told as coming)
  expect('Reagan said that on April 17 he would raise tariffs to penalize Japan.', 'penalize', '1987-04-02', '1987-04-17', 'day', /not in the past|future/); // (its governor's 'would' tells the infinitive as coming)
  // The past keeps reading back; an infinitive is as far in the past as its governor.
  expect('Japan met China on April 30.', 'met', '1987-04-02', '1986-04-30', 'day', /resolved to the past/);
  expect('Hughes was forced to resign in May.', 'resign', '2005-01-01', '2004-05', 'month', /resolved to the past/);
});

test('"this weekend" under a verb not in the past looks ahead; a participle is in its governor\'s time', () => {
  // 1987-04-03 is a Friday.
  expect('Finance ministers meet in Belgium this weekend to discuss the dollar.', 'discuss', '1987-04-03', '1987-04-04', 'day', /future/);
  expect('Mr Smith visits Japan, starting on April 11.', 'visits', '1987-04-03', '1987-04-11', 'day');
});

test('a date after a determiner modifies its noun, it does not date the event: "failure to comply with a July 1986 agreement"', () => {
  expect("Tariffs were raised over Japan's failure to comply with a July 1986 agreement.", 'comply', '1987-04-03', '1987-04-03', 'day', /article date/);
  expect('Japan signed the pact in July 1986.', 'signed', '1987-04-03', '1986-07', 'month');
  // (A day between a determiner and its noun too: "a July 20 Security Council order", "the March 3, 1987 accord".)
  expect('Iran rejected a July 20 Security Council order for a ceasefire.', 'rejected', '1987-10-19', '1987-10-19', 'day', /article date/);
  expect('Iran rejected the March 3, 1987 accord.', 'rejected', '1987-10-19', '1987-10-19', 'day', /article date/);
  expect('Iran rejected the order on July 20.', 'rejected', '1987-10-19', '1987-07-20', 'day');
  expect('The automaker sold 11,841 cars in the March 1 through 20 period.', 'sold', '1987-03-24', '1987-03-01', 'day');
});

test('a date after "for" before a noun dates that noun, not the event: "bought rapeseed for May shipment"', () => {
  expect('Japan bought rapeseed for May shipment.', 'bought', '1987-04-13', '1987-04-13', 'day', /article date/);
  expect('Japan bought rapeseed for June 1/10 shipment.', 'bought', '1987-04-13', '1987-04-13', 'day', /article date/);
});

test('a report\'s own date is in the report\'s time, not the future it reports; a weekday opening a name is no date', () => {
  expect('Reagan announced on March 27 he would impose the tariffs.', 'impose', '1987-04-17', '1987-03-27', 'day', /dates the report/);
  expect('The Sunday Telegraph said it would oppose the bid.', 'oppose', '2005-01-01', '2005-01-01', 'day', /article date/);
});

test('a deadline ("by July 1") is the nearest such day, and dates only the verb it hangs on', () => {
  const sentence = 'The opposition has agreed to back the bill and allow its passage through parliament by July 1, ahead of the summer recess.';
  expect(sentence, 'allow', '1987-06-15', '1987-07-01', 'day');
  // (The agreeing is dated by the article: a deadline says when another act must be done, not that the agreeing is of
  // another time. "extending its support until 2007" is a deadline too.)
  expect(sentence, 'agreed', '1987-06-15', '1987-06-15', 'day');
  expect('Turkey has agreed a draft proposal with the IMF, extending its support until 2007.', 'agreed', '2004-12-07', '2004-12-07', 'day');
  expect('Turkey has agreed a draft proposal with the IMF, extending its support until 2007.', 'extending', '2004-12-07', '2007', 'year');
  // A day in a past clause with no "by" is still the latest before the article: "met on July 1".
  expect('The two ministers met in Bonn on July 1.', 'met', '1987-06-15', '1986-07-01', 'day');
});

test('a day in an infinitive a verb of intent governs dates that act, not the intending: "plans to meet China on Monday"', () => {
  // (Before, the planning took Monday, and in the past: the Monday before the article.)
  expect('Japan plans to meet China on Monday.', 'plans', '1987-04-24', '1987-04-24', 'day', /article date/);
  // (The parser reads this infinitive as the offer's purpose, advcl: the same.)
  expect('France offered Germany to resume the talks on May 5.', 'offered', '1987-04-24', '1987-04-24', 'day', /article date/);
  // Hung on the trigger itself, it still dates it.
  expect('Japan decided on Monday to meet China.', 'decided', '1987-04-24', '1987-04-20', 'day');
  // Nor a date further down what is intended: "in June" is the summit's.
  expect('Nakasone hopes to meet Reagan in late April to prepare for the Venice summit in June.', 'hopes', '1987-03-20', '1987-03-20', 'day', /article date/);
  // After a verb of no intent the date is still the act's, wherever the parser hangs it.
  expect('The Federal Reserve telephoned some banks to ask for quotes last Wednesday.', 'telephoned', '1987-03-16', '1987-03-11', 'day');
});

test('an infinitive is told as coming when the verb it hangs on is: "will meet Thursday and Friday to discuss trade"', () => {
  const sentence = 'The two leaders will meet Thursday and Friday to discuss trade tensions between their countries.';
  expect(sentence, 'meet', '1987-04-27', '1987-04-30', 'day');
  expect(sentence, 'discuss', '1987-04-27', '1987-05-01', 'day');
  // A past governor keeps the past: "met on Friday to discuss" was last Friday.
  expect('The two leaders met Friday to discuss trade tensions between their countries.', 'discuss', '1987-04-27', '1987-04-24', 'day');
});

test('a date in the condition of a warning\'s complement dates the condition, not the warning', () => {
  // The parser hangs "may take" on "warned" as an open complement; with its own subject it is a clausal one, and
  // "on April 17" belongs to the condition inside it.
  expect('Japan warned the United States it may take retaliatory measures if the United States imposes its planned trade sanctions on April 17.', 'warned', '1987-04-11', '1987-04-11', 'day');
});

test('a present participle on a noun is at its governor\'s time ("on May 3 approved a resolution urging …")', () => {
  expect('The Chilean senate on May 3 approved a resolution urging Peru to withdraw its ambassador.', 'withdraw', '2015-05-05', '2015-05-03', 'day');
  expect('The Chilean senate on May 3 approved a resolution urging Peru to withdraw its ambassador for having insulted the president on April 20.', 'withdraw', '2015-05-05', '2015-05-03', 'day');
});
