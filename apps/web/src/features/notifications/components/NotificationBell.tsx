import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { BellIcon } from '../../../shared/BellIcon';
import { UNREAD_COUNT } from '../graphql/notifications.graphql';

/** The inbox link with its unread count, kept live by the participant's socket room (loaded after the page). */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const { data } = useQuery(UNREAD_COUNT);
  useEffect(() => {
    void import('../notification-feed').then(({ listenForNotifications }) => listenForNotifications(client));
  }, [client]);
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" aria-label={t('notifications.bell', { count: unread })} className="bell">
      <BellIcon />
      {unread > 0 && (
        <span className="badge" aria-hidden="true">
          {format.number(unread)}
        </span>
      )}
    </NavLink>
  );
}
