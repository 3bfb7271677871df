import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { RequireSession } from '../../auth/components/RequireSession';
import { useOrganizationLeft } from '../hooks/useOrganizationLeft';
import '../control-room.css';

/** The control room's frame: its own navigation under the site header; pages load on the way. */
export function ControlRoomLayout() {
  const { t } = useTranslation();
  useOrganizationLeft();
  return (
    <RequireSession>
      <div className="control-room">
        <nav aria-label={t('controlRoom.navigation')} className="control-room-nav">
          <NavLink to="/manage" end>
            {t('controlRoom.home')}
          </NavLink>
          <NavLink to="/manage/challenges/new">{t('controlRoom.newChallenge')}</NavLink>
          <NavLink to="/manage/invitations">{t('controlRoom.invitations')}</NavLink>
        </nav>
        <Outlet />
      </div>
    </RequireSession>
  );
}
