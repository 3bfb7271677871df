import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SentimentLabel, SentimentResult } from './sentiment-analysis.util';
import { labelSentiment } from './sentiment-classifier';
import { SentimentLanguage } from './sentiment-lexicon';

export const EVALUATION_SPLITS = ['tune', 'held-out', 'blind-1', 'blind-2', 'blind-3', 'blind-4', 'blind-5', 'blind-6', 'blind-7', 'blind-8', 'blind-9'] as const;
export type EvaluationSplit = (typeof EVALUATION_SPLITS)[number];

export interface LabelledText {
  label: SentimentLabel;
  split: EvaluationSplit;
  text: string;
}

export interface EvaluationFigures {
  count: number;
  accuracy: number;
  macroF1: number;
  f1: Record<SentimentLabel, number>;
  misses: Array<{ text: string; expected: SentimentLabel; got: SentimentLabel; score: number }>;
}

const LABELS: SentimentLabel[] = ['NEGATIVE', 'NEUTRAL', 'POSITIVE'];
export const EVALUATION_DIR = join(__dirname, '..', 'evaluation');

/** The labelled set of a language (libs/sentiment/evaluation/<language>.tsv: label, split, text). */
export function loadEvaluationSet(language: SentimentLanguage): LabelledText[] {
  return readFileSync(join(EVALUATION_DIR, `${language}.tsv`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [label, split, ...text] = line.split('\t');
      if (!LABELS.includes(label as SentimentLabel) || !(EVALUATION_SPLITS as readonly string[]).includes(split)) throw new Error(`bad evaluation line: ${line}`);
      return { label: label as SentimentLabel, split: split as EvaluationSplit, text: text.join('\t') };
    });
}

/** Accuracy, F1 per class and their mean (macro-F1) on `texts` of Pollen's labeller (the model), or of `analyse` (the lexicon alone, say). */
export function evaluate(texts: LabelledText[], language: SentimentLanguage, analyse: (text: string, language: SentimentLanguage) => SentimentResult = labelSentiment): EvaluationFigures {
  const misses: EvaluationFigures['misses'] = [];
  const counts = Object.fromEntries(LABELS.map((label) => [label, { tp: 0, fp: 0, fn: 0 }])) as Record<SentimentLabel, { tp: number; fp: number; fn: number }>;
  let correct = 0;
  for (const { text, label } of texts) {
    const result = analyse(text, language);
    if (result.label === label) {
      correct += 1;
      counts[label].tp += 1;
    } else {
      counts[label].fn += 1;
      counts[result.label].fp += 1;
      misses.push({ text, expected: label, got: result.label, score: result.score });
    }
  }
  const f1 = Object.fromEntries(
    LABELS.map((label) => {
      const { tp, fp, fn } = counts[label];
      return [label, tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)];
    }),
  ) as Record<SentimentLabel, number>;
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    count: texts.length,
    accuracy: round(correct / texts.length),
    macroF1: round(LABELS.reduce((sum, label) => sum + f1[label], 0) / LABELS.length),
    f1: Object.fromEntries(LABELS.map((label) => [label, round(f1[label])])) as Record<SentimentLabel, number>,
    misses,
  };
}
