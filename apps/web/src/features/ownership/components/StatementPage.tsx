import { useApolloClient, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useSession } from '../../auth/hooks/useSession';
import { downloadStatement } from '../download-export';
import { STATEMENT } from '../graphql/ownership.graphql';
import { VerifyChain } from './VerifyChain';
import { partyName } from '../party-name';
import { usePageTitle } from '../../../shared/page-title';

const StatementChart = lazy(() => import('./StatementChart'));

/** Who owns what the crowd made: a table of shares, a chart of the largest, the CSV, and the ledger head it comes from. */
export function StatementPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const session = useSession();
  const { challengeId = '' } = useParams();
  const { data, error, fetchMore } = useQuery(STATEMENT, { variables: { challengeId } });
  usePageTitle(data ? t('ownership.title') : error ? t('notFound.title') : undefined, data?.challenge.title);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  if (error && !data) return <p role="alert">{describeProblem(t, problemOf(error))}</p>;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const statement = data.ownershipStatement;
  const rows = statement.edges.map((edge) => edge.node);

  const save = async () => {
    setDownloadError(null);
    try {
      await downloadStatement(client, challengeId);
    } catch (e) {
      setDownloadError(describeProblem(t, problemOf(e)));
    }
  };

  return (
    <section aria-labelledby="statement-heading">
      <p>
        <Link to={`/challenges/${challengeId}`}>{data.challenge.title}</Link>
      </p>
      <h1 id="statement-heading">{t('ownership.title')}</h1>
      <p>{t('ownership.intro')}</p>
      <p>{t('ownership.votersNote')}</p>
      <p>{t('ownership.licence', { licence: statement.licence })}</p>
      <p>
        {t('ownership.participants', { count: statement.participantCount, formatted: format.number(statement.participantCount) })}
      </p>
      <p className="hash">{t('ownership.ledgerHead', { seq: statement.ledgerHead.seq, hash: statement.ledgerHead.hash })}</p>
      <div className="actions">
        {session && (
          <button type="button" onClick={() => void save()}>
            {t('ownership.download')}
          </button>
        )}
      </div>
      <FormError message={downloadError} />
      {rows.length > 0 && (
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <StatementChart rows={rows.slice(0, 10).map((row) => ({ name: partyName(t, row.party, row.participant), share: row.shareBasisPoints }))} label={t('ownership.chart')} />
        </Suspense>
      )}
      <table>
        <caption className="visually-hidden">{t('ownership.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ownership.participant')}</th>
            <th scope="col" className="num">
              {t('ownership.points')}
            </th>
            <th scope="col" className="num">
              {t('ownership.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.party}>
              <th scope="row">
                {row.participant ? <Link to={`/people/${row.participant.id}`}>{row.participant.displayName}</Link> : partyName(t, row.party, null)}
              </th>
              <td className="num">{format.number(row.points)}</td>
              <td className="num">{format.percent(row.shareBasisPoints)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {statement.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: statement.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
      <VerifyChain challengeId={challengeId} />
    </section>
  );
}
