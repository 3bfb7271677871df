import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '@pollen/config';
import { CounterFoldJob } from '@pollen/ideas';
import { LedgerAuditor, LedgerSealer } from '@pollen/ledger';
import { RunningServer, startServer } from '../../apps/api/src/server';
import { withDatabase } from '../setup/global-setup';
import { graphql } from '../gql';
import { createTestApp, gqlAt, TestApp } from '../setup/test-app';
import { cast, challenge, comment, propose, vote } from '../support/co-creation';
import { send } from '../support/graphql';
import { pgTool } from '../support/pg-tools';
import { ApiProcess, PostgresProcess, startApiProcess } from '../support/processes';
import { freePort } from '../setup/free-port';

const PAGE = graphql(`query BackupRestoreIdeas($c: ID!) { ideas(challengeId: $c, first: 10) { edges { node { id upvotes downvotes commentCount } } } }`);
const REGISTER = graphql(`mutation BackupRestoreRegister($i: RegisterInput!) { register(input: $i) { user { id } } }`);

/** Each table's row count and a digest of all its rows, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const result: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; digest: string }>(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS digest FROM "${name}" t`,
      );
      result[name] = rows[0];
    }
    return result;
  } finally {
    await client.end();
  }
}

/**
 * The documented backup and restore (docker/README.md): `pg_dump --format=custom` of a live
 * database, `pg_restore` into a new one, and the restored copy is the same store of record:
 * every row of every table, tallies that equal their rows, a ledger that verifies.
 */
describe('backup and restore of the store of record', () => {
  let t: TestApp;
  let restored: RunningServer | null = null;
  let restoredDatabase: string | null = null;
  const folder = mkdtempSync(join(tmpdir(), 'pollen-backup-'));

  beforeAll(async () => {
    // Nothing writes behind the story's back (the relay marks events, consumers move their
    // positions), so the copy can be compared with the original row for row.
    t = await createTestApp({ env: { POLLEN_RELAY: 'false', POLLEN_CONSUMERS: 'false' } });
  });
  afterAll(async () => {
    await restored?.close();
    if (restoredDatabase) {
      const admin = new Client({ connectionString: process.env.POLLEN_TEST_ADMIN_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${restoredDatabase}" WITH (FORCE)`);
      await admin.end();
    }
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every row, exact tallies and a valid ledger', async () => {
    const pgDump = await pgTool('pg_dump', t.databaseUrl);
    const pgRestore = await pgTool('pg_restore', t.databaseUrl);
    if (!pgDump || !pgRestore) {
      console.warn('No pg_dump/pg_restore of this server\'s major version here: the backup spec is skipped (run it with DATABASE_URL on PostgreSQL 15; docker/README.md says how to back up the embedded PostgreSQL 18).');
      return;
    }
    // A challenge with ideas, votes and comments; part of the ledger sealed, part still waiting,
    // counter deltas not folded yet: a backup is taken from a running system.
    const { owner, ana, ben, orgId } = await cast(t);
    const challengeId = await challenge(t, owner, orgId);
    const ideas = [];
    for (let i = 0; i < 4; i++) ideas.push(await propose(t, ana, challengeId, { title: `Idea number ${i}` }));
    for (const idea of ideas) {
      expect((await vote(t, owner, idea, 'UP')).errors).toBeUndefined();
      await comment(t, ben, idea, 'Worth building');
    }
    await t.sealLedger();
    await t.foldCounters();
    for (const [voter, idea, value] of [[ben, ideas[0], 'DOWN'], [ben, ideas[1], 'UP'], [owner, ideas[2], 'NONE']] as const) {
      expect((await vote(t, voter, idea, value)).errors).toBeUndefined();
    }
    const [{ unsealed }] = await t.sql(`SELECT count(*)::int AS unsealed FROM contribution WHERE seq IS NULL`);
    expect(unsealed).toBeGreaterThan(0);
    const before = await fingerprint(t.databaseUrl);
    expect(before.contribution.rows).toBeGreaterThan(8);
    expect(before.idea_counter_delta.rows).toBeGreaterThan(0);

    const file = join(folder, 'pollen.dump');
    const dump = spawnSync(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, t.databaseUrl], { encoding: 'utf8' });
    expect(dump.stderr).toBe('');
    expect(dump.status).toBe(0);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    restoredDatabase = `pollen_restored_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: process.env.POLLEN_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${restoredDatabase}" TEMPLATE template0`);
    await admin.end();
    const restoredUrl = withDatabase(process.env.POLLEN_TEST_ADMIN_URL!, restoredDatabase);
    const restore = spawnSync(pgRestore, ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredUrl}`, file], { encoding: 'utf8' });
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    // Every row of every table, byte for byte.
    expect(await fingerprint(restoredUrl)).toEqual(before);

    // The API starts on the copy (no migration pending), and what it says is what the rows say.
    restored = await startServer(
      loadConfig({ ...process.env, DATABASE_URL: restoredUrl, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), NODE_ENV: 'test', LOG_LEVEL: 'error', POLLEN_SEED_DEMO: 'false', COUNTER_FOLD_INTERVAL_MS: '60000', LEDGER_SEAL_INTERVAL_MS: '60000', FEED_CACHE_MS: '0', LEDGER_VOTE_BATCH_MS: '0', LEDGER_VOTE_MIN_VOTERS: '1' }),
    );
    const at = restored.url;
    const page = await send({ gql: (query, variables, token) => gqlAt(at, query, variables, token) }, undefined, PAGE, { c: challengeId });
    const client = new Client({ connectionString: restoredUrl });
    await client.connect();
    try {
      const counts = async () =>
        (
          await client.query(
            `SELECT i.id, (SELECT count(*)::int FROM vote v WHERE v.idea_id = i.id AND v.value = 1) AS up,
                    (SELECT count(*)::int FROM vote v WHERE v.idea_id = i.id AND v.value = -1) AS down,
                    (SELECT count(*)::int FROM comment c WHERE c.idea_id = i.id) AS comments
               FROM idea i WHERE i.challenge_id = $1`,
            [challengeId],
          )
        ).rows;
      const rows = new Map((await counts()).map((row) => [row.id, row]));
      expect(page.data.ideas.edges).toHaveLength(4);
      for (const { node } of page.data.ideas.edges) {
        expect({ id: node.id, up: node.upvotes, down: node.downvotes, comments: node.commentCount }).toEqual(rows.get(node.id));
      }
      // The waiting work is done on the copy: deltas fold into the ideas, entries seal into the chain, and the tallies still hold.
      await restored.app.get(CounterFoldJob).foldNow();
      // (The copy's sealer starts with a pass of its own at start-up.)
      await restored.app.get(LedgerSealer).sealNow();
      expect((await client.query(`SELECT count(*)::int AS n FROM contribution WHERE seq IS NULL`)).rows[0].n).toBe(0);
      const folded = await client.query(`SELECT id, upvotes AS up, downvotes AS down, comment_count AS comments FROM idea WHERE challenge_id = $1`, [challengeId]);
      for (const row of folded.rows) expect(row).toEqual(rows.get(row.id));
    } finally {
      await client.end();
    }
    // `npm run ledger -- verify`'s logic, on every challenge of the copy.
    const auditor = restored.app.get(LedgerAuditor);
    const challenges = await auditor.challenges();
    expect(challenges).toContain(challengeId);
    for (const id of challenges) {
      const report = await auditor.verify(id);
      expect({ id, problem: report.problem }).toEqual({ id, problem: null });
      expect(report.entries).toBeGreaterThan(0);
    }
  }, 90_000);
});

/**
 * The embedded PostgreSQL 18 has no pg_dump in npm: docker/README.md documents a copy of the
 * stopped cluster (`tar --numeric-owner -p`), restored only onto the same major version. This
 * takes one of a cluster Pollen wrote to, and starts both the original and the copy.
 */
describe('backup and restore of the embedded cluster, stopped', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pollen-cold-backup-'));
  chmodSync(folder, 0o755); // as root the server runs as the postgres user, who must enter it
  const servers: PostgresProcess[] = [];
  let api: ApiProcess | null = null;
  afterAll(async () => {
    await api?.kill('SIGKILL');
    for (const server of servers) await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('comes back with every row of every table', async () => {
    const [original, copy] = [join(folder, 'original'), join(folder, 'copy')];
    for (const dir of [original, copy]) mkdirSync(dir, { mode: 0o755 });
    const first = new PostgresProcess(original, await freePort());
    servers.push(first);
    await first.start();
    api = await startApiProcess({ DATABASE_URL: first.url });
    const registered = await send(api, undefined, REGISTER, {
      i: { email: 'cold@example.test', password: 'Correct-Horse-42', displayName: 'Cold copy' },
    });
    expect(registered.errors).toBeUndefined();
    await api.kill('SIGTERM');
    api = null;
    const before = await fingerprint(first.url);
    expect(before.app_user.rows).toBe(1);
    await first.stop();

    const archive = join(folder, 'pollen.tar.gz');
    const tar = (args: string[]) => spawnSync('tar', ['--numeric-owner', ...args], { encoding: 'utf8' });
    expect(tar(['-czpf', archive, '-C', original, 'pg'])).toMatchObject({ status: 0, stderr: '' });
    expect(tar(['-xzpf', archive, '-C', copy])).toMatchObject({ status: 0, stderr: '' });

    const restored = new PostgresProcess(copy, await freePort());
    servers.push(restored);
    await restored.start();
    expect(await fingerprint(restored.url)).toEqual(before);
  }, 180_000);
});
