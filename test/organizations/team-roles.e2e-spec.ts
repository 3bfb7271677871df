import { createTestApp, TestApp } from '../setup/test-app';
import { brand, joinTeam, person } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

// The brand team's roles and removals over real HTTP: OWNERs only, the last OWNER protected under
// concurrency, refusals that change nothing.

const SET_ROLE = graphql(`mutation TeamRolesSetOrganizationMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }`);
const REMOVE = graphql(`mutation TeamRolesRemoveOrganizationMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }`);

describe('organisation team: roles and removals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const roles = async (orgId: string) =>
    Object.fromEntries(
      (await t.sql(`SELECT user_id, role FROM organization_member WHERE organization_id = $1`, [orgId])).map((r: { user_id: string; role: string }) => [r.user_id, r.role]),
    );

  it('an OWNER promotes, demotes and removes a member; each change is recorded in the outbox', async () => {
    const [owner, mia] = [await person(t), await person(t)];
    const orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, mia, 'MODERATOR');

    const promoted = await send(t, owner, SET_ROLE, { i: { organizationId: orgId, userId: mia.id, role: 'OWNER' } });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.setOrganizationMemberRole).toEqual({ role: 'OWNER', user: { id: mia.id } });
    expect(await roles(orgId)).toEqual({ [owner.id]: 'OWNER', [mia.id]: 'OWNER' });

    // With two OWNERs, the founder may step down and then be removed by the other.
    expect((await send(t, owner, SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } })).errors).toBeUndefined();
    const removed = await send(t, mia, REMOVE, { i: { organizationId: orgId, userId: owner.id } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeOrganizationMember).toBe(true);
    expect(await roles(orgId)).toEqual({ [mia.id]: 'OWNER' });

    const events = await t.sql(`SELECT type, payload FROM domain_event WHERE aggregate_id = $1 AND type LIKE 'organization.member%' ORDER BY position`, [orgId]);
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'organization.memberInvited',
      'organization.memberAdded',
      'organization.memberRoleChanged',
      'organization.memberRoleChanged',
      'organization.memberRemoved',
    ]);
    expect(events[2].payload).toEqual({ organizationId: orgId, userId: mia.id, role: 'OWNER', previousRole: 'MODERATOR' });
  });

  it('refuses to demote or remove the last OWNER, naming the rule, and changes nothing', async () => {
    const [owner, mia] = [await person(t), await person(t)];
    const orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, mia, 'MODERATOR');
    const before = await roles(orgId);

    const demoted = await send(t, owner, SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } });
    expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'LAST_OWNER', field: 'userId' });
    expect(demoted.errors?.[0].message).toMatch(/last OWNER cannot be demoted/);
    const removed = await send(t, owner, REMOVE, { i: { organizationId: orgId, userId: owner.id } });
    expect(removed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'LAST_OWNER' });
    expect(removed.errors?.[0].message).toMatch(/last OWNER cannot be removed/);
    expect(await roles(orgId)).toEqual(before);
  });

  it('two OWNERs demoting each other at the same moment leave one OWNER, never none', async () => {
    for (let round = 0; round < 5; round++) {
      const [a, b] = [await person(t), await person(t)];
      const orgId = await brand(t, a);
      await joinTeam(t, a, orgId, b, 'OWNER');
      const answers = await Promise.all([
        send(t, a, SET_ROLE, { i: { organizationId: orgId, userId: b.id, role: 'MODERATOR' } }),
        send(t, b, SET_ROLE, { i: { organizationId: orgId, userId: a.id, role: 'MODERATOR' } }),
      ]);
      // The second to get the lock either sees one OWNER left (LAST_OWNER), or is no OWNER any more (FORBIDDEN).
      expect(answers.filter((r) => !r.errors)).toHaveLength(1);
      expect(['CONFLICT', 'FORBIDDEN']).toContain(answers.find((r) => r.errors)!.errors![0].extensions!.code);
      expect(Object.values(await roles(orgId)).filter((role) => role === 'OWNER')).toHaveLength(1);
    }
  });

  it('only OWNERs change the team: a MODERATOR and a stranger are refused; bad input names its field', async () => {
    const [owner, mia, stranger] = [await person(t), await person(t), await person(t)];
    const orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, mia, 'MODERATOR');
    const before = await roles(orgId);

    for (const who of [mia, stranger]) {
      const res = await send(t, who, SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await send(t, who, REMOVE, { i: { organizationId: orgId, userId: owner.id } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await send(t, undefined, REMOVE, { i: { organizationId: orgId, userId: mia.id } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const notMember = await send(t, owner, REMOVE, { i: { organizationId: orgId, userId: stranger.id } });
    expect(notMember.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const badId = await send(t, owner, REMOVE, { i: { organizationId: orgId, userId: 'nope' } });
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const unknownOrg = await send(t, owner, REMOVE, { i: { organizationId: '00000000-0000-4000-8000-000000000000', userId: mia.id } });
    expect(unknownOrg.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify([notMember, badId, unknownOrg])).not.toMatch(/stack|SELECT|organization_member/);
    expect(await roles(orgId)).toEqual(before);
  });

  it('a removed moderator no longer sees the team', async () => {
    const [owner, mia] = [await person(t), await person(t)];
    const orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, mia, 'MODERATOR');
    const team = graphql(`query TeamRolesOrganization($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }`);
    expect((await send(t, mia, team, { id: orgId })).data.organization.members).toHaveLength(2);
    expect((await send(t, owner, REMOVE, { i: { organizationId: orgId, userId: mia.id } })).errors).toBeUndefined();
    const after = await send(t, mia, team, { id: orgId });
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
