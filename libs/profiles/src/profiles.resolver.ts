import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParticipantModel } from './participant.model';
import { ProfilesService } from './profiles.service';

@Resolver(() => ParticipantModel)
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Query(() => ParticipantModel, { description: 'A participant’s public profile (NOT_FOUND for an unknown id)' })
  participant(@Args('id', { type: () => ID }) id: string): Promise<ParticipantModel> {
    return this.profiles.participant(id);
  }
}
