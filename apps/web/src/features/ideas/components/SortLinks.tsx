import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { IdeaOrder } from '../../../gql/graphql';

export const ORDERS: IdeaOrder[] = ['HOT', 'TOP', 'NEW'];

/** Each order is an address of its own (shareable, Back works); the current one is marked aria-current. */
export function SortLinks({ order }: { order: IdeaOrder }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav aria-label={t('ideas.sortBy')} className="tabs">
      {ORDERS.map((o) => (
        <Link key={o} to={o === 'HOT' ? pathname : `${pathname}?sort=${o}`} replace aria-current={o === order ? 'page' : undefined} className="sort-link">
          {t(`ideas.order.${o}`)}
        </Link>
      ))}
    </nav>
  );
}
