import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { Page, PagedConnection, Viewer, requireViewer } from '@pollen/kernel';
import { IdeaConnection } from './idea.model';
import { IdeaRow } from './ideas.repository';
import { ReviewBoardArgs } from './review-board.input';
import { ReviewBoardService } from './review-board.service';

@Resolver()
export class ReviewBoardResolver {
  constructor(private readonly board: ReviewBoardService) {}

  @Query(() => IdeaConnection, { description: "A challenge's visible ideas for the brand team's review, by score, divisiveness or sentiment" })
  @PagedConnection()
  reviewBoard(@CurrentViewer() viewer: Viewer | null, @Args() args: ReviewBoardArgs): Promise<Page<IdeaRow>> {
    return this.board.page(requireViewer(viewer), args);
  }
}
