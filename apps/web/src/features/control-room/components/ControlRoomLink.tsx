import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { MY_ORGANIZATIONS } from '../graphql/control-room.graphql';

/** The header's way into the control room, shown to members of a brand team only. */
export function ControlRoomLink() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, refetch } = useQuery(MY_ORGANIZATIONS);
  // Signing in clears the store after this link mounted (its first answer is dropped): ask again.
  useEffect(() => client.onClearStore(async () => void setTimeout(() => void refetch().catch(() => undefined), 0)), [client, refetch]);
  if (!data?.myOrganizations.length) return null;
  return <NavLink to="/manage">{t('layout.controlRoom')}</NavLink>;
}
