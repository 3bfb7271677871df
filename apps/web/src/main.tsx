import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './app/apollo';
import { writeFirstPage } from './app/first-page';
import { AppRoutes, preloadPage } from './app/routes';
import { getSession, refresh } from './features/auth/session';
import i18n from 'i18next';
import { initI18n } from './i18n';
import './app/styles.css';

/** The language the API drew the page in (first-paint.ts), before the client sets its own. */
const drawnLanguage = document.documentElement.lang;

// Marks of the start-up's steps, for the page's profile (test/bench/web/profile-page.ts): they cost nothing to leave in.
performance.mark('main:start');
// Signed in across reloads: the refresh cookie, if any, is traded for an access token at once.
void refresh();
const client = createApolloClient();
// What the page carries, before its modules ask for their first reads (the entry runs after the page's data: web-client.ts).
const carried = writeFirstPage(client);
// The opened page's modules and first reads, side by side with the refresh and the first render.
const preloaded = preloadPage(location.pathname, client);
/**
 * A team page carries its data and names its modules in its head (apps/api/src/web/team-page.ts):
 * they are on their way already, and the first render waits for them (at most a second), so the
 * page renders in one pass instead of one module after another.
 */
const modulesFirst = carried === 'team' ? Promise.race([preloaded, new Promise((resolve) => setTimeout(resolve, 1_000))]) : undefined;

/**
 * The script runs as soon as it is loaded (`async`). On a page with first data the API writes it
 * after that data (web-client.ts), so the data is there when it runs, but the rest of the page
 * may still be on its way: the first render waits for the whole page, not the script for the page.
 */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

/**
 * A challenge page comes drawn by the API (apps/api/src/web/first-paint.ts): its ideas and vote
 * buttons work before this script does. The first render then waits for the browser to have
 * painted them, so the reader sees the page as soon as it arrives, and the client takes over in
 * the frame after (its first render is the longest task of the load).
 */
const drawnAndPainted = parsed.then(() =>
  document.getElementById('root')?.firstElementChild ? new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))) : undefined,
);

void Promise.all([initI18n(), drawnAndPainted, modulesFirst]).then(() => {
  performance.mark('main:ready');
  const root = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>
  );
  // The drawn page is adopted as it is (hydration: its elements kept, a focus on one of its
  // buttons too) when the first render will say exactly what it says: the same language, and a
  // reader not yet known (it is drawn for one not signed in). Otherwise the client draws its own
  // (a drawn moderation queue always: the client's page says more), reusing the drawn elements.
  if (carried === 'challenge' && root.firstElementChild && i18n.language === drawnLanguage && !getSession()) hydrateRoot(root, app);
  else createRoot(root).render(app);
  performance.mark('main:rendered');
});
