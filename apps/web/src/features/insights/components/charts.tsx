import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Dark enough on white for the legend's text (WCAG AA). */
export const COLOURS = ['#1f5fa8', '#7a4a00', '#2e6b30', '#8a1c1c', '#5b3f8c'];

export interface Series {
  key: string;
  name: string;
  colour?: string;
}

type Datum = Record<string, string | number | null>;

// The table beside each chart is its accessible form: the SVG is hidden from assistive
// technology and kept out of the tab order (Recharts' accessibility layer off).

export function TimeLines({ data, series, x = 'label' }: { data: Datum[]; series: Series[]; x?: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={data} accessibilityLayer={false} margin={{ right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x} stroke="#3d3a33" minTickGap={16} />
        <YAxis allowDecimals={false} stroke="#3d3a33" width={48} />
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.colour ?? COLOURS[i % COLOURS.length]} dot={false} strokeWidth={2} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

export function Bars({ data, series, x = 'label', stacked = false, horizontal = false }: { data: Datum[]; series: Series[]; x?: string; stacked?: boolean; horizontal?: boolean }) {
  const height = horizontal ? Math.max(160, data.length * 36 + 60) : 260;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} stroke="#3d3a33" />
            <YAxis type="category" dataKey={x} width={160} stroke="#3d3a33" />
          </>
        ) : (
          <>
            <XAxis dataKey={x} stroke="#3d3a33" minTickGap={16} />
            <YAxis allowDecimals={false} stroke="#3d3a33" width={48} />
          </>
        )}
        <Tooltip />
        <Legend />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour ?? COLOURS[i % COLOURS.length]} stackId={stacked ? 'all' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
