import { useOutletContext } from 'react-router';
import type { ChallengePhase, OrganizationRole } from '../../gql/graphql';

export interface TeamOrganization {
  id: string;
  name: string;
  viewerRole: OrganizationRole;
}

export interface TeamChallenge {
  id: string;
  title: string;
  phase: ChallengePhase;
  organization: TeamOrganization;
}

/** What a control-room page under `/manage/challenges/:challengeId` receives from its guard. */
export function useTeamChallenge(): TeamChallenge {
  return useOutletContext<{ challenge: TeamChallenge }>().challenge;
}

/** What a control-room page under `/manage/organizations/:organizationId` receives from its guard. */
export function useTeamOrganization(): TeamOrganization {
  return useOutletContext<{ organization: TeamOrganization }>().organization;
}
