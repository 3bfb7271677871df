import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useTeamChallenge } from '../../control-room/team-context';
import { MODERATION_QUEUE } from '../graphql/moderation.graphql';

/** `/manage/challenges/:challengeId/moderation`: the challenge's queue, live. */
export function ModerationPage() {
  const { t } = useTranslation();
  const challenge = useTeamChallenge();
  const { data } = useQuery(MODERATION_QUEUE, {
    variables: { organizationId: challenge.organization.id, filter: { challengeId: challenge.id } },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.moderationQueue.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="moderation-heading">
      <h1 id="moderation-heading">{t('moderation.title', { title: challenge.title })}</h1>
      {data && items.length === 0 && <p>{t('moderation.empty')}</p>}
      <ul className="moderation-queue">
        {items.map((item) => (
          <li key={item.id}>{item.idea?.title ?? item.comment?.body ?? item.author?.displayName}</li>
        ))}
      </ul>
    </section>
  );
}
