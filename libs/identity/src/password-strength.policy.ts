import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';
import * as ptBr from '@zxcvbn-ts/language-pt-br';
import { PASSWORD_MIN_SCORE, PollenError } from '@pollen/kernel';

/** Words of Pollen itself an attacker would try first. */
const PLATFORM_WORDS = ['pollen', 'co-create', 'cocreate', 'fiat', 'mio', 'challenge', 'idea'];
/** The estimate's cost grows with length; a longer password is scored on its first characters. */
const SCORED_LENGTH = 64;

let estimator: ZxcvbnFactory | null = null;

/**
 * zxcvbn-ts with the common passwords list and the English, French and Brazilian Portuguese
 * dictionaries (Pollen's languages), made on first use (~0.5 s, ~40 MB): the first registration
 * pays for it, not every start.
 */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...ptBr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/**
 * Refuses passwords an attacker guesses early (score below PASSWORD_MIN_SCORE: "password123",
 * "Password1!", keyboard walks, names and dates, the user's own email or name), saying why and
 * what would help, as zxcvbn's feedback does.
 */
export function checkPasswordStrength(password: string, userInputs: string[]): void {
  const result = zxcvbn().check(password.slice(0, SCORED_LENGTH), [...userInputs, ...PLATFORM_WORDS]);
  if (result.score >= PASSWORD_MIN_SCORE) return;
  const why = result.feedback.warning ? ` ${result.feedback.warning.replace(/\.?$/, '.')}` : '';
  const help = result.feedback.suggestions.length ? ` ${result.feedback.suggestions.join(' ')}` : ' Add another word or two that are not common.';
  throw new PollenError('BAD_USER_INPUT', `password: is too easy to guess.${why}${help}`, { field: 'password', score: result.score });
}
