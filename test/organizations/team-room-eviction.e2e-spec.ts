import type { Socket } from 'socket.io-client';
import { freePort } from '../setup/free-port';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, joinTeam, person, propose } from '../support/co-creation';
import { RedisProcess } from '../support/processes';
import { ReceivedEvent, connected, join, record, until } from '../support/sockets';

// A moderator removed from a brand's team leaves its moderation room at once, on the instance
// their socket is on, while their colleague in the same room keeps receiving it. Real socket.io
// clients, real HTTP; one instance, then two instances linked by a Redis of the spec's own.

const REMOVE = `mutation($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }`;
const REPORT = `mutation($i: ReportInput!) { report(input: $i) { targetId } }`;

interface Team {
  owner: Person;
  kept: Person;
  removed: Person;
  orgId: string;
  ideas: string[];
  reporter: Person;
}

async function team(t: TestApp): Promise<Team> {
  const [owner, kept, removed, author, reporter] = [await person(t), await person(t), await person(t), await person(t), await person(t)];
  const orgId = await brand(t, owner);
  await joinTeam(t, owner, orgId, kept, 'MODERATOR');
  await joinTeam(t, owner, orgId, removed, 'MODERATOR');
  const challengeId = await challenge(t, owner, orgId, 'IDEATION');
  const ideas = [await propose(t, author, challengeId, { title: 'Reported before the removal' }), await propose(t, author, challengeId, { title: 'Reported after the removal' })];
  return { owner, kept, removed, orgId, ideas, reporter };
}

const reportsOf = (received: ReceivedEvent[], ideaId: string) => received.filter((e) => e.type === 'moderation.reported' && e.data.targetId === ideaId);

/**
 * Both moderators follow the room and receive a report; the owner removes one (through `writer`);
 * the removed one is told (`organization.left`) and receives nothing of the room afterwards, the
 * other receives the next report. `sockets` are on whichever instance the spec chose.
 */
async function removalEndsTheRoom(writer: TestApp, cast: Team, sockets: { kept: Socket; removed: Socket }): Promise<void> {
  const kept = record(sockets.kept);
  const removed = record(sockets.removed);
  expect(await join(sockets.kept, { organizationId: cast.orgId })).toEqual({ ok: true, room: `organization:${cast.orgId}` });
  expect(await join(sockets.removed, { organizationId: cast.orgId })).toEqual({ ok: true, room: `organization:${cast.orgId}` });
  const left: unknown[] = [];
  sockets.removed.on('organization.left', (event: ReceivedEvent) => left.push(event.data));

  expect((await writer.gql(REPORT, { i: { targetType: 'IDEA', targetId: cast.ideas[0], reason: 'SPAM' } }, cast.reporter.token)).errors).toBeUndefined();
  await until(kept, (events) => reportsOf(events, cast.ideas[0]).length === 1, 10_000);
  await until(removed, (events) => reportsOf(events, cast.ideas[0]).length === 1, 10_000);

  expect((await writer.gql(REMOVE, { i: { organizationId: cast.orgId, userId: cast.removed.id } }, cast.owner.token)).errors).toBeUndefined();
  await until([], () => left.length === 1, 10_000);
  expect(left).toEqual([{ organizationId: cast.orgId }]);

  expect((await writer.gql(REPORT, { i: { targetType: 'IDEA', targetId: cast.ideas[1], reason: 'SPAM' } }, cast.reporter.token)).errors).toBeUndefined();
  await until(kept, (events) => reportsOf(events, cast.ideas[1]).length === 1, 10_000);
  // The colleague got it; the removed moderator's socket is still connected but out of the room.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(sockets.removed.connected).toBe(true);
  expect(reportsOf(removed, cast.ideas[1])).toEqual([]);
  // And may not walk back in.
  expect((await join(sockets.removed, { organizationId: cast.orgId })).error.code).toBe('FORBIDDEN');
}

describe("a removed moderator leaves the organisation's moderation room at once", () => {
  it('on one instance', async () => {
    const t = await createTestApp();
    try {
      const cast = await team(t);
      const sockets = { kept: t.socket(cast.kept.token), removed: t.socket(cast.removed.token) };
      await Promise.all([connected(sockets.kept), connected(sockets.removed)]);
      await removalEndsTheRoom(t, cast, sockets);
    } finally {
      await t.close();
    }
  });

  it('on the instance that does not relay, the removal written through the other (through Redis)', async () => {
    const redis = new RedisProcess(await freePort());
    await redis.start();
    const a = await createTestApp({ env: { REDIS_URL: redis.url } });
    const b = await createTestApp({ env: { REDIS_URL: redis.url, POLLEN_RELAY: 'false' }, sameDatabaseAs: a });
    try {
      const cast = await team(a);
      // Both moderators on B: what reaches them came from A's relay through Redis.
      const sockets = { kept: b.socket(cast.kept.token), removed: b.socket(cast.removed.token) };
      await Promise.all([connected(sockets.kept), connected(sockets.removed)]);
      await removalEndsTheRoom(a, cast, sockets);
    } finally {
      await b.close();
      await a.close();
      await redis.stop();
    }
  });
});
