import { createBrowserRouter } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { ChallengeListPage } from '../features/challenges/components/ChallengeListPage';
import { ChallengePage } from '../features/ideas/components/ChallengePage';
import { controlRoomRoutes } from '../features/control-room/routes';

/**
 * The challenge list and the challenge page are in the first bundle (the challenge page is what
 * the JavaScript budget is measured on) and use native elements only; every other page loads on
 * the way, with React Aria Components for its forms and dialogs.
 */
export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <NotFoundPage standalone />,
    children: [
      { index: true, element: <ChallengeListPage /> },
      { path: 'signin', lazy: async () => ({ Component: (await import('../features/auth/components/SignInPage')).SignInPage }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('../features/auth/components/SignUpPage')).SignUpPage }) },
      { path: 'challenges/:challengeId', element: <ChallengePage /> },
      { path: 'challenges/:challengeId/propose', lazy: async () => ({ Component: (await import('../features/ideas/components/ProposePage')).ProposePage }) },
      { path: 'challenges/:challengeId/statement', lazy: async () => ({ Component: (await import('../features/ownership/components/StatementPage')).StatementPage }) },
      { path: 'ideas/:ideaId', lazy: async () => ({ Component: (await import('../features/ideas/components/IdeaPage')).IdeaPage }) },
      { path: 'people/:userId', lazy: async () => ({ Component: (await import('../features/profile/components/ProfilePage')).ProfilePage }) },
      { path: 'account', lazy: async () => ({ Component: (await import('../features/account/components/AccountPage')).AccountPage }) },
      { path: 'account/erase', lazy: async () => ({ Component: (await import('../features/erasure/components/ErasePage')).ErasePage }) },
      { path: 'notifications', lazy: async () => ({ Component: (await import('../features/notifications/components/InboxPage')).InboxPage }) },
      controlRoomRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
