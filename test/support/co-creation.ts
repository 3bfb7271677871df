import type { TestApp } from '../setup/test-app';

/** What most steps need of a server: its GraphQL endpoint (an in-process test app or an API process). */
type Api = Pick<TestApp, 'gql'>;

/** Small steps of the co-creation story, so specs read like what users do. */
export interface Person {
  token: string;
  id: string;
  email: string;
}

export async function person(t: TestApp): Promise<Person> {
  const registered = await t.register();
  return { token: registered.accessToken, id: registered.user.id, email: registered.email };
}

export async function brand(t: Api, owner: Person, slug = `brand-${Math.random().toString(36).slice(2, 10)}`): Promise<string> {
  const res = await t.gql(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: 'Brand', slug } }, owner.token);
  expect(res.errors).toBeUndefined();
  return res.data.createOrganization.id;
}

/** Someone joins a brand's team: its owner invites them, they accept. */
export async function joinTeam(t: Api, owner: Person, organizationId: string, member: Person, role: 'OWNER' | 'MODERATOR'): Promise<void> {
  const invited = await t.gql(
    `mutation($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }`,
    { input: { organizationId, email: member.email, role } },
    owner.token,
  );
  expect(invited.errors).toBeUndefined();
  const mine = await t.gql(`{ myOrganizationInvitations { id organization { id } } }`, {}, member.token);
  const invitation = mine.data.myOrganizationInvitations.find((i: { organization: { id: string } }) => i.organization.id === organizationId);
  const accepted = await t.gql(`mutation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }`, { id: invitation.id }, member.token);
  expect(accepted.errors).toBeUndefined();
}

export async function challenge(
  t: Api,
  owner: Person,
  organizationId: string,
  phase: 'DRAFT' | 'IDEATION' | 'VOTING' | 'REVIEW' | 'CLOSED' = 'IDEATION',
  language = 'EN',
): Promise<string> {
  const res = await t.gql(
    `mutation($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }`,
    { input: { organizationId, title: 'City car 2030', brief: 'What should it be?', language } },
    owner.token,
  );
  expect(res.errors).toBeUndefined();
  const id = res.data.createChallenge.id;
  if (phase !== 'DRAFT') await setPhase(t, owner, id, phase);
  return id;
}

export async function setPhase(t: Api, owner: Person, challengeId: string, phase: string): Promise<void> {
  const res = await t.gql(`mutation($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }`, { id: challengeId, phase }, owner.token);
  expect(res.errors).toBeUndefined();
}

export async function propose(
  t: Api,
  author: Person,
  challengeId: string,
  fields: { title?: string; body?: string; tags?: string[]; buildsOn?: string[] } = {},
): Promise<string> {
  const res = await t.gql(
    `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`,
    { input: { challengeId, title: fields.title ?? 'A modular city car', body: fields.body ?? 'Seats that fold into a cargo bay.', tags: fields.tags ?? [], buildsOn: fields.buildsOn ?? [] } },
    author.token,
  );
  expect(res.errors).toBeUndefined();
  return res.data.proposeIdea.id;
}

export function vote(t: Api, voter: Person, ideaId: string, value: 'UP' | 'DOWN' | 'NONE') {
  return t.gql(`mutation($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }`, { id: ideaId, v: value }, voter.token);
}

export function comment(t: Api, author: Person, ideaId: string, body: string, parentId?: string) {
  return t.gql(`mutation($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }`, { input: { ideaId, body, parentId } }, author.token);
}

export async function eventCount(t: TestApp): Promise<number> {
  const rows = await t.sql(`SELECT count(*)::int AS n FROM domain_event`);
  return rows[0].n;
}

/** The usual cast: a brand owner with their organisation, and two participants. */
export async function cast(t: TestApp): Promise<{ owner: Person; ana: Person; ben: Person; orgId: string }> {
  const [owner, ana, ben] = [await person(t), await person(t), await person(t)];
  return { owner, ana, ben, orgId: await brand(t, owner) };
}
