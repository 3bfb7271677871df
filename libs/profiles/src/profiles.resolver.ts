import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { Viewer } from '@pollen/kernel';
import { ParticipantModel } from './participant.model';
import { ProfilesService } from './profiles.service';

@Resolver(() => ParticipantModel)
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Query(() => ParticipantModel, { description: 'A participant’s public profile (NOT_FOUND for an unknown id, or one its participant keeps from others)' })
  participant(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<ParticipantModel> {
    return this.profiles.participant(viewer, id);
  }
}
