import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ReportReason } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
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
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  if (sent) return <p role="status">{t('report.sent')}</p>;
  return (
    <DialogTrigger>
      <Button>{t('report.open')}</Button>
      <Modal isDismissable>
        <Dialog>
          {({ close }) => (
            <Form
              onSubmit={async (event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const details = String(form.get('details') ?? '').trim();
                const input = { targetType: 'IDEA' as const, targetId: ideaId, reason, details: details || null };
                setError(null);
                try {
                  await report({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
                  close();
                  setSent(true);
                } catch (e) {
                  setError(describeProblem(t, problemOf(e)));
                }
              }}
            >
              <Heading slot="title">{t('report.title')}</Heading>
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
              <FormError message={error} />
              <div className="actions">
                <Button type="submit" className="primary" isPending={loading}>
                  {t('report.send')}
                </Button>
                <Button onPress={close}>{t('common.cancel')}</Button>
              </div>
            </Form>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}
