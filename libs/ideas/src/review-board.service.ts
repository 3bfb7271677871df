import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { IdeaStatus } from './idea.model';
import { IdeaRow, IdeasRepository } from './ideas.repository';
import { ReviewOrder } from './review-board.model';

/**
 * The brand team's review board: a challenge's visible ideas sorted by what a decision weighs
 * (score, divisiveness, sentiment). The team only: the board ranks by mood, which participants
 * never see as a list.
 */
@Injectable()
export class ReviewBoardService {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
  ) {}

  async page(
    viewer: Viewer,
    args: { challengeId: unknown; orderBy?: ReviewOrder | null; status?: IdeaStatus | null; first?: number | null; after?: string | null },
  ): Promise<Page<IdeaRow>> {
    const challengeId = checkId(args.challengeId, 'challengeId');
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    if (!(await this.challenges.isTeamMember(challenge, viewer))) {
      throw new PollenError('FORBIDDEN', "Only the organisation's owners and moderators read its review board", {
        rule: 'NOT_ORGANIZATION_TEAM',
        organizationId: challenge.organizationId,
      });
    }
    const order = args.orderBy ?? ReviewOrder.SCORE;
    const ordering = `reviewBoard:${order}`;
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, ordering, ['number', 'number', 'uuid']) as [number, number, string]) : null;
    const rows = await this.ideas.reviewBoard({ challengeId, order, status: args.status ?? null, after, limit: limit + 1 });
    return toPage(rows, limit, (row) => encodeCursor(ordering, [...row.reviewKeys, row.id]));
  }
}
