import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { LICENCES } from '../graphql/account.graphql';

/** The licence accepted per challenge, in plain words. */
export function LicencesSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(LICENCES, { fetchPolicy: 'cache-and-network' });
  const rows = data?.licenceAcceptances.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="licences-heading">
      <h2 id="licences-heading">{t('account.licences.title')}</h2>
      <p>{t('account.licences.intro')}</p>
      {data && rows.length === 0 && <p>{t('account.licences.none')}</p>}
      <ul className="plain">
        {rows.map((row) => (
          <li key={row.challenge.id}>
            <Link to={`/challenges/${row.challenge.id}`}>{row.challenge.title}</Link>: <strong>{row.licence}</strong>{' '}
            <span className="muted">({t('account.licences.accepted', { date: format.date(row.acceptedAt) })})</span>
            <p>{t(`account.licences.explain.${row.licence}`, { defaultValue: t('account.licences.explain.other', { licence: row.licence }) })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
