import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseConllu, readConllu, ConlluError } from '../src/syntax/conllu.js';
import { tokenizeSpan } from '../src/syntax/tokenize.js';
import { trainSyntaxModel } from '../src/syntax/train.js';
import { trainingOptions } from '../src/syntax/training-setup.js';
import { SyntaxModel } from '../src/syntax/model.js';
import { emptyScores, f1, scoreSentence } from '../src/syntax/evaluate.js';
import { analyze } from '../src/pipeline.js';
import { toConllu } from '../src/syntax/conllu-output.js';
import { misparse } from './support/misparse.js';

const TINY = 'test/fixtures/syntax/tiny.conllu';
const words = (text: string) => tokenizeSpan(text, 0, text.length).map((t) => text.slice(t.start, t.end));

function tinyModel(seed = 7): SyntaxModel {
  return trainSyntaxModel(
    readConllu(TINY),
    trainingOptions({
      seed,
      taggerEpochs: 10,
      parserEpochs: 15,
      folds: 0,
      clusters: false,
      buckets: { upos: 1 << 12, xpos: 1 << 12, transitions: 1 << 12, labels: 1 << 12 },
      xposFrom: () => true,
      trainedOn: ['tiny.conllu'],
    }),
  );
}

test('CoNLL-U: sentences, comments and multiword tokens are read', () => {
  const [s] = parseConllu('# sent_id = a\n# text = I don\'t.\n1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn\'t\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n\n');
  assert.equal(s!.comments.get('text'), "I don't.");
  assert.deepEqual(s!.multiwords, [{ first: 1, last: 2, form: "don't" }]);
  assert.deepEqual(s!.words.map((w) => [w.form, w.head, w.deprel]), [['do', 0, 'root'], ["n't", 1, 'advmod']]);
});

test('CoNLL-U: a malformed line stops reading with the file and line', () => {
  assert.throws(() => readConllu('test/fixtures/syntax/malformed.conllu'), (e: unknown) => e instanceof ConlluError && e.line === 3 && /malformed\.conllu:3: expected 10/.test(e.message));
  assert.throws(() => parseConllu('1\tA\ta\tX\tX\t_\t5\tdep\t_\t_\n\n', 'x.conllu'), /x\.conllu:1: word 1 has head 5/);
});

test('train:syntax stops on a malformed training file, naming file and line', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train-syntax.ts', '--files', 'test/fixtures/syntax/malformed.conllu', '--out', '/dev/null'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /malformed\.conllu:3: expected 10 tab-separated columns, found 9/);
});

test('tokenisation follows UD English: clitics, punctuation, abbreviations, hyphens, exact offsets', () => {
  assert.deepEqual(words("I don't think Japan's PM can't go to the U.S. today."), ['I', 'do', "n't", 'think', 'Japan', "'s", 'PM', 'ca', "n't", 'go', 'to', 'the', 'U.S.', 'today', '.']);
  assert.deepEqual(words('"A long-term deal," Mr. Smith said (50%)... e-mail cannot wait!!'), ['"', 'A', 'long', '-', 'term', 'deal', ',', '"', 'Mr.', 'Smith', 'said', '(', '50', '%', ')', '...', 'e-mail', 'can', 'not', 'wait', '!!']);
  const text = '  Kishida’s  visit, 1,000.5 km — www.example.com.';
  const spans = tokenizeSpan(text, 0, text.length);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Kishida', '’s', 'visit', ',', '1,000.5', 'km', '—', 'www.example.com', '.']);
});

test('tokenisation of web text as EWT cuts it: ellipses between words, emoticons, contractions without apostrophes', () => {
  assert.deepEqual(words('...Now i dont know...and thats alot :) really...? CCNG, Inc..'), [
    '...', 'Now', 'i', 'do', 'nt', 'know', '...', 'and', 'that', 's', 'a', 'lot', ':)', 'really', '...', '?', 'CCNG', ',', 'Inc.', '.',
  ]);
  assert.deepEqual(words('Great service- see -Page 2 (file.pdf)(See body(African)'), ['Great', 'service', '-', 'see', '-', 'Page', '2', '(', 'file.pdf', ')', '(', 'See', 'body', '(', 'African', ')']);
  // "its", "lets" and "ill" are words too: left whole.
  assert.deepEqual(words('its fur lets it be ill b/c'), ['its', 'fur', 'lets', 'it', 'be', 'ill', 'b/c']);
});

test('a model trained on a tiny treebank learns its trees, and training is deterministic', () => {
  const model = tinyModel();
  const scores = emptyScores();
  for (const s of readConllu(TINY)) {
    const text = s.comments.get('text')!;
    const spans = tokenizeSpan(text, 0, text.length);
    scoreSentence(s, text, { words: spans, ...model.analyse(spans.map((w) => text.slice(w.start, w.end))) }, scores);
  }
  assert.equal(f1(scores.words), 100);
  assert.ok(f1(scores.upos) >= 95, `UPOS ${f1(scores.upos)}`);
  assert.ok(f1(scores.las) >= 90, `LAS ${f1(scores.las)}`);
  const again = tinyModel();
  assert.ok(model.serialise().equals(again.serialise()), 'same data and seed give the same bytes');
  assert.ok(!model.serialise().equals(tinyModel(8).serialise()), 'another seed gives another model');
  const reloaded = SyntaxModel.deserialise(model.serialise());
  assert.deepEqual(reloaded.analyse(['China', 'signed', 'a', 'treaty', '.']), model.analyse(['China', 'signed', 'a', 'treaty', '.']));
});

test('the shipped model parses a plain news sentence into the tree UD gives it', () => {
  const result = analyze({ text: 'Talks\n\nJapan and Russia signed a peace treaty on Monday.' }, { syntax: true });
  const tokens = result.syntax!.tokens;
  const at = (form: string) => tokens.findIndex((t) => t.text === form);
  const signed = at('signed');
  assert.equal(tokens[signed]!.upos, 'VERB');
  assert.equal(tokens[signed]!.deprel, 'root');
  assert.deepEqual([tokens[at('Japan')]!.head, tokens[at('Japan')]!.deprel], [signed, 'nsubj']);
  assert.deepEqual([tokens[at('Russia')]!.head, tokens[at('Russia')]!.deprel], [at('Japan'), 'conj']);
  assert.deepEqual([tokens[at('treaty')]!.head, tokens[at('treaty')]!.deprel], [signed, 'obj']);
});

// A known error of the shipped model, kept visible rather than asserted away: it is reported as a TODO
// in the summary, and passes again when a model attaches the time to the verb.
test('the shipped model attaches "on Monday" to the verb (obl)', { todo: 'the model trained with EWT x3 and domain features attaches it to "treaty" (nmod)' }, () => {
  const result = analyze({ text: 'Talks\n\nJapan and Russia signed a peace treaty on Monday.' }, { syntax: true });
  const tokens = result.syntax!.tokens;
  const at = (form: string) => tokens.findIndex((t) => t.text === form);
  assert.deepEqual([tokens[at('Monday')]!.head, tokens[at('Monday')]!.deprel], [at('signed'), 'obl']);
});

test('the syntax layer answers the questions stages ask: subjects, objects, obliques, phrases, negation', async () => {
  const { AnnalsDocument } = await import('../src/document/document.js');
  const { SyntaxLayer } = await import('../src/syntax/layer.js');
  const { syntaxModel } = await import('../src/syntax/index.js');
  const text = 'Japan and Russia signed a peace treaty. The leaders met in Moscow. The minister did not meet his counterpart.';
  const doc = new AnnalsDocument(text, { format: 'text' });
  const layer = new SyntaxLayer(doc.text, syntaxModel);
  const first = layer.sentence({ start: 0, end: 39 });
  const idx = (form: string, from = first.first) => {
    for (let i = from; i < layer.size; i++) if (layer.word(i) === form) return i;
    return -1;
  };
  const signed = idx('signed');
  assert.deepEqual(layer.subjects(signed).map((i) => layer.word(i)), ['Japan', 'Russia']);
  assert.deepEqual(layer.objects(signed).map((i) => layer.word(i)), ['treaty']);
  const treaty = layer.phrase(idx('treaty'));
  assert.equal(text.slice(treaty.start, treaty.end), 'a peace treaty');
  const met = layer.sentence({ start: 40, end: 66 });
  assert.deepEqual(layer.obliques(idx('met', met.first)).map((o) => [layer.word(o.token), o.preposition]), [['Moscow', 'in']]);
  const second = layer.sentence({ start: 67, end: text.length });
  const meet = idx('meet', second.first);
  assert.equal(layer.negated(meet), true);
  assert.equal(layer.negated(signed), false);
  assert.equal(layer.sentence({ start: 0, end: 39 }), first, 'a sentence is parsed once');
});

test('--format conllu writes the seed as valid CoNLL-U with offsets into the text', () => {
  const text = readFileSync('examples/kishida-russia-2022-01-12.txt', 'utf8');
  const result = analyze({ text }, { syntax: true });
  const out = toConllu(result, 'seed');
  const sentences = parseConllu(out, 'seed.conllu');
  assert.equal(sentences.length, result.syntax!.sentences.length);
  assert.ok(sentences.length >= result.sentences.filter((s) => !s.headline).length + 1, 'the headline is parsed too');
  assert.equal(sentences[0]!.comments.get('newdoc id'), 'seed');
  assert.equal(sentences[0]!.comments.get('text'), result.article.headline);
  for (const s of sentences) {
    assert.equal(s.words.filter((w) => w.head === 0).length, 1, 'one root per sentence');
    for (const w of s.words) {
      const m = /TokenRange=(\d+):(\d+)/.exec(w.misc)!;
      assert.equal(text.slice(Number(m[1]), Number(m[2])), w.form);
    }
  }
  const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', 'examples/kishida-russia-2022-01-12.txt', '--format', 'conllu'], { encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal(cli.stdout, out.replace('# newdoc id = seed', '# newdoc id = examples/kishida-russia-2022-01-12.txt').replace(/sent_id = seed-/g, 'sent_id = examples/kishida-russia-2022-01-12.txt-'));
});

test('bad input parses without a crash, in time linear in its length', () => {
  const model = tinyModel();
  const cases = ['\u0000\u0007 control \u001b chars', '👍🏽 emoji 🇯🇵 text', 'שלום עולם مرحبا بالعالم', 'x'.repeat(5000), 'Japan, '.repeat(300)];
  for (const text of cases) {
    const spans = tokenizeSpan(text, 0, text.length);
    const analysis = model.analyse(spans.map((s) => text.slice(s.start, s.end)));
    assert.equal(analysis.heads.length, spans.length);
    assert.equal(analysis.heads.filter((h) => h === 0).length, spans.length > 0 ? 1 : 0);
  }
  const time = (n: number) => {
    const text = 'Japan said that Russia met China in Tokyo , '.repeat(n);
    const start = process.hrtime.bigint();
    const spans = tokenizeSpan(text, 0, text.length);
    model.analyse(spans.map((s) => text.slice(s.start, s.end)));
    return Number(process.hrtime.bigint() - start);
  };
  time(50);
  // The fastest of five runs: other test files share the cores, and their load only ever adds time.
  // Linear is 4×, quadratic 16×; 8 leaves room for noise and still tells them apart.
  const fastest = (f: () => number) => Math.min(f(), f(), f(), f(), f());
  const small = fastest(() => time(100)); // a sentence of 1,000 tokens
  const large = fastest(() => time(400)); // 4,000 tokens
  assert.ok(large / small <= 8, `4× the tokens took ${(large / small).toFixed(1)}× the time`);
});

test('the syntax data files reject a malformed row, naming file and line', async () => {
  const { parseClusters } = await import('../src/syntax/word-clusters.js');
  const { parseWordnetClasses } = await import('../src/syntax/wordnet-classes.js');
  assert.throws(() => parseClusters('# header\njapan\t0111000001\nrussia\t01x\n', 'clusters.tsv'), /clusters\.tsv:3: expected "word<TAB>10-bit path"/);
  assert.throws(() => parseWordnetClasses('# header\nmeet\tv\ntalks\tnNq\n', 'wn.tsv'), /wn\.tsv:3: expected "form<TAB>classes"/);
  assert.equal(parseClusters('japan\t0111000001\n', 'c.tsv').lookup(0) , undefined);
  assert.ok(parseWordnetClasses('meet\tv\n', 'w.tsv').get('meet'));
});

test('a participle set off by commas after the subject is its reduced relative clause, the subject the main verb\'s (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // The misreading: the noun the participle's subject, the participle an adverbial clause of a main verb with none.
  const { forms, analysis } = misparse(`
    The DET DT 2 det
    provision NOUN NN 4 nsubj:pass
    , PUNCT , 4 punct
    offered VERB VBN 10 advcl
    by ADP IN 6 case
    Smith PROPN NNP 4 obl
    , PUNCT , 4 punct
    does AUX VBZ 10 aux
    not PART RB 10 advmod
    require VERB VB 0 root
    action NOUN NN 10 obj
    . PUNCT . 10 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[1], analysis.deprels[1]], [10, 'nsubj']); // provision → require
  assert.deepEqual([analysis.heads[3], analysis.deprels[3]], [2, 'acl']); // offered → provision
  assert.equal(analysis.deprels[5], 'obl:agent'); // by Smith
});

test('a subject with a relative clause between commas keeps its main verb (the parser\'s misreading is repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // The misreading as the greedy parser gives it: "signed" a conjunct of the relative verb "took", the subject a vocative.
  const forms = 'The president , who took office in 2019 , signed the bill .'.split(' ');
  const analysis = {
    upos: ['DET', 'NOUN', 'PUNCT', 'PRON', 'VERB', 'NOUN', 'ADP', 'NUM', 'PUNCT', 'VERB', 'DET', 'NOUN', 'PUNCT'],
    xpos: ['DT', 'NN', ',', 'WP', 'VBD', 'NN', 'IN', 'CD', ',', 'VBD', 'DT', 'NN', '.'],
    heads: [2, 5, 2, 5, 0, 5, 8, 5, 5, 5, 12, 10, 5],
    deprels: ['det', 'vocative', 'punct', 'nsubj', 'root', 'obj', 'case', 'obl', 'punct', 'conj', 'det', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[9], analysis.deprels[9]], [0, 'root']); // signed
  assert.deepEqual([analysis.heads[1], analysis.deprels[1]], [10, 'nsubj']); // president → signed
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [2, 'acl:relcl']); // took → president
  assert.equal(analysis.heads[12], 10); // the full stop
  // A tree that is already right is left as it is.
  const right = { ...analysis, heads: [2, 10, 2, 5, 2, 5, 8, 5, 10, 0, 12, 10, 10], deprels: ['det', 'nsubj', 'punct', 'nsubj', 'acl:relcl', 'obj', 'case', 'obl', 'punct', 'root', 'det', 'obj', 'punct'] };
  const before = JSON.stringify(right);
  assert.equal(repairParse(forms, right), 0);
  assert.equal(JSON.stringify(right), before);
});

test('a reporting frame after a closing quotation mark heads the quotation, as UD English writes it', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // '"We will meet Russia," Kishida told parliament.' as the parser misreads it: "told" a conjunct of "meet".
  const forms = ['"', 'We', 'will', 'meet', 'Russia', ',', '"', 'Kishida', 'told', 'parliament', '.'];
  const analysis = {
    upos: ['PUNCT', 'PRON', 'AUX', 'VERB', 'PROPN', 'PUNCT', 'PUNCT', 'PROPN', 'VERB', 'NOUN', 'PUNCT'],
    xpos: ['``', 'PRP', 'MD', 'VB', 'NNP', ',', "''", 'NNP', 'VBD', 'NN', '.'],
    heads: [4, 4, 4, 0, 4, 4, 4, 9, 4, 9, 4],
    deprels: ['punct', 'nsubj', 'aux', 'root', 'obj', 'punct', 'punct', 'nsubj', 'conj', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[8], analysis.deprels[8]], [0, 'root']); // told
  assert.deepEqual([analysis.heads[3], analysis.deprels[3]], [9, 'ccomp']); // meet → told
});

test('a participle with no subject and no relative pronoun read as a relative clause is an adverbial clause after a comma, else an acl', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // "Arnor heads to the summit of the Council , seeking ties ." with "seeking" read as a relative clause of "summit".
  const forms = 'Arnor heads to the summit , seeking ties .'.split(' ');
  const analysis = {
    upos: ['PROPN', 'VERB', 'ADP', 'DET', 'NOUN', 'PUNCT', 'VERB', 'NOUN', 'PUNCT'],
    xpos: ['NNP', 'VBZ', 'IN', 'DT', 'NN', ',', 'VBG', 'NNS', '.'],
    heads: [2, 0, 5, 5, 2, 7, 5, 7, 2],
    deprels: ['nsubj', 'root', 'case', 'det', 'obl', 'punct', 'acl:relcl', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [2, 'advcl']); // seeking → heads
  // Without the comma it is a reduced relative: the noun's acl.
  const noComma = 'Arnor met envoys seeking ties .'.split(' ');
  const reduced = { upos: ['PROPN', 'VERB', 'NOUN', 'VERB', 'NOUN', 'PUNCT'], xpos: ['NNP', 'VBD', 'NNS', 'VBG', 'NNS', '.'], heads: [2, 0, 2, 3, 4, 2], deprels: ['nsubj', 'root', 'obj', 'acl:relcl', 'obj', 'punct'] };
  assert.equal(repairParse(noComma, reduced), 1);
  assert.deepEqual([reduced.heads[3], reduced.deprels[3]], [3, 'acl']);
});

test('a word-preposition-word phrase joined by hyphens is one modifier: "face-to-face talks", "meet X face-to-face"', async () => {
  const { analyze } = await import('../src/pipeline.js');
  type Token = { text: string; head: number; deprel: string };
  const tokens = (text: string) => analyze({ text: `Headline\n\n${text}`, date: '2021-10-08' }, { syntax: true }).syntax!.tokens as unknown as Token[];
  const held = tokens('Arnor held face-to-face talks with Gondor on Monday.');
  const word = (list: Token[], text: string, nth = 0) => list.filter((t) => t.text === text)[nth]!;
  // "talks" is the object of "held"; the first "face" its compound; the second an nmod of the first, "to" its case.
  assert.equal(word(held, 'talks').deprel, 'obj');
  assert.equal(word(held, 'talks').head, held.indexOf(word(held, 'held')));
  assert.equal(word(held, 'face').deprel, 'compound');
  assert.equal(word(held, 'face', 1).deprel, 'nmod');
  assert.equal(word(held, 'to').deprel, 'case');
  // After the verb's object: the phrase hangs on the verb, not on the name before it.
  const meet = tokens('Arnor wants to meet Elrond face-to-face in Gondor.');
  assert.equal(word(meet, 'face').head, meet.indexOf(word(meet, 'meet')));
});

test('the object of a verb of ordering or asking does what its infinitive says: "ordered troops to march", "urged Egypt to attack"', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // "ordered troops to march" with the infinitive hung on the object noun (acl).
  const forms = 'Arnor ordered troops to march .'.split(' ');
  const acl = { upos: ['PROPN', 'VERB', 'NOUN', 'PART', 'VERB', 'PUNCT'], xpos: ['NNP', 'VBD', 'NNS', 'TO', 'VB', '.'], heads: [2, 0, 2, 5, 3, 2], deprels: ['nsubj', 'root', 'obj', 'mark', 'acl', 'punct'] };
  assert.equal(repairParse(forms, acl), 1);
  assert.deepEqual([acl.heads[4], acl.deprels[4]], [2, 'xcomp']);
  // "urged Gondor to attack Mordor" with Gondor read as the infinitive's subject.
  const urged = 'Arnor urged Gondor to attack Mordor .'.split(' ');
  const nsubj = { upos: ['PROPN', 'VERB', 'PROPN', 'PART', 'VERB', 'PROPN', 'PUNCT'], xpos: ['NNP', 'VBD', 'NNP', 'TO', 'VB', 'NNP', '.'], heads: [2, 0, 5, 5, 2, 5, 2], deprels: ['nsubj', 'root', 'nsubj', 'mark', 'xcomp', 'obj', 'punct'] };
  assert.equal(repairParse(urged, nsubj), 1);
  assert.deepEqual([nsubj.heads[2], nsubj.deprels[2]], [2, 'obj']);
  // A verb of wanting keeps its own subject as the doer: "Arnor wants Gondor to …" is not repaired.
  const wants = 'Arnor wants troops to march .'.split(' ');
  const kept = { ...acl, heads: [...acl.heads], deprels: [...acl.deprels], xpos: ['NNP', 'VBZ', 'NNS', 'TO', 'VB', '.'] };
  assert.equal(repairParse(wants, kept), 0);
});

test('an infinitive read as an adverbial clause of a verb of ordering or forcing, after its object, is its open complement', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const forced = misparse(`
    Volcker PROPN NNP 2 nsubj
    forced VERB VBD 0 root
    them PRON PRP 2 obj
    to PART TO 5 mark
    grant VERB VB 2 advcl
    Mexico PROPN NNP 5 obj
    terms NOUN NNS 5 obj
    . PUNCT . 2 punct`);
  assert.equal(repairParse(forced.forms, forced.analysis), 1);
  assert.deepEqual([forced.analysis.heads[4], forced.analysis.deprels[4]], [2, 'xcomp']);
  // A sum is no doer ("authorized 2.0 mln dlrs to cover sales": a purpose), nor is a question's infinitive ("pressed
  // Younger on how to avoid losing voters").
  const sum = misparse(`
    CCC PROPN NNP 2 nsubj
    authorized VERB VBD 0 root
    2.0 NUM CD 4 nummod
    dlrs NOUN NNS 2 obj
    to PART TO 6 mark
    cover VERB VB 2 advcl
    sales NOUN NNS 6 obj
    . PUNCT . 2 punct`);
  assert.equal(repairParse(sum.forms, sum.analysis), 0);
  const question = misparse(`
    MPs NOUN NNS 2 nsubj
    pressed VERB VBD 0 root
    Younger PROPN NNP 2 obj
    on SCONJ IN 7 mark
    how ADV WRB 7 advmod
    to PART TO 7 mark
    avoid VERB VB 2 advcl
    . PUNCT . 2 punct`);
  assert.equal(repairParse(question.forms, question.analysis), 0);
});

test('a reporting frame that ends the sentence after a comma is parsed apart and joined as a parataxis', async () => {
  const { trailingFrameComma } = await import('../src/syntax/trailing-frame.js');
  const { syntaxModel } = await import('../src/syntax/index.js');
  const forms = words('Japan on Thursday signed an 800 million yen trade protocol with Vietnam, its biggest trading partner, officials said.');
  const analysis = syntaxModel().analyse(forms);
  const at = (w: string) => forms.indexOf(w);
  assert.equal(analysis.heads[at('said')], at('signed') + 1);
  assert.equal(analysis.deprels[at('said')], 'parataxis');
  assert.deepEqual([analysis.heads[at('officials')], analysis.deprels[at('officials')]], [at('said') + 1, 'nsubj']);
  assert.deepEqual([analysis.heads[at('protocol')], analysis.deprels[at('protocol')]], [at('signed') + 1, 'obj']);
  // Not a frame: a verb with an object of its own, a relative clause, a comma with nothing that reports.
  const tags = (text: string) => {
    const f = words(text);
    const a = syntaxModel().analyse(f);
    return trailingFrameComma(f, a.upos, a.xpos);
  };
  assert.equal(tags('The chancellor did not raise duty that year, but he added 1.28p per litre.'), -1);
  assert.equal(tags('Japan signed the pact, which officials said was historic.'), -1);
  assert.ok(tags('The rebels freed three hostages in the north, the army said on Sunday.') > 0);
});

test('an infinitive after a phrase of time is its verb\'s xcomp; a finite verb hung on a root noun becomes the root', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // "Iran vowed on Thursday to attack Israel ." as the parser misreads it: "attack" an adverbial clause.
  const forms = ['Iran', 'vowed', 'on', 'Thursday', 'to', 'attack', 'Israel', '.'];
  const analysis = {
    upos: ['PROPN', 'VERB', 'ADP', 'PROPN', 'PART', 'VERB', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'IN', 'NNP', 'TO', 'VB', 'NNP', '.'],
    heads: [2, 0, 4, 2, 6, 2, 6, 2],
    deprels: ['nsubj', 'root', 'case', 'obl', 'mark', 'advcl', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [2, 'xcomp']);
  // "came on Thursday to attack": a verb of motion keeps its clause of purpose.
  const purpose = { ...analysis, heads: [...analysis.heads], deprels: [...analysis.deprels] };
  assert.equal(repairParse(['Iran', 'came', 'on', 'Thursday', 'to', 'attack', 'Israel', '.'], purpose), 0);
  // "The committee of importers awarded a contract ." read with "awarded" a reduced relative of "importers".
  const garden = {
    upos: ['DET', 'NOUN', 'ADP', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT'],
    xpos: ['DT', 'NN', 'IN', 'NNS', 'VBD', 'DT', 'NN', '.'],
    heads: [2, 0, 4, 2, 4, 7, 5, 2],
    deprels: ['det', 'root', 'case', 'nmod', 'acl', 'det', 'obj', 'punct'],
  };
  assert.equal(repairParse(['The', 'committee', 'of', 'importers', 'awarded', 'a', 'contract', '.'], garden), 1);
  assert.deepEqual([garden.heads[4], garden.deprels[4]], [0, 'root']);
  assert.deepEqual([garden.heads[1], garden.deprels[1]], [5, 'nsubj']);
  assert.deepEqual([garden.heads[7], garden.deprels[7]], [5, 'punct']);
  // A participle with no object of its own is a reduced relative: "the committee of importers named yesterday" stays.
  const participle = {
    upos: ['DET', 'NOUN', 'ADP', 'NOUN', 'VERB', 'NOUN', 'PUNCT'],
    xpos: ['DT', 'NN', 'IN', 'NNS', 'VBN', 'NN', '.'],
    heads: [2, 0, 4, 2, 4, 5, 2],
    deprels: ['det', 'root', 'case', 'nmod', 'acl', 'obl:tmod', 'punct'],
  };
  assert.equal(repairParse(['The', 'committee', 'of', 'importers', 'named', 'yesterday', '.'], participle), 0);
});

test('a participle with an object hung on a root noun is the main verb: "Turkish jets bombed PKK positions"', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const forms = ['Turkish', 'jets', 'bombed', 'PKK', 'positions', '.'];
  const analysis = {
    upos: ['ADJ', 'NOUN', 'VERB', 'PROPN', 'NOUN', 'PUNCT'],
    xpos: ['JJ', 'NNS', 'VBN', 'NNP', 'NNS', '.'],
    heads: [2, 0, 2, 5, 3, 2],
    deprels: ['amod', 'root', 'acl', 'compound', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [0, 'root']);
  assert.deepEqual([analysis.heads[1], analysis.deprels[1]], [3, 'nsubj']);
});

test('a passive participle with an agent right after a noun phrase is the noun\'s acl, not the main verb\'s adverbial clause', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const forms = ['Forces', 'bombed', 'the', 'airstrip', 'in', 'Chad', 'captured', 'by', 'rebels', '.'];
  const analysis = {
    upos: ['NOUN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'VERB', 'ADP', 'NOUN', 'PUNCT'],
    xpos: ['NNS', 'VBD', 'DT', 'NN', 'IN', 'NNP', 'VBN', 'IN', 'NNS', '.'],
    heads: [2, 0, 4, 2, 6, 4, 2, 9, 7, 2],
    deprels: ['nsubj', 'root', 'det', 'obj', 'case', 'nmod', 'advcl', 'case', 'obl', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [4, 'acl']); // captured → airstrip
  assert.equal(analysis.deprels[8], 'obl:agent');
});

test('a preposition that opens a clause before a noun and a finite verb marks that clause: "delayed the meeting after a hafling was reported"', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const forms = ['Gondor', 'delayed', 'the', 'meeting', 'after', 'a', 'hafling', 'was', 'reported', '.'];
  const analysis = {
    upos: ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'DT', 'NN', 'IN', 'DT', 'NN', 'VBD', 'VBN', '.'],
    heads: [2, 0, 4, 2, 7, 7, 4, 9, 2, 2],
    deprels: ['nsubj', 'root', 'det', 'obj', 'case', 'det', 'nmod', 'aux:pass', 'xcomp', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [9, 'nsubj:pass']); // hafling → reported
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [9, 'mark']); // after → reported
  assert.deepEqual([analysis.heads[8], analysis.deprels[8]], [2, 'advcl']); // reported → delayed
});

test('a trailing frame whose report the parser roots on the appended stop is parsed whole: the analysis stays a tree', async () => {
  const { isTree } = await import('../src/syntax/repair.js');
  const { syntaxModel } = await import('../src/syntax/index.js');
  // A fuzzed Reuters headline (test/fixtures/fuzz/sgml-hang-trailing-frame-stop-root.input) made the comma its own head.
  const forms = ['<', 'TITLE>USSR', 'WARNS', 'CHINA', 'OVEs', ...Array(6).fill([',', 'te', 'United', 'States']).flat(), ',', 'the', 'trade', 'ministry', 'said', '.'];
  assert.ok(isTree(syntaxModel().analyse(forms).heads));
});

test('a participle set off by commas after the subject is the subject\'s reduced passive, the later verb the root: "X, backed by Y, want …"', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // "France , backed by the Fund , want talks ." as the parser misreads it: "backed" the root, "want" its adverbial clause.
  const forms = ['France', ',', 'backed', 'by', 'the', 'Fund', ',', 'want', 'talks', '.'];
  const analysis = {
    upos: ['PROPN', 'PUNCT', 'VERB', 'ADP', 'DET', 'PROPN', 'PUNCT', 'VERB', 'NOUN', 'PUNCT'],
    xpos: ['NNP', ',', 'VBD', 'IN', 'DT', 'NNP', ',', 'VB', 'NNS', '.'],
    heads: [3, 1, 0, 6, 6, 3, 8, 3, 8, 3],
    deprels: ['nsubj', 'punct', 'root', 'case', 'det', 'obl', 'punct', 'advcl', 'obj', 'punct'],
  };
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [0, 'root']);
  assert.deepEqual([analysis.heads[0], analysis.heads[2], analysis.deprels[2], analysis.xpos[2], analysis.deprels[5], analysis.heads[9]], [8, 1, 'acl', 'VBN', 'obl:agent', 8]);
});

/** The syntax layer of `text` (parsed with the shipped model) and the token of its word `verb`. */
async function passiveOf(text: string, verb: string) {
  const { SyntaxLayer } = await import('../src/syntax/layer.js');
  const { syntaxModel } = await import('../src/syntax/index.js');
  const layer = new SyntaxLayer(text, syntaxModel);
  const { first, count } = layer.sentence({ start: 0, end: text.length });
  const t = [...Array(count).keys()].map((k) => first + k).find((k) => layer.word(k) === verb)!;
  return { layer, t };
}

test('passive or not: a participle set off by a comma with a "by" phrase is; a progressive and a pronoun\'s past tense are not', async () => {
  const progressive = await passiveOf('The chancellor is travelling to America next week.', 'travelling');
  assert.equal(progressive.layer.passive(progressive.t), false);
  const parenthetical = await passiveOf('The Dutch central bank, encouraged by a strong guilder, cut rates.', 'encouraged');
  assert.equal(parenthetical.layer.passive(parenthetical.t), true);
  const pronoun = await passiveOf('Ford Motor Co said it agreed with Mazda Motor Corp to form a company.', 'agreed');
  assert.equal(pronoun.layer.passive(pronoun.t), false);
});

test('a noun after a reporting verb read as its object, before a predicate with a copula, is the predicate\'s subject (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    Blair PROPN NNP 2 nsubj
    said VERB VBD 0 root
    Howard PROPN NNP 2 obj
    was AUX VBD 5 cop
    wrong ADJ JJ 2 ccomp
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[2], analysis.deprels[2]], [5, 'nsubj']); // Howard → wrong
});

test('a trailing frame followed by a clause joined with "but" is a frame; its subject read as an object is its subject (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    Talks NOUN NNS 2 nsubj
    began VERB VBD 0 root
    , PUNCT , 5 punct
    officials NOUN NNS 5 obj
    said VERB VBD 2 conj
    , PUNCT , 9 punct
    but CCONJ CC 9 cc
    there PRON EX 9 expl
    was VERB VBD 5 ccomp
    no DET DT 11 det
    deal NOUN NN 9 nsubj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [2, 'parataxis']); // said → began
  assert.deepEqual([analysis.heads[3], analysis.deprels[3]], [5, 'nsubj']); // officials → said
  assert.deepEqual([analysis.heads[8], analysis.deprels[8]], [2, 'conj']); // was → began
});

test('a past participle right after a noun with a phrase of its own is the noun\'s reduced relative clause, not an adverbial clause (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    They PRON PRP 2 nsubj
    lifted VERB VBD 0 root
    the DET DT 4 det
    sanctions NOUN NNS 2 obj
    imposed VERB VBN 2 advcl
    against ADP IN 7 case
    Japan PROPN NNP 5 obl
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[4], analysis.deprels[4]], [4, 'acl']); // imposed → sanctions
});

test('a preposition the parser hangs on a name\'s first word moves to the name\'s head: "in Kuala Lumpur" (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    Police NOUN NNS 2 nsubj
    denied VERB VBD 0 root
    rumours NOUN NNS 2 obj
    of ADP IN 5 case
    riots NOUN NNS 3 nmod
    in ADP IN 7 case
    Kuala PROPN NNP 8 compound
    Lumpur PROPN NNP 5 nmod
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [8, 'case']); // in → Lumpur
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [8, 'compound']); // Kuala stays Lumpur's
});

test('a subject left as the root, its verb a conjunct and the verb\'s object its subject, is mended: "X, pointing to …, urged Y to …" (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    Senate PROPN NNP 2 compound
    leader NOUN NN 0 root
    Byrd PROPN NNP 2 flat
    , PUNCT , 5 punct
    pointing VERB VBG 2 advcl
    to ADP IN 7 case
    Wall PROPN NNP 5 obl
    , PUNCT , 9 punct
    urged VERB VBD 2 conj
    Reagan PROPN NNP 9 nsubj
    to PART TO 12 mark
    act VERB VB 9 xcomp
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[8], analysis.deprels[8]], [0, 'root']); // urged
  assert.deepEqual([analysis.heads[1], analysis.deprels[1]], [9, 'nsubj']); // leader → urged
  assert.deepEqual([analysis.heads[9], analysis.deprels[9]], [9, 'obj']); // Reagan → urged
  assert.deepEqual([analysis.heads[12], analysis.deprels[12]], [9, 'punct']); // the stop follows the verb
});

test('a verb read as an open complement (xcomp) with a subject of its own is a clausal complement (ccomp)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // "Japan warned Korea it may act ." with "act" read as warned's xcomp although "it" is its subject.
  const forms = ['Japan', 'warned', 'Korea', 'it', 'may', 'act', '.'];
  const misread = () => ({
    upos: ['PROPN', 'VERB', 'PROPN', 'PRON', 'AUX', 'VERB', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'NNP', 'PRP', 'MD', 'VB', '.'],
    heads: [2, 0, 2, 6, 6, 2, 2],
    deprels: ['nsubj', 'root', 'obj', 'nsubj', 'aux', 'xcomp', 'punct'],
  });
  const analysis = misread();
  assert.equal(repairParse(forms, analysis), 1);
  assert.deepEqual([analysis.heads[5], analysis.deprels[5]], [2, 'ccomp']);
  // An infinitive keeps its xcomp: its "subject" is the main verb's object misread ("asked Korea to act").
  const infinitive = { ...misread(), xpos: ['NNP', 'VBD', 'NNP', 'PRP', 'TO', 'VB', '.'], upos: ['PROPN', 'VERB', 'PROPN', 'PRON', 'PART', 'VERB', 'PUNCT'], deprels: ['nsubj', 'root', 'obj', 'nsubj', 'mark', 'xcomp', 'punct'] };
  repairParse(['Japan', 'asked', 'Korea', 'it', 'to', 'act', '.'], infinitive);
  assert.equal(infinitive.deprels[5], 'xcomp');
  // Nor does a participle the parse gave a subject ("welcomed memos sent by Bree", a reduced relative).
  const participle = {
    upos: ['PROPN', 'VERB', 'NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'NNS', 'VBN', 'IN', 'NNP', '.'],
    heads: [2, 0, 4, 2, 6, 4, 2],
    deprels: ['nsubj', 'root', 'nsubj', 'xcomp', 'case', 'obl', 'punct'],
  };
  repairParse(['Gondor', 'welcomed', 'memos', 'sent', 'by', 'Bree', '.'], participle);
  assert.equal(participle.deprels[3], 'xcomp');
});

test('"said Mr Howard was a decent man": a titled name after a reporting verb is the reported clause\'s subject, also when "said" was read as the clausal subject of the predicate (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // The name read as the object of "said", the predicate's copula left without a subject.
  const first = misparse(`
    Mr PROPN NNP 2 nmod:desc
    Blair PROPN NNP 3 nsubj
    said VERB VBD 0 root
    Mr PROPN NNP 5 nmod:desc
    Howard PROPN NNP 3 obj
    was AUX VBD 8 cop
    a DET DT 8 det
    friend NOUN NN 3 ccomp
    . PUNCT . 3 punct`);
  assert.ok(repairParse(first.forms, first.analysis) >= 1);
  assert.deepEqual([first.analysis.heads[4], first.analysis.deprels[4]], [8, 'nsubj']);
  // "said" read as the csubj of the predicate noun, the root.
  const second = misparse(`
    Mr PROPN NNP 3 nsubj
    Blair PROPN NNP 1 flat
    said VERB VBD 9 csubj
    Mr PROPN NNP 5 nmod:desc
    Howard PROPN NNP 3 obj
    was AUX VBD 9 cop
    a DET DT 9 det
    decent ADJ JJ 9 amod
    man NOUN NN 0 root
    . PUNCT . 9 punct`);
  assert.ok(repairParse(second.forms, second.analysis) >= 1);
  assert.deepEqual(second.analysis.heads, [3, 1, 0, 5, 9, 9, 9, 9, 3, 3]);
  assert.deepEqual([second.analysis.deprels[2], second.analysis.deprels[8], second.analysis.deprels[4]], ['root', 'ccomp', 'nsubj']);
});

test('"the only way is for Washington to join …": the noun between "for" and "to" is the infinitive\'s subject, the clause\'s earlier subject its outer one (repaired)', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  const { forms, analysis } = misparse(`
    Experts NOUN NNS 2 nsubj
    say VERB VBP 0 root
    the DET DT 4 det
    way NOUN NN 10 nsubj
    is AUX VBZ 10 cop
    for ADP IN 10 mark
    the DET DT 8 det
    government NOUN NN 10 obl
    to PART TO 10 mark
    act VERB VB 2 ccomp
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [10, 'nsubj']);
  assert.deepEqual([analysis.heads[3], analysis.deprels[3]], [10, 'nsubj:outer']);
});

test('"vetoed by President Reagan": a noun labelled object whose phrase opens with its own preposition is an oblique, the agent after "by" on a participle; such a participle with an agent and no auxiliary is passive', async () => {
  const { repairParse } = await import('../src/syntax/repair.js');
  // The misreading: "Reagan" the object of "vetoed", "by" hung on the title before it.
  const { forms, analysis } = misparse(`
    a DET DT 2 det
    measure NOUN NN 0 root
    passed VERB VBN 2 acl
    but CCONJ CC 5 cc
    vetoed VERB VBN 3 conj
    by ADP IN 7 case
    President PROPN NNP 8 nmod:desc
    Reagan PROPN NNP 5 obj
    . PUNCT . 2 punct`);
  assert.ok(repairParse(forms, analysis) >= 1);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7], analysis.heads[5]], [5, 'obl:agent', 8]);
  // With no preposition it stays the object.
  const plain = misparse(`
    Japan PROPN NNP 2 nsubj
    vetoed VERB VBD 0 root
    the DET DT 4 det
    plan NOUN NN 2 obj
    . PUNCT . 2 punct`);
  repairParse(plain.forms, plain.analysis);
  assert.equal(plain.analysis.deprels[3], 'obj');
  const vetoed = await passiveOf('It was a measure passed two years ago but vetoed by President Reagan.', 'vetoed');
  assert.equal(vetoed.layer.passive(vetoed.t), true);
});

test('a lower-case word of edited prose is no proper noun, a name particle aside: "Iraq blames Iran", "Barend du Plessis"', async () => {
  const { lowerCaseExclusions } = await import('../src/syntax/lower-case-names.js');
  const result = analyze({ text: 'Gulf\n\nIraq blames Iran for the outbreak of hostilities, which have entailed heavy infantry attacks.' }, { syntax: true });
  const tokens = result.syntax!.tokens;
  const blames = tokens.find((t) => t.text === 'blames')!;
  assert.equal(blames.upos, 'VERB');
  assert.equal(blames.deprel, 'root');
  const PROPN = 7;
  assert.deepEqual([...lowerCaseExclusions(['Finance', 'Minister', 'Barend', 'du', 'Plessis', 'told', 'reporters'], PROPN)], [-1, -1, -1, -1, -1, PROPN, PROPN]);
  // (Text that does not open with a capital is no edited prose: its lower-case names stay possible.)
  assert.deepEqual([...lowerCaseExclusions(['i', 'love', 'google'], PROPN)], [-1, -1, -1]);
});

test('a clause-opening preposition before a noun, an aside in commas and a finite verb marks that clause: "after the gunman, dressed in a uniform, killed …"', () => {
  for (const [text, participle, verb, main] of [
    ['Troops closed the border crossing after the gunman, dressed in a uniform, killed two guards.', 'dressed', 'killed', 'closed'],
    ['The embassy closed its doors after a crowd, angered by the verdict, attacked the gates.', 'angered', 'attacked', 'closed'],
  ] as const) {
    const tokens = analyze({ text: `Border\n\n${text}` }, { syntax: true }).syntax!.tokens;
    const at = (form: string) => tokens.findIndex((t) => t.text === form);
    const noun = tokens.findIndex((t) => t.text === 'gunman' || t.text === 'crowd');
    assert.deepEqual([tokens[noun]!.head, tokens[noun]!.deprel], [at(verb), 'nsubj'], text);
    assert.deepEqual([tokens[at('after')]!.head, tokens[at('after')]!.deprel], [at(verb), 'mark'], text);
    assert.deepEqual([tokens[at(verb)]!.head, tokens[at(verb)]!.deprel], [at(main), 'advcl'], text);
    assert.deepEqual([tokens[at(participle)]!.head, tokens[at(participle)]!.deprel], [noun, 'acl'], text);
  }
});

test('a sentence the tagger finds no verb in takes the verb agreeing with its opening noun phrase: headlines "Venezuela and China sign oil deal", "Howard rejects BNP\'s claim"', async () => {
  const { verblessPredicate } = await import('../src/syntax/verbless-sentences.js');
  const tagsOf = (title: string) => analyze({ text: `${title}\n\nThe weather was fine.` }, { syntax: true }).syntax!.tokens.filter((t) => t.end <= title.length);
  const verbs = (title: string) => tagsOf(title).filter((t) => t.upos === 'VERB').map((t) => t.text);
  assert.deepEqual(verbs('Venezuela and Chile sign gas deal'), ['sign']);
  assert.deepEqual(verbs('Mayor rejects council budget plan'), ['rejects']);
  assert.deepEqual(verbs('Smith visits flood victims'), ['visits']);
  // (A noun-phrase headline keeps none: nothing after its subject agrees with it as a verb.)
  assert.deepEqual(verbs('Profile: David Miliband'), []);
  // (A sentence with a verb is left as tagged; a word far from being a verb is not taken for one.)
  const margins = new Float32Array([0, 0, 0, 0]);
  const nouns = ['NNP', 'NNS', 'NN', 'NN'];
  assert.equal(verblessPredicate(['Mayor', 'rejects', 'budget', 'plan'], ['PROPN', 'VERB', 'NOUN', 'NOUN'], ['NNP', 'VBZ', 'NN', 'NN'], margins), -1);
  assert.equal(verblessPredicate(['Mayor', 'rejects', 'budget', 'plan'], ['PROPN', 'NOUN', 'NOUN', 'NOUN'], nouns, new Float32Array([0, 500, 500, 500])), -1);
  assert.equal(verblessPredicate(['Mayor', 'rejects', 'budget', 'plan'], ['PROPN', 'NOUN', 'NOUN', 'NOUN'], nouns, margins), 1);
  // (A participle is no predicate: "Mayor slams council spending plans".)
  assert.equal(verblessPredicate(['Mayor', 'slams', 'council', 'spending', 'plans'], ['PROPN', 'NOUN', 'NOUN', 'VERB', 'NOUN'], ['NNP', 'NNS', 'NN', 'VBG', 'NNS'], new Float32Array(5)), 1);
});

test('a name the parser hangs on a following verb as a compound is that verb\'s subject: "if Iraq attacked Kuwait"', async () => {
  const { repairVerbCompounds } = await import('../src/syntax/nominal-repairs.js');
  // "Japan agreed to pay Iran if Saudi Arabia attacked Kuwait ." as the parser misreads it: "Saudi" and "Arabia" compounds of "attacked".
  const analysis = {
    upos: ['PROPN', 'VERB', 'PART', 'VERB', 'PROPN', 'SCONJ', 'PROPN', 'PROPN', 'VERB', 'PROPN', 'PUNCT'],
    xpos: ['NNP', 'VBD', 'TO', 'VB', 'NNP', 'IN', 'NNP', 'NNP', 'VBD', 'NNP', '.'],
    heads: [2, 0, 4, 2, 4, 9, 9, 9, 4, 9, 2],
    deprels: ['nsubj', 'root', 'mark', 'xcomp', 'obj', 'mark', 'compound', 'compound', 'advcl', 'obj', 'punct'],
  };
  assert.equal(repairVerbCompounds(['Japan', 'agreed', 'to', 'pay', 'Iran', 'if', 'Saudi', 'Arabia', 'attacked', 'Kuwait', '.'], analysis), 1);
  assert.deepEqual([analysis.heads[7], analysis.deprels[7]], [9, 'nsubj']); // Arabia → attacked
  assert.deepEqual([analysis.heads[6], analysis.deprels[6]], [8, 'compound']); // Saudi → Arabia
  const events = analyze({ text: 'Gulf\n\nJapan agreed to pay Iran if Iraq attacked Kuwait.', date: '1987-10-19' }).events;
  assert.deepEqual(events.filter((e) => e.code === '190').map((e) => [e.source.actor, e.target.actor]), [['IRQ', 'KWT']]);
});

test('curly quotes and apostrophes parse as the straight ones the treebanks write ("Smith’s plan" is no "Smith is plan")', async () => {
  const { syntaxModel } = await import('../src/syntax/index.js');
  const straight = syntaxModel().analyse(['The', 'council', 'rejected', 'Smith', "'s", 'plan', 'for', 'a', '"', 'new', '"', 'tax', '.']);
  const curly = syntaxModel().analyse(['The', 'council', 'rejected', 'Smith', '’s', 'plan', 'for', 'a', '“', 'new', '”', 'tax', '.']);
  assert.deepEqual(curly, straight);
});
