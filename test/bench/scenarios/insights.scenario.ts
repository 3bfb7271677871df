import { Client } from 'pg';
import { rebuildChallengeInsights } from '@pollen/insights';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { adminQuery } from '../bench-postgres';
import { mintAccessTokens } from '../bench-tokens';
import { seededApi } from '../seeded-database';

const QUERY = `query($c: ID!, $from: DateTime!, $to: DateTime!) {
  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: DAY) {
    buckets { start participants newIdeas votes comments sentiment { positive neutral negative } moderation { reports holds actions } }
    sentiment { positive neutral negative } sentimentTrend
    mostDiscussed(first: 5) { ideaId comments } mostDivisive(first: 5) { ideaId upvotes downvotes } topContributors(first: 5) { participantId points }
  }
}`;

/** The same figures in one SQL statement over the raw rows: what answering without precomputed buckets costs. */
const REFERENCE = `
WITH days AS (SELECT d::date AS day FROM generate_series($2::date, $3::date - 1, interval '1 day') d),
ideas AS (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, author_id AS user_id FROM idea WHERE challenge_id = $1 AND created_at >= $2::date AND created_at < $3::date),
comments AS (SELECT (created_at AT TIME ZONE 'UTC')::date AS day, author_id AS user_id, idea_id FROM comment WHERE challenge_id = $1 AND created_at >= $2::date AND created_at < $3::date),
votes AS (SELECT (v.created_at AT TIME ZONE 'UTC')::date AS day, v.user_id FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1 AND v.created_at >= $2::date AND v.created_at < $3::date),
moods AS (SELECT (content_created_at AT TIME ZONE 'UTC')::date AS day, label FROM content_sentiment WHERE challenge_id = $1 AND content_created_at >= $2::date AND content_created_at < $3::date),
people AS (SELECT day, count(DISTINCT user_id) AS n FROM (SELECT day, user_id FROM ideas UNION ALL SELECT day, user_id FROM comments UNION ALL SELECT day, user_id FROM votes) p GROUP BY day),
per_day AS (
  SELECT d.day, COALESCE(i.n, 0) AS ideas, COALESCE(c.n, 0) AS comments, COALESCE(v.n, 0) AS votes, COALESCE(p.n, 0) AS participants,
         COALESCE(m.positive, 0) AS positive, COALESCE(m.negative, 0) AS negative
    FROM days d
    LEFT JOIN (SELECT day, count(*) AS n FROM ideas GROUP BY day) i USING (day)
    LEFT JOIN (SELECT day, count(*) AS n FROM comments GROUP BY day) c USING (day)
    LEFT JOIN (SELECT day, count(*) AS n FROM votes GROUP BY day) v USING (day)
    LEFT JOIN people p USING (day)
    LEFT JOIN (SELECT day, count(*) FILTER (WHERE label = 'POSITIVE') AS positive, count(*) FILTER (WHERE label = 'NEGATIVE') AS negative FROM moods GROUP BY day) m USING (day)
),
discussed AS (SELECT idea_id, count(*) AS n FROM comment WHERE challenge_id = $1 AND deleted_at IS NULL GROUP BY idea_id ORDER BY n DESC, idea_id LIMIT 5),
divisive AS (
  SELECT v.idea_id, count(*) FILTER (WHERE v.value = 1) AS up, count(*) FILTER (WHERE v.value = -1) AS down
    FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1 GROUP BY v.idea_id
   ORDER BY least(count(*) FILTER (WHERE v.value = 1), count(*) FILTER (WHERE v.value = -1)) DESC, count(*) DESC, v.idea_id LIMIT 5
),
contributors AS (SELECT participant_id, sum(points) AS points FROM ownership_direct WHERE challenge_id = $1 GROUP BY participant_id ORDER BY points DESC, participant_id LIMIT 5)
SELECT (SELECT json_agg(per_day ORDER BY day) FROM per_day) AS buckets, (SELECT json_agg(discussed) FROM discussed) AS discussed,
       (SELECT json_agg(divisive) FROM divisive) AS divisive, (SELECT json_agg(contributors) FROM contributors) AS contributors`;

/** A reference statement slower than this runs once per round rather than three or five times. */
const SLOW_REFERENCE_MS = 5_000;

const p50 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * challengeInsights over the seeded challenge (a year of DAY buckets, the rankings), as the brand
 * team asks it over GraphQL, beside the same figures computed by one SQL statement over the raw
 * rows, rounds interleaved. The buckets are built first by the rebuild from the rows (the seeder
 * writes with COPY, without outbox events); its time is reported too.
 */
const scenario: BenchScenario = {
  name: 'insights',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const api = await seededApi(context);
    api.trafficServed = true;
    const { challengeId } = api.data;
    // The seeded database is cached between runs, and the rebuild with it: it runs once per cached database.
    const rebuilt = await adminQuery(api.data.url, `SELECT 1 FROM insight_rebuild WHERE challenge_id = $1`, [challengeId]);
    let rebuildSeconds: number | null = null;
    if (rebuilt.length === 0) {
      const started = Date.now();
      await rebuildChallengeInsights(api.data.url, challengeId);
      rebuildSeconds = (Date.now() - started) / 1000;
      context.log(`insights rebuilt from the rows at scale ${api.data.scale} in ${rebuildSeconds.toFixed(1)} s`);
    }
    const [owner] = await adminQuery<{ user_id: string }>(api.data.url, `SELECT m.user_id FROM organization_member m JOIN challenge c ON c.organization_id = m.organization_id WHERE c.id = $1 AND m.role = 'OWNER' LIMIT 1`, [challengeId]);
    const [{ last }] = await adminQuery<{ last: string }>(api.data.url, `SELECT (max(created_at) AT TIME ZONE 'UTC')::date::text AS last FROM idea WHERE challenge_id = $1`, [challengeId]);
    const to = new Date(`${last}T00:00:00Z`);
    to.setUTCDate(to.getUTCDate() + 1);
    const from = new Date(to.getTime() - 365 * 86_400_000);
    const [token] = await mintAccessTokens(api.data.url, [owner.user_id]);
    const variables = { c: challengeId, from: from.toISOString(), to: to.toISOString() };

    const viaApi = async () => {
      const t0 = performance.now();
      const res = await fetch(`${api.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables }) });
      const body = (await res.json()) as { errors?: unknown; data?: { challengeInsights: { buckets: unknown[] } } };
      if (body.errors || body.data?.challengeInsights.buckets.length !== 365) throw new Error(`challengeInsights failed: ${JSON.stringify(body.errors)}`);
      return performance.now() - t0;
    };
    const sql = new Client({ connectionString: api.data.url });
    await sql.connect();
    const viaSql = async () => {
      const t0 = performance.now();
      await sql.query(REFERENCE, [challengeId, from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)]);
      return performance.now() - t0;
    };
    try {
      await viaApi();
      const warmSql = await viaSql();
      const rounds = context.quick ? 3 : 5;
      // At scale 10 one reference statement takes tens of seconds: once per round keeps the run within minutes.
      const perRound = { api: context.quick ? 20 : 50, sql: warmSql > SLOW_REFERENCE_MS ? 1 : context.quick ? 3 : 5 };
      const times = { api: [] as number[], sql: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < perRound.api; i++) times.api.push(await viaApi());
        for (let i = 0; i < perRound.sql; i++) times.sql.push(await viaSql());
        context.log(`  round ${round + 1}: API p50 ${p50(times.api).toFixed(1)} ms, raw SQL p50 ${p50(times.sql).toFixed(1)} ms`);
      }
      const scenarioName = `challengeInsights, 365 DAY buckets and three top-5 rankings, scale ${api.data.scale}`;
      return [
        { scenario: scenarioName, metric: 'p50', unit: 'ms', value: round1(p50(times.api)), referenceName: 'same figures, one SQL statement over the rows', reference: round1(p50(times.sql)), better: 'lower', goal: { ratio: 1, comparison: '<=' }, note: `${times.api.length} API and ${times.sql.length} SQL runs, one at a time, interleaved` },
        ...(rebuildSeconds === null
          ? []
          : [{ scenario: scenarioName, metric: 'rebuild from the rows', unit: 's', value: round1(rebuildSeconds), referenceName: 'none', reference: null, better: 'lower' as const, note: 'once per cached seeded database' }]),
      ];
    } finally {
      await sql.end();
    }
  },
};

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
export default scenario;
