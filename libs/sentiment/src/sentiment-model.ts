import { createHash } from 'node:crypto';
import { analyseSentiment, LABEL_THRESHOLD, type SentimentLabel, type SentimentResult } from './sentiment-analysis.util';
import type { SentimentLanguage } from './sentiment-lexicon';
import { type Token, tokenize } from './sentiment-text.util';

/**
 * The sentiment model: a multinomial logistic regression per language over hashed features of a
 * text (its folded words, word pairs and character 3–5-grams) and the lexicon analyser's reading
 * of it (its score and label, sentiment-analysis.util.ts). The lexicon knows negation, contrast,
 * idioms and sarcasm markers but no word it lacks; the model learns from labelled comments which
 * words and turns of phrase carry a judgement (complaints told as facts, "my knees hit the
 * dashboard"), and how far to trust the lexicon. Trained here, by `npm run sentiment:train`
 * (train-sentiment-model.ts), on the project's own corpus (training/<language>.tsv, 1,200 comments
 * per language, with the other languages' pooled in: cognates share character n-grams) and the
 * evaluation set's parts other than blind-8; the weights are committed (model/*.ts) and loaded at
 * start-up: nothing is downloaded, nothing is trained at run time.
 *
 * Why not a library: the npm packages of this kind (ml-logistic-regression, wink-naive-bayes-…)
 * are dense-matrix or English-pipeline ones; a softmax over a few hundred sparse features per text
 * is thirty lines, trained deterministically (a seeded shuffle) so that the committed weights can
 * be checked against the data (sentiment-model.spec.ts).
 */

export const MODEL_LABELS: readonly SentimentLabel[] = ['NEGATIVE', 'NEUTRAL', 'POSITIVE'];
/** Hashed feature space: 2^15 buckets (2^16 and 2^18 measured no better on blind-7). */
export const MODEL_BITS = 15;
const SIZE = 1 << MODEL_BITS;
/** Character n-grams weigh less than whole words (measured on blind-7: 0.3 beside 0 and 0.6). */
const CHAR_WEIGHT = 0.3;

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const TRAINING: TrainingOptions = { epochs: 20, learningRate: 0.3, l2: 1e-5, seed: 1 };

/** FNV-1a of a feature's name (`prefix` then `text[from, to)`), into the hashed space: no string is made for a feature. */
function bucket(prefix: string, text: string, from = 0, to = text.length): number {
  let hash = 2166136261;
  for (let i = 0; i < prefix.length; i++) hash = Math.imul(hash ^ prefix.charCodeAt(i), 16777619);
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) & (SIZE - 1);
}

/** A text's features, sparse: bucket indices and their values. */
export interface Features {
  index: Int32Array;
  value: Float64Array;
}

/** A text's features gathered in one reused dense scratch (a Map per text cost three quarters of the labelling time). */
const scratch = new Float64Array(SIZE);
const touched = new Int32Array(4096);

/** A text's features: the bag of its words, pairs and n-grams (unit length), then the lexicon's reading. */
export function featuresOf(text: string, language: SentimentLanguage): Features {
  const tokens = tokenize(text);
  return featuresFrom(tokens, analyseSentiment(text, language, tokens));
}

function featuresFrom(tokens: Token[], lexicon: SentimentResult): Features {
  let count = 0;
  const add = (at: number, value: number) => {
    if (scratch[at] === 0 && count < touched.length) touched[count++] = at;
    scratch[at] += value;
  };
  const words = tokens.map((token) => token.text);
  for (let i = 0; i < words.length; i++) {
    add(bucket('w:', words[i]), 1);
    if (i > 0) add(bucket('b:', `${words[i - 1]} ${words[i]}`), 1);
  }
  // Character 3-, 4- and 5-grams: one running hash from each position, read off at each length.
  const joined = ` ${words.join(' ')} `;
  for (let i = 0; i + 3 <= joined.length; i++) {
    let hash = 2166136261;
    for (let n = 1; n <= 5 && i + n <= joined.length; n++) {
      hash = Math.imul(hash ^ joined.charCodeAt(i + n - 1), 16777619);
      if (n >= 3) add((Math.imul(hash ^ n, 0x9e3779b1) >>> 0) & (SIZE - 1), CHAR_WEIGHT);
    }
  }
  let norm = 0;
  for (let i = 0; i < count; i++) norm += scratch[touched[i]] ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < count; i++) scratch[touched[i]] /= norm;
  add(bucket('lexicon:', 'score'), lexicon.score);
  add(bucket('lexicon:', lexicon.label), 0.5);
  add(bucket('', 'bias'), 1);
  const features: Features = { index: touched.slice(0, count), value: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    features.value[i] = scratch[touched[i]];
    scratch[touched[i]] = 0;
  }
  return features;
}

/** One weight vector per label. */
export type Weights = [Float32Array, Float32Array, Float32Array];

function logits(weights: Weights, features: Features): number[] {
  const { index, value } = features;
  return weights.map((w) => {
    let sum = 0;
    for (let i = 0; i < index.length; i++) sum += w[index[i]] * value[i];
    return sum;
  });
}

function softmax(z: number[]): number[] {
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / total);
}

/** Stochastic gradient descent on the cross-entropy, in a seeded order: the same data gives the same weights. */
export function trainWeights(examples: Array<{ features: Features; label: SentimentLabel }>, options: TrainingOptions = TRAINING): Weights {
  const weights: Weights = [new Float32Array(SIZE), new Float32Array(SIZE), new Float32Array(SIZE)];
  const order = examples.map((_, i) => i);
  let seed = options.seed;
  const random = () => {
    seed = (Math.imul(seed, 48271) >>> 0) % 2147483647;
    return seed / 2147483647;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = options.learningRate / (1 + epoch * 0.1);
    for (const index of order) {
      const { features, label } = examples[index];
      const p = softmax(logits(weights, features));
      for (let c = 0; c < 3; c++) {
        const gradient = p[c] - (MODEL_LABELS[c] === label ? 1 : 0);
        const w = weights[c];
        for (let i = 0; i < features.index.length; i++) w[features.index[i]] -= rate * (gradient * features.value[i] + options.l2 * w[features.index[i]]);
      }
    }
  }
  return weights;
}

/** A model as committed: each label's weights as 16-bit integers (base64) with one scale, and what it was trained on. */
export interface EncodedModel {
  language: SentimentLanguage;
  bits: number;
  scale: number;
  /** sha256 of the training texts, their labels and the lexicon's reading of each (model-data.ts, `trainingFingerprint`). */
  trainedOn: string;
  examples: number;
  weights: [string, string, string];
}

export function encodeModel(language: SentimentLanguage, weights: Weights, trainedOn: string, examples: number): EncodedModel {
  let top = 0;
  for (const w of weights) for (const v of w) top = Math.max(top, Math.abs(v));
  const scale = top / 32767 || 1;
  const encoded = weights.map((w) => Buffer.from(Int16Array.from(w, (v) => Math.round(v / scale)).buffer).toString('base64')) as [string, string, string];
  return { language, bits: MODEL_BITS, scale, trainedOn, examples, weights: encoded };
}

export function decodeModel(model: EncodedModel): Weights {
  if (model.bits !== MODEL_BITS) throw new Error(`sentiment model for ${model.language}: ${model.bits} bits, the code reads ${MODEL_BITS}`);
  return model.weights.map((text) => {
    const raw = Buffer.from(text, 'base64');
    const ints = new Int16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2);
    return Float32Array.from(ints, (v) => v * model.scale);
  }) as Weights;
}

/**
 * The label and score of a text under `weights`. The label is the most likely one. The score says
 * how strongly, in [-1, 1]: its sign is the model's (P(positive) − P(negative)), its size the
 * model's confidence times the lexicon's intensity (the weight of the text's words), so that
 * "strongly negative" (STRONGLY_NEGATIVE_SCORE, which sends a text to the moderation queue) still
 * takes strong words, as it did when the lexicon labelled alone, and now the model's agreement too:
 * a confident complaint told as a fact ("the hinge snapped on day two") is NEGATIVE without being
 * flagged. A NEGATIVE or POSITIVE label's score is at least LABEL_THRESHOLD away from 0, a
 * NEUTRAL's less, as for the lexicon.
 */
export function classify(weights: Weights, text: string, language: SentimentLanguage): SentimentResult {
  const tokens = tokenize(text);
  const lexicon = analyseSentiment(text, language, tokens);
  const p = softmax(logits(weights, featuresFrom(tokens, lexicon)));
  const best = p.indexOf(Math.max(...p));
  const label = MODEL_LABELS[best];
  const lean = p[2] - p[0];
  const strength = Math.abs(lean) * Math.abs(lexicon.score);
  const size = label === 'NEUTRAL' ? Math.min(strength, LABEL_THRESHOLD - 0.001) : Math.max(strength, LABEL_THRESHOLD);
  const sign = label === 'POSITIVE' ? 1 : label === 'NEGATIVE' ? -1 : Math.sign(lean);
  return { label, score: Math.round(sign * size * 1000) / 1000 };
}

/** A stable digest of labelled texts with the lexicon's reading of each: what a committed model must have been trained on. */
export function fingerprint(examples: Array<{ text: string; label: SentimentLabel; language: SentimentLanguage }>): string {
  const hash = createHash('sha256');
  for (const { text, label, language } of examples) {
    const lexicon = analyseSentiment(text, language);
    hash.update(`${language}\t${label}\t${text}\t${lexicon.label}\t${lexicon.score}\n`);
  }
  return hash.digest('hex');
}
