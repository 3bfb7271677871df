import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireSession } from '../../auth/components/RequireSession';
import { ConsentSection } from './ConsentSection';
import { ExportSection } from './ExportSection';
import { LicencesSection } from './LicencesSection';
import { WhoLookedSection } from './WhoLookedSection';
import { usePageTitle } from '../../../shared/page-title';

function Account() {
  const { t } = useTranslation();
  return (
    <div className="narrow account">
      <h1>{t('account.title')}</h1>
      <p>{t('account.intro')}</p>
      <ExportSection />
      <ConsentSection />
      <LicencesSection />
      <WhoLookedSection />
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t('account.erase.title')}</h2>
        <p>{t('account.erase.intro')}</p>
        <Link to="/account/erase">{t('account.erase.link')}</Link>
      </section>
    </div>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  return (
    <RequireSession>
      <Account />
    </RequireSession>
  );
}
