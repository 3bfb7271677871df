/** The languages Pollen labels (a challenge's language). */
export type SentimentLanguage = 'en' | 'fr' | 'pt' | 'es';
export const SENTIMENT_LANGUAGES: readonly SentimentLanguage[] = ['en', 'fr', 'pt', 'es'];

/**
 * One language's lexicon, written for Pollen (no third-party word list: the AFINN-derived lists
 * are ODbL data). Keys are folded (lower case, no accents; see foldText) and may be phrases of
 * up to four words separated by single spaces; the longest phrase wins.
 */
export interface LexiconSource {
  /** Valence from -4 (worst) to +4 (best); emojis too. */
  words: Record<string, number>;
  /** Prefixes of at least four letters, for inflected forms ("ador" → adore, adoreraient…). */
  stems: Record<string, number>;
  /** Words and phrases that negate the sentiment words after them in their clause. */
  negators: string[];
  /** Multipliers of the next sentiment word: > 1 boosts ("very"), < 1 softens ("a bit"). */
  intensifiers: Record<string, number>;
  /** Multipliers of the previous sentiment word of the clause ("at all", "du tout"). */
  afterIntensifiers: Record<string, number>;
  /** "but" words: what comes before weighs less than what comes after. */
  contrasts: string[];
  /** Phrases that mark the text as sarcastic (praise in it is read as blame). */
  sarcasm: string[];
  /** "another", "encore un": a praise word followed by one of these is sarcasm ("Great, another screen"). */
  repeaters: string[];
}
