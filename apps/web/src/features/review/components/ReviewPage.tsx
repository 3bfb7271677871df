import { useTranslation } from 'react-i18next';
import { useTeamChallenge } from '../../control-room/team-context';

/** `/manage/challenges/:challengeId/review`: the review board. */
export function ReviewPage() {
  const { t } = useTranslation();
  const challenge = useTeamChallenge();
  return (
    <section aria-labelledby="review-heading">
      <h1 id="review-heading">{t('review.title', { title: challenge.title })}</h1>
    </section>
  );
}
