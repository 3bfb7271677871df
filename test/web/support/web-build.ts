import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'apps', 'web');
const CACHE = join(ROOT, 'node_modules', '.cache', 'pollen-web');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'dist' || name === 'node_modules') return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** A hash of what the build reads: the client's sources, the schema and the lock file. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...files(WEB), join(ROOT, 'apps', 'api', 'schema.gql'), join(ROOT, 'package-lock.json')].sort()) {
    hash.update(relative(ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The production build of apps/web, made once per change of its sources (cached by their hash
 * under node_modules/.cache), whichever spec file asks first; the others wait for it.
 */
export async function ensureWebBuild(): Promise<string> {
  const out = join(CACHE, sourceHash());
  if (existsSync(join(out, 'index.html'))) return out;
  mkdirSync(CACHE, { recursive: true });
  const lock = `${out}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(join(out, 'index.html'))) return out;
      // A lock older than five minutes belongs to a run that died.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (!existsSync(join(out, 'index.html'))) {
      const building = `${out}.building`;
      rmSync(building, { recursive: true, force: true });
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(WEB, 'vite.config.ts'), '--outDir', building, '--logLevel', 'warn'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
        // Jest sets NODE_ENV=test, which Vite would bake into React (its development build).
        env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      });
      rmSync(out, { recursive: true, force: true });
      renameSync(building, out);
      // Builds of earlier sources are not needed again: keep the cache to the latest few.
      const older = readdirSync(CACHE)
        .filter((name) => /^[0-9a-f]{16}$/.test(name) && join(CACHE, name) !== out)
        .map((name) => ({ path: join(CACHE, name), time: statSync(join(CACHE, name)).mtimeMs }))
        .sort((a, b) => b.time - a.time);
      for (const { path } of older.slice(2)) rmSync(path, { recursive: true, force: true });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return out;
}
