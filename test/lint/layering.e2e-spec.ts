import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

// The real lint command and configuration, run over fixture files laid out as libraries
// (test/lint/fixtures stands for the repository root): each fixture breaks one rule of
// ARCHITECTURE.md's layering, or keeps it.
const ROOT = join(__dirname, '../..');
const FIXTURES = join(__dirname, 'fixtures');
const FILES = [
  'libs/ledger/src/imports-a-domain.ts',
  'libs/ideas/src/imports-delivery.ts',
  'libs/challenges/src/imports-upward.ts',
  'libs/ideas/src/imports-downward.ts',
  'libs/events/src/floating-promise.ts',
];

type Found = Array<{ rule: string | null; message: string }>;
let found: Map<string, Found>;

beforeAll(async () => {
  const run = promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--config', join(ROOT, 'eslint.config.mjs'), '--format', 'json', ...FILES], {
    cwd: FIXTURES,
    maxBuffer: 16 * 1024 * 1024,
  });
  // eslint exits 1 when it finds errors, which these fixtures are made to have.
  const { stdout } = await run.catch((failure: { code?: number; stdout: string; stderr: string }) => {
    if (failure.code !== 1) throw new Error(`eslint failed: ${failure.stderr}`);
    return failure;
  });
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; message: string }> }>;
  found = new Map(results.map((r) => [relative(FIXTURES, r.filePath), r.messages.map((m) => ({ rule: m.ruleId, message: m.message }))]));
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
});
