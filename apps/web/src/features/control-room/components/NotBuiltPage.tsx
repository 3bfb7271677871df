import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../../shared/page-title';

/** The route slot of a control-room page that another part of the client fills in. */
export function NotBuiltPage() {
  const { t } = useTranslation();
  usePageTitle(t('controlRoom.notBuilt.title'));
  return (
    <section aria-labelledby="not-built-heading">
      <h1 id="not-built-heading">{t('controlRoom.notBuilt.title')}</h1>
      <p>{t('controlRoom.notBuilt.body')}</p>
    </section>
  );
}
