export * from './sentiment-text.util';
export * from './sentiment-analysis.util';
export * from './sentiment-lexicon';
export * from './sentiment-evaluation.util';
export * from './sentiment-labelling.job';
export * from './sentiment.model';
export * from './sentiment.module';
export * from './sentiment.repository';
