import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { MY_ORGANIZATIONS } from '../../control-room/graphql/control-room.graphql';
import { RefusalPage } from '../../control-room/components/RefusalPage';
import { CREATE_CHALLENGE } from '../graphql/challenge-admin.graphql';
import { LanguageSelect } from './LanguageSelect';
import { usePageTitle } from '../../../shared/page-title';

/** `/manage/challenges/new`: a challenge starts as a DRAFT, visible to its team only, until it opens. */
export function NewChallengePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data } = useQuery(MY_ORGANIZATIONS, { fetchPolicy: 'cache-and-network' });
  usePageTitle(!data ? undefined : data.myOrganizations.some((organization) => organization.viewerRole) ? t('challengeAdmin.newTitle') : null);
  const [create, { loading }] = useMutation(CREATE_CHALLENGE);
  const keyFor = useActionKey();
  const [error, setError] = useState<string | null>(null);
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const teams = data.myOrganizations.filter((organization) => organization.viewerRole);
  if (teams.length === 0) return <RefusalPage />;

  return (
    <section aria-labelledby="new-challenge-heading" className="narrow">
      <h1 id="new-challenge-heading">{t('challengeAdmin.newTitle')}</h1>
      <p>{t('challengeAdmin.newIntro')}</p>
      <Form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const input = {
            organizationId: String(form.get('organizationId')),
            title: String(form.get('title')).trim(),
            brief: String(form.get('brief')).trim(),
            language: String(form.get('language')) as 'EN' | 'FR' | 'PT' | 'ES',
          };
          setError(null);
          try {
            const { data: created } = await create({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
            void navigate(`/manage/challenges/${created!.createChallenge.id}/settings`);
          } catch (e) {
            setError(describeProblem(t, problemOf(e)));
          }
        }}
      >
        <label className="field">
          {t('challengeAdmin.organization')}
          <select name="organizationId" defaultValue={teams[0].id}>
            {teams.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </select>
        </label>
        <Field name="title" label={t('challengeAdmin.challengeTitle')} isRequired minLength={3} maxLength={140} />
        <Field name="brief" label={t('challengeAdmin.brief')} description={t('challengeAdmin.briefHelp')} multiline isRequired />
        <LanguageSelect defaultValue="EN" />
        <FormError message={error} />
        <button type="submit" className="primary" aria-disabled={loading}>
          {t('challengeAdmin.create')}
        </button>
      </Form>
    </section>
  );
}
