import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ChallengesService } from '@pollen/challenges';
import { OutboxRepository } from '@pollen/events';
import { CurrentViewer } from '@pollen/identity';
import { CHALLENGE_EVENTS_PAGE_DEFAULT, CHALLENGE_EVENTS_PAGE_MAX, PagedList, PollenError, Viewer, checkId, pageSize } from '@pollen/kernel';
import { ChallengeEventModel } from './challenge-event.model';
import { ClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';

@Resolver()
export class ChallengeEventsResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly outbox: OutboxRepository,
    private readonly events: ClientEventsService,
  ) {}

  @Query(() => [ChallengeEventModel], {
    description: `Events of a challenge after a sequence number, oldest first (first: ${CHALLENGE_EVENTS_PAGE_DEFAULT} unless told, at most ${CHALLENGE_EVENTS_PAGE_MAX}); vote events carry the current tally`,
  })
  @PagedList(CHALLENGE_EVENTS_PAGE_DEFAULT)
  async challengeEvents(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('afterSequence', { type: () => Int }) afterSequence: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<ClientEvent[]> {
    const id = checkId(challengeId, 'challengeId');
    if (afterSequence < 0) throw PollenError.badInput('afterSequence', 'must be 0 or more');
    const limit = pageSize(first, { default: CHALLENGE_EVENTS_PAGE_DEFAULT, max: CHALLENGE_EVENTS_PAGE_MAX });
    await this.challenges.getVisible(id, viewer);
    return this.events.toClientEvents(await this.outbox.eventsAfter(id, afterSequence, limit));
  }
}
