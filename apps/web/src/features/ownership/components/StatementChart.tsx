import { Bars } from '@pollen/charts';
import { useFormat } from '../../../i18n/format';

export interface ChartRow {
  name: string;
  /** basis points */
  share: number;
}

/**
 * The largest shares as horizontal bars (libs/charts, visx, the dashboard's charts: SVG drawn in
 * the first render, each bar titled with its figure). Loaded with the statement page only; the
 * table beside it holds every figure, so the chart is hidden from assistive technology.
 */
export default function StatementChart({ rows, label }: { rows: ChartRow[]; label: string }) {
  const { locale } = useFormat();
  return (
    <figure className="chart">
      <div aria-hidden="true">
        <Bars horizontal data={rows.map((row) => ({ label: row.name, share: row.share / 100 }))} series={[{ key: 'share', name: label }]} locale={locale} />
      </div>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
