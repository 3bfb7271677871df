import { LexiconSource, SentimentLanguage } from './sentiment-lexicon';
import { Token, tokenize } from './sentiment-text.util';
import { LEXICONS } from './lexicons';

export type SentimentLabel = 'NEGATIVE' | 'NEUTRAL' | 'POSITIVE';

export interface SentimentResult {
  label: SentimentLabel;
  /** From -1 (most negative) to +1 (most positive): the sum of the weighted valences, squashed. */
  score: number;
}

/** A score at or below this is "strongly negative" (the moderation queue's threshold; content_sentiment_negative_idx serves it). */
export const STRONGLY_NEGATIVE_SCORE = -0.5;
/** |compound score| at or above which a text is not neutral (set on the tuning part of the evaluation set). */
export const LABEL_THRESHOLD = 0.15;
/** A word of this valence or more keeps a question's sentiment ("Why this useless gadget?"). */
export const STRONG_VALENCE = 3;
/** Scope of a negation, in words, within its clause. */
export const NEGATION_SCOPE = 4;
export const NEGATED_POSITIVE = -0.6;
export const NEGATED_NEGATIVE = -0.5;
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
export const SARCASTIC_PRAISE = -0.6;
export const EXCLAMATION = 1.2;
const INTENSIFIER_REACH = 3;
const SQUASH = 15;
const MAX_PHRASE = 4;

type Role =
  | { kind: 'valence'; value: number; sarcasm?: boolean }
  | { kind: 'negator' }
  | { kind: 'intensifier'; factor: number }
  | { kind: 'after'; factor: number }
  | { kind: 'contrast' }
  | { kind: 'sarcasm' }
  | { kind: 'repeater' };

interface Compiled {
  phrases: Map<string, Role>;
  /** Intensifiers that are also sentiment words ("super", "trop"): before another sentiment word they only intensify. */
  dual: Map<string, number>;
  inflections: (word: string) => string[];
  stems: Map<string, number>;
  minStem: number;
}

const compiled = new Map<SentimentLanguage, Compiled>();

/** Forms to try for a word the lexicon lacks: plural and feminine endings taken off (fr, pt, es), or a plural -s (en). */
const ending = (word: string, suffix: string, replacement = '') => (word.length > suffix.length + 2 && word.endsWith(suffix) ? [word.slice(0, -suffix.length) + replacement] : []);
const INFLECTIONS: Record<SentimentLanguage, (word: string) => string[]> = {
  en: (word) => [...ending(word, 's'), ...ending(word, 'es')],
  fr: (word) => [...ending(word, 's'), ...ending(word, 'x'), ...ending(word, 'es'), ...ending(word, 'e'), ...ending(word, 'ses', 'x')],
  pt: (word) => [...ending(word, 's'), ...ending(word, 'as', 'o'), ...ending(word, 'a', 'o'), ...ending(word, 'eis', 'el'), ...ending(word, 'es')],
  es: (word) => [...ending(word, 's'), ...ending(word, 'es'), ...ending(word, 'as', 'o'), ...ending(word, 'a', 'o')],
};

function compile(language: SentimentLanguage, source: LexiconSource): Compiled {
  const phrases = new Map<string, Role>();
  for (const word of source.repeaters) phrases.set(word, { kind: 'repeater' });
  for (const word of source.contrasts) phrases.set(word, { kind: 'contrast' });
  for (const [word, factor] of Object.entries(source.afterIntensifiers)) phrases.set(word, { kind: 'after', factor });
  for (const [word, factor] of Object.entries(source.intensifiers)) phrases.set(word, { kind: 'intensifier', factor });
  for (const word of source.negators) phrases.set(word, { kind: 'negator' });
  for (const [word, value] of Object.entries(source.words)) phrases.set(word, { kind: 'valence', value });
  for (const phrase of source.sarcasm) phrases.set(phrase, { kind: 'sarcasm' });
  const stems = new Map(Object.entries(source.stems));
  const dual = new Map(Object.entries(source.intensifiers).filter(([word]) => source.words[word] !== undefined));
  return { phrases, dual, inflections: INFLECTIONS[language], stems, minStem: Math.min(...[...stems.keys()].map((stem) => stem.length)) };
}

function lexicon(language: SentimentLanguage): Compiled {
  let found = compiled.get(language);
  if (!found) {
    found = compile(language, LEXICONS[language]);
    compiled.set(language, found);
  }
  return found;
}

/** A word's role: the word as written, with long runs of a letter shortened ("goood"), then its stem. */
function wordRole(word: string, lex: Compiled): Role | undefined {
  const exact = lex.phrases.get(word);
  if (exact) return exact;
  if (/(.)\1\1/.test(word)) {
    for (const shorter of [word.replace(/(.)\1{2,}/g, '$1$1'), word.replace(/(.)\1{2,}/g, '$1')]) {
      const role = lex.phrases.get(shorter);
      if (role) return role;
    }
  }
  for (const form of lex.inflections(word)) {
    const role = lex.phrases.get(form);
    if (role) return role;
  }
  for (let length = word.length; length >= lex.minStem; length--) {
    const value = lex.stems.get(word.slice(0, length));
    if (value !== undefined) return { kind: 'valence', value };
  }
  return undefined;
}

interface Item {
  role: Role;
  word: string;
  sentence: number;
  clause: number;
  index: number;
}

/** Tokens → roles, longest phrase first; words without a role are kept as gaps (they count for scopes). */
function roles(tokens: Token[], lex: Compiled): { items: Item[]; sentences: Array<'.' | '!' | '?'> } {
  const items: Item[] = [];
  const sentences: Array<'.' | '!' | '?'> = [];
  let sentence = 0;
  let clause = 0;
  let index = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token.kind === 'mark') {
      if (token.text === '.' || token.text === '!' || token.text === '?' || token.text === ';') {
        // "!?" or "?!" end one sentence: the question mark wins (a question stays a question).
        if (sentences[sentence] === undefined || token.text === '?') sentences[sentence] = token.text === ';' ? '.' : token.text;
        const next = tokens[i + 1];
        if (!(next && next.kind === 'mark' && next.text !== ',')) sentence += 1;
      }
      clause += 1;
      i += 1;
      continue;
    }
    let matched: { role: Role; length: number } | null = null;
    if (token.kind === 'word') {
      // A phrase may run across commas ("No, thanks"): up to MAX_PHRASE words from here, commas skipped.
      const words: string[] = [];
      const ends: number[] = [];
      for (let j = i; j < tokens.length && words.length < MAX_PHRASE; j++) {
        const next = tokens[j];
        if (next.kind === 'word') {
          words.push(next.text);
          ends.push(j + 1);
        } else if (!(next.kind === 'mark' && next.text === ',')) break;
      }
      for (let length = words.length; length >= 2 && !matched; length--) {
        const role = lex.phrases.get(words.slice(0, length).join(' '));
        if (role) matched = { role, length: ends[length - 1] - i };
      }
      if (!matched) {
        const role = wordRole(token.text, lex);
        if (role) matched = { role, length: 1 };
      }
    } else {
      const role = lex.phrases.get(token.text);
      if (role) matched = { role, length: 1 };
    }
    if (matched) {
      if (matched.role.kind === 'contrast') clause += 1;
      items.push({ role: matched.role, word: token.text, sentence, clause, index });
      if (matched.role.kind === 'contrast') clause += 1;
    }
    index += matched?.length ?? 1;
    i += matched?.length ?? 1;
  }
  return { items, sentences };
}

/** The sentiment of `text` in `language`: lexicon valences with the rules of README "Sentiment rules". */
export function analyseSentiment(text: string, language: SentimentLanguage): SentimentResult {
  const lex = lexicon(language);
  const { items, sentences } = roles(tokenize(text), lex);

  // "super inconfortable", "trop cher": a dual word right before another sentiment word intensifies it.
  for (let k = 0; k + 1 < items.length; k++) {
    const factor = lex.dual.get(items[k].word);
    const next = items[k + 1];
    if (factor && items[k].role.kind === 'valence' && next.role.kind === 'valence' && next.clause === items[k].clause && next.index === items[k].index + 1) {
      items[k] = { ...items[k], role: { kind: 'intensifier', factor } };
    }
  }

  const sarcastic =
    items.some((item) => item.role.kind === 'sarcasm') ||
    items.some((item, k) => item.role.kind === 'valence' && item.role.value > 0 && items.slice(k + 1, k + 3).some((next) => next.role.kind === 'repeater' && next.sentence === item.sentence && next.index - item.index <= 2));

  const perSentence = new Map<number, { score: number; strong: boolean }>();
  let negatedUntil = -1;
  let negatedClause = -1;
  let boost = 1;
  let boostUntil = -1;
  let boostClause = -1;
  let contrastSeen = false;
  let last: { sentence: number; clause: number; score: number; negated: boolean } | null = null;
  const add = (sentence: number, score: number, strong: boolean) => {
    const entry = perSentence.get(sentence) ?? { score: 0, strong: false };
    entry.score += score;
    entry.strong ||= strong;
    perSentence.set(sentence, entry);
  };

  for (const item of items) {
    const role = item.role;
    switch (role.kind) {
      case 'negator':
        // The second particle of one negation ("ne … pas", "no … nada") after a negated word reinforces it.
        if (last && last.negated && last.clause === item.clause) {
          add(last.sentence, last.score * 0.3, false);
          break;
        }
        negatedUntil = item.index + NEGATION_SCOPE;
        negatedClause = item.clause;
        break;
      case 'intensifier':
        boost = boostUntil >= item.index && boostClause === item.clause ? boost * role.factor : role.factor;
        boostUntil = item.index + INTENSIFIER_REACH;
        boostClause = item.clause;
        break;
      case 'after':
        if (last && last.clause === item.clause) add(last.sentence, last.score * (role.factor - 1), false);
        break;
      case 'contrast':
        for (const entry of perSentence.values()) entry.score *= BEFORE_CONTRAST;
        contrastSeen = true;
        negatedUntil = -1;
        break;
      case 'sarcasm':
        add(item.sentence, -2, false);
        break;
      case 'valence': {
        let score = role.value;
        const negated = negatedClause === item.clause && item.index <= negatedUntil;
        if (negated) score *= score > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
        if (boostClause === item.clause && item.index <= boostUntil) score *= boost;
        if (sarcastic && score > 0) score *= SARCASTIC_PRAISE;
        if (contrastSeen) score *= AFTER_CONTRAST;
        add(item.sentence, score, Math.abs(role.value) >= STRONG_VALENCE);
        last = { sentence: item.sentence, clause: item.clause, score, negated };
        boostUntil = -1;
        break;
      }
      case 'repeater':
        break;
    }
  }

  let total = 0;
  for (const [sentence, { score, strong }] of perSentence) {
    const end = sentences[sentence];
    if (end === '?' && !strong) continue;
    total += end === '!' ? score * EXCLAMATION : score;
  }
  const compound = total / Math.sqrt(total * total + SQUASH);
  const score = Math.round(compound * 1000) / 1000;
  const label: SentimentLabel = score >= LABEL_THRESHOLD ? 'POSITIVE' : score <= -LABEL_THRESHOLD ? 'NEGATIVE' : 'NEUTRAL';
  return { label, score };
}
