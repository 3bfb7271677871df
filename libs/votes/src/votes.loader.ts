import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { RequestContext, RequestScoped, viewerOf } from '@pollen/kernel';
import { VoteValue, voteValueOf } from './vote-value';
import { VotesRepository } from './votes.repository';

/** The viewer's own votes on a page of ideas, in one query. */
@Injectable()
export class VotesLoader {
  private readonly byRequest = new RequestScoped<RequestContext['req'], DataLoader<string, VoteValue>>(
    (req) =>
      new DataLoader(async (ideaIds) => {
        const userId = req.user?.userId;
        if (!userId) return ideaIds.map(() => VoteValue.NONE);
        const rows = await this.votes.viewerVotes(userId, ideaIds);
        const byIdea = new Map(rows.map((row) => [row.ideaId, row.value]));
        return ideaIds.map((id) => voteValueOf(byIdea.get(id)));
      }),
  );

  constructor(private readonly votes: VotesRepository) {}

  viewerVote(ctx: RequestContext, ideaId: string): Promise<VoteValue> {
    if (!viewerOf(ctx)) return Promise.resolve(VoteValue.NONE);
    return this.byRequest.get(ctx.req).load(ideaId);
  }

  /**
   * After a vote, the viewer's answer must reflect it: the vote just committed is the viewer's
   * vote, so the answer says so without asking the database again.
   */
  remember(ctx: RequestContext, ideaId: string, value: VoteValue): void {
    this.byRequest.get(ctx.req).clear(ideaId).prime(ideaId, value);
  }
}
