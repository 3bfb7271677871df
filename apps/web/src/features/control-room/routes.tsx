import type { RouteObject } from 'react-router';

/**
 * The control room's routes, each module loaded when first opened (none of it is in the
 * participants' first bundle). Guards: a challenge's pages ask for its organisation's role,
 * an organisation's pages for the role there; anyone off the team sees a refusal.
 * The insights, ownership, members and new-challenge slots are filled by their own features.
 * A page's module may give its first reads (`prefetch`): they are asked for at start-up, beside
 * the refresh, when the page is the one opened (app/routes.tsx, `preloadPage`).
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
      lazy: async () => {
        const { ChallengeTeamGuard, prefetchTeamChallenge } = await import('./components/ChallengeTeamGuard');
        return { Component: ChallengeTeamGuard, prefetch: prefetchTeamChallenge };
      },
      children: [
        {
          path: 'moderation',
          lazy: async () => {
            const { ModerationPage, prefetchModerationQueue } = await import('../moderation/components/ModerationPage');
            return { Component: ModerationPage, prefetch: prefetchModerationQueue };
          },
        },
        { path: 'review', lazy: async () => ({ Component: (await import('../review/components/ReviewPage')).ReviewPage }) },
        {
          path: 'insights',
          lazy: async () => {
            const { InsightsPage, prefetchInsights } = await import('../insights/components/InsightsPage');
            return { Component: InsightsPage, prefetch: prefetchInsights };
          },
        },
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
