import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { WEIGHTED_KINDS } from './contribution-kind';
import { BASIS_POINTS, MILLI, OwnershipPolicy } from './ownership-policy';
import { PolicyRow } from './ledger.repository';

@ObjectType('ContributionWeights', { description: 'Points earned per contribution kind' })
export class ContributionWeightsModel {
  @Field(() => Float) IDEA_PROPOSED: number;
  @Field(() => Float, { description: 'Credited to the authors of the idea built upon' }) IDEA_BUILT_UPON: number;
  @Field(() => Float) IDEA_SHORTLISTED: number;
  @Field(() => Float, { description: 'Shared with the ideas it built upon, see lineageDecay' }) IDEA_ADOPTED: number;
  @Field(() => Float) COMMENT: number;
  @Field(() => Float, { description: 'Marked helpful by the idea’s author or a moderator' }) COMMENT_HELPFUL: number;
  @Field(() => Float) VOTE_CAST: number;
}

@ObjectType('OwnershipPolicy', {
  description:
    'How contributions earn ownership. When an idea is adopted, each generation of the ideas it built upon keeps (1 − d) of what ' +
    'reaches it and passes d on: generation g receives A·d^g·(1 − d) in all, shared equally; the adopted idea keeps the rest. ' +
    'An idea counts once, at its nearest generation.',
})
export class OwnershipPolicyModel {
  @Field(() => ContributionWeightsModel)
  weights: ContributionWeightsModel;

  @Field(() => Float, { description: 'd, strictly between 0 and 1' })
  lineageDecay: number;

  @Field(() => Int)
  lineageGenerations: number;

  @Field({ description: 'SPDX identifier of the licence contributions are made under' })
  licence: string;

  @Field({ description: 'True once the challenge has opened: the policy can no longer change' })
  frozen: boolean;

  @Field(() => Date, { nullable: true })
  frozenAt: Date | null;

  static from(row: PolicyRow): OwnershipPolicyModel {
    const weights = Object.fromEntries(WEIGHTED_KINDS.map((kind) => [kind, row.weights[kind] / MILLI])) as unknown as ContributionWeightsModel;
    return {
      weights,
      lineageDecay: row.lineageDecayBp / BASIS_POINTS,
      lineageGenerations: row.lineageGenerations,
      licence: row.licence,
      frozen: row.frozenAt !== null,
      frozenAt: row.frozenAt,
    };
  }
}

@InputType('ContributionWeightsInput')
export class ContributionWeightsInput {
  @Field(() => Float, { nullable: true }) IDEA_PROPOSED?: number;
  @Field(() => Float, { nullable: true }) IDEA_BUILT_UPON?: number;
  @Field(() => Float, { nullable: true }) IDEA_SHORTLISTED?: number;
  @Field(() => Float, { nullable: true }) IDEA_ADOPTED?: number;
  @Field(() => Float, { nullable: true }) COMMENT?: number;
  @Field(() => Float, { nullable: true }) COMMENT_HELPFUL?: number;
  @Field(() => Float, { nullable: true }) VOTE_CAST?: number;
}

@InputType('OwnershipPolicyInput', { description: 'Omitted fields keep their value. Only while the challenge is a DRAFT.' })
export class OwnershipPolicyInput {
  @Field(() => ContributionWeightsInput, { nullable: true, description: 'Points, ≥ 0, at most 3 decimals' })
  weights?: ContributionWeightsInput;

  @Field(() => Float, { nullable: true })
  lineageDecay?: number;

  @Field(() => Int, { nullable: true })
  lineageGenerations?: number;

  @Field({ nullable: true })
  licence?: string;
}

export type { OwnershipPolicy };
