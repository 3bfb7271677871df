import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { ClientKey, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { AddCommentInput, CommentModel, EditCommentInput } from './comment.model';
import { CommentRow } from './comments.repository';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly comments: CommentsService) {}

  @Mutation(() => CommentModel)
  addComment(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: AddCommentInput): Promise<CommentRow> {
    return this.comments.add(requireViewer(viewer), input, client);
  }

  @Mutation(() => CommentModel)
  editComment(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: EditCommentInput): Promise<CommentRow> {
    return this.comments.edit(requireViewer(viewer), input, client);
  }

  @Mutation(() => CommentModel, { description: 'Removes the text; the comment keeps its place in the thread' })
  deleteComment(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('commentId', { type: () => ID }) commentId: string,
  ): Promise<CommentRow> {
    return this.comments.delete(requireViewer(viewer), commentId, client);
  }

  @Mutation(() => CommentModel, { description: 'Marks a comment helpful, or takes it back (the idea’s author or the brand team)' })
  markCommentHelpful(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('helpful', { type: () => Boolean, defaultValue: true }) helpful: boolean,
  ): Promise<CommentRow> {
    return this.comments.markHelpful(requireViewer(viewer), commentId, helpful, client);
  }
}
