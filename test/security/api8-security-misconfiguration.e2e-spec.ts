import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { Person, brand, cast, challenge, comment, propose } from '../support/co-creation';
import { request } from '../support/graphql';
import { TestApp, createTestApp } from '../setup/test-app';

// The lists that take a cursor, each read one page after it.
const CHALLENGES = graphql(`query Api8Challenges($a: String) { challenges(after: $a) { edges { cursor } } }`);
const IDEAS = graphql(`query Api8Ideas($c: ID!, $o: IdeaOrder, $a: String) { ideas(challengeId: $c, orderBy: $o, after: $a) { edges { cursor } } }`);
const SEARCH = graphql(`query Api8Search($c: ID!, $a: String) { ideas(challengeId: $c, search: "solar", after: $a) { edges { cursor } } }`);
const COMMENTS = graphql(`query Api8Comments($i: ID!, $a: String) { idea(id: $i) { comments(after: $a) { edges { cursor } } } }`);
const REPLIES = graphql(`query Api8Replies($i: ID!, $a: String) { idea(id: $i) { comments { edges { node { replies(after: $a) { edges { cursor } } } } } } }`);
const LEDGER = graphql(`query Api8Ledger($c: ID!, $a: String) { contributionLedger(challengeId: $c, after: $a) { edges { cursor } } }`);
const STATEMENT = graphql(`query Api8Statement($c: ID!, $a: String) { ownershipStatement(challengeId: $c, after: $a) { edges { cursor } } }`);

// OWASP API8:2023 Security misconfiguration, against a production-mode server: what a stranger
// learns from errors (no schema map through suggestions, no stack traces, no SQL), and forged
// cursors answered as bad input naming the argument, never reaching a SQL cast.
describe('API8 security misconfiguration (NODE_ENV=production)', () => {
  let t: TestApp;
  let ana: Person;
  let challengeId: string;
  let ideaId: string;
  let commentId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production' } });
    const people = await cast(t);
    ana = people.ana;
    challengeId = await challenge(t, people.owner, await brand(t, people.owner));
    ideaId = await propose(t, ana, challengeId, { title: 'Solar roof tiles', body: 'Charging while parked' });
    await propose(t, ana, challengeId, { title: 'Solar bonnet', body: 'More sun' });
    commentId = (await comment(t, ana, ideaId, 'First')).data.addComment.id;
    await comment(t, ana, ideaId, 'Second');
    await comment(t, ana, ideaId, 'A reply', commentId);
    await t.sealLedger();
  });
  afterAll(() => t?.close());

  describe('field suggestions are off in production', () => {
    // Raw strings: each document names what the schema does not have, which no typed document could.
    it.each([
      ['a field', `{ challengez { edges { cursor } } }`, {}],
      ['an argument', `{ challenges(firts: 1) { edges { cursor } } }`, {}],
      ['a type', `query($p: ChallengePhasee) { challenges(phase: $p) { edges { cursor } } }`, {}],
      ['an enum value', `{ challenges(phase: IDEATIO) { edges { cursor } } }`, {}],
      ['a field of a type', `{ challenges { edges { node { titel } } } }`, {}],
      ['an enum value in a variable', `query($p: ChallengePhase) { challenges(phase: $p) { edges { cursor } } }`, { p: 'IDEATIO' }],
      ['an input field in a variable', `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { emial: 'a@b.c', password: 'x' } }],
    ] as Array<[string, string, Record<string, unknown>]>)('names no schema element for a mistyped %s', async (_what, query, variables) => {
      const res = await t.gql(query, variables);
      expect(res.status).toBe(400);
      expect(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']).toContain(res.errors[0].extensions.code);
      const text = JSON.stringify(res.errors);
      expect(text).not.toMatch(/Did you mean/i);
      expect(text).not.toMatch(/"challenges"|"first"|"IDEATION"|"title"/);
    });

    it('still suggests outside production (development and tests)', async () => {
      const dev = await createTestApp();
      try {
        const res = await dev.gql(`{ challengez { edges { cursor } } }`); // a raw string: a field the schema lacks
        expect(res.errors[0].message).toMatch(/Did you mean "challenge"/);
      } finally {
        await dev.close();
      }
    });

    it('keeps introspection off', async () => {
      const res = await t.gql(`{ __schema { types { name } } }`); // a raw string: the introspection refused is what is tested
      expect(res.status).toBe(400);
      expect(res.errors[0].message).toMatch(/introspection/i);
    });
  });

  describe('forged cursors are bad input naming `after`', () => {
    const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    const badValues: unknown[] = [1.5, 1e20, -1, 1e300, '9999999999999999999', 'garbage', null, {}, [], '2030-01-01 00:00:00+99', '2030-02-30 00:00:00+00', true];

    // Each list that takes a cursor, the query reading one page after it, and a real cursor of it.
    const lists: Array<{ name: string; query: TypedDocumentNode<any, any>; variables: () => Record<string, unknown>; cursor: (data: any) => string }> = [
      { name: 'challenges', query: CHALLENGES, variables: () => ({}), cursor: (d) => d.challenges.edges[0].cursor },
      ...(['NEW', 'TOP', 'HOT'] as const).map((order) => ({
        name: `ideas (${order})`,
        query: IDEAS,
        variables: () => ({ c: challengeId, o: order }),
        cursor: (d: any) => d.ideas.edges[0].cursor,
      })),
      { name: 'ideas (RELEVANCE)', query: SEARCH, variables: () => ({ c: challengeId }), cursor: (d) => d.ideas.edges[0].cursor },
      { name: 'comments', query: COMMENTS, variables: () => ({ i: ideaId }), cursor: (d) => d.idea.comments.edges[0].cursor },
      { name: 'replies', query: REPLIES, variables: () => ({ i: ideaId }), cursor: (d) => d.idea.comments.edges[0].node.replies.edges[0].cursor },
      { name: 'contributionLedger', query: LEDGER, variables: () => ({ c: challengeId }), cursor: (d) => d.contributionLedger.edges[0].cursor },
      { name: 'ownershipStatement', query: STATEMENT, variables: () => ({ c: challengeId }), cursor: (d) => d.ownershipStatement.edges[0].cursor },
    ];

    it.each(lists.map((list) => [list.name, list] as const))('%s: every forged part, and garbage, is BAD_USER_INPUT on `after`', async (_name, list) => {
      const first = await request(t, ana, list.query, list.variables());
      expect(first.errors).toBeUndefined();
      const real = JSON.parse(Buffer.from(list.cursor(first.data), 'base64url').toString('utf8')) as unknown[];
      // The real cursor reads the next page.
      expect((await request(t, ana, list.query, { ...list.variables(), a: list.cursor(first.data) })).errors).toBeUndefined();

      const forged = ['garbage', '1.5', '1e20', '', '%%%', forge([]), forge(['other', ...real.slice(1)]), forge(real.slice(0, -1)), forge([...real, 1])];
      for (let part = 1; part < real.length; part++) {
        for (const value of badValues) forged.push(forge(real.map((original, i) => (i === part ? value : original))));
      }
      for (const after of forged) {
        const res = await request(t, ana, list.query, { ...list.variables(), a: after });
        if (!res.errors) continue; // a forged value that is a valid position (1.5 as a HOT rank) reads a page
        expect(res.errors).toHaveLength(1);
        expect(res.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(res.errors[0].message).toMatch(/cursor/);
      }
    });

    it('refuses the forged values the issue found (1.5 and 1e20 as a TOP score, a bigint past its range)', async () => {
      for (const score of [1.5, 1e20]) {
        const res = await request(t, undefined, IDEAS, { c: challengeId, o: 'TOP', a: forge(['TOP', score, '2030-01-01 00:00:00+00', '00000000-0000-4000-8000-000000000000']) });
        expect(res.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
      }
      const ledger = await request(t, undefined, LEDGER, { c: challengeId, a: forge(['ledger', '9999999999999999999', '1']) });
      expect(ledger.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it('answers a page size out of range as BAD_USER_INPUT on `first`, for every kind of list', async () => {
    // Raw strings: a limit test (each list's page-size bound), one loop over documents of every shape.
    const queries = [
      [`query($c: ID!) { ideas(challengeId: $c, first: 101) { edges { cursor } } }`, { c: challengeId }],
      [`query($i: ID!) { idea(id: $i) { revisions(first: 101) { revision } } }`, { i: ideaId }],
      [`query($i: ID!) { idea(id: $i) { builtUponBy(first: 0) { id } } }`, { i: ideaId }],
      [`query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 501) { sequence } }`, { c: challengeId }],
      [`query($c: ID!) { myContributions(challengeId: $c, first: -1) { id } }`, { c: challengeId }],
    ] as const;
    for (const [query, variables] of queries) {
      const res = await t.gql(query, variables, ana.token);
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});
