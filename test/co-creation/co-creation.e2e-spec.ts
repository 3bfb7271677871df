import { createTestApp, TestApp } from '../setup/test-app';
import { Person, castOf, challenge, comment, propose, setPhase, vote } from '../support/co-creation';
import { graphql } from '../gql';
import type { IdeaOrder } from '../gql/graphql';
import { AnswerOf, send } from '../support/graphql';

describe('co-creation: a brand runs a challenge, participants propose, vote and comment', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, participants: [ana, ben], orgId } = await castOf(t, { slug: 'pollen-motors' }));
  });
  afterAll(() => t.close());

  describe('organisations', () => {
    it('refuses a taken slug, a bad slug, and anonymous founders', async () => {
      const taken = await send(t, ana, graphql(`mutation CoCreationCreateOrganization { createOrganization(input: {name: "Other", slug: "pollen-motors"}) { id } }`));
      expect(taken.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
      const bad = await send(t, ana, graphql(`mutation CoCreationCreateOrganization2 { createOrganization(input: {name: "Other", slug: "-Bad Slug"}) { id } }`));
      expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
      const anonymous = await send(t, undefined, graphql(`mutation CoCreationCreateOrganization3 { createOrganization(input: {name: "Other", slug: "other"}) { id } }`));
      expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await t.sql(`SELECT count(*)::int AS n FROM organization`))[0].n).toBe(1);
    });

    it('grows the team by invitation: the owner invites, the invitee accepts, and only then is a member', async () => {
      const invite = graphql(`mutation CoCreationInviteOrganizationMember($input: InviteOrganizationMemberInput!) { inviteOrganizationMember(input: $input) { id email role status } }`);
      const members = async () => (await send(t, owner, graphql(`query CoCreationOrganization($id: ID!) { organization(id: $id) { members { role user { id } } } }`), { id: orgId })).data.organization.members;
      const ok = await send(t, owner, invite, { input: { organizationId: orgId, email: ben.email.toUpperCase(), role: 'MODERATOR' } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.inviteOrganizationMember).toMatchObject({ email: ben.email, role: 'MODERATOR', status: 'PENDING' });
      expect(await members()).toHaveLength(1);
      // Inviting again updates the pending invitation rather than adding one.
      const again = await send(t, owner, invite, { input: { organizationId: orgId, email: ben.email, role: 'MODERATOR' } });
      expect(again.data.inviteOrganizationMember.id).toBe(ok.data.inviteOrganizationMember.id);
      const pending = await send(t, ben, graphql(`query CoCreationMyOrganizationInvitations { myOrganizationInvitations { id role organization { id name } invitedBy { displayName } } }`));
      expect(pending.data.myOrganizationInvitations).toEqual([
        { id: ok.data.inviteOrganizationMember.id, role: 'MODERATOR', organization: { id: orgId, name: expect.any(String) }, invitedBy: { displayName: expect.any(String) } },
      ]);
      const respond = graphql(`mutation CoCreationRespondToOrganizationInvitation($id: ID!, $accept: Boolean!) { respondToOrganizationInvitation(invitationId: $id, accept: $accept) { status } }`);
      // Only its invitee can answer it.
      expect((await send(t, ana, respond, { id: ok.data.inviteOrganizationMember.id, accept: true })).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await send(t, ben, respond, { id: ok.data.inviteOrganizationMember.id, accept: true })).data.respondToOrganizationInvitation.status).toBe('ACCEPTED');
      expect((await members()).map((m: { role: string }) => m.role).sort()).toEqual(['MODERATOR', 'OWNER']);
      expect((await send(t, ben, respond, { id: ok.data.inviteOrganizationMember.id, accept: true })).errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'invitationId' });
      const byModerator = await send(t, ben, invite, { input: { organizationId: orgId, email: ana.email, role: 'MODERATOR' } });
      expect(byModerator.errors[0].extensions.code).toBe('FORBIDDEN');
      const missingOrg = await send(t, owner, invite, { input: { organizationId: '00000000-0000-4000-8000-000000000000', email: ana.email, role: 'MODERATOR' } });
      expect(missingOrg.errors[0].extensions.code).toBe('NOT_FOUND');
      const badEmail = await send(t, owner, invite, { input: { organizationId: orgId, email: 'not an email', role: 'MODERATOR' } });
      expect(badEmail.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    });

    it('shows the team to its members only', async () => {
      const query = graphql(`query CoCreationOrganization2($id: ID!) { organization(id: $id) { name viewerRole members { role } } }`);
      const asMember = await send(t, ben, query, { id: orgId });
      expect(asMember.data.organization.viewerRole).toBe('MODERATOR');
      const asOutsider = await send(t, ana, query, { id: orgId });
      expect(asOutsider.errors[0].extensions.code).toBe('FORBIDDEN');
      const malformed = await send(t, ana, query, { id: 'not-a-uuid' });
      expect(malformed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('challenges', () => {
    it('keeps a DRAFT visible to its team only and moves phases forward only', async () => {
      const id = await challenge(t, owner, orgId, 'DRAFT');
      const get = graphql(`query CoCreationChallenge($id: ID!) { challenge(id: $id) { title phase organization { slug } } }`);
      expect((await send(t, ben, get, { id })).data.challenge.phase).toBe('DRAFT');
      expect((await send(t, ana, get, { id })).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await send(t, undefined, get, { id })).errors[0].extensions.code).toBe('NOT_FOUND');
      const listed = await send(t, ana, graphql(`query CoCreationChallenges { challenges(first: 100) { edges { node { id } } } }`));
      expect(listed.data.challenges.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
      const proposeInDraft = await send(t, ana, graphql(`mutation CoCreationProposeIdea($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`), { input: { challengeId: id, title: 'Sneaky idea', body: 'x' } });
      expect(proposeInDraft.errors[0].extensions.code).toBe('NOT_FOUND');

      const update = await send(t, ben, graphql(`mutation CoCreationUpdateChallenge($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title language } }`), { input: { challengeId: id, title: 'City car of 2030', language: 'FR' } });
      expect(update.data.updateChallenge).toEqual({ title: 'City car of 2030', language: 'FR' });
      const byOutsider = await send(t, ana, graphql(`mutation CoCreationUpdateChallenge2($input: UpdateChallengeInput!) { updateChallenge(input: $input) { title } }`), { input: { challengeId: id, title: 'Mine now' } });
      expect(byOutsider.errors[0].extensions.code).toBe('NOT_FOUND');

      await setPhase(t, owner, id, 'VOTING');
      const back = await send(t, owner, graphql(`mutation CoCreationSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }`), { id });
      expect(back.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'phase' });
      const language = await send(t, owner, graphql(`mutation CoCreationUpdateChallenge3($input: UpdateChallengeInput!) { updateChallenge(input: $input) { language } }`), { input: { challengeId: id, language: 'PT' } });
      expect(language.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
      const byParticipant = await send(t, ana, graphql(`mutation CoCreationSetChallengePhase2($id: ID!) { setChallengePhase(challengeId: $id, phase: REVIEW) { phase } }`), { id });
      expect(byParticipant.errors[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses challenges from non-members and bad input, naming the field', async () => {
      const create = graphql(`mutation CoCreationCreateChallenge($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }`);
      const outsider = await send(t, ana, create, { input: { organizationId: orgId, title: 'Mine', brief: 'b', language: 'EN' } });
      expect(outsider.errors[0].extensions.code).toBe('FORBIDDEN');
      const shortTitle = await send(t, owner, create, { input: { organizationId: orgId, title: 'ab', brief: 'b', language: 'EN' } });
      expect(shortTitle.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      const past = await send(t, owner, create, { input: { organizationId: orgId, title: 'Past', brief: 'b', language: 'EN', closesAt: '2001-01-01T00:00:00Z' } });
      expect(past.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    });

    it('pages challenges with cursors and filters by phase', async () => {
      for (let i = 0; i < 3; i++) await challenge(t, owner, orgId, 'IDEATION');
      const page1 = await send(t, ana, graphql(`query CoCreationChallenges2 { challenges(first: 2, phase: IDEATION) { edges { cursor node { id phase } } pageInfo { hasNextPage endCursor } } }`));
      expect(page1.data.challenges.edges).toHaveLength(2);
      expect(page1.data.challenges.pageInfo.hasNextPage).toBe(true);
      const page2 = await send(t, ana, graphql(`query CoCreationChallenges3($after: String) { challenges(first: 2, phase: IDEATION, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`), { after: page1.data.challenges.pageInfo.endCursor });
      const ids = [...page1.data.challenges.edges, ...page2.data.challenges.edges].map((e: { node: { id: string } }) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(3);
      const tooMany = await send(t, undefined, graphql(`query CoCreationChallenges4 { challenges(first: 101) { edges { cursor } } }`));
      expect(tooMany.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const forged = await send(t, undefined, graphql(`query CoCreationChallenges5 { challenges(after: "bm9wZQ") { edges { cursor } } }`));
      expect(forged.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('ideas', () => {
    let challengeId: string;
    let other: string;
    beforeAll(async () => {
      challengeId = await challenge(t, owner, orgId, 'IDEATION');
      other = await challenge(t, owner, orgId, 'IDEATION');
    });

    it('proposes an idea that builds on another, and shows the lineage both ways', async () => {
      const parent = await propose(t, ana, challengeId, { title: 'Modular seats', tags: ['Interior', 'interior', 'modular'] });
      const child = await propose(t, ben, challengeId, { title: 'Seats that become a bed', buildsOn: [parent] });
      const res = await send(t, undefined, graphql(`query CoCreationIdea($id: ID!) { idea(id: $id) { title tags author { id } buildsOn { id } builtUponBy { id } revisions { revision } } }`), { id: parent });
      expect(res.data.idea).toMatchObject({ tags: ['interior', 'modular'], author: { id: ana.id }, buildsOn: [], builtUponBy: [{ id: child }] });
      const childRes = await send(t, undefined, graphql(`query CoCreationIdea2($id: ID!) { idea(id: $id) { buildsOn { id } } }`), { id: child });
      expect(childRes.data.idea.buildsOn).toEqual([{ id: parent }]);
    });

    it('refuses bad ideas, naming the field, and writes nothing', async () => {
      const before = (await t.sql(`SELECT count(*)::int AS n FROM idea`))[0].n;
      const outsideIdea = await propose(t, ana, other, { title: 'Elsewhere' });
      const cases: Array<[Record<string, unknown>, string, string, Record<string, unknown>?]> = [
        [{ title: 'ab' }, 'BAD_USER_INPUT', 'title'],
        [{ title: 'x'.repeat(141) }, 'BAD_USER_INPUT', 'title'],
        [{ title: 'Bell\u0007 idea' }, 'BAD_USER_INPUT', 'title'],
        [{ body: 'y'.repeat(20_001) }, 'BAD_USER_INPUT', 'body'],
        [{ tags: ['not a tag!'] }, 'BAD_USER_INPUT', 'tags', { check: 'TAG_PATTERN' }],
        [{ tags: Array.from({ length: 11 }, (_, i) => `tag-${i}`) }, 'BAD_USER_INPUT', 'tags', { check: 'TOO_MANY', max: 10 }],
        [{ buildsOn: [outsideIdea] }, 'BAD_USER_INPUT', 'buildsOn'],
        [{ buildsOn: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND', 'buildsOn'],
      ];
      for (const [fields, code, field, check] of cases) {
        const res = await send(t, ana, graphql(`mutation CoCreationProposeIdea2($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`), { input: { challengeId, title: 'Fine title', body: 'Fine body', ...fields } });
        expect(res.errors[0].extensions).toMatchObject({ code, field, ...check });
      }
      expect((await t.sql(`SELECT count(*)::int AS n FROM idea`))[0].n).toBe(before + 1);
    });

    it('keeps every revision and lets only the author revise', async () => {
      const id = await propose(t, ana, challengeId, { title: 'Solar roof' });
      const revise = graphql(`mutation CoCreationReviseIdea($input: ReviseIdeaInput!) { reviseIdea(input: $input) { title revision revisions { revision title } } }`);
      const res = await send(t, ana, revise, { input: { ideaId: id, title: 'Solar roof, revised' } });
      expect(res.data.reviseIdea.revision).toBe(2);
      expect(res.data.reviseIdea.revisions).toEqual([{ revision: 2, title: 'Solar roof, revised' }, { revision: 1, title: 'Solar roof' }]);
      const byOther = await send(t, ben, revise, { input: { ideaId: id, title: 'Hijacked' } });
      expect(byOther.errors[0].extensions.code).toBe('FORBIDDEN');
      const empty = await send(t, ana, revise, { input: { ideaId: id } });
      expect(empty.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('orders NEW, TOP and HOT with cursors that stay correct while ideas arrive', async () => {
      const feedChallenge = await challenge(t, owner, orgId, 'IDEATION');
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push(await propose(t, ana, feedChallenge, { title: `Idea number ${i}` }));
      await vote(t, ben, ids[1], 'UP');
      await vote(t, owner, ids[1], 'UP');
      await vote(t, ben, ids[3], 'UP');
      await vote(t, ben, ids[4], 'DOWN');
      await t.foldCounters();
      const feed = graphql(`query CoCreationIdeas($c: ID!, $o: IdeaOrder, $after: String) { ideas(challengeId: $c, orderBy: $o, first: 2, after: $after) { edges { node { id score } } pageInfo { hasNextPage endCursor } } }`);
      const all = async (order: IdeaOrder, between?: () => Promise<void>) => {
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const res: AnswerOf<typeof feed> = await send(t, undefined, feed, { c: feedChallenge, o: order, after });
          seen.push(...res.data.ideas.edges.map((e: { node: { id: string } }) => e.node.id));
          if (between) await between();
          if (!res.data.ideas.pageInfo.hasNextPage) return seen;
          after = res.data.ideas.pageInfo.endCursor;
        }
      };
      expect(await all('NEW', () => propose(t, ben, feedChallenge, { title: 'Late arrival' }).then(() => undefined))).toEqual([...ids].reverse());
      const top = await all('TOP');
      expect(top.slice(0, 2)).toEqual([ids[1], ids[3]]);
      expect(top[top.length - 1]).toBe(ids[4]);
      const hot = await all('HOT');
      expect(hot[0]).toBe(ids[1]);
      expect(new Set(hot).size).toBe(hot.length);
    });

    it('searches in the challenge language, accent-insensitively, and suggests similar ideas', async () => {
      const fr = await challenge(t, owner, orgId, 'IDEATION', 'FR');
      const target = await propose(t, ana, fr, { title: 'Tableau de bord réparable', body: 'Chaque écran peut se démonter facilement.' });
      const roof = await propose(t, ana, fr, { title: 'Toit solaire qui recharge la batterie en stationnement', body: 'Recharge la batterie.' });
      const search = graphql(`query CoCreationIdeas2($c: ID!, $q: String) { ideas(challengeId: $c, search: $q) { edges { node { id } } } }`);
      for (const q of ['reparable', 'écran', 'DEMONTER']) {
        const res = await send(t, undefined, search, { c: fr, q });
        expect(res.data.ideas.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([target]);
      }
      const similar = await send(t, undefined, graphql(`query CoCreationSimilarIdeas($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }`), { c: fr, text: 'tableau de bord reparable' });
      expect(similar.data.similarIdeas[0].id).toBe(target);
      // A short draft finds a much longer title that contains it.
      const draft = await send(t, undefined, graphql(`query CoCreationSimilarIdeas2($c: ID!, $text: String!) { similarIdeas(challengeId: $c, text: $text) { id } }`), { c: fr, text: 'Toit solaires' });
      expect(draft.data.similarIdeas.map((i: { id: string }) => i.id)).toEqual([roof]);
    });
  });

  describe('votes and comments', () => {
    let challengeId: string;
    let ideaId: string;
    beforeAll(async () => {
      challengeId = await challenge(t, owner, orgId, 'IDEATION');
      ideaId = await propose(t, ana, challengeId);
    });

    it('counts one vote per person, changes it, clears it, and refuses voting on one’s own idea', async () => {
      expect((await vote(t, ben, ideaId, 'UP')).data.castVote).toMatchObject({ score: 1, upvotes: 1, downvotes: 0, viewerVote: 'UP' });
      expect((await vote(t, ben, ideaId, 'UP')).data.castVote).toMatchObject({ score: 1, upvotes: 1, viewerVote: 'UP' });
      expect((await vote(t, ben, ideaId, 'DOWN')).data.castVote).toMatchObject({ score: -1, upvotes: 0, downvotes: 1, viewerVote: 'DOWN' });
      expect((await vote(t, owner, ideaId, 'DOWN')).data.castVote).toMatchObject({ score: -2, downvotes: 2 });
      expect((await vote(t, ben, ideaId, 'NONE')).data.castVote).toMatchObject({ score: -1, downvotes: 1, viewerVote: 'NONE' });
      expect((await vote(t, ana, ideaId, 'UP')).errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await vote(t, ben, '00000000-0000-4000-8000-000000000000', 'UP')).errors[0].extensions.code).toBe('NOT_FOUND');
      const anonymous = await send(t, undefined, graphql(`mutation CoCreationCastVote($id: ID!) { castVote(ideaId: $id, value: UP) { id } }`), { id: ideaId });
      expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await t.sql(`SELECT value FROM vote WHERE idea_id = $1`, [ideaId])).map((r: { value: number }) => r.value)).toEqual([-1]);
    });

    it('threads comments, edits and deletes one’s own, keeping the place of deleted ones', async () => {
      const first = (await comment(t, ben, ideaId, 'Could it carry a bike?')).data.addComment;
      const reply = (await comment(t, ana, ideaId, 'Yes, on the roof rails.', first.id)).data.addComment;
      expect(reply.parentId).toBe(first.id);
      const otherIdea = await propose(t, ben, challengeId, { title: 'Another idea' });
      const crossThread = await comment(t, ana, otherIdea, 'Wrong thread', first.id);
      expect(crossThread.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      const tooLong = await comment(t, ana, ideaId, 'z'.repeat(5_001));
      expect(tooLong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });

      const edit = graphql(`mutation CoCreationEditComment($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }`);
      expect((await send(t, ben, edit, { input: { commentId: first.id, body: 'Could it carry two bikes?' } })).data.editComment.editedAt).toBeTruthy();
      expect((await send(t, ana, edit, { input: { commentId: first.id, body: 'Mine' } })).errors[0].extensions.code).toBe('FORBIDDEN');
      const del = await send(t, ben, graphql(`mutation CoCreationDeleteComment($id: ID!) { deleteComment(commentId: $id) { body deleted author { id } } }`), { id: first.id });
      expect(del.data.deleteComment).toEqual({ body: null, deleted: true, author: null });
      expect((await send(t, ben, edit, { input: { commentId: first.id, body: 'Back' } })).errors[0].extensions.code).toBe('CONFLICT');

      const thread = await send(t, undefined, graphql(`query CoCreationIdea3($id: ID!) { idea(id: $id) { commentCount comments(first: 10) { edges { node { id deleted body replies { edges { node { body author { id } } } } } } } } }`), { id: ideaId });
      expect(thread.data.idea.commentCount).toBe(1);
      expect(thread.data.idea.comments.edges).toEqual([
        { node: { id: first.id, deleted: true, body: null, replies: { edges: [{ node: { body: 'Yes, on the roof rails.', author: { id: ana.id } } }] } } },
      ]);
    });

    it('pages a long thread with cursors', async () => {
      const busy = await propose(t, ana, challengeId, { title: 'Busy idea' });
      for (let i = 0; i < 5; i++) await comment(t, ben, busy, `Comment ${i}`);
      const q = graphql(`query CoCreationIdeaComments($id: ID!, $after: String) { idea(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`);
      const bodies: Array<string | null> = [];
      let after: string | null = null;
      for (;;) {
        const res: AnswerOf<typeof q> = await send(t, undefined, q, { id: busy, after });
        bodies.push(...res.data.idea!.comments.edges.map((e) => e.node.body));
        if (!res.data.idea.comments.pageInfo.hasNextPage) break;
        after = res.data.idea.comments.pageInfo.endCursor;
      }
      expect(bodies).toEqual(['Comment 0', 'Comment 1', 'Comment 2', 'Comment 3', 'Comment 4']);
    });
  });
});
