import { registerEnumType } from '@nestjs/graphql';

/**
 * What a ledger entry records. Weighted kinds earn the points of the challenge's frozen policy;
 * the others carry no points but make the ledger self-contained (the policy it runs under, who
 * accepted the licence, how an idea's credit is split among its authors).
 */
export enum ContributionKind {
  POLICY = 'POLICY',
  LICENCE_ACCEPTED = 'LICENCE_ACCEPTED',
  AUTHORSHIP = 'AUTHORSHIP',
  IDEA_PROPOSED = 'IDEA_PROPOSED',
  IDEA_BUILT_UPON = 'IDEA_BUILT_UPON',
  IDEA_SHORTLISTED = 'IDEA_SHORTLISTED',
  IDEA_ADOPTED = 'IDEA_ADOPTED',
  LINEAGE = 'LINEAGE',
  COMMENT = 'COMMENT',
  COMMENT_HELPFUL = 'COMMENT_HELPFUL',
  VOTE_CAST = 'VOTE_CAST',
}

registerEnumType(ContributionKind, {
  name: 'ContributionKind',
  description:
    'POLICY, LICENCE_ACCEPTED and AUTHORSHIP carry no points. IDEA_* and LINEAGE credit an idea, shared among its authors; ' +
    'COMMENT, COMMENT_HELPFUL and VOTE_CAST credit their participant. A compensating entry has the kind of the entry it cancels.',
});

/** Kinds whose weight the policy sets. */
export const WEIGHTED_KINDS = [
  ContributionKind.IDEA_PROPOSED,
  ContributionKind.IDEA_BUILT_UPON,
  ContributionKind.IDEA_SHORTLISTED,
  ContributionKind.IDEA_ADOPTED,
  ContributionKind.COMMENT,
  ContributionKind.COMMENT_HELPFUL,
  ContributionKind.VOTE_CAST,
] as const;
export type WeightedKind = (typeof WEIGHTED_KINDS)[number];

/** Kinds that credit an idea: their points go to the idea's authors, by the authorship split. */
export const IDEA_CREDIT_KINDS: ReadonlySet<ContributionKind> = new Set([
  ContributionKind.IDEA_PROPOSED,
  ContributionKind.IDEA_BUILT_UPON,
  ContributionKind.IDEA_SHORTLISTED,
  ContributionKind.IDEA_ADOPTED,
  ContributionKind.LINEAGE,
]);

/** Kinds that credit the entry's participant directly (LICENCE_ACCEPTED, with no points, makes them a participant). */
export const DIRECT_KINDS: ReadonlySet<ContributionKind> = new Set([
  ContributionKind.LICENCE_ACCEPTED,
  ContributionKind.COMMENT,
  ContributionKind.COMMENT_HELPFUL,
  ContributionKind.VOTE_CAST,
]);

/**
 * Kinds a participant earns on someone's idea (commenting, being found helpful, voting): their
 * credit follows the farming rule (farming.policy.ts), counted per participant and idea.
 */
export const PARTICIPATION_KINDS: ReadonlySet<ContributionKind> = new Set([
  ContributionKind.COMMENT,
  ContributionKind.COMMENT_HELPFUL,
  ContributionKind.VOTE_CAST,
]);

/**
 * Kinds chained only in batches (every LEDGER_VOTE_BATCH_MS), ordered within a batch by entry id
 * and hashed without their time: what a voter did is public, when is not (libs/ledger README, *Privacy*).
 */
export const BATCHED_KINDS: ReadonlySet<ContributionKind> = new Set([ContributionKind.VOTE_CAST, ContributionKind.LICENCE_ACCEPTED]);
