import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { CurrentViewer } from '@pollen/identity';
import { RequestContext, Viewer } from '@pollen/kernel';
import { STATEMENT_SCALE } from '@pollen/ledger';
import { OwnershipService } from '@pollen/ownership';
import { ParticipantContributionModel, ParticipantShareModel } from './participant.model';
import { ContributionRow } from './profiles.repository';

/** A statement is a computation over a challenge's whole ledger (shared and cached by OwnershipService): priced as such. */
const SHARE_COMPLEXITY = 50;

@Resolver(() => ParticipantContributionModel)
export class ParticipantContributionFieldResolver {
  constructor(
    private readonly challenges: ChallengesLoader,
    private readonly statements: OwnershipService,
  ) {}

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() row: ContributionRow, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, row.challengeId))!;
  }

  @ResolveField(() => ParticipantShareModel, {
    nullable: true,
    complexity: SHARE_COMPLEXITY,
    description: 'Their current ownership share of the challenge (null while they have no points in it)',
  })
  async ownership(@Parent() row: ContributionRow, @CurrentViewer() viewer: Viewer | null): Promise<ParticipantShareModel | null> {
    const statement = await this.statements.statement(viewer, row.challengeId, null);
    const rank = statement.participants.findIndex((p) => p.participantId === row.participantId);
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
