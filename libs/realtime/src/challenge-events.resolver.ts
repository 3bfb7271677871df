import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ChallengesService } from '@pollen/challenges';
import { OutboxRepository } from '@pollen/events';
import { CurrentViewer } from '@pollen/identity';
import { PollenError, Viewer, checkId } from '@pollen/kernel';
import { ChallengeEventModel } from './challenge-event.model';
import { CLIENT_EVENT_TYPES, ClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';
import { CHALLENGE_EVENTS_MAX } from './realtime.constant';

@Resolver()
export class ChallengeEventsResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly outbox: OutboxRepository,
    private readonly events: ClientEventsService,
  ) {}

  @Query(() => [ChallengeEventModel], {
    description: `Events of a challenge after a sequence number, in sequence order (at most ${CHALLENGE_EVENTS_MAX}): exactly what sockets were sent, tallies (idea.voted) included, each with the tally it had when sent`,
  })
  async challengeEvents(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('afterSequence', { type: () => Int }) afterSequence: number,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<ClientEvent[]> {
    const id = checkId(challengeId, 'challengeId');
    if (afterSequence < 0) throw PollenError.badInput('afterSequence', 'must be 0 or more');
    const limit = first ?? CHALLENGE_EVENTS_MAX;
    if (limit < 1 || limit > CHALLENGE_EVENTS_MAX) throw PollenError.badInput('first', `must be between 1 and ${CHALLENGE_EVENTS_MAX}`);
    await this.challenges.getVisible(id, viewer);
    return this.events.toClientEvents(await this.outbox.eventsAfter(id, afterSequence, [...CLIENT_EVENT_TYPES], limit));
  }
}
