import { createHash, randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public ledger stops naming voters (libs/ledger README, *Privacy*), and every chain is
 * re-anchored in format pollen-ledger/2:
 * - every VOTE_CAST entry, and the LICENCE_ACCEPTED entry a first vote recorded (the one just
 *   before the same participant's first entry, when that entry is a vote), is rewritten under
 *   the voter's new pseudonym in the challenge (a commitment in voter_pseudonym);
 * - each sealed chain is put in its new order (votes and licence acceptances, which are chained
 *   in batches now, after the others, by entry id, compensations last) and hashed again in
 *   format 2 (no time for those kinds); the head it replaces is kept in ledger_reanchoring;
 * - the statement tallies of votes and licence acceptances are recomputed from the rewritten chain.
 * This is the one time entries are updated (the append-only trigger is set aside for it). The
 * code is a frozen copy of what the ledger and identity did when it was written.
 */
const BATCHED = ['VOTE_CAST', 'LICENCE_ACCEPTED'];
const GENESIS = '0'.repeat(64);

interface Row {
  position: string;
  id: string;
  kind: string;
  participantId: string;
  ideaId: string | null;
  commentId: string | null;
  points: string;
  compensates: string | null;
  detail: Record<string, unknown>;
  occurredAt: Date;
  seq: string | null;
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
    .join(',')}}`;
}

function hashV2(prev: string, challengeId: string, seq: number, e: Row): string {
  const text = JSON.stringify([
    'pollen-ledger/2',
    challengeId,
    String(seq),
    e.id,
    e.kind,
    e.participantId,
    e.ideaId,
    e.commentId,
    e.points,
    e.compensates,
    canonicalJson(e.detail),
    BATCHED.includes(e.kind) ? null : e.occurredAt.toISOString(),
  ]);
  return createHash('sha256').update(prev).update('\n').update(text).digest('hex');
}

function commitment(challengeId: string, participantId: string, salt: Buffer): string {
  const hex = createHash('sha256').update(`pollen-voter/1\n${challengeId}\n${participantId}\n`).update(salt).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Re-anchors one challenge's ledger (exported for the spec that re-anchors a chain sealed in format 1). */
export async function reanchorChallenge(q: QueryRunner, challengeId: string): Promise<void> {
  const rows = (await q.query(
    `SELECT position::text AS position, id, kind, participant_id AS "participantId", idea_id AS "ideaId", comment_id AS "commentId",
            points::text AS points, compensates, detail, occurred_at AS "occurredAt", seq::text AS seq
       FROM contribution WHERE challenge_id = $1 ORDER BY position`,
    [challengeId],
  )) as Row[];
  // Whose entries become a pseudonym's: every vote, and a licence acceptance a first vote recorded.
  const firstAfter = new Map<string, Row>();
  const voteLicences = new Set<string>();
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.kind === 'LICENCE_ACCEPTED' && firstAfter.get(row.participantId)?.kind === 'VOTE_CAST') voteLicences.add(row.id);
    firstAfter.set(row.participantId, row);
  }
  const parties = new Map<string, string>();
  for (const row of rows) {
    if (row.kind !== 'VOTE_CAST' && !voteLicences.has(row.id)) continue;
    let party = parties.get(row.participantId);
    if (!party) {
      const [kept] = (await q.query(`SELECT pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [challengeId, row.participantId])) as Array<{ pseudonym: string }>;
      const salt = randomBytes(32);
      party = kept?.pseudonym ?? commitment(challengeId, row.participantId, salt);
      if (!kept) await q.query(`INSERT INTO voter_pseudonym (challenge_id, participant_id, pseudonym, salt) VALUES ($1, $2, $3, $4)`, [challengeId, row.participantId, party, salt]);
      parties.set(row.participantId, party);
    }
    row.participantId = party;
  }
  const sealed = rows.filter((row) => row.seq !== null).sort((a, b) => Number(a.seq) - Number(b.seq));
  const batched = sealed.filter((row) => BATCHED.includes(row.kind));
  const order = [...sealed.filter((row) => !BATCHED.includes(row.kind)), ...batched.filter((r) => !r.compensates).sort(byId), ...batched.filter((r) => r.compensates).sort(byId)];
  const [head] = (await q.query(`SELECT seq::text AS seq, hash FROM ledger_head WHERE challenge_id = $1`, [challengeId])) as Array<{ seq: string; hash: string }>;
  let prev = GENESIS;
  const hashes = order.map((row, i) => {
    const hash = hashV2(prev, challengeId, i + 1, row);
    const sealedAs = { position: row.position, seq: i + 1, prevHash: prev, hash };
    prev = hash;
    return sealedAs;
  });
  const at = new Map(hashes.map((h) => [h.position, h]));
  // Out of the way first: (challenge, seq) is unique at every row.
  await q.query(`UPDATE contribution SET seq = seq + 1000000000000 WHERE challenge_id = $1 AND seq IS NOT NULL`, [challengeId]);
  await q.query(
    `UPDATE contribution c SET participant_id = u.participant_id, seq = u.seq, prev_hash = u.prev_hash, hash = u.hash
       FROM unnest($1::bigint[], $2::uuid[], $3::bigint[], $4::text[], $5::text[]) AS u(position, participant_id, seq, prev_hash, hash)
      WHERE c.position = u.position`,
    [
      rows.map((r) => r.position),
      rows.map((r) => r.participantId),
      rows.map((r) => at.get(r.position)?.seq ?? null),
      rows.map((r) => at.get(r.position)?.prevHash ?? null),
      rows.map((r) => at.get(r.position)?.hash ?? null),
    ],
  );
  if (head) {
    await q.query(`INSERT INTO ledger_reanchoring (challenge_id, previous_seq, previous_hash) VALUES ($1, $2, $3)`, [challengeId, head.seq, head.hash]);
    await q.query(`UPDATE ledger_head SET hash = $2 WHERE challenge_id = $1`, [challengeId, prev]);
  }
  // The tallies of the rewritten kinds, from the rewritten chain.
  await q.query(`DELETE FROM ownership_direct WHERE challenge_id = $1 AND kind = ANY($2::text[])`, [challengeId, BATCHED]);
  await q.query(
    `INSERT INTO ownership_direct (challenge_id, participant_id, kind, entries, points)
     SELECT challenge_id, participant_id, kind, sum(CASE WHEN compensates IS NULL THEN 1 ELSE -1 END), sum(points)
       FROM contribution WHERE challenge_id = $1 AND seq IS NOT NULL AND kind = ANY($2::text[])
      GROUP BY challenge_id, participant_id, kind`,
    [challengeId, BATCHED],
  );
  await q.query(`DELETE FROM ownership_participation WHERE challenge_id = $1 AND kind = 'VOTE_CAST'`, [challengeId]);
  await q.query(
    `INSERT INTO ownership_participation (challenge_id, idea_id, participant_id, kind, entries, points)
     SELECT challenge_id, idea_id, participant_id, kind, sum(CASE WHEN compensates IS NULL THEN 1 ELSE -1 END), sum(points)
       FROM contribution WHERE challenge_id = $1 AND seq IS NOT NULL AND idea_id IS NOT NULL AND kind = 'VOTE_CAST'
      GROUP BY challenge_id, idea_id, participant_id, kind`,
    [challengeId],
  );
}

export class PrivateLedger1796125875448 implements MigrationInterface {
  name = 'PrivateLedger1796125875448';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ledger_reanchoring (
        challenge_id uuid PRIMARY KEY,
        previous_seq bigint NOT NULL,
        previous_hash text NOT NULL,
        reanchored_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The sealer looks for challenges whose oldest waiting vote is due.
    await q.query(`CREATE INDEX contribution_unsealed_batched_idx ON contribution (challenge_id, occurred_at) WHERE seq IS NULL AND kind IN ('VOTE_CAST', 'LICENCE_ACCEPTED')`);
    await q.query(`ALTER TABLE contribution DISABLE TRIGGER contribution_append_only`);
    const challenges = (await q.query(`SELECT DISTINCT challenge_id AS id FROM contribution ORDER BY 1`)) as Array<{ id: string }>;
    for (const { id } of challenges) await reanchorChallenge(q, id);
    await q.query(`ALTER TABLE contribution ENABLE TRIGGER contribution_append_only`);
  }

  async down(): Promise<void> {
    throw new Error('The re-anchored ledger cannot go back: the chains of format 1 named voters');
  }
}
