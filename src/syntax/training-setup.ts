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

// EWT (web text, the only treebank whose conventions EWT test and PUD share: PUD's tags and trees were corrected
// by EWT's maintainers) is repeated 3 times per epoch, and the tagger has treebank-specific feature copies; both
// chosen on the EWT part of the tuning split (train:syntax --holdout 10). Parser copies lost LAS there.
export const DEFAULT_TRAINING = { seed: 20260101, taggerEpochs: 8, parserEpochs: 12, inDomainRepeat: 3, domains: true, parserDomains: false };

export const MODEL_LICENCE =
  'CC BY-SA 4.0: derived from UD English EWT, LinES and ParTUT (Universal Dependencies); see data/syntax/NOTICE.md';

/** PTB tags are EWT's XPOS; LinES and ParTUT use tag sets of their own. */
function hasPennTags(sentence: ConlluSentence): boolean {
  const id = sentence.comments.get('sent_id') ?? '';
  return /^(weblog|newsgroup|email|answers|reviews)-/.test(id);
}

/** 0 EWT (web text, the domain text is tagged as), 1 LinES, 2 ParTUT, by the sentence id. */
function treebankOf(sentence: ConlluSentence): number {
  const id = sentence.comments.get('sent_id') ?? '';
  return hasPennTags(sentence) ? 0 : id.startsWith('en_lines') ? 1 : id.startsWith('en_partut') ? 2 : 3;
}

export function trainingOptions(
  overrides: Pick<TrainOptions, 'seed' | 'taggerEpochs' | 'parserEpochs' | 'trainedOn' | 'log'> &
    Partial<TrainOptions> & { inDomainRepeat?: number; domains?: boolean },
): TrainOptions {
  const { inDomainRepeat = DEFAULT_TRAINING.inDomainRepeat, domains = DEFAULT_TRAINING.domains, ...rest } = overrides;
  const parserDomains = overrides.parserDomains ?? DEFAULT_TRAINING.parserDomains;
  return {
    folds: 5,
    clusters: true,
    wordnet: true,
    labelCandidates: false,
    buckets: { upos: 1 << 18, xpos: 1 << 16, transitions: 1 << 20, labels: 1 << 16 },
    xposFrom: hasPennTags,
    licence: MODEL_LICENCE,
    // EWT is a seventh of the training words: repeating it tilts the shared weights towards its conventions.
    repeat: (s) => (hasPennTags(s) ? inDomainRepeat : 1),
    ...(domains && { domain: treebankOf, parserDomains }),
    ...rest,
  };
}

/** Tuning split: every k-th training sentence held out (k = 0: none), so choices are made off the evaluation sets. */
export function holdOut<T>(sentences: T[], k: number): { train: T[]; heldOut: T[] } {
  if (k <= 0) return { train: sentences, heldOut: [] };
  return { train: sentences.filter((_, i) => i % k !== 0), heldOut: sentences.filter((_, i) => i % k === 0) };
}
