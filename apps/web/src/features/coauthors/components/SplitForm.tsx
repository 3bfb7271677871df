import { useMutation } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { useActionKey } from '../../../shared/useActionKey';
import { PROPOSE_SPLIT } from '../graphql/coauthors.graphql';

interface Props {
  ideaId: string;
  authors: { id: string; displayName: string }[];
  onError: (message: string | null) => void;
}

/** A split of the idea's credit, in percent per author (the API checks they sum to 100). */
export function SplitForm({ ideaId, authors, onError }: Props) {
  const { t } = useTranslation();
  const [propose, { loading }] = useMutation(PROPOSE_SPLIT);
  const keyFor = useActionKey();
  return (
    <details>
      <summary>{t('coauthors.proposeSplit')}</summary>
      <Form
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const shares = authors.map((a) => ({ userId: a.id, percent: Number(form.get(a.id)) }));
          onError(null);
          try {
            await propose({ variables: { ideaId, shares }, context: { idempotencyKey: keyFor(shares) } });
          } catch (e) {
            onError(describeProblem(t, problemOf(e)));
          }
        }}
      >
        {authors.map((a) => (
          <Field key={a.id} name={a.id} type="number" label={t('coauthors.percentFor', { name: a.displayName })} defaultValue={String(Math.floor(100 / authors.length))} isRequired />
        ))}
        <Button type="submit" isPending={loading}>
          {t('coauthors.proposeSplit')}
        </Button>
      </Form>
    </details>
  );
}
