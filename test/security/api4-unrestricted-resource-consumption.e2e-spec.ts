import { IDEA_BODY_MAX, MAX_REQUEST_BODY } from '@pollen/kernel';
import { graphql } from '../gql';
import { Person, brand, challenge, person, propose } from '../support/co-creation';
import { send } from '../support/graphql';
import { Footprint, footprint } from '../support/load-probe';
import { TestApp, createTestApp } from '../setup/test-app';

// OWASP API4:2023 Unrestricted resource consumption, against a production-mode server. Each
// hostile shape is one request of at most 100 kB, anonymous or signed in, sent after a user created
// the data that makes it expensive (500 revisions of 20,000 two-byte characters; ideas that each
// build on ten others). None may hold the event loop for more than 1 s or grow the heap by more
// than 100 MB: the server runs in this process, so both are read where they happen
// (test/support/load-probe.ts). This is a correctness bound, not a performance figure.
const LOOP_MAX_MS = 1_000;
const HEAP_MAX_MB = 100;
const REQUEST_MAX_BYTES = 100 * 1024;
const REVISIONS = 500;
const LINEAGE_IDEAS = 30;

/** 20,000 characters outside Latin-1, so each is two bytes in V8's heap and three on the wire. */
const heavyText = (seed: number) => `${seed} `.padEnd(IDEA_BODY_MAX, '花');

const REVISE = graphql(`mutation Api4ReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { revision } }`);
const REVISIONS_BEFORE = graphql(`query Api4RevisionsBefore($id: ID!) { idea(id: $id) { revisions(first: 3, before: 3) { revision } } }`);
const LATEST_REVISION = graphql(`query Api4LatestRevision($id: ID!) { idea(id: $id) { revision revisions(first: 1) { revision } } }`);
const LIGHT_EVENTS = graphql(`query Api4LightEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence type } }`);

describe('API4 unrestricted resource consumption (NODE_ENV=production)', () => {
  let t: TestApp;
  let author: Person;
  let challengeId: string;
  let revised: string;
  let lineage: string[];
  const figures: Array<{ shape: string } & Omit<Footprint, 'body'>> = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production' } });
    const owner = await person(t);
    author = await person(t);
    challengeId = await challenge(t, owner, await brand(t, owner));
    revised = await propose(t, author, challengeId, { title: 'Revised five hundred times', body: heavyText(0) });
    for (let start = 1; start <= REVISIONS; start += 4) {
      // Four at a time: each is its own request, as a patient user would send them.
      await Promise.all(
        [0, 1, 2, 3].map(async (i) => {
          const res = await send(t, author, REVISE, { i: { ideaId: revised, body: heavyText(start + i) } });
          expect(res.errors).toBeUndefined();
        }),
      );
    }
    lineage = [];
    for (let i = 0; i < LINEAGE_IDEAS; i++) {
      lineage.push(await propose(t, author, challengeId, { title: `Lineage ${i}`, body: heavyText(i), buildsOn: lineage.slice(-10) }));
    }
  }, 600_000);

  afterAll(async () => {
    console.info(
      `API4 hostile requests against a production-mode server (in process; the machine is shared):\n` +
        figures
          .map((f) => `  ${f.shape.padEnd(44)} ${String(f.status).padStart(3)} ${String(f.bytes).padStart(9)} B  ${f.ms.toFixed(0).padStart(5)} ms  loop max ${f.loopMaxMs.toFixed(0).padStart(4)} ms  heap +${f.heapGrowthMb.toFixed(1).padStart(5)} MB  ping ≤ ${f.slowestPingMs.toFixed(0)} ms`)
          .join('\n'),
    );
    await t?.close();
  });

  /** Sends one hostile request and checks the bounds; returns the answer for the shape's own checks. */
  // Its documents stay raw strings: limit tests (depth, cost, aliases, size), several built at run time.
  async function hostile(shape: string, query: string, variables: Record<string, unknown> | string = {}, token?: string): Promise<Footprint> {
    // Variables too deep for JSON.stringify are given as their JSON text.
    const body = `{"query":${JSON.stringify(query)},"variables":${typeof variables === 'string' ? variables : JSON.stringify(variables)}}`;
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(REQUEST_MAX_BYTES);
    const measured = await footprint(t.url, body, token);
    const { body: _answer, ...figure } = measured;
    figures.push({ shape, ...figure });
    expect(measured.loopMaxMs).toBeLessThan(LOOP_MAX_MS);
    expect(measured.heapGrowthMb).toBeLessThan(HEAP_MAX_MB);
    expect(JSON.stringify(measured.body ?? '')).not.toMatch(/at .*\.(js|ts):\d+|Maximum call stack/);
    return measured;
  }

  const refusal = (answer: Footprint) => answer.body.errors[0];

  describe('the document, bounded before it is validated', () => {
    it('refuses a fragment bomb (each fragment spreading the next twice) in no time', async () => {
      const levels = 40;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
      const query = `query { ...F0 }\n${fragments}\nfragment F${levels} on Query { challenges { edges { cursor } } }`;
      expect(query.length).toBeLessThan(2_048);
      const answer = await hostile('fragment bomb, 40 levels (2^40 spreads)', query);
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_NODES' });
    });

    it('refuses the largest fragment bomb the token limit lets through', async () => {
      // Ten tokens a fragment: 190 levels are just under MAX_QUERY_TOKENS (2,000).
      const levels = 190;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
      const answer = await hostile('fragment bomb, 190 levels (token limit)', `query { ...F0 }\n${fragments}\nfragment F${levels} on Query { __typename }`);
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_NODES' });
    });

    it('refuses a fragment bomb through list fields (each level a list of the next)', async () => {
      const levels = 12;
      const fragments = Array.from({ length: levels }, (_, i) => `fragment I${i} on Idea { buildsOn { ...I${i + 1} } builtUponBy { ...I${i + 1} } }`).join('\n');
      const query = `query($id: ID!) { idea(id: $id) { ...I0 } }\n${fragments}\nfragment I${levels} on Idea { id }`;
      const answer = await hostile('fragment bomb through lists, 12 levels', query, { id: lineage[0] });
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_DEPTH' });
    });

    it('answers cyclic fragments with a 400 naming the cycle, not a stack overflow', async () => {
      const direct = await hostile('cyclic fragments (A → B → A)', `query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }`);
      expect(direct.status).toBe(400);
      expect(refusal(direct)).toMatchObject({ message: expect.stringMatching(/Cannot spread fragment "A" within itself/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
      const throughFields = await hostile(
        'cyclic fragments through fields',
        `query($id: ID!) { idea(id: $id) { ...A } } fragment A on Idea { buildsOn { ...B } } fragment B on Idea { builtUponBy { ...A } }`,
        { id: lineage[0] },
      );
      expect(throughFields.status).toBe(400);
      expect(refusal(throughFields).extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('refuses a 45,000-deep variable with a 400 naming the limit', async () => {
      const depth = 45_000;
      const answer = await hostile('variable nested 45,000 deep', `query($ids: [ID!]) { __typename }`, `{"ids":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_VARIABLES_DEPTH' });
      const object = await hostile('object variable nested 15,000 deep', `query { __typename }`, `{"v":${'{"a":'.repeat(15_000)}1${'}'.repeat(15_000)}}`);
      expect(object.status).toBe(400);
      expect(refusal(object).extensions.limit).toBe('MAX_VARIABLES_DEPTH');
    });

    it('refuses an alias flood', async () => {
      const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: challenges(first: 100) { edges { cursor } }`).join(' ');
      const answer = await hostile('300 aliases of a page', `{ ${aliases} }`);
      expect(answer.status).toBe(400);
      // 3,600 tokens: refused while parsing, before the aliases are counted.
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_TOKENS' });
      const few = Array.from({ length: 40 }, (_, i) => `a${i}: challenges(first: 1) { edges { cursor } }`).join(' ');
      const aliased = await hostile('40 aliases', `{ ${few} }`);
      expect(aliased.status).toBe(400);
      expect(refusal(aliased).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_ALIASES' });
    });

    it('refuses a directive flood', async () => {
      const answer = await hostile('60 directives on one field', `{ __typename ${'@include(if: true) '.repeat(60)} }`);
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_DIRECTIVES' });
    });

    it('refuses a token flood of 100 kB before parsing it whole', async () => {
      const budget = REQUEST_MAX_BYTES - 64;
      const flood = await hostile('100 kB of fields (token flood)', `{ ${'__typename '.repeat(Math.floor(budget / 11))} }`);
      expect(flood.status).toBe(400);
      expect(refusal(flood).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_TOKENS' });
      const nesting = Math.floor(budget / 4);
      const deepDocument = await hostile('document nested 25,000 deep', `{ ${'a { '.repeat(nesting / 2)}${'}'.repeat(nesting / 2)} }`);
      expect(deepDocument.status).toBe(400);
      expect(refusal(deepDocument).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_TOKENS' });
    });

    it('keeps the request body at 100 kB', async () => {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(110 * 1024) } }) });
      expect(MAX_REQUEST_BODY).toBe('100kb');
      expect(res.status).toBe(413);
    });
  });

  describe('lists priced by their bounds, over the data a user created', () => {
    it('answers the largest page of revisions the cost allows, within the bounds', async () => {
      const answer = await hostile(
        'revisions(first: 100) { body } of 500 (signed in)',
        `query($id: ID!) { idea(id: $id) { revisions(first: 100) { revision body } } }`,
        { id: revised },
        author.token,
      );
      expect(answer.status).toBe(200);
      expect(answer.bytes).toBeGreaterThan(100 * IDEA_BODY_MAX);
    });

    it('pages revisions with `before` rather than reading them all', async () => {
      const res = await send(t, undefined, REVISIONS_BEFORE, { id: revised });
      expect(res.data.idea!.revisions.map((r: { revision: number }) => r.revision)).toEqual([2, 1]);
      const latest = await send(t, undefined, LATEST_REVISION, { id: revised });
      expect(latest.data.idea!.revisions).toEqual([{ revision: REVISIONS + 1 }]);
    });

    it('refuses what would read every revision of many ideas', async () => {
      const answer = await hostile(
        'ideas(first: 100) { revisions(first: 100) { body } }',
        `query($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { revisions(first: 100) { body } } } } }`,
        { c: challengeId },
      );
      expect(answer.status).toBe(400);
      expect(refusal(answer).extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
      const aliased = Array.from({ length: 20 }, (_, i) => `r${i}: idea(id: $id) { revisions(first: 100, before: ${REVISIONS - i * 20}) { body } }`).join(' ');
      const manyPages = await hostile('20 aliased pages of revision bodies', `query($id: ID!) { ${aliased} }`, { id: revised });
      expect(manyPages.status).toBe(400);
      expect(refusal(manyPages).extensions.limit).toBe('MAX_QUERY_COMPLEXITY');
    });

    it('prices nested lineage by ten per level and answers what fits within the bounds', async () => {
      const last = lineage[lineage.length - 1];
      const threeLevels = await hostile('buildsOn ×3 levels { id } (signed in)', `query($id: ID!) { idea(id: $id) { buildsOn { buildsOn { buildsOn { id } } } } }`, { id: last }, author.token);
      expect(threeLevels.status).toBe(200);
      expect(threeLevels.body.data.idea.buildsOn).toHaveLength(10);
      const withBodies = await hostile('buildsOn ×3 levels { body }', `query($id: ID!) { idea(id: $id) { buildsOn { buildsOn { buildsOn { body } } } } }`, { id: last });
      expect(withBodies.status).toBe(400);
      expect(refusal(withBodies).extensions.limit).toBe('MAX_QUERY_COMPLEXITY');
      const wide = await hostile(
        'ideas(first: 100) { buildsOn { builtUponBy { … } } }',
        `query($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { buildsOn { builtUponBy(first: 100) { buildsOn { id } } } } } } }`,
        { c: challengeId },
      );
      expect(wide.status).toBe(400);
      expect(refusal(wide).extensions.limit).toBe('MAX_QUERY_COMPLEXITY');
    });

    it('answers the largest allowed page of ideas with their bodies within the bounds', async () => {
      const answer = await hostile(
        'ideas(first: 80) { body buildsOn { title } }',
        `query($c: ID!) { ideas(challengeId: $c, first: 80) { edges { node { id body buildsOn { title } } } } }`,
        { c: challengeId },
      );
      expect(answer.status).toBe(200);
    });

    it('prices events by their payloads: the catch-up reads only the page asked', async () => {
      const all = await hostile('challengeEvents(first: 500) { data }', `query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 500) { sequence data } }`, { c: challengeId });
      expect(all.status).toBe(400);
      expect(refusal(all).extensions.limit).toBe('MAX_QUERY_COMPLEXITY');
      const page = await hostile('challengeEvents(first: 100) { data }', `query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0, first: 100) { sequence data } }`, { c: challengeId });
      expect(page.status).toBe(200);
      expect(page.bytes).toBeGreaterThan(100 * IDEA_BODY_MAX);
      const light = await send(t, undefined, LIGHT_EVENTS, { c: challengeId });
      expect(light.errors).toBeUndefined();
      expect(light.data.challengeEvents).toHaveLength(500);
    });

    it('holds the fixed bounds in the database: 10 parents, 10 tags, 10 authors, 2 decisions', async () => {
      const refused = async (sql: string, params: unknown[]) => (await t.sql(sql, params).then(() => null, (error: { code: string }) => error.code));
      const last = lineage[lineage.length - 1];
      expect(await refused(`INSERT INTO idea_lineage (challenge_id, idea_id, parent_id) VALUES ($1, $2, $3)`, [challengeId, last, lineage[0]])).toBe('23514');
      expect(await refused(`UPDATE idea SET tags = $2 WHERE id = $1`, [last, Array.from({ length: 11 }, (_, i) => `t${i}`)])).toBe('23514');
      const invitees = await t.sql(
        `INSERT INTO app_user (email, display_name, password_hash) SELECT 'bound-' || g || '@example.test', 'Invitee ' || g, 'x' FROM generate_series(1, 10) g RETURNING id`,
      );
      // The author and ten invitees make eleven.
      const invite = `INSERT INTO idea_author (idea_id, user_id, role, invited_by) SELECT $1, unnest($2::uuid[]), 'CO_AUTHOR', $3`;
      expect(await refused(invite, [last, invitees.map((row: { id: string }) => row.id), author.id])).toBe('23514');
      expect(await refused(invite, [last, invitees.slice(0, 9).map((row: { id: string }) => row.id), author.id])).toBeNull();
      const decision = `INSERT INTO idea_decision (idea_id, from_status, to_status, reason, decided_by) VALUES ($1, $2, $3, 'Because', $4)`;
      expect(await refused(decision, [last, 'OPEN', 'SHORTLISTED', author.id])).toBeNull();
      expect(await refused(decision, [last, 'OPEN', 'REJECTED', author.id])).toBe('23505');
      expect(await refused(decision, [last, 'ADOPTED', 'REJECTED', author.id])).toBe('23514');
    });

    it('refuses an answer larger than the response ceiling whole, never truncated', async () => {
      // Within the cost, 180 bodies of 20,000 three-byte characters are 10.8 MB on the wire.
      const answer = await hostile(
        '180 revision bodies (10.8 MB) in two aliases',
        `query($id: ID!) { a: idea(id: $id) { revisions(first: 100) { body } } b: idea(id: $id) { revisions(first: 80, before: 401) { body } } }`,
        { id: revised },
      );
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/larger than 8388608 bytes/), extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_RESPONSE_BYTES' } }] });
    });
  });
});
