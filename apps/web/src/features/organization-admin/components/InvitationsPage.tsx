import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import { MY_INVITATIONS, RESPOND_INVITATION } from '../graphql/members.graphql';
import { MY_ORGANIZATIONS } from '../../control-room/graphql/control-room.graphql';
import { usePageTitle } from '../../../shared/page-title';

/** `/manage/invitations`: invitations to brand teams addressed to the viewer's email, to accept or decline. */
export function InvitationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.invitationsTitle'));
  const { data, error, refetch } = useQuery(MY_INVITATIONS, { fetchPolicy: 'cache-and-network' });
  const [respond] = useMutation(RESPOND_INVITATION, { refetchQueries: [MY_ORGANIZATIONS] });
  const [problem, setProblem] = useState<string | null>(null);
  const [joined, setJoined] = useState<{ id: string; name: string } | null>(null);
  const invitations = data?.myOrganizationInvitations ?? [];
  const answer = async (invitation: (typeof invitations)[number], accept: boolean) => {
    setProblem(null);
    try {
      await respond({ variables: { invitationId: invitation.id, accept }, context: { idempotencyKey: newKey() } });
      if (accept) setJoined(invitation.organization);
      await refetch();
    } catch (e) {
      setProblem(describeProblem(t, problemOf(e)));
    }
  };
  return (
    <section aria-labelledby="invitations-heading">
      <h1 id="invitations-heading">{t('members.invitationsTitle')}</h1>
      {error && !data && <p role="alert">{describeProblem(t, problemOf(error))}</p>}
      <FormError message={problem} />
      <p role="status">
        {joined && (
          <>
            {t('members.joined', { name: joined.name })} <Link to="/manage">{t('members.toControlRoom')}</Link>
          </>
        )}
      </p>
      {data && invitations.length === 0 && <p>{t('members.noInvitations')}</p>}
      <ul className="control-room-list">
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <p>{t('members.invitation', { name: invitation.organization.name, role: t(`members.roles.${invitation.role}`), inviter: invitation.invitedBy.displayName })}</p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => void answer(invitation, true)} aria-label={t('members.acceptNamed', { name: invitation.organization.name })}>
                {t('members.accept')}
              </button>
              <button type="button" onClick={() => void answer(invitation, false)} aria-label={t('members.declineNamed', { name: invitation.organization.name })}>
                {t('members.decline')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
