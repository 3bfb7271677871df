import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { useFieldErrors } from '../../../shared/useFieldErrors';
import { RequireSession } from '../../auth/components/RequireSession';
import { useChallenge } from '../../challenges/hooks/useChallenge';
import { PROPOSE_IDEA } from '../graphql/ideas.graphql';
import { parseTags } from '../tags';
import { BuildsOnList } from './BuildsOnList';
import { SimilarIdeas } from './SimilarIdeas';
import { usePageTitle } from '../../../shared/page-title';

const FIELDS = ['title', 'body', 'tags'] as const;

export function ProposePage() {
  const { t } = useTranslation();
  const { challengeId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data } = useChallenge(challengeId);
  usePageTitle(t('propose.title'), data?.challenge.title);
  const [propose, { loading }] = useMutation(PROPOSE_IDEA);
  const keyFor = useActionKey();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [buildsOn, setBuildsOn] = useState<string[]>(params.getAll('buildsOn'));
  const [error, setError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors(FIELDS);

  const submit = async () => {
    setError(null);
    const input = { challengeId, title: title.trim(), body: body.trim(), tags: parseTags(tags), buildsOn };
    try {
      const { data: answer } = await propose({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      if (answer) navigate(`/ideas/${answer.proposeIdea.id}`);
    } catch (e) {
      const problem = problemOf(e);
      fieldErrors.show(problem);
      setError(describeProblem(t, problem));
    }
  };

  return (
    <RequireSession>
      <section className="narrow">
        <p>
          <Link to={`/challenges/${challengeId}`}>{data?.challenge.title ?? t('common.back')}</Link>
        </p>
        <h1>{t('propose.title')}</h1>
        <Form
          validationErrors={fieldErrors.errors}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Field name="title" label={t('propose.ideaTitle')} description={t('propose.titleRule')} value={title} onChange={(v) => (setTitle(v), fieldErrors.edited('title'))} isRequired minLength={3} maxLength={140} />
          <SimilarIdeas
            challengeId={challengeId}
            text={title}
            buildsOn={buildsOn}
            onToggle={(id, on) => setBuildsOn((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)))}
          />
          <Field name="body" label={t('propose.body')} value={body} onChange={(v) => (setBody(v), fieldErrors.edited('body'))} multiline isRequired maxLength={20000} />
          <Field name="tags" label={t('propose.tags')} description={t('propose.tagsRule')} value={tags} onChange={(v) => (setTags(v), fieldErrors.edited('tags'))} />
          <BuildsOnList ids={buildsOn} onRemove={(id) => setBuildsOn((ids) => ids.filter((x) => x !== id))} />
          <FormError message={error} />
          <Button type="submit" className="primary" isPending={loading}>
            {t('propose.submit')}
          </Button>
        </Form>
      </section>
    </RequireSession>
  );
}
