import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import i18next from 'eslint-plugin-i18next';
import { LIBRARY_ORDER, forbiddenImports } from './lint/layering.mjs';

// Libraries reach each other through their `@pollen/<name>` alias only, never by a path into
// another library's folder; apps likewise. Tests may import a library's files directly.
const crossLibraryPaths = [
  { group: ['**/libs/*/src', '**/libs/*/src/**', '../../*/src', '../../*/src/**', '../../../*/src/**'], message: 'Import libraries through @pollen/<name>.' },
  { group: ['@pollen/*/*'], message: 'Import a library through its index (@pollen/<name>), not a deep path.' },
  { group: ['**/apps/**'], message: 'Libraries never import an app.' },
];

const libraries = readdirSync(new URL('./libs', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unplaced = libraries.filter((name) => !LIBRARY_ORDER.includes(name));
if (unplaced.length) throw new Error(`lint/layering.mjs: place ${unplaced.join(', ')} in LIBRARY_ORDER`);

const server = ['apps/**/*.ts', 'libs/**/*.ts', 'libs/**/*.tsx', 'test/**/*.ts'];
const web = ['apps/web/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'apps/web/dist/**', 'apps/web/src/gql/**', 'test/gql/**', 'test/lint/fixtures/**', 'libs/sentiment/src/model/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // Type-aware rules: a promise is awaited, caught or marked `void`; never passed where a
  // callback's result is ignored.
  {
    files: server,
    ignores: web,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // The server's code gets the whole type-checked set, `any` included.
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'libs/**/*.tsx'],
    ignores: [...web, '**/*.spec.ts', '**/*.spec.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Apollo's and Nest's hooks are declared async; a hook with nothing to wait for stays async.
      '@typescript-eslint/require-await': 'off',
      // Columns and wire fields arrive as strings and numbers and are compared with enums on purpose.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
  // No import cycle among the files of one library or app: the layering keeps libraries apart
  // (their `@pollen/<name>` imports are not followed here); this follows the relative imports
  // within each.
  {
    files: server,
    ignores: web,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  { files: ['apps/**/*.ts'], ignores: ['**/*.spec.ts'], rules: { 'no-restricted-imports': ['error', { patterns: crossLibraryPaths }] } },
  ...libraries.map((name) => ({
    files: [`libs/${name}/**/*.ts`, `libs/${name}/**/*.tsx`],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: forbiddenImports(name), patterns: crossLibraryPaths }] },
  })),
  // The web client's words come from its catalogues (src/i18n/locales): no text, and no
  // aria-label, title, alt, placeholder or label prop, written in a component.
  {
    files: ['apps/web/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': { include: ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'alt', 'placeholder', 'label', 'description', 'errorMessage'], exclude: [] },
          // Punctuation, numbers, constants, arrows and dashes are no language's; `format.list` joins
          // translated words.
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', '[▲▼·—–…↔]+'] },
          callees: { exclude: ['t', 'allows', 'list', 'includes', 'startsWith', 'endsWith'] },
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
