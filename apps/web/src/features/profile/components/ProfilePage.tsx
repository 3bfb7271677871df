import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { IdeaCard } from '../../ideas/components/IdeaCard';
import { VerifyChain } from '../../ownership/components/VerifyChain';
import { PARTICIPANT } from '../graphql/profile.graphql';
import { usePageTitle } from '../../../shared/page-title';

/** A participant's public profile: their ideas, comments, and per challenge their contributions and current share. */
export function ProfilePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { userId = '' } = useParams();
  const { data, error } = useQuery(PARTICIPANT, { variables: { id: userId } });
  usePageTitle(data?.participant.displayName ?? (error ? t('notFound.title') : undefined));
  if (error && !data) return <p role="alert">{describeProblem(t, problemOf(error))}</p>;
  const person = data?.participant;
  if (!person) return <p role="status">{t('common.loading')}</p>;
  return (
    <section aria-labelledby="profile-heading">
      <h1 id="profile-heading">{person.displayName}</h1>
      <p className="muted">{t('profile.member', { date: format.date(person.joinedAt) })}</p>

      <h2>{t('profile.contributions')}</h2>
      {person.contributions.edges.length === 0 && <p>{t('profile.none')}</p>}
      <ul className="card-list">
        {person.contributions.edges.map(({ node }) => (
          <li key={node.challenge.id} className="card">
            <h3>
              <Link to={`/challenges/${node.challenge.id}`}>{node.challenge.title}</Link>
            </h3>
            <p>{t('profile.counts', { ideas: node.ideaCount, comments: node.commentCount })}</p>
            {node.ownership && (
              <>
                <p>
                  {t('profile.shareLine', { share: format.percent(node.ownership.shareBasisPoints), challenge: node.challenge.title, points: format.number(node.ownership.points) })}{' '}
                  {t('profile.rank', { rank: format.number(node.ownership.rank), of: format.number(node.ownership.participantCount) })}
                </p>
                <p className="hash">{t('profile.ledgerHead', { seq: node.ownership.ledgerHead.seq, hash: node.ownership.ledgerHead.hash })}</p>
                <p>
                  <Link to={`/challenges/${node.challenge.id}/statement`}>{t('ownership.statementLink')}</Link>
                </p>
                <VerifyChain challengeId={node.challenge.id} />
              </>
            )}
          </li>
        ))}
      </ul>

      <h2>{t('profile.ideas')}</h2>
      {person.ideas.edges.length === 0 && <p>{t('profile.none')}</p>}
      <ul className="card-list">
        {person.ideas.edges.map(({ node }) => (
          <li key={node.id}>
            <IdeaCard idea={node} canVote={false} />
          </li>
        ))}
      </ul>

      <h2>{t('profile.comments')}</h2>
      {person.comments.edges.length === 0 && <p>{t('profile.none')}</p>}
      <ul className="thread">
        {person.comments.edges.map(({ node }) => (
          <li key={node.id} className="comment">
            <p className="muted">
              <Link to={`/ideas/${node.idea.id}`}>{node.idea.title}</Link> · <time dateTime={node.createdAt}>{format.relative(node.createdAt)}</time>
            </p>
            <p className="prewrap">{node.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
