import { createHash } from 'node:crypto';
import type { SentimentResult } from './sentiment-analysis.util';
import type { SentimentLanguage } from './sentiment-lexicon';
import { classify, decodeModel, type EncodedModel, type Weights } from './sentiment-model';
import { MODEL as EN } from './model/en.model';
import { MODEL as ES } from './model/es.model';
import { MODEL as FR } from './model/fr.model';
import { MODEL as PT } from './model/pt.model';

const MODELS: Record<SentimentLanguage, EncodedModel> = { en: EN, fr: FR, pt: PT, es: ES };
const decoded = new Map<SentimentLanguage, Weights>();

/** Which models label (their training data's fingerprints) and how they score: part of a label's text hash, so that a text is labelled again by a new model when its events are replayed. */
/** How a score is made from the model and the lexicon (sentiment-model.ts, `classify`); a new way is a new version. */
const SCORING = 'confidence × lexicon intensity';
export const SENTIMENT_MODEL_VERSION = createHash('sha256').update([SCORING, ...[EN, FR, PT, ES].map((model) => model.trainedOn)].join()).digest('hex').slice(0, 12);

/**
 * The sentiment of a text in its language, as Pollen labels ideas and comments: the committed
 * model of that language (sentiment-model.ts) over the text's words and the lexicon's reading.
 * Each model is decoded on first use (~1 ms, 390 KB of weights).
 */
export function labelSentiment(text: string, language: SentimentLanguage): SentimentResult {
  let weights = decoded.get(language);
  if (!weights) decoded.set(language, (weights = decodeModel(MODELS[language])));
  return classify(weights, text, language);
}
