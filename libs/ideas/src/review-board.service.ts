import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { CursorPart, Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { IdeaStatus } from './idea.model';
import { IdeaRow, IdeasRepository } from './ideas.repository';
import { ReviewOrder } from './review-board.model';

/** Each order's cursor: its two keys (REVIEW_KEYS' types) and the id. */
const CURSOR_SHAPES: Record<ReviewOrder, CursorPart[]> = {
  SCORE: ['int', 'timestamp', 'uuid'],
  DIVISIVENESS: ['int', 'int', 'uuid'],
  MOST_POSITIVE: ['real', 'int', 'uuid'],
  MOST_NEGATIVE: ['real', 'int', 'uuid'],
};

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
    const shape = CURSOR_SHAPES[order];
    const after = args.after ? (decodeCursor(args.after, ordering, shape) as [string | number, string | number, string]) : null;
    const rows = await this.ideas.reviewBoard({ challengeId, order, status: args.status ?? null, after, limit: limit + 1 });
    // The keys come as PostgreSQL prints them: numbers for the numeric parts, the timestamp as is.
    const key = (text: string, part: CursorPart) => (part === 'timestamp' ? text : Number(text));
    return toPage(rows, limit, (row) => encodeCursor(ordering, [key(row.reviewKeys[0], shape[0]), key(row.reviewKeys[1], shape[1]), row.id]));
  }
}
