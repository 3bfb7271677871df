import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Checkbox, Form, Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { RequireSession } from '../../auth/components/RequireSession';
import { signedOut } from '../../auth/session';
import type { ErasureCredit } from '../../../gql/graphql';
import { ERASE_ACCOUNT } from '../graphql/erasure.graphql';
import { usePageTitle } from '../../../shared/page-title';

/** Erasing one's account, for good: what goes, what stays, the two choices, and the password again. */
function EraseForm({ onErased }: { onErased: (pseudonym: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [erase, { loading }] = useMutation(ERASE_ACCOUNT);
  const [credit, setCredit] = useState<ErasureCredit>('FORFEIT');
  const [removeContent, setRemoveContent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (form: FormData) => {
    setError(null);
    try {
      const contact = String(form.get('payoutContact') ?? '').trim();
      const { data } = await erase({
        variables: { input: { password: String(form.get('password')), removeContent, credit, payoutContact: credit === 'KEEP' ? contact : null } },
      });
      if (data) {
        onErased(data.eraseAccount.pseudonym);
        signedOut();
        await client.clearStore();
      }
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };

  return (
    <section className="narrow" aria-labelledby="erase-heading">
      <h1 id="erase-heading">{t('erasure.title')}</h1>
      <p>{t('erasure.what')}</p>
      <p>{t('erasure.stays')}</p>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          void submit(new FormData(event.currentTarget));
        }}
      >
        <Checkbox isSelected={removeContent} onChange={setRemoveContent}>
          {t('erasure.removeContent')}
        </Checkbox>
        <RadioGroup value={credit} onChange={(value) => setCredit(value as ErasureCredit)}>
          <Label>{t('erasure.credit')}</Label>
          <Radio value={'FORFEIT'}>{t('erasure.forfeit')}</Radio>
          <Radio value={'KEEP'}>{t('erasure.keep')}</Radio>
        </RadioGroup>
        {credit === 'KEEP' && <Field name="payoutContact" label={t('erasure.payoutContact')} isRequired />}
        <Field name="password" type="password" label={t('erasure.password')} autoComplete="current-password" isRequired />
        <FormError message={error} />
        <Button type="submit" className="primary" isPending={loading}>
          {t('erasure.submit')}
        </Button>
      </Form>
    </section>
  );
}

/** The erased account's pseudonym stays on the page after the session is gone (the form needs one; this does not). */
function Erased({ pseudonym }: { pseudonym: string }) {
  const { t } = useTranslation();
  return (
    <section className="narrow" aria-labelledby="erase-heading">
      <h1 id="erase-heading">{t('erasure.doneTitle')}</h1>
      <p role="status">{t('erasure.done', { pseudonym })}</p>
    </section>
  );
}

export function ErasePage() {
  const [done, setDone] = useState<string | null>(null);
  const { t } = useTranslation();
  usePageTitle(t(done ? 'erasure.doneTitle' : 'erasure.title'));
  if (done) return <Erased pseudonym={done} />;
  return (
    <RequireSession>
      <EraseForm onErased={setDone} />
    </RequireSession>
  );
}
