import { analyseSentiment } from './sentiment-analysis.util';
import { EVALUATION_SPLITS, EvaluationSplit, evaluate, loadEvaluationSet } from './sentiment-evaluation.util';
import { SENTIMENT_LANGUAGES, SentimentLanguage } from './sentiment-lexicon';

type Floors = Record<SentimentLanguage, Partial<Record<EvaluationSplit | 'all', number>>>;

/**
 * Pollen's labeller (the model, sentiment-model.ts) is trained on every split but blind-8 and
 * blind-9, each written by another session without reading the project and committed before it
 * was ever run: they are the figures to quote for texts neither the model nor the lexicon has seen
 * (libs/sentiment/README.md; the model as committed, blind-8: en 0.799, fr 0.814, pt 0.781,
 * es 0.782; blind-9, written after the model was committed and measured once: 0.817, 0.798,
 * 0.852, 0.752). Their floors sit a few points under that, and no class may fall under 0.5 there.
 * On the splits it was trained on the model must stay near-perfect (a broken training shows here).
 */
const MODEL_FLOORS: Floors = {
  en: { 'blind-8': 0.76, 'blind-9': 0.78, all: 0.92 },
  fr: { 'blind-8': 0.77, 'blind-9': 0.76, all: 0.93 },
  pt: { 'blind-8': 0.74, 'blind-9': 0.81, all: 0.93 },
  es: { 'blind-8': 0.74, 'blind-9': 0.71, all: 0.92 },
};
const TRAINED_FLOOR = 0.95;

/**
 * The lexicon analyser alone (a feature of the model, and what its rules say: sentiment-rules.spec.ts),
 * floors a few points under what was measured, so that a lexicon change that loses ground fails
 * here. Every split but blind-7 and blind-8 was studied while changing the lexicon; blind-7 was
 * measured once after the sixth round, blind-8 and blind-9 on 2026-12-03 (en 0.650, fr 0.587, pt 0.686,
 * es 0.561; 0.645, 0.457, 0.661, 0.467).
 */
const LEXICON_FLOORS: Floors = {
  en: { tune: 0.97, 'held-out': 0.97, 'blind-1': 0.9, 'blind-2': 0.97, 'blind-4': 0.9, 'blind-5': 0.88, 'blind-6': 0.87, 'blind-7': 0.54, 'blind-8': 0.61, 'blind-9': 0.6, all: 0.8 },
  fr: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.92, 'blind-6': 0.83, 'blind-7': 0.5, 'blind-8': 0.55, 'blind-9': 0.42, all: 0.79 },
  // blind-3: Portuguese only, measured once at 0.461 (e891dca), then tuned on in the fourth round.
  pt: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-3': 0.9, 'blind-4': 0.87, 'blind-5': 0.95, 'blind-6': 0.81, 'blind-7': 0.57, 'blind-8': 0.64, 'blind-9': 0.62, all: 0.82 },
  es: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.93, 'blind-6': 0.81, 'blind-7': 0.57, 'blind-8': 0.52, 'blind-9': 0.43, all: 0.79 },
};
const SPLITS: Array<EvaluationSplit | 'all'> = [...EVALUATION_SPLITS, 'all'];

describe('sentiment evaluation (libs/sentiment/evaluation)', () => {
  const report: string[] = [];
  afterAll(() => console.log(`sentiment evaluation, accuracy / macro-F1 (F1 NEG, NEU, POS):\n${report.join('\n')}`));
  const line = (who: string, language: string, split: string, figures: ReturnType<typeof evaluate>) =>
    `${who.padEnd(7)} ${language} ${split.padEnd(8)} n=${String(figures.count).padStart(3)}  acc ${figures.accuracy.toFixed(3)}  macro-F1 ${figures.macroF1.toFixed(3)}  (${figures.f1.NEGATIVE.toFixed(2)}, ${figures.f1.NEUTRAL.toFixed(2)}, ${figures.f1.POSITIVE.toFixed(2)})`;

  describe.each(SENTIMENT_LANGUAGES)('%s', (language) => {
    const texts = loadEvaluationSet(language);
    const part = (split: EvaluationSplit | 'all') => (split === 'all' ? texts : texts.filter((t) => t.split === split));

    it('has at least 60 texts, a third per class, 60 of them in blind-8 and 60 in blind-9', () => {
      expect(texts.length).toBeGreaterThanOrEqual(60);
      for (const label of ['NEGATIVE', 'NEUTRAL', 'POSITIVE']) expect(texts.filter((t) => t.label === label).length).toBe(texts.length / 3);
      expect(part('blind-8')).toHaveLength(60);
      expect(part('blind-9')).toHaveLength(60);
    });

    it.each(SPLITS.filter((split) => part(split).length > 0))('the labeller keeps macro-F1 on %s at or above its floor', (split) => {
      const figures = evaluate(part(split), language);
      report.push(line('model', language, split, figures));
      expect(figures.macroF1).toBeGreaterThanOrEqual(MODEL_FLOORS[language][split] ?? TRAINED_FLOOR);
      if (split === 'blind-8' || split === 'blind-9' || split === 'all') for (const f1 of Object.values(figures.f1)) expect(f1).toBeGreaterThanOrEqual(0.5);
    });

    it.each(SPLITS.filter((split) => LEXICON_FLOORS[language][split] !== undefined))('the lexicon alone keeps macro-F1 on %s at or above its floor', (split) => {
      const figures = evaluate(part(split), language, analyseSentiment);
      report.push(line('lexicon', language, split, figures));
      expect(figures.macroF1).toBeGreaterThanOrEqual(LEXICON_FLOORS[language][split]!);
    });
  });
});
