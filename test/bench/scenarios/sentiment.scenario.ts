import { SENTIMENT_LANGUAGES, analyseSentiment, foldText, labelSentiment, loadEvaluationSet } from '@pollen/sentiment';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';

/**
 * Sentiment throughput: Pollen's labeller (libs/sentiment: the model over the text's features and
 * the lexicon's reading) and the lexicon analyser alone over every text of the evaluation set,
 * in all four languages, on one core, beside a trivial tokenising pass over the same texts
 * (fold accents and case, split on non-letters) measured in the same run, rounds interleaved.
 * The label is computed off the request path (the sentiment outbox consumer); this says how many
 * ideas and comments a second one instance can label.
 */
const scenario: BenchScenario = {
  name: 'sentiment',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const texts = SENTIMENT_LANGUAGES.flatMap((language) => loadEvaluationSet(language).map(({ text }) => ({ text, language })));
    const seconds = context.quick ? 1 : 3;
    const rounds = context.quick ? 3 : 5;
    let sink = 0;
    const passes = {
      analyser: () => texts.forEach(({ text, language }) => (sink += labelSentiment(text, language).score)),
      lexicon: () => texts.forEach(({ text, language }) => (sink += analyseSentiment(text, language).score)),
      tokenising: () => texts.forEach(({ text }) => (sink += foldText(text).split(/[^\p{L}\p{N}]+/u).length)),
    };
    const rate = (pass: () => void) => {
      const end = process.hrtime.bigint() + BigInt(seconds * 1e9);
      const start = process.hrtime.bigint();
      let done = 0;
      while (process.hrtime.bigint() < end) {
        pass();
        done += texts.length;
      }
      return done / (Number(process.hrtime.bigint() - start) / 1e9);
    };
    passes.analyser();
    passes.lexicon();
    passes.tokenising();
    const measured = { analyser: [] as number[], lexicon: [] as number[], tokenising: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      measured.analyser.push(rate(passes.analyser));
      measured.lexicon.push(rate(passes.lexicon));
      measured.tokenising.push(rate(passes.tokenising));
      context.log(
        `sentiment round ${round + 1}/${rounds}: ${measured.analyser[round].toFixed(0)} texts/s (lexicon alone ${measured.lexicon[round].toFixed(0)}, tokenising ${measured.tokenising[round].toFixed(0)})`,
      );
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    if (Number.isNaN(sink)) throw new Error('unreachable: keeps the passes from being optimised away');
    const figure = (scenario: string, rates: number[], extra: Partial<BenchFigure> = {}): BenchFigure => ({
      scenario: `${scenario}, ${texts.length} texts in en/fr/pt/es, one core`,
      metric: 'throughput',
      unit: 'texts/s',
      value: Math.round(median(rates)),
      referenceName: 'trivial tokenising pass (fold + split)',
      reference: Math.round(median(measured.tokenising)),
      better: 'higher',
      note: `median of ${rounds} interleaved rounds of ${seconds} s`,
      ...extra,
    });
    return [figure('sentiment labeller (model + lexicon)', measured.analyser, { goal: { ratio: 0.1, comparison: '>=' } }), figure('sentiment lexicon analyser alone', measured.lexicon)];
  },
};
export default scenario;
