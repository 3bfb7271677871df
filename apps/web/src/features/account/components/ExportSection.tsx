import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Button, Form, Label, ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import { DATA_EXPORTS, ISSUE_DOWNLOAD, REQUEST_DATA_EXPORT } from '../graphql/account.graphql';

const IN_PROGRESS = ['QUEUED', 'RUNNING'];

/** Asks for an export, follows its progress, and downloads it after the password is entered again. */
export function ExportSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, startPolling, stopPolling } = useQuery(DATA_EXPORTS, { fetchPolicy: 'cache-and-network' });
  const [error, setError] = useState<string | null>(null);
  const [request, { loading: requesting }] = useMutation(REQUEST_DATA_EXPORT, {
    update: (cache, { data: answer }) => {
      const current = cache.readQuery({ query: DATA_EXPORTS });
      if (answer && current) cache.writeQuery({ query: DATA_EXPORTS, data: { ...current, dataExports: [answer.requestDataExport, ...current.dataExports] } });
    },
  });
  const [issue, { loading: issuing }] = useMutation(ISSUE_DOWNLOAD);
  const latest = data?.dataExports[0] ?? null;
  const running = latest !== null && IN_PROGRESS.includes(latest.state);
  useEffect(() => {
    if (!running) return;
    startPolling(1_000);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  const ask = async () => {
    setError(null);
    try {
      await request({ context: { idempotencyKey: newKey() } });
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };

  const download = async (form: FormData, exportId: string) => {
    setError(null);
    try {
      const { data: answer } = await issue({ variables: { exportId, password: String(form.get('password')) }, context: { idempotencyKey: newKey() } });
      if (answer) window.location.assign(answer.issueDataExportDownload.url);
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('account.export.title')}</h2>
      <p>{t('account.export.intro')}</p>
      {latest && running && (
        <ProgressBar value={latest.progress} className="progress">
          <Label>{t('account.export.preparing')}</Label>
          <span className="muted">{t('account.export.items', { done: latest.itemsDone, total: latest.itemsTotal })}</span>
        </ProgressBar>
      )}
      {latest?.state === 'READY' && (
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            void download(new FormData(event.currentTarget), latest.id);
          }}
        >
          <p role="status">
            {t('account.export.ready', { date: format.date(latest.finishedAt!), expires: format.date(latest.expiresAt!), size: format.number(Math.ceil((latest.sizeBytes ?? 0) / 1024)) })}
          </p>
          <Field name="password" type="password" label={t('account.export.password')} description={t('account.export.passwordWhy')} autoComplete="current-password" isRequired />
          <Button type="submit" className="primary" isPending={issuing}>
            {t('account.export.download')}
          </Button>
        </Form>
      )}
      {latest && ['FAILED', 'EXPIRED'].includes(latest.state) && <p>{t(`account.export.state.${latest.state}`)}</p>}
      <FormError message={error} />
      {!running && (
        <Button onPress={() => void ask()} isPending={requesting}>
          {t('account.export.request')}
        </Button>
      )}
    </section>
  );
}
