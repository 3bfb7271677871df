import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { newKey } from '../../../shared/idempotency';
import { RequireSession } from '../../auth/components/RequireSession';
import { MARK_READ, NOTIFICATIONS, UNREAD_COUNT } from '../graphql/notifications.graphql';
import { NotificationText } from './NotificationText';
import { usePageTitle } from '../../../shared/page-title';

function Inbox() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, fetchMore } = useQuery(NOTIFICATIONS, { variables: {}, fetchPolicy: 'cache-and-network' });
  const [markRead, { loading }] = useMutation(MARK_READ, {
    update: (cache, { data: answer }) => {
      if (!answer) return;
      cache.writeQuery({ query: UNREAD_COUNT, data: { __typename: 'Query', unreadNotificationCount: answer.markNotificationsRead.unreadCount } });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
    },
  });
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t('notifications.title')}</h1>
      {items.some((n) => !n.read) && (
        <button type="button" aria-disabled={loading} onClick={() => loading || void markRead({ variables: { upTo: items[0].id }, context: { idempotencyKey: newKey() } })}>
          {t('notifications.markRead')}
        </button>
      )}
      {data && items.length === 0 && <p>{t('notifications.none')}</p>}
      <ul className="inbox">
        {items.map((item) => (
          <li key={item.id} className={item.read ? 'read' : 'unread'}>
            {!item.read && <span className="visually-hidden">{t('notifications.unreadMark')} </span>}
            <NotificationText item={item} />
            <span className="muted">
              {' '}
              · <time dateTime={item.createdAt}>{format.relative(item.createdAt)}</time>
            </span>
          </li>
        ))}
      </ul>
      {data?.notifications.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.notifications.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}

export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  return (
    <RequireSession>
      <Inbox />
    </RequireSession>
  );
}
