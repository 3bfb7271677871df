/** @type {import('jest').Config} */
const aliases = ['charts', 'kernel', 'config', 'database', 'events', 'identity', 'organizations', 'challenges', 'ideas', 'votes', 'comments', 'realtime', 'ledger', 'ownership', 'limits', 'moderation', 'profiles', 'notifications', 'sentiment', 'insights', 'idempotency', 'observability', 'erasure', 'privacy'];

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
// The charts (libs/charts) are React components: the same options, JSX through React's automatic runtime.
const swcTsx = [swc[0], { ...swc[1], jsc: { ...swc[1].jsc, parser: { syntax: 'typescript', tsx: true }, transform: { ...swc[1].jsc.transform, react: { runtime: 'automatic' } } } }];

const ESM_ONLY = ['@nestjs', '@sparticuz', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit', 'uint8array-extras', 'ansis', '@as-integrations'];

// The realtime specs run a second time with REALTIME_WIRE=socket.io (stock socket.io serves every
// client): both settings of the realtime surface are held to the same assertions. The wire
// conformance spec runs each case against both servers by itself.
const REALTIME_SPECS = ['realtime.e2e-spec.ts', 'realtime-limits.e2e-spec.ts', 'realtime-wire.e2e-spec.ts', 'cluster.e2e-spec.ts'].map((file) => `<rootDir>/test/realtime/${file}`);

const project = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, '^.+\\.tsx$': swcTsx, '^.+\\.js$': swc },
  // ES-module-only packages, compiled to CommonJS for Jest (see test/setup/swc-transformer.js).
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: Object.fromEntries(aliases.map((name) => [`^@pollen/${name}$`, `<rootDir>/libs/${name}/src`])),
};

module.exports = {
  rootDir: __dirname,
  projects: [
    { ...project, testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/libs/**/*.spec.tsx', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...project, displayName: 'REALTIME_WIRE=socket.io', testMatch: REALTIME_SPECS, setupFiles: ['<rootDir>/test/setup/realtime-wire-socket-io.ts'] },
  ],
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  // A backstop, not the remedy: a worker whose heap passed this after a file is replaced before the
  // next one. Each spec starts and closes applications; anything that keeps a closed one alive
  // (a pending timer, a sampler) grows a worker by ~100 MB a file, as ProcessMetrics and
  // LimiterStore.onModuleDestroy explain. Without leaks a worker stays near 400 MB.
  workerIdleMemoryLimit: '2GB',
  testTimeout: 60_000,
};
