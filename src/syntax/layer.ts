import type { Span } from '../document/document.js';
import type { SyntaxModel } from './model.js';
import { tokenizeSpan } from './tokenize.js';
import { wordList } from './repair-tree.js';

/** Words opening an adverbial clause of its own time (data/syntax/independent-clause-marks.tsv). */
const independentClauseMarks = () => wordList('independent-clause-marks.tsv');

// The syntax layer of a document (spaCy's Doc with its tokens, tags and tree): every token a span of
// the document's text with its tags, head and relation, kept in flat typed arrays. Sentences are
// parsed when a stage first asks for them, so a pipeline pays only for the sentences it reads.
// Every stage asks this layer for grammar (subjects, objects, complements, phrases) instead of
// segmenting clauses on its own.


/** Forms of "be" that make a passive of a past participle after them. */
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", 'am']);
export interface SyntaxToken extends Span {
  text: string;
  upos: string;
  xpos: string;
  /** Index of the head token in the document's token list; -1 for the sentence's root. */
  head: number;
  deprel: string;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer']);
/** Relations whose dependent always heads a clause of its own (universal part). */
const OWN_CLAUSE = new Set(['ccomp', 'csubj', 'acl', 'parataxis', 'list']);

interface ParsedSentence {
  first: number; // first token index
  count: number;
}

/** Relative and interrogative pronouns, which stand before the verb whose object they are. */
const WH_XPOS = new Set(['WP', 'WDT', 'WP$']);

export class SyntaxLayer {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly upos: string[] = [];
  private readonly xpos: string[] = [];
  private readonly heads: number[] = [];
  private readonly deprels: string[] = [];
  private readonly parsed = new Map<string, ParsedSentence>();
  // Kept in step with the tokens: a sentence's heads lie inside it, so adding one never changes earlier lists
  // (rebuilding them for the whole document after every parse made long documents quadratic).
  private readonly childLists: number[][] = [];

  constructor(
    readonly text: string,
    private readonly model: () => SyntaxModel,
  ) {}

  /** Parses the sentence at `span` (once) and returns its token range [first, first + count). */
  sentence(span: Span): ParsedSentence {
    const key = `${span.start}:${span.end}`;
    const known = this.parsed.get(key);
    if (known) return known;
    const words = tokenizeSpan(this.text, span.start, span.end);
    const analysis = this.model().analyse(words.map((w) => this.text.slice(w.start, w.end)));
    const first = this.starts.length;
    words.forEach((w, i) => {
      this.starts.push(w.start);
      this.ends.push(w.end);
      this.upos.push(analysis.upos[i]!);
      this.xpos.push(analysis.xpos[i]!);
      const head = analysis.heads[i]!;
      this.heads.push(head === 0 ? -1 : first + head - 1);
      this.deprels.push(analysis.deprels[i]!);
      this.childLists.push([]);
    });
    for (let d = first; d < this.heads.length; d++) if (this.heads[d]! >= 0) this.childLists[this.heads[d]!]!.push(d);
    const parsed = { first, count: words.length };
    this.parsed.set(key, parsed);
    return parsed;
  }

  get size(): number {
    return this.starts.length;
  }

  token(i: number): SyntaxToken {
    return {
      start: this.starts[i]!,
      end: this.ends[i]!,
      text: this.text.slice(this.starts[i]!, this.ends[i]!),
      upos: this.upos[i]!,
      xpos: this.xpos[i]!,
      head: this.heads[i]!,
      deprel: this.deprels[i]!,
    };
  }

  /** Where token i starts and ends in the text, for the readers that map words to tokens (no token object made). */
  tokenStart(i: number): number {
    return this.starts[i]!;
  }

  tokenEnd(i: number): number {
    return this.ends[i]!;
  }

  word(i: number): string {
    return this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  relation(i: number): string {
    return this.deprels[i]!;
  }

  head(i: number): number {
    return this.heads[i]!;
  }

  tag(i: number): string {
    return this.upos[i]!;
  }

  children(i: number): number[] {
    return this.childLists[i]!;
  }

  /** The tokens of the sentence at `sentence` (parsed on first use) that lie wholly inside `span`, in order. */
  tokensWithin(sentence: Span, span: Span): number[] {
    const { first, count } = this.sentence(sentence);
    const out: number[] = [];
    for (let t = first; t < first + count; t++) if (this.starts[t]! >= span.start && this.ends[t]! <= span.end) out.push(t);
    return out;
  }

  /** Children whose relation is one of `relations` (full, like "nsubj:pass", or universal, like "obl"). */
  childrenBy(i: number, ...relations: string[]): number[] {
    return this.children(i).filter((c) => relations.includes(this.deprels[c]!) || relations.includes(this.deprels[c]!.split(':')[0]!));
  }

  /** A token and its conjuncts (X, Y and Z): coordination distributed over its members. */
  conjuncts(i: number): number[] {
    const out = [i];
    for (let k = 0; k < out.length; k++) for (const c of this.childrenBy(out[k]!, 'conj')) out.push(c);
    return out.sort((a, b) => a - b);
  }

  /**
   * The subjects of a verb: its own (nsubj, nsubj:pass, csubj), else for a conjoined verb the first
   * conjunct's, for an xcomp its controller (the governor's object, else its subject), for an infinitive on an
   * adjective the adjective's subject, for a relative
   * clause with no subject of its own the noun it modifies (for an infinitive on an object noun, "voiced readiness to
   * meet", the subject of that object's verb), for a non-finite adjunct (advcl) the subject of
   * its clause. Each coordinated subject is returned.
   */
  subjects(verb: number): number[] {
    const own = this.children(verb).filter((c) => SUBJECTS.has(this.deprels[c]!));
    if (own.length > 0) return own.flatMap((s) => this.conjuncts(s));
    const head = this.heads[verb]!;
    if (head < 0) return [];
    const rel = this.deprels[verb]!;
    if (rel === 'conj') return this.subjects(head);
    if (rel === 'xcomp') {
      const objects = this.childrenBy(head, 'obj', 'iobj');
      return objects.length > 0 ? objects.flatMap((o) => this.conjuncts(o)) : this.subjects(head);
    }
    // "Putin voiced readiness to meet": an infinitive on an object noun is its verb's subject's to do.
    if (rel === 'acl' && this.relation(head) === 'obj' && this.heads[head]! >= 0 && this.isInfinitive(verb)) {
      const controllers = this.subjects(this.heads[head]!);
      if (controllers.length > 0) return controllers;
    }
    // "it was determined to mend ties", "Japan is ready to meet": an infinitive the parser hangs on an adjective is the
    // adjective's complement; its subject is the one the adjective is said of.
    if (rel === 'acl' && this.upos[head] === 'ADJ' && this.isInfinitive(verb)) return this.subjects(head);
    // "The United States and France, backed by the IMF, …": a participle after the last of coordinated nouns is said of them all.
    if (rel === 'acl') {
      const conjuncts = this.conjuncts(head);
      return conjuncts.every((c) => c < verb) ? conjuncts : [head];
    }
    if (rel === 'acl:relcl') return [head];
    // A non-finite adjunct ("…, seeking to mend ties", "after meeting X, …") is controlled by the clause's subject.
    if (rel === 'advcl' && !['VERB', 'AUX'].includes(this.upos[head] ?? '') ) return [];
    // ("criticised Chile for refusing to meet …", "thanked them for coming": a gerund after "for" on a verb with an
    // object is the object's doing.)
    if (rel === 'advcl' && this.xpos[verb] === 'VBG' && this.childrenBy(verb, 'mark').some((m) => this.word(m).toLowerCase() === 'for')) {
      const objects = this.childrenBy(head, 'obj');
      if (objects.length > 0) return objects.flatMap((o) => this.conjuncts(o));
    }
    // ("arms that could be used by China to threaten Taiwan": the purpose of a passive is its agent's.)
    // (Only of a verb of using: "was hired by Canada to help settle" is the one hired's to do; data/syntax/instrument-verbs.tsv.)
    if (rel === 'advcl' && this.isInfinitive(verb) && this.passive(head) && wordList('instrument-verbs.tsv').has(this.word(head).toLowerCase())) {
      const agents = this.agents(head);
      if (agents.length > 0) return agents;
    }
    if (rel === 'advcl') return this.subjects(head);
    return [];
  }

  /**
   * The head of the clause a token belongs to: the nearest token at or above it that heads a clause of
   * its own — the root, a clausal complement or subject, a relative or other clause modifying a noun, a
   * parataxis (an infinitive modifying a noun aside), and a coordinated verb only when it has a subject of its own ("X met Y on Monday, but Z
   * refused" is two clauses; "arrived on Monday and met Putin" is one). An open complement (xcomp: "wants
   * to meet") and an adverbial clause ("took place on Friday as X arrived", "speaking on Monday, he said")
   * are part of their governor's clause: they share its time.
   */
  clauseHead(i: number): number {
    let t = i;
    for (;;) {
      const head = this.heads[t]!;
      if (head < 0) return t;
      const rel = this.deprels[t]!;
      const universal = rel.split(':')[0]!;
      // "a commitment to continue dialogue …": an infinitive modifying a noun shares its governor's time, like an xcomp.
      const infinitive = universal === 'acl' && rel !== 'acl:relcl' && this.isInfinitive(t);
      // ("approved a resolution asking the president to resign": so does a present participle on a noun, at its time.)
      const participle = universal === 'acl' && rel !== 'acl:relcl' && this.isVerbalParticiple(t);
      if (OWN_CLAUSE.has(universal) && !infinitive && !participle) return t;
      if (universal === 'conj' && this.hasOwnSubject(t)) return t;
      // ("since he assumed power in June 1982": an adverbial clause of its own time, data/syntax/independent-clause-marks.tsv.)
      if (universal === 'advcl' && this.hasOwnSubject(t) && this.children(t).some((c) => this.deprels[c] === 'mark' && independentClauseMarks().has(this.word(c).toLowerCase()))) return t;
      t = head;
    }
  }

  /** The clause a clause head hangs on (the clause of its governor), or -1 for the root's. */
  governingClause(clauseHead: number): number {
    const head = this.heads[clauseHead]!;
    return head < 0 ? -1 : this.clauseHead(head);
  }

  /** A "to"-infinitive: the verb has the infinitive marker (XPOS TO) as its mark. */
  isInfinitive(verb: number): boolean {
    return this.children(verb).some((c) => this.deprels[c] === 'mark' && this.xpos[c] === 'TO');
  }

  /**
   * An -ing form used as a verb, with an object or a complement and no subject of its own: not one used as a
   * preposition ("following the loss in January 1983", data/syntax/prepositional-participles.tsv), nor a noun the parser
   * read as a participle ("the AAA rating in January 1983").
   */
  private isVerbalParticiple(t: number): boolean {
    return this.xpos[t] === 'VBG' && !this.hasOwnSubject(t) && this.children(t).some((c) => ['obj', 'ccomp', 'xcomp'].includes(this.deprels[c]!)) && !wordList('prepositional-participles.tsv').has(this.word(t).toLowerCase());
  }

  private hasOwnSubject(verb: number): boolean {
    return this.children(verb).some((c) => SUBJECTS.has(this.deprels[c]!));
  }

  /**
   * Whether the verb is passive: it has a passive auxiliary, or a passive subject and no other auxiliary (the
   * parser's nsubj:pass beside "has" in "Ethiopia has acted" is a mislabel, not a passive).
   */
  passive(verb: number): boolean {
    // ("The chancellor is travelling", "was resisting": a progressive is never passive, whatever "is" was labelled.)
    if (this.xpos[verb] === 'VBG') return false;
    const children = this.children(verb);
    if (children.some((c) => this.deprels[c] === 'aux:pass')) return true;
    // "was extradited" with "was" read as a plain auxiliary: a form of "be" before a past participle is a passive.
    if (this.xpos[verb] === 'VBN' && children.some((c) => this.deprels[c] === 'aux' && BE_FORMS.has(this.word(c).toLowerCase()))) return true;
    // "the Dutch Central Bank, encouraged by a strong guilder, …": a past participle set off by a comma, with no
    // auxiliary and a "by" phrase, is passive whatever subject the parser gave it.
    if (this.xpos[verb] === 'VBN' && verb > 0 && this.word(verb - 1) === ',' && !children.some((c) => this.deprels[c]!.startsWith('aux')) && this.obliques(verb).some((o) => o.preposition === 'by')) return true;
    // "a measure passed two years ago but vetoed by President Reagan": a past participle with an agent (obl:agent) and no
    // auxiliary of its own is passive, a conjunct of another participle as much as one on a noun.
    if (this.xpos[verb] === 'VBN' && children.some((c) => this.deprels[c] === 'obl:agent') && !children.some((c) => this.deprels[c]!.startsWith('aux'))) return true;
    // "Volcker responded when asked by a senator", "if elected": a past participle heading an adverbial clause with no
    // auxiliary and no subject of its own is said of its clause's subject, which undergoes it.
    // (Set off as a clause: after a subordinator, a comma or the sentence's start; "the United States agreed to cut" with
    // "agreed" misread as a participle is none.)
    if (this.xpos[verb] === 'VBN' && this.deprels[verb] === 'advcl' && !children.some((c) => this.deprels[c]!.startsWith('aux') || SUBJECTS.has(this.deprels[c]!))) {
      const setOff = verb === 0 || this.upos[verb - 1] === 'PUNCT' || children.some((c) => c < verb && (this.deprels[c] === 'mark' || (this.deprels[c] === 'advmod' && this.xpos[c] === 'WRB')));
      if (setOff) return true;
    }
    // (A past tense the parser gave a passive subject is active: tagged so, or after a pronoun, which no reduced
    // relative clause follows: "Ford said it agreed with Mazda".)
    const subject = children.find((c) => this.deprels[c] === 'nsubj:pass');
    return subject !== undefined && !children.some((c) => this.deprels[c] === 'aux') && this.xpos[verb] !== 'VBD' && this.upos[subject] !== 'PRON';
  }

  /** The agent of a passive verb: obl:agent, or an oblique introduced by "by". */
  agents(verb: number): number[] {
    const out = this.childrenBy(verb, 'obl:agent');
    if (out.length === 0 && this.passive(verb)) out.push(...this.obliques(verb).filter((o) => o.preposition === 'by').map((o) => o.token));
    return out.flatMap((a) => this.conjuncts(a));
  }

  /** Direct and indirect objects, each conjunct. */
  objects(verb: number): number[] {
    return this.childrenBy(verb, 'obj', 'iobj').flatMap((o) => this.conjuncts(o));
  }

  /**
   * Whether `t` is an object the parser hung on its verb from before it ("… which killed 520 people, the government
   * said": "people" read as the object of "said"). An English object follows its verb but for a relative or
   * interrogative pronoun ("the envoy whom he met", "what he told"), so one before it is a misparse, no participant.
   */
  isObjectBeforeVerb(t: number): boolean {
    const rel = this.relation(t);
    return (rel === 'obj' || rel === 'iobj') && t < this.head(t) && !WH_XPOS.has(this.token(t).xpos);
  }

  /** Obliques with their preposition (lower case, "" when none): "met with X" → {X, "with"}. */
  obliques(verb: number): { token: number; preposition: string }[] {
    return this.childrenBy(verb, 'obl').flatMap((o) => {
      const preposition = this.preposition(o);
      return this.conjuncts(o).map((token) => ({ token, preposition }));
    });
  }

  /** The preposition a phrase's head takes (its case words, lower case, joined: "because of"; "" when none). */
  preposition(token: number): string {
    return this.childrenBy(token, 'case').map((c) => this.word(c).toLowerCase()).join(' ');
  }

  /** Clausal complements: ccomp and xcomp. */
  complements(verb: number): number[] {
    return this.childrenBy(verb, 'ccomp', 'xcomp');
  }

  appositions(noun: number): number[] {
    return this.childrenBy(noun, 'appos');
  }

  relativeClauses(noun: number): number[] {
    return this.childrenBy(noun, 'acl:relcl');
  }

  /** Negated by "not", "n't", "never", "no" on the verb (or its copula's predicate). */
  negated(verb: number): boolean {
    return this.children(verb).some((c) => NEGATIONS.has(this.word(c).toLowerCase()) && ['advmod', 'det', 'cc'].includes(this.deprels[c]!.split(':')[0]!));
  }

  /** Modal auxiliaries of a verb, lower case ("would", "could", "may"). */
  modals(verb: number): string[] {
    return this.childrenBy(verb, 'aux')
      .filter((c) => this.xpos[c] === 'MD')
      .map((c) => this.word(c).toLowerCase());
  }

  /** The span of the phrase a token heads: its whole subtree. */
  phrase(i: number): Span {
    let start = this.starts[i]!;
    let end = this.ends[i]!;
    const stack = [i];
    while (stack.length > 0) {
      const t = stack.pop()!;
      start = Math.min(start, this.starts[t]!);
      end = Math.max(end, this.ends[t]!);
      stack.push(...this.children(t));
    }
    return { start, end };
  }
}
