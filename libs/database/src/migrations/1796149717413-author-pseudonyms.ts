import { createHash, randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public ledger stops naming authors (libs/ledger README, *Privacy*): every entry that named an
 * account (ideas, co-authorship, comments, helpful marks, decisions, the policy, licence
 * acceptances) names the account's *author pseudonym* in the challenge instead, a commitment kept
 * in author_pseudonym (another domain tag and salt than the voter's), and so does every
 * AUTHORSHIP entry's split. Then:
 * - each sealed chain is hashed again from the genesis hash, in its order and format
 *   (pollen-ledger/2: the canonical form is unchanged, only its party and split fields change);
 *   the head it replaces is kept in ledger_reanchoring, which now keeps one row per re-anchoring;
 * - the statement tallies keyed by participant (ownership_direct, ownership_participation,
 *   ownership_authorship) are re-keyed the same way (a one-to-one rename, so they still equal a
 *   recomputation from the chain);
 * - an erased account gets a pseudonym whose salt is not kept (nobody can link it, as an erasure
 *   does now), recorded in its payout row if it kept its credit.
 * This is the second time entries are updated (the append-only trigger is set aside for it). The
 * code is a frozen copy of what the ledger did when it was written.
 */
const BATCHED = ['VOTE_CAST', 'LICENCE_ACCEPTED'];
const GENESIS = '0'.repeat(64);
const REASON = 'authors named by per-challenge author pseudonyms (pollen-ledger/2)';
const TALLIES = ['ownership_direct', 'ownership_participation', 'ownership_authorship'];

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

function entryHash(prev: string, challengeId: string, e: Row): string {
  const text = JSON.stringify([
    'pollen-ledger/2',
    challengeId,
    e.seq,
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

function authorCommitment(challengeId: string, participantId: string, salt: Buffer): string {
  const hex = createHash('sha256').update(`pollen-author/1\n${challengeId}\n${participantId}\n`).update(salt).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Re-anchors one challenge's ledger under author pseudonyms (exported for the spec that re-anchors a chain sealed with accounts). */
export async function reanchorAuthors(q: QueryRunner, challengeId: string): Promise<void> {
  const rows = (await q.query(
    `SELECT position::text AS position, id, kind, participant_id AS "participantId", idea_id AS "ideaId", comment_id AS "commentId",
            points::text AS points, compensates, detail, occurred_at AS "occurredAt", seq::text AS seq
       FROM contribution WHERE challenge_id = $1 ORDER BY position`,
    [challengeId],
  )) as Row[];
  const shares = (row: Row) => (row.kind === 'AUTHORSHIP' && Array.isArray(row.detail.shares) ? (row.detail.shares as Array<[string, number]>) : []);
  const named = [...new Set(rows.flatMap((row) => [row.participantId, ...shares(row).map(([id]) => id)]))];
  // Voter pseudonyms (and ones an erasure forgot) are no account: they stay as they are.
  const accounts = (await q.query(`SELECT id, erased_at IS NOT NULL AS erased FROM app_user WHERE id = ANY($1::uuid[])`, [named])) as Array<{ id: string; erased: boolean }>;
  const parties = new Map<string, string>();
  for (const account of accounts) {
    const salt = randomBytes(32);
    const party = authorCommitment(challengeId, account.id, salt);
    parties.set(account.id, party);
    if (!account.erased) {
      await q.query(`INSERT INTO author_pseudonym (challenge_id, participant_id, pseudonym, salt) VALUES ($1, $2, $3, $4)`, [challengeId, account.id, party, salt]);
    } else {
      await q.query(`UPDATE erasure_payout SET author_pseudonyms = array_append(author_pseudonyms, $2::uuid) WHERE user_id = $1`, [account.id, party]);
    }
  }
  if (!parties.size) return;
  const changed = new Set<string>();
  for (const row of rows) {
    const party = parties.get(row.participantId);
    if (party) {
      row.participantId = party;
      changed.add(row.position);
    }
    if (shares(row).length) {
      row.detail = { ...row.detail, shares: shares(row).map(([id, bp]) => [parties.get(id) ?? id, bp]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
      changed.add(row.position);
    }
  }
  const sealed = rows.filter((row) => row.seq !== null).sort((a, b) => Number(a.seq) - Number(b.seq));
  const hashes = new Map<string, { prevHash: string; hash: string }>();
  let prev = GENESIS;
  for (const row of sealed) {
    const hash = entryHash(prev, challengeId, row);
    hashes.set(row.position, { prevHash: prev, hash });
    prev = hash;
  }
  const rewritten = rows.filter((row) => changed.has(row.position) || hashes.has(row.position));
  await q.query(
    `UPDATE contribution c SET participant_id = u.participant_id, detail = u.detail, prev_hash = COALESCE(u.prev_hash, c.prev_hash), hash = COALESCE(u.hash, c.hash)
       FROM unnest($1::bigint[], $2::uuid[], $3::jsonb[], $4::text[], $5::text[]) AS u(position, participant_id, detail, prev_hash, hash)
      WHERE c.position = u.position`,
    [
      rewritten.map((r) => r.position),
      rewritten.map((r) => r.participantId),
      rewritten.map((r) => JSON.stringify(r.detail)),
      rewritten.map((r) => hashes.get(r.position)?.prevHash ?? null),
      rewritten.map((r) => hashes.get(r.position)?.hash ?? null),
    ],
  );
  const [head] = (await q.query(`SELECT seq::text AS seq, hash FROM ledger_head WHERE challenge_id = $1`, [challengeId])) as Array<{ seq: string; hash: string }>;
  if (head && head.hash !== prev) {
    await q.query(`INSERT INTO ledger_reanchoring (challenge_id, previous_seq, previous_hash, reason) VALUES ($1, $2, $3, $4)`, [challengeId, head.seq, head.hash, REASON]);
    await q.query(`UPDATE ledger_head SET hash = $2 WHERE challenge_id = $1`, [challengeId, prev]);
  }
  // A one-to-one rename of the parties: the tallies still equal a recomputation from the chain.
  const list = [...parties];
  for (const table of TALLIES) {
    await q.query(
      `UPDATE ${table} t SET participant_id = m.party FROM unnest($2::uuid[], $3::uuid[]) AS m(account, party) WHERE t.challenge_id = $1 AND t.participant_id = m.account`,
      [challengeId, list.map(([account]) => account), list.map(([, party]) => party)],
    );
  }
}

export class AuthorPseudonyms1796149717413 implements MigrationInterface {
  name = 'AuthorPseudonyms1796149717413';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE author_pseudonym (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        pseudonym uuid NOT NULL UNIQUE,
        salt bytea NOT NULL CHECK (octet_length(salt) = 32),
        PRIMARY KEY (challenge_id, participant_id)
      )`);
    await q.query(`CREATE INDEX author_pseudonym_participant ON author_pseudonym (participant_id)`);
    // A kept credit is paid for these once the mapping is forgotten.
    await q.query(`ALTER TABLE erasure_payout ADD COLUMN author_pseudonyms uuid[] NOT NULL DEFAULT '{}'`);
    // A chain may be re-anchored more than once: one row each, with why.
    await q.query(`ALTER TABLE ledger_reanchoring DROP CONSTRAINT ledger_reanchoring_pkey`);
    await q.query(`ALTER TABLE ledger_reanchoring ADD COLUMN id bigserial PRIMARY KEY, ADD COLUMN reason text`);
    await q.query(`UPDATE ledger_reanchoring SET reason = 'voters named by per-challenge voter pseudonyms, from format-1 (pollen-ledger/1 → 2)'`);
    await q.query(`ALTER TABLE ledger_reanchoring ALTER COLUMN reason SET NOT NULL`);
    await q.query(`CREATE INDEX ledger_reanchoring_challenge ON ledger_reanchoring (challenge_id, id)`);
    await q.query(`ALTER TABLE contribution DISABLE TRIGGER contribution_append_only`);
    const challenges = (await q.query(`SELECT DISTINCT challenge_id AS id FROM contribution ORDER BY 1`)) as Array<{ id: string }>;
    for (const { id } of challenges) await reanchorAuthors(q, id);
    await q.query(`ALTER TABLE contribution ENABLE TRIGGER contribution_append_only`);
  }

  async down(): Promise<void> {
    throw new Error('The re-anchored ledger cannot go back: the chains before it named authors by their accounts');
  }
}
