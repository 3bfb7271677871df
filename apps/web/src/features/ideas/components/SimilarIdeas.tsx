import { useQuery } from '@apollo/client/react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDebounced } from '../../../shared/useDebounced';
import { SIMILAR_IDEAS } from '../graphql/ideas.graphql';

interface Props {
  challengeId: string;
  text: string;
  buildsOn: string[];
  onToggle: (ideaId: string, on: boolean) => void;
}

/** Ideas like the one being typed (after a pause), each with an offer to build on it instead. */
export function SimilarIdeas({ challengeId, text, buildsOn, onToggle }: Props) {
  const { t } = useTranslation();
  const settled = useDebounced(text.trim(), 400);
  const { data } = useQuery(SIMILAR_IDEAS, { variables: { challengeId, text: settled }, skip: settled.length < 3, fetchPolicy: 'cache-first' });
  const similar = settled.length >= 3 ? (data?.similarIdeas ?? []) : [];
  return (
    <section aria-labelledby="similar-heading" className="similar" aria-live="polite">
      {similar.length > 0 && (
        <>
          <h2 id="similar-heading">{t('propose.similarTitle')}</h2>
          <p>{t('propose.similarInvite')}</p>
          <ul>
            {similar.map((idea) => (
              <li key={idea.id}>
                <Link to={`/ideas/${idea.id}`} target="_blank">
                  {idea.title}
                </Link>{' '}
                <ToggleButton isSelected={buildsOn.includes(idea.id)} onChange={(on) => onToggle(idea.id, on)} aria-label={t('propose.buildOnThis', { title: idea.title })}>
                  {buildsOn.includes(idea.id) ? t('propose.buildingOn') : t('propose.buildOn')}
                </ToggleButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
