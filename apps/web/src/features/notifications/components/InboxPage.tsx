import { useTranslation } from 'react-i18next';
import { RequireSession } from '../../auth/components/RequireSession';

export function InboxPage() {
  const { t } = useTranslation();
  return (
    <RequireSession>
      <h1>{t('notifications.title')}</h1>
    </RequireSession>
  );
}
