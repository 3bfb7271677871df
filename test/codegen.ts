import type { CodegenConfig } from '@graphql-codegen/cli';
import web from '../apps/web/codegen';

// The specs' GraphQL operations, typed from the committed SDL with the web client's settings
// (apps/web/codegen.ts: client preset, the same scalars), except `__typename`: Apollo Client adds
// it to what the web client asks, a spec's request carries only what it names.
// `npm run test:codegen` rewrites test/gql/; test/graphql/typed-operations.e2e-spec.ts fails when
// it is stale. Paths are relative to the repository root, where the script runs.
const output = web.generates['./src/gql/'] as Extract<CodegenConfig['generates'][string], { preset?: unknown }>;

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['test/**/*.ts', '!test/gql/**/*', '!test/bench/**/*', '!test/lint/fixtures/**/*'],
  ignoreNoDocuments: true,
  generates: { 'test/gql/': { ...output, config: { ...output.config, nonOptionalTypename: false, skipTypename: true } } },
};

export default config;
