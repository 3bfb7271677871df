import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { describeProblem, problemOf } from '../../../shared/errors';
import { newKey } from '../../../shared/idempotency';
import { useTeamOrganization } from '../../control-room/team-context';
import { REMOVE_MEMBER, SET_MEMBER_ROLE, TEAM_MEMBERS } from '../graphql/members.graphql';
import { InviteSection } from './InviteSection';
import { usePageTitle } from '../../../shared/page-title';

/** `/manage/organizations/:organizationId/members`: the team and its roles; OWNERs change them, the last OWNER kept. */
export function MembersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const organization = useTeamOrganization();
  usePageTitle(t('controlRoom.members'), organization.name);
  const { data, error, refetch } = useQuery(TEAM_MEMBERS, { variables: { id: organization.id }, fetchPolicy: 'cache-and-network' });
  const [setRole] = useMutation(SET_MEMBER_ROLE);
  const [remove] = useMutation(REMOVE_MEMBER);
  const isOwner = organization.viewerRole === 'OWNER';
  const members = data?.organization.members ?? [];

  const attempt = async (run: () => Promise<unknown>): Promise<string | null> => {
    try {
      await run();
      await refetch();
      return null;
    } catch (e) {
      return describeProblem(t, problemOf(e));
    }
  };

  return (
    <section aria-labelledby="members-heading">
      <h1 id="members-heading">{t('members.title', { name: organization.name })}</h1>
      <p>{t('members.intro')}</p>
      {error && !data && <p role="alert">{describeProblem(t, problemOf(error))}</p>}
      {!data && !error && <p role="status">{t('common.loading')}</p>}
      {data && (
        <table>
          <caption className="visually-hidden">{t('members.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('members.member')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.since')}</th>
              {isOwner && <th scope="col">{t('members.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => {
              const name = member.user.displayName;
              const next = member.role === 'OWNER' ? 'MODERATOR' : 'OWNER';
              const input = { organizationId: organization.id, userId: member.user.id };
              return (
                <tr key={member.user.id}>
                  <th scope="row">{name}</th>
                  <td>{t(`members.roles.${member.role}`)}</td>
                  <td>{format.date(String(member.createdAt))}</td>
                  {isOwner && (
                    <td className="actions">
                      <ConfirmDialog
                        trigger={t(`members.make.${next}`)}
                        triggerLabel={t(`members.makeNamed.${next}`, { name })}
                        title={t(`members.make.${next}`)}
                        confirm={t('members.confirmRole')}
                        onConfirm={() => attempt(() => setRole({ variables: { input: { ...input, role: next } }, context: { idempotencyKey: newKey() } }))}
                      >
                        <p>{t(`members.roleEffect.${next}`, { name })}</p>
                      </ConfirmDialog>
                      <ConfirmDialog
                        trigger={t('members.remove')}
                        triggerLabel={t('members.removeNamed', { name })}
                        title={t('members.removeTitle', { name })}
                        confirm={t('members.confirmRemove')}
                        onConfirm={() => attempt(() => remove({ variables: { input }, context: { idempotencyKey: newKey() } }))}
                      >
                        <p>{t('members.removeEffect', { name, organization: organization.name })}</p>
                      </ConfirmDialog>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="muted">{t('members.lastOwner')}</p>
      {isOwner ? <InviteSection organizationId={organization.id} /> : <p>{t('members.ownersOnly')}</p>}
    </section>
  );
}
