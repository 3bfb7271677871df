import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from '../../../shared/errors';
import { Field } from '../../../shared/Field';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import { useActionKey } from '../../../shared/useActionKey';
import { INVITE_MEMBER, PENDING_INVITATIONS, WITHDRAW_INVITATION } from '../graphql/members.graphql';

/** Adding someone is an invitation they accept (libs/organizations); the pending ones can be withdrawn. */
export function InviteSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(PENDING_INVITATIONS, { variables: { id: organizationId }, fetchPolicy: 'cache-and-network' });
  const [invite, { loading }] = useMutation(INVITE_MEMBER);
  const [withdraw] = useMutation(WITHDRAW_INVITATION);
  const keyFor = useActionKey();
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const pending = data?.organization.pendingInvitations ?? [];

  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('members.inviteTitle')}</h2>
      <Form
        onSubmit={async (event) => {
          event.preventDefault();
          const formElement = event.currentTarget;
          const form = new FormData(formElement);
          const input = { organizationId, email: String(form.get('email')).trim(), role: String(form.get('role')) as 'OWNER' | 'MODERATOR' };
          setError(null);
          setSent(null);
          try {
            await invite({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
            setSent(t('members.invited', { email: input.email }));
            formElement.reset();
            await refetch();
          } catch (e) {
            setError(describeProblem(t, problemOf(e)));
          }
        }}
      >
        <Field name="email" type="email" label={t('members.email')} description={t('members.inviteHelp')} isRequired />
        <label className="field">
          {t('members.role')}
          <select name="role" defaultValue="MODERATOR">
            <option value="MODERATOR">{t('members.roles.MODERATOR')}</option>
            <option value="OWNER">{t('members.roles.OWNER')}</option>
          </select>
        </label>
        <FormError message={error} />
        <p role="status">{sent}</p>
        <button type="submit" className="primary" aria-disabled={loading}>
          {t('members.invite')}
        </button>
      </Form>
      <h3>{t('members.pending')}</h3>
      {pending.length === 0 ? (
        <p>{t('members.noPending')}</p>
      ) : (
        <ul className="control-room-list">
          {pending.map((invitation) => (
            <li key={invitation.id}>
              {invitation.email} · {t(`members.roles.${invitation.role}`)}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('members.withdrawNamed', { email: invitation.email })}
                onClick={() => void withdraw({ variables: { invitationId: invitation.id }, context: { idempotencyKey: newKey() } }).then(() => refetch(), (e) => setError(describeProblem(t, problemOf(e))))}
              >
                {t('members.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
