import { lintFixtures, type Found } from './lint-fixtures';

// The real lint command and configuration over two components laid out as the web client's
// (test/lint/fixtures stands for the repository root): one writes English where the catalogue
// should speak, one does not. The client's own files are linted by the same rule at zero warnings.
const FOLDER = 'apps/web/src/features/sample/components';

let found: Map<string, Found>;

beforeAll(async () => {
  const files = await lintFixtures(['LiteralText.tsx', 'TranslatedText.tsx'].map((file) => `${FOLDER}/${file}`));
  found = new Map([...files].map(([file, messages]) => [file.slice(FOLDER.length + 1), messages]));
}, 300_000);

describe('the web client’s words come from its catalogues', () => {
  it('refuses text, an aria-label, an alt and a title written in a component, and text assembled in a template', () => {
    const literal = (line: number, text: string) => ({ rule: 'i18next/no-literal-string', line, message: expect.stringContaining(text) });
    expect(found.get('LiteralText.tsx')).toEqual([
      literal(7, 'aria-label="Latest ideas"'),
      literal(8, '<h2>Latest ideas</h2>'),
      literal(9, '`${count} ideas by ${name}`'),
      literal(10, 'alt="Pollen logo"'),
      literal(11, "'Search ' + name"),
    ]);
  });

  it('lets through words from the catalogue, addresses, names, roles and punctuation', () => {
    expect(found.get('TranslatedText.tsx')).toEqual([]);
  });
});
