import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ChallengeSettingsQuery } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { UPDATE_CHALLENGE } from '../graphql/challenge-admin.graphql';
import { LanguageSelect } from './LanguageSelect';

type Challenge = ChallengeSettingsQuery['challenge'];

/** The title and brief, written in the challenge's language (the language itself fixed once it opens). */
export function BriefForm({ challenge }: { challenge: Challenge }) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_CHALLENGE);
  const keyFor = useActionKey();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const draft = challenge.phase === 'DRAFT';
  return (
    <section aria-labelledby="brief-heading">
      <h2 id="brief-heading">{t('challengeAdmin.briefTitle')}</h2>
      <Form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const input = {
            challengeId: challenge.id,
            title: String(form.get('title')).trim(),
            brief: String(form.get('brief')).trim(),
            ...(draft ? { language: String(form.get('language')) as Challenge['language'] } : {}),
          };
          setError(null);
          setSaved(false);
          try {
            await update({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
            setSaved(true);
          } catch (e) {
            setError(describeProblem(t, problemOf(e)));
          }
        }}
      >
        <Field name="title" label={t('challengeAdmin.challengeTitle')} defaultValue={challenge.title} isRequired minLength={3} maxLength={140} />
        <Field name="brief" label={t('challengeAdmin.brief')} description={t('challengeAdmin.briefHelp')} defaultValue={challenge.brief} multiline isRequired />
        <LanguageSelect defaultValue={challenge.language} disabled={!draft} />
        <FormError message={error} />
        <p role="status">{saved && t('challengeAdmin.saved')}</p>
        <button type="submit" className="primary" aria-disabled={loading}>
          {t('challengeAdmin.saveBrief')}
        </button>
      </Form>
    </section>
  );
}
