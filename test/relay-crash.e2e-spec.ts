import { ChildProcess, spawn } from 'node:child_process';
import { join as joinPath } from 'node:path';
import { OutboxRelay } from '@pollen/realtime';
import { createTestApp, TestApp } from './setup/test-app';
import { freePort } from './setup/free-port';
import { Person, cast, challenge, propose } from './support/co-creation';

// An instance dies (SIGKILL) after committing events and before publishing them; the instance
// that takes over publishes every one of them, once, in order.
describe('killing the server between commit and publish', () => {
  let survivor: TestApp;
  let child: ChildProcess | null = null;
  let owner: Person;
  let ana: Person;
  let orgId: string;

  beforeAll(async () => {
    // The survivor owns the test database and never relays; the victim commits through it.
    survivor = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    ({ owner, ana, orgId } = await cast(survivor));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await survivor.close();
  });

  it('loses no event: the next relay publishes what the dead one had committed', async () => {
    const port = await freePort();
    // The victim commits but never publishes: its relay is off, as if it died right after commit.
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: joinPath(__dirname, '..'),
      env: { ...process.env, DATABASE_URL: survivor.databaseUrl, PORT: String(port), POLLEN_RELAY: 'false', POLLEN_SEED_DEMO: 'false', JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Pollen GraphQL API')) resolve();
      });
      child!.once('exit', (code) => reject(new Error(`victim exited with ${code}: ${output}`)));
    });
    const victim = { gql: (query: string, variables?: Record<string, unknown>, token?: string) => gqlAt(port, query, variables, token) } as TestApp;
    const challengeId = await challenge(victim, owner, orgId, 'IDEATION');
    const ideas = [];
    for (let i = 0; i < 5; i++) ideas.push(await propose(victim, ana, challengeId, { title: `Committed before the crash ${i}` }));
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const pending = await survivor.sql(`SELECT count(*)::int AS n FROM domain_event WHERE challenge_id = $1 AND relayed_at IS NULL`, [challengeId]);
    expect(pending[0].n).toBe(7); // created, phase changed, five ideas

    // A new instance starts on the same database and takes the relay over.
    const successor = await createTestApp({ sameDatabaseAs: survivor });
    await successor.app.get(OutboxRelay).wake();
    await successor.close();
    const rows = await survivor.sql(
      `SELECT type, sequence::int AS sequence, relayed_at IS NOT NULL AS relayed, payload->>'ideaId' AS "ideaId"
         FROM domain_event WHERE challenge_id = $1 ORDER BY sequence`,
      [challengeId],
    );
    expect(rows.map((r: { sequence: number }) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((r: { relayed: boolean }) => r.relayed)).toBe(true);
    expect(rows.slice(2).map((r: { ideaId: string }) => r.ideaId)).toEqual(ideas);
    const caughtUp = await survivor.gql(`query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }`, { c: challengeId });
    expect(caughtUp.data.challengeEvents.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 60_000);
});

async function gqlAt(port: number, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  return { status: res.status, data: body.data as any, errors: body.errors as any };
}
