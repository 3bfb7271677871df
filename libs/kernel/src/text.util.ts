import { PollenError } from './pollen.error';

// C0 and C1 control characters, except tab, line feed and carriage return in multi-line text.
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f]/u;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// Bidi overrides and zero-width tricks are refused in names and titles.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

export interface TextRule {
  field: string;
  min?: number;
  max: number;
  multiline?: boolean;
}

/**
 * Normalises user text to NFC, trims it, and checks its length in characters (code points)
 * and that it carries no control characters. Throws BAD_USER_INPUT naming the field.
 */
export function cleanText(value: unknown, rule: TextRule): string {
  if (typeof value !== 'string') throw PollenError.badInput(rule.field, 'must be a string', { check: 'NOT_TEXT' });
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const pattern = rule.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE;
  if (pattern.test(text)) throw PollenError.badInput(rule.field, 'must not contain control characters', { check: 'CONTROL_CHARACTERS' });
  if (!rule.multiline && INVISIBLE.test(text)) {
    throw PollenError.badInput(rule.field, 'must not contain invisible formatting characters', { check: 'INVISIBLE_CHARACTERS' });
  }
  const length = [...text].length;
  const min = rule.min ?? 1;
  if (length < min) {
    throw min === 1
      ? PollenError.badInput(rule.field, 'must not be empty', { check: 'REQUIRED' })
      : PollenError.badInput(rule.field, `must be at least ${min} characters`, { check: 'TOO_SHORT', min });
  }
  if (length > rule.max) throw PollenError.badInput(rule.field, `must be at most ${rule.max} characters`, { check: 'TOO_LONG', max: rule.max });
  return text;
}

export function cleanOptionalText(value: unknown, rule: TextRule): string | undefined {
  return value === undefined || value === null ? undefined : cleanText(value, rule);
}
