import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { BellIcon } from '../../../shared/BellIcon';

/** The inbox link; its unread count comes with the API's stored inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  return (
    <NavLink to="/notifications" aria-label={t('notifications.bell', { count: 0 })}>
      <BellIcon />
    </NavLink>
  );
}
