import { Client } from 'pg';
import { EXPORT_SECTIONS } from '@pollen/privacy';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { adminQuery, createBenchDatabase, dropBenchDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { startApi } from '../child-server';

const ITEMS_PER_KIND = 2_500;

const gql = async (url: string, token: string, query: string, variables: Record<string, unknown> = {}) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data!;
};

/** A participant with 10,000 items: 2,500 ideas (each with its revision), comments, votes and ledger entries. */
async function seed(url: string, apiUrl: string): Promise<{ participantId: string; token: string }> {
  const [owner, participant] = await adminQuery<{ id: string }>(
    url,
    `INSERT INTO app_user (email, display_name, password_hash) VALUES ('owner@bench.test', 'Bench Owner', 'x'), ('ana@bench.test', 'Bench Ana', 'x') RETURNING id`,
  );
  const [ownerToken, token] = await mintAccessTokens(url, [owner.id, participant.id], BENCH_JWT_SECRET);
  const org = await gql(apiUrl, ownerToken, `mutation { createOrganization(input: { name: "Bench brand", slug: "bench-brand" }) { id } }`);
  const created = await gql(apiUrl, ownerToken, `mutation($o: ID!) { createChallenge(input: { organizationId: $o, title: "City car 2030", brief: "What should it be?", language: EN }) { id } }`, {
    o: org.createOrganization.id,
  });
  const challengeId = created.createChallenge.id as string;
  await gql(apiUrl, ownerToken, `mutation($c: ID!) { setChallengePhase(challengeId: $c, phase: IDEATION) { phase } }`, { c: challengeId });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const p = [challengeId, participant.id, ITEMS_PER_KIND];
    await client.query(
      `WITH i AS (INSERT INTO idea (challenge_id, author_id, title, body, tags, ts_config)
                  SELECT $1, $2, 'Idea number ' || g, repeat('A seat that folds into the floor. ', 12), ARRAY['interior'], 'english'::regconfig
                  FROM generate_series(1, $3::int) g RETURNING id, title, body, tags)
       INSERT INTO idea_revision (idea_id, revision, title, body, tags, edited_by) SELECT id, 1, title, body, tags, $2 FROM i`,
      p,
    );
    await client.query(
      `INSERT INTO comment (idea_id, challenge_id, author_id, body)
       SELECT id, $1, $2, 'A comment on ' || title FROM idea WHERE challenge_id = $1 AND author_id = $2 LIMIT $3`,
      p,
    );
    await client.query(`INSERT INTO vote (idea_id, user_id, value) SELECT id, $2, 1 FROM idea WHERE challenge_id = $1 AND author_id = $2 LIMIT $3`, p);
    await client.query(
      `INSERT INTO contribution (challenge_id, kind, participant_id, comment_id, points)
       SELECT $1, 'COMMENT', $2, id, 1000 FROM comment WHERE challenge_id = $1 AND author_id = $2 LIMIT $3`,
      p,
    );
  } finally {
    await client.end();
  }
  return { participantId: participant.id, token };
}

/** The reference: the same rows, as the same JSON, read by one plain SELECT per section through pg. */
async function plainSelect(url: string, participantId: string): Promise<{ ms: number; rows: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    let rows = 0;
    for (const section of EXPORT_SECTIONS) rows += (await client.query(`SELECT s.doc FROM (${section.sql}) s ORDER BY s.k COLLATE "C"`, [participantId])).rowCount ?? 0;
    return { ms: performance.now() - t0, rows };
  } finally {
    await client.end();
  }
}

/** One export through the API: requested over GraphQL, built by the worker, followed until READY. */
async function exportOnce(apiUrl: string, token: string): Promise<{ ms: number; items: number; bytes: number }> {
  const t0 = performance.now();
  const { requestDataExport } = await gql(apiUrl, token, `mutation { requestDataExport { id } }`);
  for (;;) {
    const { dataExport } = await gql(apiUrl, token, `query($id: ID!) { dataExport(id: $id) { state itemsTotal sizeBytes } }`, { id: requestDataExport.id });
    if (dataExport.state === 'READY') return { ms: performance.now() - t0, items: dataExport.itemsTotal, bytes: dataExport.sizeBytes };
    if (dataExport.state === 'FAILED') throw new Error('the export failed');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The export of a participant with 10,000 items (issue 15's goal: within a minute), from the
 * request to a READY archive (read in batches, zipped, stored), beside one plain SELECT per
 * section of the same rows as the same JSON through pg, rounds interleaved.
 */
const scenario: BenchScenario = {
  name: 'data-export',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const url = await createBenchDatabase(context.adminUrl);
    const api = await startApi({ databaseUrl: url, jwtSecret: BENCH_JWT_SECRET });
    try {
      const { participantId, token } = await seed(url, api.url);
      const rounds = context.quick ? 1 : 3;
      const measured = { api: [] as number[], sql: [] as number[] };
      let last = { items: 0, bytes: 0, rows: 0 };
      for (let round = 0; round < rounds; round++) {
        const reference = await plainSelect(url, participantId);
        const exported = await exportOnce(api.url, token);
        measured.sql.push(reference.ms);
        measured.api.push(exported.ms);
        last = { items: exported.items, bytes: exported.bytes, rows: reference.rows };
        context.log(`data export round ${round + 1}/${rounds}: ${(exported.ms / 1000).toFixed(2)} s for ${exported.items} items (plain SELECT ${(reference.ms / 1000).toFixed(2)} s)`);
      }
      return [
        {
          scenario: `data export, a participant with ${last.rows.toLocaleString('en')} items`,
          metric: 'time to a ready archive',
          unit: 's',
          value: Number((median(measured.api) / 1000).toFixed(2)),
          referenceName: 'plain SELECT of the same rows as JSON (pg)',
          reference: Number((median(measured.sql) / 1000).toFixed(2)),
          better: 'lower',
          note: `goal: within 60 s; median of ${rounds}; archive ${(last.bytes / 1e6).toFixed(1)} MB, ${last.items} items counted`,
        },
      ];
    } finally {
      await api.stop();
      await dropBenchDatabase(context.adminUrl, url);
    }
  },
};
export default scenario;
