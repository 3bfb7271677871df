import { analyseSentiment } from './sentiment-analysis.util';
import { EVALUATION_SPLITS, EvaluationSplit, evaluate, loadEvaluationSet } from './sentiment-evaluation.util';
import { SENTIMENT_LANGUAGES, SentimentLanguage } from './sentiment-lexicon';

type Floors = Record<SentimentLanguage, Partial<Record<EvaluationSplit | 'all', number>>>;

/**
 * Pollen's labeller (the model, sentiment-model.ts) is trained on every split but blind-8, which
 * was written by another session without reading the project and committed before it was ever run
 * (6f36c33): blind-8 is the figure to quote for texts neither the model nor the lexicon has seen
 * (libs/sentiment/README.md: measured on the model as committed, en 0.799, fr 0.814, pt 0.781,
 * es 0.782). Its floors sit a few points under that, and no class may fall under 0.5 there.
 * On the splits it was trained on the model must stay near-perfect (a broken training shows here).
 */
const MODEL_FLOORS: Floors = {
  en: { 'blind-8': 0.76, all: 0.93 },
  fr: { 'blind-8': 0.77, all: 0.94 },
  pt: { 'blind-8': 0.74, all: 0.94 },
  es: { 'blind-8': 0.74, all: 0.93 },
};
const TRAINED_FLOOR = 0.95;

/**
 * The lexicon analyser alone (a feature of the model, and what its rules say: sentiment-rules.spec.ts),
 * floors a few points under what was measured, so that a lexicon change that loses ground fails
 * here. Every split but blind-7 and blind-8 was studied while changing the lexicon; blind-7 was
 * measured once after the sixth round, blind-8 once on 2026-12-03 (en 0.650, fr 0.587, pt 0.686, es 0.561).
 */
const LEXICON_FLOORS: Floors = {
  en: { tune: 0.97, 'held-out': 0.97, 'blind-1': 0.9, 'blind-2': 0.97, 'blind-4': 0.9, 'blind-5': 0.88, 'blind-6': 0.87, 'blind-7': 0.54, 'blind-8': 0.61, all: 0.82 },
  fr: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.92, 'blind-6': 0.83, 'blind-7': 0.5, 'blind-8': 0.55, all: 0.82 },
  // blind-3: Portuguese only, measured once at 0.461 (e891dca), then tuned on in the fourth round.
  pt: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-3': 0.9, 'blind-4': 0.87, 'blind-5': 0.95, 'blind-6': 0.81, 'blind-7': 0.57, 'blind-8': 0.64, all: 0.84 },
  es: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.93, 'blind-6': 0.81, 'blind-7': 0.57, 'blind-8': 0.52, all: 0.82 },
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

    it('has at least 60 texts, a third per class, 60 of them in blind-8', () => {
      expect(texts.length).toBeGreaterThanOrEqual(60);
      for (const label of ['NEGATIVE', 'NEUTRAL', 'POSITIVE']) expect(texts.filter((t) => t.label === label).length).toBe(texts.length / 3);
      expect(part('blind-8')).toHaveLength(60);
    });

    it.each(SPLITS.filter((split) => part(split).length > 0))('the labeller keeps macro-F1 on %s at or above its floor', (split) => {
      const figures = evaluate(part(split), language);
      report.push(line('model', language, split, figures));
      expect(figures.macroF1).toBeGreaterThanOrEqual(MODEL_FLOORS[language][split] ?? TRAINED_FLOOR);
      if (split === 'blind-8' || split === 'all') for (const f1 of Object.values(figures.f1)) expect(f1).toBeGreaterThanOrEqual(0.5);
    });

    it.each(SPLITS.filter((split) => LEXICON_FLOORS[language][split] !== undefined))('the lexicon alone keeps macro-F1 on %s at or above its floor', (split) => {
      const figures = evaluate(part(split), language, analyseSentiment);
      report.push(line('lexicon', language, split, figures));
      expect(figures.macroF1).toBeGreaterThanOrEqual(LEXICON_FLOORS[language][split]!);
    });
  });
});
