import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { getSocket, type LiveEvent } from '../../realtime/socket';

/** What only an organisation's team reads (the root fields of the control room's team pages). */
const TEAM_FIELDS = ['moderationQueue', 'moderationLog', 'moderationRules', 'duplicateCandidates', 'reviewBoard', 'challengeInsights', 'ownershipStatement', 'ledgerVerification'];
/** What an organisation's record holds for its team only. */
const TEAM_ORGANIZATION_FIELDS = ['members', 'pendingInvitations'];

/**
 * `organization.left` (the viewer's own room): removed from an organisation's team, or no longer
 * an OWNER or MODERATOR there. At once the organisation's `viewerRole` in the cache becomes null,
 * so the guards of its pages show the refusal in their place; the team's data leaves the cache and
 * `myOrganizations` (the header's link, the control room's home) is read again.
 */
export function useOrganizationLeft(): void {
  const client = useApolloClient();
  useEffect(() => {
    const socket = getSocket();
    const onLeft = (event: LiveEvent) => {
      const organizationId = event.data.organizationId as string;
      const { cache } = client;
      const id = cache.identify({ __typename: 'Organization', id: organizationId });
      cache.modify({ id, fields: { viewerRole: () => null } });
      for (const fieldName of TEAM_ORGANIZATION_FIELDS) cache.evict({ id, fieldName });
      for (const fieldName of TEAM_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myOrganizations' });
      cache.gc();
      void client.refetchQueries({ include: ['MyOrganizations', 'TeamChallenge', 'TeamOrganization'] });
    };
    socket.on('organization.left', onLeft);
    return () => {
      socket.off('organization.left', onLeft);
    };
  }, [client]);
}
