import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useReader, useSessionRestored } from '../hooks/useSession';

/** A page for signed-in participants: others are offered to sign in and come back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const reader = useReader();
  const restored = useSessionRestored();
  const location = useLocation();
  // A page read for its reader (a team page's first data) shows while the start-up refresh is on its way.
  if (reader) return <>{children}</>;
  if (!restored) return <p role="status">{t('common.loading')}</p>;
  const next = encodeURIComponent(location.pathname + location.search);
  return (
    <section className="narrow">
      <h1>{t('auth.needed')}</h1>
      <p>
        <Link to={`/signin?next=${next}`}>{t('auth.signInLink')}</Link> · <Link to={`/signup?next=${next}`}>{t('auth.signUpLink')}</Link>
      </p>
    </section>
  );
}
