import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { IdeaAuthorshipFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import { APPROVE_SPLIT, INVITE_CO_AUTHOR, RESPOND_CO_AUTHORSHIP } from '../graphql/coauthors.graphql';
import { InviteForm } from './InviteForm';
import { SplitForm } from './SplitForm';

interface Props {
  idea: IdeaAuthorshipFragment;
  viewerId: string | null;
  /** People the author may invite: those who took part in the idea's conversation. */
  candidates: { id: string; displayName: string }[];
}

/** Authors and their shares; the author invites, the invited accept, every author approves a split. */
export function CoAuthorsPanel({ idea, viewerId, candidates }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [error, setError] = useState<string | null>(null);
  const [invite] = useMutation(INVITE_CO_AUTHOR);
  const [respond] = useMutation(RESPOND_CO_AUTHORSHIP);
  const [approve] = useMutation(APPROVE_SPLIT);
  const me = idea.authors.find((a) => a.user.id === viewerId);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };
  const accepted = idea.authors.filter((a) => a.accepted);
  const proposal = idea.authorshipProposal;
  const invitable = candidates.filter((c) => !idea.authors.some((a) => a.user.id === c.id));

  return (
    <section aria-labelledby="authors-heading" className="coauthors">
      <h2 id="authors-heading">{t('coauthors.title')}</h2>
      <ul>
        {idea.authors.map((author) => (
          <li key={author.user.id}>
            {author.accepted
              ? t('coauthors.authorShare', { name: author.user.displayName, share: format.percent(author.shareBasisPoints ?? 0) })
              : t('coauthors.authorInvited', { name: author.user.displayName })}
          </li>
        ))}
      </ul>
      {me && !me.accepted && (
        <div className="actions">
          <Button className="primary" onPress={() => void run(() => respond({ variables: { ideaId: idea.id, accept: true }, context: { idempotencyKey: newKey() } }))}>
            {t('coauthors.accept')}
          </Button>
          <Button onPress={() => void run(() => respond({ variables: { ideaId: idea.id, accept: false }, context: { idempotencyKey: newKey() } }))}>{t('coauthors.decline')}</Button>
        </div>
      )}
      {me?.role === 'AUTHOR' && (
        <InviteForm candidates={invitable} onInvite={(userId) => run(() => invite({ variables: { ideaId: idea.id, userId }, context: { idempotencyKey: newKey() } }))} />
      )}
      {proposal && (
        <div className="proposal">
          <h3>{t('coauthors.proposal')}</h3>
          <ul>
            {proposal.shares.map((share) => (
              <li key={share.user.id}>
                {t(proposal.approvedBy.some((u) => u.id === share.user.id) ? 'coauthors.proposedShareApproved' : 'coauthors.proposedShare', {
                  name: share.user.displayName,
                  share: format.percent(share.basisPoints),
                })}
              </li>
            ))}
          </ul>
          {me?.accepted && !proposal.approvedBy.some((u) => u.id === viewerId) && (
            <Button className="primary" onPress={() => void run(() => approve({ variables: { ideaId: idea.id }, context: { idempotencyKey: newKey() } }))}>
              {t('coauthors.approve')}
            </Button>
          )}
        </div>
      )}
      {me?.accepted && accepted.length > 1 && <SplitForm ideaId={idea.id} authors={accepted.map((a) => a.user)} onError={setError} />}
      <FormError message={error} />
    </section>
  );
}
