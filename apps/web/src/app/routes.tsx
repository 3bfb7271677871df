import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { ChallengeListPage } from '../features/challenges/components/ChallengeListPage';
import { ChallengePage } from '../features/ideas/components/ChallengePage';
import { controlRoomRoutes } from '../features/control-room/routes';

/**
 * The challenge list and the challenge page are in the first bundle (the challenge page is what
 * the JavaScript budget is measured on) and use native elements only; every other page loads on
 * the way, with React Aria Components for its forms and dialogs.
 *
 * The routes are react-router's route objects, rendered in its declarative mode (`useRoutes`
 * under a `BrowserRouter`): the client loads nothing through the router (its data is Apollo's),
 * so the data router's machinery (~10 KB gzipped) is left out of the first bundle. A route's
 * `lazy` module becomes a `React.lazy` element, loaded when the route is first shown.
 */
const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
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
];

/** A route's module: its page, and what the page will read first, to be asked for before it renders (`shared/prefetch.ts`). */
export interface RouteModule {
  Component?: ComponentType | null;
  prefetch?: (client: ApolloClient, params: Params) => unknown;
}

type LazyRoute = () => Promise<RouteModule>;

/**
 * Starts loading every module of the page at `pathname`, and what each will read, at once and side
 * by side: otherwise a nested page's module is asked for only once its parent has rendered (a
 * control-room page: the layout, then the guard after the session, then the page after the
 * guard's data), one wait after another.
 */
export function preloadPage(pathname: string, client: ApolloClient): Promise<void> {
  const loads = (matchRoutes(routes, pathname) ?? []).map(({ route, params }) => {
    const load = route.lazy as LazyRoute | undefined;
    return load
      ? loadModule(load).then(
          (module) => void module.prefetch?.(client, params),
          // A module that fails to load fails again where it is shown, which says so.
          () => undefined,
        )
      : undefined;
  });
  return Promise.all(loads).then(() => undefined);
}

/** Each lazy route's module once it has loaded, and its load while it is on the way: one load per module, whoever asks first. */
const loadedModules = new WeakMap<LazyRoute, RouteModule>();
const loadingModules = new WeakMap<LazyRoute, Promise<RouteModule>>();

function loadModule(load: LazyRoute): Promise<RouteModule> {
  let loading = loadingModules.get(load);
  if (!loading) {
    loading = load().then((module) => (loadedModules.set(load, module), module));
    // A failed load may be tried again by the next render.
    loading.catch(() => loadingModules.delete(load));
    loadingModules.set(load, loading);
  }
  return loading;
}

/**
 * A route's `lazy` module as an element: rendered at once when its module has loaded already
 * (`preloadPage` at start-up), else shown once loaded (nothing meanwhile, as the data router
 * did). A page whose modules are all loaded then renders in one pass, not one Suspense turn per
 * level of its nesting (a control-room page has three).
 */
function declarative(route: RouteObject): RouteObject {
  const { lazy: load, children, ...rest } = route;
  const out = { ...rest } as RouteObject;
  if (load) {
    const lazyRoute = load as LazyRoute;
    const Suspended = lazy(async () => ({ default: ((await loadModule(lazyRoute)).Component ?? NotFoundPage) as ComponentType }));
    const Page = () => {
      const loaded = loadedModules.get(lazyRoute);
      if (!loaded) {
        return (
          <Suspense fallback={null}>
            <Suspended />
          </Suspense>
        );
      }
      const Loaded = (loaded.Component ?? NotFoundPage) as ComponentType;
      return <Loaded />;
    };
    out.element = <Page />;
  }
  if (children) out.children = children.map(declarative);
  return out;
}

const declarativeRoutes = routes.map(declarative);

/** A page that throws while rendering: the "not found" page on its own, as the data router's errorElement showed it. */
class RouteError extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <NotFoundPage standalone /> : this.props.children;
  }
}

export function AppRoutes() {
  return <RouteError>{useRoutes(declarativeRoutes)}</RouteError>;
}
