import { createHash, createHmac } from 'node:crypto';

/** Hex digits of a participant's pseudonym shown after "Participant" (32 bits: collisions are rare among thousands, and the full value is in `pseudonym`). */
export const PSEUDONYM_LABEL_DIGITS = 8;
/**
 * The domain tags of the per-challenge commitments: a participant's voter and author pseudonyms in
 * one challenge are two different commitments, so their votes do not show beside their ideas.
 */
export const PSEUDONYM_FORMATS = { voter: 'pollen-voter/1', author: 'pollen-author/1' } as const;
/** Which of a participant's per-challenge pseudonyms: the one their votes are under, or the one of everything else they do. */
export type PseudonymRole = keyof typeof PSEUDONYM_FORMATS;

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
  return commitment('voter', challengeId, participantId, salt);
}

/**
 * A participant's pseudonym of a role in one challenge: SHA-256(format ‖ "\n" ‖ challenge ‖ "\n" ‖
 * participant ‖ "\n" ‖ salt), the voter's as above, the author's (every entry but votes) under
 * "pollen-author/1" with a salt of its own.
 */
export function commitment(role: PseudonymRole, challengeId: string, participantId: string, salt: Buffer): string {
  const hex = createHash('sha256').update(`${PSEUDONYM_FORMATS[role]}\n${challengeId}\n${participantId}\n`).update(salt).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
