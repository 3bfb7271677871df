import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, setPhase } from '../support/co-creation';

// OWASP API5:2023 (broken function level authorization): every brand-only function is refused to
// a participant, and every owner-only one to a moderator, changing nothing. (Phases by the team:
// test/co-creation.e2e-spec.ts; ledgerVerification for the team: test/ownership.e2e-spec.ts.)

describe('functions by role', () => {
  let t: TestApp;
  let owner: Person;
  let moderator: Person;
  let ana: Person;
  let orgId: string;
  let draftId: string;
  let openId: string;
  let reviewIdeaId: string;
  let commentId: string;
  let invitationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, ana] = [await person(t), await person(t), await person(t)];
    orgId = await brand(t, owner);
    const invite = `mutation($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }`;
    const invited = await t.gql(invite, { i: { organizationId: orgId, email: moderator.email, role: 'MODERATOR' } }, owner.token);
    await t.gql(`mutation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }`, { id: invited.data.inviteOrganizationMember.id }, moderator.token);
    invitationId = (await t.gql(invite, { i: { organizationId: orgId, email: 'someone@example.test', role: 'MODERATOR' } }, owner.token)).data.inviteOrganizationMember.id;
    draftId = await challenge(t, owner, orgId, 'DRAFT');
    openId = await challenge(t, owner, orgId, 'IDEATION');
    reviewIdeaId = await propose(t, ana, openId);
    commentId = (await comment(t, ana, reviewIdeaId, 'A thought')).data.addComment.id;
    await setPhase(t, owner, openId, 'REVIEW');
  });
  afterAll(() => t?.close());

  const brandOnly = (): Array<[string, string, Record<string, unknown>]> => [
    ['createChallenge', `mutation($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`, { i: { organizationId: orgId, title: 'Mine now', brief: 'x', language: 'EN' } }],
    ['updateChallenge', `mutation($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }`, { i: { challengeId: openId, title: 'Taken over' } }],
    ['setChallengePhase', `mutation($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }`, { c: openId }],
    ['setOwnershipPolicy', `mutation($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }`, { c: draftId }],
    ['decideIdea', `mutation($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }`, { i: { ideaId: reviewIdeaId, status: 'SHORTLISTED', reason: 'I like mine' } }],
    ['markCommentHelpful', `mutation($id: ID!) { markCommentHelpful(commentId: $id) { id } }`, { id: commentId }],
  ];
  const ownerOnly = (): Array<[string, string, Record<string, unknown>]> => [
    ['inviteOrganizationMember', `mutation($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }`, { i: { organizationId: orgId, email: ana.email, role: 'OWNER' } }],
    ['withdrawOrganizationInvitation', `mutation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }`, { id: invitationId }],
    ['setOrganizationMemberRole', `mutation($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }`, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } }],
    ['removeOrganizationMember', `mutation($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }`, { i: { organizationId: orgId, userId: owner.id } }],
    ['reopenChallenge', `mutation($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }`, { i: { challengeId: openId, phase: 'IDEATION', reason: 'Because' } }],
    ['pendingInvitations', `query($id: ID!) { organization(id: $id) { pendingInvitations { email } } }`, { id: orgId }],
  ];

  it('refuses every brand-only function to a participant and changes nothing', async () => {
    // Events someone caused (background work — tallies, sentiment labels, notifications — has no actor and may still be running).
    const written = `SELECT count(*)::int AS events FROM domain_event WHERE actor_id IS NOT NULL`;
    const before = await t.sql(written);
    for (const [name, query, variables] of [...brandOnly(), ...ownerOnly()]) {
      const res = await t.gql(query, variables, ana.token);
      // A DRAFT does not exist for outsiders (NOT_FOUND); otherwise the function is refused.
      expect([name, res.errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      expect([name, (await t.gql(query, variables)).errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/)]);
    }
    expect(await t.sql(written)).toEqual(before);
  });

  it('refuses owner-only functions to a moderator', async () => {
    for (const [name, query, variables] of ownerOnly()) {
      const res = await t.gql(query, variables, moderator.token);
      expect([name, res.errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
    }
    expect(await t.sql(`SELECT role FROM organization_member WHERE user_id = $1`, [ana.id])).toEqual([]);
  });
});
