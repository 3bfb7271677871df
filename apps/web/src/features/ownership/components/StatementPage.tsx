import { useTranslation } from 'react-i18next';

export function StatementPage() {
  const { t } = useTranslation();
  return <h1>{t('ownership.title')}</h1>;
}
