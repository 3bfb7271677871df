import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function InviteForm({ candidates, onInvite }: { candidates: { id: string; displayName: string }[]; onInvite: (userId: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const id = useId();
  const [userId, setUserId] = useState('');
  if (candidates.length === 0) return <p className="muted">{t('coauthors.inviteNone')}</p>;
  return (
    <form
      className="invite"
      onSubmit={(event) => {
        event.preventDefault();
        if (userId) void onInvite(userId).then(() => setUserId(''));
      }}
    >
      <label htmlFor={id}>{t('coauthors.inviteWho')}</label>
      <select id={id} value={userId} onChange={(event) => setUserId(event.target.value)} required>
        <option value="" />
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.displayName}
          </option>
        ))}
      </select>
      <button type="submit">{t('coauthors.invite')}</button>
    </form>
  );
}
