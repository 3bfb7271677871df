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
  /** "without", "sans", "sem", "sin": they negate the two words after them only (a noun phrase, not the clause). */
  prepositionNegators?: string[];
  /** "not sure if", "nao sei se": the sentiment words after them in their clause weigh little (a doubt, not a judgement). */
  hedges?: string[];
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
  /**
   * Words of excess ("demais" after its word, "too" before it): beside a word without sentiment
   * they state a fault ("dura demais", "too long"); beside a sentiment word they intensify it.
   */
  excessAfter?: Record<string, number>;
  excessBefore?: Record<string, number>;
  /**
   * Verbs of what a product does ("funciona", "fit", "marche"): neutral alone, a fault when a
   * negator stands right before them ("não dá conta", "doesn't fit", "ne ferme pas").
   */
  faults?: string[];
  /**
   * Verbs that take a fault away ("solve", "règle", "resolve", "evita"), with their own valence:
   * the blame words of the next four words of their clause are read as a fault removed
   * ("solves my parking problem" is praise).
   */
  remedies?: Record<string, number>;
  /**
   * Comparatives of less ("less", "moins", "menos"): they turn the sentiment word right after
   * them around ("moins cher", "less noisy"); before a word without sentiment they state a lack
   * ("less boot space", "moins d'autonomie"), unless an amount follows ("less than 20 minutes").
   */
  diminishers?: string[];
  /**
   * "Why" followed by an infinitive ("Pourquoi supprimer … ?", "Por que tirar … ?"): a question
   * that blames what it asks about. `openers` are phrases; `infinitive` matches the next word
   * (a regular expression over folded words); `notInfinitive` lists words it wrongly matches.
   */
  whyInfinitive?: { openers: string[]; infinitive: RegExp; notInfinitive: string[] };
}
