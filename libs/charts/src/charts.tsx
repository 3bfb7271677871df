import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, LinePath } from '@visx/shape';
import { numberFormat } from './formats';

/** Dark enough on white for the legend's text (WCAG AA). */
export const COLOURS = ['#1f5fa8', '#7a4a00', '#2e6b30', '#8a1c1c', '#5b3f8c'];
const INK = '#3d3a33';
const GRID = '#d8d3c8';

export interface Series {
  key: string;
  name: string;
  colour?: string;
}

export type Datum = Record<string, string | number | null>;

/**
 * Every chart is drawn in a box of this width (its viewBox) and scaled by CSS to its card: it
 * needs no measuring, so the browser draws it in the first render and the server draws the same
 * SVG (renderToStaticMarkup) before any script runs. Text sizes are in the box's units: the box is
 * about as wide as a card of the dashboard (24–30rem), so its 13 units read as 12–14 pixels.
 */
export const CHART_WIDTH = 420;
const FONT = 13;
const LEGEND_ROW = 22;
const AXIS_HEIGHT = 24;
const TICKS = 5;
const MAX_X_LABELS = 5;
const LABEL_CHARS = 18;

/** Coordinates to a tenth of the box's unit: the SVG is as sharp and a third the size of full precision. */
const r = (value: number) => Math.round(value * 10) / 10;
const colourOf = (series: Series[], i: number) => series[i].colour ?? COLOURS[i % COLOURS.length];
const valueOf = (datum: Datum, key: string) => Number(datum[key] ?? 0) || 0;
/** A long label (an idea's title) cut to fit the axis; its whole text is the bar's title. */
const cut = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

/** The series' names above the plot, in rows as wide as the box (each name's width estimated from its length: no measuring). */
function legendRows(series: Series[]): Array<Array<{ series: Series; index: number; x: number }>> {
  const rows: Array<Array<{ series: Series; index: number; x: number }>> = [[]];
  let x = 0;
  series.forEach((s, index) => {
    const width = 18 + s.name.length * FONT * 0.6 + 16;
    if (x > 0 && x + width > CHART_WIDTH) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push({ series: s, index, x: r(x) });
    x += width;
  });
  return rows;
}

function Legend({ series }: { series: Series[] }) {
  return (
    <g className="chart-legend" fontSize={FONT} fill={INK}>
      {legendRows(series).map((row, r) =>
        row.map(({ series: s, index, x }) => (
          <g key={s.key} transform={`translate(${x}, ${r * LEGEND_ROW})`}>
            <rect width={12} height={12} y={1} fill={colourOf(series, index)} />
            <text x={18} y={11}>
              {s.name}
            </text>
          </g>
        )),
      )}
    </g>
  );
}

/** Whole numbers only on a count's axis, in the reader's language. */
function countTicks(max: number): number[] {
  const scale = scaleLinear({ domain: [0, Math.max(1, max)], nice: true });
  return scale.ticks(TICKS).filter((tick) => Number.isInteger(tick));
}

/** At most MAX_X_LABELS labels under a time axis, evenly spread, the last one always shown. */
function spreadLabels(labels: string[]): string[] {
  const step = Math.max(1, Math.ceil(labels.length / MAX_X_LABELS));
  return labels.filter((_, i) => i % step === 0 || i === labels.length - 1).filter((label, i, all) => all.indexOf(label) === i);
}

interface ChartProps {
  data: Datum[];
  series: Series[];
  /** The key of each datum's category (a bucket's label, an idea's title). */
  x?: string;
  locale: string;
}

function frame(series: Series[], height: number, left: number) {
  const legend = legendRows(series).length * LEGEND_ROW + 6;
  return { top: legend, left, right: 16, plotWidth: CHART_WIDTH - left - 16, plotHeight: height - legend - AXIS_HEIGHT, height };
}

/** Series over time as lines (participation per bucket). */
export function TimeLines({ data, series, x = 'label', locale }: ChartProps) {
  const f = frame(series, 260, 48);
  const labels = data.map((d) => String(d[x]));
  const xScale = scaleBand({ domain: labels, range: [0, f.plotWidth], padding: 0 });
  const max = Math.max(0, ...data.flatMap((d) => series.map((s) => valueOf(d, s.key))));
  const ticks = countTicks(max);
  const yScale = scaleLinear({ domain: [0, ticks[ticks.length - 1] ?? 1], range: [f.plotHeight, 0] });
  const centre = (label: string) => (xScale(label) ?? 0) + xScale.bandwidth() / 2;
  const number = numberFormat(locale);
  return (
    <svg className="chart" viewBox={`0 0 ${CHART_WIDTH} ${f.height}`} width="100%" focusable="false">
      <Legend series={series} />
      <Group top={f.top} left={f.left}>
        <GridRows scale={yScale} width={f.plotWidth} tickValues={ticks} stroke={GRID} strokeDasharray="3 3" />
        {series.map((s, i) => (
          <g key={s.key}>
            <title>{s.name}</title>
            <LinePath<Datum> data={data} x={(d) => r(centre(String(d[x])))} y={(d) => r(yScale(valueOf(d, s.key)))} stroke={colourOf(series, i)} strokeWidth={2} fill="none" />
          </g>
        ))}
        <AxisLeft scale={yScale} tickValues={ticks} tickFormat={(v) => number.format(Number(v))} stroke={INK} tickStroke={INK} tickLabelProps={{ fill: INK, fontSize: FONT }} />
        <AxisBottom top={f.plotHeight} scale={xScale} tickValues={spreadLabels(labels)} stroke={INK} tickStroke={INK} tickLabelProps={{ fill: INK, fontSize: FONT }} />
      </Group>
    </svg>
  );
}

interface BarsProps extends ChartProps {
  /** One bar per category with the series stacked in it (else side by side). */
  stacked?: boolean;
  /** Categories down the side, bars across (rankings); else categories along the bottom. */
  horizontal?: boolean;
}

/** Series per category as bars: side by side or stacked, upright (per bucket) or across (rankings). */
export function Bars({ data, series, x = 'label', stacked = false, horizontal = false, locale }: BarsProps) {
  const number = numberFormat(locale);
  const labels = data.map((d) => String(d[x]));
  const totals = data.map((d) => (stacked ? series.reduce((sum, s) => sum + valueOf(d, s.key), 0) : Math.max(0, ...series.map((s) => valueOf(d, s.key)))));
  const ticks = countTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1] ?? 1;
  const f = horizontal ? frame(series, Math.max(140, data.length * 34 + 60), 150) : frame(series, 260, 48);
  const along = horizontal ? f.plotHeight : f.plotWidth;
  const across = horizontal ? f.plotWidth : f.plotHeight;
  const band = scaleBand({ domain: labels, range: [0, along], padding: 0.25 });
  const inner = scaleBand({ domain: series.map((s) => s.key), range: [0, band.bandwidth()], padding: 0.05 });
  const length = scaleLinear({ domain: [0, top], range: [0, across] });
  const value = horizontal ? length : scaleLinear({ domain: [0, top], range: [across, 0] });

  const bars = data.flatMap((d, row) => {
    let base = 0;
    return series.map((s, i) => {
      const amount = valueOf(d, s.key);
      const start = stacked ? base : 0;
      base += amount;
      const offset = (band(labels[row]) ?? 0) + (stacked ? 0 : (inner(s.key) ?? 0));
      const thickness = stacked ? band.bandwidth() : inner.bandwidth();
      const size = length(amount);
      const at = length(start);
      const box = horizontal ? { x: r(at), y: r(offset), width: r(size), height: r(thickness) } : { x: r(offset), y: r(across - at - size), width: r(thickness), height: r(size) };
      return (
        <Bar key={`${row}-${s.key}`} {...box} fill={colourOf(series, i)}>
          <title>{`${labels[row]} · ${s.name}: ${number.format(amount)}`}</title>
        </Bar>
      );
    });
  });

  const axisText = { fill: INK, fontSize: FONT };
  return (
    <svg className="chart" viewBox={`0 0 ${CHART_WIDTH} ${f.height}`} width="100%" focusable="false">
      <Legend series={series} />
      <Group top={f.top} left={f.left}>
        {horizontal ? (
          <GridColumns scale={value} height={f.plotHeight} tickValues={ticks} stroke={GRID} strokeDasharray="3 3" />
        ) : (
          <GridRows scale={value} width={f.plotWidth} tickValues={ticks} stroke={GRID} strokeDasharray="3 3" />
        )}
        {bars}
        {horizontal ? (
          <>
            <AxisLeft scale={band} tickFormat={(label) => cut(String(label))} stroke={INK} tickStroke={INK} tickLabelProps={axisText} />
            <AxisBottom top={f.plotHeight} scale={value} tickValues={ticks} tickFormat={(v) => number.format(Number(v))} stroke={INK} tickStroke={INK} tickLabelProps={axisText} />
          </>
        ) : (
          <>
            <AxisLeft scale={value} tickValues={ticks} tickFormat={(v) => number.format(Number(v))} stroke={INK} tickStroke={INK} tickLabelProps={axisText} />
            <AxisBottom top={f.plotHeight} scale={band} tickValues={spreadLabels(labels)} stroke={INK} tickStroke={INK} tickLabelProps={axisText} />
          </>
        )}
      </Group>
    </svg>
  );
}
