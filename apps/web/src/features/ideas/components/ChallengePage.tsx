import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { IdeaOrder } from '../../../gql/graphql';
import { ChallengeHeader } from '../../challenges/components/ChallengeHeader';
import { useChallenge } from '../../challenges/hooks/useChallenge';
import { allows } from '../../challenges/phase-rules';
import { IdeaFeed } from './IdeaFeed';
import { SearchBox } from './SearchBox';
import { ORDERS, SortLinks } from './SortLinks';
import { usePageTitle } from '../../../shared/page-title';

export function ChallengePage() {
  const { t } = useTranslation();
  const { challengeId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, error } = useChallenge(challengeId);
  usePageTitle(data?.challenge.title ?? (error ? t('notFound.title') : undefined));
  const order = (ORDERS.includes(params.get('sort') as IdeaOrder) ? params.get('sort') : 'HOT') as IdeaOrder;
  const search = params.get('q') ?? '';

  if (error && !data) return <p role="alert">{t('errors.notFound')}</p>;
  const challenge = data?.challenge;
  // The feed is asked for at once, beside the challenge (not after it): its votes wait for the phase.
  const canVote = challenge ? allows(challenge.phase, 'vote') : false;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      {challenge ? <ChallengeHeader challenge={challenge} /> : <p role="status">{t('common.loading')}</p>}
      <div className="actions">
        {challenge && allows(challenge.phase, 'propose') && (
          <Link className="button primary" to={`/challenges/${challengeId}/propose`}>
            {t('ideas.propose')}
          </Link>
        )}
        <Link className="button" to={`/challenges/${challengeId}/statement`}>
          {t('ownership.statementLink')}
        </Link>
      </div>
      <SearchBox value={search} onSearch={(q) => update({ q })} />
      <h2 className="visually-hidden">{t('ideas.title')}</h2>
      {search ? (
        <>
          <p role="status">{t('ideas.searchingFor', { search })}</p>
          <IdeaFeed challengeId={challengeId} orderBy="RELEVANCE" search={search} canVote={canVote} label={t('ideas.results')} />
        </>
      ) : (
        <>
          <SortLinks order={order} />
          <IdeaFeed key={order} challengeId={challengeId} orderBy={order} search="" canVote={canVote} label={t('ideas.feedLabel', { order: t(`ideas.order.${order}`) })} />
        </>
      )}
    </>
  );
}
