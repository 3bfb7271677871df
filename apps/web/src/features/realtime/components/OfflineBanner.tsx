import { useTranslation } from 'react-i18next';
import { useLinkStatus } from '../hooks/useLinkStatus';

/** Said once when the link drops and once when it is back (a polite live region). */
export function OfflineBanner() {
  const { t } = useTranslation();
  const status = useLinkStatus();
  return (
    <div role="status" className={status === 'offline' ? 'offline-banner' : 'visually-hidden'}>
      {status === 'offline' ? t('live.offline') : status === 'online' ? t('live.online') : ''}
    </div>
  );
}
