import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { router } from './app/routes';
import { refresh } from './features/auth/session';
import { initI18n } from './i18n';
import './app/styles.css';

const client = createApolloClient();
// Signed in across reloads: the refresh cookie, if any, is traded for an access token at once.
void refresh();

void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  ),
);
