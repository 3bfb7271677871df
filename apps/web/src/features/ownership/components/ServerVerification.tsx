import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { LEDGER_VERIFICATION } from '../graphql/ownership.graphql';

/** The team's check on the server: the chain and the statement's tallies re-verified there (`ledgerVerification`). */
export function ServerVerification({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [verify, { data, error, loading }] = useLazyQuery(LEDGER_VERIFICATION, { fetchPolicy: 'no-cache' });
  const result = data?.ledgerVerification;
  return (
    <section aria-labelledby="server-verify-heading" className="verify">
      <h2 id="server-verify-heading">{t('teamOwnership.verifyTitle')}</h2>
      <button type="button" aria-disabled={loading} onClick={() => loading || void verify({ variables: { challengeId } })}>
        {t('teamOwnership.verifyOnServer')}
      </button>
      <p role="status">
        {loading && t('ownership.verifying')}
        {!loading && result?.ok && t('teamOwnership.serverVerified', { entries: format.number(result.entries), seq: result.ledgerHead.seq, hash: result.ledgerHead.hash })}
        {!loading && result && !result.ok && t('ownership.verifyFailed', { seq: result.problem?.seq ?? '?', reason: result.problem?.reason ?? '' })}
        {!loading && error && describeProblem(t, problemOf(error))}
      </p>
    </section>
  );
}
