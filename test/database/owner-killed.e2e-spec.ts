import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { processRunning } from '../../libs/database/src/embedded-postgres-process';
import { graphql } from '../gql';
import { freePort } from '../setup/free-port';
import { send } from '../support/graphql';
import { ApiProcess, startApiProcess } from '../support/processes';

const REGISTER = graphql(`mutation OwnerKilledRegister($i: RegisterInput!) { register(input: $i) { user { id } } }`);

// The embedded PostgreSQL runs in a process group of its own (a terminal's Ctrl-C reaches Pollen
// only, which stops it last). When Pollen dies without stopping it — SIGKILL, the OOM killer, an
// interrupted `npm test` — its watchdog must stop it, and the next start on the same folder must
// find the data it had acknowledged.
const STOPPED_WITHIN_MS = 30_000;

async function stoppedWithin(pid: number, boundMs: number): Promise<void> {
  const from = Date.now();
  while (processRunning(pid)) {
    if (Date.now() - from > boundMs) throw new Error(`postmaster ${pid} still running ${boundMs} ms after its owner died`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const postmasterPid = (dataDir: string) => Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

describe('the embedded PostgreSQL dies with its owner', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pollen-owner-killed-'));
  let pgPort = 0;
  const api: ApiProcess[] = [];
  const others: ChildProcess[] = [];
  const embedded = () => ({ DATABASE_URL: '', POLLEN_DATA_DIR: dataDir, POLLEN_EMBEDDED_PG_PORT: String(pgPort) });
  const query = async (sql: string, values: unknown[] = []) => {
    const db = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/pollen` });
    await db.connect();
    try {
      return (await db.query(sql, values)).rows;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    pgPort = await freePort();
  });
  afterAll(async () => {
    for (const process of api) await process.kill('SIGINT');
    for (const child of others) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops after a SIGKILL of Pollen, and the next start on the same folder has the data', async () => {
    const first = await startApiProcess(embedded());
    api.push(first);
    const registered = await send(first, undefined, REGISTER, {
      i: { email: 'kept@example.test', password: 'Correct-Horse-42', displayName: 'Kept' },
    });
    expect(registered.errors).toBeUndefined();
    const userId = registered.data.register.user.id;
    const pid = postmasterPid(dataDir);
    expect(processRunning(pid)).toBe(true);

    await first.kill('SIGKILL');
    expect(first.exited()).toBe('SIGKILL');
    await stoppedWithin(pid, STOPPED_WITHIN_MS);
    // A fast shutdown, not a crash: the lock file went with the server.
    expect(() => postmasterPid(dataDir)).toThrow(/ENOENT/);

    const second = await startApiProcess(embedded());
    api.push(second);
    expect(await query(`SELECT email FROM app_user WHERE id = $1`, [userId])).toEqual([{ email: 'kept@example.test' }]);
    expect(second.output()).not.toMatch(/\n\s+at /);
    await second.kill('SIGINT');
    expect(second.exited()).toBe('0');
    expect(() => postmasterPid(dataDir)).toThrow(/ENOENT/);
  }, 240_000);

  it('starts over a lock file whose pid now belongs to another process (a crash, then a reboot)', async () => {
    // What a crash of the whole machine leaves: postmaster.pid naming a pid that, after the
    // reboot, some other program of the server's user has (PostgreSQL ignores other users'
    // processes). PostgreSQL alone would refuse to start forever. As root the server runs as
    // the postgres user.
    const ids = process.getuid?.() === 0 ? { uid: Number(execFileSync('id', ['-u', 'postgres'])), gid: Number(execFileSync('id', ['-g', 'postgres'])) } : {};
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore', ...ids });
    others.push(stranger);
    writeFileSync(join(dataDir, 'pg', 'postmaster.pid'), `${stranger.pid}\n${join(dataDir, 'pg')}\n1764590000\n${pgPort}\n/tmp\n127.0.0.1\n  5432001    32768\nready   \n`);
    const again = await startApiProcess(embedded());
    api.push(again);
    expect(postmasterPid(dataDir)).not.toBe(stranger.pid);
    expect(await query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'kept@example.test'`)).toEqual([{ n: 1 }]);
    expect(processRunning(stranger.pid!)).toBe(true);
    await again.kill('SIGINT');
    expect(again.exited()).toBe('0');
  }, 240_000);

  it('starts after a first start killed during initdb, which left only its staging folder', async () => {
    // The very first start makes the cluster; killed then (the OOM killer, a closed terminal), it
    // used to leave a half-made cluster that every later start failed to run. Killed here with
    // its initdb (the whole process group) once initdb has begun writing.
    const fresh = mkdtempSync(join(tmpdir(), 'pollen-initdb-killed-'));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, POLLEN_DATA_DIR: fresh, POLLEN_EMBEDDED_PG_PORT: String(port), POLLEN_SEED_DEMO: 'false', PORT: String(await freePort()), JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), LOG_LEVEL: 'error' };
    delete env.DATABASE_URL;
    try {
      const first = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], { cwd: join(__dirname, '..', '..'), env, stdio: 'ignore', detached: true });
      others.push(first);
      const staging = join(fresh, 'pg.initdb');
      const from = Date.now();
      while (!existsSync(join(staging, 'PG_VERSION'))) {
        if (Date.now() - from > 60_000 || first.exitCode !== null) throw new Error('initdb never began');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      process.kill(-first.pid!, 'SIGKILL');
      await new Promise((resolve) => (first.exitCode !== null || first.signalCode !== null ? resolve(undefined) : first.once('exit', resolve)));
      expect(existsSync(join(fresh, 'pg', 'PG_VERSION'))).toBe(false);

      const second = await startApiProcess({ DATABASE_URL: '', POLLEN_DATA_DIR: fresh, POLLEN_EMBEDDED_PG_PORT: String(port) });
      api.push(second);
      expect((await send(second, undefined, REGISTER, { i: { email: 'after-initdb@example.test', password: 'Correct-Horse-42', displayName: 'After' } })).errors).toBeUndefined();
      expect(existsSync(staging)).toBe(false);
      expect(second.output()).not.toMatch(/\n\s+at /);
      await second.kill('SIGINT');
      expect(second.exited()).toBe('0');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 240_000);
});
