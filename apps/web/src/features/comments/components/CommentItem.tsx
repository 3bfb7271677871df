import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { CommentFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import { DELETE_COMMENT, EDIT_COMMENT, MARK_HELPFUL } from '../graphql/comments.graphql';
import { CommentForm } from './CommentForm';

interface Props {
  comment: CommentFieldsFragment;
  ideaId: string;
  viewerId: string | null;
  /** The idea's author may mark comments helpful. */
  canMarkHelpful: boolean;
  canComment: boolean;
  /** Replies are one level deep (the API threads replies under a top-level comment). */
  canReply: boolean;
}

export function CommentItem({ comment, ideaId, viewerId, canMarkHelpful, canComment, canReply }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [edit] = useMutation(EDIT_COMMENT);
  const [remove] = useMutation(DELETE_COMMENT);
  const [markHelpful] = useMutation(MARK_HELPFUL);
  const own = viewerId !== null && comment.author?.id === viewerId;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };
  const name = comment.author?.displayName ?? '';

  if (comment.deleted) return <p className="muted comment">{t('comments.deleted')}</p>;
  return (
    <div className="comment">
      <p className="muted">
        <strong>{name}</strong> · <time dateTime={comment.createdAt}>{format.relative(comment.createdAt)}</time>
        {comment.editedAt && <> · {t('comments.edited')}</>}
        {comment.helpful && <> · <span className="helpful">{t('comments.helpful')}</span></>}
      </p>
      {editing ? (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            const body = String(new FormData(event.currentTarget).get('body')).trim();
            void run(async () => {
              await edit({ variables: { input: { commentId: comment.id, body } }, context: { idempotencyKey: newKey() } });
              setEditing(false);
            });
          }}
        >
          <Field name="body" label={t('comments.editLabel')} defaultValue={comment.body ?? ''} multiline rows={3} isRequired autoFocus />
          <div className="comment-actions">
            <Button type="submit">{t('common.save')}</Button>
            <Button onPress={() => setEditing(false)}>{t('common.cancel')}</Button>
          </div>
        </Form>
      ) : (
        <p className="prewrap">{comment.body}</p>
      )}
      <div className="comment-actions">
        {canReply && canComment && viewerId && (
          <Button className="link-button" onPress={() => setReplying((r) => !r)} aria-expanded={replying}>
            {t('comments.replyTo', { name })}
          </Button>
        )}
        {own && !editing && (
          <>
            <Button className="link-button" onPress={() => setEditing(true)} aria-label={t('comments.editNamed', { excerpt: comment.body?.slice(0, 40) ?? '' })}>
              {t('common.edit')}
            </Button>
            <Button
              className="link-button"
              aria-label={t('comments.deleteNamed', { excerpt: comment.body?.slice(0, 40) ?? '' })}
              onPress={() => void run(() => remove({ variables: { commentId: comment.id }, context: { idempotencyKey: newKey() } }))}
            >
              {t('common.delete')}
            </Button>
          </>
        )}
        {canMarkHelpful && !own && (
          <Button
            className="link-button"
            aria-pressed={comment.helpful}
            onPress={() =>
              void run(() =>
                markHelpful({
                  variables: { commentId: comment.id, helpful: !comment.helpful },
                  context: { idempotencyKey: newKey() },
                  optimisticResponse: { __typename: 'Mutation', markCommentHelpful: { __typename: 'Comment', id: comment.id, helpful: !comment.helpful } },
                }),
              )
            }
          >
            {comment.helpful ? t('comments.unmarkHelpful') : t('comments.markHelpful')}
          </Button>
        )}
      </div>
      <FormError message={error} />
      {replying && <CommentForm ideaId={ideaId} parentId={comment.id} label={t('comments.replyTo', { name })} onDone={() => setReplying(false)} autoFocus />}
    </div>
  );
}
