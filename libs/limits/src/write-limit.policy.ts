/**
 * Every write's allowance, one table. A rule is `points` writes per fixed window of `perSeconds`
 * per key of its scope; a write must pass every rule of its policy. `newAccount` rules apply on
 * top of `account` ones while the account is younger than NEW_ACCOUNT_SECONDS: a script that
 * registers throwaway accounts gets little out of each.
 */
export type LimitScope = 'account' | 'newAccount' | 'client';

export interface LimitRule {
  scope: LimitScope;
  points: number;
  perSeconds: number;
}

const MINUTE = 60;
const HOUR = 3_600;
const DAY = 86_400;

export const NEW_ACCOUNT_SECONDS = DAY;

const rule = (scope: LimitScope, points: number, perSeconds: number): LimitRule => ({ scope, points, perSeconds });

export const WRITE_LIMITS = {
  /** Accounts created from one address (an office or a campus shares one: 10 an hour). */
  register: [rule('client', 10, HOUR), rule('client', 30, DAY)],
  proposeIdea: [rule('account', 10, HOUR), rule('newAccount', 3, HOUR), rule('client', 30, HOUR)],
  reviseIdea: [rule('account', 30, HOUR), rule('newAccount', 10, HOUR), rule('client', 60, HOUR)],
  comment: [
    rule('account', 5, MINUTE),
    rule('account', 60, HOUR),
    rule('newAccount', 2, MINUTE),
    rule('newAccount', 20, HOUR),
    rule('client', 15, MINUTE),
    rule('client', 200, HOUR),
  ],
  /** Casting, changing or clearing a vote; each is a ledger entry. */
  vote: [
    rule('account', 30, MINUTE),
    rule('account', 500, DAY),
    rule('newAccount', 10, MINUTE),
    rule('newAccount', 100, DAY),
    rule('client', 60, MINUTE),
    rule('client', 2_000, DAY),
  ],
  /** Reporting content to the moderators (libs/moderation). */
  report: [rule('account', 10, HOUR), rule('newAccount', 3, HOUR), rule('client', 30, HOUR)],
  /** Co-author invitations and answers, splits and their approvals. */
  coAuthorship: [rule('account', 20, HOUR), rule('newAccount', 5, HOUR), rule('client', 60, HOUR)],
  /** Organisations founded and team invitations sent or answered. */
  organization: [rule('account', 20, DAY), rule('newAccount', 5, DAY), rule('client', 60, DAY)],
  /** Marking one's notifications read (libs/notifications): each marking is pushed to every tab. */
  markNotificationsRead: [rule('account', 120, MINUTE), rule('client', 600, MINUTE)],
  /** Asking for an export of one's data (libs/privacy): each builds an archive of everything. */
  dataExport: [rule('account', 3, DAY), rule('client', 10, DAY)],
  /** One's privacy choices (libs/privacy): what partners see, which notifications arrive. */
  privacySettings: [rule('account', 60, HOUR), rule('client', 300, HOUR)],
  /** The brand team's writes: challenges, phases, policies, decisions, helpful marks. */
  team: [rule('account', 300, HOUR), rule('client', 600, HOUR)],
  /** Erasing one's account (libs/erasure): each attempt checks a password, so few. */
  eraseAccount: [rule('account', 5, HOUR), rule('client', 20, HOUR)],
  /** The brand team's moderation (libs/moderation): one call acts on up to 100 items, merges, suspensions. */
  moderate: [rule('account', 600, HOUR), rule('client', 1_200, HOUR)],
} as const satisfies Record<string, readonly LimitRule[]>;

export type WritePolicy = keyof typeof WRITE_LIMITS;

/**
 * Signing in (libs/identity), counted before the password is checked; successes are given back.
 * - `accountClient`: wrong passwords for one account from one client, then that client (only)
 *   waits out the window: an attacker locks out themselves, not the owner elsewhere.
 * - `client`: failed sign-ins from one client across every account: no spraying many accounts.
 * - `account`: failures for one account from every client beyond `freeFailures` in the window
 *   slow every unknown client down progressively (2 s, 4 s, 8 s… at most `maxDelaySeconds`
 *   between attempts) instead of locking the account; a client that signed in to the account
 *   within `knownClientSeconds` is exempt, so a distributed guesser cannot keep the owner out.
 */
export const SIGN_IN_LIMITS = {
  accountClient: { points: 5, perSeconds: 15 * MINUTE },
  client: { points: 30, perSeconds: HOUR },
  account: { freeFailures: 20, perSeconds: HOUR, maxDelaySeconds: 60 },
  // At most ~24 days: the in-process store keeps each key with a timer (setTimeout's 32-bit limit).
  knownClientSeconds: 14 * DAY,
} as const;
