import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { PASSWORD_MIN_SCORE, PollenError } from '@pollen/kernel';

/** Words of Pollen itself an attacker would try first. */
const PLATFORM_WORDS = ['pollen', 'co-create', 'cocreate', 'fiat', 'mio', 'challenge', 'idea'];
/** The estimate's cost grows with length; a longer password is scored on its first characters. */
const SCORED_LENGTH = 64;

let estimator: Promise<ZxcvbnFactory> | null = null;

/**
 * zxcvbn-ts with the common passwords list and the English, French and Brazilian Portuguese
 * dictionaries (Pollen's languages), loaded on first use (~0.5 s, ~40 MB, 13 MB of modules): the
 * first registration pays for it, not every start of every process.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, en, fr, ptBr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
      import('@zxcvbn-ts/language-fr'),
      import('@zxcvbn-ts/language-pt-br'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...ptBr.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  // A load that failed once (a module read error) is tried again by the next registration, not remembered.
  estimator.catch(() => (estimator = null));
  return estimator;
}

/**
 * Refuses passwords an attacker guesses early (score below PASSWORD_MIN_SCORE: "password123",
 * "Password1!", keyboard walks, names and dates, the user's own email or name), saying why and
 * what would help, as zxcvbn's feedback does.
 */
export async function checkPasswordStrength(password: string, userInputs: string[]): Promise<void> {
  const result = (await zxcvbn()).check(password.slice(0, SCORED_LENGTH), [...userInputs, ...PLATFORM_WORDS]);
  if (result.score >= PASSWORD_MIN_SCORE) return;
  const why = result.feedback.warning ? ` ${result.feedback.warning.replace(/\.?$/, '.')}` : '';
  const help = result.feedback.suggestions.length ? ` ${result.feedback.suggestions.join(' ')}` : ' Add another word or two that are not common.';
  throw new PollenError('BAD_USER_INPUT', `password: is too easy to guess.${why}${help}`, { field: 'password', check: 'PASSWORD_GUESSABLE', score: result.score });
}
