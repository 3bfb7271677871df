import { cellText, InsightChart, type InsightCard } from '@pollen/charts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { download } from '../../../shared/download';
import { toCsv } from '../csv';

/**
 * One card of the dashboard (libs/charts, `insightCards`): its title, the chart, the same figures
 * as a table (the chart's accessible form: the SVG is hidden from assistive technology), and a
 * CSV export of them. The API draws the same card before the scripts run (insights-paint.ts).
 */
export function ChartCard({ card }: { card: InsightCard }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { id, title, description, columns, rows } = card;
  const headingId = `${id}-heading`;
  const exportCsv = () => download(`${id}.csv`, toCsv(columns.map((column) => column.label), rows));
  return (
    <section className="insight-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {description && <p className="muted">{description}</p>}
      {rows.length === 0 ? (
        <p>{t('insights.empty')}</p>
      ) : (
        <div aria-hidden="true" className="chart-box">
          <InsightChart spec={card.chart} locale={locale} />
        </div>
      )}
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
                {row.map((value, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cellText(columns[i], value)}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {cellText(columns[i], value)}
                    </td>
                  ),
                )}
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
