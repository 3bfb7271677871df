import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../../i18n/format';

export interface ChartRow {
  name: string;
  /** basis points */
  share: number;
}

/**
 * The largest shares as horizontal bars (Recharts, SVG, keyboard-navigable through its
 * accessibility layer). Loaded with the statement page only; the table beside it holds every figure.
 */
export default function StatementChart({ rows, label }: { rows: ChartRow[]; label: string }) {
  const format = useFormat();
  const percent = (basisPoints: number) => format.percent(basisPoints);
  return (
    <figure className="chart">
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 34 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 24 }} accessibilityLayer title={label}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={percent} stroke="#3d3a33" />
          <YAxis type="category" dataKey="name" width={140} stroke="#3d3a33" />
          <Tooltip formatter={(value) => percent(Number(value))} />
          <Bar dataKey="share" fill="#7a4a00" name={label} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="muted">{label}</figcaption>
    </figure>
  );
}
