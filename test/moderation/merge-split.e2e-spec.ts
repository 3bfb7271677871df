import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, person, propose } from '../support/co-creation';
import { request, send } from '../support/graphql';
import { moderationStage } from '../support/moderation';

const INVITE = graphql(`mutation MergeSplitInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`);
const RESPOND = graphql(`mutation MergeSplitRespond($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { id } }`);
const SPLIT = graphql(`mutation MergeSplitProposeSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }`);
const APPROVE = graphql(`mutation MergeSplitApproveSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }`);
const MERGE = graphql(`mutation MergeSplitMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }`);
const UNDO = graphql(`mutation MergeSplitUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { id } }`);
const IDEA = graphql(`query MergeSplitIdea($id: ID!) { idea(id: $id) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }`);

describe('a merge and the authorship splits waiting for approval', () => {
  let t: TestApp;
  let owner: Person;
  let ch: string;
  const ok = async <TData, TVars extends Record<string, unknown>>(query: TypedDocumentNode<TData, TVars>, vars: TVars, who: Person) => {
    const res = await request(t, who, query, vars);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  /** An idea of two authors, its proposer asking for 70/30. */
  const sharedIdea = async (title: string) => {
    const [author, coAuthor] = [await person(t), await person(t)];
    const id = await propose(t, author, ch, { title });
    await ok(INVITE, { i: id, u: coAuthor.id }, author);
    await ok(RESPOND, { i: id, a: true }, coAuthor);
    await ok(SPLIT, { i: id, s: [{ userId: author.id, percent: 70 }, { userId: coAuthor.id, percent: 30 }] }, author);
    return { id, author, coAuthor };
  };

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, ch } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('drops both ideas’ pending splits: the kept idea’s authors changed, the merged idea’s share it now; undo brings none back', async () => {
    const kept = await sharedIdea('Solar roof');
    const merged = await sharedIdea('A roof of solar panels');
    const merge = await ok(MERGE, { i: { ideaId: merged.id, intoIdeaId: kept.id, reason: 'Same idea' } }, owner);

    const after = (await ok(IDEA, { id: kept.id }, kept.author)).idea;
    expect(after.authorshipProposal).toBeNull();
    expect(after.authors.map((a: any) => a.shareBasisPoints)).toEqual([2500, 2500, 2500, 2500]);
    const approve = await send(t, kept.coAuthor, APPROVE, { i: kept.id });
    expect(approve.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await t.sql(`SELECT idea_id FROM authorship_proposal WHERE idea_id = ANY($1::uuid[])`, [[kept.id, merged.id]])).toEqual([]);

    await ok(UNDO, { i: { actionId: merge.mergeIdeas.id, reason: 'Not the same after all' } }, owner);
    for (const idea of [kept, merged]) expect((await ok(IDEA, { id: idea.id }, idea.author)).idea.authorshipProposal).toBeNull();
    // The authors agree again from where they stand: a new proposal works on either idea.
    await ok(SPLIT, { i: merged.id, s: [{ userId: merged.author.id, percent: 60 }, { userId: merged.coAuthor.id, percent: 40 }] }, merged.author);
    await ok(APPROVE, { i: merged.id }, merged.coAuthor);
    expect((await ok(IDEA, { id: merged.id }, merged.author)).idea.authors.map((a: any) => a.shareBasisPoints)).toEqual([6000, 4000]);
  });
});
