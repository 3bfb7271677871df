import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, person, propose, setPhase } from '../support/co-creation';
import { eventually } from './support/clients';
import { graphql } from '../gql';
import { send } from '../support/graphql';

// OWASP API3:2023 (broken object property level authorization): what a property reveals depends
// on who asks. A challenge's DRAFT-era history stays its team's after it opens; inviting someone
// to a team reveals nothing about the email; pending co-author invitations are seen by the idea's
// authors and the invitee only. (Emails of others are null everywhere: test/identity/auth.e2e-spec.ts.)

const EVENTS = graphql(`query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents2($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence data } }`);
const INVITE = graphql(`mutation Api3BrokenObjectPropertyLevelAuthorizationInviteOrganizationMember2($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status createdAt } }`);

describe('object properties by viewer', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [owner, ana, ben] = [await person(t), await person(t), await person(t)];
    orgId = await brand(t, owner);
  });
  afterAll(() => t?.close());

  it('never serves a DRAFT-era event to the public once the challenge opens; the team keeps its whole history', async () => {
    const id = await challenge(t, owner, orgId, 'DRAFT');
    const secret = 'Internal: budget is 2 M€, supplier X is out';
    const update = await send(t, owner, graphql(`mutation Api3BrokenObjectPropertyLevelAuthorizationUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { id } }`), { i: { challengeId: id, brief: secret } });
    expect(update.errors).toBeUndefined();
    await setPhase(t, owner, id, 'IDEATION');
    await propose(t, ana, id, { title: 'After the opening' });
    const team = await eventually(() => send(t, owner, EVENTS, { c: id }), (res) => res.data.challengeEvents.length >= 4);
    expect(team.data.challengeEvents.map((e: { type: string }) => e.type)).toEqual(['challenge.created', 'challenge.updated', 'challenge.phaseChanged', 'idea.created']);
    for (const token of [undefined, ana.token]) {
      const events = (await send(t, token, EVENTS, { c: id })).data.challengeEvents;
      expect(events.map((e: { type: string }) => e.type)).toEqual(['challenge.phaseChanged', 'idea.created']);
      expect(events[0].data).toMatchObject({ from: 'DRAFT', to: 'IDEATION' });
      expect(JSON.stringify(events)).not.toContain('budget');
      // Asking from before the opening gives the same: the start is the opening, whatever the cursor.
      const fromOne = await send(t, token, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 1) { type } }`), { c: id });
      expect(fromOne.data.challengeEvents.map((e: { type: string }) => e.type)).toEqual(['challenge.phaseChanged', 'idea.created']);
    }
  });

  it('answers an invitation to a team the same way for a registered, a member’s and an unknown email, and adds nobody', async () => {
    const invite = (email: string) => send(t, owner, INVITE, { input: { organizationId: orgId, email, role: 'MODERATOR' } });
    const unknownEmail = `nobody-${Date.now()}@example.test`;
    const answers = [await invite(ana.email), await invite(unknownEmail), await invite(owner.email)];
    const shapes = answers.map((res) => {
      expect(res.errors).toBeUndefined();
      const { id: _id, email: _email, createdAt: _at, ...rest } = res.data.inviteOrganizationMember;
      return rest;
    });
    expect(shapes).toEqual([shapes[0], shapes[0], shapes[0]]);
    expect(shapes[0]).toEqual({ role: 'MODERATOR', status: 'PENDING' });
    // Asking for more than the invitation (a name, a user) is not possible: the type has no such field
    // (a raw string, which no typed document could be).
    const probe = await t.gql(`mutation($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { invitee { displayName } } }`, {
      input: { organizationId: orgId, email: ana.email, role: 'MODERATOR' },
    }, owner.token);
    expect(probe.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const members = await send(t, owner, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationOrganization($id: ID!) { organization(id: $id) { members { user { id } } pendingInvitations { email } } }`), { id: orgId });
    expect(members.data.organization.members.map((m: { user: { id: string } }) => m.user.id)).toEqual([owner.id]);
    expect(members.data.organization.pendingInvitations.map((i: { email: string }) => i.email).sort()).toEqual([ana.email, owner.email, unknownEmail].sort());
    // Others see no invitations of the team.
    expect((await send(t, ana, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationOrganization2($id: ID!) { organization(id: $id) { pendingInvitations { email } } }`), { id: orgId })).errors[0].extensions.code).toBe('FORBIDDEN');
    // Whoever registers the unknown email later finds it waiting.
    const later = await t.register({ email: unknownEmail });
    const mine = await send(t, later.accessToken, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations { myOrganizationInvitations { id organization { id } } }`));
    expect(mine.data.myOrganizationInvitations).toEqual([{ id: answers[1].data.inviteOrganizationMember.id, organization: { id: orgId } }]);
    expect((await send(t, ben, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationMyOrganizationInvitations2 { myOrganizationInvitations { id } }`))).data.myOrganizationInvitations).toEqual([]);
  });

  it('shows a pending co-author invitation to the idea’s authors and the invitee only', async () => {
    const id = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, id);
    const invited = await send(t, ana, graphql(`mutation Api3BrokenObjectPropertyLevelAuthorizationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: ideaId, u: ben.id });
    expect(invited.errors).toBeUndefined();
    const authors = async (token?: string) =>
      (await send(t, token, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationIdea($id: ID!) { idea(id: $id) { authors { user { id } accepted } } }`), { id: ideaId })).data.idea.authors.map((a: { user: { id: string }; accepted: boolean }) => [a.user.id, a.accepted]);
    expect(await authors(ana.token)).toEqual([[ana.id, true], [ben.id, false]]);
    expect(await authors(ben.token)).toEqual([[ana.id, true], [ben.id, false]]);
    expect(await authors()).toEqual([[ana.id, true]]);
    expect(await authors(owner.token)).toEqual([[ana.id, true]]);
    const feed = await send(t, undefined, graphql(`query Api3BrokenObjectPropertyLevelAuthorizationIdeas($c: ID!) { ideas(challengeId: $c) { edges { node { authors { user { id } } } } } }`), { c: id });
    expect(JSON.stringify(feed.data)).not.toContain(ben.id);
  });
});
