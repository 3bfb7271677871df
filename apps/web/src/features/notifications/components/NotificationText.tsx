import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationsQuery } from '../../../gql/graphql';

type Item = NotificationsQuery['notifications']['edges'][number]['node'];

/** What happened, in a sentence of the catalogue, with a link to the idea it is about. */
export function NotificationText({ item }: { item: Item }) {
  const { t } = useTranslation();
  const name = item.actor?.displayName ?? '';
  const title = item.idea?.title ?? '';
  const text = {
    COMMENT_REPLY: t('notifications.kind.COMMENT_REPLY', { name, title }),
    IDEA_BUILT_UPON: t('notifications.kind.IDEA_BUILT_UPON', { name, title }),
    IDEA_DECIDED: t('notifications.kind.IDEA_DECIDED', { title, status: item.decisionTo ? t(`status.${item.decisionTo}`) : '' }),
    CO_AUTHOR_INVITED: t('notifications.kind.CO_AUTHOR_INVITED', { name, title }),
    CO_AUTHOR_ANSWERED: t(item.accepted ? 'notifications.kind.CO_AUTHOR_ACCEPTED' : 'notifications.kind.CO_AUTHOR_DECLINED', { name, title }),
    // The brand acted on one's content (its state now) or on one's participation (no content).
    MODERATION_ACTION: item.moderationVisibility
      ? t('notifications.kind.MODERATION_ACTION', { title, state: t(`notifications.moderationState.${item.moderationVisibility}`), reason: item.moderationReason ?? '' })
      : t('notifications.kind.MODERATION_ACCOUNT', { reason: item.moderationReason ?? '' }),
  }[item.kind];
  return item.idea ? <Link to={`/ideas/${item.idea.id}`}>{text}</Link> : <span>{text}</span>;
}
