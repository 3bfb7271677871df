import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/page-title';

/** What anyone off the brand's team sees at a control-room address (the API refuses them too). */
export function RefusalPage({ organizationName }: { organizationName?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('controlRoom.refused.title'));
  return (
    <section className="narrow" aria-labelledby="refusal-heading">
      <h1 id="refusal-heading">{t('controlRoom.refused.title')}</h1>
      <p>{organizationName ? t('controlRoom.refused.bodyNamed', { name: organizationName }) : t('controlRoom.refused.body')}</p>
      <p>
        <Link to="/">{t('controlRoom.refused.home')}</Link>
      </p>
    </section>
  );
}
