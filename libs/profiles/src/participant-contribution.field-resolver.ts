import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { RequestContext, Weighs } from '@pollen/kernel';
import { STATEMENT_SCALE } from '@pollen/ledger';
import { OwnershipSharesLoader } from './ownership-shares.loader';
import { ParticipantContributionModel, ParticipantShareModel } from './participant.model';
import { ContributionRow } from './profiles.repository';

/** A statement is a computation over a challenge's whole ledger (shared and cached by OwnershipService): priced as such. */
const SHARE_COMPLEXITY = 50;

@Resolver(() => ParticipantContributionModel)
export class ParticipantContributionFieldResolver {
  constructor(
    private readonly challenges: ChallengesLoader,
    private readonly statements: OwnershipSharesLoader,
  ) {}

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() row: ContributionRow, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, row.challengeId))!;
  }

  @Weighs(SHARE_COMPLEXITY)
  @ResolveField(() => ParticipantShareModel, {
    nullable: true,
    description: 'Their current ownership share of the challenge (null while they have no points in it)',
  })
  async ownership(@Parent() row: ContributionRow, @Context() ctx: RequestContext): Promise<ParticipantShareModel | null> {
    // The contribution was listed because its challenge is visible to the viewer (visibleChallengeSql).
    const [statement, party] = await Promise.all([this.statements.statement(ctx, row.challengeId), this.statements.party(ctx, row.participantId, row.challengeId)]);
    const rank = party === null ? -1 : statement.participants.findIndex((p) => p.participantId === party);
    if (rank < 0) return null;
    const share = statement.participants[rank];
    return {
      points: Number(share.scaledPoints) / Number(STATEMENT_SCALE),
      shareBasisPoints: share.shareBp,
      rank: rank + 1,
      participantCount: statement.participants.length,
      ledgerHead: { seq: statement.headSeq.toString(), hash: statement.headHash },
    };
  }
}
