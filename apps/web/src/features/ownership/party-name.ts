import type { TFunction } from 'i18next';

/**
 * How a party of the ledger or a statement is named: the name its owner's consent lets the reader
 * see, or, where the API shows no one (a voter's pseudonym; an erased participant's, whose salt
 * is gone), "Pseudonym" and its first digits: the row may be a voter's or an author's.
 */
export function partyName(t: TFunction, party: string, participant: { displayName: string } | null | undefined): string {
  return participant?.displayName ?? t('ownership.voter', { id: party.slice(0, 8) });
}
