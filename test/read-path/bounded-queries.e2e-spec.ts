import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLField, GraphQLNamedType, GraphQLObjectType, buildSchema, getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import { Client } from 'pg';
import { IDEA_AUTHORS_MAX, REQUEST_ID_HEADER, currentRequestId } from '@pollen/kernel';
import { SEEDED_PASSWORD, seed } from '../../apps/seed/src/seed';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, challenge, comment, person, propose, setPhase } from '../support/co-creation';
import { send } from '../support/graphql';

// The setup's operations are typed; the measured pages stay raw strings, built at run time around
// the selection of each field the spec walks.
const LOGIN = graphql(`mutation BoundedLogin($i: LoginInput!) { login(input: $i) { accessToken user { id } } }`);
const REVISE = graphql(`mutation BoundedReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }`);
const INVITE = graphql(`mutation BoundedInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`);
const RESPOND = graphql(`mutation BoundedRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`);
const SPLIT = graphql(`mutation BoundedProposeAuthorshipSplit($i: ID!, $s: [AuthorShareInput!]!) { proposeAuthorshipSplit(ideaId: $i, shares: $s) { id } }`);
const DECIDE = graphql(`mutation BoundedDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }`);
const MODERATE = graphql(`mutation BoundedModerate($i: ModerateInput!) { moderate(input: $i) { id } }`);
const REPORT = graphql(`mutation BoundedReport($i: ReportInput!) { report(input: $i) { __typename } }`);

/**
 * No N+1 anywhere: every list and object field of the committed schema, asked on a page of 2
 * parents and on a page of 20, costs the same number of SQL statements. The spec walks
 * apps/api/schema.gql: a type that appears in a list and has fields answered by resolvers needs
 * a page here (PAGES) or a reason in NOT_PAGED, and every such field of it is measured, so a new
 * field is covered the day it is added.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

/** A page of `n` parents of one type, around the selection `selection` asked of each. */
interface PageOf {
  query: (selection: string, n: number) => string;
  items: (data: Record<string, unknown>) => unknown[];
  /** The larger page (20 unless a bound is lower). */
  large?: number;
  /** Whose page it is (the brand's owner unless said): for a list without a page argument, someone whose list holds `n`. */
  token?: (n: number) => string;
}

/** Types that appear in lists with resolver-answered fields, which this spec has no page of yet, and why. */
const NOT_PAGED: Record<string, string> = {};

/**
 * Fields that still cost statements per parent, and why they are left so. The spec checks they
 * still do: a fix makes it fail until the field leaves this list.
 */
const UNBOUNDED: Record<string, string> = {};

/**
 * Fields measured cold (no warm-up request before the two pages), and why. An ownership share is
 * a row of its challenge's statement, cached per challenge (STATEMENT_CACHE of them, for
 * STATEMENT_MAX_AGE_MS): after a warm-up the page of 2 would find both cached and the page of 20
 * would compute those the cache could not hold. Cold, each page computes the statements it lacks
 * in one batch (OwnershipService.statementsOf), the same queries for 2 challenges or 20.
 */
const COLD: Record<string, string> = {
  'ParticipantContribution.ownership': 'statements cached per challenge, STATEMENT_CACHE at most',
};

/**
 * Fields that the query cost refuses on any list of their parents, and why: there is no page of
 * them to measure. The spec checks the refusal (a change of cost makes it fail until the field
 * is measured).
 */
const PRICED_OUT: Record<string, string> = {
  'Organization.pendingInvitations': 'up to 100 invitations (cost 100) under each of up to 100 organisations of myOrganizations: beyond MAX_QUERY_COMPLEXITY; one organisation at a time',
};

/** Required arguments a field takes, for the spec to ask it. */
const ARGUMENTS: Record<string, string> = {
  'ModerationItem.reports': '(first: 3)',
};

/** The object types whose instances come in lists (a connection's edge stands for its node). */
function pagedTypes(): GraphQLObjectType[] {
  const found = new Map<string, GraphQLObjectType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      let element = getNullableType(field.type);
      if (!isListType(element)) continue;
      element = getNamedType(element);
      if (!isObjectType(element)) continue;
      const node = element.getFields().node;
      const item = element.name.endsWith('Edge') && node ? (getNamedType(node.type) as GraphQLObjectType) : element;
      found.set(item.name, item);
    }
  }
  return [...found.values()].filter((type) => objectFields(type).length > 0).sort((a, b) => a.name.localeCompare(b.name));
}

function objectFields(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => !isLeafType(getNamedType(field.type)));
}

/** The least a client can ask of a field's value: a connection's node ids, an object's id. */
function least(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '{ __typename }';
  const fields = type.getFields();
  const edge = fields.edges && getNamedType(fields.edges.type);
  if (isObjectType(edge) && edge.getFields().node) return `{ edges { node ${least(getNamedType(edge.getFields().node.type))} } }`;
  if (fields.id) return '{ id }';
  const leaf = Object.values(fields).find((field) => isLeafType(getNamedType(field.type)));
  return `{ ${leaf ? leaf.name : '__typename'} }`;
}

function selectionOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string {
  const given = ARGUMENTS[`${type.name}.${field.name}`];
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  if (required.length && !given) throw new Error(`${type.name}.${field.name} needs ${required.map((arg) => arg.name).join(', ')}: add them to ARGUMENTS`);
  const first = !given && field.args.some((arg) => arg.name === 'first') ? '(first: 3)' : '';
  return `${field.name}${given ?? first} ${least(getNamedType(field.type))}`;
}

describe('bounded queries: every list and object field costs the same statements on a page of 2 and of 20', () => {
  let t: TestApp;
  let owner: Person;
  let pages: Record<string, PageOf>;
  let lineageChallengeId: string;
  const typesToPage = pagedTypes();

  beforeAll(async () => {
    // Measured on an instance with no relay and no outbox consumers: nothing else runs statements
    // while a request is counted. A second instance on the same database, with consumers, writes
    // the notifications during the setup and is closed before anything is measured.
    t = await createTestApp({ env: { POLLEN_RELAY: 'false', POLLEN_CONSUMERS: 'false' } });
    const { challengeId, ownerEmail } = await seed(t.databaseUrl, { scale: 0.02 });
    const login = await send(t, undefined, LOGIN, { i: { email: ownerEmail, password: SEEDED_PASSWORD } });
    owner = { token: login.data.login.accessToken, id: login.data.login.user.id, email: ownerEmail };
    const [{ organizationId }] = await t.sql(`SELECT organization_id AS "organizationId" FROM challenge WHERE id = $1`, [challengeId]);
    const [topIdea] = await t.sql(`SELECT id FROM idea WHERE challenge_id = $1 AND visibility = 'VISIBLE' ORDER BY comment_count DESC LIMIT 1`, [challengeId]);

    // 20 members of the brand's team; 20 challenges of the brand with an idea of one participant in each; 20 replies to the owner.
    await t.sql(
      `INSERT INTO organization_member (organization_id, user_id, role)
       SELECT $1, id, 'MODERATOR' FROM app_user WHERE id <> $2 ORDER BY id LIMIT 20 ON CONFLICT DO NOTHING`,
      [organizationId, owner.id],
    );
    const helper = await createTestApp({ sameDatabaseAs: t, env: { POLLEN_RELAY: 'false' } });
    const contributor = await person(helper);
    const [commenter, another] = [await person(helper), await person(helper)];
    // Lists without a page argument, measured on someone whose list holds 2 and someone whose list
    // holds 20: brand teams of their own (OWNER of each, every team with a pending invitation),
    // invitations to 2 and to 20 teams, brand-team reads of a profile on 2 and on 20 days.
    const [onTwo, onTwenty, invitedTwice, invitedTwenty] = [await person(helper), await person(helper), await person(helper), await person(helper)];
    const brandIds = (
      await t.sql(
        `INSERT INTO organization (name, slug, created_by)
         SELECT 'Bounded brand ' || i, 'bounded-' || i || '-' || substr(md5($1::text), 1, 8), $1::uuid FROM generate_series(1, 20) i RETURNING id`,
        [onTwenty.id],
      )
    ).map((row: { id: string }) => row.id);
    await t.sql(
      `INSERT INTO organization_member (organization_id, user_id, role)
       SELECT id, $2::uuid, 'OWNER' FROM unnest($1::uuid[]) id
       UNION ALL SELECT id, $3::uuid, 'OWNER' FROM unnest($1::uuid[]) WITH ORDINALITY AS b(id, n) WHERE n <= 2`,
      [brandIds, onTwenty.id, onTwo.id],
    );
    await t.sql(
      `INSERT INTO organization_invitation (organization_id, email, role, invited_by)
       SELECT id, lower($2::text), 'MODERATOR', $4::uuid FROM unnest($1::uuid[]) id
       UNION ALL SELECT id, lower($3::text), 'MODERATOR', $4::uuid FROM unnest($1::uuid[]) WITH ORDINALITY AS b(id, n) WHERE n <= 2`,
      [brandIds, invitedTwenty.email, invitedTwice.email, onTwenty.id],
    );
    for (const [looked, days] of [[onTwo, 2], [onTwenty, 20]] as const) {
      await t.sql(
        `INSERT INTO profile_view_day (participant_id, day, organization_id, views)
         SELECT $1::uuid, (now() AT TIME ZONE 'UTC')::date - i, ($2::uuid[])[i + 1], 1 FROM generate_series(0, $3::int - 1) i`,
        [looked.id, brandIds, days],
      );
    }
    const ownIdea = await propose(helper, owner, challengeId, { title: 'The owner’s own idea' });
    const ownComment = (await comment(helper, owner, ownIdea, 'What do you think?')).data.addComment.id;
    for (let i = 0; i < 20; i++) {
      const id = await challenge(helper, owner, organizationId, 'IDEATION');
      await propose(helper, contributor, id, { title: `Idea in challenge ${i}` });
      expect((await comment(helper, i % 2 ? commenter : another, ownIdea, `Reply ${i}`, ownComment)).errors).toBeUndefined();
    }
    // A challenge of 20 ideas that each have everything an idea can have: lineage, a revision, a
    // comment, a co-author invited, a decision (the newest two have all of it, as the newest twenty).
    lineageChallengeId = await challenge(helper, owner, organizationId, 'IDEATION');
    const lineage: string[] = [];
    const lineageComments: string[] = [];
    for (let i = 0; i < 21; i++) {
      const id = await propose(helper, owner, lineageChallengeId, { title: `Generation ${i}`, ...(i ? { buildsOn: [lineage[i - 1]] } : {}) });
      lineage.push(id);
      const revised = await send(helper, owner, REVISE, { i: { ideaId: id, body: `Revised body of generation ${i}` } });
      expect(revised.errors).toBeUndefined();
      const commented = await comment(helper, i % 2 ? commenter : another, id, `On generation ${i}`);
      expect(commented.errors).toBeUndefined();
      lineageComments.push(commented.data.addComment.id);
      const invited = await send(helper, owner, INVITE, { i: id, u: contributor.id });
      expect(invited.errors).toBeUndefined();
    }
    await setPhase(helper, owner, lineageChallengeId, 'REVIEW');
    for (const id of lineage) {
      const decided = await send(helper, owner, DECIDE, { i: { ideaId: id, status: 'SHORTLISTED', reason: 'Worth a closer look' } });
      expect(decided.errors).toBeUndefined();
    }
    // 20 moderation actions in the brand's log: the team dismisses 20 reported items.
    const reported = await t.sql(`SELECT target_id AS "targetId", target_type AS "targetType" FROM moderation_item WHERE organization_id = $1 AND state = 'REPORTED' ORDER BY updated_at LIMIT 30`, [organizationId]);
    const dismissed = await send(helper, owner, MODERATE, { i: { organizationId, action: 'DISMISS', reason: 'Nothing wrong here', targets: reported } });
    expect(dismissed.errors).toBeUndefined();
    // ...and 21 comments reported, so the queue holds more than a page of 20.
    for (const id of lineageComments) {
      const receipt = await send(helper, contributor, REPORT, { i: { targetId: id, targetType: 'COMMENT', reason: 'OFF_TOPIC' } });
      expect(receipt.errors).toBeUndefined();
    }
    // AuthorShare is bounded by an idea's authors (IDEA_AUTHORS_MAX, the lead author included): its
    // page is the proposed split of an idea of 2 authors and of one of IDEA_AUTHORS_MAX, read by
    // its lead author (a participant: the owner's notifications stay those of the replies above).
    const splitChallengeId = await challenge(helper, owner, organizationId, 'IDEATION');
    const splitIdeas = new Map<number, { id: string; lead: Person }>();
    for (const n of [2, IDEA_AUTHORS_MAX]) {
      const lead = await person(helper);
      const id = await propose(helper, lead, splitChallengeId, { title: `An idea of ${n} authors` });
      const authors = [lead];
      while (authors.length < n) {
        const coAuthor = await person(helper);
        expect((await send(helper, lead, INVITE, { i: id, u: coAuthor.id })).errors).toBeUndefined();
        expect((await send(helper, coAuthor, RESPOND, { i: id })).errors).toBeUndefined();
        authors.push(coAuthor);
      }
      const split = await send(helper, lead, SPLIT, { i: id, s: authors.map((a) => ({ userId: a.id, percent: 100 / n })) });
      expect(split.errors).toBeUndefined();
      splitIdeas.set(n, { id, lead });
    }
    for (let waited = 0; Number((await t.sql(`SELECT count(*) AS n FROM notification WHERE recipient_id = $1`, [owner.id]))[0].n) < 20; waited += 100) {
      if (waited > 90_000) throw new Error('the owner’s notifications were not written');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await helper.close();

    const edges = (path: string[]) => (data: Record<string, unknown>) => {
      let value: unknown = data;
      for (const key of path) value = (value as Record<string, unknown>)[key];
      return (value as { edges: unknown[] }).edges;
    };
    const list = (path: string[]) => (data: Record<string, unknown>) => {
      let value: unknown = data;
      for (const key of path) value = (value as Record<string, unknown>)[key];
      return value as unknown[];
    };
    const now = Date.now();
    const window = `from: "${new Date(now - 300 * 86_400_000).toISOString()}", to: "${new Date(now + 86_400_000).toISOString()}"`;
    const insights = (field: string) => (selection: string, n: number) =>
      field === 'buckets'
        ? `{ challengeInsights(challengeId: "${challengeId}", from: "2025-01-01T00:00:00Z", to: "${new Date(Date.UTC(2025, 0, 1 + n)).toISOString()}") { buckets { ${selection} } } }`
        : `{ challengeInsights(challengeId: "${field === 'mostDiscussed' ? lineageChallengeId : challengeId}", ${window}, bucket: WEEK) { ${field}(first: ${n}) { ${selection} } } }`;
    pages = {
      Challenge: { query: (s, n) => `{ challenges(first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['challenges']) },
      Comment: { query: (s, n) => `{ idea(id: "${topIdea.id}") { comments(first: ${n}) { edges { node { id ${s} } } } } }`, items: edges(['idea', 'comments']) },
      ContributorInsight: { query: insights('topContributors'), items: list(['challengeInsights', 'topContributors']) },
      Idea: { query: (s, n) => `{ ideas(challengeId: "${lineageChallengeId}", orderBy: NEW, first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['ideas']) },
      IdeaAuthor: {
        query: (s, n) => `{ ideas(challengeId: "${lineageChallengeId}", orderBy: NEW, first: ${n}) { edges { node { authors { ${s} } } } } }`,
        items: (data) => edges(['ideas'])(data).flatMap((edge) => (edge as { node: { authors: unknown[] } }).node.authors),
      },
      IdeaInsight: { query: insights('mostDiscussed'), items: list(['challengeInsights', 'mostDiscussed']) },
      InsightBucket: { query: insights('buckets'), items: (data) => list(['challengeInsights', 'buckets'])(data) },
      LedgerEntry: { query: (s, n) => `{ contributionLedger(challengeId: "${challengeId}", first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['contributionLedger']) },
      ModerationAction: { query: (s, n) => `{ moderationLog(organizationId: "${organizationId}", first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['moderationLog']) },
      ModerationItem: { query: (s, n) => `{ moderationQueue(organizationId: "${organizationId}", first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['moderationQueue']) },
      Notification: { query: (s, n) => `{ notifications(first: ${n}) { edges { node { id ${s} } } } }`, items: edges(['notifications']) },
      OrganizationMember: { query: (s, n) => `{ organization(id: "${organizationId}") { members(first: ${n}) { ${s} } } }`, items: list(['organization', 'members']) },
      OwnershipShare: { query: (s, n) => `{ ownershipStatement(challengeId: "${challengeId}", first: ${n}) { edges { node { ${s} } } } }`, items: edges(['ownershipStatement']) },
      // The contributor proposed in 20 challenges, accepting each one's licence.
      LicenceAcceptance: { query: (s, n) => `{ licenceAcceptances(first: ${n}) { edges { node { ${s} } } } }`, items: edges(['licenceAcceptances']), token: () => contributor.token },
      Organization: { query: (s) => `{ myOrganizations { id ${s} } }`, items: list(['myOrganizations']), token: (n) => (n === 2 ? onTwo : onTwenty).token },
      OrganizationInvitation: {
        query: (s) => `{ myOrganizationInvitations { id ${s} } }`,
        items: list(['myOrganizationInvitations']),
        token: (n) => (n === 2 ? invitedTwice : invitedTwenty).token,
      },
      AccessSummary: { query: (s) => `{ whoLooked { day ${s} } }`, items: list(['whoLooked']), token: (n) => (n === 2 ? onTwo : onTwenty).token },
      AuthorShare: {
        query: (s, n) => `{ idea(id: "${splitIdeas.get(n)!.id}") { authorshipProposal { shares { ${s} } } } }`,
        items: (data) => (data as { idea: { authorshipProposal: { shares: unknown[] } } }).idea.authorshipProposal.shares,
        large: IDEA_AUTHORS_MAX,
        token: (n) => splitIdeas.get(n)!.lead.token,
      },
      ParticipantContribution: {
        query: (s, n) => `{ participant(id: "${contributor.id}") { contributions(first: ${n}) { edges { node { ${s} } } } } }`,
        items: edges(['participant', 'contributions']),
      },
    };
  }, 300_000);
  afterAll(() => t?.close());

  it('has a page of every type that comes in lists with resolver-answered fields, or says why not', () => {
    const names = typesToPage.map((type) => type.name);
    expect(names.filter((name) => !pages[name] && !NOT_PAGED[name])).toEqual([]);
    expect(Object.keys(NOT_PAGED).filter((name) => !names.includes(name) || pages[name])).toEqual([]);
  });

  const cases = typesToPage.flatMap((type) => objectFields(type).map((field) => [`${type.name}.${field.name}`, type, field] as const));
  it.each(cases)('%s', async (name, type, field) => {
    const page = pages[type.name];
    if (!page) return expect(NOT_PAGED[type.name]).toBeDefined();
    const selection = selectionOf(type, field);
    if (PRICED_OUT[name]) {
      const res = await t.gql(page.query(selection, 2), {}, page.token?.(2) ?? owner.token);
      return expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
    }
    if (!COLD[name]) await queriesFor(selection, page, 2); // instance caches (a challenge, a statement) filled once, before counting
    const small = await queriesFor(selection, page, 2);
    const large = await queriesFor(selection, page, page.large ?? 20);
    if (UNBOUNDED[name]) {
      // Known and written down: when this fails, the field was fixed; take it out of UNBOUNDED.
      expect(large.length).toBeGreaterThan(small.length);
      return;
    }
    // On a difference, the statements that the larger page ran more (or fewer) times.
    expect({ field: name, queries: large.length, more: difference(large, small) }).toEqual({ field: name, queries: small.length, more: [] });
  });

  /**
   * The statements one request ran: those issued within its async context (its X-Request-Id), so
   * that a background job (the counter fold, the ledger sealer) running meanwhile is not counted.
   */
  async function queriesFor(selection: string, page: PageOf, n: number): Promise<string[]> {
    const requestId = `bounded-${randomUUID()}`;
    const queries: string[] = [];
    const query = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      if (currentRequestId() === requestId) queries.push(textOf(args[0]));
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as never); // pg's query has callback overloads (void) beside the promise ones: the spy passes every call through
    try {
      const res = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${page.token?.(n) ?? owner.token}`, [REQUEST_ID_HEADER]: requestId },
        body: JSON.stringify({ query: page.query(selection, n) }),
      });
      const body = (await res.json()) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      // IdeaAuthor's page is the authors of n ideas: at least n of them.
      expect(page.items(body.data).length).toBeGreaterThanOrEqual(n);
    } finally {
      spy.mockRestore();
    }
    // The viewer's session is re-read at most every SESSION_STATE_TTL_MS (2 s), once per request whatever it asks: not counted.
    const counted = queries.filter((text) => !text.includes('FROM auth_session WHERE id = ANY'));
    expect(counted.length).toBeGreaterThan(0); // the page itself is read: a count of 0 would mean nothing was counted
    return counted;
  }
});

function textOf(statement: unknown): string {
  const text = typeof statement === 'string' ? statement : ((statement as { text?: string; name?: string })?.text ?? String(statement));
  return text.replace(/\s+/g, ' ').slice(0, 120);
}

/** Each statement of `a` that `b` has fewer of, signed by how many more `a` has. */
function difference(a: string[], b: string[]): string[] {
  const count = (list: string[]) => list.reduce((map, text) => map.set(text, (map.get(text) ?? 0) + 1), new Map<string, number>());
  const [ca, cb] = [count(a), count(b)];
  return [...new Set([...a, ...b])].filter((text) => ca.get(text) !== cb.get(text)).map((text) => `${(ca.get(text) ?? 0) - (cb.get(text) ?? 0)}× ${text}`);
}
