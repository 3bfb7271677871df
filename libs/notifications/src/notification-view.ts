import { NotificationRow } from './notifications.repository';

/** The scalar fields of a notification, the same for GraphQL and for the live push. */
export interface NotificationView {
  id: string;
  kind: string;
  challengeId: string | null;
  ideaId: string | null;
  commentId: string | null;
  actorId: string | null;
  createdAt: string;
  read: boolean;
  readAt: string | null;
  parentCommentId: string | null;
  builtUponIdeaId: string | null;
  decisionFrom: string | null;
  decisionTo: string | null;
  decisionReason: string | null;
  accepted: boolean | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function notificationView(row: NotificationRow): NotificationView {
  const data = row.data;
  return {
    id: row.id,
    kind: row.kind,
    challengeId: row.challengeId,
    ideaId: row.ideaId,
    commentId: row.commentId,
    actorId: row.actorId,
    createdAt: new Date(row.createdAt).toISOString(),
    read: row.readAt !== null,
    readAt: row.readAt === null ? null : new Date(row.readAt).toISOString(),
    parentCommentId: str(data.parentId),
    builtUponIdeaId: str(data.builtUpon),
    decisionFrom: str(data.from),
    decisionTo: str(data.to),
    decisionReason: str(data.reason),
    accepted: typeof data.accepted === 'boolean' ? data.accepted : null,
  };
}

/** The payload of `notifications.created`: a recipient's new notifications, with their unread count after them. */
export interface NotificationsCreatedPayload {
  recipientId: string;
  unreadCount: number;
  notifications: NotificationView[];
}

/** The payload of `notifications.read`. */
export interface NotificationsReadPayload {
  recipientId: string;
  ids: string[] | null;
  upTo: string | null;
  marked: number;
  unreadCount: number;
}
