import { lintFixtures } from './lint-fixtures';

// The real lint command and configuration, run over fixture files laid out as libraries
// (test/lint/fixtures stands for the repository root): each fixture breaks one rule of
// ARCHITECTURE.md's layering, or keeps it.
const FILES = [
  'libs/ledger/src/imports-a-domain.ts',
  'libs/ideas/src/imports-delivery.ts',
  'libs/challenges/src/imports-upward.ts',
  'libs/ideas/src/imports-downward.ts',
  'libs/events/src/floating-promise.ts',
  'libs/events/src/cycle-a.ts',
  'libs/events/src/cycle-b.ts',
];

let found: Map<string, Array<{ rule: string | null; message: string }>>;

beforeAll(async () => {
  found = new Map([...(await lintFixtures(FILES))].map(([file, messages]) => [file, messages.map(({ rule, message }) => ({ rule, message }))]));
}, 300_000);

describe('layering lint', () => {
  it('refuses a domain library in the ledger', () => {
    expect(found.get('libs/ledger/src/imports-a-domain.ts')).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining("'@pollen/ideas' import is restricted from being used. The ledger imports no domain library") },
    ]);
  });

  it('refuses realtime in a domain library', () => {
    expect(found.get('libs/ideas/src/imports-delivery.ts')).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('A library never imports @pollen/realtime') },
    ]);
  });

  it('refuses an import up the library order, which could close a cycle', () => {
    expect(found.get('libs/challenges/src/imports-upward.ts')).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('@pollen/challenges sits below @pollen/ideas') },
    ]);
  });

  it('lets a library import one below it', () => {
    expect(found.get('libs/ideas/src/imports-downward.ts')).toEqual([]);
  });

  it('checks promises with type information', () => {
    expect(found.get('libs/events/src/floating-promise.ts')).toEqual([
      { rule: '@typescript-eslint/no-floating-promises', message: expect.stringContaining('Promises must be awaited') },
    ]);
  });

  it('refuses an import cycle among the files of one library', () => {
    for (const file of ['libs/events/src/cycle-a.ts', 'libs/events/src/cycle-b.ts']) {
      expect(found.get(file)).toEqual([{ rule: 'import-x/no-cycle', message: expect.stringContaining('Dependency cycle detected') }]);
    }
  });
});
