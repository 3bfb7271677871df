import { Client } from 'pg';
import { io } from 'socket.io-client';
import { OutboxRelay, RealtimeGateway } from '@pollen/realtime';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, comment, propose, setPhase, vote } from '../support/co-creation';
import { ReceivedEvent, connected, join, record, until } from '../support/sockets';
import { graphql } from '../gql';
import { AnswerOf, send } from '../support/graphql';

describe('realtime: socket.io fed by the outbox', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, ana, ben, orgId } = await cast(t));
  });
  afterAll(() => t.close());

  it('refuses a bad token with a clear connect_error, and lets anonymous clients follow public challenges', async () => {
    // WebSocket clients are served by the wire server, long-polling ones by socket.io: the same refusal.
    for (const transports of [['websocket'], ['polling']]) {
      const bad = io(t.url, { auth: { token: 'not-a-token' }, transports, forceNew: true, reconnection: false });
      const error = await connected(bad).then(
        () => null,
        (e: Error & { data?: { code: string } }) => e,
      );
      bad.close();
      expect([error?.message, error?.data]).toEqual(['Access token is invalid', { code: 'UNAUTHENTICATED' }]);
    }

    const publicChallenge = await challenge(t, owner, orgId, 'IDEATION');
    const draft = await challenge(t, owner, orgId, 'DRAFT');
    const anonymous = t.socket();
    await connected(anonymous);
    // A challenge room's join says where its stream stood as of the join (catch-up starts from what the page read, up to it).
    expect(await join(anonymous, { challengeId: publicChallenge })).toEqual({ ok: true, room: `challenge:${publicChallenge}`, sequence: expect.any(Number) });
    expect((await join(anonymous, { challengeId: draft })).error.code).toBe('NOT_FOUND');
    expect((await join(anonymous, { challengeId: 'nope' })).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await join(anonymous, {})).error.code).toBe('BAD_USER_INPUT');
    const team = t.socket(owner.token);
    await connected(team);
    expect((await join(team, { challengeId: draft })).ok).toBe(true);
    expect(await join(team, { challengeId: draft }, 'leave')).toEqual({ ok: true, room: `challenge:${draft}` });
  });

  it('delivers every event type of a challenge, in sequence, with what a view needs', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const follower = t.socket(ben.token);
    await connected(follower);
    const received = record(follower);
    await join(follower, { challengeId });

    const ideaId = await propose(t, ana, challengeId, { title: 'Live idea', tags: ['live'] });
    await send(t, ana, graphql(`mutation RealtimeReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }`), { i: { ideaId, body: 'Revised body' } });
    const commentId = (await comment(t, ben, ideaId, 'Nice')).data.addComment.id;
    await send(t, ben, graphql(`mutation RealtimeEditComment($i: EditCommentInput!) { editComment(input: $i) { id } }`), { i: { commentId, body: 'Very nice' } });
    await send(t, ben, graphql(`mutation RealtimeDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }`), { id: commentId });
    await vote(t, owner, ideaId, 'UP');
    await setPhase(t, owner, challengeId, 'VOTING');

    const types = ['idea.created', 'idea.revised', 'comment.created', 'comment.edited', 'comment.deleted', 'idea.voted', 'challenge.phaseChanged'];
    // (Events committed just before the join may arrive too, e.g. the move to IDEATION.)
    await until(received, (events) => types.every((type) => events.some((e) => e.type === type)) && events.some((e) => e.data.to === 'VOTING'));
    const byType = (type: string) => received.find((e) => e.type === type)!;
    expect(byType('idea.created').data).toMatchObject({ ideaId, title: 'Live idea', tags: ['live'], author: { id: ana.id } });
    expect(byType('idea.revised').data).toMatchObject({ ideaId, revision: 2, body: 'Revised body' });
    expect(byType('comment.created').data).toMatchObject({ commentId, ideaId, body: 'Nice', author: { id: ben.id } });
    expect(byType('comment.deleted').data).toEqual({ commentId, ideaId });
    expect(byType('idea.voted').data).toEqual({ ideaId, score: 1, upvotes: 1, downvotes: 0 });
    expect(received.filter((e) => e.type === 'challenge.phaseChanged').pop()!.data).toMatchObject({ challengeId, from: 'IDEATION', to: 'VOTING' });
    for (const event of received) {
      expect(event).toMatchObject({ challengeId, id: expect.any(String), sequence: expect.any(Number) });
      expect(JSON.stringify(event)).not.toMatch(/@example\.test|actorId|viewerVote/);
    }
    const sequences = received.filter((e) => e.type !== 'idea.voted').map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
  });

  it('holds events back while an older transaction is still writing, then publishes them in commit-safe order', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const follower = t.socket(ben.token);
    await connected(follower);
    const received = record(follower);
    await join(follower, { challengeId });
    // A transaction that began writing before the ideas below and is still open: anything it may
    // yet record would come before them, so the relay gives them no sequence until it ends.
    const open = new Client({ connectionString: t.databaseUrl });
    await open.connect();
    await open.query('BEGIN');
    await open.query('SELECT pg_current_xact_id()');
    const ideas = [await propose(t, ana, challengeId, { title: 'Behind an open transaction' }), await propose(t, ana, challengeId, { title: 'Also behind it' })];
    await t.app.get(OutboxRelay).wake();
    const held = await t.sql(`SELECT count(*)::int AS n FROM domain_event WHERE challenge_id = $1 AND type = 'idea.created' AND sequence IS NULL`, [challengeId]);
    expect(held[0].n).toBe(2);
    await open.query('COMMIT');
    await open.end();
    await until(received, (events) => ideas.every((id) => events.some((e) => e.type === 'idea.created' && e.data.ideaId === id)));
    const created = received.filter((e) => e.type === 'idea.created');
    expect(created.map((e) => e.data.ideaId)).toEqual(ideas);
    expect(created[1].sequence).toBe(created[0].sequence + 1);
  });

  it('delivers to clients on HTTP long-polling too, and to one upgrading to WebSocket, in order', async () => {
    // Broadcasts are written straight to WebSockets; these clients take engine.io's own path.
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const polling = io(t.url, { transports: ['polling'], forceNew: true, reconnection: false });
    const upgrading = io(t.url, { transports: ['polling', 'websocket'], forceNew: true, reconnection: false });
    try {
      await Promise.all([connected(polling), connected(upgrading)]);
      const received = [record(polling), record(upgrading)];
      await join(polling, { challengeId });
      await join(upgrading, { challengeId });
      const ideas = [];
      for (let i = 0; i < 5; i++) ideas.push(await propose(t, ana, challengeId, { title: `Polled idea ${i}` }));
      for (const events of received) {
        await until(events, (all) => all.filter((e) => e.type === 'idea.created').length === 5);
        expect(events.filter((e) => e.type === 'idea.created').map((e) => e.data.ideaId)).toEqual(ideas);
      }
    } finally {
      polling.close();
      upgrading.close();
    }
  });

  it('sends broadcasts that pile up together: each socket gets those it follows, once and in order, WebSocket or polling', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const [ideaA, ideaB] = [await propose(t, ana, challengeId, { title: 'Grouped A' }), await propose(t, ana, challengeId, { title: 'Grouped B' })];
    const everything = t.socket();
    const onlyA = t.socket();
    const polling = io(t.url, { transports: ['polling'], forceNew: true, reconnection: false });
    try {
      await Promise.all([connected(everything), connected(onlyA), connected(polling)]);
      const [all, a, polled] = [record(everything), record(onlyA), record(polling)];
      await join(everything, { challengeId });
      await join(onlyA, { ideaId: ideaA });
      await join(polling, { challengeId });
      // Emitted in one go, they wait for the next turn together (more than one group's worth).
      const gateway = t.app.get(RealtimeGateway);
      const sent = Array.from({ length: 40 }, (_, i) => ({
        id: `grouped-${i}`, type: 'comment.created', challengeId, sequence: 100_000 + i, occurredAt: new Date().toISOString(),
        data: { ideaId: i % 2 ? ideaB : ideaA, n: i },
      }));
      for (const event of sent) gateway.emit([`challenge:${challengeId}`, `idea:${event.data.ideaId}`], event);
      const mine = (events: ReceivedEvent[]) => events.filter((e) => e.id.startsWith('grouped-')).map((e) => e.data.n);
      await until(all, (events) => mine(events).length === 40);
      await until(a, (events) => mine(events).length === 20);
      await until(polled, (events) => mine(events).length === 40);
      expect(mine(all)).toEqual(sent.map((e) => e.data.n));
      expect(mine(polled)).toEqual(sent.map((e) => e.data.n));
      expect(mine(a)).toEqual(sent.filter((e) => e.data.ideaId === ideaA).map((e) => e.data.n));
    } finally {
      polling.close();
    }
  });

  it('coalesces the votes of a hot idea into a few tallies, ending with the exact one', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, challengeId, { title: 'Hot idea' });
    const follower = t.socket();
    await connected(follower);
    const received = record(follower);
    await join(follower, { ideaId });
    const voters = await Promise.all(Array.from({ length: 30 }, () => t.register()));
    await Promise.all(voters.map((v, i) => vote(t, { token: v.accessToken, id: v.user.id, email: v.email }, ideaId, i % 3 ? 'UP' : 'DOWN')));
    const tallies = await until(received, (events) => events.some((e) => e.data.upvotes === 20 && e.data.downvotes === 10));
    const voted = tallies.filter((e) => e.type === 'idea.voted');
    expect(voted.length).toBeLessThan(30);
    for (let i = 1; i < voted.length; i++) {
      expect(voted[i].data.upvotes + voted[i].data.downvotes).toBeGreaterThanOrEqual(voted[i - 1].data.upvotes + voted[i - 1].data.downvotes);
    }
    expect(voted[voted.length - 1].data).toEqual({ ideaId, score: 10, upvotes: 20, downvotes: 10 });
  });

  it('lets a client that was away catch up from its last sequence, in order and without duplicates', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const first = t.socket(ben.token);
    await connected(first);
    const before = record(first);
    await join(first, { challengeId });
    await propose(t, ana, challengeId, { title: 'Seen live' });
    await until(before, (events) => events.some((e) => e.type === 'idea.created'));
    const last = before[before.length - 1].sequence;
    first.close();

    const missed = [await propose(t, ana, challengeId, { title: 'Missed one' }), await propose(t, ana, challengeId, { title: 'Missed two' })];
    await setPhase(t, owner, challengeId, 'VOTING');
    const query = graphql(`query RealtimeChallengeEvents($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after) { id type sequence data } }`);
    let caughtUp: AnswerOf<typeof query>['data']['challengeEvents'] = [];
    const deadline = Date.now() + 5_000;
    while (caughtUp.length < 3 && Date.now() < deadline) {
      caughtUp = (await send(t, ben, query, { c: challengeId, after: last })).data.challengeEvents;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(caughtUp.map((e) => e.type)).toEqual(['idea.created', 'idea.created', 'challenge.phaseChanged']);
    expect(caughtUp.map((e) => e.data.ideaId ?? null)).toEqual([...missed, null]);
    expect(caughtUp.map((e) => e.sequence)).toEqual([last + 1, last + 2, last + 3]);
    // Where a page's reads and a join stand: the challenge (read with its row), its feed (read before its
    // ideas) and the room's join all say the last sequence given, so a client knows what it has not seen.
    const stands = graphql(`query RealtimeEventSequence($c: ID!) { challenge(id: $c) { eventSequence } ideas(challengeId: $c, first: 1) { eventSequence } }`);
    expect((await send(t, ben, stands, { c: challengeId })).data).toEqual({ challenge: { eventSequence: last + 3 }, ideas: { eventSequence: last + 3 } });
    // An idea's first page of comments says it too, read with its comments (an idea without any
    // still says it), for one idea and for a page of ideas alike (one query for the page).
    const thread = graphql(
      `query RealtimeThreadSequence($i: ID!, $c: ID!) { idea(id: $i) { comments(first: 5) { eventSequence } } ideas(challengeId: $c, first: 3) { edges { node { comments(first: 2) { eventSequence } } } } }`,
    );
    const threads = (await send(t, ben, thread, { i: missed[0], c: challengeId })).data;
    expect(threads.idea?.comments.eventSequence).toBe(last + 3);
    expect(threads.ideas.edges.map((edge) => edge.node.comments.eventSequence)).toEqual([last + 3, last + 3, last + 3]);
    const again = t.socket(ben.token);
    await connected(again);
    expect((await join(again, { challengeId })).sequence).toBe(last + 3);
    again.close();
    const hidden = await send(t, ben, query, { c: await challenge(t, owner, orgId, 'DRAFT'), after: 0 });
    expect(hidden.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('notifies people personally, without joining anything: replies and ideas built on theirs', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const anaSocket = t.socket(ana.token);
    await connected(anaSocket);
    const received = record(anaSocket);
    const anaIdea = await propose(t, ana, challengeId, { title: 'Original idea' });
    const anaComment = (await comment(t, ana, anaIdea, 'My own note')).data.addComment.id;
    await comment(t, ana, anaIdea, 'Replying to myself', anaComment);
    await comment(t, ben, anaIdea, 'A reply from Ben', anaComment);
    const derived = await propose(t, ben, challengeId, { title: 'Building on it', buildsOn: [anaIdea] });
    const notes = await until(received, (events) => events.filter((e) => e.type === 'notification').length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const notifications = notes.filter((e) => e.type === 'notification');
    // What arrives is the stored notification (libs/notifications), with its id.
    expect(notifications.map((e) => e.data.kind)).toEqual(['COMMENT_REPLY', 'IDEA_BUILT_UPON']);
    expect(notifications[0].data).toMatchObject({ parentCommentId: anaComment, ideaId: anaIdea, actor: { id: ben.id }, read: false });
    expect(notifications[1].data).toMatchObject({ ideaId: derived, builtUponIdeaId: anaIdea, actor: { id: ben.id }, unreadCount: 2 });
    const stored = await t.sql(`SELECT id FROM notification WHERE recipient_id = $1 ORDER BY created_at, id`, [ana.id]);
    expect(notifications.map((e) => e.id).sort()).toEqual(stored.map((row: any) => row.id).sort());
    expect(notes.filter((e) => e.type !== 'notification')).toEqual([]);
  });
});
