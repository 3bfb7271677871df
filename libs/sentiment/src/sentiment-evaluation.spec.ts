import { EVALUATION_SPLITS, EvaluationSplit, evaluate, loadEvaluationSet } from './sentiment-evaluation.util';
import { SENTIMENT_LANGUAGES, SentimentLanguage } from './sentiment-lexicon';

/**
 * Macro-F1 floors per language and split, set from what was measured (libs/sentiment/README.md),
 * a few points below it so that a lexicon change that loses ground fails here. Every split but
 * blind-7 has been studied while changing the analyser (tune, blind-1, blind-3 tuned on; blind-2,
 * blind-4, blind-5 in the fifth round; blind-6 in the sixth, after its one unseen measurement).
 * blind-7 was committed before it was ever run and measured once after the sixth round: it is
 * the figure to quote for texts the analyser has never seen.
 */
const FLOORS: Record<SentimentLanguage, Partial<Record<EvaluationSplit, number>> & { all: number }> = {
  en: { tune: 0.97, 'held-out': 0.97, 'blind-1': 0.9, 'blind-2': 0.97, 'blind-4': 0.9, 'blind-5': 0.88, 'blind-6': 0.87, 'blind-7': 0.54, all: 0.86 },
  fr: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.92, 'blind-6': 0.83, 'blind-7': 0.5, all: 0.86 },
  // blind-3: Portuguese only, measured once at 0.461 (e891dca), then tuned on in the fourth round.
  pt: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-3': 0.9, 'blind-4': 0.87, 'blind-5': 0.95, 'blind-6': 0.81, 'blind-7': 0.57, all: 0.87 },
  es: { tune: 0.95, 'held-out': 0.97, 'blind-1': 0.93, 'blind-2': 0.97, 'blind-4': 0.93, 'blind-5': 0.93, 'blind-6': 0.81, 'blind-7': 0.57, all: 0.86 },
};
const SPLITS: Array<EvaluationSplit | 'all'> = [...EVALUATION_SPLITS, 'all'];

describe('sentiment evaluation (libs/sentiment/evaluation)', () => {
  const report: string[] = [];
  afterAll(() => console.log(`sentiment evaluation, accuracy / macro-F1 (F1 NEG, NEU, POS):\n${report.join('\n')}`));

  describe.each(SENTIMENT_LANGUAGES)('%s', (language) => {
    const texts = loadEvaluationSet(language);

    it('has at least 60 texts, a third per class', () => {
      expect(texts.length).toBeGreaterThanOrEqual(60);
      for (const label of ['NEGATIVE', 'NEUTRAL', 'POSITIVE']) expect(texts.filter((t) => t.label === label).length).toBe(texts.length / 3);
    });

    it.each(SPLITS.filter((split) => FLOORS[language][split] !== undefined))('keeps macro-F1 on %s at or above its floor', (split) => {
      const part = split === 'all' ? texts : texts.filter((t) => t.split === split);
      const figures = evaluate(part, language);
      report.push(
        `${language} ${split.padEnd(8)} n=${String(figures.count).padStart(3)}  acc ${figures.accuracy.toFixed(3)}  macro-F1 ${figures.macroF1.toFixed(3)}  (${figures.f1.NEGATIVE.toFixed(2)}, ${figures.f1.NEUTRAL.toFixed(2)}, ${figures.f1.POSITIVE.toFixed(2)})`,
      );
      expect(figures.macroF1).toBeGreaterThanOrEqual(FLOORS[language][split]!);
      if (split === 'all') for (const f1 of Object.values(figures.f1)) expect(f1).toBeGreaterThanOrEqual(0.5);
    });
  });
});
