import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../../shared/download';
import { toCsv } from '../csv';

export interface Column {
  label: string;
  /** Shown in the table; the CSV keeps the raw value. */
  format?: (value: string | number | null) => string;
}

export type Row = Array<string | number | null>;

interface ChartCardProps {
  id: string;
  title: string;
  description?: string;
  columns: Column[];
  rows: Row[];
  /** The chart; the table below holds the same figures, for screen readers and for export. */
  children: ReactNode;
}

/** One chart of the dashboard: its title, the chart, the same figures as a table, and a CSV export of them. */
export function ChartCard({ id, title, description, columns, rows, children }: ChartCardProps) {
  const { t } = useTranslation();
  const headingId = `${id}-heading`;
  const exportCsv = () => download(`${id}.csv`, toCsv(columns.map((column) => column.label), rows));
  return (
    <section className="insight-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {description && <p className="muted">{description}</p>}
      {rows.length === 0 ? <p>{t('insights.empty')}</p> : <div aria-hidden="true">{children}</div>}
      <details className="insight-table">
        <summary>{t('insights.asTable', { title })}</summary>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={column.label} scope="col" className={i > 0 ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((value, i) => {
                  const text = columns[i]?.format ? columns[i].format!(value) : value === null ? '–' : String(value);
                  return i === 0 ? (
                    <th key={i} scope="row">
                      {text}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <button type="button" className="link-button" onClick={exportCsv} disabled={rows.length === 0}>
        {t('insights.exportCsv', { title })}
      </button>
    </section>
  );
}
