import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, setPhase, vote } from '../support/co-creation';
import { graphql } from '../gql';
import type { AuthorShareInput, IdeaStatus } from '../gql/graphql';
import { send } from '../support/graphql';

const ROOT = join(__dirname, '..', '..');
const POLICY = graphql(`mutation OwnershipSetOwnershipPolicy($c: ID!, $p: OwnershipPolicyInput!) { setOwnershipPolicy(challengeId: $c, policy: $p) { weights { VOTE_CAST IDEA_ADOPTED } lineageDecay lineageGenerations licence frozen } }`);
const STATEMENT = graphql(`query OwnershipOwnershipStatement($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 10) {
  ledgerHead { seq hash } licence pool totalPoints participantCount policy { frozen lineageDecay }
  edges { node { party participant { id } points shareBasisPoints payout contributions { kind count points } } } } }`);
const VERIFY = graphql(`query OwnershipLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries ledgerHead { seq } problem { seq id reason } } }`);

function decide(t: TestApp, owner: Person, ideaId: string, status: IdeaStatus, reason = 'Fits the brief') {
  return send(t, owner, graphql(`mutation OwnershipDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { id status decisions { from to reason } } }`), { i: { ideaId, status, reason } });
}

function cli(databaseUrl: string, ...args: string[]) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/ledger/src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('ownership: policy, ledger, statement', () => {
  let t: TestApp;
  let owner: Person, ana: Person, ben: Person, cleo: Person, dan: Person;
  let orgId: string;
  let story: { challengeId: string; a: string; b: string; c: string; d: string };

  beforeAll(async () => {
    t = await createTestApp();
    [owner, ana, ben, cleo, dan] = [await person(t), await person(t), await person(t), await person(t), await person(t)];
    orgId = await brand(t, owner);
  });
  afterAll(() => t.close());

  it('lets the brand set the policy while DRAFT, refuses bad values naming the field, and freezes it when the challenge opens', async () => {
    const challengeId = await challenge(t, owner, orgId, 'DRAFT');
    const ok = await send(t, owner, POLICY, { c: challengeId, p: { weights: { VOTE_CAST: 1, IDEA_ADOPTED: 150.5 }, lineageDecay: 0.5, licence: 'CC-BY-4.0' } });
    expect(ok.data.setOwnershipPolicy).toEqual({ weights: { VOTE_CAST: 1, IDEA_ADOPTED: 150.5 }, lineageDecay: 0.5, lineageGenerations: 5, licence: 'CC-BY-4.0', frozen: false });
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ weights: { COMMENT: -1 } }, 'weights.COMMENT'],
      [{ weights: { COMMENT: 0.0001 } }, 'weights.COMMENT'],
      [{ lineageDecay: 1 }, 'lineageDecay'],
      [{ lineageDecay: 0 }, 'lineageDecay'],
      [{ lineageDecay: 0.12345 }, 'lineageDecay'],
      [{ lineageGenerations: 0 }, 'lineageGenerations'],
      [{ licence: 'any licence you like' }, 'licence'],
    ];
    for (const [policy, field] of bad) {
      const res = await send(t, owner, POLICY, { c: challengeId, p: policy });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await send(t, ana, POLICY, { c: challengeId, p: { lineageDecay: 0.2 } })).errors[0].extensions.code).toBe('NOT_FOUND');
    await setPhase(t, owner, challengeId, 'IDEATION');
    const frozen = await send(t, owner, POLICY, { c: challengeId, p: { lineageDecay: 0.2 } });
    expect(frozen.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'policy' });
    const shown = await send(t, undefined, graphql(`query OwnershipChallenge($c: ID!) { challenge(id: $c) { ownershipPolicy { frozen lineageDecay licence weights { IDEA_ADOPTED COMMENT } } } }`), { c: challengeId });
    expect(shown.data.challenge.ownershipPolicy).toEqual({ frozen: true, lineageDecay: 0.5, licence: 'CC-BY-4.0', weights: { IDEA_ADOPTED: 150.5, COMMENT: 2 } });
  });

  it('records every contribution and turns the ledger into a statement whose shares and payouts sum exactly', async () => {
    const challengeId = await challenge(t, owner, orgId, 'DRAFT');
    await send(t, owner, POLICY, { c: challengeId, p: { weights: { IDEA_ADOPTED: 100 }, lineageDecay: 0.5 } });
    await setPhase(t, owner, challengeId, 'IDEATION');
    const a = await propose(t, ana, challengeId, { title: 'A roof that charges the car' });
    const b = await propose(t, ben, challengeId, { title: 'Solar panels on the bonnet too', buildsOn: [a] });
    const c = await propose(t, cleo, challengeId, { title: 'Solar film on the windows', buildsOn: [a] });
    const d = await propose(t, dan, challengeId, { title: 'A car skin that harvests light', buildsOn: [b, c] }); // a diamond above A
    story = { challengeId, a, b, c, d };
    for (const [who, value] of [[ben, 'UP'], [cleo, 'UP'], [dan, 'DOWN']] as const) expect((await vote(t, who, a, value)).errors).toBeUndefined();
    expect((await vote(t, dan, a, 'UP')).errors).toBeUndefined(); // a change of mind is still one vote cast
    expect((await vote(t, dan, a, 'NONE')).errors).toBeUndefined(); // withdrawn: compensated
    const helpful = (await comment(t, cleo, d, 'Could it be transparent?')).data.addComment.id;
    const deleted = (await comment(t, ben, d, 'Too expensive')).data.addComment.id;
    expect((await send(t, ben, graphql(`mutation OwnershipDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }`), { id: deleted })).errors).toBeUndefined();
    const mark = graphql(`mutation OwnershipMarkCommentHelpful2($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { helpful } }`);
    expect((await send(t, cleo, mark, { id: helpful, h: true })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send(t, ben, mark, { id: helpful, h: true })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send(t, dan, mark, { id: helpful, h: true })).data.markCommentHelpful).toEqual({ helpful: true });

    // Decisions belong to the brand team, in REVIEW, along the allowed moves.
    expect((await decide(t, owner, d, 'SHORTLISTED')).errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN', phase: 'IDEATION' });
    await setPhase(t, owner, challengeId, 'REVIEW');
    expect((await decide(t, dan, d, 'SHORTLISTED')).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await decide(t, owner, d, 'ADOPTED')).errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'status' });
    expect((await decide(t, owner, d, 'SHORTLISTED', 'no')).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await decide(t, owner, d, 'SHORTLISTED')).data.decideIdea.status).toBe('SHORTLISTED');
    const adopted = await decide(t, owner, d, 'ADOPTED', 'We build this one');
    expect(adopted.data.decideIdea).toMatchObject({ status: 'ADOPTED', decisions: [{ from: 'OPEN', to: 'SHORTLISTED' }, { from: 'SHORTLISTED', to: 'ADOPTED', reason: 'We build this one' }] });
    expect((await decide(t, owner, c, 'REJECTED', 'Out of scope')).data.decideIdea.status).toBe('REJECTED');
    // Who authored an adopted idea is settled.
    const late = await send(t, dan, graphql(`mutation OwnershipInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: d, u: ana.id });
    expect(late.errors[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'ADOPTED' });

    expect(await t.sealLedger()).toBeGreaterThan(0);
    const res = await send(t, undefined, STATEMENT, { c: challengeId, pool: '1000' });
    expect(res.errors).toBeUndefined();
    const statement = res.data.ownershipStatement;
    // Adoption of D (100 points, d = 0.5): B and C share 100·0.5·0.5 = 25, A (once, though reached twice) 12.5, D keeps 62.5.
    // Votes are credited to their voters' pseudonyms (libs/ledger README, *Privacy*): each voter, and only they, can say which row is theirs.
    const voterOf = new Map<string, string>();
    for (const who of [ana, ben, cleo, dan]) {
      const mine = (await send(t, who, graphql(`query OwnershipMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym } }`), { c: challengeId })).data.myVoterPseudonym;
      if (mine) voterOf.set(mine.pseudonym, who.id);
    }
    expect([...voterOf.values()].sort()).toEqual([ben.id, cleo.id, dan.id].sort());
    const rows = statement.edges.map((e: any) => e.node);
    const byPerson = Object.fromEntries(rows.filter((r: any) => r.participant).map((r: any) => [r.participant.id, r]));
    expect(rows.map((r: any) => r.participant?.id ?? voterOf.get(r.party))).toEqual([dan.id, cleo.id, ana.id, ben.id, ...rows.slice(4).map((r: any) => voterOf.get(r.party))]);
    expect(rows.slice(4).map((r: any) => [r.participant, r.points])).toEqual([[null, 0.5], [null, 0.5], [null, 0]]); // ben's and cleo's votes; dan's withdrawn
    const total = new Map<string, number>();
    // Named rows are author pseudonyms (never an account), shown as their participant.
    expect(rows.filter((r: any) => r.participant).every((r: any) => r.party !== r.participant.id)).toBe(true);
    for (const r of rows) {
      const who = r.participant?.id ?? voterOf.get(r.party);
      total.set(who, (total.get(who) ?? 0) + r.points);
    }
    expect(Object.fromEntries(total)).toEqual({ [dan.id]: 97.5, [cleo.id]: 35, [ana.id]: 30.5, [ben.id]: 27 }); // dan 10 + 25 + 62.5; cleo 10 + 4 + 12.5 + 0.5 + 2 + 6; ana 10 + 2·4 + 12.5; ben 10 + 4 + 12.5 + 0.5 (+2 −2)
    expect(byPerson[dan.id]).toMatchObject({ points: 97.5, shareBasisPoints: 5132, payout: '513' });
    expect(rows.reduce((sum: number, r: any) => sum + r.shareBasisPoints, 0)).toBe(10_000);
    expect(rows.reduce((sum: number, r: any) => sum + Number(r.payout), 0)).toBe(1000);
    expect(byPerson[ben.id].contributions).toEqual(expect.arrayContaining([{ kind: 'COMMENT', count: 0, points: 0 }, { kind: 'LICENCE_ACCEPTED', count: 1, points: 0 }]));
    expect(byPerson[ana.id].contributions).toEqual(expect.arrayContaining([{ kind: 'IDEA_BUILT_UPON', count: 2, points: 8 }, { kind: 'LINEAGE', count: 1, points: 12.5 }]));
    expect(statement).toMatchObject({ totalPoints: 190, participantCount: 7, pool: '1000', licence: 'CC-BY-SA-4.0', policy: { frozen: true, lineageDecay: 0.5 } });
    const [head] = await t.sql(`SELECT seq::text, hash FROM ledger_head WHERE challenge_id = $1`, [challengeId]);
    expect(statement.ledgerHead).toEqual(head);

    const verified = await send(t, owner, VERIFY, { c: challengeId });
    expect(verified.data.ledgerVerification).toMatchObject({ ok: true, problem: null, ledgerHead: { seq: head.seq } });
    // A server-side verification reads the whole chain: the brand team's; anyone verifies from the pages.
    expect((await send(t, ana, VERIFY, { c: challengeId })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send(t, undefined, VERIFY, { c: challengeId })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await send(t, undefined, graphql(`query OwnershipOwnershipStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c) { content } }`), { c: challengeId })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const ledger = await send(t, undefined, graphql(`query OwnershipContributionLedger($c: ID!) { contributionLedger(challengeId: $c, first: 3) { edges { node { seq kind participant { id } points hash prevHash } } pageInfo { hasNextPage } } }`), { c: challengeId });
    // Licence acceptances and votes come in their batch, after the entries sealed with them.
    expect(ledger.data.contributionLedger.edges.map((e: any) => [e.node.seq, e.node.kind])).toEqual([['1', 'POLICY'], ['2', 'IDEA_PROPOSED'], ['3', 'IDEA_PROPOSED']]);
    expect(ledger.data.contributionLedger.edges[1].node.prevHash).toBe(ledger.data.contributionLedger.edges[0].node.hash);
    const mine = await send(t, ben, graphql(`query OwnershipMyContributions($c: ID!) { myContributions(challengeId: $c) { kind points compensates } }`), { c: challengeId });
    expect(mine.data.myContributions.filter((e: any) => e.compensates)).toEqual([expect.objectContaining({ kind: 'COMMENT', points: -2 })]);

    const csv = await send(t, ana, graphql(`query OwnershipOwnershipStatementExport2($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV, pool: "1000") { filename ledgerHead { seq } content } }`), { c: challengeId });
    const lines = csv.data.ownershipStatementExport.content.trim().split('\n');
    expect(lines).toHaveLength(8);
    // Each row is a party (an author pseudonym), with its participant as the reader may see them.
    expect(lines[1]).toContain(`${challengeId},${head.seq},${head.hash},CC-BY-SA-4.0,1000,1,${rows[0].party},${dan.id},`);
    const json = await send(t, ana, graphql(`query OwnershipOwnershipStatementExport3($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }`), { c: challengeId });
    const parsed = JSON.parse(json.data.ownershipStatementExport.content);
    expect(parsed.ledgerHead).toEqual(head);
    expect(parsed.participants.map((p: any) => p.shareBasisPoints).reduce((x: number, y: number) => x + y)).toBe(10_000);
  });

  it('keeps the incremental statement equal to a recomputation from the chain after random workloads', async () => {
    const crowd = [ana, ben, cleo, dan, await person(t), await person(t)];
    const op = fc.record({
      kind: fc.constantFrom('propose', 'vote', 'vote', 'comment', 'uncomment', 'helpful', 'coauthor', 'split', 'seal'),
      who: fc.nat(5),
      idea: fc.nat(),
      value: fc.constantFrom('UP', 'DOWN', 'NONE'),
    });
    // Three seeded workloads, each in a challenge of its own, sealed at random moments.
    for (const seed of [2010, 17000, 2030]) {
      const [ops] = fc.sample(fc.array(op, { minLength: 90, maxLength: 90 }), { seed, numRuns: 1 });
      const challengeId = await challenge(t, owner, orgId, 'IDEATION');
      const ideas: Array<{ id: string; author: Person; coAuthor?: Person }> = [];
      for (const author of [crowd[0], crowd[1]]) ideas.push({ id: await propose(t, author, challengeId), author });
      const comments: Array<{ id: string; author: Person }> = [];
      for (const o of ops) {
        const who = crowd[o.who];
        const idea = ideas[o.idea % ideas.length];
        if (o.kind === 'propose') {
          const parents = [idea.id, ideas[(o.idea >> 3) % ideas.length].id].filter((x, i, all) => all.indexOf(x) === i);
          ideas.push({ id: await propose(t, who, challengeId, { title: `Idea ${ideas.length}`, buildsOn: parents }), author: who });
        }
        if (o.kind === 'vote') await vote(t, who, idea.id, o.value);
        if (o.kind === 'comment') comments.push({ id: (await comment(t, who, idea.id, 'Good point')).data.addComment.id, author: who });
        if (o.kind === 'uncomment' && comments.length) {
          const [gone] = comments.splice(o.idea % comments.length, 1);
          await send(t, gone.author, graphql(`mutation OwnershipDeleteComment2($id: ID!) { deleteComment(commentId: $id) { id } }`), { id: gone.id });
        }
        if (o.kind === 'helpful' && comments.length) {
          const target = comments[o.idea % comments.length];
          await send(t, owner, graphql(`mutation OwnershipMarkCommentHelpful($id: ID!, $h: Boolean!) { markCommentHelpful(commentId: $id, helpful: $h) { id } }`), { id: target.id, h: o.value !== 'NONE' });
        }
        if (o.kind === 'coauthor' && !idea.coAuthor && who !== idea.author) {
          await send(t, idea.author, graphql(`mutation OwnershipInviteCoAuthor2($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: idea.id, u: who.id });
          await send(t, who, graphql(`mutation OwnershipRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`), { i: idea.id });
          idea.coAuthor = who;
        }
        if (o.kind === 'split' && idea.coAuthor) {
          const percent = 10 + (o.idea % 80);
          const shares = [{ userId: idea.author.id, percent }, { userId: idea.coAuthor.id, percent: 100 - percent }];
          await send(t, idea.author, graphql(`mutation OwnershipProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }`), { i: idea.id, s: shares });
          await send(t, idea.coAuthor, graphql(`mutation OwnershipApproveAuthorshipSplit($i: ID!) { approveAuthorshipSplit(ideaId: $i) { id } }`), { i: idea.id });
        }
        if (o.kind === 'seal') await t.sealLedger();
      }
      // The brand decides, sealing between decisions: shortlists, and adoptions that credit lineages.
      await setPhase(t, owner, challengeId, 'REVIEW');
      for (const [i, idea] of ideas.entries()) {
        if (i % 3 === 2) continue;
        await decide(t, owner, idea.id, 'SHORTLISTED');
        if (i % 2) await t.sealLedger();
        if (i % 3 === 0) await decide(t, owner, idea.id, 'ADOPTED');
      }
      await t.sealLedger();
      const verified = (await send(t, owner, VERIFY, { c: challengeId })).data.ledgerVerification;
      expect({ seed, ...verified }).toMatchObject({ seed, ok: true, problem: null });
      expect(verified.entries).toBeGreaterThan(80);
      const all = await send(t, ana, graphql(`query OwnershipOwnershipStatementExport4($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON, pool: "999") { content } }`), { c: challengeId });
      const parsed = JSON.parse(all.data.ownershipStatementExport.content);
      expect(parsed.participants.reduce((sum: number, p: any) => sum + p.shareBasisPoints, 0)).toBe(10_000);
      expect(parsed.participants.reduce((sum: number, p: any) => sum + Number(p.payout), 0)).toBe(999);
      const [lineage] = await t.sql(`SELECT count(*)::int AS n FROM contribution WHERE challenge_id = $1 AND kind IN ('LINEAGE', 'AUTHORSHIP')`, [challengeId]);
      expect(lineage.n).toBeGreaterThan(0);
    }
  }, 180_000);

  it('shares an idea’s credit among co-authors: equally, or as every author agreed', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const x = await propose(t, ana, challengeId, { title: 'A shared idea' });
    const INVITE = graphql(`mutation OwnershipInviteCoAuthor3($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`);
    const RESPOND = graphql(`mutation OwnershipRespondToCoAuthorship2($i: ID!, $a: Boolean!) { respondToCoAuthorship(ideaId: $i, accept: $a) { authors { user { id } role accepted shareBasisPoints } } }`);
    const SPLIT = graphql(`mutation OwnershipProposeAuthorshipSplit2($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { authorshipProposal { shares { user { id } basisPoints } approvedBy { id } } } }`);
    const APPROVE = graphql(`mutation OwnershipApproveAuthorshipSplit2($i: ID!) { approveAuthorshipSplit(ideaId: $i) { authors { user { id } shareBasisPoints } authorshipProposal { proposedAt } } }`);
    expect((await send(t, cleo, INVITE, { i: x, u: ben.id })).errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send(t, ana, INVITE, { i: x, u: ben.id })).errors).toBeUndefined();
    expect((await send(t, ana, INVITE, { i: x, u: ben.id })).errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'userId' });
    expect((await send(t, ana, INVITE, { i: x, u: cleo.id })).errors).toBeUndefined();
    // Having declined, Cleo sees the authors only (Ben's invitation is for the authors and Ben to see).
    expect((await send(t, cleo, RESPOND, { i: x, a: false })).data.respondToCoAuthorship.authors).toHaveLength(1);
    const accepted = await send(t, ben, RESPOND, { i: x, a: true });
    expect(accepted.data.respondToCoAuthorship.authors).toEqual([
      { user: { id: ana.id }, role: 'AUTHOR', accepted: true, shareBasisPoints: 5000 },
      { user: { id: ben.id }, role: 'CO_AUTHOR', accepted: true, shareBasisPoints: 5000 },
    ]);
    // Each refusal names its field and its check, for a client to say in its reader's language.
    const bad: Array<[AuthorShareInput[], string, string]> = [
      [[{ userId: ana.id, percent: 60 }, { userId: ben.id, percent: 30 }], 'shares', 'SHARES_SUM'],
      [[{ userId: ana.id, percent: 100 }], 'shares', 'SHARES_AUTHORS'],
      [[{ userId: ana.id, percent: 69.999 }, { userId: ben.id, percent: 30.001 }], 'shares.percent', 'PERCENT_DECIMALS'],
      [[{ userId: ana.id, percent: -10 }, { userId: ben.id, percent: 110 }], 'shares.percent', 'PERCENT_RANGE'],
    ];
    for (const [shares, field, check] of bad) expect((await send(t, ana, SPLIT, { i: x, s: shares })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, check });
    const proposed = await send(t, ana, SPLIT, { i: x, s: [{ userId: ana.id, percent: 70 }, { userId: ben.id, percent: 30 }] });
    expect(proposed.data.proposeAuthorshipSplit.authorshipProposal!.approvedBy).toEqual([{ id: ana.id }]);
    expect((await send(t, cleo, APPROVE, { i: x })).errors[0].extensions.code).toBe('FORBIDDEN');
    const approved = await send(t, ben, APPROVE, { i: x });
    expect(approved.data.approveAuthorshipSplit).toEqual({ authors: [{ user: { id: ana.id }, shareBasisPoints: 7000 }, { user: { id: ben.id }, shareBasisPoints: 3000 }], authorshipProposal: null });

    // Co-authors do not vote on their own idea.
    expect((await vote(t, ben, x, 'UP')).errors[0].extensions.code).toBe('FORBIDDEN');
    // A later co-author joins at 0%: nobody is diluted without agreeing to it.
    const dan2 = await person(t);
    expect((await send(t, ana, INVITE, { i: x, u: dan2.id })).errors).toBeUndefined();
    expect((await send(t, ana, graphql(`mutation OwnershipRevokeCoAuthorInvitation($i: ID!, $u: ID!) { revokeCoAuthorInvitation(ideaId: $i, userId: $u) { id } }`), { i: x, u: dan2.id })).errors).toBeUndefined();
    expect((await send(t, dan2, RESPOND, { i: x, a: true })).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await send(t, ana, INVITE, { i: x, u: dan.id })).errors).toBeUndefined();
    const third = await send(t, dan, RESPOND, { i: x, a: true });
    expect(third.data.respondToCoAuthorship.authors.map((a: any) => a.shareBasisPoints)).toEqual([7000, 3000, 0]);

    await t.sealLedger();
    const statement = (await send(t, undefined, STATEMENT, { c: challengeId })).data.ownershipStatement;
    const byPerson = Object.fromEntries(statement.edges.filter((e: any) => e.node.participant).map((e: any) => [e.node.participant.id, e.node]));
    expect(byPerson[dan.id].contributions).toEqual(expect.arrayContaining([{ kind: 'IDEA_PROPOSED', count: 1, points: 0 }]));
    expect(byPerson[ana.id].points).toBe(7);
    expect(byPerson[ben.id]).toMatchObject({ points: 3, shareBasisPoints: 3000 });
    expect(byPerson[ben.id].contributions).toEqual(expect.arrayContaining([{ kind: 'IDEA_PROPOSED', count: 1, points: 3 }, { kind: 'LICENCE_ACCEPTED', count: 1, points: 0 }]));
    expect((await send(t, owner, VERIFY, { c: challengeId })).data.ledgerVerification.ok).toBe(true);
  });

  it('refuses a pool that is not a non-negative whole number', async () => {
    for (const pool of ['-1', '1.5', 'abc', '']) {
      const res = await send(t, undefined, STATEMENT, { c: story.challengeId, pool });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pool' });
    }
  });

  it('refuses to update or delete a ledger entry in the database itself', async () => {
    await expect(t.sql(`UPDATE contribution SET points = 0 WHERE challenge_id = $1`, [story.challengeId])).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM contribution WHERE challenge_id = $1`, [story.challengeId])).rejects.toThrow(/append-only/);
  });

  it('detects each kind of tampering and names the first bad entry, over GraphQL and with npm run ledger -- verify', async () => {
    const c = story.challengeId;
    const clean = cli(t.databaseUrl, 'verify', '--challenge', c);
    expect(clean.stdout).toMatch(new RegExp(`^ok +challenge ${c}: \\d+ entries`));
    expect(clean.status).toBe(0);
    await t.sql(`CREATE TABLE contribution_saved AS SELECT * FROM contribution`);
    const restore = async () => {
      await t.sql(`ALTER TABLE contribution DISABLE TRIGGER USER`);
      await t.sql(`DELETE FROM contribution`);
      await t.sql(`INSERT INTO contribution SELECT * FROM contribution_saved`);
      await t.sql(`ALTER TABLE contribution ENABLE TRIGGER USER`);
    };
    const idAt = async (seq: number) => (await t.sql(`SELECT id FROM contribution WHERE challenge_id = $1 AND seq = $2`, [c, seq]))[0].id;
    const tampers: Array<[string, string, number, RegExp]> = [
      ['alter', `UPDATE contribution SET points = points + 1000 WHERE challenge_id = '${c}' AND seq = 5`, 5, /altered/],
      ['delete', `DELETE FROM contribution WHERE challenge_id = '${c}' AND seq = 6`, 7, /seq gap/],
      ['reorder', `UPDATE contribution SET seq = CASE seq WHEN 4 THEN 5 ELSE 4 END WHERE challenge_id = '${c}' AND seq IN (4, 5)`, 4, /does not chain/],
      [
        'insert',
        `UPDATE contribution SET seq = seq + 1 WHERE challenge_id = '${c}' AND seq >= 4;
         INSERT INTO contribution (challenge_id, kind, participant_id, points, seq, prev_hash, hash)
         SELECT '${c}', 'VOTE_CAST', '${ben.id}', 500, 4, hash, repeat('f', 64) FROM contribution WHERE challenge_id = '${c}' AND seq = 3`,
        4,
        /altered|does not chain/,
      ],
    ];
    for (const [name, sql, seq, reason] of tampers) {
      const expectedId = name === 'insert' ? null : name === 'reorder' ? await idAt(5) : await idAt(seq);
      await t.sql(`ALTER TABLE contribution DISABLE TRIGGER USER`);
      await t.sql(`DROP INDEX contribution_chain_key`);
      for (const statement of sql.split(';')) await t.sql(statement);
      await t.sql(`ALTER TABLE contribution ENABLE TRIGGER USER`);
      const res = (await send(t, owner, VERIFY, { c })).data.ledgerVerification;
      expect({ name, ok: res.ok, seq: res.problem?.seq }).toEqual({ name, ok: false, seq: String(seq) });
      expect(res.problem!.reason).toMatch(reason);
      if (expectedId) expect(res.problem!.id).toBe(expectedId);
      if (name === 'alter') {
        const run = cli(t.databaseUrl, 'verify');
        expect(run.status).toBe(1);
        expect(run.stdout).toContain(`FAIL challenge ${c}: entry 5 (${expectedId}): its hash does not match its content`);
      }
      await restore();
      await t.sql(`CREATE UNIQUE INDEX contribution_chain_key ON contribution (challenge_id, seq) WHERE seq IS NOT NULL`);
    }
    // A statement tally changed behind the ledger's back is caught too.
    const [{ pseudonym: benVotes }] = await t.sql(`SELECT pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [c, ben.id]);
    await t.sql(`UPDATE ownership_direct SET points = points + 1 WHERE challenge_id = $1 AND kind = 'VOTE_CAST' AND participant_id = $2`, [c, benVotes]);
    const tallies = (await send(t, owner, VERIFY, { c })).data.ledgerVerification;
    expect(tallies.problem!.reason).toMatch(/tallies differ .*participant .*VOTE_CAST/);
    await t.sql(`UPDATE ownership_direct SET points = points - 1 WHERE challenge_id = $1 AND kind = 'VOTE_CAST' AND participant_id = $2`, [c, benVotes]);
    // So is a frozen policy changed behind the chain's back (statements name the stored one).
    await expect(t.sql(`UPDATE ownership_policy SET licence = 'CC0-1.0' WHERE challenge_id = $1`, [c])).rejects.toThrow(/frozen/);
    await t.sql(`ALTER TABLE ownership_policy DISABLE TRIGGER USER`);
    await t.sql(`UPDATE ownership_policy SET licence = 'CC0-1.0' WHERE challenge_id = $1`, [c]);
    await t.sql(`ALTER TABLE ownership_policy ENABLE TRIGGER USER`);
    const policy = (await send(t, owner, VERIFY, { c })).data.ledgerVerification;
    expect(policy.problem).toMatchObject({ seq: '1', reason: expect.stringMatching(/stored ownership policy differs/) });
  }, 120_000);
});
