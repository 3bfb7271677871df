import { OUTBOX_KEEP_DAYS, PrivacyRetentionJob } from '@pollen/privacy';
import { createTestApp, TestApp } from '../setup/test-app';
import { brand, person } from '../support/co-creation';

describe('privacy: retention purges what is no longer needed, on a schedule', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('purges expired archives, old export rows, spent tokens, old sessions and old profile views, and keeps the rest', async () => {
    const [ana, owner] = [await person(t), await person(t)];
    const orgId = await brand(t, owner);
    const insertExport = async (state: string, archive: string | null, requestedDaysAgo: number, expiresInHours: number | null) =>
      (
        await t.sql(
          `INSERT INTO data_export (user_id, state, archive, requested_at, expires_at)
           VALUES ($1, $2, $3::bytea, now() - make_interval(days => $4), now() + make_interval(hours => $5)) RETURNING id`,
          [ana.id, state, archive === null ? null : Buffer.from(archive), requestedDaysAgo, expiresInHours],
        )
      )[0].id;
    const expired = await insertExport('READY', 'old zip', 4, -1);
    const fresh = await insertExport('READY', 'new zip', 0, 70);
    const ancient = await insertExport('EXPIRED', null, 91, null);
    const recentExpired = await insertExport('EXPIRED', null, 10, null);
    await t.sql(`INSERT INTO data_export_download (token_hash, export_id, user_id, expires_at) VALUES ('\\x01', $1, $2, now() - interval '1 minute'), ('\\x02', $1, $2, now() + interval '4 minutes')`, [
      fresh,
      ana.id,
    ]);
    const session = async (revokedDaysAgo: number | null, createdDaysAgo: number, tokenExpiresDaysAgo: number) => {
      const [row] = await t.sql(
        `INSERT INTO auth_session (user_id, created_at, revoked_at) VALUES ($1, now() - make_interval(days => $2), now() - make_interval(days => $3)) RETURNING id`,
        [ana.id, createdDaysAgo, revokedDaysAgo],
      );
      await t.sql(`INSERT INTO refresh_token (session_id, token_hash, expires_at) VALUES ($1, decode(md5(random()::text), 'hex'), now() - make_interval(days => $2))`, [row.id, tokenExpiresDaysAgo]);
      return row.id;
    };
    const longRevoked = await session(31, 60, 20);
    const recentlyRevoked = await session(2, 60, -20);
    const longDead = await session(null, 90, 31);
    const alive = await session(null, 90, -5);
    await t.sql(
      `INSERT INTO profile_view_day (participant_id, day, organization_id, views) VALUES ($1, current_date - 400, $2, 3), ($1, current_date - 10, $2, 1)`,
      [ana.id, orgId],
    );

    await t.app.get(PrivacyRetentionJob).purgeNow();

    const exports = await t.sql(`SELECT id, state, archive IS NOT NULL AS "hasArchive" FROM data_export WHERE user_id = $1 ORDER BY requested_at`, [ana.id]);
    expect(exports).toEqual(
      expect.arrayContaining([
        { id: expired, state: 'EXPIRED', hasArchive: false },
        { id: fresh, state: 'READY', hasArchive: true },
        { id: recentExpired, state: 'EXPIRED', hasArchive: false },
      ]),
    );
    expect(exports.map((row) => row.id)).not.toContain(ancient);
    expect(await t.sql(`SELECT encode(token_hash, 'hex') AS h FROM data_export_download`)).toEqual([{ h: '02' }]);
    const sessions = (await t.sql(`SELECT id FROM auth_session WHERE user_id = $1`, [ana.id])).map((row) => row.id);
    expect(sessions).toEqual(expect.arrayContaining([recentlyRevoked, alive]));
    expect(sessions).not.toContain(longRevoked);
    expect(sessions).not.toContain(longDead);
    expect(await t.sql(`SELECT count(*)::int AS n FROM refresh_token WHERE session_id = ANY($1::uuid[])`, [[longRevoked, longDead]])).toEqual([{ n: 0 }]);
    expect(await t.sql(`SELECT views FROM profile_view_day WHERE participant_id = $1`, [ana.id])).toEqual([{ views: 1 }]);
    // A second pass finds nothing more.
    expect(await t.app.get(PrivacyRetentionJob).purgeNow()).toBe(0);
  });

  it(`purges relayed outbox events past ${OUTBOX_KEEP_DAYS} days once every consumer read them, never an unrelayed one`, async () => {
    let sequence = 1_000_000;
    const event = async (relayedDaysAgo: number | null, occurredDaysAgo: number) =>
      (
        await t.sql(
          `INSERT INTO domain_event (type, aggregate_id, payload, occurred_at, sequence, relayed_at)
           VALUES ('idea.proposed', gen_random_uuid(), '{"title": "Named by Ana"}', now() - make_interval(days => $1), $2::bigint, now() - make_interval(days => $3))
           RETURNING position::text AS position, tx_id::text AS "txId"`,
          [occurredDaysAgo, relayedDaysAgo === null ? null : ++sequence, relayedDaysAgo],
        )
      )[0] as { position: string; txId: string };
    const first = await event(OUTBOX_KEEP_DAYS + 5, OUTBOX_KEEP_DAYS + 5);
    const second = await event(OUTBOX_KEEP_DAYS + 1, OUTBOX_KEEP_DAYS + 1);
    const unrelayed = await event(null, OUTBOX_KEEP_DAYS + 60);
    const recent = await event(OUTBOX_KEEP_DAYS - 1, OUTBOX_KEEP_DAYS - 1);
    const mine = [first, second, unrelayed, recent].map((e) => e.position);
    const kept = async () => (await t.sql(`SELECT position::text AS p FROM domain_event WHERE position = ANY($1::bigint[]) ORDER BY position`, [mine])).map((row) => row.p);
    // A durable consumer that has read the first and not the second keeps the second.
    await t.sql(`INSERT INTO outbox_consumer (name, tx_id, position) VALUES ('retention-probe', $1::xid8, $2) ON CONFLICT (name) DO NOTHING`, [first.txId, first.position]);
    await t.sql(`UPDATE outbox_consumer SET tx_id = $1::xid8, position = $2`, [first.txId, first.position]);
    await t.app.get(PrivacyRetentionJob).purgeNow();
    expect(await kept()).toEqual([second.position, unrelayed.position, recent.position]);
    // Once every consumer is past them, all the old relayed ones go; the unrelayed and the recent ones stay.
    await t.sql(`UPDATE outbox_consumer SET tx_id = pg_current_xact_id(), position = (SELECT max(position) FROM domain_event)`);
    await t.app.get(PrivacyRetentionJob).purgeNow();
    expect(await kept()).toEqual([unrelayed.position, recent.position]);
  });
});
