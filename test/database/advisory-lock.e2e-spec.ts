import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ADVISORY_LOCKS, lockArguments, tryLeadership, underSessionLock } from '../../libs/database/src/advisory-lock';
import { withDatabase } from '../setup/global-setup';

// Advisory locks belong to a database: these run in a scratch database of their own, so they
// neither wait for nor block anything else on the shared server.
describe('advisory locks', () => {
  const adminUrl = process.env.POLLEN_TEST_ADMIN_URL!;
  const database = `pollen_locks_${randomUUID().slice(0, 8)}`;
  const clients: Client[] = [];
  const connect = async () => {
    const client = new Client({ connectionString: withDatabase(adminUrl, database) });
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  });

  it('gives each kind of work a number of its own', () => {
    const numbers = Object.values(ADVISORY_LOCKS);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('hands leadership to one session, and to the next when that session ends', async () => {
    const [first, second] = [await connect(), await connect()];
    expect(await tryLeadership(first, ADVISORY_LOCKS.OUTBOX_RELAY)).toBe(true);
    expect(await tryLeadership(second, ADVISORY_LOCKS.OUTBOX_RELAY)).toBe(false);
    await first.end();
    expect(await tryLeadership(second, ADVISORY_LOCKS.OUTBOX_RELAY)).toBe(true);
  });

  it('gives each name of a kind its own lock', async () => {
    const [first, second] = [await connect(), await connect()];
    expect(await tryLeadership(first, ADVISORY_LOCKS.OUTBOX_CONSUMER, 'insights')).toBe(true);
    expect(await tryLeadership(second, ADVISORY_LOCKS.OUTBOX_CONSUMER, 'insights')).toBe(false);
    expect(await tryLeadership(second, ADVISORY_LOCKS.OUTBOX_CONSUMER, 'notifications')).toBe(true);
  });

  it('runs waiting work after the holder, and releases the lock when the work is done', async () => {
    const [holder, waiter, probe] = [await connect(), await connect(), await connect()];
    const order: string[] = [];
    let release!: () => void;
    const held = underSessionLock(holder, ADVISORY_LOCKS.MIGRATIONS, async () => {
      order.push('holder');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('holder done');
    });
    while (!release) await new Promise((resolve) => setTimeout(resolve, 10));
    const waited = underSessionLock(waiter, ADVISORY_LOCKS.MIGRATIONS, () => {
      order.push('waiter');
      return Promise.resolve(7);
    });
    // The waiter is in pg_advisory_lock until the holder lets go.
    const { sql, params } = lockArguments(ADVISORY_LOCKS.MIGRATIONS, undefined);
    for (;;) {
      const { rows } = await probe.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' AND datname = $1`, [database]);
      if (rows[0].n === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(order).toEqual(['holder']);
    release();
    await held;
    expect(await waited).toBe(7);
    expect(order).toEqual(['holder', 'holder done', 'waiter']);
    const { rows } = await probe.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${sql}) AS ok`, params);
    expect(rows[0].ok).toBe(true);
  });
});
