import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentConnection, CommentRow, CommentsService } from '@pollen/comments';
import { CurrentViewer } from '@pollen/identity';
import { IdeaConnection, IdeaFeedsService, IdeaRow, PageArgs } from '@pollen/ideas';
import { Page, PagedConnection, Viewer } from '@pollen/kernel';
import { ParticipantContributionConnection, ParticipantModel } from './participant.model';
import { ContributionRow } from './profiles.repository';
import { ProfilesService } from './profiles.service';

@Resolver(() => ParticipantModel)
export class ParticipantFieldResolver {
  constructor(
    private readonly ideaReads: IdeaFeedsService,
    private readonly commentReads: CommentsService,
    private readonly profiles: ProfilesService,
  ) {}

  @PagedConnection()
  @ResolveField(() => IdeaConnection, { description: 'Ideas they proposed or co-authored, newest first' })
  ideas(@Parent() participant: ParticipantModel, @Args() args: PageArgs, @CurrentViewer() viewer: Viewer | null): Promise<Page<IdeaRow>> {
    return this.ideaReads.byParticipant(viewer, participant.id, args);
  }

  @PagedConnection()
  @ResolveField(() => CommentConnection, { description: 'Their comments (not deleted), newest first' })
  comments(@Parent() participant: ParticipantModel, @Args() args: PageArgs, @CurrentViewer() viewer: Viewer | null): Promise<Page<CommentRow>> {
    return this.commentReads.byAuthor(viewer, participant.id, args);
  }

  @PagedConnection()
  @ResolveField(() => ParticipantContributionConnection, { description: 'What they contributed per challenge, latest first' })
  contributions(@Parent() participant: ParticipantModel, @Args() args: PageArgs, @CurrentViewer() viewer: Viewer | null): Promise<Page<ContributionRow>> {
    return this.profiles.contributions(viewer, participant.id, args);
  }
}
