import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ClientKey, Page, PollenError, Viewer, checkId, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { MARK_READ_IDS_MAX } from './notification-kind';
import { NotificationsReadPayload } from './notification-view';
import { NotificationRow, NotificationsRepository } from './notifications.repository';

/** One's own inbox: reading it and marking it read. Nobody reads or marks anyone else's. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
  ) {}

  async page(viewer: Viewer, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<Page<NotificationRow>> {
    const limit = pageSize(args.first);
    const unreadOnly = args.unreadOnly === true;
    const ordering = unreadOnly ? 'notifications:unread' : 'notifications';
    const after = args.after ? (decodeCursor(args.after, ordering, ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.notifications.page(viewer.userId, unreadOnly, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor(ordering, [row.createdKey, row.id]));
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return (await this.notifications.unreadCounts([viewer.userId])).get(viewer.userId) ?? 0;
  }

  /**
   * Marks `ids` (one's own, all of them, or nothing is marked), or everything up to and including
   * the notification `upTo`. Records `notifications.read` so every open tab's count follows.
   */
  async markRead(viewer: Viewer, input: { ids?: unknown; upTo?: unknown }, client: ClientKey): Promise<{ marked: number; unreadCount: number }> {
    // Counted before the transaction, as every write is: a refused call holds no connection, and a rolled-back one still counts.
    await this.limits.consume('markNotificationsRead', viewer, client);
    return this.markReadNow(viewer, input);
  }

  @UnitOfWork()
  private async markReadNow(viewer: Viewer, input: { ids?: unknown; upTo?: unknown }): Promise<{ marked: number; unreadCount: number }> {
    const hasIds = input.ids !== undefined && input.ids !== null;
    const hasUpTo = input.upTo !== undefined && input.upTo !== null;
    if (hasIds === hasUpTo) throw PollenError.badInput('ids', 'give either ids or upTo');
    let marked: number;
    let ids: string[] | null = null;
    let upTo: string | null = null;
    if (hasIds) {
      if (!Array.isArray(input.ids) || input.ids.length === 0 || input.ids.length > MARK_READ_IDS_MAX) {
        throw PollenError.badInput('ids', `must list 1 to ${MARK_READ_IDS_MAX} notifications`);
      }
      ids = [...new Set(input.ids.map((id) => checkId(id, 'ids')))];
      if ((await this.notifications.countOwned(viewer.userId, ids)) !== ids.length) {
        throw new PollenError('NOT_FOUND', 'ids: notification not found', { field: 'ids', entity: 'Notification' });
      }
      marked = await this.notifications.markIds(viewer.userId, ids);
    } else {
      upTo = checkId(input.upTo, 'upTo');
      const last = await this.notifications.findOwn(viewer.userId, upTo);
      if (!last) throw new PollenError('NOT_FOUND', 'upTo: notification not found', { field: 'upTo', entity: 'Notification' });
      marked = await this.notifications.markUpTo(viewer.userId, { createdKey: last.createdKey, id: upTo });
    }
    const unreadCount = await this.unreadCount(viewer);
    if (marked > 0) {
      const payload: NotificationsReadPayload = { recipientId: viewer.userId, ids, upTo, marked, unreadCount };
      await this.events.record({ type: 'notifications.read', challengeId: null, aggregateId: viewer.userId, actorId: viewer.userId, payload: { ...payload } });
    }
    return { marked, unreadCount };
  }
}
