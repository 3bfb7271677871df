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
/** Scope of "without", "sans", "sem", "sin": the noun phrase after them ("sem botões ficou muito elegante", "sans la moindre douleur"). */
export const PREPOSITION_SCOPE = 3;
/** The weight of sentiment words after a hedge in their clause ("Não sei se o público compraria"): a doubt states no judgement. */
export const HEDGED = 0;
export const NEGATED_POSITIVE = -0.6;
export const NEGATED_NEGATIVE = -0.5;
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
export const SARCASTIC_PRAISE = -0.6;
export const EXCLAMATION = 1.2;
/** The valence of a word of excess beside a word without sentiment ("dura demais", "too long"). */
export const EXCESS_FAULT = -2;
/** A word of excess after its word with no word before it in its clause ("Demais!") is praise. */
export const EXCESS_ALONE = 1;
/** The valence of a function verb a negator stands right before ("não funciona", "doesn't fit"). */
export const NEGATED_FUNCTION = -2;
/** The valence of a comparative of less before a word without sentiment ("less boot space", "menos espaço"). */
export const DIMINISHED_LACK = -1.5;
/** The valence of "why" with an infinitive ("Pourquoi supprimer les boutons ?"): strong, so the question keeps it. */
export const WHY_INFINITIVE = -STRONG_VALENCE;
/** How far after a comparative of less its sentiment word may stand ("moins cher", "less of a problem"). */
const DIMINISH_REACH = 2;
/** How far after its negator a function verb may stand ("não dá conta", "doesn't even fit"). */
const FAULT_REACH = 2;
const INTENSIFIER_REACH = 3;
const SQUASH = 15;
const MAX_PHRASE = 4;

type Role =
  | { kind: 'valence'; value: number; sarcasm?: boolean }
  | { kind: 'negator'; scope: number }
  | { kind: 'hedge' }
  | { kind: 'intensifier'; factor: number }
  | { kind: 'after'; factor: number }
  | { kind: 'contrast' }
  | { kind: 'sarcasm' }
  | { kind: 'repeater' }
  | { kind: 'excess'; factor: number; before: boolean }
  | { kind: 'function' }
  | { kind: 'remedy'; value: number }
  | { kind: 'diminisher' };

interface Compiled {
  phrases: Map<string, Role>;
  /** Intensifiers that are also sentiment words ("super", "trop"): before another sentiment word they only intensify. */
  dual: Map<string, number>;
  inflections: (word: string) => string[];
  stems: Map<string, number>;
  minStem: number;
  /** `starts`: the first words of the openers, so that most words cost one lookup. */
  whyInfinitive?: { openers: Set<string>; starts: Set<string>; infinitive: RegExp; notInfinitive: Set<string> };
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
  for (const word of source.faults ?? []) phrases.set(word, { kind: 'function' });
  for (const word of source.diminishers ?? []) phrases.set(word, { kind: 'diminisher' });
  for (const [word, value] of Object.entries(source.remedies ?? {})) phrases.set(word, { kind: 'remedy', value });
  for (const [word, factor] of Object.entries(source.excessAfter ?? {})) phrases.set(word, { kind: 'excess', factor, before: false });
  for (const [word, factor] of Object.entries(source.excessBefore ?? {})) phrases.set(word, { kind: 'excess', factor, before: true });
  for (const word of source.negators) phrases.set(word, { kind: 'negator', scope: NEGATION_SCOPE });
  for (const word of source.prepositionNegators ?? []) phrases.set(word, { kind: 'negator', scope: PREPOSITION_SCOPE });
  for (const word of source.hedges ?? []) phrases.set(word, { kind: 'hedge' });
  for (const [word, value] of Object.entries(source.words)) phrases.set(word, { kind: 'valence', value });
  for (const phrase of source.sarcasm) phrases.set(phrase, { kind: 'sarcasm' });
  // The matcher tries phrases of MAX_PHRASE words at most: a longer one would never match.
  const tooLong = [...phrases.keys()].find((phrase) => phrase.split(' ').length > MAX_PHRASE);
  if (tooLong) throw new Error(`sentiment lexicon ${language}: "${tooLong}" is longer than ${MAX_PHRASE} words`);
  const stems = new Map(Object.entries(source.stems));
  const dual = new Map(Object.entries(source.intensifiers).filter(([word]) => source.words[word] !== undefined));
  const why = source.whyInfinitive;
  return {
    phrases,
    dual,
    inflections: INFLECTIONS[language],
    stems,
    minStem: Math.min(...[...stems.keys()].map((stem) => stem.length)),
    whyInfinitive: why && { openers: new Set(why.openers), starts: new Set(why.openers.map((opener) => opener.split(' ')[0])), infinitive: why.infinitive, notInfinitive: new Set(why.notInfinitive) },
  };
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
  /** Whether the word right before it, in its clause, is a word without a role ("dura" in "dura demais"). */
  afterGap: boolean;
  /** Whether the word right after it, in its clause, is a word without a role ("long" in "too long"). */
  beforeGap: boolean;
  /** The position of the token after it (its phrase may span several). */
  after: number;
  /** How many word positions it takes (a phrase takes several). */
  span: number;
}

/** Tokens → roles, longest phrase first; words without a role are kept as gaps (they count for scopes). */
function roles(tokens: Token[], lex: Compiled): { items: Item[]; sentences: Array<'.' | '!' | '?'> } {
  const why = lex.whyInfinitive;
  const items: Item[] = [];
  const sentences: Array<'.' | '!' | '?'> = [];
  let sentence = 0;
  let clause = 0;
  let index = 0;
  let gapBefore = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token.kind === 'mark') {
      gapBefore = false;
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
      // "Pourquoi supprimer … ?": an opener, then an infinitive that is not a negator ("pourquoi pas").
      for (let length = why?.starts.has(token.text) ? Math.min(2, words.length - 1) : 0; why && length >= 1 && !matched; length--) {
        const next = words[length];
        if (why.openers.has(words.slice(0, length).join(' ')) && why.infinitive.test(next) && !why.notInfinitive.has(next) && lex.phrases.get(next)?.kind !== 'negator') {
          matched = { role: { kind: 'valence', value: WHY_INFINITIVE }, length: ends[length - 1] - i };
        }
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
      items.push({ role: matched.role, word: token.text, sentence, clause, index, afterGap: gapBefore, beforeGap: false, after: i + matched.length, span: matched.length });
      if (matched.role.kind === 'contrast') clause += 1;
    } else if (token.kind === 'word') {
      const previous = items[items.length - 1];
      if (previous && previous.index + previous.span === index && previous.clause === clause) previous.beforeGap = true;
    }
    gapBefore = !matched && token.kind === 'word';
    index += matched?.length ?? 1;
    i += matched?.length ?? 1;
  }
  return { items, sentences };
}

const PARTITIVES = new Set(['of', 'de', 'd', 'du', 'des']);

/**
 * Whether a comparative of less states a lack: before a partitive ("moins de place", "less of a
 * boot") or a word of capacity within two words ("less boot space", "menos espaço"). Before a
 * word the lexicon lacks it says nothing: that word may be an adjective ("less stressful").
 */
function statesLack(tokens: Token[], item: Item, next: Item | undefined): boolean {
  const capacity = next !== undefined && next.role.kind === 'function' && next.clause === item.clause && next.index <= item.index + item.span + 1;
  const following = tokens[item.after];
  return capacity || (item.beforeGap && following?.kind === 'word' && PARTITIVES.has(following.text));
}

const NUMBER_WORDS = new Set(
  ['one two three four five six seven eight nine ten twenty hundred', 'un une deux trois quatre cinq six sept huit neuf dix vingt trente cent mille', 'um uma dois duas tres quatro cinco seis sete oito nove dez vinte trinta cem mil', 'uno dos cuatro cinco seis siete ocho nueve diez veinte treinta cien']
    .join(' ')
    .split(' '),
);

/** Whether an amount follows a comparative of less ("less than 20 minutes", "moins cinq", "menos que"): a measure, not a lack. */
function amountFollows(tokens: Token[], from: number): boolean {
  const next = tokens.slice(from, from + 2).filter((token) => token.kind === 'word');
  return next.some((token) => /^\d/.test(token.text) || NUMBER_WORDS.has(token.text)) || ['than', 'que'].includes(next[0]?.text);
}

/** The sentiment of `text` in `language`: lexicon valences with the rules of README "Sentiment rules". */
export function analyseSentiment(text: string, language: SentimentLanguage, tokens: Token[] = tokenize(text)): SentimentResult {
  const lex = lexicon(language);
  const { items, sentences } = roles(tokens, lex);

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
  let negatorAt = -1;
  let hedgedClause = -1;
  let boost = 1;
  let boostUntil = -1;
  let boostClause = -1;
  let contrastSeen = false;
  let remedyUntil = -1;
  let remedyClause = -1;
  let diminishUntil = -1;
  let diminishClause = -1;
  let last: { sentence: number; clause: number; index: number; score: number; negated: boolean } | null = null;
  const add = (sentence: number, score: number, strong: boolean) => {
    const entry = perSentence.get(sentence) ?? { score: 0, strong: false };
    entry.score += score;
    entry.strong ||= strong;
    perSentence.set(sentence, entry);
  };

  for (const [k, item] of items.entries()) {
    const role = item.role;
    switch (role.kind) {
      case 'negator':
        // The second particle of one negation ("ne … pas", "no … nada") after a negated word reinforces it.
        if (last && last.negated && last.clause === item.clause) {
          add(last.sentence, last.score * 0.3, false);
          break;
        }
        negatedUntil = item.index + role.scope;
        negatedClause = item.clause;
        negatorAt = item.index;
        break;
      case 'hedge':
        hedgedClause = item.clause;
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
        // "moins cher", "less noisy": the comparative turns the word around, as a negation does.
        if (diminishClause === item.clause && item.index <= diminishUntil) score *= score > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
        // "solves my parking problem": the fault is the one taken away.
        else if (score < 0 && remedyClause === item.clause && item.index <= remedyUntil) score *= NEGATED_NEGATIVE;
        if (boostClause === item.clause && item.index <= boostUntil) score *= boost;
        if (hedgedClause === item.clause) score *= HEDGED;
        if (sarcastic && score > 0) score *= SARCASTIC_PRAISE;
        if (contrastSeen) score *= AFTER_CONTRAST;
        add(item.sentence, score, Math.abs(role.value) >= STRONG_VALENCE);
        last = { sentence: item.sentence, clause: item.clause, index: item.index, score, negated };
        boostUntil = -1;
        break;
      }
      case 'excess': {
        const negated = negatedClause === item.clause && item.index <= negatedUntil;
        const fault = negated ? 0 : EXCESS_FAULT * (contrastSeen ? AFTER_CONTRAST : 1);
        if (role.before) {
          // "too expensive" intensifies; "too long" states a fault.
          const next = items[k + 1];
          if (next && next.role.kind === 'valence' && next.clause === item.clause && next.index === item.index + 1) {
            boost = role.factor;
            boostUntil = item.index + 1;
            boostClause = item.clause;
          } else if (item.beforeGap) add(item.sentence, fault, false);
        } else if (last && last.clause === item.clause && last.index === item.index - 1) {
          // "feio demais" intensifies; "dura demais" states a fault; "Demais!" on its own is praise.
          add(last.sentence, last.score * (role.factor - 1), false);
        } else if (item.afterGap) add(item.sentence, fault, false);
        else add(item.sentence, EXCESS_ALONE, false);
        break;
      }
      case 'function': {
        const faulted = negatedClause === item.clause && item.index <= negatedUntil && item.index <= negatorAt + FAULT_REACH;
        // "can't see any problem", "ne vois aucun problème": the negation is the blame word's, not a fault.
        const blameAfter = (next: Item) => next.clause === item.clause && next.index <= negatorAt + NEGATION_SCOPE && next.role.kind === 'valence' && next.role.value < 0;
        if (faulted && !items.slice(k + 1).some(blameAfter)) {
          add(item.sentence, NEGATED_FUNCTION * (contrastSeen ? AFTER_CONTRAST : 1), false);
          last = { sentence: item.sentence, clause: item.clause, index: item.index, score: NEGATED_FUNCTION, negated: true };
          negatedUntil = -1;
        }
        break;
      }
      case 'remedy': {
        const negated = negatedClause === item.clause && item.index <= negatedUntil;
        // "doesn't solve the problem": the remedy fails and the fault keeps its sign.
        const score = role.value * (negated ? NEGATED_POSITIVE : 1) * (contrastSeen ? AFTER_CONTRAST : 1);
        add(item.sentence, score, false);
        if (negated) negatedUntil = -1;
        else {
          remedyUntil = item.index + NEGATION_SCOPE;
          remedyClause = item.clause;
        }
        last = { sentence: item.sentence, clause: item.clause, index: item.index, score, negated };
        break;
      }
      case 'diminisher': {
        const next = items[k + 1];
        if (next && next.role.kind === 'valence' && next.clause === item.clause && next.index <= item.index + DIMINISH_REACH) {
          diminishUntil = item.index + DIMINISH_REACH;
          diminishClause = item.clause;
        } else if (statesLack(tokens, item, next) && !amountFollows(tokens, item.after)) {
          add(item.sentence, DIMINISHED_LACK * (contrastSeen ? AFTER_CONTRAST : 1), false);
        }
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
