import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NotificationsConsumer } from '@pollen/notifications';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, joinTeam, person, propose } from '../support/co-creation';
import { As, request, send } from '../support/graphql';
import { connected, join, record, until } from '../support/sockets';

const SET = graphql(`mutation ConsentSurfacesSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }`);
const AUTHOR = graphql(`query ConsentSurfacesIdeaAuthor($id: ID!) { idea(id: $id) { author { id displayName } } }`);
const AUTHORS = graphql(`query ConsentSurfacesIdeaAuthors($id: ID!) { idea(id: $id) { authors { user { id displayName } role accepted } } }`);
const INVITE = graphql(`mutation ConsentSurfacesInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`);
const RESPOND = graphql(`mutation ConsentSurfacesRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`);
const INBOX = graphql(`query ConsentSurfacesNotifications { notifications(first: 20) { edges { node { kind actor { id displayName } } } } }`);
const EVENTS = graphql(`query ConsentSurfacesChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { type data } }`);
const STATEMENT = graphql(`query ConsentSurfacesOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } } } } }`);
const STATEMENT_CSV = graphql(`query ConsentSurfacesStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }`);
const LEDGER = graphql(`query ConsentSurfacesLedger($c: ID!) { contributionLedger(challengeId: $c, first: 100) { edges { node { party kind participant { id displayName } } } } }`);
const PSEUDONYM = /^Participant [0-9a-f]{8}$/;

/**
 * The consent rule (libs/privacy) wherever a person is shown to others: co-author lists, a
 * notification's actor, socket payloads (a room's events, a pushed notification), the ownership
 * statement, its export and the ledger's pages. Ana chose a pseudonym: nobody outside her and the
 * brand team (and, in an idea's author list, her fellow authors) ever gets her name.
 */
describe('privacy: a pseudonym is applied everywhere a participant is shown to others', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let cara: Person;
  let challengeId: string;
  let anaName: string;
  let pseudonym: { id: string; displayName: string };

  beforeAll(async () => {
    t = await createTestApp();
    [owner, ana, ben, cara] = [await person(t), await person(t), await person(t), await person(t)];
    const orgId = await brand(t, owner);
    const moderator = await person(t);
    await joinTeam(t, owner, orgId, moderator, 'MODERATOR');
    challengeId = await challenge(t, owner, orgId);
    expect((await send(t, ana, SET, { v: 'PSEUDONYM' })).errors).toBeUndefined();
    anaName = (await t.sql(`SELECT display_name FROM app_user WHERE id = $1`, [ana.id]))[0].display_name;
    const own = await propose(t, ana, challengeId, { title: 'Her own idea' });
    pseudonym = (await send(t, cara, AUTHOR, { id: own })).data.idea!.author;
    expect(pseudonym.displayName).toMatch(PSEUDONYM);
  });
  afterAll(() => t.close());

  const data = async <TData, TVars extends Record<string, unknown>>(query: TypedDocumentNode<TData, TVars>, variables: TVars, token?: As) => {
    const res = await request(t, token, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('co-author lists: outsiders see her pseudonym; her fellow authors, the team and she herself her name', async () => {
    const ideaId = await propose(t, ben, challengeId, { title: 'Shared seats' });
    await data(INVITE, { i: ideaId, u: ana.id }, ben.token);
    await data(RESPOND, { i: ideaId }, ana.token);
    const anaIn = async (token?: string) => (await data(AUTHORS, { id: ideaId }, token)).idea!.authors.find((a: { role: string }) => a.role === 'CO_AUTHOR')!.user;
    for (const outsider of [cara.token, undefined]) {
      expect(await anaIn(outsider)).toEqual(pseudonym);
      expect(JSON.stringify(await data(AUTHORS, { id: ideaId }, outsider))).not.toContain(anaName);
    }
    for (const entitled of [ben.token, owner.token, ana.token]) expect(await anaIn(entitled)).toEqual({ id: ana.id, displayName: anaName });
  });

  it('a notification’s actor, over GraphQL and pushed on the socket: her pseudonym to an outsider', async () => {
    const ideaId = await propose(t, cara, challengeId, { title: 'Cara’s idea' });
    const caraSocket = t.socket(cara.token);
    await connected(caraSocket);
    const pushed = record(caraSocket);
    const parent = (await comment(t, cara, ideaId, 'What about colours?')).data.addComment.id;
    expect((await comment(t, ana, ideaId, 'Green, surely', parent)).errors).toBeUndefined();
    await t.app.get(NotificationsConsumer).consumeNow();
    const [push] = (await until(pushed, (events) => events.some((e) => e.type === 'notification' && e.data.kind === 'COMMENT_REPLY'))).filter((e) => e.type === 'notification');
    expect(push.data.actor).toEqual(pseudonym);
    expect(JSON.stringify(pushed)).not.toContain(anaName);
    const inbox = (await data(INBOX, {}, cara.token)).notifications.edges.map((e: { node: unknown }) => e.node);
    expect(inbox).toContainEqual({ kind: 'COMMENT_REPLY', actor: pseudonym });
    expect(JSON.stringify(inbox)).not.toContain(anaName);
    caraSocket.close();
  });

  it('a challenge room’s events carry her pseudonym, never her name, to every reader', async () => {
    const watcher = t.socket();
    await connected(watcher);
    expect(await join(watcher, { challengeId })).toMatchObject({ ok: true });
    const seen = record(watcher);
    const ideaId = await propose(t, ana, challengeId, { title: 'Seen live' });
    expect((await comment(t, ana, ideaId, 'And a live comment')).errors).toBeUndefined();
    await until(seen, (events) => events.some((e) => e.type === 'comment.created' && e.data.ideaId === ideaId));
    const created = seen.find((e) => e.type === 'idea.created' && e.data.ideaId === ideaId)!;
    expect(created.data.author).toEqual(pseudonym);
    expect(seen.find((e) => e.type === 'comment.created')!.data.author).toEqual(pseudonym);
    expect(JSON.stringify(seen)).not.toContain(anaName);
    // Catch-up answers what the room was sent.
    const missed = (await data(EVENTS, { c: challengeId })).challengeEvents;
    expect(missed.find((e: { type: string; data: { ideaId?: unknown } }) => e.type === 'idea.created' && e.data.ideaId === ideaId)!.data.author).toEqual(pseudonym);
    expect(JSON.stringify(missed)).not.toContain(anaName);
    watcher.close();
  });

  it('the ownership statement, its export and the ledger: her pseudonym to outsiders, her name to the team and to her', async () => {
    await t.sealLedger();
    // Her party is her author pseudonym of the challenge (libs/ledger README, *Privacy*), never her account.
    const [{ pseudonym: party }] = await t.sql(`SELECT pseudonym FROM author_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [challengeId, ana.id]);
    const row = async (token?: string) => (await data(STATEMENT, { c: challengeId }, token)).ownershipStatement.edges.find((e: { node: { party: string } }) => e.node.party === party)!.node;
    for (const outsider of [cara.token, undefined]) expect((await row(outsider)).participant).toEqual(pseudonym);
    for (const entitled of [owner.token, ana.token]) expect((await row(entitled)).participant).toEqual({ id: ana.id, displayName: anaName });

    const csv = async (token: string) => (await data(STATEMENT_CSV, { c: challengeId }, token)).ownershipStatementExport.content;
    const outsiderCsv = await csv(cara.token);
    expect(outsiderCsv).not.toContain(anaName);
    expect(outsiderCsv).toContain(pseudonym.displayName);
    expect(await csv(owner.token)).toContain(anaName);

    const ledger = await data(LEDGER, { c: challengeId }, cara.token);
    const hers = ledger.contributionLedger.edges.map((e) => e.node).filter((n) => n.party === party);
    expect(hers.length).toBeGreaterThan(0);
    for (const entry of hers) expect(entry.participant).toEqual(pseudonym);
    expect(JSON.stringify(ledger)).not.toContain(anaName);
    expect(JSON.stringify(ledger)).not.toContain(ana.id);
  });
});
