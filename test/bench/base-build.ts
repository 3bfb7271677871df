import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './child-server';

/**
 * The API as it was at `rev`, built once into a temp folder that shares this worktree's
 * node_modules (kept as /tmp/pollen-api-<sha>). Returns the folder; its build is in `dist/`.
 */
export function buildAt(rev: string): string {
  const sha = execSync(`git rev-parse --short ${rev}`, { cwd: ROOT }).toString().trim();
  const dir = join(tmpdir(), `pollen-api-${sha}`);
  if (!existsSync(join(dir, 'dist', 'apps', 'api', 'src', 'main.js'))) {
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${sha} | tar -x -C ${dir}`, { cwd: ROOT });
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    execSync('npm run build', { cwd: dir, stdio: 'ignore' });
  }
  return dir;
}
