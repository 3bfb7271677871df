import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaModel, IdeaRow, IdeasLoader } from '@pollen/ideas';
import { RequestContext } from '@pollen/kernel';
import { IdeaInsightModel } from './insights.model';
import { IdeaTotals } from './insights.repository';

@Resolver(() => IdeaInsightModel)
export class IdeaInsightFieldResolver {
  constructor(private readonly ideas: IdeasLoader) {}

  @ResolveField(() => IdeaModel)
  async idea(@Parent() row: IdeaTotals, @Context() ctx: RequestContext): Promise<IdeaRow> {
    return (await this.ideas.load(ctx, row.ideaId))!;
  }
}
