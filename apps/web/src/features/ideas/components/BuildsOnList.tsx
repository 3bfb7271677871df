import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';

const IDEA_TITLE = graphql(`
  query IdeaTitle($id: ID!) {
    idea(id: $id) {
      id
      title
    }
  }
`);

function Chosen({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(IDEA_TITLE, { variables: { id } });
  const title = data?.idea.title ?? '…';
  return (
    <li>
      {title}{' '}
      <button type="button" className="link-button" onClick={onRemove} aria-label={t('propose.stopBuildingOn', { title })}>
        {t('propose.remove')}
      </button>
    </li>
  );
}

/** The ideas the draft builds on, kept in view while the suggestions change with the title. */
export function BuildsOnList({ ids, onRemove }: { ids: string[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="builds-on-heading" className="builds-on">
      <h2 id="builds-on-heading">{t('propose.buildsOnCount', { count: ids.length })}</h2>
      <ul>
        {ids.map((id) => (
          <Chosen key={id} id={id} onRemove={() => onRemove(id)} />
        ))}
      </ul>
    </section>
  );
}
