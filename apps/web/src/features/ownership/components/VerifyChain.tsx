import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { verifyChain, type ChainCheck } from '../verify-chain';

/** Verifies the chain in this browser, with progress, and says what it found. */
export function VerifyChain({ challengeId }: { challengeId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ChainCheck | null>(null);
  const abort = useRef<AbortController | null>(null);
  const run = async () => {
    abort.current?.abort();
    abort.current = new AbortController();
    setResult(null);
    setProgress(0);
    try {
      setResult(await verifyChain(client, challengeId, setProgress, abort.current.signal));
    } catch (e) {
      setResult({ ok: false, entries: 0, lastSeq: '0', problem: { seq: null, reason: 'unread', said: describeProblem(t, problemOf(e)) ?? '' } });
    } finally {
      setProgress(null);
    }
  };
  return (
    <div className="verify">
      <button type="button" onClick={() => void run()} aria-disabled={progress !== null}>
        {t('ownership.verify')}
      </button>
      <p role="status">
        {progress !== null && t('ownership.verifyingCount', { entries: format.number(progress) })}
        {result?.ok && t('ownership.verified', { entries: format.number(result.entries), seq: result.lastSeq })}
        {result && !result.ok && t('ownership.verifyFailed', { seq: result.problem?.seq ?? '?', reason: result.problem ? (result.problem.said ?? t(`ownership.chainProblem.${result.problem.reason}`)) : '' })}
      </p>
      <p className="muted">{t('ownership.verifyHow')}</p>
    </div>
  );
}
