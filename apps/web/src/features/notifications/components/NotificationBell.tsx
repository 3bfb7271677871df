import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The inbox link; its unread count comes with the API's stored inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  return (
    <NavLink to="/notifications" aria-label={t('notifications.bell', { count: 0 })}>
      <span aria-hidden="true">🔔</span>
    </NavLink>
  );
}
