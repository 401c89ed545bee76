// npm run train:syntax: builds the shipped tagger and parser from the UD English training treebanks.
// Same data and seed give a byte-identical model. Evaluation treebanks (EWT test, PUD, GUM) are never read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readConllu, ConlluError } from '../src/syntax/conllu.js';
import { DEFAULT_TRAINING, holdOut, trainingOptions, TRAINING_FILES } from '../src/syntax/training-setup.js';
import { trainSyntaxModel } from '../src/syntax/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ud-english' },
    out: { type: 'string', default: 'data/syntax/en-ud.model' },
    files: { type: 'string' },
    seed: { type: 'string' },
    'tagger-epochs': { type: 'string' },
    'parser-epochs': { type: 'string' },
    folds: { type: 'string' },
    'in-domain-repeat': { type: 'string' },
    'no-domains': { type: 'boolean', default: false },
    'parser-domains': { type: 'boolean' },
    'no-clusters': { type: 'boolean', default: false },
    'no-wordnet': { type: 'boolean', default: false },
    'label-candidates': { type: 'boolean', default: false },
    holdout: { type: 'string', default: '0' },
    buckets: { type: 'string' },
  },
});

/** --buckets 18,16,20,16: log2 of the UPOS, XPOS, transition and label tables' buckets. */
function bucketsFrom(value: string) {
  const [upos, xpos, transitions, labels] = value.split(',').map((v) => 1 << Number(v));
  if (!upos || !xpos || !transitions || !labels) throw new Error(`--buckets takes four powers of two as exponents, e.g. 18,16,20,16, not "${value}"`);
  return { upos, xpos, transitions, labels };
}

const files = values.files ? values.files.split(',') : TRAINING_FILES.map((f) => `${values.data}/${f}`);
const started = Date.now();
try {
  const sentences = holdOut(files.flatMap((f) => readConllu(f)), Number(values.holdout)).train;
  const options = trainingOptions({
    seed: values.seed ? Number(values.seed) : DEFAULT_TRAINING.seed,
    taggerEpochs: values['tagger-epochs'] ? Number(values['tagger-epochs']) : DEFAULT_TRAINING.taggerEpochs,
    parserEpochs: values['parser-epochs'] ? Number(values['parser-epochs']) : DEFAULT_TRAINING.parserEpochs,
    ...(values.folds ? { folds: Number(values.folds) } : {}),
    ...(values['in-domain-repeat'] ? { inDomainRepeat: Number(values['in-domain-repeat']) } : {}),
    ...(values['no-domains'] ? { domains: false } : {}),
    ...(values['parser-domains'] !== undefined ? { parserDomains: values['parser-domains'] } : {}),
    ...(values['no-clusters'] ? { clusters: false } : {}),
    ...(values['no-wordnet'] ? { wordnet: false } : {}),
    ...(values['label-candidates'] ? { labelCandidates: true } : {}),
    ...(values.buckets ? { buckets: bucketsFrom(values.buckets) } : {}),
    trainedOn: files.map((f) => f.split('/').pop()!),
    log: (m) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${m}`),
  });
  console.error(`training on ${sentences.length} sentences from ${files.length} files`);
  const model = trainSyntaxModel(sentences, options);
  mkdirSync(dirname(values.out!), { recursive: true });
  const bytes = model.serialise();
  writeFileSync(values.out!, bytes);
  console.error(`wrote ${values.out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof ConlluError) {
    console.error(`train:syntax: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
