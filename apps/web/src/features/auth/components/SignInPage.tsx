import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { LOGIN } from '../graphql/auth.graphql';
import { signedIn } from '../session';
import { usePageTitle } from '../../../shared/page-title';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [login, { loading }] = useMutation(LOGIN);
  const [error, setError] = useState<string | null>(null);

  const submit = async (form: FormData) => {
    setError(null);
    try {
      const { data } = await login({ variables: { input: { email: String(form.get('email')), password: String(form.get('password')) } } });
      if (data) {
        signedIn(data.login);
        // What was read anonymously (own votes: none) is read again as the participant.
        await client.clearStore();
        navigate(params.get('next') ?? '/');
      }
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <Field name="email" type="email" label={t('auth.email')} autoComplete="email" isRequired />
        <Field name="password" type="password" label={t('auth.password')} autoComplete="current-password" isRequired />
        <FormError message={error} />
        <Button type="submit" className="primary" isPending={loading}>
          {t('auth.signIn')}
        </Button>
      </Form>
      <p>
        {t('auth.noAccount')} <Link to="/signup">{t('auth.signUpLink')}</Link>
      </p>
    </section>
  );
}
