import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../shared/Field';
import { FormDialog } from '../../../shared/FormDialog';
import { useActionKey } from '../../../shared/useActionKey';
import { REVISE_IDEA } from '../graphql/ideas.graphql';
import { parseTags } from '../tags';

interface Props {
  idea: { id: string; title: string; body: string; tags: string[] };
}

/** The author's revision, in a modal dialog. */
export function ReviseDialog({ idea }: Props) {
  const { t } = useTranslation();
  const [revise, { loading }] = useMutation(REVISE_IDEA);
  const keyFor = useActionKey();
  return (
    <FormDialog
      trigger={t('idea.revise')}
      title={t('idea.reviseTitle')}
      submit={t('common.save')}
      pending={loading}
      onSubmit={async (form) => {
        const input = { ideaId: idea.id, title: String(form.get('title')).trim(), body: String(form.get('body')).trim(), tags: parseTags(String(form.get('tags'))) };
        await revise({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      }}
    >
      <Field name="title" label={t('propose.ideaTitle')} defaultValue={idea.title} isRequired minLength={3} maxLength={140} />
      <Field name="body" label={t('propose.body')} defaultValue={idea.body} multiline isRequired />
      <Field name="tags" label={t('propose.tags')} description={t('propose.tagsRule')} defaultValue={idea.tags.join(', ')} />
    </FormDialog>
  );
}
