import tseslint from 'typescript-eslint';

// Libraries reach each other through their `@pollen/<name>` alias only, never by a path into
// another library's folder; apps likewise. Tests may import a library's files directly.
const crossLibraryPaths = {
  patterns: [
    { group: ['**/libs/*/src', '**/libs/*/src/**', '../../*/src', '../../*/src/**', '../../../*/src/**'], message: 'Import libraries through @pollen/<name>.' },
    { group: ['@pollen/*/*'], message: 'Import a library through its index (@pollen/<name>), not a deep path.' },
    { group: ['**/apps/**'], message: 'Libraries never import an app.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'apps/web/dist/**', 'apps/web/src/gql/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['libs/**/*.ts', 'apps/**/*.ts'], ignores: ['**/*.spec.ts'], rules: { 'no-restricted-imports': ['error', crossLibraryPaths] } },
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
