import { registerEnumType } from '@nestjs/graphql';

/** Languages with a text search configuration (see the core migration: pollen_<code>). */
export enum ChallengeLanguage {
  EN = 'en',
  FR = 'fr',
  PT = 'pt',
  ES = 'es',
}

registerEnumType(ChallengeLanguage, { name: 'ChallengeLanguage' });

export function textSearchConfig(language: ChallengeLanguage): string {
  return `pollen_${language}`;
}
