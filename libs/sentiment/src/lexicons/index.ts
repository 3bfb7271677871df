import { LexiconSource, SentimentLanguage } from '../sentiment-lexicon';
import { EN_LEXICON } from './en-lexicon.constant';
import { ES_LEXICON } from './es-lexicon.constant';
import { FR_LEXICON } from './fr-lexicon.constant';
import { PT_LEXICON } from './pt-lexicon.constant';

export const LEXICONS: Record<SentimentLanguage, LexiconSource> = { en: EN_LEXICON, fr: FR_LEXICON, pt: PT_LEXICON, es: ES_LEXICON };
