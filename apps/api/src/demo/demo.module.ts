import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { ModerationModule } from '@pollen/moderation';
import { OrganizationsModule } from '@pollen/organizations';
import { VotesModule } from '@pollen/votes';
import { DemoSeeder } from './demo.seeder';

@Module({
  imports: [IdentityModule, OrganizationsModule, ChallengesModule, IdeasModule, VotesModule, CommentsModule, ModerationModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
