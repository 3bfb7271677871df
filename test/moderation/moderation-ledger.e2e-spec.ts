import fc from 'fast-check';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, castOf, challenge, comment, propose, vote } from '../support/co-creation';
import { graphql } from '../gql';
import type { ModerationContentAction, ModerationTargetType } from '../gql/graphql';
import { send } from '../support/graphql';

// After any sequence of the team's actions and their undos, the ledger verifies, every idea's
// tallies equal its vote rows, every comment count equals the visible comments under it, and
// the queue's kept counts equal its items.
describe('the ledger after any sequence of moderation actions and undos (property)', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let voters: Person[];
  let authors: Person[];

  beforeAll(async () => {
    t = await createTestApp();
    let participants: Person[];
    ({ owner, participants, orgId: org } = await castOf(t, { participants: 6 }));
    [authors, voters] = [participants.slice(0, 3), participants.slice(3)];
  });
  afterAll(() => t.close());

  const op = fc.record({
    kind: fc.constantFrom('hideIdea', 'restoreIdea', 'merge', 'undoMerge', 'hideComment', 'restoreComment', 'vote', 'comment'),
    a: fc.nat(3),
    b: fc.nat(3),
    v: fc.nat(2),
  });

  it('verifies, with exact tallies and counts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 10 }), async (ops) => {
        const ch = await challenge(t, owner, org);
        const ideas = [];
        for (let i = 0; i < 4; i++) ideas.push(await propose(t, authors[i % 3], ch, { title: `Idea number ${i} for the car` }));
        const comments: string[] = [];
        for (let i = 0; i < 4; i++) {
          await vote(t, voters[i % 3], ideas[i], i % 2 ? 'DOWN' : 'UP');
          await vote(t, voters[(i + 1) % 3], ideas[i], 'UP');
          comments.push((await comment(t, voters[i % 3], ideas[i], `Comment ${i}`)).data.addComment.id);
        }
        const merges: string[] = [];
        const act = (action: ModerationContentAction, type: ModerationTargetType, id: string) =>
          send(t, owner, graphql(`mutation ModerationLedgerModerate($i: ModerateInput!) { moderate(input: $i) { id } }`), { i: { organizationId: org, action, targets: [{ targetType: type, targetId: id }], reason: 'property' } });
        for (const { kind, a, b, v } of ops) {
          if (kind === 'hideIdea') await act('HIDE', 'IDEA', ideas[a]);
          if (kind === 'restoreIdea') await act('RESTORE', 'IDEA', ideas[a]);
          if (kind === 'hideComment') await act('HIDE', 'COMMENT', comments[a]);
          if (kind === 'restoreComment') await act('RESTORE', 'COMMENT', comments[a]);
          if (kind === 'vote') await vote(t, voters[v], ideas[a], (['UP', 'DOWN', 'NONE'] as const)[b % 3]);
          if (kind === 'comment') {
            const res = await comment(t, voters[v], ideas[a], 'Another comment');
            if (res.data?.addComment) comments.push(res.data.addComment.id);
          }
          if (kind === 'merge') {
            const res = await send(t, owner, graphql(`mutation ModerationLedgerMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }`), { i: { ideaId: ideas[a], intoIdeaId: ideas[b], reason: 'duplicate' } });
            if (res.data?.mergeIdeas) merges.push(res.data.mergeIdeas.id);
          }
          if (kind === 'undoMerge' && merges.length) {
            const res = await send(t, owner, graphql(`mutation ModerationLedgerUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }`), { i: { actionId: merges[merges.length - 1], reason: 'undo' } });
            if (res.data?.undoMerge) merges.pop();
          }
        }
        await t.sealLedger();
        const verified = await send(t, owner, graphql(`query ModerationLedgerLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }`), { c: ch });
        expect(verified.data.ledgerVerification).toEqual({ ok: true, problem: null });
        await t.foldCounters();
        const wrong = await t.sql(
          `SELECT i.id FROM idea i
            WHERE i.challenge_id = $1 AND (
              i.upvotes <> (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND v.value = 1)
              OR i.downvotes <> (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND v.value = -1)
              OR i.comment_count <> (SELECT count(*) FROM comment c WHERE c.idea_id = i.id AND c.visibility = 'VISIBLE' AND c.deleted_at IS NULL))`,
          [ch],
        );
        expect(wrong).toEqual([]);
        // The queue's counts, kept by triggers through every change, equal a count of the items.
        const exact = await t.sql(`SELECT state, count(*)::int AS n FROM moderation_item WHERE organization_id = $1 GROUP BY state ORDER BY state`, [org]);
        const kept = await t.sql(`SELECT state, sum(n)::int AS n FROM moderation_item_count WHERE organization_id = $1 GROUP BY state HAVING sum(n) <> 0 ORDER BY state`, [org]);
        expect(kept).toEqual(exact);
      }),
      { numRuns: 6 },
    );
  }, 600_000);
});
