import { Module } from '@nestjs/common';
import { PrivacyModule } from '@pollen/privacy';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { OwnershipModule } from '@pollen/ownership';
import { OwnershipSharesLoader } from './ownership-shares.loader';
import { ParticipantContributionFieldResolver } from './participant-contribution.field-resolver';
import { ParticipantFieldResolver } from './participant.field-resolver';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

/** Participants' public profiles: composes identity, ideas, comments and ownership; nothing imports it but apps. */
@Module({
  imports: [ChallengesModule, CommentsModule, IdentityModule, IdeasModule, OwnershipModule, PrivacyModule],
  providers: [OwnershipSharesLoader, ParticipantContributionFieldResolver, ParticipantFieldResolver, ProfilesRepository, ProfilesResolver, ProfilesService],
})
export class ProfilesModule {}
