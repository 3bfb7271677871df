import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { WHO_LOOKED } from '../graphql/account.graphql';

/** Brand-team reads of one's profile per organisation and day, and one's exports: counts, never who. */
export function WhoLookedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(WHO_LOOKED, { fetchPolicy: 'cache-and-network' });
  const rows = data?.whoLooked ?? [];
  return (
    <section aria-labelledby="looked-heading">
      <h2 id="looked-heading">{t('account.looked.title')}</h2>
      <p>{t('account.looked.intro')}</p>
      {data && rows.length === 0 ? (
        <p>{t('account.looked.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('account.looked.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.looked.day')}</th>
              <th scope="col">{t('account.looked.who')}</th>
              <th scope="col">{t('account.looked.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.day}-${row.kind}-${row.organization?.id ?? ''}`}>
                <td>{format.day(row.day)}</td>
                <td>{row.kind === 'EXPORT' ? t('account.looked.export') : t('account.looked.team', { name: row.organization?.name ?? '' })}</td>
                <td>{format.number(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
