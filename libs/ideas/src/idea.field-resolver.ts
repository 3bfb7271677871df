import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { UserModel, UserEntity, UsersLoader } from '@pollen/identity';
import { RequestContext } from '@pollen/kernel';
import { IdeaDecisionModel, IdeaModel, IdeaRevisionModel } from './idea.model';
import { DecisionRow, IdeaRow, RevisionRow } from './ideas.repository';
import { IdeasLoader } from './ideas.loader';
import { IdeasService } from './ideas.service';

@Resolver(() => IdeaModel)
export class IdeaFieldResolver {
  constructor(
    private readonly ideas: IdeasService,
    private readonly ideasLoader: IdeasLoader,
    private readonly users: UsersLoader,
    private readonly challenges: ChallengesLoader,
  ) {}

  @ResolveField(() => UserModel)
  async author(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<UserEntity> {
    return (await this.users.load(ctx, idea.authorId))!;
  }

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, idea.challengeId))!;
  }

  @ResolveField(() => [IdeaModel], { description: 'The ideas this one builds on' })
  buildsOn(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<IdeaRow[]> {
    return this.ideasLoader.related(ctx, idea.id, 'parents');
  }

  @ResolveField(() => [IdeaModel], { description: 'The ideas that build on this one' })
  builtUponBy(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<IdeaRow[]> {
    return this.ideasLoader.related(ctx, idea.id, 'children');
  }

  @ResolveField(() => [IdeaRevisionModel], { description: 'Every revision, newest first; revision 1 is the original' })
  revisions(@Parent() idea: IdeaRow): Promise<RevisionRow[]> {
    return this.ideas.revisions(idea.id);
  }

  @ResolveField(() => [IdeaDecisionModel], { description: 'The brand team’s decisions on this idea, oldest first' })
  decisions(@Parent() idea: IdeaRow): Promise<DecisionRow[]> {
    return this.ideas.decisions(idea.id);
  }
}
