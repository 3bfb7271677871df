import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, IDEA_AUTHORS_MAX, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { AuthorShareInput, AuthorshipProposalModel, IdeaAuthorModel, IdeaAuthorRole } from './idea-author.model';
import { IdeaModel } from './idea.model';
import { CoAuthorshipService } from './co-authorship.service';
import { IdeaRow } from './ideas.repository';
import { IdeasLoader } from './ideas.loader';
import { ContributorVisibility } from '@pollen/privacy';

@Resolver(() => IdeaModel)
export class CoAuthorshipResolver {
  constructor(
    private readonly coAuthors: CoAuthorshipService,
    private readonly ideas: IdeasLoader,
    private readonly visibility: ContributorVisibility,
  ) {}

  @Mutation(() => IdeaModel, { description: 'The idea’s author invites someone to co-author it' })
  inviteCoAuthor(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<IdeaRow> {
    return this.coAuthors.invite(requireViewer(viewer), ideaId, userId, client);
  }

  @Mutation(() => IdeaModel, { description: 'Accepts (or declines) an invitation: the first co-author shares equally, later ones start at 0% until all authors agree a split' })
  respondToCoAuthorship(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<IdeaRow> {
    return this.coAuthors.respond(requireViewer(viewer), ideaId, accept, client);
  }

  @Mutation(() => IdeaModel, { description: 'The idea’s author withdraws an invitation not accepted yet' })
  revokeCoAuthorInvitation(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<IdeaRow> {
    return this.coAuthors.revoke(requireViewer(viewer), ideaId, userId, client);
  }

  @Mutation(() => IdeaModel, { description: 'Proposes another split of the idea’s credit; it applies once every author approved it' })
  proposeAuthorshipSplit(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('shares', { type: () => [AuthorShareInput] }) shares: AuthorShareInput[],
  ): Promise<IdeaRow> {
    return this.coAuthors.proposeSplit(requireViewer(viewer), ideaId, shares, client);
  }

  @Mutation(() => IdeaModel)
  approveAuthorshipSplit(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<IdeaRow> {
    return this.coAuthors.approveSplit(requireViewer(viewer), ideaId, client);
  }

  @ResolveField(() => [IdeaAuthorModel], {
    description: 'The author and co-authors, with their shares; pending invitations too, to the idea’s authors and the invitee only',
  })
  @BoundedList(IDEA_AUTHORS_MAX)
  async authors(@Parent() idea: IdeaRow, @Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<IdeaAuthorModel[]> {
    const all = await this.ideas.authors(ctx, idea.id);
    const rows = this.coAuthors.visibleAuthors(all, viewer);
    // Each as the consent rule shows them to this reader; the idea's own authors and invitees see one another named.
    const namedTo = all.map((row) => row.userId);
    return Promise.all(
      rows.map(async (row) => ({
        user: (await this.visibility.author(ctx, viewer, { authorId: row.userId, challengeId: idea.challengeId, id: idea.id, namedTo }))!,
        role: row.role as IdeaAuthorRole,
        accepted: row.accepted,
        shareBasisPoints: row.shareBp,
      })),
    );
  }

  @ResolveField(() => AuthorshipProposalModel, { nullable: true })
  async authorshipProposal(@Parent() idea: IdeaRow, @Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<AuthorshipProposalModel | null> {
    const proposal = await this.ideas.proposal(ctx, idea.id);
    if (!proposal) return null;
    const namedTo = (await this.ideas.authors(ctx, idea.id)).map((row) => row.userId);
    const user = async (id: string) => (await this.visibility.author(ctx, viewer, { authorId: id, challengeId: idea.challengeId, id: idea.id, namedTo }))!;
    return {
      shares: await Promise.all(proposal.shares.map(async ([id, basisPoints]) => ({ user: await user(id), basisPoints }))),
      approvedBy: await Promise.all(proposal.approvedBy.map(user)),
      proposedAt: proposal.proposedAt,
    };
  }
}
