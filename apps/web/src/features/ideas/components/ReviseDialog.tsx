import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { REVISE_IDEA } from '../graphql/ideas.graphql';
import { parseTags } from '../tags';

interface Props {
  idea: { id: string; title: string; body: string; tags: string[] };
}

/** The author's revision, in a modal dialog (focus kept inside, Escape closes, focus returns to the button). */
export function ReviseDialog({ idea }: Props) {
  const { t } = useTranslation();
  const [revise, { loading }] = useMutation(REVISE_IDEA);
  const keyFor = useActionKey();
  const [error, setError] = useState<string | null>(null);

  return (
    <DialogTrigger>
      <Button>{t('idea.revise')}</Button>
      <Modal isDismissable>
        <Dialog>
          {({ close }) => (
            <Form
              onSubmit={async (event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const input = { ideaId: idea.id, title: String(form.get('title')).trim(), body: String(form.get('body')).trim(), tags: parseTags(String(form.get('tags'))) };
                setError(null);
                try {
                  await revise({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
                  close();
                } catch (e) {
                  setError(describeProblem(t, problemOf(e)));
                }
              }}
            >
              <Heading slot="title">{t('idea.reviseTitle')}</Heading>
              <Field name="title" label={t('propose.ideaTitle')} defaultValue={idea.title} isRequired minLength={3} maxLength={140} />
              <Field name="body" label={t('propose.body')} defaultValue={idea.body} multiline isRequired />
              <Field name="tags" label={t('propose.tags')} description={t('propose.tagsRule')} defaultValue={idea.tags.join(', ')} />
              <FormError message={error} />
              <div className="actions">
                <Button type="submit" className="primary" isPending={loading}>
                  {t('common.save')}
                </Button>
                <Button onPress={close}>{t('common.cancel')}</Button>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
