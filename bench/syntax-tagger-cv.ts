// The UPOS tagger alone, cross-validated over the training files (never the evaluation sets), for choices
// about the tagger that one tuning split is too small to make: fold r holds out sentence i when
// i % k === r (r = 0 is train:syntax --holdout k's split). Prints UPOS on gold tokens of the held-out EWT
// sentences (web text) and of the others, and EWT's commonest confusions. A fold takes seconds.
//   node --import tsx bench/syntax-tagger-cv.ts [--folds 10] [--k 10] [--repeat 3] [--no-domains] [--epochs 8]
import { parseArgs } from 'node:util';
import { readConllu, type ConlluSentence } from '../src/syntax/conllu.js';
import { trainSyntaxModel } from '../src/syntax/train.js';
import { DEFAULT_TRAINING, trainingOptions, TRAINING_FILES } from '../src/syntax/training-setup.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ud-english' },
    k: { type: 'string', default: '10' },
    folds: { type: 'string', default: '10' },
    repeat: { type: 'string', default: String(DEFAULT_TRAINING.inDomainRepeat) },
    'no-domains': { type: 'boolean', default: false },
    epochs: { type: 'string', default: String(DEFAULT_TRAINING.taggerEpochs) },
    'upos-bits': { type: 'string', default: '18' },
    confusions: { type: 'string', default: '0' },
  },
});
const all = TRAINING_FILES.flatMap((f) => readConllu(`${values.data}/${f}`).map((s): [boolean, ConlluSentence] => [f.startsWith('ewt'), s]));
const k = Number(values.k);
const totals = { ewt: [0, 0], other: [0, 0] };
const confusions = new Map<string, number>();
for (let r = 0; r < Number(values.folds); r++) {
  // No parser (0 epochs, no jackknifing) and token XPOS / parser tables: only the UPOS tagger counts here.
  const model = trainSyntaxModel(
    all.filter((_, i) => i % k !== r).map(([, s]) => s),
    trainingOptions({
      seed: DEFAULT_TRAINING.seed,
      taggerEpochs: Number(values.epochs),
      parserEpochs: 0,
      folds: 1,
      trainedOn: [],
      inDomainRepeat: Number(values.repeat),
      domains: !values['no-domains'],
      buckets: { upos: 1 << Number(values['upos-bits']), xpos: 1 << 4, transitions: 1 << 4, labels: 1 << 4 },
    }),
  );
  for (const [ewt, s] of all.filter((_, i) => i % k === r)) {
    const tags = model.analyse(s.words.map((w) => w.form)).upos;
    const t = ewt ? totals.ewt : totals.other;
    s.words.forEach((w, i) => {
      t[0]!++;
      if (tags[i] === w.upos) t[1]!++;
      else if (ewt) confusions.set(`${w.upos}->${tags[i]}`, (confusions.get(`${w.upos}->${tags[i]}`) ?? 0) + 1);
    });
  }
  console.error(`fold ${r + 1} done`);
}
for (const [name, [n, c]] of Object.entries(totals)) console.log(`${name} UPOS (gold tokens) ${((100 * c!) / n!).toFixed(2)} over ${n} words`);
const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, Number(values.confusions));
if (top.length > 0) console.log(top.map(([x, v]) => `${x} ${v}`).join(' '));
