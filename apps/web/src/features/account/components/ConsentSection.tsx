import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Checkbox, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { newKey } from '../../../shared/idempotency';
import type { NotificationKind, PartnerVisibility } from '../../../gql/graphql';
import { PRIVACY_SETTINGS, SET_NOTIFICATION_PREFERENCE, SET_PARTNER_VISIBILITY } from '../graphql/account.graphql';

const VISIBILITIES: PartnerVisibility[] = ['NAMED', 'PSEUDONYM', 'AGGREGATE'];

/** What others see of one's contributions, and which notifications arrive: each change is recorded at once. */
export function ConsentSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(PRIVACY_SETTINGS, { fetchPolicy: 'cache-and-network' });
  const [setVisibility] = useMutation(SET_PARTNER_VISIBILITY);
  const [setPreference] = useMutation(SET_NOTIFICATION_PREFERENCE);
  const [error, setError] = useState<string | null>(null);
  const attempt = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(describeProblem(t, problemOf(e)));
    }
  };
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const settings = data.privacySettings;
  return (
    <>
      <section aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('account.consent.title')}</h2>
        <RadioGroup
          value={settings.partnerVisibility}
          onChange={(value) =>
            void attempt(() =>
              setVisibility({
                variables: { visibility: value as PartnerVisibility },
                optimisticResponse: { __typename: 'Mutation', setPartnerVisibility: { ...settings, partnerVisibility: value as PartnerVisibility } },
                context: { idempotencyKey: newKey() },
              }),
            )
          }
        >
          <Label>{t('account.consent.question')}</Label>
          {VISIBILITIES.map((value) => (
            <Radio key={value} value={value} className="choice">
              <span>{t(`account.consent.choice.${value}`)}</span>
              <Text slot="description" className="muted">
                {t(`account.consent.explain.${value}`)}
              </Text>
            </Radio>
          ))}
        </RadioGroup>
        <p className="muted">
          {settings.updatedAt ? t('account.consent.recorded', { date: format.date(settings.updatedAt), version: settings.version }) : t('account.consent.default')}
        </p>
      </section>
      <section aria-labelledby="prefs-heading">
        <h2 id="prefs-heading">{t('account.notifications.title')}</h2>
        <ul className="plain">
          {data.notificationPreferences.map((pref) => (
            <li key={pref.kind}>
              <Checkbox
                isSelected={pref.enabled}
                onChange={(enabled) =>
                  void attempt(() =>
                    setPreference({
                      variables: { kind: pref.kind as NotificationKind, enabled },
                      optimisticResponse: { __typename: 'Mutation', setNotificationPreference: data.notificationPreferences.map((p) => (p.kind === pref.kind ? { ...p, enabled } : p)) },
                      context: { idempotencyKey: newKey() },
                    }),
                  )
                }
              >
                {t(`account.notifications.kind.${pref.kind}`)}
              </Checkbox>
            </li>
          ))}
        </ul>
      </section>
      <FormError message={error} />
    </>
  );
}
