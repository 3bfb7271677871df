import { useTranslation } from 'react-i18next';
import type { IdeaQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';

export function RevisionHistory({ revisions }: { revisions: IdeaQuery['idea']['revisions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (revisions.length < 2) return null;
  return (
    <details className="revisions">
      <summary>
        {t('idea.revisions')} ({format.number(revisions.length)})
      </summary>
      <ol reversed>
        {revisions.map((revision) => (
          <li key={revision.revision}>
            <h3>{revision.title}</h3>
            <p className="muted">{t('idea.revisionLine', { revision: revision.revision, date: format.date(revision.createdAt) })}</p>
            <p className="prewrap">{revision.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
