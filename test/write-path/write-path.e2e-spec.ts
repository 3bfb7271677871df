import { Client } from 'pg';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, comment, eventCount, person, propose, setPhase, vote } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

describe('write path: outbox events, exact tallies under concurrency, bounded queries', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let orgId: string;

  beforeAll(async () => {
    // No relay nor outbox consumers here: their background queries would be counted with the feed's.
    t = await createTestApp({ env: { POLLEN_RELAY: 'false', POLLEN_CONSUMERS: 'false' } });
    ({ owner, ana, orgId } = await cast(t));
  });
  afterAll(() => t.close());

  it('leaves exactly one ordered event per state change and none for a refused or idle one', async () => {
    const events = async () =>
      (await t.sql(`SELECT type FROM domain_event ORDER BY position`)).map((row: { type: string }) => row.type);
    const before = (await events()).length;
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, owner, challengeId);
    await vote(t, ana, ideaId, 'UP');
    await vote(t, ana, ideaId, 'UP'); // same vote again: no change, no event
    await vote(t, ana, ideaId, 'NONE');
    const commentId = (await comment(t, ana, ideaId, 'First!')).data.addComment.id;
    await send(t, ana, graphql(`mutation WritePathDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }`), { id: commentId });
    expect((await events()).slice(before)).toEqual([
      'challenge.created',
      'challenge.phaseChanged',
      'idea.created',
      'idea.voted',
      'idea.voted',
      'comment.created',
      'comment.deleted',
    ]);

    const count = await eventCount(t);
    expect((await vote(t, owner, ideaId, 'UP')).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await comment(t, ana, ideaId, '')).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    await setPhase(t, owner, challengeId, 'CLOSED');
    expect((await comment(t, ana, ideaId, 'Too late')).errors[0].extensions.code).toBe('PHASE_FORBIDDEN');
    expect(await eventCount(t)).toBe(count + 1); // only the phase change
  });

  it('keeps tallies equal to the vote rows while many people vote and change their votes at once', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, owner, challengeId, { title: 'The hot idea' });
    const voters = await Promise.all(Array.from({ length: 24 }, () => person(t)));
    const values = ['UP', 'DOWN', 'NONE', 'UP'] as const;
    let folds = 0;
    const folding = (async () => {
      while (folds >= 0 && folds < 1000) {
        await t.foldCounters();
        folds++;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    await Promise.all(
      voters.map(async (voter, i) => {
        for (let round = 0; round < 6; round++) {
          const res = await vote(t, voter, ideaId, values[(i + round * 3) % values.length]);
          expect(res.errors).toBeUndefined();
        }
      }),
    );
    const stop = folds;
    folds = -1;
    await folding;
    expect(stop).toBeGreaterThan(0);
    const [rows] = await t.sql(
      `SELECT count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down FROM vote WHERE idea_id = $1`,
      [ideaId],
    );
    const shown = await send(t, undefined, graphql(`query WritePathIdea($id: ID!) { idea(id: $id) { upvotes downvotes score } }`), { id: ideaId });
    expect(shown.data.idea).toEqual({ upvotes: rows.up, downvotes: rows.down, score: rows.up - rows.down });
    await t.foldCounters();
    const [stored] = await t.sql(`SELECT upvotes, downvotes FROM idea WHERE id = $1`, [ideaId]);
    expect(stored).toEqual({ upvotes: rows.up, downvotes: rows.down });
    expect((await t.sql(`SELECT count(*)::int AS n FROM idea_counter_delta`))[0].n).toBe(0);
  });

  it('answers each vote with tallies that count it, even when the same person votes from several places at once', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, owner, challengeId, { title: 'One voter, many tabs' });
    const voter = await person(t);
    const values = ['UP', 'DOWN', 'NONE', 'UP', 'UP', 'DOWN'] as const;
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(values.map((value) => vote(t, voter, ideaId, value)));
      answers.forEach((res, i) => {
        expect(res.errors).toBeUndefined();
        // The only voter: whatever order the votes committed in, each answer is the state its own vote left.
        const up = values[i] === 'UP' ? 1 : 0;
        const down = values[i] === 'DOWN' ? 1 : 0;
        expect(res.data.castVote).toEqual({ id: ideaId, viewerVote: values[i], upvotes: up, downvotes: down, score: up - down });
      });
    }
  });

  it('casts a vote in four round trips (BEGIN, the read of idea, challenge and the voter’s locked vote, the write, COMMIT), its voter pseudonym included', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, owner, challengeId, { title: 'Counted round trips' });
    const voter = await person(t);
    await vote(t, voter, ideaId, 'DOWN'); // the voter's licence acceptance and the policy cache are behind us
    await vote(t, voter, ideaId, 'NONE');
    const spy = jest.spyOn(Client.prototype, 'query');
    // The statements of the connection that ran the vote's read (a background job meanwhile runs its
    // own transactions on other connections: the first START TRANSACTION seen may be one of theirs).
    const queriesOf = async (value: 'UP' | 'DOWN' | 'NONE') => {
      spy.mockClear();
      expect((await vote(t, voter, ideaId, value)).errors).toBeUndefined();
      const tx = spy.mock.contexts[spy.mock.calls.findIndex(([sql]) => String(sql).includes('AS "lockedVote"'))];
      return spy.mock.calls.filter((_, i) => spy.mock.contexts[i] === tx).map(([sql]) => String(sql).trim().split(/\s+/).slice(0, 3).join(' '));
    };
    const first = await queriesOf('UP');
    const change = await queriesOf('DOWN');
    const clear = await queriesOf('NONE');
    spy.mockRestore();
    console.log(`castVote, a first vote: ${first.length} statements (${first.join(' | ')}); a change: ${change.length}; clearing: ${clear.length}`);
    // A first vote and a clearing write a ledger entry under the voter's pseudonym of the challenge,
    // found or made by a step of the vote's own write (libs/ledger, Privacy): no round trip of its own.
    expect([first.length, change.length, clear.length]).toEqual([4, 4, 4]);
  });

  it('records an idea and a comment with their author pseudonym found or made in the entry’s own statement', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const author = await person(t);
    const spy = jest.spyOn(Client.prototype, 'query');
    // The statements of the connection that wrote the idea or the comment (background jobs, the sealer's included, use others).
    const statementsOf = async (act: () => Promise<unknown>) => {
      spy.mockClear();
      await act();
      const tx = spy.mock.contexts[spy.mock.calls.findIndex(([sql]) => /INSERT INTO (idea|comment)\b/.test(String(sql)))];
      return spy.mock.calls.filter((_, i) => spy.mock.contexts[i] === tx).map(([sql]) => String(sql));
    };
    // First acts in the challenge: the author pseudonym and the licence acceptance are made then.
    const proposal = await statementsOf(() => propose(t, author, challengeId, { title: 'Counted pseudonyms' }));
    const ideaId = (await t.sql(`SELECT id FROM idea WHERE challenge_id = $1`, [challengeId]))[0].id;
    const commenting = await statementsOf(async () => expect((await comment(t, author, ideaId, 'A first note')).errors).toBeUndefined());
    const again = await statementsOf(async () => expect((await comment(t, author, ideaId, 'A second note')).errors).toBeUndefined());
    spy.mockRestore();
    const ledger = (statements: string[]) => statements.filter((sql) => /author_pseudonym|INSERT INTO contribution/.test(sql));
    console.log(`proposeIdea: ${proposal.length} statements, ${ledger(proposal).length} for the ledger; addComment: ${commenting.length}, then ${again.length}, ${ledger(again).length} for the ledger`);
    // One statement each finds or makes the pseudonym and appends the entry: no round trip of its own.
    for (const statements of [proposal, commenting, again]) {
      expect(ledger(statements)).toHaveLength(1);
      expect(ledger(statements)[0]).toMatch(/author_pseudonym[\s\S]*INSERT INTO contribution/);
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM author_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [challengeId, author.id])).toEqual([{ n: 1 }]);
  });

  it('answers a feed page with a fixed number of SQL queries, whatever its size', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const voter = await person(t);
    for (let i = 0; i < 20; i++) {
      const id = await propose(t, i % 2 ? owner : ana, challengeId, { title: `Idea ${i}` });
      if (i % 3 === 0) await vote(t, voter, id, 'UP');
    }
    const feed = graphql(`query WritePathFeedPage($c: ID!, $n: Int) { ideas(challengeId: $c, orderBy: HOT, first: $n) { edges { node {
      id title score upvotes downvotes viewerVote commentCount author { displayName } buildsOn { id } comments(first: 3) { edges { node { id } } }
      authors { user { displayName } shareBasisPoints } challenge { ownershipPolicy { licence } } } } } }`);
    // The spy counts every query of the process, and the app's background work (the outbox
    // consumers labelling the new ideas' sentiment, the sealer, the fold) runs when it will: it
    // only ever adds queries, so each size is counted as the fewest of three pages.
    await t.foldCounters();
    await t.sealLedger();
    const spy = jest.spyOn(Client.prototype, 'query');
    const queriesFor = async (n: number) => {
      const counts: number[] = [];
      for (let round = 0; round < 3; round++) {
        spy.mockClear();
        const res = await send(t, voter, feed, { c: challengeId, n });
        expect(res.errors).toBeUndefined();
        expect(res.data.ideas.edges).toHaveLength(n);
        counts.push(spy.mock.calls.length);
      }
      return Math.min(...counts);
    };
    const small = await queriesFor(2);
    const large = await queriesFor(20);
    spy.mockRestore();
    expect(large).toBe(small);
    console.log(`a feed page of 2 or 20 ideas: ${large} SQL queries`);
    expect(large).toBeLessThanOrEqual(10);
  });
});

describe('shared feed pages (FEED_CACHE_MS)', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;
  const feed = graphql(`query WritePathSharedFeed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node {
    id score upvotes downvotes viewerVote commentCount status author { displayName } } } } }`);
  const nodes = async (challengeId: string, reader?: Person) => {
    const res = await send(t, reader, feed, { c: challengeId });
    expect(res.errors).toBeUndefined();
    return res.data.ideas.edges.map((edge) => edge.node);
  };

  beforeAll(async () => {
    // A page shared for a minute, so every read below after the first is served from it.
    t = await createTestApp({ env: { POLLEN_RELAY: 'false', POLLEN_CONSUMERS: 'false', FEED_CACHE_MS: '60000' } });
    ({ owner, ana, ben, orgId } = await cast(t));
  });
  afterAll(() => t.close());

  it('shares a page between readers and still shows each reader exact tallies and their own vote at once', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const first = await propose(t, ana, challengeId, { title: 'Seats that fold flat' });
    const second = await propose(t, ana, challengeId, { title: 'A roof of solar cells' });
    const before = await nodes(challengeId, ben);
    expect(before.map((node: { id: string }) => node.id).sort()).toEqual([first, second].sort());

    expect((await vote(t, ben, first, 'UP')).errors).toBeUndefined();
    expect((await vote(t, owner, first, 'DOWN')).errors).toBeUndefined();
    const spy = jest.spyOn(Client.prototype, 'query');
    const seenByBen = await nodes(challengeId, ben);
    const queries = spy.mock.calls.length;
    spy.mockRestore();
    expect(queries).toBe(1); // the page is shared; only tallies, status and Ben's votes are read
    const idea = seenByBen.find((node: { id: string }) => node.id === first);
    expect(idea).toMatchObject({ upvotes: 1, downvotes: 1, score: 0, viewerVote: 'UP', status: 'OPEN', author: { displayName: expect.any(String) } });
    const seenByOwner = (await nodes(challengeId, owner)).find((node: { id: string }) => node.id === first);
    expect(seenByOwner).toMatchObject({ upvotes: 1, downvotes: 1, viewerVote: 'DOWN' });
    const seenAnonymously = (await nodes(challengeId)).find((node: { id: string }) => node.id === first);
    expect(seenAnonymously).toMatchObject({ upvotes: 1, viewerVote: 'NONE' });

    expect((await vote(t, ben, first, 'NONE')).errors).toBeUndefined();
    const cleared = (await nodes(challengeId, ben)).find((node: { id: string }) => node.id === first);
    expect(cleared).toMatchObject({ upvotes: 0, downvotes: 1, viewerVote: 'NONE' });
  });

  it('checks visibility for each reader: a DRAFT page read by its team is not shown to anyone else', async () => {
    const challengeId = await challenge(t, owner, orgId, 'DRAFT');
    expect(await nodes(challengeId, owner)).toEqual([]);
    for (const reader of [ana, undefined]) {
      const res = await send(t, reader, feed, { c: challengeId });
      expect(res.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    }
  });
});
