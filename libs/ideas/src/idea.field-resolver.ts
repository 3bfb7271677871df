import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { CurrentViewer, UserModel, UserEntity, UsersLoader } from '@pollen/identity';
import { ContributorVisibility } from '@pollen/privacy';
import {
  AnswerFromRow,
  BUILDS_ON_MAX,
  BUILT_UPON_BY_PAGE_DEFAULT,
  BUILT_UPON_BY_PAGE_MAX,
  BoundedList,
  IDEA_DECISIONS_MAX,
  PagedList,
  PollenError,
  REVISIONS_PAGE_DEFAULT,
  REVISIONS_PAGE_MAX,
  RequestContext,
  Viewer,
  pageSize,
} from '@pollen/kernel';
import { IdeaDecisionModel, IdeaModel, IdeaRevisionModel } from './idea.model';
import { DecisionRow, IdeaRow, RevisionRow } from './ideas.repository';
import { IdeasLoader } from './ideas.loader';

@Resolver(() => IdeaModel)
export class IdeaFieldResolver {
  constructor(
    private readonly ideasLoader: IdeasLoader,
    private readonly users: UsersLoader,
    private readonly challenges: ChallengesLoader,
    private readonly visibility: ContributorVisibility,
  ) {}

  /** A shared feed page's row carries its author when they are named to everyone (SharedFeedPages); otherwise the consent rule shows them to this viewer (libs/privacy), batched. */
  @ResolveField(() => UserModel)
  @AnswerFromRow((idea: IdeaRow) => idea.author)
  async author(@Parent() idea: IdeaRow, @Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<UserEntity> {
    return (await this.visibility.author(ctx, viewer, { authorId: idea.authorId, challengeId: idea.challengeId, id: idea.id }))!;
  }

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, idea.challengeId))!;
  }

  @ResolveField(() => [IdeaModel], { description: `The ideas this one builds on (at most ${BUILDS_ON_MAX})` })
  @BoundedList(BUILDS_ON_MAX)
  buildsOn(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<IdeaRow[]> {
    return this.ideasLoader.parents(ctx, idea.id);
  }

  @ResolveField(() => [IdeaModel], { description: 'The ideas that build on this one, oldest first' })
  @PagedList(BUILT_UPON_BY_PAGE_DEFAULT)
  builtUponBy(
    @Parent() idea: IdeaRow,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: `How many, 1 to ${BUILT_UPON_BY_PAGE_MAX} (default ${BUILT_UPON_BY_PAGE_DEFAULT})` })
    first: number | null,
  ): Promise<IdeaRow[]> {
    return this.ideasLoader.children(ctx, idea.id, pageSize(first, { default: BUILT_UPON_BY_PAGE_DEFAULT, max: BUILT_UPON_BY_PAGE_MAX }));
  }

  @ResolveField(() => [IdeaRevisionModel], { description: 'The latest revisions, newest first; revision 1 is the original' })
  @PagedList(REVISIONS_PAGE_DEFAULT)
  revisions(
    @Parent() idea: IdeaRow,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: `How many, 1 to ${REVISIONS_PAGE_MAX} (default ${REVISIONS_PAGE_DEFAULT})` })
    first: number | null,
    @Args('before', { type: () => Int, nullable: true, description: 'Only revisions older than this revision number (the next page)' })
    before: number | null,
  ): Promise<RevisionRow[]> {
    if (before !== null && before !== undefined && before < 1) throw PollenError.badInput('before', 'must be a revision number, 1 or more');
    return this.ideasLoader.revisions(ctx, idea.id, pageSize(first, { default: REVISIONS_PAGE_DEFAULT, max: REVISIONS_PAGE_MAX }), before ?? null);
  }

  @ResolveField(() => [IdeaDecisionModel], { description: 'The brand team’s decisions on this idea, oldest first' })
  @BoundedList(IDEA_DECISIONS_MAX)
  decisions(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<DecisionRow[]> {
    return this.ideasLoader.decisions(ctx, idea.id);
  }
}
