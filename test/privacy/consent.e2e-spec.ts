import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NotificationsConsumer } from '@pollen/notifications';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, joinTeam, person, propose } from '../support/co-creation';
import { As, request, send } from '../support/graphql';

const IDEA = graphql(`query ConsentIdea($id: ID!) { idea(id: $id) { id author { id displayName } comments(first: 10) { edges { node { id author { id displayName } } } } } }`);
const PROFILE = graphql(`query ConsentParticipant($id: ID!) { participant(id: $id) { id displayName } }`);
const SET = graphql(`mutation ConsentSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility version updatedAt } }`);
const FEED = graphql(`query ConsentFeed($c: ID!, $o: IdeaOrder) { ideas(challengeId: $c, orderBy: $o, first: 100) { edges { node { id author { id displayName } } } } }`);
const FEED_IDS = graphql(`query ConsentFeedIds($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }`);
const HISTORY = graphql(`query ConsentHistory { consentHistory(first: 10) { edges { node { subject choice version recordedAt } } } }`);
const SETTINGS = graphql(`query ConsentPrivacySettings { privacySettings { partnerVisibility version } }`);
const PREFERENCE = graphql(`mutation ConsentSetNotificationPreference($k: NotificationKind!, $e: Boolean!) { setNotificationPreference(kind: $k, enabled: $e) { kind enabled } }`);
const EXPORT = graphql(`mutation ConsentRequestDataExport { requestDataExport { id } }`);
const WHO_LOOKED = graphql(`query ConsentWhoLooked($days: Int) { whoLooked(days: $days) { day kind count organization { id name } } }`);
const LICENCES = graphql(`query ConsentLicenceAcceptances { licenceAcceptances(first: 10) { edges { node { licence acceptedAt challenge { id title } } } } }`);

describe('privacy: what others see of a participant’s contributions, and what they receive', () => {
  let t: TestApp;
  let owner: Person;
  let moderator: Person;
  let orgId: string;
  let challengeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await person(t);
    moderator = await person(t);
    orgId = await brand(t, owner);
    await joinTeam(t, owner, orgId, moderator, 'MODERATOR');
    challengeId = await challenge(t, owner, orgId);
  });
  afterAll(() => t.close());

  const ok = async <TData, TVars extends Record<string, unknown>>(query: TypedDocumentNode<TData, TVars>, variables: TVars, token?: As) => {
    const res = await request(t, token, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const authorOf = async (ideaId: string, token?: string) => (await ok(IDEA, { id: ideaId }, token)).idea;
  const nameOf = async (userId: string) => (await t.sql(`SELECT display_name FROM app_user WHERE id = $1`, [userId]))[0].display_name;

  it('shows a participant under a stable pseudonym outside the brand team, and hides their profile', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const first = await propose(t, ana, challengeId, { title: 'Solar roof' });
    const second = await propose(t, ana, challengeId, { title: 'Bamboo dashboard' });
    await comment(t, ana, first, 'My own note');
    const settings = (await ok(SET, { v: 'PSEUDONYM' }, ana.token)).setPartnerVisibility;
    expect(settings).toEqual({ partnerVisibility: 'PSEUDONYM', version: 1, updatedAt: expect.any(String) });
    const anaName = await nameOf(ana.id);

    for (const viewer of [ben.token, undefined]) {
      const one = await authorOf(first, viewer);
      const two = await authorOf(second, viewer);
      expect(one.author.displayName).toMatch(/^Participant [0-9a-f]{8}$/);
      expect(one.author.id).not.toBe(ana.id);
      expect(two.author).toEqual(one.author);
      expect(one.comments.edges[0].node.author).toEqual(one.author);
      expect(JSON.stringify(one)).not.toContain(anaName);
      expect((await send(t, viewer, PROFILE, { id: ana.id })).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    // Feeds are shared between readers, and still show each reader what they may see.
    for (const orderBy of ['NEW', 'TOP', 'HOT'] as const) {
      for (const [viewer, named] of [[ben.token, false], [undefined, false], [owner.token, true], [ana.token, true]] as const) {
        const feed = (await ok(FEED, { c: challengeId, o: orderBy }, viewer)).ideas.edges.map((e: { node: { id: string; author: { id: string; displayName: string } } }) => e.node);
        const mine = feed.find((node: { id: string }) => node.id === first)!;
        expect(mine.author).toEqual(named ? { id: ana.id, displayName: anaName } : (await authorOf(first, ben.token)).author);
      }
    }
    // The author and the brand team (who moderate and decide) see the name.
    for (const viewer of [ana.token, owner.token, moderator.token]) {
      expect((await authorOf(first, viewer)).author).toEqual({ id: ana.id, displayName: anaName });
      expect((await ok(PROFILE, { id: ana.id }, viewer)).participant.displayName).toBe(anaName);
    }
    // A brand team elsewhere is a stranger here.
    const other = await person(t);
    await brand(t, other);
    expect((await authorOf(first, other.token)).author.displayName).toMatch(/^Participant /);
    expect((await send(t, other, PROFILE, { id: ana.id })).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('shows "A participant" with nothing linking two contributions when only aggregates are allowed; NAMED restores the name', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const first = await propose(t, ana, challengeId, { title: 'Roof rack' });
    const second = await propose(t, ana, challengeId, { title: 'Fold-out table' });
    await ok(SET, { v: 'AGGREGATE' }, ana.token);
    const one = (await authorOf(first, ben.token)).author;
    const two = (await authorOf(second, ben.token)).author;
    expect(one.displayName).toBe('A participant');
    expect(two.displayName).toBe('A participant');
    expect(one.id).not.toBe(two.id);
    expect([one.id, two.id]).not.toContain(ana.id);
    // Counts are aggregates: unchanged.
    const feed = await ok(FEED_IDS, { c: challengeId }, ben.token);
    expect(feed.ideas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining([first, second]));

    await ok(SET, { v: 'NAMED' }, ana.token);
    expect((await authorOf(first, ben.token)).author).toEqual({ id: ana.id, displayName: await nameOf(ana.id) });
    const history = (await ok(HISTORY, {}, ana.token)).consentHistory.edges.map(
      (e: { node: { subject: string; choice: string; version: number } }) => [e.node.subject, e.node.choice, e.node.version],
    );
    expect(history).toEqual([
      ['PARTNER_VISIBILITY', 'NAMED', 1],
      ['PARTNER_VISIBILITY', 'AGGREGATE', 1],
    ]);
  });

  it('refuses a bad choice naming it, and changes nothing', async () => {
    const ana = await person(t);
    // A raw string: the kind is not one of the schema's values, which a typed document refuses to send.
    const bad = await t.gql(`mutation { setNotificationPreference(kind: NOT_A_KIND, enabled: false) { kind } }`, {}, ana.token);
    expect(bad.errors[0].message).toContain('NOT_A_KIND');
    const anonymous = await send(t, undefined, SET, { v: 'PSEUDONYM' });
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT count(*)::int AS n FROM consent_record WHERE user_id = $1`, [ana.id])).toEqual([{ n: 0 }]);
    expect((await ok(SETTINGS, {}, ana.token)).privacySettings).toEqual({ partnerVisibility: 'NAMED', version: null });
  });

  it('does not store a notification of a kind its recipient turned off, and stores it again once turned on', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const ideaId = await propose(t, ana, challengeId, { title: 'Heated seats' });
    const mine = (await comment(t, ana, ideaId, 'A note')).data.addComment.id;
    const prefs = (await ok(PREFERENCE, { k: 'COMMENT_REPLY', e: false }, ana.token)).setNotificationPreference;
    expect(prefs).toContainEqual({ kind: 'COMMENT_REPLY', enabled: false });
    expect(prefs).toContainEqual({ kind: 'IDEA_BUILT_UPON', enabled: true });
    await comment(t, ben, ideaId, 'A reply Ana does not want to hear of', mine);
    await t.app.get(NotificationsConsumer).consumeNow();
    const kinds = async () => (await t.sql(`SELECT kind FROM notification WHERE recipient_id = $1`, [ana.id])).map((row) => row.kind);
    expect(await kinds()).toEqual([]);
    await ok(PREFERENCE, { k: 'COMMENT_REPLY', e: true }, ana.token);
    await comment(t, ben, ideaId, 'A second reply', mine);
    await t.app.get(NotificationsConsumer).consumeNow();
    expect(await kinds()).toEqual(['COMMENT_REPLY']);
    const records = await t.sql(`SELECT subject, choice, version FROM consent_record WHERE user_id = $1 ORDER BY recorded_at`, [ana.id]);
    expect(records).toEqual([
      { subject: 'NOTIFICATION:COMMENT_REPLY', choice: 'OFF', version: 1 },
      { subject: 'NOTIFICATION:COMMENT_REPLY', choice: 'ON', version: 1 },
    ]);
  });

  it('counts brand-team reads of a profile per organisation and day, never who; lists the licences accepted', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    await propose(t, ana, challengeId, { title: 'Wooden steering wheel' });
    await ok(PROFILE, { id: ana.id }, owner.token);
    await ok(PROFILE, { id: ana.id }, moderator.token);
    await ok(PROFILE, { id: ana.id }, ben.token);
    await ok(PROFILE, { id: ana.id });
    await ok(EXPORT, {}, ana.token);
    const looked = (await ok(WHO_LOOKED, {}, ana.token)).whoLooked;
    const today = new Date().toISOString().slice(0, 10);
    expect(looked).toEqual([
      { day: today, kind: 'EXPORT', count: 1, organization: null },
      { day: today, kind: 'PROFILE_VIEW', count: 2, organization: { id: orgId, name: 'Brand' } },
    ]);
    expect(await t.sql(`SELECT * FROM profile_view_day WHERE participant_id = $1`, [ben.id])).toEqual([]);
    expect((await ok(WHO_LOOKED, {}, ben.token)).whoLooked).toEqual([]);
    expect((await send(t, ana, WHO_LOOKED, { days: 365 })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });

    const licences = (await ok(LICENCES, {}, ana.token)).licenceAcceptances;
    expect(licences.edges).toEqual([{ node: { licence: 'CC-BY-SA-4.0', acceptedAt: expect.any(String), challenge: { id: challengeId, title: 'City car 2030' } } }]);
  });
});
