import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@pollen/identity';
import { BoundedList, Connection } from '@pollen/kernel';
import { ContributionKind, OwnershipPolicyModel } from '@pollen/ledger';

@ObjectType('ContributionTally', { description: 'A participant’s contributions of one kind (idea kinds: the ideas they author, by their share)' })
export class ContributionTallyModel {
  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field(() => Int, { description: 'Entries of this kind, less those compensated' })
  count: number;

  @Field(() => Float)
  points: number;
}

@ObjectType('OwnershipShare')
export class OwnershipShareModel {
  @Field(() => ID, {
    description: 'Whom the share is of, as the ledger names them: an author pseudonym (what one participant authored in the challenge) or a voter pseudonym (the credit of their votes)',
  })
  party: string;

  @Field(() => UserModel, {
    nullable: true,
    description:
      'An author pseudonym’s participant as their consent lets this reader see them (named, their display pseudonym, or "A participant" unlinked to other challenges); ' +
      'null for a voter pseudonym (only its voter can say it is theirs: myVoterPseudonym) or one an erasure forgot',
  })
  participant: UserModel | null;

  @Field(() => Float, { description: 'Points under the frozen policy' })
  points: number;

  @Field(() => Int, { description: 'Share in basis points; all shares of a statement sum to exactly 10,000' })
  shareBasisPoints: number;

  @Field(() => String, { nullable: true, description: 'Share of the pool in minor currency units; all payouts sum exactly to the pool' })
  payout: string | null;

  // One tally per kind at most (the ledger's kinds are a CHECK of its table).
  @Field(() => [ContributionTallyModel])
  @BoundedList(Object.keys(ContributionKind).length)
  contributions: ContributionTallyModel[];
}

@ObjectType('LedgerHead', { description: 'The last sealed entry of a challenge’s chain' })
export class LedgerHeadModel {
  @Field({ description: 'The seq of the chain’s last sealed entry (0 when the chain is empty)' })
  seq: string;

  @Field({ description: 'SHA-256, hex' })
  hash: string;
}

@ObjectType('OwnershipStatement', {
  description:
    'Who owns what the crowd made: participants ranked by points, with shares (largest-remainder rounding: ties go to more points, ' +
    'then to the smaller participant id). Computed from the ledger alone, up to ledgerHead.',
})
export class OwnershipStatementModel extends Connection(OwnershipShareModel) {
  @Field(() => ID)
  challengeId: string;

  @Field(() => LedgerHeadModel)
  ledgerHead: LedgerHeadModel;

  @Field(() => OwnershipPolicyModel)
  policy: OwnershipPolicyModel;

  @Field()
  licence: string;

  @Field(() => String, { nullable: true })
  pool: string | null;

  @Field(() => Float)
  totalPoints: number;

  @Field(() => Int)
  participantCount: number;
}

@ObjectType('LedgerEntry', { description: 'One entry of the contribution ledger; see README (Ownership) for how to re-verify the chain' })
export class LedgerEntryModel {
  @Field(() => String, { description: 'Position in the challenge’s chain (null until sealed, a fraction of a second)', nullable: true })
  seq: string | null;

  @Field(() => ID)
  id: string;

  @Field(() => ContributionKind)
  kind: ContributionKind;

  @Field(() => ID, {
    description: 'The party the chain hashes: the participant’s author pseudonym in the challenge, or for votes (and the licence acceptance of a first vote) their voter pseudonym; never an account',
  })
  party: string;

  @Field(() => UserModel, { nullable: true, description: 'The author pseudonym’s participant as their consent lets this reader see them; null for a voter pseudonym or a forgotten one' })
  participant: UserModel | null;

  @Field(() => ID, { nullable: true })
  ideaId: string | null;

  @Field(() => ID, { nullable: true })
  commentId: string | null;

  @Field(() => Float)
  points: number;

  @Field(() => ID, { nullable: true, description: 'The entry this one cancels' })
  compensates: string | null;

  @Field({ description: 'Canonical JSON (sorted keys)' })
  detail: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; null for votes and licence acceptances, which are chained in batches without their time' })
  occurredAt: Date | null;

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field(() => String, { nullable: true })
  hash: string | null;
}

@ObjectType('LedgerEntryConnection')
export class LedgerEntryConnection extends Connection(LedgerEntryModel) {}

@ObjectType('LedgerProblem')
export class LedgerProblemModel {
  @Field(() => String, { nullable: true })
  seq: string | null;

  @Field(() => ID, { nullable: true })
  id: string | null;

  @Field()
  reason: string;
}

@ObjectType('LedgerVerification')
export class LedgerVerificationModel {
  @Field()
  ok: boolean;

  @Field(() => Int)
  entries: number;

  @Field(() => LedgerHeadModel)
  ledgerHead: LedgerHeadModel;

  @Field(() => LedgerProblemModel, { nullable: true, description: 'The first entry found wrong' })
  problem: LedgerProblemModel | null;
}

/** A per-challenge pseudonym's opening, shown to its participant only (its subclasses say which commitment). */
@ObjectType({ isAbstract: true })
abstract class PseudonymOpeningModel {
  @Field(() => ID)
  challengeId: string;

  @Field(() => ID)
  participantId: string;

  @Field({ description: 'The commitment’s salt, hex (32 bytes): revealing it proves the pseudonym is the participant’s' })
  salt: string;
}

@ObjectType('VoterPseudonym', {
  description:
    'The viewer’s voter pseudonym in a challenge and its opening: pseudonym = the first 128 bits, as a UUID, of ' +
    'SHA-256("pollen-voter/1\\n" ‖ challengeId ‖ "\\n" ‖ participantId ‖ "\\n" ‖ salt bytes). Shown to its voter only.',
})
export class VoterPseudonymModel extends PseudonymOpeningModel {
  @Field(() => ID, { description: 'The party of the voter’s public votes and of their statement row for them' })
  pseudonym: string;
}

@ObjectType('AuthorPseudonym', {
  description:
    'The viewer’s author pseudonym in a challenge and its opening: pseudonym = the first 128 bits, as a UUID, of ' +
    'SHA-256("pollen-author/1\\n" ‖ challengeId ‖ "\\n" ‖ participantId ‖ "\\n" ‖ salt bytes), another salt than the voter pseudonym’s. Shown to its author only.',
})
export class AuthorPseudonymModel extends PseudonymOpeningModel {
  @Field(() => ID, { description: 'The party of the participant’s public entries but votes (ideas, co-authorship, comments, helpful marks, decisions) and of their statement row for them' })
  pseudonym: string;
}
