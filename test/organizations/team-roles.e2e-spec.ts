import { createTestApp, TestApp } from '../setup/test-app';
import { brand, joinTeam, person } from '../support/co-creation';

// The brand team's roles and removals over real HTTP: OWNERs only, the last OWNER protected under
// concurrency, refusals that change nothing.

const SET_ROLE = `mutation($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role user { id } } }`;
const REMOVE = `mutation($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }`;

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

    const promoted = await t.gql(SET_ROLE, { i: { organizationId: orgId, userId: mia.id, role: 'OWNER' } }, owner.token);
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.setOrganizationMemberRole).toEqual({ role: 'OWNER', user: { id: mia.id } });
    expect(await roles(orgId)).toEqual({ [owner.id]: 'OWNER', [mia.id]: 'OWNER' });

    // With two OWNERs, the founder may step down and then be removed by the other.
    expect((await t.gql(SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } }, owner.token)).errors).toBeUndefined();
    const removed = await t.gql(REMOVE, { i: { organizationId: orgId, userId: owner.id } }, mia.token);
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

    const demoted = await t.gql(SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } }, owner.token);
    expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'LAST_OWNER', field: 'userId' });
    expect(demoted.errors?.[0].message).toMatch(/last OWNER cannot be demoted/);
    const removed = await t.gql(REMOVE, { i: { organizationId: orgId, userId: owner.id } }, owner.token);
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
        t.gql(SET_ROLE, { i: { organizationId: orgId, userId: b.id, role: 'MODERATOR' } }, a.token),
        t.gql(SET_ROLE, { i: { organizationId: orgId, userId: a.id, role: 'MODERATOR' } }, b.token),
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
      const res = await t.gql(SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } }, who.token);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(REMOVE, { i: { organizationId: orgId, userId: owner.id } }, who.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(REMOVE, { i: { organizationId: orgId, userId: mia.id } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const notMember = await t.gql(REMOVE, { i: { organizationId: orgId, userId: stranger.id } }, owner.token);
    expect(notMember.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'userId' });
    const badId = await t.gql(REMOVE, { i: { organizationId: orgId, userId: 'nope' } }, owner.token);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const unknownOrg = await t.gql(REMOVE, { i: { organizationId: '00000000-0000-4000-8000-000000000000', userId: mia.id } }, owner.token);
    expect(unknownOrg.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify([notMember, badId, unknownOrg])).not.toMatch(/stack|SELECT|organization_member/);
    expect(await roles(orgId)).toEqual(before);
  });

  it('a removed moderator no longer sees the team', async () => {
    const [owner, mia] = [await person(t), await person(t)];
    const orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, mia, 'MODERATOR');
    const team = `query($id: ID!) { organization(id: $id) { viewerRole members { role user { id } } } }`;
    expect((await t.gql(team, { id: orgId }, mia.token)).data.organization.members).toHaveLength(2);
    expect((await t.gql(REMOVE, { i: { organizationId: orgId, userId: mia.id } }, owner.token)).errors).toBeUndefined();
    const after = await t.gql(team, { id: orgId }, mia.token);
    expect(after.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
