import type { TestApp } from '../setup/test-app';
import { graphql } from '../gql';
import type { ChallengeLanguage, ChallengePhase, VoteValue } from '../gql/graphql';
import { send } from './graphql';

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

const CreateOrganization = graphql(`mutation CreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`);

export async function brand(t: Api, owner: Person, slug = `brand-${Math.random().toString(36).slice(2, 10)}`): Promise<string> {
  const res = await send(t, owner, CreateOrganization, { input: { name: 'Brand', slug } });
  expect(res.errors).toBeUndefined();
  return res.data.createOrganization.id;
}

const InviteMember = graphql(`mutation InviteMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id } }`);
const MyInvitations = graphql(`query MyInvitations { myOrganizationInvitations { id organization { id } } }`);
const AcceptInvitation = graphql(`mutation AcceptInvitation($id: ID!) { respondToOrganizationInvitation(invitationId: $id, accept: true) { status } }`);

/** Someone joins a brand's team: its owner invites them, they accept. */
export async function joinTeam(t: Api, owner: Person, organizationId: string, member: Person, role: 'OWNER' | 'MODERATOR'): Promise<void> {
  const invited = await send(t, owner, InviteMember, { input: { organizationId, email: member.email, role } });
  expect(invited.errors).toBeUndefined();
  const mine = await send(t, member, MyInvitations);
  const invitation = mine.data.myOrganizationInvitations.find((i) => i.organization.id === organizationId);
  const accepted = await send(t, member, AcceptInvitation, { id: invitation!.id });
  expect(accepted.errors).toBeUndefined();
}

const CreateChallenge = graphql(`mutation CreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id phase } }`);

export async function challenge(t: Api, owner: Person, organizationId: string, phase: ChallengePhase = 'IDEATION', language: ChallengeLanguage = 'EN'): Promise<string> {
  const res = await send(t, owner, CreateChallenge, { input: { organizationId, title: 'City car 2030', brief: 'What should it be?', language } });
  expect(res.errors).toBeUndefined();
  const id = res.data.createChallenge.id;
  if (phase !== 'DRAFT') await setPhase(t, owner, id, phase);
  return id;
}

const SetPhase = graphql(`mutation SetPhase($id: ID!, $phase: ChallengePhase!) { setChallengePhase(challengeId: $id, phase: $phase) { phase } }`);

export async function setPhase(t: Api, owner: Person, challengeId: string, phase: ChallengePhase): Promise<void> {
  const res = await send(t, owner, SetPhase, { id: challengeId, phase });
  expect(res.errors).toBeUndefined();
}

const ProposeIdea = graphql(`mutation ProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`);

export async function propose(
  t: Api,
  author: Person,
  challengeId: string,
  fields: { title?: string; body?: string; tags?: string[]; buildsOn?: string[] } = {},
): Promise<string> {
  const res = await send(t, author, ProposeIdea, {
    input: { challengeId, title: fields.title ?? 'A modular city car', body: fields.body ?? 'Seats that fold into a cargo bay.', tags: fields.tags ?? [], buildsOn: fields.buildsOn ?? [] },
  });
  expect(res.errors).toBeUndefined();
  return res.data.proposeIdea.id;
}

const CastVote = graphql(`mutation CastVote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id score upvotes downvotes viewerVote } }`);

export function vote(t: Api, voter: Person, ideaId: string, value: VoteValue) {
  return send(t, voter, CastVote, { id: ideaId, v: value });
}

const AddComment = graphql(`mutation AddComment($input: AddCommentInput!) { addComment(input: $input) { id body parentId deleted } }`);

export function comment(t: Api, author: Person, ideaId: string, body: string, parentId?: string) {
  return send(t, author, AddComment, { input: { ideaId, body, parentId } });
}

export async function eventCount(t: TestApp): Promise<number> {
  const rows = await t.sql(`SELECT count(*)::int AS n FROM domain_event`);
  return rows[0].n;
}

/** The people of a spec: a brand owner with their organisation, participants, and a challenge when asked for. */
export interface Cast {
  owner: Person;
  participants: Person[];
  orgId: string;
}

export interface CastOptions {
  /** How many participants besides the owner (default 2). */
  participants?: number;
  /** Create one challenge in this phase. */
  challenge?: ChallengePhase;
  /** The organisation's slug (default: a random one). */
  slug?: string;
  language?: ChallengeLanguage;
}

/**
 * The prologue most specs share: an owner signs up and founds a brand, participants sign up (in
 * this order, one after the other), and the owner opens a challenge when asked for.
 */
export async function castOf<O extends CastOptions>(t: TestApp, options: O = {} as O): Promise<Cast & (O['challenge'] extends ChallengePhase ? { challengeId: string } : unknown)> {
  const owner = await person(t);
  const participants: Person[] = [];
  for (let i = 0; i < (options.participants ?? 2); i++) participants.push(await person(t));
  const orgId = await brand(t, owner, options.slug);
  const challengeId = options.challenge ? await challenge(t, owner, orgId, options.challenge, options.language) : undefined;
  return { owner, participants, orgId, ...(challengeId ? { challengeId } : {}) } as Cast & (O['challenge'] extends ChallengePhase ? { challengeId: string } : unknown);
}

/** The usual cast: a brand owner with their organisation, and two participants. */
export async function cast(t: TestApp): Promise<{ owner: Person; ana: Person; ben: Person; orgId: string }> {
  const { owner, participants, orgId } = await castOf(t);
  return { owner, ana: participants[0], ben: participants[1], orgId };
}
