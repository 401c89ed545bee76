import { isIsoDay } from '../article/dates.js';
import type { SyntaxLayer } from '../syntax/layer.js';
import { sentenceClauses, type SentenceClauses } from './event-clauses.js';
import { notPast, verbAbove } from './verb-tense.js';
import { presentInTimeClause } from './tree-modality.js';
import { isProposedAct } from './roles.js';
import type { ModalityKind } from './dictionaries.js';
import { expressions, FUTURE_CONTEXT, type Day, type Expression, type Span } from './date-expressions.js';

// The event's OWN date, as opposed to the article's. News speaks of the past: a date expression in the
// event's clause dates it (a weekday or a day without a year is read backwards from the article's date),
// a sentence-initial "In 1956," dates the whole sentence, and only an event whose sentence gives no sign
// of another time takes the article's date. Precision is kept: "1956", "2018-03", "2022-01-12".
//
// How an expression is chosen, in order:
//   1. a date expression in the trigger's clause, the one nearest the trigger;
//   2. a word marking another time in the trigger's clause ("subsequently", "formerly", "has since", "in the
//      1990s", the trigger in the past perfect "had signed"), or before it in the clause a relative clause
//      hangs on ("formerly consulted Abe, under whom ties were developed") → null;
//   3. a sentence-initial expression ("In 1956, ...") governs every clause of the sentence; an expression in the
//      clause that reports the trigger's ("on Wednesday she said the government was planning", "…, Kyodo reported on
//      Wednesday") dates it;
//   4. a date expression in another clause → null (it dates that clause, not this event); one in what the
//      trigger's clause says ("said Russia annexed it in 2014") does not stop the next rule;
//   5. the article's date ("article date"), or null when there is none.
// Clauses come from the parse (src/code/event-clauses.ts): complements, relative clauses, parataxis and adverbial
// or coordinated clauses with a subject of their own are clauses apart; "wants to meet" and "arrived on Monday and
// met" are one clause.
//
// How a date expression is found and resolved to a day, month or year: date-expressions.ts.

export interface EventDate {
  date: string | null;
  precision: 'year' | 'month' | 'day' | null;
  /** The date expression used, as offsets into the document text. */
  span?: { start: number; end: number };
  rule: string;
}

// ---------------------------------------------------------------- markers of another time
// (Not the adjective "former": "met former Prime Minister Abe" is met now; "former" says what Abe is.)

const TIME_MARKERS =
  /\b(subsequent(?:ly)?|formerly|previously|previous|originally|historically|later|earlier|since\s+then|ever\s+since|(?:has|have|had|having)\s+since|since\s+\w+ing|at\s+the\s+time|in\s+the\s+past|back\s+then|used\s+to|ago|in\s+the\s+(?:19|20)\d0s)\b/i;

const IRREGULAR_PARTICIPLES = new Set(
  'been done gone made met said held left led sent built brought thought bought taught caught fought sought told sold found won lost paid kept put set cut hit let run come become begun seen taken given written spoken broken chosen known shown grown drawn thrown flown fallen risen driven beaten forgotten got gotten struck stood understood meant spent felt heard read sat shut spread quit withdrawn undertaken overseen'.split(' '),
);

function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return /(?:ed|en|wn)$/.test(w) || IRREGULAR_PARTICIPLES.has(w);
}

/** "had signed", "had not been signed", "had already agreed": the trigger's past perfect, or null. */
function pastPerfect(text: string, clauseStart: number, trigger: Span): string | null {
  const before = text.slice(Math.max(clauseStart, trigger.start - 60), trigger.start);
  const word = text.slice(trigger.start, trigger.end).trim().split(/\s+/)[0] ?? '';
  if (!isParticiple(word)) return null;
  const m = /\b(?:had|'d|’d)\s+(?:(?:not|never|already|also|just|long|once|previously|since|\w+ly)\s+){0,2}(?:been\s+)?$/i.exec(before);
  return m ? m[0] + text.slice(trigger.start, trigger.end) : null;
}

const PAST_PERFECT_ANYWHERE = /\b((?:had|'d|’d)\s+(?:(?:not|never|already|also|just|long|\w+ly)\s+){0,2}(?:been\s+)?(?:\w+(?:ed|en|wn)|met|made|held|done|gone|sent|told|lost|won|led|left|paid|kept|found|sold|built|brought|fought))\b/i;

const FUTURE_BEFORE =
  /\b(?:will|shall|won't|wo\s+not|'ll|’ll|would|may|might|(?:is|are|was|were|am)\s+(?:not\s+)?(?:due\s+|set\s+|scheduled\s+|expected\s+|going\s+|slated\s+|planning\s+)?to|plans?\s+to|intends?\s+to|aims?\s+to)\s+(?:(?:not|also|then|again|soon|\w+ly)\s+){0,2}(?:be\s+)?$/i;

// ---------------------------------------------------------------- the event's date

/**
 * The date of the event whose verb is `trigger`, in `sentence`, both offsets into the document `text`.
 * `articleDate` is the article's ISO day (or null). See the rules at the top of this file.
 */
let memo: { text: string; article: string | null; sentences: Map<string, SentenceDates> } | null = null;

interface SentenceDates {
  exprs: Expression[];
  /** No date expression, no marker of another time and no past perfect: every event takes the article's date. */
  plain: boolean;
  /** Parsed on first need: a plain sentence needs no clauses. */
  clauses: SentenceClauses | null;
}

/** An auxiliary of the past perfect anywhere (what pastPerfect and PAST_PERFECT_ANYWHERE look for begins so). */
const PERFECT_AUXILIARY = /\b(?:had|'d|’d)\s/i;

/**
 * `modalityOf`: a word's kind in data/lexicon/modality.tsv: a verb of intent's infinitive has a date of its own, and a
 * clause of time in the present tells what is to come.
 */
export function eventDate(text: string, sentence: Span, trigger: Span, articleDate: string | null, layer: SyntaxLayer, modalityOf: (word: string) => ModalityKind | undefined = () => undefined): EventDate {
  const intentVerb = (word: string) => ['intent', 'attempt'].includes(modalityOf(word) ?? '');
  const article = articleDate && isIsoDay(articleDate) ? articleDate.slice(0, 10) : null;
  const articleDay: Day | null = article ? { y: Number(article.slice(0, 4)), m: Number(article.slice(5, 7)), d: Number(article.slice(8, 10)) } : null;
  // Every event of a sentence shares its date expressions and clauses: read them once per document.
  if (memo?.text !== text || memo.article !== article) memo = { text, article, sentences: new Map() };
  const key = `${sentence.start}:${sentence.end}`;
  let parsed = memo.sentences.get(key);
  if (!parsed) {
    const sentenceText = text.slice(sentence.start, sentence.end);
    const exprs = expressions(sentenceText, sentence.start, article);
    const plain = exprs.length === 0 && !TIME_MARKERS.test(sentenceText) && !PERFECT_AUXILIARY.test(sentenceText);
    memo.sentences.set(key, (parsed = { exprs, plain, clauses: null }));
  }
  // (Rules 1-4 below need a date expression, a marker or a past perfect: a plain sentence goes to rule 5 unparsed.)
  if (parsed.plain) return articleDateOrNone(article);
  const clauses = (parsed.clauses ??= sentenceClauses(layer, text, sentence));
  // ("rejected … a July 20 U.N. Security Council order": a day modifying a noun dates the thing, not the event.)
  const exprs = parsed.exprs.filter((e) => !e.attributive || !modifiesNounAfter(layer, sentence, e));
  const { pieces } = clauses;
  const triggerClause = clauses.clauseAt(trigger.start);
  const ownPieces = pieces.filter((p) => p.clause === triggerClause);
  const clauseStart = ownPieces.find((p) => p.start <= trigger.start && trigger.start < p.end)?.start ?? sentence.start;

  const before = text.slice(clauseStart, trigger.start);
  // The trigger's verb and whether it is told as coming are asked for only by the rules that need them (verbAbove
  // scans the sentence's tokens), and each once.
  let triggerVerb: number | undefined;
  const verbOfTrigger = () => (triggerVerb ??= verbAbove(layer, sentence, trigger.start));
  let triggerFuture: boolean | undefined;
  // ("will meet Thursday and Friday to discuss trade": an infinitive is told as coming when the verb it hangs on is.)
  // ("a day before Sarkozy heads to Beijing for the opening on Friday": the present in a clause of time is to come.)
  const toldAsComing = () => (triggerFuture ??= FUTURE_BEFORE.test(before) || governorToldAsComing(layer, verbOfTrigger()) || presentInTimeClause(layer, verbOfTrigger(), (t) => modalityOf(layer.word(t))) !== undefined);
  // (`ofTrigger` false: the expression dates another verb, the report of the trigger, whose own time it takes.)
  const use = (e: Expression, rule: (how: string) => string, ofTrigger = true): EventDate => {
    const future = (ofTrigger && toldAsComing()) || FUTURE_CONTEXT.test(text.slice(Math.max(sentence.start, e.start - 30), e.start));
    const r = e.resolve({ article: articleDay, future, nearest: () => notPast(layer, verbAbove(layer, sentence, e.start)) });
    return { date: r.date, precision: r.precision, span: { start: e.start, end: e.end }, rule: rule(r.how) };
  };

  // 1. A date expression in the trigger's own clause, nearest the trigger.
  const distance = (e: Span) => (e.end <= trigger.start ? trigger.start - e.end : e.start >= trigger.end ? e.start - trigger.end : 0);
  // (A quotation inside the clause is the speaker's words: "pleaded … because 'this may decide the next 21 months'".)
  const quotedAt = (at: number) => pieces.find((p) => p.start <= at && at < p.end)?.quoted ?? false;
  const triggerQuoted = quotedAt(trigger.start);
  // ("agreed to allow its passage by July 1": a deadline dates the verb it hangs on, not the agreeing.)
  // ("agreed to meet China on Monday": a day in an infinitive a verb of intent governs dates the act still to come.)
  const datesTrigger = (e: Expression) => {
    const verb = verbAbove(layer, sentence, e.start);
    return e.deadline ? verb === verbOfTrigger() : !isInfinitiveComplementOf(layer, verb, verbOfTrigger(), intentVerb, e.start) && !insideProposedAct(layer, verb, verbOfTrigger());
  };
  const own = exprs.filter((e) => clauses.clauseAt(e.start) === triggerClause && quotedAt(e.start) === triggerQuoted && datesTrigger(e)).sort((a, b) => distance(a) - distance(b));
  const initial = exprs.find((e) => /^[\s"“'‘(]*$/.test(text.slice(sentence.start, e.start)));
  if (own[0]) {
    const e = own[0];
    return use(e, (how) => (e === initial ? `sentence-initial '${e.text}': ${how}` : how));
  }

  // 2. A word in the trigger's clause that marks another time than the article's.
  const perfect = pastPerfect(text, clauseStart, trigger);
  if (perfect) return { date: null, precision: null, rule: `no date: past perfect '${perfect}' marks an earlier time` };
  for (const p of ownPieces) {
    const m = TIME_MARKERS.exec(text.slice(p.start, p.end));
    if (m) return { date: null, precision: null, rule: `no date: '${m[1]}' marks an earlier time` };
  }
  // A relative clause is as far in the past as the clause it hangs on: "He formerly consulted Abe, under whom
  // ties were developed" (the marker must come before the trigger).
  for (let parent = clauses.relativeTo(triggerClause); parent >= 0; parent = clauses.relativeTo(parent)) {
    for (const p of pieces.filter((q) => q.clause === parent && q.start < trigger.start)) {
      const chunk = text.slice(p.start, Math.min(p.end, trigger.start));
      const m = TIME_MARKERS.exec(chunk) ?? PAST_PERFECT_ANYWHERE.exec(chunk);
      if (m) return { date: null, precision: null, rule: `no date: '${m[1]}' in the clause it hangs on marks an earlier time` };
    }
  }

  // 3. A sentence-initial expression ("In 1956, ...") governs the whole sentence.
  if (initial) return use(initial, (how) => `sentence-initial '${initial.text}' governs the sentence: ${how}`);

  // 3b. What is reported takes the date of its report ("on Wednesday she said the government was planning …",
  //     "… wants to meet, Kyodo reported on Wednesday").
  const saying = clauses.reportOf(triggerClause);
  const sayingDate = saying < 0 ? undefined : exprs.filter((e) => clauses.clauseAt(e.start) === saying).sort((a, b) => distance(a) - distance(b))[0];
  // ("Reagan announced on March 27 he would impose the tariffs": the report's past date, not the future it reports.)
  if (sayingDate) return use(sayingDate, (how) => `'${sayingDate.text}' dates the report of it: ${how}`, false);

  // 4. A date expression of another clause (quoted speech aside: "'... on Monday,' he said"). One in what the
  //    trigger's clause says dates what is said, not the saying ("said Russia annexed it in 2014").
  //    (Nor one in an adverbial clause of its own time: "his first visit since he assumed power in June 1982" dates
  //    the assuming alone.)
  // (A deadline tells when another act must end, never that the trigger's time is another: "agreed …, extending its
  // support until 2007" is agreed on the article's day.)
  const other = exprs.find((e) => {
    const verb = verbAbove(layer, sentence, e.start);
    if (e.deadline || isInfinitiveComplementOf(layer, verb, verbOfTrigger(), intentVerb, e.start) || insideProposedAct(layer, verb, verbOfTrigger())) return false;
    const piece = pieces.find((p) => p.start <= e.start && e.start < p.end);
    const clause = clauses.clauseAt(e.start);
    return !piece?.quoted && !clauses.contentOf(clause, triggerClause) && layer.relation(clause) !== 'advcl';
  });
  if (other) return { date: null, precision: null, rule: `no date: '${other.text}' dates another clause` };

  // 5. The article's date.
  return articleDateOrNone(article);
}

/** Whether the tree attaches the expression to a noun that follows it ("a July 20 … order"). */
function modifiesNounAfter(layer: SyntaxLayer, sentence: Span, e: Span): boolean {
  const tokens = layer.tokensWithin(sentence, e);
  for (const t of tokens) {
    const head = layer.head(t);
    if (head < 0 || tokens.includes(head)) continue;
    return layer.tokenStart(head) >= e.end && (layer.tag(head) === 'NOUN' || layer.tag(head) === 'PROPN');
  }
  return false;
}

/**
 * Whether `verb` lies in an infinitive that the trigger's verb, a verb of intent, governs as its complement or purpose
 * ("agreed to meet China on Monday", "hopes to meet Reagan in late April to prepare for the summit in June"): what is
 * intended is still to come, and its date is not the intending's. (After other verbs the parser's attachment of a
 * trailing date is no guide: "telephoned banks to ask for quotes last Wednesday" telephoned last Wednesday.)
 */
function isInfinitiveComplementOf(layer: SyntaxLayer, verb: number, trigger: number, intentVerb: (word: string) => boolean, at: number): boolean {
  if (verb < 0 || trigger < 0 || verb === trigger || !intentVerb(layer.word(trigger))) return false;
  for (let t = verb, depth = 0; t >= 0 && depth < 6; t = layer.head(t), depth++) {
    // (Only after the infinitive's verb: "decided on Monday to meet" is a parse that hangs the day on "meet".)
    if (layer.head(t) === trigger) return ['xcomp', 'advcl'].includes(layer.relation(t)) && layer.isInfinitive(t) && layer.tokenEnd(t) <= at;
  }
  return false;
}

/**
 * Whether `verb` lies in the infinitive on a noun of proposal or agreement below the trigger (roles.ts isProposedAct):
 * "signed an agreement to … return it to Chinese control in 1999" signs today what is to be done in 1999.
 */
function insideProposedAct(layer: SyntaxLayer, verb: number, trigger: number): boolean {
  for (let t = verb, depth = 0; t >= 0 && t !== trigger && depth < 6; t = layer.head(t), depth++) if (isProposedAct(layer, t)) return true;
  return false;
}

/** Whether the trigger's verb is an infinitive whose governing verb has a future auxiliary ("will meet … to discuss"). */
function governorToldAsComing(layer: SyntaxLayer, verb: number): boolean {
  if (verb < 0 || !layer.isInfinitive(verb)) return false;
  const governor = layer.head(verb);
  if (governor < 0) return false;
  const auxiliaries = layer.childrenBy(governor, 'aux').map((a) => layer.word(a));
  return auxiliaries.length > 0 && FUTURE_BEFORE.test(`${auxiliaries.join(' ')} `);
}

function articleDateOrNone(article: string | null): EventDate {
  if (article) return { date: article, precision: 'day', rule: 'article date' };
  return { date: null, precision: null, rule: 'no date expression and no article date' };
}
