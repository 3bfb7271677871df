import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../shared/page-title';

/**
 * An address the client does not know. Inside the layout (the `*` route) it is the content of the
 * layout's `<main>`; as the router's error page it stands alone and brings its own landmark.
 */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  const content = (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
  return standalone ? (
    <main id="main" className="page narrow">
      {content}
    </main>
  ) : (
    <div className="narrow">{content}</div>
  );
}
