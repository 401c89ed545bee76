import type { ConlluSentence } from './conllu.js';
import type { TrainOptions } from './train.js';

// What the shipped model is trained on and with: the training files of ../shared/data/ud-english
// (its README: EWT test, PUD and GUM only evaluate; nothing trained on GUM may ship).

export const TRAINING_FILES = [
  'ewt-en_ewt-ud-dev.conllu',
  'lines-en_lines-ud-train.conllu',
  'lines-en_lines-ud-dev.conllu',
  'lines-en_lines-ud-test.conllu',
  'partut-en_partut-ud-train.conllu',
  'partut-en_partut-ud-dev.conllu',
  'partut-en_partut-ud-test.conllu',
];

export const DEFAULT_TRAINING = { seed: 20260101, taggerEpochs: 8, parserEpochs: 12 };

export const MODEL_LICENCE =
  'CC BY-SA 4.0: derived from UD English EWT, LinES and ParTUT (Universal Dependencies); see data/syntax/NOTICE.md';

/** PTB tags are EWT's XPOS; LinES and ParTUT use tag sets of their own. */
function hasPennTags(sentence: ConlluSentence): boolean {
  const id = sentence.comments.get('sent_id') ?? '';
  return /^(weblog|newsgroup|email|answers|reviews)-/.test(id);
}

export function trainingOptions(
  overrides: Pick<TrainOptions, 'seed' | 'taggerEpochs' | 'parserEpochs' | 'trainedOn' | 'log'> & Partial<TrainOptions>,
): TrainOptions {
  return {
    folds: 5,
    clusters: true,
    wordnet: true,
    labelCandidates: false,
    buckets: { upos: 1 << 18, xpos: 1 << 16, transitions: 1 << 20, labels: 1 << 16 },
    xposFrom: hasPennTags,
    licence: MODEL_LICENCE,
    ...overrides,
  };
}

/** Tuning split: every k-th training sentence held out (k = 0: none), so choices are made off the evaluation sets. */
export function holdOut<T>(sentences: T[], k: number): { train: T[]; heldOut: T[] } {
  if (k <= 0) return { train: sentences, heldOut: [] };
  return { train: sentences.filter((_, i) => i % k !== 0), heldOut: sentences.filter((_, i) => i % k === 0) };
}
