import { registerEnumType } from '@nestjs/graphql';

/** What a notification is about. Each kind is also a row of `notification_kind` (a migration adds it). */
export enum NotificationKind {
  /** Someone replied to one's comment. */
  COMMENT_REPLY = 'COMMENT_REPLY',
  /** Someone proposed an idea that builds on one's idea. */
  IDEA_BUILT_UPON = 'IDEA_BUILT_UPON',
  /** The brand's team shortlisted, adopted or rejected one's idea. */
  IDEA_DECIDED = 'IDEA_DECIDED',
  /** One is invited to co-author an idea. */
  CO_AUTHOR_INVITED = 'CO_AUTHOR_INVITED',
  /** Someone one invited accepted or declined. */
  CO_AUTHOR_ANSWERED = 'CO_AUTHOR_ANSWERED',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** An inbox keeps at most this many notifications per person (read ones go first). */
export const NOTIFICATIONS_PER_USER_MAX = 200;
/** Notifications older than this are deleted, read or not. */
export const NOTIFICATION_RETENTION_DAYS = 90;
/** `markNotificationsRead(ids)` takes at most this many ids. */
export const MARK_READ_IDS_MAX = 100;
