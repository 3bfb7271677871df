import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useReader } from '../features/auth/hooks/useSession';
import { SignOutButton } from '../features/auth/components/SignOutButton';
import { ControlRoomLink } from '../features/control-room/components/ControlRoomLink';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { OfflineBanner } from '../features/realtime/components/OfflineBanner';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t } = useTranslation();
  const reader = useReader();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          {t('layout.brand')}
        </Link>
        <nav aria-label={t('layout.navigation')} className="site-nav">
          <NavLink to="/">{t('layout.challenges')}</NavLink>
          {reader ? (
            <>
              <ControlRoomLink />
              <NotificationBell />
              <NavLink to={`/people/${reader.id}`}>{t('layout.profile', { name: reader.displayName })}</NavLink>
              <NavLink to="/account">{t('layout.account')}</NavLink>
              <SignOutButton />
            </>
          ) : (
            <>
              <NavLink to="/signin">{t('layout.signIn')}</NavLink>
              <NavLink to="/signup">{t('layout.signUp')}</NavLink>
            </>
          )}
        </nav>
        <LanguageSwitch />
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  );
}
