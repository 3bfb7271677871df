import { execFile } from 'node:child_process';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
/** Stands for the repository root: fixtures laid out as its libraries and apps. */
export const FIXTURES = join(__dirname, 'fixtures');

export type Found = Array<{ rule: string | null; line: number; message: string }>;

/** The real lint command and configuration over fixture files (paths under FIXTURES): each file's messages. */
export async function lintFixtures(files: string[]): Promise<Map<string, Found>> {
  const run = promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--config', join(ROOT, 'eslint.config.mjs'), '--format', 'json', ...files], {
    cwd: FIXTURES,
    maxBuffer: 16 * 1024 * 1024,
  });
  // eslint exits 1 when it finds errors, which fixtures are made to have.
  const { stdout } = await run.catch((failure: { code?: number; stdout: string; stderr: string }) => {
    if (failure.code !== 1) throw new Error(`eslint failed: ${failure.stderr}`);
    return failure;
  });
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string | null; line: number; message: string }> }>;
  return new Map(results.map((r) => [relative(FIXTURES, r.filePath), r.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }))]));
}
