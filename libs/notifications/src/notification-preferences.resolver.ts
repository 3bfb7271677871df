import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { NotificationKind } from './notification-kind';
import { NotificationPreferenceModel } from './notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';

const KIND_COUNT = Object.values(NotificationKind).length;

@Resolver(() => NotificationPreferenceModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @BoundedList(KIND_COUNT)
  @Query(() => [NotificationPreferenceModel], { description: 'Which kinds of notification the viewer receives' })
  notificationPreferences(@CurrentViewer() viewer: Viewer | null): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(requireViewer(viewer));
  }

  @BoundedList(KIND_COUNT)
  @Mutation(() => [NotificationPreferenceModel], { description: 'Turns a kind of notification on or off for the viewer (recorded as a consent decision)' })
  setNotificationPreference(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('enabled') enabled: boolean,
  ): Promise<NotificationPreferenceModel[]> {
    return this.preferences.set(requireViewer(viewer), kind, enabled, client);
  }
}
