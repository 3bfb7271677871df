import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ThreadCommentFragment } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { ADD_COMMENT } from '../graphql/comments.graphql';
import { addToThread } from '../thread-cache';

interface Props {
  ideaId: string;
  parentId?: string;
  label: string;
  onDone?: () => void;
  autoFocus?: boolean;
}

/** A comment or a reply. The answer goes into the thread in the cache at once; the live event for it is then recognised and not added twice. */
export function CommentForm({ ideaId, parentId, label, onDone, autoFocus }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const [addComment, { loading }] = useMutation(ADD_COMMENT, {
    update: (cache, { data }) => data && addToThread(cache, ideaId, data.addComment as ThreadCommentFragment),
  });
  return (
    <Form
      className="comment-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = { ideaId, parentId, body: body.trim() };
        setError(null);
        try {
          await addComment({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
          setBody('');
          onDone?.();
        } catch (e) {
          setError(describeProblem(t, problemOf(e)));
        }
      }}
    >
      <Field label={label} value={body} onChange={setBody} multiline rows={3} isRequired maxLength={5000} autoFocus={autoFocus} />
      <FormError message={error} />
      <Button type="submit" isPending={loading}>
        {t('comments.send')}
      </Button>
    </Form>
  );
}
