// npm run bench:syntax: the tagger and parser scored as the CoNLL 2018 shared task scores (raw `# text`,
// our own tokenisation, words aligned by character range), on evaluation treebanks never trained on:
// EWT test, PUD's news sentences (ids n…), GUM's news documents. Then speed, load time, size and memory.
//   npm run bench:syntax [-- --model data/syntax/en-ud.model] [-- --gold-tokens] [-- --no-repair]
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConllu, type ConlluSentence } from '../src/syntax/conllu.js';
import { emptyScores, f1, REPORTED_RELATIONS, scoreSentence, type Scores } from '../src/syntax/evaluate.js';
import { SyntaxModel } from '../src/syntax/model.js';
import { tokenizeSpan } from '../src/syntax/tokenize.js';
import { defaultModelPath } from '../src/syntax/index.js';
import { holdOut, TRAINING_FILES } from '../src/syntax/training-setup.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    data: { type: 'string', default: '../shared/data/ud-english' },
    'gold-tokens': { type: 'boolean', default: false },
    sets: { type: 'string' },
    tune: { type: 'string' },
    'no-repair': { type: 'boolean', default: false },
  },
});
const modelPath = values.model ?? defaultModelPath();
const loadStart = process.hrtime.bigint();
const syntax = SyntaxModel.load(modelPath);
// --no-repair scores the bare model, without the rule repairs of src/syntax/repair.ts.
syntax.repairs = !values['no-repair'];
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

function gumNews(sentences: ConlluSentence[]): ConlluSentence[] {
  let doc = '';
  return sentences.filter((s) => {
    doc = s.comments.get('newdoc id') ?? doc;
    return doc.includes('news');
  });
}

const sets: [string, () => ConlluSentence[]][] = [
  ['EWT test', () => readConllu(`${values.data}/ewt-en_ewt-ud-test.conllu`)],
  ['PUD news', () => readConllu(`${values.data}/pud-en_pud-ud-test.conllu`).filter((s) => (s.comments.get('sent_id') ?? '').startsWith('n'))],
  ['GUM news', () => gumNews([...readConllu(`${values.data}/gum-en_gum-ud-dev.conllu`), ...readConllu(`${values.data}/gum-en_gum-ud-test.conllu`)])],
];
if (values.tune) {
  // The tuning split of the training files (train:syntax --holdout K): for choices, never the evaluation sets.
  const k = Number(values.tune);
  const heldOut = () => holdOut(TRAINING_FILES.flatMap((f) => readConllu(`${values.data}/${f}`).map((s) => ({ f, s }))), k).heldOut;
  // Each treebank's part apart too: EWT's (web text) is the one whose conventions the evaluation sets share.
  const part = (name: string, prefix: string): [string, () => ConlluSentence[]] => [name, () => heldOut().filter((x) => x.f.startsWith(prefix)).map((x) => x.s)];
  sets.unshift(['tuning', () => heldOut().map((x) => x.s)], part('tuning EWT', 'ewt'), part('tuning LinES', 'lines'), part('tuning ParTUT', 'partut'));
}
const chosen = values.sets ? sets.filter(([name]) => values.sets!.split(',').includes(name.split(' ')[0]!)) : sets;

function evaluate(sentences: ConlluSentence[]): Scores {
  const scores = emptyScores();
  for (const s of sentences) {
    const text = s.comments.get('text') ?? s.words.map((w) => w.form).join(' ');
    let words;
    if (values['gold-tokens']) {
      let at = 0;
      words = s.words.map((w) => {
        const start = text.indexOf(w.form, at);
        at = start < 0 ? at : start + w.form.length;
        return start < 0 ? { start: -1, end: -1 } : { start, end: start + w.form.length };
      });
    } else words = tokenizeSpan(text, 0, text.length);
    const analysis = syntax.analyse(words.map((w) => text.slice(w.start, w.end)));
    scoreSentence(s, text, { words, ...analysis }, scores);
  }
  return scores;
}

const pct = (x: number) => x.toFixed(1).padStart(5);
console.log(`model ${modelPath}: ${(statSync(modelPath).size / 1e6).toFixed(1)} MB, loaded in ${loadSeconds.toFixed(2)} s${values['gold-tokens'] ? ' (gold tokens)' : ''}`);
console.log(`${'set'.padEnd(13)} sents  words  Words  UPOS   UAS   LAS | ${REPORTED_RELATIONS.map((r) => r.padStart(6)).join(' ')}`);
const allTexts: string[] = [];
for (const [name, load] of chosen) {
  const sentences = load();
  if (!name.startsWith('tuning ')) allTexts.push(...sentences.map((s) => s.comments.get('text') ?? '')); // parts: already in 'tuning'
  const sc = evaluate(sentences);
  console.log(
    `${name.padEnd(13)} ${String(sentences.length).padStart(5)} ${String(sc.words.gold).padStart(6)} ${pct(f1(sc.words))} ${pct(f1(sc.upos))} ${pct(f1(sc.uas))} ${pct(f1(sc.las))} | ${REPORTED_RELATIONS.map((r) => pct(f1(sc.relations.get(r)!)).padStart(6)).join(' ')}`,
  );
}

// Throughput on one core after loading: tokenise, tag, parse every sentence of the sets above, 3 rounds.
const tokenised = allTexts.map((t) => tokenizeSpan(t, 0, t.length).map((w) => t.slice(w.start, w.end)));
const tokens = tokenised.reduce((n, s) => n + s.length, 0);
// CPU time of this process (user + system), so that other work on the machine does not count against us.
function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}
let best = Infinity;
for (let round = 0; round < 3; round++) best = Math.min(best, cpuSeconds(() => tokenised.forEach((forms) => syntax.analyse(forms))));
const nlp = winkNLP(model, ['pos']);
let winkBest = Infinity;
for (let round = 0; round < 3; round++) winkBest = Math.min(winkBest, cpuSeconds(() => allTexts.forEach((t) => nlp.readDoc(t).tokens().out(nlp.its.pos))));
console.log(
  `speed: ${Math.round(tokens / best).toLocaleString('en')} tokens/s, ${Math.round(allTexts.length / best).toLocaleString('en')} sentences/s (tokenised text tagged and parsed, CPU time on one core, best of 3 over ${tokens.toLocaleString('en')} tokens); wink-nlp's tokeniser and tagger on the same sentences: ${Math.round(tokens / winkBest).toLocaleString('en')} tokens/s; ratio ${(winkBest / best).toFixed(2)}`,
);
console.log(`RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
