import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// i18next picks a plural form by Intl.PluralRules: a catalogue that lacks a form its language
// uses falls back to English for those counts (French and Portuguese say "1 000 000" with `many`).
const folder = join(__dirname, '..', '..', 'apps', 'web', 'src', 'i18n', 'locales');

function entries(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? entries(value as Record<string, unknown>, `${prefix}${key}.`) : [[`${prefix}${key}`, String(value)] as [string, string]],
  );
}
const flatten = (tree: Record<string, unknown>) => entries(tree).map(([key]) => key);

const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const read = (file: string) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Each message's key (a plural family once, without its form) and the placeholders its forms use. */
function messages(file: string): Map<string, string> {
  const placeholders = new Map<string, Set<string>>();
  for (const [key, text] of entries(read(file))) {
    const names = placeholders.get(key.replace(PLURAL, '')) ?? new Set<string>();
    for (const [, name] of text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) names.add(name);
    placeholders.set(key.replace(PLURAL, ''), names);
  }
  return new Map([...placeholders].map(([key, names]) => [key, [...names].sort().join(',')]));
}

describe('the web client’s catalogues', () => {
  it('have the same messages in every language, each with the same placeholders', () => {
    const english = messages('en.json');
    for (const file of files.filter((name) => name !== 'en.json')) {
      const other = messages(file);
      const missing = [...english.keys()].filter((key) => !other.has(key));
      const extra = [...other.keys()].filter((key) => !english.has(key));
      const differ = [...english].filter(([key, names]) => other.has(key) && other.get(key) !== names).map(([key]) => key);
      expect({ file, missing, extra, differ }).toEqual({ file, missing: [], extra: [], differ: [] });
    }
  });

  for (const file of files) {
    const language = file.replace('.json', '');
    it(`gives every plural in ${language} each form its language uses`, () => {
      const keys = flatten(read(file));
      const families = new Set(keys.filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const missing = [...families].flatMap((family) => forms.filter((form) => !keys.includes(`${family}_${form}`)).map((form) => `${family}_${form}`));
      expect(missing).toEqual([]);
    });
  }
});
