import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationRuleAction, ModerationRuleKind } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { ADD_RULE, MODERATION_RULES, REMOVE_RULE } from '../graphql/moderation.graphql';

/** The organisation's word and link rules, edited in place: add one, remove one. */
export function RulesEditor({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MODERATION_RULES, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const [kind, setKind] = useState<ModerationRuleKind>('WORD');
  const [action, setAction] = useState<ModerationRuleAction>('HOLD');
  const [pattern, setPattern] = useState('');
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const [add, adding] = useMutation(ADD_RULE, { refetchQueries: ['ModerationRules'], awaitRefetchQueries: true });
  const [remove, removing] = useMutation(REMOVE_RULE, { refetchQueries: ['ModerationRules'], awaitRefetchQueries: true });
  const rules = data?.moderationRules ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (adding.loading) return;
    setError(null);
    const input = { organizationId, kind, action, pattern };
    try {
      await add({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      setPattern('');
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };
  const drop = async (ruleId: string) => {
    if (removing.loading) return;
    setError(null);
    try {
      await remove({ variables: { ruleId }, context: { idempotencyKey: keyFor({ remove: ruleId }) } });
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };

  return (
    <section aria-labelledby="rules-heading" className="rules-editor">
      <h2 id="rules-heading">{t('moderation.rules')}</h2>
      {data && rules.length === 0 && <p>{t('moderation.noRules')}</p>}
      <ul className="rule-list">
        {rules.map((rule) => (
          <li key={rule.id}>
            <code>{rule.pattern}</code> · {t(`moderation.ruleKind.${rule.kind}`)} · {t(`moderation.ruleAction.${rule.action}`)}{' '}
            <button type="button" onClick={() => void drop(rule.id)} aria-label={t('moderation.removeRule', { pattern: rule.pattern })}>
              {t('moderation.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('moderation.addRule')}>
        <label className="field">
          <span>{t('moderation.rulePattern')}</span>
          <input value={pattern} required maxLength={200} onChange={(event) => setPattern(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('moderation.ruleKindLabel')}</span>
          <select value={kind} onChange={(event) => setKind(event.target.value as ModerationRuleKind)}>
            <option value="WORD">{t('moderation.ruleKind.WORD')}</option>
            <option value="LINK">{t('moderation.ruleKind.LINK')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('moderation.ruleActionLabel')}</span>
          <select value={action} onChange={(event) => setAction(event.target.value as ModerationRuleAction)}>
            <option value="HOLD">{t('moderation.ruleAction.HOLD')}</option>
            <option value="REFUSE">{t('moderation.ruleAction.REFUSE')}</option>
          </select>
        </label>
        <button type="submit" aria-disabled={adding.loading}>
          {t('moderation.addRule')}
        </button>
      </form>
      <FormError message={error} />
    </section>
  );
}
