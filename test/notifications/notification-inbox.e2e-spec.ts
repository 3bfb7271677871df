import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { NOTIFICATIONS_PER_USER_MAX, NotificationRetentionJob, NotificationsConsumer } from '@pollen/notifications';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, setPhase } from '../support/co-creation';
import { connected, record, until } from '../support/sockets';
import { graphql } from '../gql';
import type { NotificationInboxQueryVariables, NotificationMarkReadMutationVariables } from '../gql/graphql';
import { request, send } from '../support/graphql';

const INBOX = graphql(`query NotificationInbox($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node {
      id kind read readAt createdAt parentCommentId builtUponIdeaId decisionFrom decisionTo decisionReason accepted
      actor { id displayName } challenge { id } idea { id title } comment { id body }
    } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`);
const MARK = graphql(`mutation NotificationMarkRead($ids: [ID!], $upTo: ID) { markNotificationsRead(ids: $ids, upTo: $upTo) { marked unreadCount } }`);
const UNREAD = graphql(`query NotificationUnreadCount { unreadNotificationCount }`);

describe('notifications: the stored inbox', () => {
  let t: TestApp;
  let owner: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await person(t);
    orgId = await brand(t, owner);
  });
  afterAll(() => t.close());

  /** The consumer runs off the request path; this waits until it has handled everything committed. */
  const consumed = () => t.app.get(NotificationsConsumer).consumeNow();

  const inbox = async (who: Person, variables: NotificationInboxQueryVariables = {}) => {
    await consumed();
    const res = await send(t, who, INBOX, variables);
    expect(res.errors).toBeUndefined();
    return { nodes: res.data.notifications.edges.map((e: any) => e.node), page: res.data.notifications.pageInfo, unread: res.data.unreadNotificationCount };
  };

  const gqlOk = async <TData, TVars extends Record<string, unknown>>(query: TypedDocumentNode<TData, TVars>, variables: TVars, who: Person) => {
    const res = await request(t, who, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  it('stores a reply for the author of the comment replied to, never for whoever replies to themself', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId, { title: 'Solar roof' });
    const mine = (await comment(t, ana, ideaId, 'My note')).data.addComment.id;
    await comment(t, ana, ideaId, 'Adding to my own note', mine);
    const reply = (await comment(t, ben, ideaId, 'A reply from Ben', mine)).data.addComment.id;
    const { nodes, unread } = await inbox(ana);
    expect(nodes).toEqual([
      {
        id: expect.any(String),
        kind: 'COMMENT_REPLY',
        read: false,
        readAt: null,
        createdAt: expect.any(String),
        parentCommentId: mine,
        builtUponIdeaId: null,
        decisionFrom: null,
        decisionTo: null,
        decisionReason: null,
        accepted: null,
        actor: { id: ben.id, displayName: expect.any(String) },
        challenge: { id: challengeId },
        idea: { id: ideaId, title: 'Solar roof' },
        comment: { id: reply, body: 'A reply from Ben' },
      },
    ]);
    expect(unread).toBe(1);
    expect((await inbox(ben)).nodes).toEqual([]);
  });

  it('shows a reply waiting for approval to nobody but its author, through the inbox as everywhere', async () => {
    // A brand of its own: the other cases read this file's owner's inbox.
    const [lead, ana] = [await person(t), await person(t)];
    const challengeId = await challenge(t, lead, await brand(t, lead));
    await gqlOk(graphql(`mutation NotificationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }`), { i: { challengeId, premoderateComments: true } }, lead);
    const ideaId = await propose(t, ana, challengeId, { title: 'Heated seats' });
    const note = (await comment(t, lead, ideaId, 'From the brand')).data.addComment.id;
    const reply = (await comment(t, ana, ideaId, 'Waiting for approval', note)).data.addComment.id;
    const [waiting] = (await inbox(lead)).nodes;
    expect(waiting).toMatchObject({ kind: 'COMMENT_REPLY', idea: { id: ideaId } });
    // The brand's owner is on the team, but an inbox is not the moderation queue: the pending reply is not shown there.
    expect(waiting.comment).toBeNull();
    const own = await send(t, ana, graphql(`query NotificationInboxIdea($id: ID!) { idea(id: $id) { comments { edges { node { id replies { edges { node { id moderationState } } } } } } } }`), { id: ideaId });
    expect(JSON.stringify(own.data)).toContain(reply);
  });

  it('tells every author of an idea when it is built upon, and when the brand decides on it', async () => {
    const [ana, cara, ben] = [await person(t), await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId, { title: 'Seats on rails' });
    await gqlOk(graphql(`mutation NotificationInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: ideaId, u: cara.id }, ana);
    await gqlOk(graphql(`mutation NotificationAcceptCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`), { i: ideaId }, cara);
    const derived = await propose(t, ben, challengeId, { title: 'Seats on rails, folding', buildsOn: [ideaId] });
    // Cara builds on her own idea: Ana hears of it, Cara does not.
    const own = await propose(t, cara, challengeId, { title: 'Rails for the boot too', buildsOn: [ideaId] });
    await setPhase(t, owner, challengeId, 'REVIEW');
    await gqlOk(graphql(`mutation NotificationDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }`), { i: { ideaId, status: 'SHORTLISTED', reason: 'Promising' } }, owner);

    const anas = (await inbox(ana)).nodes;
    expect(anas.map((n: any) => [n.kind, n.idea.id, n.actor?.id ?? null])).toEqual([
      // The brand decided: which of its staff is not named.
      ['IDEA_DECIDED', ideaId, null],
      ['IDEA_BUILT_UPON', own, cara.id],
      ['IDEA_BUILT_UPON', derived, ben.id],
      ['CO_AUTHOR_ANSWERED', ideaId, cara.id],
    ]);
    expect(anas[0]).toMatchObject({ decisionFrom: 'OPEN', decisionTo: 'SHORTLISTED', decisionReason: 'Promising' });
    expect(anas[1].builtUponIdeaId).toBe(ideaId);
    expect(anas[3].accepted).toBe(true);
    const caras = (await inbox(cara)).nodes;
    expect(caras.map((n: any) => [n.kind, n.idea.id])).toEqual([
      ['IDEA_DECIDED', ideaId],
      ['IDEA_BUILT_UPON', derived],
      ['CO_AUTHOR_INVITED', ideaId],
    ]);
    expect((await inbox(owner)).nodes).toEqual([]);
  });

  it('tells the proposer when an invitee declines, and keeps co-author events out of the public stream', async () => {
    const [ana, dan] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId);
    await gqlOk(graphql(`mutation NotificationInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: ideaId, u: dan.id }, ana);
    await gqlOk(graphql(`mutation NotificationDeclineCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: false) { id } }`), { i: ideaId }, dan);
    const [answer] = (await inbox(ana)).nodes;
    expect(answer).toMatchObject({ kind: 'CO_AUTHOR_ANSWERED', accepted: false, actor: { id: dan.id } });
    const events = await send(t, undefined, graphql(`query NotificationInboxChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type } }`), { c: challengeId });
    expect(events.data.challengeEvents.map((e: any) => e.type)).not.toContain('idea.coAuthorInvited');
    const stored = await t.sql(`SELECT type FROM domain_event WHERE aggregate_id = $1 AND type LIKE 'idea.coAuthor%' ORDER BY position`, [ideaId]);
    expect(stored.map((row: any) => row.type)).toEqual(['idea.coAuthorInvited', 'idea.coAuthorAnswered']);
  });

  describe('reading and marking', () => {
    let ana: Person;
    let ben: Person;
    let ids: string[];

    beforeAll(async () => {
      [ana, ben] = [await person(t), await person(t)];
      const challengeId = await challenge(t, owner, orgId);
      const ideaId = await propose(t, ana, challengeId);
      const mine = (await comment(t, ana, ideaId, 'Root')).data.addComment.id;
      for (let i = 0; i < 5; i++) expect((await comment(t, ben, ideaId, `Reply ${i}`, mine)).errors).toBeUndefined();
      ids = (await inbox(ana)).nodes.map((n: any) => n.id);
    });

    it('pages newest first with cursors bound to their list, and refuses forged ones', async () => {
      expect(ids).toHaveLength(5);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const { nodes, page } = await inbox(ana, { first: 2, after });
        seen.push(...nodes.map((n: any) => n.id));
        if (!page.hasNextPage) break;
        after = page.endCursor;
      }
      expect(seen).toEqual(ids);
      const unreadPage = await send(t, ana, INBOX, { first: 1, unreadOnly: true });
      const crossed = await send(t, ana, INBOX, { after: unreadPage.data.notifications.pageInfo.endCursor });
      expect(crossed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const forged = await send(t, ana, INBOX, { after: Buffer.from('["notifications","x","y"]').toString('base64url') });
      expect(forged.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect((await send(t, ana, INBOX, { first: 0 })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('is only ever the viewer’s own: anonymous requests are refused', async () => {
      for (const res of [await send(t, undefined, INBOX), await send(t, undefined, UNREAD), await send(t, undefined, MARK, { ids })]) {
        expect(res.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expect((await inbox(ben)).nodes).toEqual([]);
    });

    it('refuses someone else’s ids, malformed and oversized requests, and changes nothing', async () => {
      const outbox = async () => (await t.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'notifications.read'`))[0].n;
      const before = await outbox();
      const cases: Array<[NotificationMarkReadMutationVariables, string, string]> = [
        [{ ids: [ids[0]] }, 'NOT_FOUND', 'ids'], // Ana's, asked by Ben
        [{ upTo: ids[0] }, 'NOT_FOUND', 'upTo'],
        [{}, 'BAD_USER_INPUT', 'ids'],
        [{ ids: [ids[0]], upTo: ids[0] }, 'BAD_USER_INPUT', 'ids'],
        [{ ids: [] }, 'BAD_USER_INPUT', 'ids'],
        [{ ids: Array.from({ length: 101 }, () => ids[0]) }, 'BAD_USER_INPUT', 'ids'],
        [{ ids: ['not-a-uuid'] }, 'BAD_USER_INPUT', 'ids'],
      ];
      for (const [variables, code, field] of cases) {
        const res = await send(t, ben, MARK, variables);
        expect(res.errors[0].extensions).toMatchObject({ code, field });
      }
      // One of Ana's own beside one of someone else's: nothing is marked.
      const bens = (await t.sql(`SELECT id FROM notification WHERE recipient_id <> $1 LIMIT 1`, [ana.id]))[0].id;
      expect((await send(t, ana, MARK, { ids: [ids[0], bens] })).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await inbox(ana)).unread).toBe(5);
      expect(await outbox()).toBe(before);
    });

    it('marks ids, then everything up to one, idempotently, and counts what is unread', async () => {
      const first = await gqlOk(MARK, { ids: [ids[1], ids[1]] }, ana);
      expect(first.markNotificationsRead).toEqual({ marked: 1, unreadCount: 4 });
      expect((await gqlOk(MARK, { ids: [ids[1]] }, ana)).markNotificationsRead).toEqual({ marked: 0, unreadCount: 4 });
      const unread = await inbox(ana, { unreadOnly: true });
      expect(unread.nodes.map((n: any) => n.id)).toEqual([ids[0], ids[2], ids[3], ids[4]]);
      // Up to the third newest: it and the two older ones (the second newest was read already), not the newest.
      expect((await gqlOk(MARK, { upTo: ids[2] }, ana)).markNotificationsRead).toEqual({ marked: 3, unreadCount: 1 });
      const all = await inbox(ana);
      expect(all.nodes.map((n: any) => n.read)).toEqual([false, true, true, true, true]);
      expect(all.nodes[1].readAt).not.toBeNull();
      expect(all.unread).toBe(1);
    });
  });

  it('pushes what it stores to the recipient’s room, with its id and the unread count, and every tab follows a marking', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId);
    const mine = (await comment(t, ana, ideaId, 'Root')).data.addComment.id;
    const [tab1, tab2, other] = [t.socket(ana.token), t.socket(ana.token), t.socket(ben.token)];
    await Promise.all([connected(tab1), connected(tab2), connected(other)]);
    const [seen1, seen2, seenOther] = [record(tab1), record(tab2), record(other)];
    await comment(t, ben, ideaId, 'First reply', mine);
    await until(seen1, (events) => events.some((e) => e.type === 'notification'));
    await comment(t, ben, ideaId, 'Second reply', mine);
    await until(seen1, (events) => events.filter((e) => e.type === 'notification').length === 2);
    const stored = await t.sql(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`, [ana.id]);
    const pushed = seen1.filter((e) => e.type === 'notification');
    expect(pushed.map((e) => e.id)).toEqual(stored.map((row: any) => row.id));
    expect(pushed.map((e) => e.data.id)).toEqual(stored.map((row: any) => row.id));
    expect(pushed.map((e) => e.data.unreadCount)).toEqual([1, 2]);
    expect(pushed[0]).toMatchObject({ type: 'notification', challengeId, sequence: 0, data: { kind: 'COMMENT_REPLY', read: false, actor: { id: ben.id }, ideaId } });
    expect(JSON.stringify(pushed)).not.toContain('@');
    // The push is the stored row: GraphQL answers the same fields.
    const [latest] = (await inbox(ana)).nodes;
    expect(pushed[1].data).toMatchObject({ id: latest.id, kind: latest.kind, createdAt: latest.createdAt, parentCommentId: latest.parentCommentId });

    await gqlOk(MARK, { upTo: latest.id }, ana);
    for (const seen of [seen1, seen2]) {
      const [read] = (await until(seen, (events) => events.some((e) => e.type === 'notifications.read'))).filter((e) => e.type === 'notifications.read');
      expect(read.data).toMatchObject({ upTo: latest.id, ids: null, marked: 2, unreadCount: 0 });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seenOther).toEqual([]);
  });

  it('notifies exactly once: a consumer replaying the outbox writes and pushes nothing twice', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId);
    await propose(t, ben, challengeId, { buildsOn: [ideaId] });
    await consumed();
    const count = async () => (await t.sql(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1`, [ana.id]))[0].n;
    const pushes = async () => (await t.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'notifications.created' AND aggregate_id = $1`, [ana.id]))[0].n;
    expect([await count(), await pushes()]).toEqual([1, 1]);
    await t.sql(`UPDATE outbox_consumer SET tx_id = '0'::xid8, position = 0 WHERE name = 'notifications'`);
    await consumed();
    expect([await count(), await pushes()]).toEqual([1, 1]);
  });

  it(`keeps at most ${NOTIFICATIONS_PER_USER_MAX} per inbox: read ones go first, then the oldest unread`, async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId);
    const mine = (await comment(t, ana, ideaId, 'Root')).data.addComment.id;
    // An inbox already full: the oldest half read, the rest unread.
    await t.sql(
      `INSERT INTO notification (recipient_id, kind, event_id, challenge_id, idea_id, actor_id, created_at, read_at)
       SELECT $1, 'COMMENT_REPLY', gen_random_uuid(), $2, $3, $4, now() - make_interval(mins => 1000 - g),
              CASE WHEN g <= $5 / 2 THEN now() END
         FROM generate_series(1, $5::int) AS g`,
      [ana.id, challengeId, ideaId, ben.id, NOTIFICATIONS_PER_USER_MAX],
    );
    const oldestRead = (await t.sql(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at LIMIT 1`, [ana.id]))[0].id;
    await comment(t, ben, ideaId, 'One more', mine);
    await consumed();
    const rows = await t.sql(`SELECT id, read_at FROM notification WHERE recipient_id = $1`, [ana.id]);
    expect(rows).toHaveLength(NOTIFICATIONS_PER_USER_MAX);
    expect(rows.map((row: any) => row.id)).not.toContain(oldestRead);
    expect(rows.filter((row: any) => row.read_at === null)).toHaveLength(NOTIFICATIONS_PER_USER_MAX / 2 + 1);

    // All unread: the oldest unread one makes room.
    await t.sql(`UPDATE notification SET read_at = NULL WHERE recipient_id = $1`, [ana.id]);
    const oldestUnread = (await t.sql(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at LIMIT 1`, [ana.id]))[0].id;
    await comment(t, ben, ideaId, 'And another', mine);
    await consumed();
    const after = await t.sql(`SELECT id FROM notification WHERE recipient_id = $1`, [ana.id]);
    expect(after).toHaveLength(NOTIFICATIONS_PER_USER_MAX);
    expect(after.map((row: any) => row.id)).not.toContain(oldestUnread);
    expect((await inbox(ana)).unread).toBe(NOTIFICATIONS_PER_USER_MAX);
  });

  it('forgets notifications past the retention, read or not', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const challengeId = await challenge(t, owner, orgId);
    const ideaId = await propose(t, ana, challengeId);
    await t.sql(
      `INSERT INTO notification (recipient_id, kind, event_id, idea_id, actor_id, created_at, read_at)
       VALUES ($1, 'IDEA_BUILT_UPON', gen_random_uuid(), $2, $3, now() - interval '91 days', NULL),
              ($1, 'IDEA_BUILT_UPON', gen_random_uuid(), $2, $3, now() - interval '91 days', now()),
              ($1, 'IDEA_BUILT_UPON', gen_random_uuid(), $2, $3, now() - interval '89 days', NULL)`,
      [ana.id, ideaId, ben.id],
    );
    expect(await t.app.get(NotificationRetentionJob).purgeNow()).toBeGreaterThanOrEqual(2);
    const left = await t.sql(`SELECT created_at > now() - interval '90 days' AS recent FROM notification WHERE recipient_id = $1`, [ana.id]);
    expect(left).toEqual([{ recent: true }]);
  });

  it('refuses a notification for the person who acted at the database too', async () => {
    const ana = await person(t);
    await expect(
      t.sql(`INSERT INTO notification (recipient_id, kind, event_id, actor_id) VALUES ($1, 'COMMENT_REPLY', gen_random_uuid(), $1)`, [ana.id]),
    ).rejects.toThrow(/notification_not_to_actor/);
    await expect(
      t.sql(`INSERT INTO notification (recipient_id, kind, event_id) VALUES ($1, 'NO_SUCH_KIND', gen_random_uuid())`, [ana.id]),
    ).rejects.toThrow(/foreign key/);
  });

  it('prices the inbox like every list: nested pages are refused before running', async () => {
    const ana = await person(t);
    const res = await send(t, ana, graphql(`query NotificationInboxNotifications { notifications(first: 100) { edges { node { idea { comments(first: 100) { edges { node { id } } } } } } } }`));
    expect(res.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
  });
});
