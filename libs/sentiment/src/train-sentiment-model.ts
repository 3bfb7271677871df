import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENTIMENT_LANGUAGES } from './sentiment-lexicon';
import { encodeModel, featuresOf, fingerprint, trainWeights } from './sentiment-model';
import { trainingTexts } from './sentiment-training.util';

/**
 * `npm run sentiment:train`: trains each language's model on its training texts
 * (sentiment-training.util.ts) and writes it to src/model/<language>.model.ts, committed with
 * the data it was trained on. Run it after changing a training or evaluation file or the lexicon:
 * sentiment-model.spec.ts fails while a committed model's fingerprint differs from its data's.
 */
for (const language of SENTIMENT_LANGUAGES) {
  const started = Date.now();
  const texts = trainingTexts(language);
  const weights = trainWeights(texts.map((t) => ({ features: featuresOf(t.text, t.language), label: t.label })));
  const model = encodeModel(language, weights, fingerprint(texts), texts.length);
  const file = join(__dirname, 'model', `${language}.model.ts`);
  writeFileSync(
    file,
    `// Written by \`npm run sentiment:train\` (libs/sentiment/src/train-sentiment-model.ts): do not edit.\nimport type { EncodedModel } from '../sentiment-model';\n\nexport const MODEL: EncodedModel = ${JSON.stringify(model)};\n`,
  );
  console.log(`${language}: ${texts.length} texts, ${Date.now() - started} ms → ${file}`);
}
