import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, vote } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

// OWASP API6:2023 (unrestricted access to sensitive business flows): the flows that decide who
// owns what the crowd made cannot be gamed. A closed challenge stays closed unless its owner
// reopens it, on the record; an author holds no vote on their own idea; farming an idea earns
// less than the idea's author (the policy's property tests: libs/ledger/src/farming.policy.spec.ts).
// (Mass registration, comment and vote scripts: api4-unrestricted-resource-consumption-write-limits.)

const UPDATE = graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsUpdateChallenge($i: UpdateChallengeInput!) { updateChallenge(input: $i) { phase closesAt } }`);
const REOPEN = graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsReopenChallenge($i: ReopenChallengeInput!) { reopenChallenge(input: $i) { phase closesAt } }`);
const PHASE = graphql(`query Api6UnrestrictedAccessToSensitiveBusinessFlowsChallenge($id: ID!) { challenge(id: $id) { phase } }`);

describe('sensitive business flows', () => {
  let t: TestApp;
  let owner: Person;
  let moderator: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [owner, moderator, ana, ben] = [await person(t), await person(t), await person(t), await person(t)];
    orgId = await brand(t, owner);
    const invited = await send(t, owner, graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteOrganizationMember($i: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $i) { id } }`), {
      i: { organizationId: orgId, email: moderator.email, role: 'MODERATOR' },
    });
    await send(t, moderator, graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToOrganizationInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }`), { id: invited.data.inviteOrganizationMember.id });
  });
  afterAll(() => t?.close());

  it('keeps a challenge closed by its date closed when closesAt moves; only an owner reopens it, with a published reason', async () => {
    const id = await challenge(t, owner, orgId, 'VOTING');
    await t.sql(`UPDATE challenge SET closes_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect((await send(t, undefined, PHASE, { id })).data.challenge.phase).toBe('CLOSED');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const moved = await send(t, owner, UPDATE, { i: { challengeId: id, closesAt: future } });
    expect(moved.errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN', phase: 'CLOSED' });
    expect((await send(t, undefined, PHASE, { id })).data.challenge.phase).toBe('CLOSED');
    const moveOn = await send(t, owner, graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }`), { id });
    expect(moveOn.errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN', phase: 'CLOSED' });
    // Reopening: the owner only, with a reason and a new close date.
    expect((await send(t, moderator, REOPEN, { i: { challengeId: id, phase: 'VOTING', reason: 'Extended by a week' } })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send(t, owner, REOPEN, { i: { challengeId: id, phase: 'VOTING', reason: 'Extended by a week' } })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const reopened = await send(t, owner, REOPEN, { i: { challengeId: id, phase: 'VOTING', reason: 'Extended by a week', closesAt: future } });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data.reopenChallenge.phase).toBe('VOTING');
    const [event] = await t.sql(`SELECT payload FROM domain_event WHERE challenge_id = $1 AND type = 'challenge.phaseChanged' AND payload->>'from' = 'CLOSED'`, [id]);
    expect(event.payload).toMatchObject({ from: 'CLOSED', to: 'VOTING', reopened: true, reason: 'Extended by a week' });
    // A challenge that is not CLOSED is not "reopened".
    expect((await send(t, owner, REOPEN, { i: { challengeId: id, phase: 'VOTING', reason: 'Again' } })).errors[0].extensions.code).toBe('CONFLICT');
  });

  it('keeps a challenge the team CLOSED closed: editing it is refused', async () => {
    const id = await challenge(t, owner, orgId, 'CLOSED');
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect((await send(t, owner, UPDATE, { i: { challengeId: id, closesAt: future } })).errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN' });
    expect((await send(t, undefined, PHASE, { id })).data.challenge.phase).toBe('CLOSED');
  });

  it('clears the vote of someone who becomes a co-author, with its compensating ledger entry', async () => {
    const id = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, id);
    expect((await vote(t, ben, ideaId, 'UP')).errors).toBeUndefined();
    await send(t, ana, graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: ideaId, u: ben.id });
    const accepted = await send(t, ben, graphql(`mutation Api6UnrestrictedAccessToSensitiveBusinessFlowsRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id upvotes score } }`), { i: ideaId });
    expect(accepted.errors).toBeUndefined();
    const idea = await send(t, ben, graphql(`query Api6UnrestrictedAccessToSensitiveBusinessFlowsIdea($id: ID!) { idea(id: $id) { upvotes score viewerVote } }`), { id: ideaId });
    expect(idea.data.idea).toMatchObject({ upvotes: 0, score: 0 });
    expect(await t.sql(`SELECT * FROM vote WHERE idea_id = $1`, [ideaId])).toEqual([]);
    const entries = await t.sql(`SELECT points::text, compensates IS NOT NULL AS compensation FROM contribution WHERE kind = 'VOTE_CAST' AND participant_id IN (SELECT pseudonym FROM voter_pseudonym WHERE participant_id = $1) ORDER BY position`, [ben.id]);
    expect(entries).toEqual([{ points: '500', compensation: false }, { points: '-500', compensation: true }]);
    // And an author cannot vote it back.
    expect((await vote(t, ben, ideaId, 'UP')).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('gives a farmer of an idea (many "+1" comments, a crowd of fresh voters) less than its author, end to end', async () => {
    const id = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, id);
    for (let i = 0; i < 15; i++) expect((await comment(t, ben, ideaId, `+1 (${i})`)).errors).toBeUndefined();
    const crowd = [];
    for (let i = 0; i < 8; i++) crowd.push(await person(t));
    for (const voter of crowd) expect((await vote(t, voter, ideaId, 'UP')).errors).toBeUndefined();
    await t.sealLedger();
    const res = await send(t, undefined, graphql(`query Api6UnrestrictedAccessToSensitiveBusinessFlowsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points shareBasisPoints } } } }`), { c: id });
    const rows: Array<{ participant: { id: string } | null; points: number; shareBasisPoints: number }> = res.data.ownershipStatement.edges.map((e) => e.node);
    const of = (who: string) => rows.find((r) => r.participant?.id === who) ?? { points: 0, shareBasisPoints: 0 };
    expect(of(ben.id).points).toBe(0); // no comment of his was found helpful
    const farmed = rows.filter((r) => r.participant?.id !== ana.id).reduce((sum, r) => sum + r.points, 0);
    expect(farmed).toBeLessThanOrEqual(of(ana.id).points / 2); // 8 × 0.5 = 4 ≤ 10 / 2
    expect(of(ana.id).shareBasisPoints).toBeGreaterThan(5_000);
    expect(rows.reduce((sum, r) => sum + r.shareBasisPoints, 0)).toBe(10_000);
  });
});
