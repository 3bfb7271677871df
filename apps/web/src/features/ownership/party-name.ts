import type { TFunction } from 'i18next';

/**
 * How a party of the ledger or a statement is named: the account's display name, or, for a voter
 * pseudonym (no account: the public ledger names no voter), "Voter" and the pseudonym's first digits.
 */
export function partyName(t: TFunction, party: string, participant: { displayName: string } | null | undefined): string {
  return participant?.displayName ?? t('ownership.voter', { id: party.slice(0, 8) });
}
