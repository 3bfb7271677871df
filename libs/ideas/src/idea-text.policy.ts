import { BUILDS_ON_MAX, IDEA_BODY_MAX, PollenError, TAGS_MAX, TAG_MAX_LENGTH, TITLE_MAX, TITLE_MIN, checkId, cleanText } from '@pollen/kernel';

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u;

export function cleanTitle(value: unknown): string {
  return cleanText(value, { field: 'title', min: TITLE_MIN, max: TITLE_MAX }).replace(/\s+/gu, ' ');
}

export function cleanBody(value: unknown): string {
  return cleanText(value, { field: 'body', max: IDEA_BODY_MAX, multiline: true });
}

/** Tags: lowercase words of letters, digits and dashes; duplicates dropped, order kept. */
export function cleanTags(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw PollenError.badInput('tags', 'must be a list', { check: 'NOT_A_LIST' });
  const tags = value.map((tag) => cleanText(tag, { field: 'tags', max: TAG_MAX_LENGTH }).toLowerCase());
  for (const tag of tags) {
    if (!TAG.test(tag)) throw PollenError.badInput('tags', `"${tag}" must be letters, digits and dashes`, { check: 'TAG_PATTERN' });
  }
  const unique = [...new Set(tags)];
  if (unique.length > TAGS_MAX) throw PollenError.badInput('tags', `at most ${TAGS_MAX} tags`, { check: 'TOO_MANY', max: TAGS_MAX });
  return unique;
}

export function cleanBuildsOn(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw PollenError.badInput('buildsOn', 'must be a list of idea ids');
  const ids = [...new Set(value.map((id) => checkId(id, 'buildsOn')))];
  if (ids.length > BUILDS_ON_MAX) throw PollenError.badInput('buildsOn', `at most ${BUILDS_ON_MAX} ideas`);
  return ids;
}
