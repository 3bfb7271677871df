import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// i18next picks a plural form by Intl.PluralRules: a catalogue that lacks a form its language
// uses falls back to English for those counts (French and Portuguese say "1 000 000" with `many`).
const folder = join(__dirname, '..', '..', 'apps', 'web', 'src', 'i18n', 'locales');

function flatten(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? flatten(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe('the web client’s catalogues', () => {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    const language = file.replace('.json', '');
    it(`gives every plural in ${language} each form its language uses`, () => {
      const keys = flatten(JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>);
      const families = new Set(keys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const missing = [...families].flatMap((family) => forms.filter((form) => !keys.includes(`${family}_${form}`)).map((form) => `${family}_${form}`));
      expect(missing).toEqual([]);
    });
  }
});
