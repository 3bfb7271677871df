import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { OrganizationsModule } from '@pollen/organizations';
import { PrivacyModule } from '@pollen/privacy';
import { ChallengeOrganizationsService } from './challenge-organizations.service';
import { ChallengeEventsResolver } from './challenge-events.resolver';
import { ClientEventsService } from './client-events.service';
import { DraftEraPolicy } from './draft-era.policy';
import { OutageFollower } from './outage.follower';
import { OutboxPublisher } from './outbox.publisher';
import { OutboxRelay } from './outbox.relay';
import { RealtimeGateway } from './realtime.gateway';
import { RoomAccessPolicy } from './room-access.policy';
import { VoteTallyCoalescer } from './vote-tally.coalescer';
import { VoteTallyRepository } from './vote-tally.repository';

/** Delivery: the outbox relay and the socket.io gateway. Domain libraries never import it. */
@Module({
  imports: [ChallengesModule, CommentsModule, IdeasModule, IdentityModule, OrganizationsModule, PrivacyModule],
  providers: [ChallengeEventsResolver, ChallengeOrganizationsService, ClientEventsService, DraftEraPolicy, OutageFollower, OutboxPublisher, OutboxRelay, RealtimeGateway, RoomAccessPolicy, VoteTallyCoalescer, VoteTallyRepository],
  exports: [OutboxRelay, RealtimeGateway],
})
export class RealtimeModule {}
