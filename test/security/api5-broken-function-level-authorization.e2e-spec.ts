import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, setPhase } from '../support/co-creation';
import { graphql } from '../gql';
import { request, send } from '../support/graphql';

const CREATE_CHALLENGE = graphql(`mutation Api5CreateChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`);
const UPDATE_CHALLENGE = graphql(`mutation Api5UpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }`);
const SET_PHASE = graphql(`mutation Api5SetChallengePhase($c: ID!) { setChallengePhase(challengeId: $c, phase: CLOSED) { id } }`);
const SET_POLICY = graphql(`mutation Api5SetOwnershipPolicy($c: ID!) { setOwnershipPolicy(challengeId: $c, policy: { weights: { VOTE_CAST: 100 } }) { licence } }`);
const DECIDE = graphql(`mutation Api5DecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id } }`);
const MARK_HELPFUL = graphql(`mutation Api5MarkCommentHelpful($id: ID!) { markCommentHelpful(commentId: $id) { id } }`);
const INVITE_MEMBER = graphql(`mutation Api5InviteMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }`);
const WITHDRAW = graphql(`mutation Api5WithdrawInvitation($id: ID!) { withdrawOrganizationInvitation(invitationId: $id) }`);
const SET_ROLE = graphql(`mutation Api5SetMemberRole($i: SetOrganizationMemberRoleInput!) { setOrganizationMemberRole(input: $i) { role } }`);
const REMOVE_MEMBER = graphql(`mutation Api5RemoveMember($i: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $i) }`);
const REOPEN = graphql(`mutation Api5ReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { id } }`);
const PENDING = graphql(`query Api5PendingInvitations($id: ID!) { organization(id: $id) { pendingInvitations { email } } }`);

/** A function of the table: its name, its document and variables of that document. */
type Call = [string, TypedDocumentNode<any, any>, Record<string, unknown>];

// OWASP API5:2023 (broken function level authorization): every brand-only function is refused to
// a participant, and every owner-only one to a moderator, changing nothing. (Phases by the team:
// test/co-creation/co-creation.e2e-spec.ts; ledgerVerification for the team: test/ownership/ownership.e2e-spec.ts.)

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
    const invite = graphql(`mutation Api5BrokenFunctionLevelAuthorizationInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }`);
    const invited = await send(t, owner, invite, { i: { organizationId: orgId, email: moderator.email, role: 'MODERATOR' } });
    await send(t, moderator, graphql(`mutation Api5BrokenFunctionLevelAuthorizationRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }`), { id: invited.data.inviteOrganizationMember.id });
    invitationId = (await send(t, owner, invite, { i: { organizationId: orgId, email: 'someone@example.test', role: 'MODERATOR' } })).data.inviteOrganizationMember.id;
    draftId = await challenge(t, owner, orgId, 'DRAFT');
    openId = await challenge(t, owner, orgId, 'IDEATION');
    reviewIdeaId = await propose(t, ana, openId);
    commentId = (await comment(t, ana, reviewIdeaId, 'A thought')).data.addComment.id;
    await setPhase(t, owner, openId, 'REVIEW');
  });
  afterAll(() => t?.close());

  const brandOnly = (): Call[] => [
    ['createChallenge', CREATE_CHALLENGE, { i: { organizationId: orgId, title: 'Mine now', brief: 'x', language: 'EN' } }],
    ['updateChallenge', UPDATE_CHALLENGE, { i: { challengeId: openId, title: 'Taken over' } }],
    ['setChallengePhase', SET_PHASE, { c: openId }],
    ['setOwnershipPolicy', SET_POLICY, { c: draftId }],
    ['decideIdea', DECIDE, { i: { ideaId: reviewIdeaId, status: 'SHORTLISTED', reason: 'I like mine' } }],
    ['markCommentHelpful', MARK_HELPFUL, { id: commentId }],
  ];
  const ownerOnly = (): Call[] => [
    ['inviteOrganizationMember', INVITE_MEMBER, { i: { organizationId: orgId, email: ana.email, role: 'OWNER' } }],
    ['withdrawOrganizationInvitation', WITHDRAW, { id: invitationId }],
    ['setOrganizationMemberRole', SET_ROLE, { i: { organizationId: orgId, userId: owner.id, role: 'MODERATOR' } }],
    ['removeOrganizationMember', REMOVE_MEMBER, { i: { organizationId: orgId, userId: owner.id } }],
    ['reopenChallenge', REOPEN, { i: { challengeId: openId, phase: 'IDEATION', reason: 'Because' } }],
    ['pendingInvitations', PENDING, { id: orgId }],
  ];

  it('refuses every brand-only function to a participant and changes nothing', async () => {
    // Events someone caused (background work — tallies, sentiment labels, notifications — has no actor and may still be running).
    const written = `SELECT count(*)::int AS events FROM domain_event WHERE actor_id IS NOT NULL`;
    const before = await t.sql(written);
    for (const [name, query, variables] of [...brandOnly(), ...ownerOnly()]) {
      const res = await request(t, ana, query, variables);
      // A DRAFT does not exist for outsiders (NOT_FOUND); otherwise the function is refused.
      expect([name, res.errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
      expect([name, (await request(t, undefined, query, variables)).errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(UNAUTHENTICATED|FORBIDDEN|NOT_FOUND)$/)]);
    }
    expect(await t.sql(written)).toEqual(before);
  });

  it('refuses owner-only functions to a moderator', async () => {
    for (const [name, query, variables] of ownerOnly()) {
      const res = await request(t, moderator, query, variables);
      expect([name, res.errors?.[0].extensions.code]).toEqual([name, expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/)]);
    }
    expect(await t.sql(`SELECT role FROM organization_member WHERE user_id = $1`, [ana.id])).toEqual([]);
  });
});
