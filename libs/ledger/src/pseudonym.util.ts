import { createHash, createHmac } from 'node:crypto';

/** Hex digits of a participant's pseudonym shown after "Participant" (32 bits: collisions are rare among thousands, and the full value is in `pseudonym`). */
export const PSEUDONYM_LABEL_DIGITS = 8;
const VOTER_FORMAT = 'pollen-voter/1';

/**
 * A participant's stable public pseudonym: HMAC-SHA-256 under the database's pseudonym key.
 * Without the key, knowing or guessing an account's id does not give its pseudonym, nor the reverse.
 */
export function participantPseudonym(key: Buffer, participantId: string): string {
  return createHmac('sha256', key).update('pollen-participant/1\n').update(participantId).digest('hex');
}

/** "Participant 7f3a9c2e": how an erased (or pseudonymous) participant is shown. */
export function pseudonymLabel(pseudonym: string): string {
  return `Participant ${pseudonym.slice(0, PSEUDONYM_LABEL_DIGITS)}`;
}

/**
 * A voter's pseudonym in one challenge: a commitment SHA-256("pollen-voter/1" ‖ challenge ‖
 * participant ‖ salt) with a random 256-bit salt, its first 128 bits written as a UUID (so it
 * stands where the ledger keeps a participant). The participant who is given the salt can open
 * it to anyone (proving the votes are theirs); nobody else can link it to them, and once the
 * salt is deleted nobody can, the server included.
 */
export function voterCommitment(challengeId: string, participantId: string, salt: Buffer): string {
  const hex = createHash('sha256').update(`${VOTER_FORMAT}\n${challengeId}\n${participantId}\n`).update(salt).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
