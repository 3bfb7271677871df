import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema } from 'graphql';
import { createTestApp, TestApp } from '../setup/test-app';

// The SDL clients and partners rely on is committed, with the directives on fields (every list's
// @listSize); this fails when the code changed it.
// `npm run schema` rewrites it (UPDATE_SCHEMA=1).
const SDL_FILE = join(__dirname, '..', '..', 'apps', 'api', 'schema.gql');

describe('GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed apps/api/schema.gql', () => {
    const sdl = `${printSchemaWithDirectives(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SDL_FILE, sdl);
    expect(readFileSync(SDL_FILE, 'utf8')).toBe(sdl);
  });
});
