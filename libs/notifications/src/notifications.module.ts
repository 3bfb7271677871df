import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { LimitsModule } from '@pollen/limits';
import { PrivacyModule } from '@pollen/privacy';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationFieldResolver } from './notification.field-resolver';
import { NotificationRetentionJob } from './notification-retention.job';
import { NotificationsConsumer } from './notifications-consumer.job';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The stored inbox: written by an outbox consumer, read and marked over GraphQL. Never imports realtime. */
@Module({
  imports: [ChallengesModule, CommentsModule, IdentityModule, IdeasModule, LimitsModule, PrivacyModule],
  providers: [NotificationFieldResolver, NotificationPreferencesResolver, NotificationPreferencesService, NotificationRetentionJob, NotificationsConsumer, NotificationsRepository, NotificationsResolver, NotificationsService],
  exports: [NotificationsConsumer, NotificationRetentionJob],
})
export class NotificationsModule {}
