import type { PoolClient } from 'pg';
import { ContributionKind, DEFAULT_POLICY, GENESIS_HASH, UnsealedEntry, entryHash, policyDetail } from '@pollen/ledger';
import { copyRows, CopyValue } from './copy-writer';
import { Random } from './random';

/** One recorded act of the seeded history: who, what, on which idea or comment, when (ms). */
export interface SeedAct {
  kind: ContributionKind.IDEA_PROPOSED | ContributionKind.IDEA_BUILT_UPON | ContributionKind.COMMENT | ContributionKind.VOTE_CAST;
  participantId: string;
  ideaId: string;
  commentId: string | null;
  at: number;
  detail?: Record<string, unknown>;
}

/**
 * The seeded challenge's ledger, as the API would have left it: a frozen default policy, the
 * POLICY entry, each participant's licence acceptance, then every act, sealed into the chain
 * here (the same hashing as the sealer), the head, and the statement tallies, so that
 * `npm run ledger -- verify` passes on a seeded database and the sealer has nothing to catch up.
 */
export async function seedLedger(
  client: PoolClient,
  challengeId: string,
  ownerId: string,
  startedAt: number,
  acts: () => Iterable<SeedAct>,
  random: Random,
  onRows: (count: number) => void,
): Promise<number> {
  const policy = DEFAULT_POLICY;
  await client.query(
    `INSERT INTO ownership_policy (challenge_id, weights, lineage_decay_bp, lineage_generations, licence, frozen_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [challengeId, JSON.stringify(policy.weights), policy.lineageDecayBp, policy.lineageGenerations, policy.licence, new Date(startedAt)],
  );
  let seq = 0n;
  let hash = GENESIS_HASH;
  const accepted = new Set<string>();
  function* sealed(): Generator<CopyValue[]> {
    function* entry(kind: ContributionKind, participantId: string, ideaId: string | null, commentId: string | null, points: number, detail: Record<string, unknown>, at: number) {
      const unsealed: UnsealedEntry = { challengeId, id: random.uuid(), kind, participantId, ideaId, commentId, points: BigInt(points), compensates: null, detail, occurredAt: new Date(Math.floor(at)) };
      seq += 1n;
      const next = entryHash(hash, unsealed, seq);
      yield [unsealed.id, challengeId, kind, participantId, ideaId, commentId, points, JSON.stringify(detail), unsealed.occurredAt, seq.toString(), hash, next];
      hash = next;
    }
    yield* entry(ContributionKind.POLICY, ownerId, null, null, 0, policyDetail(policy), startedAt);
    for (const act of acts()) {
      if (act.kind !== ContributionKind.IDEA_BUILT_UPON && !accepted.has(act.participantId)) {
        accepted.add(act.participantId);
        yield* entry(ContributionKind.LICENCE_ACCEPTED, act.participantId, null, null, 0, { licence: policy.licence }, act.at);
      }
      yield* entry(act.kind, act.participantId, act.ideaId, act.commentId, policy.weights[act.kind], act.detail ?? {}, act.at);
    }
  }
  const count = await copyRows(
    client,
    'contribution',
    ['id', 'challenge_id', 'kind', 'participant_id', 'idea_id', 'comment_id', 'points', 'detail', 'occurred_at', 'seq', 'prev_hash', 'hash'],
    sealed(),
    onRows,
  );
  await client.query(`INSERT INTO ledger_head (challenge_id, seq, hash) VALUES ($1, $2, $3)`, [challengeId, seq.toString(), hash]);
  await client.query(
    `INSERT INTO licence_acceptance (challenge_id, user_id, licence, accepted_at)
     SELECT challenge_id, participant_id, detail->>'licence', occurred_at FROM contribution WHERE challenge_id = $1 AND kind = 'LICENCE_ACCEPTED'`,
    [challengeId],
  );
  // The tallies the sealer would have kept (no compensations in the seeded history).
  await client.query(
    `INSERT INTO ownership_direct (challenge_id, participant_id, kind, entries, points)
     SELECT challenge_id, participant_id, kind, count(*), sum(points) FROM contribution
      WHERE challenge_id = $1 AND kind IN ('LICENCE_ACCEPTED', 'COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST') GROUP BY 1, 2, 3`,
    [challengeId],
  );
  await client.query(
    `INSERT INTO ownership_participation (challenge_id, idea_id, participant_id, kind, entries, points)
     SELECT challenge_id, idea_id, participant_id, kind, count(*), sum(points) FROM contribution
      WHERE challenge_id = $1 AND idea_id IS NOT NULL AND kind IN ('COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST') GROUP BY 1, 2, 3, 4`,
    [challengeId],
  );
  await client.query(
    `INSERT INTO ownership_idea (challenge_id, idea_id, kind, entries, points)
     SELECT challenge_id, idea_id, kind, count(*), sum(points) FROM contribution
      WHERE challenge_id = $1 AND kind IN ('IDEA_PROPOSED', 'IDEA_BUILT_UPON') GROUP BY 1, 2, 3`,
    [challengeId],
  );
  await client.query(
    `INSERT INTO ownership_authorship (challenge_id, idea_id, participant_id, share_bp) SELECT challenge_id, id, author_id, 10000 FROM idea WHERE challenge_id = $1`,
    [challengeId],
  );
  return count;
}
