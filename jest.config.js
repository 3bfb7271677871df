/** @type {import('jest').Config} */
const aliases = ['kernel', 'config', 'database', 'events', 'identity', 'organizations', 'challenges', 'ideas', 'votes', 'comments', 'realtime', 'ledger', 'ownership', 'limits', 'moderation', 'profiles', 'notifications', 'sentiment', 'insights', 'idempotency', 'observability', 'privacy'];

// Aliases are rewritten at compile time so that the global setup (which runs outside Jest's
// module system) resolves them too.
const swc = [
  '<rootDir>/test/setup/swc-transformer.js',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: __dirname,
      paths: Object.fromEntries(aliases.map((name) => [`@pollen/${name}`, [`libs/${name}/src`]])),
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const ESM_ONLY = ['@nestjs', '@sparticuz', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras', 'ansis', '@as-integrations'];

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '^.+\\.js$': swc },
  // ES-module-only packages, compiled to CommonJS for Jest (see test/setup/swc-transformer.js).
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(aliases.map((name) => [`^@pollen/${name}$`, `<rootDir>/libs/${name}/src`])),
  testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
};
