import { MODEL as EN } from './model/en.model';
import { MODEL as ES } from './model/es.model';
import { MODEL as FR } from './model/fr.model';
import { MODEL as PT } from './model/pt.model';
import { labelSentiment } from './sentiment-classifier';
import { loadEvaluationSet } from './sentiment-evaluation.util';
import { SENTIMENT_LANGUAGES } from './sentiment-lexicon';
import { classify, decodeModel, encodeModel, featuresOf, fingerprint, MODEL_BITS, trainWeights } from './sentiment-model';
import { HELD_OUT_SPLITS, loadTrainingSet, trainingTexts } from './sentiment-training.util';

const MODELS = { en: EN, fr: FR, pt: PT, es: ES };

describe('the sentiment model (sentiment-model.ts)', () => {
  it.each(SENTIMENT_LANGUAGES)('%s: the committed model was trained on the training texts as they are now (else: npm run sentiment:train)', (language) => {
    const texts = trainingTexts(language);
    expect(MODELS[language].trainedOn).toBe(fingerprint(texts));
    expect(MODELS[language].examples).toBe(texts.length);
    expect(MODELS[language].bits).toBe(MODEL_BITS);
  });

  it.each(SENTIMENT_LANGUAGES)('%s: learns from 1,200 texts of its corpus, a third per class, and never from blind-8 or blind-9', (language) => {
    const corpus = loadTrainingSet(language);
    expect(corpus).toHaveLength(1200);
    for (const label of ['NEGATIVE', 'NEUTRAL', 'POSITIVE']) expect(corpus.filter((t) => t.label === label)).toHaveLength(400);
    const blind = new Set(loadEvaluationSet(language).filter((t) => HELD_OUT_SPLITS.includes(t.split)).map((t) => t.text));
    // A one- or two-word comment may be written alike by two authors ("Meh." is in the Portuguese corpus and in Spanish blind-9): a coincidence, not a held-out line.
    expect(trainingTexts(language).filter((t) => blind.has(t.text) && t.text.split(/\s+/).length > 2)).toEqual([]);
  });

  it('learns what it is shown, and its 16-bit encoding keeps every decision', () => {
    const examples = [
      { text: 'the hinge snapped on day two', label: 'NEGATIVE' as const },
      { text: 'the hinge snapped again', label: 'NEGATIVE' as const },
      { text: 'what colour is the hinge', label: 'NEUTRAL' as const },
      { text: 'which hinge is it', label: 'NEUTRAL' as const },
      { text: 'my kids begged for another ride', label: 'POSITIVE' as const },
      { text: 'the kids begged to keep it', label: 'POSITIVE' as const },
    ].map((e) => ({ ...e, features: featuresOf(e.text, 'en') }));
    const weights = trainWeights(examples);
    const decoded = decodeModel(encodeModel('en', weights, 'test', examples.length));
    for (const { text, label } of examples) {
      expect(classify(weights, text, 'en').label).toBe(label);
      expect(classify(decoded, text, 'en')).toEqual(classify(weights, text, 'en'));
    }
  });

  it('scores how strongly: strongly negative takes strong words, a complaint told as a fact is negative without being flagged', () => {
    const complaint = labelSentiment('This is a terrible idea, the worst proposal so far. Useless and ugly.', 'en');
    expect(complaint.label).toBe('NEGATIVE');
    expect(complaint.score).toBeLessThanOrEqual(-0.5);
    const praise = labelSentiment('Adorei! Ficou lindo, parabéns pela ideia.', 'pt');
    expect(praise.label).toBe('POSITIVE');
    expect(praise.score).toBeGreaterThan(0);
    expect(Math.abs(labelSentiment('¿Se carga en un enchufe normal?', 'es').score)).toBeLessThan(0.15);
    const fact = labelSentiment('The hinge snapped on day two and the lid fell off.', 'en');
    expect(fact.label).toBe('NEGATIVE');
    expect(fact.score).toBeLessThanOrEqual(-0.15);
    expect(fact.score).toBeGreaterThan(-0.5);
  });
});
