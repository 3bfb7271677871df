import { Injectable } from '@nestjs/common';
import { ChallengesService, textSearchConfig } from '@pollen/challenges';
import {
  CursorPart,
  Page,
  PollenError,
  SEARCH_TEXT_MAX,
  SIMILAR_IDEAS_LIMIT,
  SIMILAR_TEXT_MAX,
  Viewer,
  checkId,
  cleanText,
  decodeCursor,
  encodeCursor,
  pageSize,
  toPage,
} from '@pollen/kernel';
import { IdeaOrder } from './idea.model';
import { SharedFeedPages } from './shared-feed-pages.service';
import { IdeaRow, IdeasRepository } from './ideas.repository';

const CURSOR_SHAPES: Record<IdeaOrder, CursorPart[]> = {
  NEW: ['timestamp', 'uuid'],
  TOP: ['int', 'timestamp', 'uuid'],
  HOT: ['number', 'uuid'],
  RELEVANCE: ['real', 'uuid'],
};

function cursorKey(order: IdeaOrder, row: IdeaRow): Array<string | number> {
  switch (order) {
    case IdeaOrder.NEW:
      return [row.createdKey, row.id];
    case IdeaOrder.TOP:
      return [row.sortScore, row.createdKey, row.id];
    case IdeaOrder.HOT:
      return [row.hot, row.id];
    case IdeaOrder.RELEVANCE:
      return [row.rank ?? 0, row.id];
  }
}

/** The feeds of ideas: a challenge's pages (NEW, TOP, HOT, RELEVANCE), a participant's ideas, similar titles. */
@Injectable()
export class IdeaFeedsService {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly challenges: ChallengesService,
    private readonly sharedPages: SharedFeedPages,
  ) {}

  async feed(
    viewer: Viewer | null,
    args: { challengeId: unknown; orderBy?: IdeaOrder | null; search?: string | null; first?: number | null; after?: string | null },
  ): Promise<Page<IdeaRow> & { eventSequence: number }> {
    const challengeId = checkId(args.challengeId, 'challengeId');
    const limit = pageSize(args.first);
    const search =
      args.search === undefined || args.search === null || args.search.trim() === ''
        ? null
        : cleanText(args.search, { field: 'search', max: SEARCH_TEXT_MAX });
    const order = args.orderBy ?? (search ? IdeaOrder.RELEVANCE : IdeaOrder.HOT);
    if (order === IdeaOrder.RELEVANCE && !search) throw PollenError.badInput('orderBy', 'RELEVANCE needs a search text');
    const ordering = `ideas:${order}`;
    const after = args.after ? decodeCursor(args.after, ordering, CURSOR_SHAPES[order]) : null;
    const { rows, eventSequence } =
      order === IdeaOrder.RELEVANCE
        ? await this.searchPage(viewer, challengeId, search!, after, limit + 1)
        : await this.sharedPages.read(viewer, { challengeId, order, after, limit: limit + 1, cursorOf: (row) => encodeCursor(ordering, cursorKey(order, row)) });
    return { ...toPage(rows, limit, (row) => row.cursor ?? encodeCursor(ordering, cursorKey(order, row))), eventSequence };
  }

  /** Search results depend on the text: read for each request, as they are. */
  private async searchPage(
    viewer: Viewer | null,
    challengeId: string,
    search: string,
    after: Array<string | number> | null,
    limit: number,
  ): Promise<{ rows: IdeaRow[]; eventSequence: number }> {
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    const rows = await this.ideas.feed({
      challengeId,
      order: IdeaOrder.RELEVANCE,
      search,
      tsConfig: textSearchConfig(challenge.language),
      after,
      limit,
    });
    return { rows, eventSequence: challenge.eventSequence };
  }

  /** A participant's ideas (proposed or co-authored), newest first, where the viewer may see them. */
  async byParticipant(viewer: Viewer | null, participantId: string, args: { first?: number | null; after?: string | null }): Promise<Page<IdeaRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'participantIdeas', CURSOR_SHAPES.NEW) as [string, string]) : null;
    const rows = await this.ideas.byParticipant(participantId, viewer?.userId ?? null, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('participantIdeas', [row.createdKey, row.id]));
  }

  async similar(viewer: Viewer | null, challengeIdValue: unknown, textValue: unknown): Promise<IdeaRow[]> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const text = cleanText(textValue, { field: 'text', min: 3, max: SIMILAR_TEXT_MAX });
    await this.challenges.getVisible(challengeId, viewer);
    return this.ideas.similar(challengeId, text, SIMILAR_IDEAS_LIMIT);
  }
}
