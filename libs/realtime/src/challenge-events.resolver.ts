import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { ChallengesService } from '@pollen/challenges';
import { OutboxRepository } from '@pollen/events';
import { CurrentViewer } from '@pollen/identity';
import { CHALLENGE_EVENTS_PAGE_DEFAULT, CHALLENGE_EVENTS_PAGE_MAX, PagedList, PollenError, Viewer, checkId, pageSize } from '@pollen/kernel';
import { ChallengeEventModel } from './challenge-event.model';
import { CLIENT_EVENT_TYPES, ClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';
import { DraftEraPolicy } from './draft-era.policy';

@Resolver()
export class ChallengeEventsResolver {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly outbox: OutboxRepository,
    private readonly events: ClientEventsService,
    private readonly draftEra: DraftEraPolicy,
  ) {}

  @Query(() => [ChallengeEventModel], {
    description: `Events of a challenge after a sequence number, in sequence order (first: ${CHALLENGE_EVENTS_PAGE_DEFAULT} unless told, at most ${CHALLENGE_EVENTS_PAGE_MAX}): what sockets were sent, tallies (idea.voted) included, each with the tally it had when sent`,
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
    const challenge = await this.challenges.getVisible(id, viewer);
    // One read of the viewer's role serves both rules (the draft era, and content not everyone may see).
    const team = await this.challenges.isTeamMember(challenge, viewer);
    const after = await this.draftEra.visibleAfter(challenge, team, afterSequence);
    if (after === null) return [];
    const events = await this.outbox.eventsAfter(id, after, [...CLIENT_EVENT_TYPES], limit);
    const [clientEvents, restricted] = await Promise.all([this.events.toClientEvents(events), this.events.restricted(events)]);
    if (restricted.size === 0 || team) return clientEvents;
    // The same rule as live delivery: what the viewer may not see now is left out (a gap in sequence).
    return clientEvents.filter((event) => !restricted.has(event.id) || (!!viewer && restricted.get(event.id)!.includes(viewer.userId)));
  }
}
