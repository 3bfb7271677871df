import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { MY_ORGANIZATIONS } from '../graphql/control-room.graphql';

/** The header's way into the control room, shown to members of a brand team only. */
export function ControlRoomLink() {
  const { t } = useTranslation();
  const { data } = useQuery(MY_ORGANIZATIONS);
  if (!data?.myOrganizations.length) return null;
  return <NavLink to="/manage">{t('layout.controlRoom')}</NavLink>;
}
