import { createHash } from 'node:crypto';
import type { PoolClient } from 'pg';
import { ContributionKind, DEFAULT_POLICY, GENESIS_HASH, PseudonymRole, UnsealedEntry, commitment, entryHash, policyDetail } from '@pollen/ledger';
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
 * As the API does, every entry names a pseudonym of its participant (votes the voter's, the rest
 * the author's), held in voter_pseudonym and author_pseudonym; their salts are derived from the challenge and
 * the account (a seeded database is for benchmarks and demos: anyone who reads this could open them).
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
  const pseudonyms = { voter: new Map<string, { pseudonym: string; salt: string }>(), author: new Map<string, { pseudonym: string; salt: string }>() };
  const partyOf = (role: PseudonymRole, participantId: string): string => {
    let made = pseudonyms[role].get(participantId);
    if (!made) {
      // Derived, not drawn from `random`: the seed's other rows (moderation after the ledger) stay those of its sequence.
      const salt = createHash('sha256').update(`pollen-seed-salt/${role}\n${challengeId}\n${participantId}`).digest('hex');
      made = { pseudonym: commitment(role, challengeId, participantId, Buffer.from(salt, 'hex')), salt };
      pseudonyms[role].set(participantId, made);
    }
    return made.pseudonym;
  };
  const roleOf = (kind: ContributionKind): PseudonymRole => (kind === ContributionKind.VOTE_CAST ? 'voter' : 'author');
  function* sealed(): Generator<CopyValue[]> {
    function* entry(kind: ContributionKind, account: string, ideaId: string | null, commentId: string | null, points: number, detail: Record<string, unknown>, at: number, role = roleOf(kind)) {
      const participantId = partyOf(role, account);
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
        // Under the pseudonym of the act it comes with, as LedgerRecorder records it.
        yield* entry(ContributionKind.LICENCE_ACCEPTED, act.participantId, null, null, 0, { licence: policy.licence }, act.at, roleOf(act.kind));
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
  for (const role of ['voter', 'author'] as const) {
    const made = [...pseudonyms[role]];
    await client.query(
      `INSERT INTO ${role}_pseudonym (challenge_id, participant_id, pseudonym, salt)
       SELECT $1, u.participant_id, u.pseudonym, decode(u.salt, 'hex') FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS u(participant_id, pseudonym, salt)`,
      [challengeId, made.map(([id]) => id), made.map(([, p]) => p.pseudonym), made.map(([, p]) => p.salt)],
    );
  }
  await client.query(
    `INSERT INTO licence_acceptance (challenge_id, user_id, licence, accepted_at)
     SELECT c.challenge_id, p.participant_id, c.detail->>'licence', c.occurred_at
       FROM contribution c JOIN (SELECT participant_id, pseudonym FROM author_pseudonym UNION ALL SELECT participant_id, pseudonym FROM voter_pseudonym) p ON p.pseudonym = c.participant_id
      WHERE c.challenge_id = $1 AND c.kind = 'LICENCE_ACCEPTED'`,
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
    `INSERT INTO ownership_authorship (challenge_id, idea_id, participant_id, share_bp)
     SELECT i.challenge_id, i.id, a.pseudonym, 10000 FROM idea i JOIN author_pseudonym a ON a.challenge_id = i.challenge_id AND a.participant_id = i.author_id WHERE i.challenge_id = $1`,
    [challengeId],
  );
  return count;
}
