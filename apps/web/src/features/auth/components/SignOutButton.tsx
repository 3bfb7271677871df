import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LOGOUT } from '../graphql/auth.graphql';
import { signedOut } from '../session';

export function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LOGOUT);
  return (
    <button
      type="button"
      className="link-button"
      aria-disabled={loading}
      onClick={async () => {
        // aria-disabled keeps the button focusable while it works, so a second press must be ignored here.
        if (loading) return;
        await logout().catch(() => undefined);
        signedOut();
        // What was read as this participant (their votes, their email) must not outlive the session.
        await client.clearStore();
        navigate('/');
      }}
    >
      {t('layout.signOut')}
    </button>
  );
}
