import { Client } from 'pg';
import { DEFAULT_POLICY, policyDetail } from '../../libs/ledger/src';

export interface VoteFixture {
  challengeId: string;
  ideaIds: string[];
  voterIds: string[];
}

/**
 * A challenge in IDEATION (its ownership policy frozen) with `ideas` ideas by one author and `voters` other accounts, written
 * in a few statements (the castVote scenarios need no history: every vote they cast is new or
 * a change, never a no-op).
 */
export async function createVoteFixture(databaseUrl: string, ideas: number, voters: number): Promise<VoteFixture> {
  // Several fixtures may share a database (the harness's spec): names carry a tag.
  const tag = Math.random().toString(36).slice(2, 8);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const [owner] = (await client.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Bench owner', 'x') RETURNING id`,
      [`owner-${tag}@bench.pollen.local`],
    )).rows;
    const voterRows = await client.query<{ id: string }>(
      `INSERT INTO app_user (email, display_name, password_hash)
       SELECT 'voter-' || n || '-' || $2 || '@bench.pollen.local', 'Voter ' || n, 'x' FROM generate_series(1, $1) n RETURNING id`,
      [voters, tag],
    );
    const [organization] = (await client.query<{ id: string }>(
      `INSERT INTO organization (name, slug, created_by) VALUES ('Bench', $2, $1) RETURNING id`,
      [owner.id, `bench-${tag}`],
    )).rows;
    const [challenge] = (await client.query<{ id: string }>(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by)
       VALUES ($1, 'Bench challenge', 'Votes, votes, votes', 'en', 'IDEATION', $2) RETURNING id`,
      [organization.id, owner.id],
    )).rows;
    const ideaRows = await client.query<{ id: string }>(
      `INSERT INTO idea (challenge_id, author_id, title, body, ts_config)
       SELECT $1, $2, 'Bench idea ' || n, 'An idea to vote on', 'pollen_en' FROM generate_series(1, $3) n RETURNING id`,
      [challenge.id, owner.id, ideas],
    );
    // Open challenges have a frozen ownership policy, recorded as their ledger's first entry.
    await client.query(
      `INSERT INTO ownership_policy (challenge_id, weights, lineage_decay_bp, lineage_generations, licence, frozen_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [challenge.id, JSON.stringify(DEFAULT_POLICY.weights), DEFAULT_POLICY.lineageDecayBp, DEFAULT_POLICY.lineageGenerations, DEFAULT_POLICY.licence],
    );
    await client.query(`INSERT INTO contribution (challenge_id, kind, participant_id, points, detail) VALUES ($1, 'POLICY', $2, 0, $3)`, [
      challenge.id,
      owner.id,
      JSON.stringify(policyDetail(DEFAULT_POLICY)),
    ]);
    await client.query(
      `INSERT INTO idea_author (idea_id, user_id, role, share_bp, accepted_at) SELECT id, author_id, 'AUTHOR', 10000, now() FROM idea WHERE challenge_id = $1`,
      [challenge.id],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return { challengeId: challenge.id, ideaIds: ideaRows.rows.map((r) => r.id), voterIds: voterRows.rows.map((r) => r.id) };
  } finally {
    await client.end();
  }
}

/** Ideas whose tallies (folded counters plus pending deltas) differ from their vote rows. */
export async function tallyMismatches(databaseUrl: string, challengeId: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [row] = (await client.query<{ mismatches: number }>(
      `SELECT count(*)::int AS mismatches
         FROM idea i
         LEFT JOIN LATERAL (SELECT coalesce(sum(upvotes), 0) AS up, coalesce(sum(downvotes), 0) AS down
                              FROM idea_counter_delta WHERE idea_id = i.id) d ON true
         LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE value = 1) AS up, count(*) FILTER (WHERE value = -1) AS down
                              FROM vote WHERE idea_id = i.id) v ON true
        WHERE i.challenge_id = $1 AND (i.upvotes + d.up <> v.up OR i.downvotes + d.down <> v.down)`,
      [challengeId],
    )).rows;
    return row.mismatches;
  } finally {
    await client.end();
  }
}
