import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { ClientKey, Page, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { MarkNotificationsReadResultModel, NotificationConnection, NotificationModel } from './notification.model';
import { NotificationSource, notificationSource } from './notification.field-resolver';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'The viewer’s notifications, newest first' })
  async notifications(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100 (default 20)' }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<Page<NotificationSource>> {
    const page = await this.inbox.page(requireViewer(viewer), { first, after, unreadOnly });
    return { pageInfo: page.pageInfo, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: notificationSource(edge.node) })) };
  }

  @Query(() => Int, { description: 'How many of the viewer’s notifications are unread' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer | null): Promise<number> {
    return this.inbox.unreadCount(requireViewer(viewer));
  }

  @Mutation(() => MarkNotificationsReadResultModel, { description: 'Marks some of one’s notifications read (`ids`), or all up to one (`upTo`)' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('ids', { type: () => [ID], nullable: true, description: '1 to 100 of one’s notifications' }) ids: string[] | null,
    @Args('upTo', { type: () => ID, nullable: true, description: 'Every notification up to and including this one' }) upTo: string | null,
  ): Promise<MarkNotificationsReadResultModel> {
    return this.inbox.markRead(requireViewer(viewer), { ids, upTo }, client);
  }
}
