import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useTeamChallenge } from '../../control-room/team-context';
import { downloadStatement } from '../download-export';
import { TEAM_STATEMENT } from '../graphql/ownership.graphql';
import { ServerVerification } from './ServerVerification';
import { VerifyChain } from './VerifyChain';
import { partyName } from '../party-name';
import { usePageTitle } from '../../../shared/page-title';

/** `/manage/challenges/:challengeId/ownership`: the statement with its ledger head, a payout preview for a pool, verification and exports. */
export function TeamOwnershipPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const challenge = useTeamChallenge();
  usePageTitle(t('controlRoom.ownership'), challenge.title);
  const [pool, setPool] = useState<string | null>(null);
  const [poolDraft, setPoolDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, fetchMore } = useQuery(TEAM_STATEMENT, { variables: { challengeId: challenge.id, pool } });
  const statement = data?.ownershipStatement;

  const exportAs = async (kind: 'CSV' | 'JSON') => {
    setProblem(null);
    try {
      await downloadStatement(client, challenge.id, kind, pool);
    } catch (e) {
      setProblem(describeProblem(t, problemOf(e)));
    }
  };

  return (
    <section aria-labelledby="team-ownership-heading">
      <h1 id="team-ownership-heading">{t('teamOwnership.title', { title: challenge.title })}</h1>
      {error && <p role="alert">{describeProblem(t, problemOf(error))}</p>}
      {!statement && !error && <p role="status">{t('common.loading')}</p>}
      {statement && (
        <>
          <p>{t('ownership.licence', { licence: statement.licence })}</p>
          <p>{t('ownership.participants', { count: statement.participantCount, formatted: format.number(statement.participantCount) })}</p>
          <p className="hash">{t('ownership.ledgerHead', { seq: statement.ledgerHead.seq, hash: statement.ledgerHead.hash })}</p>
        </>
      )}
      <form
        className="search"
        aria-labelledby="pool-heading"
        onSubmit={(event) => {
          event.preventDefault();
          setPool(poolDraft.trim() === '' ? null : poolDraft.trim());
        }}
      >
        <h2 id="pool-heading" className="visually-hidden">
          {t('teamOwnership.poolTitle')}
        </h2>
        <label className="search-field">
          {t('teamOwnership.pool')}
          <input inputMode="numeric" value={poolDraft} onChange={(e) => setPoolDraft(e.target.value)} aria-describedby="pool-help" />
        </label>
        <button type="submit">{t('teamOwnership.previewPayouts')}</button>
        <p id="pool-help" className="muted">
          {t('teamOwnership.poolHelp')}
        </p>
      </form>
      <div className="actions">
        <button type="button" onClick={() => void exportAs('CSV')}>
          {t('teamOwnership.exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('JSON')}>
          {t('teamOwnership.exportJson')}
        </button>
      </div>
      <FormError message={problem} />
      {statement && (
        <table>
          <caption>{statement.pool ? t('teamOwnership.captionPool', { pool: format.number(Number(statement.pool)) }) : t('ownership.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ownership.participant')}</th>
              <th scope="col" className="num">
                {t('ownership.points')}
              </th>
              <th scope="col" className="num">
                {t('ownership.share')}
              </th>
              {statement.pool && (
                <th scope="col" className="num">
                  {t('teamOwnership.payout')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {statement.edges.map(({ node }) => (
              <tr key={node.party}>
                <th scope="row">{partyName(t, node.party, node.participant)}</th>
                <td className="num">{format.number(node.points)}</td>
                <td className="num">{format.percent(node.shareBasisPoints)}</td>
                {statement.pool && <td className="num">{node.payout === null || node.payout === undefined ? '–' : format.number(Number(node.payout))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {statement?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: statement.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
      <ServerVerification challengeId={challenge.id} />
      <VerifyChain challengeId={challenge.id} />
    </section>
  );
}
