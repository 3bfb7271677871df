import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useFieldErrors } from '../../../shared/useFieldErrors';
import { REGISTER } from '../graphql/auth.graphql';
import { signedIn } from '../session';
import { usePageTitle } from '../../../shared/page-title';

const FIELDS = ['displayName', 'email', 'password'] as const;

export function SignUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('layout.signUp'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [register, { loading }] = useMutation(REGISTER);
  const [error, setError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const submit = async (form: FormData) => {
    setError(null);
    const input = { displayName: String(form.get('displayName')), email: String(form.get('email')), password: String(form.get('password')) };
    try {
      const { data } = await register({ variables: { input } });
      if (data) {
        signedIn(data.register);
        // What was read anonymously (own votes: none) is read again as the participant.
        await client.clearStore();
        navigate(params.get('next') ?? '/');
      }
    } catch (e) {
      // The field the API named shows the reason beside itself, and the summary above the button.
      const problem = problemOf(e);
      fieldErrors.show(problem);
      setError(describeProblem(t, problem));
    }
  };

  return (
    <section className="narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <Form
        validationErrors={fieldErrors.errors}
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <Field name="displayName" onChange={() => fieldErrors.edited('displayName')} label={t('auth.displayName')} autoComplete="nickname" isRequired />
        <Field name="email" type="email" onChange={() => fieldErrors.edited('email')} label={t('auth.email')} autoComplete="email" isRequired />
        <Field name="password" type="password" onChange={() => fieldErrors.edited('password')} label={t('auth.password')} description={t('auth.passwordRule')} autoComplete="new-password" isRequired />
        <FormError message={error} />
        <Button type="submit" className="primary" isPending={loading}>
          {t('auth.signUp')}
        </Button>
      </Form>
      <p>
        {t('auth.haveAccount')} <Link to="/signin">{t('auth.signInLink')}</Link>
      </p>
    </section>
  );
}
