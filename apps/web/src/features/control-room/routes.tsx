import type { RouteObject } from 'react-router';

/**
 * The control room's routes, each module loaded when first opened (none of it is in the
 * participants' first bundle). Guards: a challenge's pages ask for its organisation's role,
 * an organisation's pages for the role there; anyone off the team sees a refusal.
 * The insights, ownership, members and new-challenge slots are filled by their own features.
 */
export const controlRoomRoutes: RouteObject = {
  path: 'manage',
  lazy: async () => ({ Component: (await import('./components/ControlRoomLayout')).ControlRoomLayout }),
  children: [
    { index: true, lazy: async () => ({ Component: (await import('./components/ManageHomePage')).ManageHomePage }) },
    { path: 'challenges/new', lazy: async () => ({ Component: (await import('../challenge-admin/components/NewChallengePage')).NewChallengePage }) },
    { path: 'invitations', lazy: async () => ({ Component: (await import('../organization-admin/components/InvitationsPage')).InvitationsPage }) },
    {
      path: 'challenges/:challengeId',
      lazy: async () => ({ Component: (await import('./components/ChallengeTeamGuard')).ChallengeTeamGuard }),
      children: [
        { path: 'moderation', lazy: async () => ({ Component: (await import('../moderation/components/ModerationPage')).ModerationPage }) },
        { path: 'review', lazy: async () => ({ Component: (await import('../review/components/ReviewPage')).ReviewPage }) },
        { path: 'insights', lazy: async () => ({ Component: (await import('../insights/components/InsightsPage')).InsightsPage }) },
        { path: 'ownership', lazy: async () => ({ Component: (await import('../ownership/components/TeamOwnershipPage')).TeamOwnershipPage }) },
        { path: 'settings', lazy: async () => ({ Component: (await import('../challenge-admin/components/ChallengeSettingsPage')).ChallengeSettingsPage }) },
      ],
    },
    {
      path: 'organizations/:organizationId',
      lazy: async () => ({ Component: (await import('./components/OrganizationTeamGuard')).OrganizationTeamGuard }),
      children: [{ path: 'members', lazy: async () => ({ Component: (await import('../organization-admin/components/MembersPage')).MembersPage }) }],
    },
  ],
};
