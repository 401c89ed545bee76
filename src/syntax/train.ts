import type { ConlluSentence } from './conllu.js';
import { seededRandom } from './hash.js';
import { lexicalFeatures, type LexicalFeatures } from './lexical.js';
import { SyntaxModel, type ModelHeader } from './model.js';
import { argmax, AveragedPerceptron, QuantisedScorer, scoreAllowed, type Scorer } from './perceptron.js';
import {
  chooseLabel,
  scoreLabels,
  labelFeatures,
  ParseScratch,
  parserFeatures,
  ParseState,
  SHIFT,
  transitionCost,
  TRANSITIONS,
  type ParserInput,
} from './parser.js';
import { TAGGER_FEATURES, tagSentence, taggerFeatures, xposFeatures } from './tagger.js';

// Training: taggers first, then the parser on tags predicted by taggers that did not see the sentence
// (jackknifing), so that it learns from the tags it will get at run time. Deterministic for a seed.

export interface TrainOptions {
  seed: number;
  taggerEpochs: number;
  parserEpochs: number;
  folds: number;
  buckets: { upos: number; xpos: number; transitions: number; labels: number };
  /** Sentences whose XPOS column trains the XPOS tagger (treebanks share UPOS, not XPOS). */
  xposFrom: (sentence: ConlluSentence) => boolean;
  trainedOn: string[];
  licence: string;
  clusters: boolean;
  wordnet: boolean;
  /** Restrict each arc's label to those seen with the dependent's tag (faster; see the bench). */
  labelCandidates: boolean;
  /**
   * How many times a sentence is seen per epoch (1 when omitted): the in-domain treebank (web text) is
   * small next to the others, so repeating it tilts the weights towards its conventions.
   */
  repeat?: (sentence: ConlluSentence) => number;
  /** The sentence's treebank for domain-specific tagger features (0 the target domain); none when omitted. */
  domain?: (sentence: ConlluSentence) => number;
  /** Domain-specific copies of the parser's features too (with `domain`). */
  parserDomains?: boolean;
  log?: (message: string) => void;
}

interface Prepared {
  forms: string[];
  repeat: number;
  lex: LexicalFeatures;
  upos: Uint8Array;
  xpos: Uint8Array | null;
  heads: Int32Array; // index 1..n, gold[0] = -2
  labels: Int32Array; // index 1..n
}

function indexOf(values: Iterable<string>): Map<string, number> {
  return new Map([...new Set(values)].sort().map((v, i) => [v, i]));
}

/** Each item `repeat` times (a training sentence seen that many times per epoch). */
function repeated<T extends { repeat: number }>(items: T[]): T[] {
  return items.flatMap((item) => (item.repeat === 1 ? [item] : new Array<T>(item.repeat).fill(item)));
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function trainTagger(
  data: { lex: LexicalFeatures; gold: Uint8Array; upos?: Uint8Array }[],
  classes: number,
  buckets: number,
  epochs: number,
  random: () => number,
  candidates?: number[][],
): AveragedPerceptron {
  const model = new AveragedPerceptron(classes, buckets);
  const features = new Uint32Array(TAGGER_FEATURES + 8);
  const scores = new Float32Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const s of shuffled(data, random)) {
      const n = s.gold.length;
      const guessed = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        const count = s.upos ? xposFeatures(s.lex, i, s.upos, features) : taggerFeatures(s.lex, i, i > 0 ? guessed[i - 1]! + 1 : 0, i > 1 ? guessed[i - 2]! + 1 : 0, features);
        const allowed = s.upos && candidates ? candidates[s.upos[i]!] : undefined;
        scoreAllowed(model, features, count, scores, allowed);
        const guess = Math.max(0, argmax(scores));
        model.update(features, count, s.gold[i]!, guess);
        model.tick();
        guessed[i] = guess;
      }
    }
  }
  return model;
}

function quantise(model: AveragedPerceptron): QuantisedScorer {
  return QuantisedScorer.fromWeights(model.classes, model.buckets, model.average());
}

function trainParser(
  data: (Prepared & { predicted: Uint8Array })[],
  labelCount: number,
  labelsByTag: number[][],
  options: TrainOptions,
  random: () => number,
) {
  const transitions = new AveragedPerceptron(TRANSITIONS, options.buckets.transitions);
  const labels = new AveragedPerceptron(labelCount, options.buckets.labels);
  const scorers = { transitions, labels, labelsByTag };
  const scratch = new ParseScratch(labelCount);
  const costs = new Int32Array(TRANSITIONS);
  for (let epoch = 0; epoch < options.parserEpochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const s of shuffled(data, random)) {
      const input: ParserInput = { lex: s.lex, tags: s.predicted, domain: options.parserDomains ? s.lex.domain : -1 };
      const st = new ParseState(s.forms.length);
      while (!st.terminal()) {
        const count = parserFeatures(input, st, scratch.features);
        scratch.transitionScores.fill(0);
        transitions.score(scratch.features, count, scratch.transitionScores);
        let minCost = Infinity;
        for (let t = 0; t < TRANSITIONS; t++) {
          costs[t] = st.valid(t) ? transitionCost(st, t, s.heads) : -1;
          if (costs[t]! >= 0 && costs[t]! < minCost) minCost = costs[t]!;
        }
        const guess = argmax(scratch.transitionScores, (t) => costs[t]! >= 0);
        const best = argmax(scratch.transitionScores, (t) => costs[t] === minCost);
        transitions.update(scratch.features, count, best, guess);
        transitions.tick();
        // Past the first epoch, follow the model's own mistakes most of the time (exploration).
        const next = guess === best || (epoch > 0 && random() < 0.9) ? guess : best;
        let label = 0;
        if (next !== SHIFT) {
          const [dep, head] = st.arc(next);
          if (s.heads[dep] === head) {
            const lcount = labelFeatures(input, st, dep, head, scratch.labelFeatures);
            const lguess = scoreLabels(scorers, input, dep, scratch, lcount);
            label = s.labels[dep]!;
            labels.update(scratch.labelFeatures, lcount, label, lguess);
            labels.tick();
            total++;
            if (lguess === label) correct++;
          } else label = chooseLabel(scorers, input, st, dep, head, scratch);
        }
        st.apply(next, label);
      }
    }
    options.log?.(`parser epoch ${epoch + 1}/${options.parserEpochs}: label accuracy on correct arcs ${((100 * correct) / Math.max(1, total)).toFixed(1)}%`);
  }
  return { transitions: quantise(transitions), labels: quantise(labels) };
}

export function trainSyntaxModel(sentences: ConlluSentence[], options: TrainOptions): SyntaxModel {
  const random = seededRandom(options.seed);
  const uposIndex = indexOf(sentences.flatMap((s) => s.words.map((w) => w.upos)));
  const xposSentences = sentences.filter(options.xposFrom);
  const xposIndex = indexOf(xposSentences.flatMap((s) => s.words.map((w) => w.xpos)));
  const labelIndex = indexOf(sentences.flatMap((s) => s.words.map((w) => w.deprel)));
  const prepared: Prepared[] = sentences.map((s) => {
    const forms = s.words.map((w) => w.form);
    const heads = new Int32Array(forms.length + 1);
    const labels = new Int32Array(forms.length + 1);
    heads[0] = -2;
    s.words.forEach((w, i) => {
      heads[i + 1] = w.head;
      labels[i + 1] = labelIndex.get(w.deprel)!;
    });
    return {
      forms,
      repeat: Math.max(1, Math.round(options.repeat?.(s) ?? 1)),
      lex: lexicalFeatures(forms, options.clusters, options.wordnet, options.domain?.(s) ?? -1),
      upos: Uint8Array.from(s.words, (w) => uposIndex.get(w.upos)!),
      xpos: options.xposFrom(s) ? Uint8Array.from(s.words, (w) => xposIndex.get(w.xpos)!) : null,
      heads,
      labels,
    };
  });
  const log = options.log ?? (() => {});
  const upos = trainTagger(
    repeated(prepared).map((p) => ({ lex: p.lex, gold: p.upos })),
    uposIndex.size,
    options.buckets.upos,
    options.taggerEpochs,
    random,
  );
  log(`UPOS tagger trained on ${prepared.length} sentences`);
  const xposByUpos: number[][] = [...uposIndex.keys()].map(() => []);
  for (const p of prepared) p.xpos?.forEach((x, i) => xposByUpos[p.upos[i]!]!.includes(x) || xposByUpos[p.upos[i]!]!.push(x));
  xposByUpos.forEach((list) => list.sort((a, b) => a - b));
  const xpos = trainTagger(
    repeated(prepared.filter((p) => p.xpos)).map((p) => ({ lex: p.lex, gold: p.xpos!, upos: p.upos })),
    xposIndex.size,
    options.buckets.xpos,
    options.taggerEpochs,
    random,
    xposByUpos,
  );
  log(`XPOS tagger trained on ${xposSentences.length} sentences`);
  // Jackknifing: each fold's tags come from a tagger trained on the other folds.
  const predicted: Uint8Array[] = new Array(prepared.length);
  const features = new Uint32Array(TAGGER_FEATURES + 8);
  const scores = new Float32Array(uposIndex.size);
  if (options.folds < 2) prepared.forEach((p, i) => (predicted[i] = p.upos));
  for (let fold = 0; options.folds >= 2 && fold < options.folds; fold++) {
    // Folds are drawn before repetition, so no copy of a sentence tags the sentence itself.
    const train = repeated(prepared.filter((_, i) => i % options.folds !== fold));
    const foldTagger: Scorer = trainTagger(
      train.map((p) => ({ lex: p.lex, gold: p.upos })),
      uposIndex.size,
      options.buckets.upos,
      options.taggerEpochs,
      random,
    );
    prepared.forEach((p, i) => {
      if (i % options.folds === fold) predicted[i] = tagSentence(foldTagger, p.lex, features, scores);
    });
    log(`jackknife fold ${fold + 1}/${options.folds} tagged`);
  }
  // The labels a dependent may take, by its tag: gold and jackknifed tags both, so a tagging error
  // still leaves the right label among the candidates.
  const labelsByTag: number[][] = [...uposIndex.keys()].map(() => []);
  prepared.forEach((p, i) => {
    for (let w = 0; w < p.forms.length; w++) {
      for (const tag of [p.upos[w]!, predicted[i]![w]!]) if (!labelsByTag[tag]!.includes(p.labels[w + 1]!)) labelsByTag[tag]!.push(p.labels[w + 1]!);
    }
  });
  labelsByTag.forEach((list) => (options.labelCandidates ? list.sort((a, b) => a - b) : list.splice(0)));
  const parser = trainParser(
    repeated(prepared.map((p, i) => ({ ...p, predicted: predicted[i]! }))),
    labelIndex.size,
    labelsByTag,
    options,
    random,
  );
  const header: ModelHeader = {
    upos: [...uposIndex.keys()],
    xpos: [...xposIndex.keys()],
    labels: [...labelIndex.keys()],
    scorers: {
      upos: { classes: uposIndex.size, buckets: options.buckets.upos },
      xpos: { classes: xposIndex.size, buckets: options.buckets.xpos },
      transitions: { classes: TRANSITIONS, buckets: options.buckets.transitions },
      labels: { classes: labelIndex.size, buckets: options.buckets.labels },
    },
    trainedOn: options.trainedOn,
    licence: options.licence,
    seed: options.seed,
    epochs: { tagger: options.taggerEpochs, parser: options.parserEpochs },
    clusters: options.clusters,
    wordnet: options.wordnet,
    ...(options.domain && { domains: true }),
    ...(options.domain && options.parserDomains && { parserDomains: true }),
    xposByUpos,
    ...(options.labelCandidates && { labelsByTag }),
  };
  return new SyntaxModel(header, { upos: quantise(upos), xpos: quantise(xpos), ...parser });
}
