import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportReason } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import { Field } from '../../../shared/Field';
import { FormDialog } from '../../../shared/FormDialog';
import { useActionKey } from '../../../shared/useActionKey';

const REPORT = graphql(`
  mutation Report($input: ReportInput!) {
    report(input: $input) {
      targetId
      reason
      reportedAt
    }
  }
`);

const REASONS: ReportReason[] = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'DUPLICATE', 'OTHER'];

/** A participant reports an idea to the brand's team, in a modal dialog; the team's queue shows it live. */
export function ReportDialog({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const [report, { loading }] = useMutation(REPORT);
  const keyFor = useActionKey();
  const [reason, setReason] = useState<ReportReason>('SPAM');
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status">{t('report.sent')}</p>;
  return (
    <FormDialog
      trigger={t('report.open')}
      title={t('report.title')}
      submit={t('report.send')}
      pending={loading}
      onDone={() => setSent(true)}
      onSubmit={async (form) => {
        const details = String(form.get('details') ?? '').trim();
        const input = { targetType: 'IDEA' as const, targetId: ideaId, reason, details: details || null };
        await report({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      }}
    >
      <label className="field">
        <span>{t('report.reason')}</span>
        <select value={reason} onChange={(event) => setReason(event.target.value as ReportReason)}>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`moderation.reason.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <Field name="details" label={t('report.details')} description={t('report.detailsRule')} multiline rows={3} isRequired={reason === 'OTHER'} maxLength={1000} />
    </FormDialog>
  );
}
