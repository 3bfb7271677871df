import {
  DISPLAY_NAME_MAX,
  DISPLAY_NAME_MIN,
  EMAIL_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  PollenError,
  cleanText,
} from '@pollen/kernel';
import { checkPasswordStrength } from './password-strength.policy';

// Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by use.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

export function cleanEmail(value: unknown, field = 'email'): string {
  const email = cleanText(value, { field, min: 3, max: EMAIL_MAX }).toLowerCase();
  if (!EMAIL.test(email)) throw PollenError.badInput(field, 'must be a valid email address', { check: 'EMAIL' });
  return email;
}

export function cleanDisplayName(value: unknown): string {
  return cleanText(value, { field: 'displayName', min: DISPLAY_NAME_MIN, max: DISPLAY_NAME_MAX }).replace(/\s+/gu, ' ');
}

/**
 * Password strength: at least PASSWORD_MIN characters, letters plus digits or symbols, not
 * made of the email or display name, and not easy to guess (zxcvbn-ts, see
 * password-strength.policy.ts). Passwords are not trimmed or otherwise altered.
 */
export async function checkPassword(password: unknown, email: string, displayName: string): Promise<string> {
  if (typeof password !== 'string') throw PollenError.badInput('password', 'must be a string', { check: 'NOT_TEXT' });
  const normalized = password.normalize('NFC');
  const length = [...normalized].length;
  if (length < PASSWORD_MIN) throw PollenError.badInput('password', `must be at least ${PASSWORD_MIN} characters`, { check: 'TOO_SHORT', min: PASSWORD_MIN });
  if (length > PASSWORD_MAX) throw PollenError.badInput('password', `must be at most ${PASSWORD_MAX} characters`, { check: 'TOO_LONG', max: PASSWORD_MAX });
  if (!/\p{L}/u.test(normalized) || !/[^\p{L}]/u.test(normalized)) {
    throw PollenError.badInput('password', 'must mix letters with digits or symbols', { check: 'PASSWORD_MIX' });
  }
  const lower = normalized.toLowerCase();
  const localPart = email.split('@')[0];
  if ((localPart.length >= 4 && lower.includes(localPart)) || lower.includes(displayName.toLowerCase())) {
    throw PollenError.badInput('password', 'must not contain your email or display name', { check: 'PASSWORD_PERSONAL' });
  }
  if (new Set(normalized).size < 5) throw PollenError.badInput('password', 'is too repetitive', { check: 'PASSWORD_REPETITIVE' });
  await checkPasswordStrength(normalized, [email, localPart, displayName]);
  return normalized;
}
